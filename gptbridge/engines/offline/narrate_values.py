"""Answers that are computed values: averages, shares, the latest hires per group.

Each states its definition (`TENURE_DEFINITION`, `SHARE_DEFINITION`, the groups an average is
over) in every answer.
"""

import datetime as dt
import itertools

from dateutil.relativedelta import relativedelta
from django.utils.text import capfirst

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.named_people import names_someone
from gptbridge.engines.offline.result_columns import (
    AVERAGE_ALIAS,
    AVERAGE_ANY_ALIAS,
    AVERAGE_HIRE_YEAR_ALIAS,
    COUNT_ALIAS,
    GROUP_SIZE_ALIAS,
    SHARE_ALIAS,
    SHARE_OF_ALL_ALIAS,
    WITH_ANY_ALIAS,
)
from gptbridge.engines.offline.sql_parts import period_label, tenure_alias
from gptbridge.engines.offline.subject import (
    Rows,
    Subject,
    group_label,
    join,
    key_words,
    listing,
    one_decimal,
)

# Days per unit of tenure, as the SQL divides (render.py) and the answer says.
DAYS_IN = {"years": "365.25", "months": "30.4375 (365.25 / 12)"}
SHARE_DEFINITION = "percent, rounded to 1 decimal"
TENURE_DEFINITION = f"days since hire / {DAYS_IN['years']}"


def average_tenure(shape: plans.AverageTenure, subject: Subject, rows: Rows) -> str:
    as_of, unit = shape.today.isoformat(), shape.unit
    alias = tenure_alias(unit, shape.statistic)
    tenure = f"tenure = days since hire / {DAYS_IN[unit]}"
    median = shape.statistic == "median"
    statistic = "median" if median else "average"
    definition = (
        f"{tenure}; the median is the middle one, or the mean of the two middle ones, rounded "
        "to 1 decimal"
        if median
        else f"{tenure}, averaged and rounded to 1 decimal"
    )
    if shape.key is None:
        row = rows[0] if rows else {}
        if row.get(alias) is None:
            return f"No one matches, so there is no {statistic} tenure{subject.among()}."
        value, count = one_decimal(row[alias]), row.get(COUNT_ALIAS, 0)
        if count == 1:  # "how long has Leopold Johnston been here"
            whose = (
                f"The tenure of the {subject.phrase(1)}"
                if any(map(names_someone, subject.filters))
                else f"The tenure{subject.among()} (1 employee)"
            )
            return f"{whose} is {value} {unit} (as of {as_of}; {tenure}, rounded to 1 decimal)."
        return (
            f"The {statistic} tenure{subject.among()} is {value} {unit} ({count} employees, as "
            f"of {as_of}; {definition})."
        )
    items = [
        f"{group_label(shape.key, row[shape.key])} {one_decimal(row[alias])} {unit}" for row in rows
    ]
    which = {"max": "The highest average", "min": "The lowest average"}.get(shape.extreme or "")
    ranked = f", {shape.ranked} first" if shape.ranked else ""
    said = f"{which or statistic.capitalize()} tenure per {key_words(shape.key)}"
    if shape.limit is not None:  # "The 3 departments with the longest average tenure"
        ties = f" ({len(rows)}, with those tied)" if len(rows) > shape.limit else ""
        groups = f"{min(len(rows), shape.limit)} {key_words(shape.key)}s"
        said, ranked = f"The {groups} with the {shape.ranked} {statistic} tenure{ties}", ""
    return f"{said}{subject.among()}{ranked} (as of {as_of}; {definition}): {join(items, '; ')}."


CHANGE_DEFINITION = "the change as a percentage of the earlier year, rounded to 1 decimal"


def year_series(shape: plans.GroupCount, people: str, pairs: list[tuple[str, int]]) -> str:
    """Per hire year, each with its running total ("cumulative") or its change."""
    return running_totals(people, pairs) if shape.cumulative else year_changes(shape, people, pairs)


def running_totals(people: str, pairs: list[tuple[str, int]]) -> str:
    """ "2010 33 (33 so far); 2011 31 (64 so far)": a year with no hires has no row and adds 0."""
    if not pairs:
        return f"There are no {people.lower()}, so there is no running total."
    totals = itertools.accumulate(count for _, count in pairs)
    said = [
        f"{year} {count} ({total} so far)"
        for (year, count), total in zip(pairs, totals, strict=True)
    ]
    return f"{people} per hire year, each with the running total up to it: {join(said, '; ')}."


