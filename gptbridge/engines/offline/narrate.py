"""Rows -> a plain-language answer, written from the plan and the rows alone (no model).

It says what was found, how many, how it is sorted, lists up to `LIST_LIMIT` items and counts
the rest, and says when the database returned only the first rows. Computed values (averages,
shares) are worded in `narrate_values.py`; the people asked about in `subject.py`.
"""

import operator
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from django.contrib.humanize.templatetags.humanize import ordinal
from django.utils.text import capfirst

from gptbridge.domain import QueryResult
from gptbridge.engines.offline import narrate_values
from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.groupings import YEARLY_KEYS
from gptbridge.engines.offline.named_people import names_someone
from gptbridge.engines.offline.result_columns import (
    COUNT_ALIAS,
    GROUPS_ALIAS,
    LENGTH_ALIAS,
    MATCHING_ALIAS,
    MEETS_ALIAS,
    PLACE_ALIAS,
    SHARE_ALIAS,
)
from gptbridge.engines.offline.subject import (
    COMPARISON_WORDS,
    Rows,
    Subject,
    first_items,
    group_label,
    join,
    key_words,
    listing,
    person,
)
from gptbridge.engines.offline.years_without_hires import years_with_none


def describe_plan(plan: plans.QueryPlan) -> str:
    """A plan in a few words, for telling readings of an ambiguous question apart."""
    subject = Subject(plan.filters)
    kind = type(plan.shape).__name__
    words = {
        "Count": "how many",
        "PeopleList": "the list of",
        "GroupCount": "counts of",
        "PersonCheck": "a yes or no about",
    }
    return f"{words.get(kind, 'something else about')} {subject.phrase(2)}"


def narrate_rows(plan: plans.QueryPlan, result: QueryResult) -> str:
    subject = Subject(plan.filters)
    if result.truncated and isinstance(plan.shape, plans.PeopleList):
        return _cut_people_list(plan.shape, subject, result) + _tenure_said(plan.shape)
    text = describe(plan.shape, subject, result.rows)
    if isinstance(plan.shape, plans.GroupCount) and not result.truncated:
        text += _total(plan.shape, result.rows)  # every group shown: added up
    if isinstance(plan.shape, plans.PeopleList | plans.HireExtreme) and result.rows:
        text += _tenure_said(plan.shape)
    if result.truncated:
        text += f" The list was cut at {result.row_count} rows; ask a narrower question for more."
    return text


# --- people ----------------------------------------------------------------------------------


def _people_list(shape: plans.PeopleList, subject: Subject, rows: Rows) -> str:
    count = len(rows)
    email_asked = shape.fields is not None and "email" in shape.fields
    items = listing([person(row, subject, email_asked=email_asked) for row in rows])
    if shape.limit is not None and shape.order and shape.order[0].key == "hire_date":
        which = "most recently hired" if shape.order[0].descending else "earliest hired"
        return f"The {count} {which} {subject.phrase(count)}: {items}."
    order = _order_words(shape.order)
    apart = narrate_values.hired_apart(shape, rows)
    return f"Found {count} {subject.phrase(count)}{order}: {items}.{apart}"


def _tenure_said(shape: plans.PeopleList | plans.HireExtreme) -> str:
    """How each one's tenure was counted, when it was given."""
    if shape.tenure_on is None:
        return ""
    return (
        f" Years here as of {shape.tenure_on.isoformat()}: {narrate_values.TENURE_DEFINITION}, "
        "rounded to 1 decimal."
    )


