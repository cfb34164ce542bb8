"""Parts -> one QueryPlan, using every part or refusing.

Conditions come first: values of one column joined by and/or/commas are one list ("Sales,
Marketing or HR"), a negation covers the list it precedes, dates joined by "or" are
alternatives. What is left says what to return (`shapes.py`). A part neither step uses makes
the question refused (`NotUnderstood`), naming its words.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.alternatives import (
    alternatives,
    mixes_anniversaries,
    part_of_a_year_then_a_year,
    said_again_in_the_list,
)
from gptbridge.engines.offline.comparisons import (
    alternatives_in,
    compared_part,
    is_email_part,
    regroup,
    unmarked,
)
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.negated_lists import negated_text_list, negates_a_list
from gptbridge.engines.offline.part_kinds import JOINERS, PEOPLE_NOUNS, PREPOSITIONS, SEPARATORS
from gptbridge.engines.offline.part_refusals import (
    refuse_a_bound_that_differs,
    refuse_a_colleague,
    refuse_from_a_time,
    refuse_parts,
    refuse_two_questions,
)


@dataclass
class Bag:
    """The parts that say what to return, taken one by one; leftovers are an error."""

    parts: list[Part]
    names_someone: bool = False  # a condition names a person: "their department", not a list
    has_conditions: bool = False
    conditions_at: tuple[int, ...] = ()  # where conditions were said, as positions in `parts`
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

    def said_together(self, first: Part, second: Part) -> bool:
        """`second` follows `first` with nothing but "different" between: "how many (different)
        titles" is a distinct count; "how many VPs ... of all departments" and "how many people
        do we hire annually" are not."""
        start, end = self.parts.index(first), self.parts.index(second)
        between = {part.kind for part in self.parts[start + 1 : end]}
        condition = any(start < at <= end for at in self.conditions_at)
        return start < end and between <= {"different"} and not condition

    def take_one(self, *kinds: str) -> Part | None:
        taken = self.take(*kinds)
        if len(taken) > 1:
            raise NotUnderstood([p.text or p.kind for p in taken[1:]])
        return taken[0] if taken else None

    def first_shape(self, rules: "Sequence[Rule]", today: dt.date) -> plans.Shape | None:
        """The first rule's shape; a rule that declines leaves the parts it took for the next."""
        for rule in rules:
            before = self.used.copy()
            if (shape := rule(self, today)) is not None:
                return shape
            self.used = before
        return None

    def finish(self) -> None:
        self.take("sep_and", "sep_or", "sep_comma", "noun_people", "noun_hires", "noun_who")
        self.take("among")
        left = [p for p, used in zip(self.parts, self.used, strict=True) if not used]
        if left:
            raise NotUnderstood([p.text or p.kind.replace("_", " ") for p in left])


Rule = Callable[[Bag, dt.date], plans.Shape | None]


# --- conditions --------------------------------------------------------------------------------


NAME_COLUMNS = ("first_name", "last_name")


def _different_names(parts: list[Part]) -> list[Part]:
    """ "how many different first names start with J": names are counted both ways (as names,
    and the people who have them: readings.py), so "different" says nothing more."""
    return [
        part
        for part, following in zip(parts, [*parts[1:], None], strict=True)
        if not (part.kind == "different" and following is not None and _names_a_column(following))
    ]


def _names_a_column(part: Part) -> bool:
    condition = part.value
    said = part.text.lower()
    named = isinstance(condition, plans.TextFilter) and condition.column in NAME_COLUMNS
    return part.kind == "filter" and named and said.startswith(("first name", "last name"))


def _groups_of_named_people(parts: list[Part]) -> list[Part]:
    """ "how many people are in Kendall Larson's department", "managers with her title", "who
    has X's title": when the question asks about people and links them to it ("in", "with", or
    "who" right before), someone's department or title is a condition on them, that person included;
    otherwise it is what to show of that person ("hey folks, what's Kendall Larson's title")."""
    kinds = {part.kind for part in parts}
    if not kinds.intersection((*PEOPLE_NOUNS, "value", "count")):
        return parts
    # "is X's department Sales": a question about X, not about the people in it
    valued = {part.value[0] for part in parts if part.kind == "value"}
    others = any(p.text.lower().endswith(" else") for p in parts if p.kind in PEOPLE_NOUNS)
    found: list[Part] = []
    for index, part in enumerate(parts):
        owner = found[-1] if found and found[-1].text.endswith("'s") else None
        if part.kind == "fields" and owner is not None and owner.kind == "filter":
            part = Part("possessive", (part.value, owner.value), part.text)  # read as one
            found.pop()
        counted = any(p.kind == "count" and p.value == "headcount" for p in parts[index + 1 :][:1])
        linked = bool(found) and (found[-1].kind in LINKS or _asks_who_has(found[-1]))
        grouped = _group_of_named_person(part, valued, not others) if linked or counted else None
        found.append(grouped or part)
    return found