def year_changes(shape: plans.GroupCount, people: str, pairs: list[tuple[str, int]]) -> str:
    """ "From 2022 to 2023: 34 to 20, a change of -14 (-41.2%)"; per year, each year's change
    from the year before (a year with no hires has no row: the next one says so)."""
    years = [(int(year), count) for year, count in pairs]
    if shape.compared:
        (first, before), (last, after) = years[0], years[-1]
        return (
            f"{people} per hire year: {first} {before} and {last} {after}. From {first} to "
            f"{last}: {before} to {after}, a change of {_change(before, after)} "
            f"({CHANGE_DEFINITION})."
        )
    said = [f"{years[0][0]} {years[0][1]}"]
    for (year, before), (next_year, after) in itertools.pairwise(years):
        if next_year == year + 1:
            said.append(f"{next_year} {after} ({_change(before, after)})")
        else:
            said.append(f"{next_year} {after} (no hires in {next_year - 1})")
    return (
        f"{people} per hire year, each with its change from the year before "
        f"({CHANGE_DEFINITION}): {join(said, '; ')}. A year with no hires has no row: of the "
        f"years asked about, the last with any is {years[-1][0]}."
    )


def _change(before: int, after: int) -> str:
    percent = f"{100 * (after - before) / before:+.1f}%" if before else "n/a"
    return f"{after - before:+d}, {percent}"


def median_hire_date(shape: plans.MedianHireDate, subject: Subject, rows: Rows) -> str:
    """ "The median hire date is 2016-05-02 (the middle of 63)"; for an even count the two
    middle dates, and the median between them."""
    if shape.mean:
        return _average_hire_year(shape, subject, rows)
    groups: dict[str, Rows] = {}
    for row in rows:
        label = group_label(shape.key, row[shape.key]) if shape.key else ""
        groups.setdefault(label, []).append(row)
    if not groups:
        return f"No one matches, so there is no median hire date{subject.among()}."
    middle = _middle_years if shape.year else _middle_dates
    said = [f"{label + ' ' if label else ''}{middle(found)}" for label, found in groups.items()]
    what = "median hire year" if shape.year else "median hire date"
    if shape.key is None:
        return f"The {what}{subject.among()} is {said[0]}."
    return f"{capfirst(what)} per {key_words(shape.key)}{subject.among()}: {join(said, '; ')}."


def _average_hire_year(shape: plans.MedianHireDate, subject: Subject, rows: Rows) -> str:
    """ "The average hire year among employees in Sales is 2015.5 (66 employees; the mean of
    their hire years, rounded to 1 decimal)."."""
    counted = [row for row in rows if row[AVERAGE_HIRE_YEAR_ALIAS] is not None]
    if not counted:
        return f"No one matches, so there is no average hire year{subject.among()}."
    how = "the mean of their hire years, rounded to 1 decimal"
    if shape.key is None:
        (row,) = counted
        year, count = one_decimal(row[AVERAGE_HIRE_YEAR_ALIAS]), row[COUNT_ALIAS]
        return f"The average hire year{subject.among()} is {year} ({count} employees; {how})."
    said = [
        f"{group_label(shape.key, row[shape.key])} {one_decimal(row[AVERAGE_HIRE_YEAR_ALIAS])}"
        for row in counted
    ]
    per = key_words(shape.key)
    return f"Average hire year per {per}{subject.among()} ({how}): {listing(said)}."


def _middle_years(rows: Rows) -> str:
    """ "2016 (the year of the middle one of 63 hire dates, 2016-05-02)"; two middle dates in
    two years: "between 2016 and 2017"."""
    dates = [str(row["hire_date"]) for row in rows]
    count = int(rows[0][COUNT_ALIAS])
    first, last = dates[0][:4], dates[-1][:4]
    years = first if first == last else f"between {first} and {last}"
    if len(dates) == 1 or dates[0] == dates[-1]:
        return f"{years} (the year of the middle one of {count} hire dates, {dates[0]})"
    return f"{years} (the two middle ones of {count} hire dates are {dates[0]} and {dates[-1]})"


