"""Parts -> one QueryPlan, using every part or refusing.

Conditions come first: values of one column joined by and/or/commas are one list ("Sales,
Marketing or HR"), a negation covers the list it precedes, dates joined by "or" are
alternatives. What is left says what to return (`shapes.py`). A part neither step uses makes
the question refused (`NotUnderstood`), naming its words.
"""

import itertools
from dataclasses import dataclass, field, replace

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.comparisons import (
    alternatives_in,
    compared_part,
    is_email_part,
    regroup,
    unmarked,
)
from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood, Part

JOINERS = {"sep_and": "and", "sep_or": "or", "sep_comma": ",", "sep_vs": "vs"}
PEOPLE_NOUNS = ("noun_people", "noun_who")
# Asked about, but not recorded: refused whatever other reading the words have ("who hired June
# Sipes" is not "who was hired in June, named Sipes").
RELATIONS = "relations between employees (who hired whom, who works with whom)"
PREPOSITIONS = ("prep", "prep_place", "prep_from", "prep_with")
SEPARATORS = tuple(JOINERS)


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

    def finish(self) -> None:
        self.take("sep_and", "sep_or", "sep_comma", "noun_people", "noun_hires", "noun_who")
        self.take("among")
        left = [p for p, used in zip(self.parts, self.used, strict=True) if not used]
        if left:
            raise NotUnderstood([p.text or p.kind.replace("_", " ") for p in left])


# --- conditions --------------------------------------------------------------------------------


def split_conditions(parts: list[Part]) -> tuple[list[tuple[int, plans.Filter]], list[Part]]:
    """(position, filter) for every condition, and the other parts in order."""
    _refuse_relations(parts)
    _refuse_negated_pairs(parts)
    _refuse_employment_dates(parts)
    parts = regroup(_absorb_column_words(parts))
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
            else:
                comparing = True
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
        if part.kind == "inclusive" and kept and _is_strict_bound(kept[-1]):
            said = f"{kept[-1].text} {part.text}"  # "after 2015 inclusive": say "since 2015"
            raise NotUnderstood([said], "say 'since' or 'until' for a bound that is included")
        if part.kind in (*PREPOSITIONS, "whole", "worked", "inclusive"):
            continue
        if part.kind == "sorted" and following is not None and following.kind in ORDER_KINDS:
            continue
        kept.append(part)
    return kept


def _refuse_relations(parts: list[Part]) -> None:
    """What a person did or who is around them is not in the directory, and a name is no date."""
    kinds = {part.kind for part in parts}
    for part, following in itertools.pairwise(parts):
        _refuse_joined(part, following)
        if _is_person(part) and part.text.endswith("'s") and following.kind == "noun_hires":
            raise OutOfData(RELATIONS, f"{part.text} {following.text}")  # "June's hires"
    for part in parts:
        owned = part.kind == "possessive" and _is_group_of_someone(part)
        if owned and kinds.intersection((*PEOPLE_NOUNS, "value")):  # "managers in X's department"
            raise OutOfData(RELATIONS, part.text)
    for index, part in enumerate(parts):
        before = parts[index - 1] if index else None
        if part.kind == "sep_and" and _starts_a_group(before, parts[index + 1 : index + 3]):
            said = " ".join(p.text for p in parts[max(0, index - 1) : index + 3])
            raise NotUnderstood([said], "people who are both, or either? ask for one")
    for same, joiner, other in zip(parts, parts[1:], parts[2:], strict=False):
        if _is_relative(same) and joiner.kind in SEPARATORS and _is_person(other):
            said = f"{same.text} {joiner.text} {other.text}"  # "the same year as X and Y"
            raise NotUnderstood([said], "as both of them, as either, or also named so?")
    for who, second, third in zip(parts, parts[1:], parts[2:], strict=False):
        did_hire = _is_person(second) and third.kind == "noun_hires"  # "who did X hire"
        hired = second.kind == "noun_hires" and _is_person(third)  # "which manager hired X"
        if who.kind in ("noun_who", "value") and (did_hire or hired):
            raise OutOfData(RELATIONS, f"{second.text} {third.text}")


