"""Rows -> a plain-language answer, written from the plan and the rows alone (no model).

It says what was found, how many, how it is sorted, lists up to `LIST_LIMIT` items and counts
the rest, and says when the database returned only the first rows. Computed values state their
definition (`TENURE_DEFINITION`, `SHARE_DEFINITION`) in every answer.
"""

from collections.abc import Callable
from typing import Any

from django.utils.text import capfirst

from gptbridge.domain import QueryResult
from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.lexicon import lexicon
from gptbridge.engines.offline.render import (
    AVERAGE_ALIAS,
    AVERAGE_ANY_ALIAS,
    COUNT_ALIAS,
    GROUP_SIZE_ALIAS,
    LENGTH_ALIAS,
    SHARE_ALIAS,
    SHARE_OF_ALL_ALIAS,
    TENURE_ALIAS,
    WITH_ANY_ALIAS,
)
from gptbridge.engines.offline.words import ANSWER_WORDS, MONTH_NAMES, WEEKDAY_NAMES

Rows = list[dict[str, Any]]  # a result's rows, by column name

# Lists of up to LIST_LIMIT items are given in full (the walk-through's 22 hires fit); longer
# ones show the first SHOWN_WHEN_LONG and "and N more": the rows themselves carry the rest.
LIST_LIMIT = 25
SHOWN_WHEN_LONG = 20
COMPARISON_WORDS: dict[str, str] = ANSWER_WORDS["comparisons"]
TENURE_DEFINITION = "tenure = days since hire / 365.25, averaged and rounded to 1 decimal"
SHARE_DEFINITION = "percent, rounded to 1 decimal"


def key_words(key: str) -> str:
    """How answers name a column or group key ("e-mail domain"); else its name with spaces."""
    return ANSWER_WORDS["key_words"].get(key, key.replace("_", " "))


def title_plural(value: str) -> str:
    return lexicon().plurals.get(("title", value), value)


def describe_plan(plan: plans.QueryPlan) -> str:
    """A plan in a few words, for telling readings of an ambiguous question apart."""
    subject = Subject(plan.filters)
    kind = type(plan.shape).__name__
    words = {"Count": "how many", "PeopleList": "the list of", "GroupCount": "counts of"}
    return f"{words.get(kind, kind)} {subject.phrase(2)}"


def group_label(key: str, value: Any) -> str:
    """A group's value as people say it: months and weekdays by name, Q1-Q4."""
    if value is None:
        return "(none)"
    if key == "hire_month":
        return MONTH_NAMES[int(value)]
    if key == "hire_weekday":
        return WEEKDAY_NAMES[int(value)]
    if key == "hire_quarter":
        return f"Q{int(value)}"
    return str(value)


def narrate_rows(plan: plans.QueryPlan, result: QueryResult) -> str:
    subject = Subject(plan.filters)
    if result.truncated and isinstance(plan.shape, plans.PeopleList):
        return _cut_people_list(plan.shape, subject, result)
    text = describe(plan.shape, subject, result.rows)
    if result.truncated:
        text += (
            f" The list was cut at {result.row_count} rows; ask a narrower question to see "
            "the rest."
        )
    return text


# --- what the filters say ----------------------------------------------------------------------


class Subject:
    """The people a plan is about, in words: "Managers in Sales hired after 2018"."""

    def __init__(self, filters: tuple[plans.Filter, ...]):
        self.filters = filters
        self.titles: tuple[str, ...] = ()
        self.fixed: set[str] = set()  # columns every one of them shares ("Managers in Sales")
        self.clauses: list[str] = []
        for condition in filters:
            value = condition if isinstance(condition, plans.ValueFilter) else None
            value = value if value is not None and not value.negated else None
            if value is not None and value.column == "title" and not self.titles:
                self.titles = value.values
            else:
                self.clauses.append(_describe(condition))
            if value is not None and len(value.values) == 1:
                self.fixed.add(value.column)

    def noun(self, count: int) -> str:
        if self.titles:
            names = [t if count == 1 else title_plural(t) for t in self.titles]
            return " or ".join(names)
        return "employee" if count == 1 else "employees"

    def phrase(self, count: int) -> str:
        return " ".join([self.noun(count), *self.clauses])

    def among(self) -> str:
        """ "among Managers in Sales", or "" when the question had no conditions."""
        if not self.titles and not self.clauses:
            return ""
        return f" among {self.phrase(2)}"