def _middle_dates(rows: Rows) -> str:
    dates = [str(row["hire_date"]) for row in rows]
    count = int(rows[0][COUNT_ALIAS])
    if len(dates) == 1 or dates[0] == dates[-1]:
        return f"{dates[0]} (the middle of {count} hire dates)"
    return (
        f"between {dates[0]} and {dates[-1]} (the two middle ones of {count} hire dates; an "
        "even count has no single middle date)"
    )


def average_group_size(shape: plans.AverageGroupSize, subject: Subject, rows: Rows) -> str:
    """ "On average 71.4 employees per department: 500 over the 7 departments"; when some of the
    groups (periods) have none, both averages, each with what it divides by."""
    row = rows[0] if rows else {}
    total = int(row.get(COUNT_ALIAS) or 0)
    groups, with_any = int(row.get(GROUP_SIZE_ALIAS) or 0), int(row.get(WITH_ANY_ALIAS) or 0)
    people = subject.phrase(2)
    key = shape.key.removeprefix("hire_") if shape.key.startswith("hire_") else key_words(shape.key)
    if groups <= 0:
        return f"There are no {people}, so there is no average per {key}."
    first, last = (_period_label(shape, row.get(end)) for end in ("first_group", "last_group"))
    span = f" from {first} to {last}" if shape.key.startswith("hire_") and groups > 1 else ""
    if with_any == groups:
        return (
            f"On average {_decimal(row.get(AVERAGE_ALIAS))} {people} per {key}: {total} over the "
            f"{groups} {_plural(key, groups)}{span} (rounded to 1 decimal)."
        )
    return (
        f"{capfirst(people)}: {total} in all. Per {key} on average, counting all {groups} "
        f"{_plural(key, groups)}{span}, of which {groups - with_any} had none: "
        f"{_decimal(row.get(AVERAGE_ALIAS))}; counting only the {with_any} {_plural(key, with_any)}"
        f" with any: {_decimal(row.get(AVERAGE_ANY_ALIAS) or 0)} (rounded to 1 decimal)."
    )


def _decimal(value: object) -> str:
    return "no average" if value is None else one_decimal(value)


def _period_label(shape: plans.AverageGroupSize, value: object) -> str:
    if not shape.each_year or value is None:
        return group_label(shape.key, value)
    year, period = divmod(int(str(value)), plans.PERIODS_IN_A_YEAR[shape.key])
    return f"{group_label(shape.key, period + 1)} {year}"


def _plural(word: str, count: int) -> str:
    return word if count == 1 else f"{word}s"


def share(shape: plans.Share, subject: Subject, rows: Rows) -> str:
    if shape.key is not None:
        return _group_share(shape, subject, rows)
    if shape.each_whole:
        return _share_of_each(shape, subject, rows[0] if rows else {})
    row = rows[0] if rows else {}
    part = Subject(shape.part).phrase(2)
    whole = subject.phrase(2)
    total = int(row.get("total_count") or 0)
    if total == 0:
        return f"There are no {whole}, so there is no percentage to give."
    matching = int(row.get("matching_count") or 0)
    said = part.removeprefix("employees ")
    verb = "are"
    if said.startswith("with "):  # "have a gmail address"
        verb, said = "have", said.removeprefix("with ")
    elif said.startswith(("whose", "named")):
        verb = "are those"
    elif said.startswith("who are "):  # "who are not Interns"
        said = said.removeprefix("who are ")
    return (
        f"{row.get(SHARE_ALIAS)}% of {whole} {verb} {said}: {matching} of {total} "
        f"({SHARE_DEFINITION})."
    )


