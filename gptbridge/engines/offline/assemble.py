"""Parts -> one QueryPlan, using every part or refusing.

Conditions come first: values of one column joined by and/or/commas are one list ("Sales,
Marketing or HR"), a negation covers the list it precedes, dates joined by "or" are
alternatives. What is left says what to return (`shapes.py`). A part neither step uses makes
the question refused (`NotUnderstood`), naming its words.
"""

from dataclasses import dataclass, field, replace

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.meaning import Part

JOINERS = {"sep_and": "and", "sep_or": "or", "sep_comma": ","}
SEPARATORS = tuple(JOINERS)


class NotUnderstood(Exception):
    """What could not be understood: the words, and why when there is more to say."""

    def __init__(self, words: list[str], reason: str = ""):
        super().__init__(", ".join(words) or reason)
        self.words = words
        self.reason = reason


@dataclass
class Bag:
    """The parts that say what to return, taken one by one; leftovers are an error."""

    parts: list[Part]
    names_someone: bool = False  # a condition names a person: "their department", not a list
    has_conditions: bool = False
    used: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.used = [False] * len(self.parts)

    def has(self, *kinds: str) -> bool:
        return any(
            p.kind in kinds for p, used in zip(self.parts, self.used, strict=True) if not used
        )

    def peek(self, *kinds: str) -> list[Part]:
        return [p for p in self.parts if p.kind in kinds]

    def take(self, *kinds: str) -> list[Part]:
        taken = []
        for index, part in enumerate(self.parts):
            if part.kind in kinds and not self.used[index]:
                self.used[index] = True
                taken.append(part)
        return taken

    def use(self, *parts: Part) -> None:
        for part in parts:
            self.used[self.parts.index(part)] = True

    def take_one(self, *kinds: str) -> Part | None:
        taken = self.take(*kinds)
        if len(taken) > 1:
            raise NotUnderstood([p.text or p.kind for p in taken[1:]])
        return taken[0] if taken else None

    def finish(self) -> None:
        self.take(*SEPARATORS, "noun_people", "noun_hires", "noun_who")
        left = [p for p, used in zip(self.parts, self.used, strict=True) if not used]
        if left:
            raise NotUnderstood([p.text or p.kind.replace("_", " ") for p in left])


# --- conditions --------------------------------------------------------------------------------


def split_conditions(parts: list[Part]) -> tuple[list[tuple[int, plans.Filter]], list[Part]]:
    """(position, filter) for every condition, and the other parts in order."""
    parts = _absorb_column_words(parts)
    filters: list[tuple[int, plans.Filter]] = []
    rest: list[Part] = []
    negated = False
    index = 0
    while index < len(parts):
        part = parts[index]
        if part.kind == "negation":
            if negated:
                raise NotUnderstood([part.text or "not"])
            negated = True
            index += 1
            continue
        if part.kind in ("value", "filter"):
            read = _value_list if part.kind == "value" else _filter_list
            condition, index = read(parts, index, negated)
            filters.append((len(rest), condition))
            negated = False
            continue
        if part.kind == "possessive":
            column, owner = part.value
            owned = plans.ValueFilter(owner[0], (owner[1],)) if isinstance(owner, tuple) else owner
            filters.append((len(rest), owned))
            part = Part("fields", column, part.text)
        rest.append(part)
        index += 1
    if negated:
        raise NotUnderstood(["not"])
    return filters, rest


# Words that order a list -> whether they order it descending.
ORDER_DIRECTIONS = {
    "order_az": False,
    "order_za": True,
    "order_newest_first": True,
    "order_earliest_first": False,
}
ORDER_KINDS = ("by", *ORDER_DIRECTIONS, "order_most_first", "order_fewest_first")


def _absorb_joining_words(parts: list[Part]) -> list[Part]:
    """Prepositions only join the phrase after them; "sorted" only introduces an order."""
    kept: list[Part] = []
    for index, part in enumerate(parts):
        following = parts[index + 1] if index + 1 < len(parts) else None
        if part.kind == "prep_from" and _is_year_like(following):
            assert following is not None
            said = following.value.label.removeprefix("in ")
            raise NotUnderstood(
                [f"{part.text} {said}"],
                f"'{part.text} {said}' could mean during {said} or since {said}",
            )
        if part.kind == "prep_with" and _is_person(following):
            assert following is not None
            said = f"{part.text} {following.text}"
            meaning = f"'{said}' could mean them or the people who work with them"
            raise NotUnderstood([said], meaning)
        if part.kind in ("prep", "prep_from", "prep_with"):
            continue
        if part.kind == "sorted" and following is not None and following.kind in ORDER_KINDS:
            continue
        kept.append(part)
    return kept