def _describe(condition: plans.Filter) -> str:
    if isinstance(condition, plans.ValueFilter):
        values = " or ".join(condition.values)
        if condition.column == "department":
            return f"not in {values}" if condition.negated else f"in {values}"
        plural = " or ".join(title_plural(v) for v in condition.values)
        return f"who are not {plural}" if condition.negated else f"who are {plural}"
    if isinstance(condition, plans.DateFilter | plans.DatePartFilter):
        return f"not hired {condition.label}" if condition.negated else f"hired {condition.label}"
    if isinstance(condition, plans.SameDayFilter):
        said = "not " if condition.negated else ""
        if condition.person is None:
            return f"{said}hired on a day someone else was also hired"
        if condition.relation != "same":
            return f"{said}hired {condition.relation} {condition.shown}"
        return f"{said}hired the same day as {condition.shown} ({condition.shown} not included)"
    if isinstance(condition, plans.TextFilter):
        return _describe_text(condition)
    if isinstance(condition, plans.LengthFilter):
        said = COMPARISON_WORDS[condition.comparison]
        has = "does not have" if condition.negated else "has"
        return f"whose {key_words(condition.column)} {has} {said} {condition.number} characters"
    if isinstance(condition, plans.SameInitialsFilter):
        same = "different letters" if condition.negated else "the same letter"
        return f"whose first and last names start with {same}"
    if isinstance(condition, plans.SameAsFilter) and condition.person is None:
        said = "no one else has" if condition.negated else "someone else also has"
        return f"with a {key_words(condition.key)} {said}"
    if isinstance(condition, plans.SameAsFilter):
        key, person = key_words(condition.key), condition.shown
        same = f"with a different {key} from" if condition.negated else f"with the same {key} as"
        return f"{same} {person} ({person} not included)"
    options = " or ".join(_describe(option) for option in condition.options)
    return f"not ({options})" if condition.negated else options


def _describe_text(condition: plans.TextFilter) -> str:
    value = condition.shown or condition.value
    if condition.column in ("full_name", "any_name") and condition.op == "equals":
        return f"not named {value}" if condition.negated else f"named {value}"
    pattern = condition.value
    if (
        condition.column == "email"
        and condition.op == "contains"
        and pattern[:1] + pattern[-1:] == "@."
    ):
        provider = pattern.strip("@.")
        return (
            f"without a {provider} address" if condition.negated else f"with a {provider} address"
        )
    said = ANSWER_WORDS["text_verbs"][condition.op][condition.negated]
    if condition.op == "has_digit":
        return f"whose {key_words(condition.column)} {said}"
    return f'whose {key_words(condition.column)} {said} "{value}"'


# --- people ----------------------------------------------------------------------------------


def _people_list(shape: plans.PeopleList, subject: Subject, rows: Rows) -> str:
    count = len(rows)
    items = _listing([_person(row, subject) for row in rows])
    if shape.limit is not None and shape.order and shape.order[0].key == "hire_date":
        which = "most recently hired" if shape.order[0].descending else "earliest hired"
        return f"The {count} {which} {subject.phrase(count)}: {items}."
    order = _order_words(shape.order)
    return f"Found {count} {subject.phrase(count)}{order}: {items}."


def _cut_people_list(shape: plans.PeopleList, subject: Subject, result: QueryResult) -> str:
    """More people matched than an answer may carry: never "Found 100" when there are more."""
    shown = result.row_count
    items = _listing([_person(row, subject) for row in result.rows])
    return (
        f"More than {shown} {subject.phrase(2)} match{_order_words(shape.order)}; the first "
        f"{shown}: {items}. Ask a narrower question to see the rest."
    )