def _refuse_employment_dates(parts: list[Part]) -> None:
    """A date said of people without a hire word may mean employed then, which the directory
    cannot tell: "how many engineers were there in 2016", "worked here in 2015", "headcount in
    2018", "headcount per year". Only hire dates are recorded ("headcount of 2019 hires")."""
    dated = [p for p in parts if _is_dated(p) and not _is_tenure(p)]
    kinds = {p.kind for p in parts}
    hire_words = [p for p in parts if p.kind == "fields" and p.value == "hire_date"]
    # A work anniversary says a hire date ("a 10-year anniversary in 2027": hired in 2017).
    anniversary = any("anniversary" in getattr(p.value, "label", "") for p in dated)
    same_day = any(isinstance(p.value, plans.SameDayFilter) for p in dated)
    hired = "noun_hires" in kinds or bool(hire_words) or same_day or anniversary
    if dated and not hired and kinds & {"noun_people", "noun_who", "value", "count"}:
        raise NotUnderstood([dated[0].text], "hired then, or employed then? say 'hired'")
    by_date = any(p.kind in ("per", "by") and str(p.value).startswith("key_hire") for p in parts)
    for index, part in enumerate(parts):
        rest = (p for p in parts[index + 1 :] if p.kind not in PREPOSITIONS)
        worked = part.kind == "worked" and next(rest, None) in dated
        headcount = part.value == "headcount" and (dated or by_date) and not hired
        if worked or headcount:
            said = [part.text, *(p.text for p in dated[:1])]
            raise NotUnderstood(said, "employed then, or hired then? only hire dates are recorded")


def _refuse_negated_pairs(parts: list[Part]) -> None:
    """ "except Sales managers", "except Sales and Marketing managers", "everyone except the
    interns in Marketing": not those people, or only the others in that group?"""
    for index, part in enumerate(parts):
        listed = parts[index + 1 : index + 2]
        if part.kind != "negation" or not listed or listed[0].kind != "value":
            continue
        end = index + 1  # the last value of the list the negation covers
        while end + 2 < len(parts) and parts[end + 1].kind in SEPARATORS:
            if parts[end + 2].kind != "value":
                break
            end += 2
        after = end + 1
        joining = (*PREPOSITIONS, "noun_hires")
        while part.value == "except" and after < len(parts) and parts[after].kind in joining:
            after += 1  # "non-managers in Sales" is clear; "except managers in Sales" is not
        hired = any(p.kind == "noun_hires" for p in parts[end + 1 : after])
        also = ("value", "filter") if hired else ("value",)  # "except interns hired in 2019"
        if after < len(parts) and parts[after].kind in also:
            said = " ".join(p.text for p in parts[index : after + 1])
            raise NotUnderstood([said], f"does '{part.text}' cover both?")


def _refuse_joined(part: Part, following: Part) -> None:
    said = f"{part.text} {following.text}"
    if part.kind in ("prep_place", "prep_from") and _is_person(following):
        raise NotUnderstood([said], f"{following.text} is only a name in the directory")
    if part.kind in ("prep_place", "prep_from") and _is_provider(following):
        raise NotUnderstood([said], "an employer, or an e-mail provider?")  # "works at Yahoo"
    if part.kind in ("limit_first", "limit_last") and part.value is None and _is_dated(following):
        raise NotUnderstood([said], "a day, or the first hire among them?")  # "the first Friday"
    if _is_tenure(part) and _is_relative_to_person(following):  # "2 years after Ephraim Mann"
        raise NotUnderstood([said], "a time counted from someone's hire date is not supported")


def _is_group_of_someone(part: Part) -> bool:
    column, owner = part.value
    return column in ("department", "title") and isinstance(owner, plans.TextFilter)


def _is_strict_bound(part: Part) -> bool:
    condition = part.value
    said = condition.label if isinstance(condition, plans.DateFilter) else ""
    return said.startswith(("after ", "before "))