LINKS = ("prep_place", "prep_with", "prep_from")  # "in X's department", "with X's title"


def _asks_who_has(part: Part) -> bool:
    """ "who has X's title", not "who is X's department" (a slip for "what"?)."""
    said = part.text.lower().replace("'s", " is").split()
    return part.kind == "noun_who" and not COPULA_WORDS.intersection(said)


COPULA_WORDS = frozenset({"is", "are", "was", "were"})


def _group_of_named_person(part: Part, valued: set[str], with_person: bool) -> Part | None:
    """ "in X's department": X included, but not with "who else" / "anyone else"."""
    if part.kind != "possessive":
        return None
    column, owner = part.value
    named = isinstance(owner, plans.TextFilter) and owner.column == "full_name"
    if column not in ("department", "title", "hire_date") or column in valued or not named:
        return None
    first, _, last = owner.value.partition(" ")
    if column == "hire_date":  # "who else started on X's start date": X left out
        return Part("filter", plans.SameDayFilter((first, last), owner.shown), part.text)
    condition = plans.SameAsFilter(column, (first, last), owner.shown, with_person=with_person)
    return Part("filter", condition, part.text)


def split_conditions(parts: list[Part]) -> tuple[list[tuple[int, plans.Filter]], list[Part]]:
    """(position, filter) for every condition, and the other parts in order."""
    refuse_two_questions(parts)
    parts = _groups_of_named_people(_different_names(parts))
    refuse_parts(parts)
    parts = regroup(_absorb_column_words(_orders_of_columns(parts)))
    filters: list[tuple[int, plans.Filter]] = []
    rest: list[Part] = []
    negated = comparing = False
    index = 0
    while index < len(parts):
        part = parts[index]
        if part.kind == "side_by_side" and not comparing:
            index += 1
            listed = filters[-1][1] if filters else None
            if listed is not None and alternatives_in(listed) and unmarked(rest):
                rest.append(compared_part(listed, [part], False))  # "Sales or HR, which has more"
            else:  # after "Sales vs Marketing", "more" says nothing more
                comparing = unmarked(rest)
            continue
        if part.kind == "negation":
            if negated:
                raise NotUnderstood([part.text or "not"])
            negated = True
            index += 1
            continue
        if part.kind in ("value", "filter"):
            read = _value_list if part.kind == "value" else _filter_list
            start = index
            condition, index = read(parts, index, negated)
            filters.append((len(rest), condition))
            vs = any(p.kind == "sep_vs" for p in parts[start:index])
            if vs or (comparing and alternatives_in(condition)):
                rest.append(compared_part(condition, parts[start:index], negated))
                comparing = False
            negated = False
            continue
        if part.kind == "possessive":
            column, owner = part.value
            owned = plans.ValueFilter(owner[0], (owner[1],)) if isinstance(owner, tuple) else owner
            filters.append((len(rest), owned))
            part = Part("fields", column, f"'s {part.text}")  # theirs: "each engineer's title"
        if part.kind == "sep_or":
            raise NotUnderstood([part.text or "or"], "only alternatives of one kind can be joined")
        rest.append(part)
        index += 1
    if negated:
        raise NotUnderstood(["not"])
    if comparing:
        raise NotUnderstood(
            [p.text for p in parts if p.kind == "side_by_side"], "compare which groups?"
        )
    return filters, rest


# Words that order a list -> whether they order it descending.
ORDER_DIRECTIONS = {
    "order_az": False,
    "order_za": True,
    "order_newest_first": True,
    "order_earliest_first": False,
    "order_desc": True,
    "order_asc": False,
}
ORDER_KINDS = ("by", *ORDER_DIRECTIONS, "order_most_first", "order_fewest_first")
A_TO_Z = ("order_az", "order_za")
NAME_PARTS = ("first_name", "last_name")