def _order_words(order: tuple[plans.OrderKey, ...]) -> str:
    if not order:
        return ""
    parts = []
    for key in order:
        name = key_words(key.key)
        if key.key == "hire_date":
            direction = "newest first" if key.descending else "oldest first"
        else:
            direction = "Z to A" if key.descending else "A to Z"
        parts.append(f"{name} ({direction})")
    return ", sorted by " + ", then ".join(parts)


def _hire_extreme(shape: plans.HireExtreme, subject: Subject, rows: Rows) -> str:
    which = "most recent" if shape.latest else "earliest"
    among = subject.among()
    people = _listing([_person(row, subject) for row in rows])
    if len(rows) == 1:
        return f"The {which} hire{among}: {people}."
    return f"The {which} hires{among} ({len(rows)} share the date): {people}."


def _length_extreme(shape: plans.LengthExtreme, subject: Subject, rows: Rows) -> str:
    """ "The longest last name (11 characters, as stored): ..."; the length is not repeated."""
    which = "longest" if shape.longest else "shortest"
    length = rows[0].get(LENGTH_ALIAS) if rows else 0
    shown = [_person(without_length(row), subject) for row in rows]
    if shape.column == "email":  # whole rows leave the e-mail out of each item: not here
        shown = [f"{row.get('email')}: {person}" for row, person in zip(rows, shown, strict=True)]
    people = _listing(shown)
    return (
        f"The {which} {key_words(shape.column)}{subject.among()} has {length} characters, "
        f"counted as stored ({len(rows)} with that length): {people}."
    )


def without_length(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key != LENGTH_ALIAS}


def _hire_date_bound(shape: plans.HireDateBound, subject: Subject, rows: Rows) -> str:
    value = _first_value(rows)
    which = "latest" if shape.latest else "earliest"
    if value is None:
        return f"There is no {which} hire date{subject.among()}: no one matches."
    return f"The {which} hire date{subject.among()} is {value}."


def _person(row: dict[str, Any], subject: Subject) -> str:
    name = " ".join(str(row[key]) for key in ("first_name", "last_name") if row.get(key))
    details = []
    for key, value in row.items():
        if key in ("first_name", "last_name", "id") or value in (None, ""):
            continue
        if key in subject.fixed and len(row) > 4:
            continue  # "Managers in Sales": no need to say "Manager, Sales" for each
        if key == "email" and len(row) > 4:
            continue  # whole rows: keep each item short
        details.append(f"hired {value}" if key == "hire_date" else str(value))
    if not name:
        return ", ".join(details)
    return f"{name} ({', '.join(details)})" if details else name


def _listing(items: list[str]) -> str:
    if len(items) <= LIST_LIMIT:
        return _join(items)
    shown = items[:SHOWN_WHEN_LONG]
    return ", ".join(shown) + f" and {len(items) - len(shown)} more"


def _join(items: list[str], separator: str = ", ") -> str:
    """ "a, b and c"; items with commas of their own are separated by "; "."""
    if len(items) <= 1:
        return "".join(items)
    return separator.join(items[:-1]) + f" and {items[-1]}"


# --- counts ----------------------------------------------------------------------------------


def _first_value(rows: Rows) -> Any:
    return next(iter(rows[0].values())) if rows else None


def _count(shape: plans.Count, subject: Subject, rows: Rows) -> str:
    count = int(_first_value(rows) or 0)
    if count == 0:
        return f"There are no {subject.phrase(2)}."
    verb = "is" if count == 1 else "are"
    return f"There {verb} {count} {subject.phrase(count)}."


def _count_distinct(shape: plans.CountDistinct, subject: Subject, rows: Rows) -> str:
    count = int(_first_value(rows) or 0)
    noun = key_words(shape.column) + ("" if count == 1 else "s")
    verb = "is" if count == 1 else "are"
    return f"There {verb} {count} different {noun}{subject.among()}."