def _is_dated(part: Part) -> bool:
    return isinstance(part.value, plans.DateFilter | plans.DatePartFilter | plans.SameDayFilter)


def _is_tenure(part: Part) -> bool:
    return isinstance(part.value, plans.DateFilter) and part.value.label.endswith("of service")


def _starts_a_group(before: Part | None, following: list[Part]) -> bool:
    """ "and people hired in 2019", "and 2019 hires", "and gmail users": a second group of
    another kind ("2016 and 2017 hires" are either year)."""
    if not following or before is None:
        return False
    first, second = following[0], following[1] if len(following) > 1 else None
    if before.kind == "filter" and type(before.value) is type(first.value):
        return False
    plural = second is not None and (
        second.kind == "noun_people" or (second.kind == "noun_hires" and second.value is not None)
    )
    return first.kind == "noun_people" or (first.kind == "filter" and plural)


def _is_relative(part: Part) -> bool:
    """A condition said relative to a named person ("the same department as X")."""
    condition = part.value
    return isinstance(condition, plans.SameDayFilter | plans.SameAsFilter) and bool(
        condition.person
    )


def _is_relative_to_person(part: Part) -> bool:
    condition = part.value
    return isinstance(condition, plans.SameDayFilter) and condition.relation != "same"


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
    named: Part | None = None  # the column of a list of names: "surname Doyle or King"
    for index, part in enumerate(parts):
        if part.kind == "fields" and (
            _value_column(parts, index - 1) == part.value
            or _value_column(parts, index + 1) == part.value
            or (part.value == "email" and _is_email_filter(parts, index - 1))
            or _names_excluded_values(parts, index)
            or (part.value == "name" and _is_same_initials(parts, index + 1))
        ):
            continue
        if part.kind == "filter" and kept and _names_column(kept[-1], part):
            part = _column_name_filter(kept.pop(), part)
        elif part.kind == "filter" and _negated_name_of(kept, part):
            negation = kept.pop()  # "last name is not Doyle", "surname other than Doyle"
            part = _column_name_filter(kept.pop(), part)
            kept.append(negation)
        elif part.kind == "fields" and kept and _names_column(part, kept[-1]):
            part = _column_name_filter(part, kept.pop())  # "an O'Hara surname"
        elif named is not None and kept[-1].kind in SEPARATORS and _bare_name(named, part):
            part = _column_name_filter(named, part)  # "King" in "first name Doyle or King"
        if part.kind not in SEPARATORS:
            named = _name_column(part)
        kept.append(part)
    return kept


def _is_same_initials(parts: list[Part], index: int) -> bool:
    """ "first and last name start with the same letter": the names are the ones compared."""
    return index < len(parts) and isinstance(parts[index].value, plans.SameInitialsFilter)


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


def _names_column(previous: Part, part: Part) -> bool:
    """ "surname Quitzon": the name belongs to the column just named."""
    condition = part.value
    return (
        previous.kind == "fields"
        and previous.value in ("first_name", "last_name")
        and isinstance(condition, plans.TextFilter)
        and condition.column == "any_name"
    )


def _is_provider(part: Part) -> bool:
    """ "yahoo": a provider named without its domain (not "example.org")."""
    return is_email_part(part) and part.value.op == "contains"


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
    if joiner in ("sep_or", "sep_vs"):
        return True
    if isinstance(first, plans.DateFilter) and isinstance(second, plans.DateFilter):
        return None not in (first.start, first.end, second.start, second.end)
    return _one_of(first) == _one_of(second) is not None


def _one_of(condition: plans.Filter) -> str | None:
    """What a condition picks one of, so that two such joined by "and" are alternatives:
    "Saturdays and Sundays", "gmail and hotmail", "Smith and Jones" (no one is both)."""
    if isinstance(condition, plans.DatePartFilter):
        return condition.part
    if isinstance(condition, plans.TextFilter) and condition.op == "equals":
        return "name" if condition.column in ("full_name", "any_name") else condition.column
    if isinstance(condition, plans.TextFilter) and condition.value.startswith("@"):
        return "email provider"
    return None