def _absorb_joining_words(parts: list[Part]) -> list[Part]:
    """Prepositions only join the phrase after them; "sorted" only introduces an order; "across
    all departments" only says that no one is left out."""
    kept: list[Part] = []
    parts = list(parts)
    for index, part in enumerate(parts):
        following = parts[index + 1] if index + 1 < len(parts) else None
        if part.kind == "prep_with" and following is not None and following.kind == "fields":
            said = f"{part.text} {following.text}"  # "with their departments": of the people
            parts[index + 1] = following = Part("fields", following.value, said)
        if part.value in NAME_PARTS and following is not None and following.kind in A_TO_Z:
            part = Part("by", part.value, f"by {part.text}")  # "last name A-Z": the order
        if part.kind == "prep_from":
            refuse_from_a_time(part, following, kept)
        if part.kind == "prep_with":
            refuse_a_colleague(part, following)
        if part.kind in ("inclusive", "exclusive"):
            refuse_a_bound_that_differs(part, kept)
        if part.kind == "together" and any(p.kind in ("side_by_side", "sep_vs") for p in parts):
            raise NotUnderstood(
                [part.text], "one group compared with others added up is not supported"
            )
        if part.kind == "prep" and kept and kept[-1].kind == "sep_comma" and _is_value(following):
            said = f"{part.text} {following.text}" if following else part.text  # ", for Sales"
            raise NotUnderstood([said], "one more group, or the group they are in? say 'in'")
        if part.kind in (*PREPOSITIONS, "whole", "worked", "inclusive", "exclusive", "together"):
            continue
        if part.kind == "sorted" and _introduces_an_order(parts[index + 1 :]):
            continue
        kept.append(part)
    return kept


def _is_value(part: Part | None) -> bool:
    return part is not None and part.kind == "value"


def _introduces_an_order(following: list[Part]) -> bool:
    """ "sorted by hire date", "rank the departments by headcount", "sort Sales staff by hire
    date, newest first": an order follows."""
    return any(part.kind in ORDER_KINDS for part in following)


def _absorb_column_words(parts: list[Part]) -> list[Part]:
    """ "the marketing department", "department of marketing": the column word only names it."""
    parts = _absorb_joining_words(parts)
    kept: list[Part] = []
    named: Part | None = None  # the column of a list of names: "surname Doyle or King"
    for index, part in enumerate(parts):
        if part.kind == "fields" and (
            _value_column(parts, index - 1) == part.value
            or _value_column(parts, index + 1) == part.value
            or (part.value == "email" and _is_email_filter(parts, index - 1))
            or (part.value == "email" and _is_email_filter(parts, index + 1))  # "at gmail"
            or (part.value == "email" and _share_of_an_email_filter(parts))
            or _names_excluded_values(parts, index)
            or _names_the_next_condition(parts, index)
        ):
            continue
        if part.kind == "filter" and kept and _names_column(kept[-1], part):
            part = _column_name_filter(kept.pop(), part)
        elif part.kind == "filter" and _negated_name_of(kept, part):
            negation = kept.pop()  # "last name is not Doyle", "surname other than Doyle"
            part = _column_name_filter(kept.pop(), part)
            kept.append(negation)
        elif part.kind == "fields" and kept and _names_column(part, kept[-1], owned=False):
            part = _column_name_filter(part, kept.pop())  # "an O'Hara surname"
        elif named is not None and kept[-1].kind in SEPARATORS and _bare_name(named, part):
            part = _column_name_filter(named, part)  # "King" in "first name Doyle or King"
        if part.kind not in SEPARATORS:
            named = _name_column(part)
        kept.append(part)
    return kept


def _names_the_next_condition(parts: list[Part], index: int) -> bool:
    """A column word said before its condition only names it: "first and last name start with
    the same letter", "whose hire date is on 29 February"."""
    said = [p.value for p in parts[index + 1 : index + 3] if p.kind != "prep_place"][:1]
    if parts[index].value == "name":
        return bool(said) and isinstance(said[0], plans.SameInitialsFilter)
    dated = bool(said) and isinstance(said[0], plans.DateFilter | plans.DatePartFilter)
    return parts[index].value == "hire_date" and dated


def _bare_name(named: Part, part: Part) -> bool:
    """A name said alone after a list's separator ("Doyle or King"), not "or named King"."""
    return _names_column(named, part) and part.text == part.value.shown


def _negated_name_of(kept: list[Part], part: Part) -> bool:
    return len(kept) > 1 and kept[-1].kind == "negation" and _names_column(kept[-2], part)


def _name_column(part: Part) -> Part | None:
    """The column word a name was said with ("first name Doyle"), as a part."""
    condition = part.value
    if not isinstance(condition, plans.TextFilter) or condition.op != "equals":
        return None
    if condition.column not in ("first_name", "last_name"):
        return None
    return Part("fields", condition.column)


def _names_excluded_values(parts: list[Part], index: int) -> bool:
    """ "how many people in departments other than HR": after the people counted, a column word
    before its negated values only names them ("how many departments other than HR" counts
    departments)."""
    negated = parts[index + 1 : index + 2]
    people = any(part.kind in PEOPLE_NOUNS for part in parts[:index])
    excluded = bool(negated) and negated[0].kind == "negation"
    return people and excluded and _value_column(parts, index + 2) == parts[index].value