def _cut_people_list(shape: plans.PeopleList, subject: Subject, result: QueryResult) -> str:
    """More people matched than an answer may carry: how many (counted by the query), never
    "Found 100"."""
    items, shown = first_items([person(row, subject) for row in result.rows])
    total = result.rows[0].get(MATCHING_ALIAS) or f"More than {result.row_count}"
    return (
        f"{total} {subject.phrase(2)} match{_order_words(shape.order)}; the first "
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


def _person_check(shape: plans.PersonCheck, subject: Subject, rows: Rows) -> str:
    """ "Yes: Christy D'Amore is a Manager: ..."; "No: Brianne Jones is not an Intern: Brianne
    Jones (HR, Junior Executive, hired 2023-09-11)"; with several of that name, which are."""
    named = subject.phrase(1).removeprefix("employee named ")
    if not rows:
        return f"I found no employee named {named}."
    conditions, denied = shape.conditions, False
    if len(conditions) == 1 and conditions[0].negated:  # "is Mae Parisian not a manager?"
        conditions, denied = (replace(conditions[0], negated=False),), True
    asked = Subject(conditions).phrase(1)
    asked = f"{'an' if asked[:1].lower() in 'aeiou' else 'a'} {asked}"
    shown = [person(_without(row, MEETS_ALIAS), subject) for row in rows]
    meets = [bool(row.get(MEETS_ALIAS)) for row in rows]
    if len(rows) == 1:
        named = f"{rows[0].get('first_name')} {rows[0].get('last_name')}"  # "Smith": which one
        verdict = "Yes" if meets[0] else "No"
        negated = meets[0] == denied  # says "not" when the condition asked about fails
        return f"{verdict}: {named} is {'not ' if negated else ''}{asked}: {shown[0]}."
    which = "not " if denied else ""
    yes = [item for item, met in zip(shown, meets, strict=True) if met]
    no = [item for item, met in zip(shown, meets, strict=True) if not met]
    if len(yes) != 1:  # "2 of the 3 employees named Jeremie are employees in Engineering"
        asked = Subject(conditions).phrase(2)
    answer = (
        f"{len(yes)} of the {len(rows)} employees named {named} "
        f"{'is' if len(yes) == 1 else 'are'} {which}{asked}"
    )
    return (
        answer + (f": {join(yes)}" if yes else "") + (f"; the others: {join(no)}." if no else ".")
    )


def _hire_extreme(shape: plans.HireExtreme, subject: Subject, rows: Rows) -> str:
    which = "most recent" if shape.latest else "earliest"
    among = subject.among()
    if shape.both:  # earliest first: the people on the first date, then those on the last
        first, last = (
            listing([person(row, subject) for row in rows if row.get("hire_date") == date])
            for date in (rows[0].get("hire_date"), rows[-1].get("hire_date"))
        )
        return f"The earliest hire{among}: {first}; the most recent: {last}."
    people = listing([person(row, subject) for row in rows])
    if shape.place is not None:  # the 2nd latest hire date: people hired on one date count once
        date = f"{ordinal(shape.place)} {'latest' if shape.latest else 'earliest'} hire date"
        return f"The {ordinal(shape.place)} {which} hire{among}, hired on the {date}: {people}."
    if len(rows) == 1:
        return f"The {which} hire{among}: {people}."
    return f"The {which} hires{among} ({len(rows)} share the date): {people}."


def _length_extreme(shape: plans.LengthExtreme, subject: Subject, rows: Rows) -> str:
    """ "The longest last name (11 characters, as stored): ..."; the length is not repeated."""
    which = "longest" if shape.longest else "shortest"
    length = rows[0].get(LENGTH_ALIAS) if rows else 0
    shown = [person(_without(row, LENGTH_ALIAS), subject) for row in rows]
    if shape.column == "email":  # whole rows leave the e-mail out of each item: not here
        shown = [f"{row.get('email')}: {item}" for row, item in zip(rows, shown, strict=True)]
    people = listing(shown)
    return (
        f"The {which} {key_words(shape.column)}{subject.among()} has {length} characters, "
        f"counted as stored ({len(rows)} with that length): {people}."
    )


def _without(row: dict[str, Any], column: str) -> dict[str, Any]:
    """A row without a computed column (a length, whether conditions are met) for its details."""
    return {key: value for key, value in row.items() if key != column}


def _hire_date_bound(shape: plans.HireDateBound, subject: Subject, rows: Rows) -> str:
    value = _first_value(rows)
    which = "latest" if shape.latest else "earliest"
    if value is None:
        return f"There is no {which} hire date{subject.among()}: no one matches."
    ago = "" if shape.ago_on is None else narrate_values.time_before(str(value), shape.ago_on)
    if any(map(names_someone, subject.filters)):  # one person: refuse_one_of_several
        return f"The {subject.phrase(1)} was hired on {value}{ago}."
    return f"The {which} hire date{subject.among()} is {value}{ago}."


def _hire_dates(shape: plans.HireDates, subject: Subject, rows: Rows) -> str:
    """ "The earliest hire date among employees in Marketing is 2010-06-21 and the latest
    2023-03-30"; per group, "Accounting 2010-02-23 to 2023-08-01"."""
    asked = [
        end for end, wanted in (("earliest", shape.earliest), ("latest", shape.latest)) if wanted
    ]
    columns = [f"{end}_hire_date" for end in asked]
    which = " and ".join(asked)
    if shape.key is None:
        row = rows[0] if rows else {}
        if row.get(columns[0]) is None:
            return f"There is no hire date{subject.among()}: no one matches."
        return (
            f"The earliest hire date{subject.among()} is {row[columns[0]]} and the latest "
            f"{row[columns[1]]}."
        )
    items = [
        f"{group_label(shape.key, row[shape.key])} {' to '.join(str(row[c]) for c in columns)}"
        for row in rows
    ]
    if not items:
        return f"There is no hire date{subject.among()}: no one matches."
    dates = "hire dates (earliest to latest)" if len(asked) == 2 else f"{which} hire date"
    return f"{capfirst(dates)} per {key_words(shape.key)}{subject.among()}: {join(items, '; ')}."


# --- counts ----------------------------------------------------------------------------------


def _first_value(rows: Rows) -> Any:
    return next(iter(rows[0].values())) if rows else None


def _count(shape: plans.Count, subject: Subject, rows: Rows) -> str:
    count = int(_first_value(rows) or 0)
    if count == 0:
        said = f"There are no {subject.phrase(2)}"
    else:
        said = f"There {'is' if count == 1 else 'are'} {count} {subject.phrase(count)}"
    if shape.against is None:
        return f"{said}."
    comparison, number = shape.against  # "Yes: there are 61 Managers, more than 50."
    holds = PASSES[comparison](count, number)
    bound = f"{'' if holds else 'not '}{COMPARISON_WORDS[comparison]} {number}"
    return f"{'Yes' if holds else 'No'}: {said[0].lower()}{said[1:]}, {bound}."


PASSES: dict[str, Callable[[int, int], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "=": operator.eq,
}


def _count_distinct(shape: plans.CountDistinct, subject: Subject, rows: Rows) -> str:
    if shape.per is not None:  # "Different titles per department: Accounting 8, ..."
        counted = f"{shape.column}_count"
        items = [f"{group_label(shape.per, row[shape.per])} {row[counted]}" for row in rows]
        return (
            f"Different {key_words(shape.column)}s per {key_words(shape.per)}"
            f"{subject.among()}: {listing(items)}."
        )
    count = int(_first_value(rows) or 0)
    noun = key_words(shape.column) + ("" if count == 1 else "s")
    verb = "is" if count == 1 else "are"
    people = int(rows[0].get(COUNT_ALIAS) or 0) if rows else 0
    held = f" ({people} employee{'' if people == 1 else 's'})" if shape.people_too else ""
    return f"There {verb} {count} different {noun}{subject.among()}{held}."


def _distinct_values(shape: plans.DistinctValues, subject: Subject, rows: Rows) -> str:
    values = [str(row[shape.column]) for row in rows]
    noun = key_words(shape.column)
    if not values:
        return f"No {noun}s{subject.among()}: no one matches."
    plural = "" if len(values) == 1 else "s"
    return f"{len(values)} {noun}{plural}{subject.among()}: {listing(values)}."


def _group_count(shape: plans.GroupCount, subject: Subject, rows: Rows) -> str:
    """Counts per group. A year with no hire at all has no row, so "the fewest" is said to be
    among the years with any (every month, quarter and weekday of the directory has hires)."""
    if shape.against_average is not None:
        return narrate_values.groups_against_average(shape, subject, rows)
    counted = _counted_groups(shape, subject, rows)
    if shape.key == "hire_year" and shape.counts_low and rows:
        return f"Of the years with any hires: {counted[0].lower()}{counted[1:]}"
    return counted


def _cross_count(shape: plans.CrossCount, subject: Subject, rows: Rows) -> str:
    """ "Employees per department and title (pairs with none not listed): Accounting: Assistant
    10, Associate 8; ..."."""
    people = subject.phrase(2)
    said = f"{key_words(shape.key)} and {key_words(shape.then)}"
    if not rows and shape.having is not None:
        return f"No pair of {said} has {_having_words(shape.having, subject)}."
    if not rows:
        return f"I found no {people}, so there is nothing to count per {said}."
    named = narrate_values.quarters_named_people_were_hired(shape, subject, rows)
    if named is not None:
        return named
    if shape.within:  # "The title with the most employees in each department: ..."
        return narrate_values.most_within_each(shape, people, rows)
    if shape.extreme is not None:  # "September 2015 had the most employees hired (12)."
        pairs = narrate_values.pairs_named(shape, rows)
        return _extreme_groups(plans.GroupCount(shape.key, extreme="max"), people, pairs)
    groups: dict[str, list[str]] = {}
    for row in rows:
        inner = f"{group_label(shape.then, row[shape.then])} {row[COUNT_ALIAS]}"
        groups.setdefault(group_label(shape.key, row[shape.key]), []).append(inner)
    listed = "; ".join(f"{group}: {', '.join(counts)}" for group, counts in groups.items())
    if shape.having is not None:
        return f"{capfirst(said)} pairs with {_having_words(shape.having, subject)}: {listed}."
    return f"{capfirst(people)} per {said} (a pair with none is not listed): {listed}."


def _having_words(having: plans.Having, subject: Subject) -> str:
    """ "exactly 1 employee", "at least 10 Interns"."""
    return f"{COMPARISON_WORDS[having.comparison]} {having.number} {subject.phrase(having.number)}"


def _counted_groups(shape: plans.GroupCount, subject: Subject, rows: Rows) -> str:
    pairs = [(group_label(shape.key, row[shape.key]), int(row[COUNT_ALIAS])) for row in rows]
    counted = [f"{name} {count}" for name, count in pairs]
    if shape.share:
        shares = zip(counted, rows, strict=True)
        listed = listing([f"{item} ({row[SHARE_ALIAS]}%)" for item, row in shares])
        people = subject.phrase(2)
        return (
            f"{capfirst(people)} per {key_words(shape.key)}, with each group's share of "
            f"all {people} ({narrate_values.SHARE_DEFINITION}): {listed}."
        )
    named = narrate_values.when_named_people_were_hired(shape, subject, pairs)
    if named is not None:
        return named
    people = subject.noun(2)
    clauses = " ".join(subject.clauses)
    scope = f" {clauses}" if clauses else ""
    if (shape.change and len(pairs) > 1) or shape.cumulative:
        return narrate_values.year_series(shape, capfirst(subject.phrase(2)), pairs)
    if shape.place is not None:
        return _groups_at_place(shape, people + scope, rows)
    if shape.extreme is not None:
        pooled = shape.key in YEARLY_KEYS and not plans.dated_in_one_year(subject.filters)
        return _extreme_groups(shape, people + scope, pairs, pooled)
    group_word = key_words(shape.key)
    listed = listing(counted)
    if shape.having == plans.Having("=", 0):  # "which departments have no interns"
        if not pairs:
            return f"Every {group_word} has at least one {subject.noun(1)}{scope}."
        names = join([name for name, _ in pairs])
        return f"{names} {'has' if len(pairs) == 1 else 'have'} no {people}{scope}."
    if shape.having is not None:
        having = f"{COMPARISON_WORDS[shape.having.comparison]} {shape.having.number} {people}"
        if not pairs:
            return f"No {group_word} has {having}{scope}."
        total = int(rows[0].get(GROUPS_ALIAS) or len(pairs))  # all of them, not only those shown
        groups = f"1 {group_word} has" if total == 1 else f"{total} {group_word}s have"
        return f"{groups} {having}{scope}: {listed}."
    if shape.limit is not None and shape.order and shape.order[0].key == "count":
        which = "most" if shape.order[0].descending else "fewest"
        ties = f" ({len(pairs)}, with those tied)" if len(pairs) > shape.limit else ""
        top = f"The {min(len(pairs), shape.limit)} {group_word}s"
        return f"{top} with the {which} {people}{scope}{ties}: {listed}."
    if not pairs:
        return f"I found no {people}{scope}, so there is nothing to count per {group_word}."
    answer = f"{capfirst(people)}{scope} per {group_word}: {listed}."
    answer += narrate_values.both_ends(shape, pairs)
    answer += years_with_none(shape, subject, pairs)
    return answer + _difference(shape, subject, pairs) if shape.compared else answer


def _total(shape: plans.GroupCount, rows: Rows) -> str:
    """Every group counted, then all of them added up ("how many presidents and VPs", "how
    many people named Bartell, and in which departments"); not when only some are shown."""
    some = shape.having or shape.extreme or shape.place or shape.limit or shape.against_average
    compared = shape.compared and not shape.total  # "Sales vs HR": each, not the sum
    listed = shape.periods and not shape.total  # periods that may overlap: not added up
    if some or compared or listed or shape.share or shape.change or len(rows) < 2:
        return ""
    return f" {sum(int(row[COUNT_ALIAS]) for row in rows)} in all."


def _difference(shape: plans.GroupCount, subject: Subject, pairs: list[tuple[str, int]]) -> str:
    """Two groups side by side: how many more one has; groups asked for but absent: none."""
    missing = shape.compared - len(pairs)
    if missing:
        return f" None for the other {'one' if missing == 1 else missing} asked about."
    if len(pairs) != 2:
        return ""
    (first, one), (second, other) = sorted(pairs, key=lambda pair: -pair[1])
    if one == other:
        return f" {capfirst(first)} and {second} have the same number ({one})."
    if not other:
        return f" {capfirst(first)} has {one - other} more than {second}."
    asked = dict(pairs)
    named, then = narrate_values.order_asked(shape, subject, list(asked)) or [first, second]
    ratio = f"{asked[named] / asked[then]:.2f}".rstrip("0").rstrip(".")
    percent = f"{named} is {100 * asked[named] / asked[then]:.1f}% of {then}"
    return (
        f" {capfirst(first)} has {one - other} more than {second}; {named} to {then} is "
        f"{asked[named]} to {asked[then]}, a ratio of {ratio} ({percent})."
    )


def _extreme_groups(
    shape: plans.GroupCount, people: str, pairs: list[tuple[str, int]], pooled: bool = False
) -> str:
    """ "September had the most employees hired (51, all years together)": a month (weekday,
    quarter, season) of any year says so, lest it be read as one September."""
    most = "the most" if shape.extreme == "max" else "the fewest"
    if not pairs:
        return f"No one matches, so no {key_words(shape.key)} has {most} {people}."
    names = join([name for name, _ in pairs])
    count = pairs[0][1]
    if shape.key.startswith("hire_"):
        each = " each" if len(pairs) > 1 else ""
        hired = "" if " hired " in f"{people} " else " hired"  # "employees hired in 2018"
        together = ", all years together" if pooled else ""
        return f"{names} had {most} {people}{hired} ({count}{each}{together})."
    if len(pairs) == 1:
        return f"{names} has {most} {people} ({count})."
    return f"{names} have {most} {people} ({count} each)."


PLACE_WORDS = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def _groups_at_place(shape: plans.GroupCount, people: str, rows: Rows) -> str:
    """ "Engineering has the second most employees (74), after Accounting (92)." Tied groups
    share a place, and the groups before it are named, so the reading is plain."""
    assert shape.place is not None
    place = PLACE_WORDS.get(shape.place, ordinal(shape.place))
    most = f"the {place} {'most' if shape.extreme == 'max' else 'fewest'}"
    places: dict[int, list[tuple[str, int]]] = {}
    for row in rows:
        pair = (group_label(shape.key, row[shape.key]), int(row[COUNT_ALIAS]))
        places.setdefault(int(row[PLACE_ALIAS]), []).append(pair)
    before = ", then ".join(
        _tied(pairs) for number, pairs in places.items() if number < shape.place
    )
    if shape.place not in places:
        counts = len(places)
        return (
            f"There is no {place} place: the {key_words(shape.key)}s with {people} have only "
            f"{counts} different count{'s' if counts != 1 else ''} ({before or 'none'})."
        )
    at_place = places[shape.place]
    names = join([name for name, _ in at_place])
    verb = "has" if len(at_place) == 1 else "have"
    if shape.key.startswith("hire_"):
        verb, people = "had", people if " hired " in f"{people} " else f"{people} hired"
    each = " each" if len(at_place) > 1 else ""
    return f"{names} {verb} {most} {people} ({at_place[0][1]}{each}), after {before}."


def _tied(pairs: list[tuple[str, int]]) -> str:
    names = join([name for name, _ in pairs])
    return f"{names} ({pairs[0][1]}{' each' if len(pairs) > 1 else ''})"


NARRATORS: dict[type, Callable[[Any, Subject, Rows], str]] = {
    plans.PeopleList: _people_list,
    plans.PersonCheck: _person_check,
    plans.HireExtreme: _hire_extreme,
    plans.LengthExtreme: _length_extreme,
    plans.HireDateBound: _hire_date_bound,
    plans.HireDates: _hire_dates,
    plans.Count: _count,
    plans.CountDistinct: _count_distinct,
    plans.DistinctValues: _distinct_values,
    plans.GroupCount: _group_count,
    plans.CrossCount: _cross_count,
    plans.AverageTenure: narrate_values.average_tenure,
    plans.MedianHireDate: narrate_values.median_hire_date,
    plans.AverageGroupSize: narrate_values.average_group_size,
    plans.Share: narrate_values.share,
    plans.GroupHireExtreme: narrate_values.group_hire_extreme,
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