def _share_of_each(shape: plans.Share, subject: Subject, row: dict[str, object]) -> str:
    """ "9 Contractors in Engineering: 12.2% of the 74 employees in Engineering and 14.1% of
    the 64 Contractors", the later-said condition (the place, usually) first."""
    both = Subject((*subject.filters, *shape.part))
    matching = int(str(row.get("matching_count") or 0))
    shares = [
        f"{row.get(f'share_of_{index}') or 0}% of the {row.get(f'whole_{index}_count') or 0} "
        f"{Subject((*subject.filters, condition)).phrase(2)}"
        for index, condition in reversed(list(enumerate(shape.part, start=1)))
    ]
    return (
        f"{matching} {both.phrase(matching)}: {join(shares)} ({SHARE_DEFINITION}; which of "
        "them is the whole was not said, so both are given)."
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
    listed = f"({SHARE_DEFINITION}): {join(items, '; ')}."
    if shape.extreme is None:
        ranked = f", {shape.ranked} share first" if shape.ranked else ""
        return f"{capfirst(part)} per {group_word}{subject.among()}{ranked} {listed}"
    groups = join([group_label(shape.key, row[shape.key]) for row in rows])
    has = "has" if len(rows) == 1 else "have"
    which = "highest" if shape.extreme == "max" else "lowest"
    return f"{groups} {has} the {which} share of {part}{subject.among()} {listed}"


def group_hire_extreme(shape: plans.GroupHireExtreme, subject: Subject, rows: Rows) -> str:
    which = "most recent" if shape.latest else "earliest"
    which = which if shape.limit is None else f"{shape.limit} {which}"
    groups: dict[str, list[str]] = {}
    for row in rows:
        person = f"{row.get('first_name')} {row.get('last_name')} (hired {row.get('hire_date')})"
        groups.setdefault(group_label(shape.key, row.get(shape.key)), []).append(person)
    items = [f"{group}: {join(people)}" for group, people in groups.items()]
    if shape.limit is None:
        hires, ties = "hire", "everyone hired on that date when several were"
    else:
        hires = "hires"
        ties = f"with anyone hired the same day as the {_ordinal(shape.limit)} of them"
    return (
        f"The {which} {hires}{subject.among()} in each {key_words(shape.key)} ({ties}): "
        f"{join(items, '; ')}."
    )


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


HIRED_IN = {"hire_weekday": "on a", "hire_month": "in", "hire_quarter": "in", "hire_year": "in"}


def when_named_people_were_hired(
    shape: plans.GroupCount, subject: Subject, pairs: list[tuple[str, int]]
) -> str | None:
    """ "The employee named Sven O'Hara was hired on a Tuesday": a named person's hire weekday,
    month, quarter or year (with several of that name, each group and how many)."""
    asked = (shape.extreme, shape.having, shape.limit, shape.place, shape.order, shape.change)
    named = any(map(names_someone, subject.filters))
    if shape.key not in HIRED_IN or any(asked) or shape.compared or not pairs or not named:
        return None
    said = HIRED_IN[shape.key]
    total = sum(count for _, count in pairs)
    if total == 1:
        return f"The {subject.phrase(1)} was hired {said} {pairs[0][0]}."
    groups = listing([f"{said} {name} ({count})" for name, count in pairs])
    return f"The {total} {subject.phrase(2)} were hired {groups}."


def quarters_named_people_were_hired(
    shape: plans.CrossCount, subject: Subject, rows: Rows
) -> str | None:
    """ "The employee named Albert Pfeffer was hired in Q4 2013": a named person's hire quarter
    with its year (with several of that name, each quarter and how many)."""
    named = any(map(names_someone, subject.filters))
    if (shape.key, shape.then) != ("hire_year", "hire_quarter") or shape.having or not named:
        return None
    pairs = [(f"Q{row['hire_quarter']} {row['hire_year']}", int(row[COUNT_ALIAS])) for row in rows]
    return when_named_people_were_hired(plans.GroupCount("hire_quarter"), subject, pairs)


def most_within_each(shape: plans.CrossCount, people: str, rows: Rows) -> str:
    """ "The title with the most employees in each department: Accounting: Contractor (17);
    Customer Service: President and Vice-President (12 each); ..."."""
    named: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for row in rows:
        group = group_label(shape.key, row[shape.key])
        named.setdefault(group, []).append(group_label(shape.then, row[shape.then]))
        counts[group] = int(row[COUNT_ALIAS])
    each = [
        f"{group}: {join(values)} ({counts[group]}{' each' * (len(values) > 1)})"
        for group, values in named.items()
    ]
    said = f"{key_words(shape.then)} with the most {people} in each {key_words(shape.key)}"
    return f"The {said}: {'; '.join(each)}."


def pairs_named(shape: plans.CrossCount, rows: Rows) -> list[tuple[str, int]]:
    """Each pair of values said as one ("Accounting Contractor"; "September 2015", the month or
    quarter before its year), with its count."""
    month_of_a_year = shape.key == "hire_year" and shape.then in ("hire_month", "hire_quarter")
    pairs = []
    for row in rows:
        labels = [group_label(key, row[key]) for key in (shape.key, shape.then)]
        pairs.append((" ".join(labels[::-1] if month_of_a_year else labels), int(row[COUNT_ALIAS])))
    return pairs


def both_ends(shape: plans.GroupCount, pairs: list[tuple[str, int]]) -> str:
    """ "Which title is most and least common?": every group, most first, then both ends
    named, and how far apart they are (" The most: Junior Executive (78); the fewest: Associate
    (45); a difference of 33.")."""
    if not shape.ends or not pairs:
        return ""
    top, bottom = pairs[0][1], pairs[-1][1]
    if top == bottom:
        return f" Every {key_words(shape.key)} has the same number ({top})."
    most, fewest = ([name for name, count in pairs if count == end] for end in (top, bottom))
    return (
        f" The most: {join(most)} ({top}{' each' * (len(most) > 1)}); the fewest: "
        f"{join(fewest)} ({bottom}{' each' * (len(fewest) > 1)}); a difference of {top - bottom}."
    )


def hired_apart(shape: plans.PeopleList, rows: Rows) -> str:
    """ "Was X hired before or after Y?": the two hire dates asked for, and which came first
    (" Elsa Stoltenberg was hired first, 1,211 days before Archibald Kuvalis.")."""
    if set(shape.fields or ()) != {"first_name", "last_name", "hire_date"} or len(rows) != 2:
        return ""
    first, second = sorted(rows, key=lambda row: str(row["hire_date"]))
    names = [f"{row['first_name']} {row['last_name']}" for row in (first, second)]
    if names[0] == names[1]:
        return ""
    days = (
        dt.date.fromisoformat(str(second["hire_date"])[:10])
        - dt.date.fromisoformat(str(first["hire_date"])[:10])
    ).days
    if not days:
        return f" {names[0]} and {names[1]} were hired the same day."
    apart = f"{days:,} day{'' if days == 1 else 's'}"
    return f" {names[0]} was hired first, {apart} before {names[1]}."


def time_before(day: str, today: dt.date) -> str:
    """ ", 1,180 days before 2026-12-04 (3 years, 2 months and 23 days)": calendar years and
    months, then days."""
    then = dt.date.fromisoformat(day[:10])
    days = (today - then).days
    if days < 0:
        return f", {-days:,} days after {today.isoformat()}"
    apart = relativedelta(today, then)
    parts = [(apart.years, "year"), (apart.months, "month"), (apart.days, "day")]
    said = join([f"{count} {unit}{'' if count == 1 else 's'}" for count, unit in parts if count])
    calendar = f" ({said})" if apart.years or apart.months else ""
    return f", {days:,} day{'' if days == 1 else 's'} before {today.isoformat()}{calendar}"


def groups_against_average(shape: plans.GroupCount, subject: Subject, rows: Rows) -> str:
    """ "3 departments have more employees than the average department (71.4): ..."."""
    clauses = " ".join(subject.clauses)
    people = subject.noun(2) + (f" {clauses}" if clauses else "")
    counts = [f"{group_label(shape.key, row[shape.key])} {row[COUNT_ALIAS]}" for row in rows]
    group_word = key_words(shape.key)
    more = "more" if shape.against_average == ">" else "fewer"
    if not rows:
        return f"No {group_word} has {more} {people} than the average {group_word}."
    average = one_decimal(rows[0][AVERAGE_ALIAS])
    groups = f"1 {group_word} has" if len(rows) == 1 else f"{len(rows)} {group_word}s have"
    return (
        f"{groups} {more} {people} than the average {group_word} ({average}, every "
        f"{group_word} counted, rounded to 1 decimal): {listing(counts)}."
    )


def order_asked(shape: plans.GroupCount, subject: Subject, groups: list[str]) -> list[str]:
    """The groups compared, in the order the question named them ("managers to interns",
    "gmail to yahoo": gmail.com, yahoo.com); none when it named them otherwise."""
    said = _named_in_order(shape, subject)
    named = [
        group
        for name in said
        for group in groups
        if group == name or group.partition(".")[0] == name.lower()  # "gmail": gmail.com
    ]
    return named if len(named) == len(groups) else []


def _named_in_order(shape: plans.GroupCount, subject: Subject) -> list[str]:
    if shape.periods:
        return [period_label(period) for period in shape.periods]
    for condition in subject.filters:
        if isinstance(condition, plans.ValueFilter) and condition.column == shape.key:
            return list(condition.values)
        if isinstance(condition, plans.AnyOf) and shape.key == "email_domain":
            return [o.shown for o in condition.options if isinstance(o, plans.TextFilter)]
    return []