def _column_name_filter(column: Part, name: Part) -> Part:
    condition = name.value
    return Part(
        "filter", plans.TextFilter(column.value, "equals", condition.value, shown=condition.shown)
    )


def _names_column(previous: Part, part: Part, owned: bool = True) -> bool:
    """ "surname Quitzon": the name belongs to the column just named; "June's last name" is
    what to show of June, not the last name June (`owned=False`)."""
    condition = part.value
    if not owned and part.text.endswith("'s"):
        return False
    return (
        previous.kind == "fields"
        and previous.value in ("first_name", "last_name")
        and isinstance(condition, plans.TextFilter)
        and condition.column == "any_name"
    )


def _share_of_an_email_filter(parts: list[Part]) -> bool:
    """ "what proportion of email addresses are at hotmail.com": the column only names it."""
    shares = any(part.kind == "share" for part in parts)
    return shares and any(_is_email_filter(parts, index) for index in range(len(parts)))


def _orders_of_columns(parts: list[Part]) -> list[Part]:
    """ "in descending order of hire date", "in alphabetical order of first name": the column
    after "of" is what the direction orders by, not a column to show."""
    found: list[Part] = []
    index = 0
    while index < len(parts):
        direction, of, column = (parts[index : index + 3] + [Part("none")] * 2)[:3]
        if direction.kind in ORDER_DIRECTIONS and of.kind == "prep" and column.kind == "fields":
            found += [Part("by", column.value, column.text), direction]
            index += 3
            while _then_a_column(parts[index : index + 2]):  # "... of title then hire date"
                found += [parts[index], Part("by", parts[index + 1].value, parts[index + 1].text)]
                index += 2
            continue
        found.append(direction)
        index += 1
    return found


def _then_a_column(pair: list[Part]) -> bool:
    return (
        len(pair) == 2
        and pair[0].kind == "sep_and"
        and pair[0].text.lower() == "then"
        and pair[1].kind == "fields"
    )


def _is_email_filter(parts: list[Part], index: int) -> bool:
    """ "gmail address(es)": the column word belongs to the provider just named."""
    return 0 <= index < len(parts) and is_email_part(parts[index])


def _value_column(parts: list[Part], index: int) -> str | None:
    if 0 <= index < len(parts) and parts[index].kind == "value":
        return str(parts[index].value[0])
    return None


def _value_list(parts: list[Part], index: int, negated: bool) -> tuple[plans.Filter, int]:
    column, first = parts[index].value
    values = [first]
    end = index + 1
    while end + 1 < len(parts) and parts[end].kind in SEPARATORS:
        if parts[end + 1].kind in SEPARATORS:  # ", or"
            end += 1
            continue
        following = parts[end + 1]
        own_not = following.kind == "negation" and negated  # "not in Sales and not Managers"
        if own_not:
            following = parts[end + 2] if end + 2 < len(parts) else following
            end += 1
        if following.kind != "value" or (own_not and following.value[0] != column):
            break
        if following.value[0] != column:
            said = f"{parts[index].text} {JOINERS[parts[end].kind]} {following.text}"
            raise NotUnderstood(
                [parts[index].text, parts[end].text or "and", following.text],
                f"'{said}' could mean people who are both or people who are either"
                + ("; and does 'not' cover both?" if negated else "; ask for one of them"),
            )
        if following.value[1] not in values:
            values.append(following.value[1])
        end += 2
    return plans.ValueFilter(column, tuple(values), negated), end


def _filter_list(parts: list[Part], index: int, negated: bool) -> tuple[plans.Filter, int]:
    if negates_a_list(parts, index):
        return negated_text_list(parts, index)
    options: list[plans.Filter] = [parts[index].value]
    end = index + 1
    while (
        end + 1 < len(parts)
        and parts[end].kind in SEPARATORS
        and parts[end + 1].kind == "filter"
        and type(parts[end + 1].value) is type(options[0])
        and alternatives(options[0], parts[end + 1].value, parts[end].kind)
    ):
        if mixes_anniversaries(options[0], parts[end + 1].value):
            raise NotUnderstood([parts[end + 1].text], "a hire year, or another anniversary year?")
        if part_of_a_year_then_a_year(options[-1], parts[end + 1]):
            said = f"{parts[end - 1].text} {parts[end].text} {parts[end + 1].text}"
            raise NotUnderstood(
                [said], "that part of each year, or all of the later one? say it for each year"
            )
        if not said_again_in_the_list(options, parts, end):
            options.append(parts[end + 1].value)
        end += 2
    if len(options) == 1:
        return (replace(options[0], negated=True) if negated else options[0]), end
    return plans.AnyOf(tuple(options), negated), end