def _is_person(part: Part | None) -> bool:
    return (
        part is not None
        and isinstance(part.value, plans.TextFilter)
        and part.value.column in ("full_name", "any_name")
        and part.value.op == "equals"
    )


def _is_year_like(part: Part | None) -> bool:
    return (
        part is not None
        and part.kind == "filter"
        and isinstance(part.value, plans.DateFilter)
        and part.value.label.startswith("in ")
    )


def _absorb_column_words(parts: list[Part]) -> list[Part]:
    """ "the marketing department", "department of marketing": the column word only names it."""
    parts = _absorb_joining_words(parts)
    kept: list[Part] = []
    for index, part in enumerate(parts):
        if part.kind == "fields" and (
            _value_column(parts, index - 1) == part.value
            or _value_column(parts, index + 1) == part.value
            or (part.value == "email" and _is_email_filter(parts, index - 1))
        ):
            continue
        if part.kind == "filter" and kept and _names_column(kept[-1], part):
            part = _column_name_filter(kept.pop(), part)
        elif part.kind == "fields" and kept and _names_column(part, kept[-1]):
            part = _column_name_filter(part, kept.pop())  # "an O'Hara surname"
        kept.append(part)
    return kept


def _column_name_filter(column: Part, name: Part) -> Part:
    condition = name.value
    return Part(
        "filter", plans.TextFilter(column.value, "equals", condition.value, shown=condition.shown)
    )


def _names_column(previous: Part, part: Part) -> bool:
    """ "surname Quitzon": the name belongs to the column just named."""
    condition = part.value
    return (
        previous.kind == "fields"
        and previous.value in ("first_name", "last_name")
        and isinstance(condition, plans.TextFilter)
        and condition.column == "any_name"
    )


def _is_email_filter(parts: list[Part], index: int) -> bool:
    """ "gmail address(es)": the column word belongs to the provider just named."""
    if not (0 <= index < len(parts) and parts[index].kind == "filter"):
        return False
    condition = parts[index].value
    return (
        isinstance(condition, plans.TextFilter)
        and condition.column == "email"
        and condition.op in ("contains", "ends")
        and "@" in condition.value
    )


def _value_column(parts: list[Part], index: int) -> str | None:
    if 0 <= index < len(parts) and parts[index].kind == "value":
        return str(parts[index].value[0])
    return None


def _value_list(parts: list[Part], index: int, negated: bool) -> tuple[plans.Filter, int]:
    column, first = parts[index].value
    values = [first]
    end = index + 1
    while end + 1 < len(parts) and parts[end].kind in SEPARATORS:
        following = parts[end + 1]
        if following.kind == "negation" and negated:
            following = parts[end + 2] if end + 2 < len(parts) else following
            end += 1
        if following.kind != "value":
            break
        if following.value[0] != column:
            said = f"{parts[index].text} {JOINERS[parts[end].kind]} {following.text}"
            if not negated:
                raise NotUnderstood(
                    [parts[index].text, parts[end].text or "and", following.text],
                    f"'{said}' could mean people who are both or people who are either; ask for "
                    "one of them",
                )
            break
        if following.value[1] not in values:
            values.append(following.value[1])
        end += 2
    return plans.ValueFilter(column, tuple(values), negated), end


def _filter_list(parts: list[Part], index: int, negated: bool) -> tuple[plans.Filter, int]:
    options: list[plans.Filter] = [parts[index].value]
    end = index + 1
    while (
        end + 1 < len(parts)
        and parts[end].kind in SEPARATORS
        and parts[end + 1].kind == "filter"
        and type(parts[end + 1].value) is type(options[0])
        and _alternatives(options[0], parts[end + 1].value, parts[end].kind)
    ):
        options.append(parts[end + 1].value)
        end += 2
    if len(options) == 1:
        return (replace(options[0], negated=True) if negated else options[0]), end
    return plans.AnyOf(tuple(options), negated), end


def _alternatives(first: plans.Filter, second: plans.Filter, joiner: str) -> bool:
    """ "in 2019 or 2020", "in 2019 and 2020" (both: either year); bounds joined by "and" both
    apply ("after 2015 and before 2018"), so they are not alternatives."""
    if joiner == "sep_or":
        return True
    if isinstance(first, plans.DateFilter) and isinstance(second, plans.DateFilter):
        return None not in (first.start, first.end, second.start, second.end)
    return False