def _distinct_values(shape: plans.DistinctValues, subject: Subject, rows: Rows) -> str:
    values = [str(row[shape.column]) for row in rows]
    noun = "department" if shape.column == "department" else "title"
    if not values:
        return f"No {noun}s{subject.among()}: no one matches."
    plural = "" if len(values) == 1 else "s"
    return f"{len(values)} {noun}{plural}{subject.among()}: {_listing(values)}."


def _group_count(shape: plans.GroupCount, subject: Subject, rows: Rows) -> str:
    """Counts per group. A year with no hire at all has no row, so "the fewest" is said to be
    among the years with any (every month, quarter and weekday of the directory has hires)."""
    counted = _counted_groups(shape, subject, rows)
    if shape.key == "hire_year" and shape.counts_low and rows:
        return f"Of the years with any hires: {counted[0].lower()}{counted[1:]}"
    return counted


def _cross_count(shape: plans.CrossCount, subject: Subject, rows: Rows) -> str:
    """ "Employees per department and title (pairs with none not listed): Accounting: Assistant
    10, Associate 8; ..."."""
    people = subject.phrase(2)
    said = f"{key_words(shape.key)} and {key_words(shape.then)}"
    if not rows:
        return f"I found no {people}, so there is nothing to count per {said}."
    groups: dict[str, list[str]] = {}
    for row in rows:
        inner = f"{group_label(shape.then, row[shape.then])} {row[COUNT_ALIAS]}"
        groups.setdefault(group_label(shape.key, row[shape.key]), []).append(inner)
    listed = "; ".join(f"{group}: {', '.join(counts)}" for group, counts in groups.items())
    return f"{capfirst(people)} per {said} (a pair with none is not listed): {listed}."


def _counted_groups(shape: plans.GroupCount, subject: Subject, rows: Rows) -> str:
    pairs = [(group_label(shape.key, row[shape.key]), int(row[COUNT_ALIAS])) for row in rows]
    counted = [f"{name} {count}" for name, count in pairs]
    if shape.share:
        shares = zip(counted, rows, strict=True)
        listed = _listing([f"{item} ({row[SHARE_ALIAS]}%)" for item, row in shares])
        people = subject.phrase(2)
        return (
            f"{capfirst(people)} per {key_words(shape.key)}, with each group's share of "
            f"all {people} ({SHARE_DEFINITION}): {listed}."
        )
    people = subject.noun(2)
    clauses = " ".join(subject.clauses)
    scope = f" {clauses}" if clauses else ""
    if shape.extreme is not None:
        return _extreme_groups(shape, people + scope, pairs)
    group_word = key_words(shape.key)
    listed = _listing(counted)
    if shape.having is not None:
        having = f"{COMPARISON_WORDS[shape.having.comparison]} {shape.having.number} {people}"
        if not pairs:
            return f"No {group_word} has {having}{scope}."
        groups = f"1 {group_word} has" if len(pairs) == 1 else f"{len(pairs)} {group_word}s have"
        return f"{groups} {having}{scope}: {listed}."
    if shape.limit is not None and shape.order and shape.order[0].key == "count":
        which = "most" if shape.order[0].descending else "fewest"
        ties = f" ({len(pairs)}, with those tied)" if len(pairs) > shape.limit else ""
        top = f"The {min(len(pairs), shape.limit)} {group_word}s"
        return f"{top} with the {which} {people}{scope}{ties}: {listed}."
    if not pairs:
        return f"I found no {people}{scope}, so there is nothing to count per {group_word}."
    answer = f"{capfirst(people)}{scope} per {group_word}: {listed}."
    return answer + _difference(shape, pairs) if shape.compared else answer


def _difference(shape: plans.GroupCount, pairs: list[tuple[str, int]]) -> str:
    """Two groups side by side: how many more one has; groups asked for but absent: none."""
    missing = shape.compared - len(pairs)
    if missing:
        return f" None for the other {'one' if missing == 1 else missing} asked about."
    if len(pairs) != 2:
        return ""
    (first, one), (second, other) = sorted(pairs, key=lambda pair: -pair[1])
    if one == other:
        return f" {first} and {second} have the same number ({one})."
    return f" {first} has {one - other} more than {second}."


def _extreme_groups(shape: plans.GroupCount, people: str, pairs: list[tuple[str, int]]) -> str:
    most = "the most" if shape.extreme == "max" else "the fewest"
    if not pairs:
        return f"No one matches, so no {key_words(shape.key)} has {most} {people}."
    names = _join([name for name, _ in pairs])
    count = pairs[0][1]
    if shape.key.startswith("hire_"):
        each = " each" if len(pairs) > 1 else ""
        hired = "" if " hired " in f"{people} " else " hired"  # "employees hired in 2018"
        return f"{names} had {most} {people}{hired} ({count}{each})."
    if len(pairs) == 1:
        return f"{names} has {most} {people} ({count})."
    return f"{names} have {most} {people} ({count} each)."


# --- computed values: averages, shares, the latest hire per group ----------------------------


def _average_tenure(shape: plans.AverageTenure, subject: Subject, rows: Rows) -> str:
    as_of = shape.today.isoformat()
    if shape.key is None:
        row = rows[0] if rows else {}
        value = row.get(TENURE_ALIAS)
        if value is None:
            return f"No one matches, so there is no average tenure{subject.among()}."
        count = row.get(COUNT_ALIAS, 0)
        if count == 1:  # "how long has Leopold Johnston been here"
            return (
                f"The tenure{subject.among()} is {value} years (1 employee, as of {as_of}; "
                "tenure = days since hire / 365.25, rounded to 1 decimal)."
            )
        return (
            f"The average tenure{subject.among()} is {value} years ({count} employees, as of "
            f"{as_of}; {TENURE_DEFINITION})."
        )
    items = [f"{group_label(shape.key, row[shape.key])} {row[TENURE_ALIAS]} years" for row in rows]
    which = {"max": "The highest average", "min": "The lowest average"}.get(shape.extreme or "")
    return (
        f"{which or 'Average'} tenure per {key_words(shape.key)}{subject.among()} (as of "
        f"{as_of}; {TENURE_DEFINITION}): {_join(items, '; ')}."
    )


def _average_group_size(shape: plans.AverageGroupSize, subject: Subject, rows: Rows) -> str:
    """ "On average 71.4 employees per department: 500 over the 7 departments"; when some of the
    groups (periods) have none, both averages, each with what it divides by."""
    row = rows[0] if rows else {}
    total = int(row.get(COUNT_ALIAS) or 0)
    groups, with_any = int(row.get(GROUP_SIZE_ALIAS) or 0), int(row.get(WITH_ANY_ALIAS) or 0)
    people = subject.phrase(2)
    key = shape.key.removeprefix("hire_") if shape.key.startswith("hire_") else key_words(shape.key)
    if groups <= 0:
        return f"There are no {people}, so there is no average per {key}."
    first, last = (group_label(shape.key, row.get(end)) for end in ("first_group", "last_group"))
    span = f" from {first} to {last}" if shape.key.startswith("hire_") and groups > 1 else ""
    if with_any == groups:
        return (
            f"On average {row.get(AVERAGE_ALIAS)} {people} per {key}: {total} over the "
            f"{groups} {_plural(key, groups)}{span} (rounded to 1 decimal)."
        )
    return (
        f"{capfirst(people)}: {total} in all. Per {key} on average, counting all {groups} "
        f"{_plural(key, groups)}{span}, of which {groups - with_any} had none: "
        f"{row.get(AVERAGE_ALIAS)}; counting only the {with_any} {_plural(key, with_any)} with "
        f"any: {row.get(AVERAGE_ANY_ALIAS) or 0} (rounded to 1 decimal)."
    )


def _plural(word: str, count: int) -> str:
    return word if count == 1 else f"{word}s"


def _share(shape: plans.Share, subject: Subject, rows: Rows) -> str:
    if shape.key is not None:
        return _group_share(shape, subject, rows)
    row = rows[0] if rows else {}
    part = Subject(shape.part).phrase(2)
    whole = subject.phrase(2)
    total = int(row.get("total_count") or 0)
    if total == 0:
        return f"There are no {whole}, so there is no percentage to give."
    matching = int(row.get("matching_count") or 0)
    return (
        f"{row.get(SHARE_ALIAS)}% of {whole} are {part.removeprefix('employees ')}: {matching} "
        f"of {total} ({SHARE_DEFINITION})."
    )


def _group_share(shape: plans.Share, subject: Subject, rows: Rows) -> str:
    """ "Interns per department: Accounting 10 of 92 (10.9% of the department; 16.1% of all
    Interns)"."""
    assert shape.key is not None
    part = Subject(shape.part).phrase(2)
    everyone = Subject((*subject.filters, *shape.part)).phrase(2)  # the part, of the whole
    group_word = key_words(shape.key)
    members = f"the {group_word}'s {subject.phrase(2)}" if subject.filters else f"the {group_word}"
    items = [
        f"{group_label(shape.key, row[shape.key])} {row[COUNT_ALIAS]} of {row[GROUP_SIZE_ALIAS]} "
        f"({row[SHARE_ALIAS]}% of {members}; {row[SHARE_OF_ALL_ALIAS] or 0}% of all {everyone})"
        for row in rows
    ]
    if not items:
        return f"No one matches{subject.among()}, so there is no percentage to give."
    listed = f"({SHARE_DEFINITION}): {_join(items, '; ')}."
    if shape.extreme is None:
        return f"{capfirst(part)} per {group_word}{subject.among()} {listed}"
    groups = _join([group_label(shape.key, row[shape.key]) for row in rows])
    has = "has" if len(rows) == 1 else "have"
    which = "highest" if shape.extreme == "max" else "lowest"
    return f"{groups} {has} the {which} share of {part}{subject.among()} {listed}"


def _group_hire_extreme(shape: plans.GroupHireExtreme, subject: Subject, rows: Rows) -> str:
    which = "most recent" if shape.latest else "earliest"
    which = which if shape.limit is None else f"{shape.limit} {which}"
    groups: dict[str, list[str]] = {}
    for row in rows:
        person = f"{row.get('first_name')} {row.get('last_name')} (hired {row.get('hire_date')})"
        groups.setdefault(group_label(shape.key, row.get(shape.key)), []).append(person)
    items = [f"{group}: {_join(people)}" for group, people in groups.items()]
    if shape.limit is None:
        hires, ties = "hire", "everyone hired on that date when several were"
    else:
        hires = "hires"
        ties = f"with anyone hired the same day as the {_ordinal(shape.limit)} of them"
    return (
        f"The {which} {hires}{subject.among()} in each {key_words(shape.key)} ({ties}): "
        f"{_join(items, '; ')}."
    )


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


NARRATORS: dict[type, Callable[[Any, Subject, Rows], str]] = {
    plans.PeopleList: _people_list,
    plans.HireExtreme: _hire_extreme,
    plans.LengthExtreme: _length_extreme,
    plans.HireDateBound: _hire_date_bound,
    plans.Count: _count,
    plans.CountDistinct: _count_distinct,
    plans.DistinctValues: _distinct_values,
    plans.GroupCount: _group_count,
    plans.CrossCount: _cross_count,
    plans.AverageTenure: _average_tenure,
    plans.AverageGroupSize: _average_group_size,
    plans.Share: _share,
    plans.GroupHireExtreme: _group_hire_extreme,
}

# Shapes that list employees: with no rows, the answer is that no one was found.
PEOPLE_SHAPES = (
    plans.PeopleList,
    plans.HireExtreme,
    plans.LengthExtreme,
    plans.GroupHireExtreme,
)


def describe(shape: plans.Shape, subject: Subject, rows: Rows) -> str:
    """The answer for one shape of plan, from its rows."""
    if not rows and isinstance(shape, PEOPLE_SHAPES):
        return f"I found no {subject.phrase(2)}."
    return NARRATORS[type(shape)](shape, subject, rows)
