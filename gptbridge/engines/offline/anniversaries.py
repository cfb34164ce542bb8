"""Work anniversaries -> hire-date filters: "an anniversary in December", "this week", "a 10-year
anniversary in 2027" (hired in 2017), "reaching 15 years of service during Q1 2027".

Registered with `meaning.HANDLERS`, like the other date phrases in `periods.py`. A work
anniversary is a hire date's month and day in an earlier year; an N-year one is the same days N
years before (python-dateutil's `relativedelta`: Feb 29 minus a year is Feb 28).
"""

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from gptbridge.engines.offline.meaning import (
    Children,
    Context,
    NotUnderstood,
    NotUsed,
    Part,
    register,
)
from gptbridge.engines.offline.periods import (
    DAY,
    PERIOD_NODES,
    UNIT_START,
    UNITS,
    Period,
    date_filter,
    period,
    year,
)
from gptbridge.engines.offline.plan import DateFilter, DatePartFilter, Filter, QueryPlan
from gptbridge.engines.offline.words import MONTH_NAMES

ANNIVERSARY_MONTH = "(their work anniversary month)"


@register("anniversary_month", "anniversary_next_month")
def _anniversary_month(kind: str, children: Children, context: Context) -> Part:
    """ "a work anniversary in December", "this month", "next month": hired in that month of
    any year."""
    month_said = children.token("MONTHNAME")
    number = month_said.payload if month_said is not None else context.today.month
    if kind == "anniversary_next_month":
        number = (context.today + relativedelta(months=1)).month
    label = f"in {MONTH_NAMES[number]} of any year {ANNIVERSARY_MONTH}"
    return Part("filter", DatePartFilter("month", (number,), label), label)


def in_the_years_month(
    positioned: list[tuple[int, Filter]], parts: list[Part]
) -> list[tuple[int, Filter]]:
    """ "an anniversary in December this year", "... of next year": the year said right after
    the month is the anniversary's, not the hire's, as in "an anniversary in December 2026"
    (hired in a December before it); "... among those hired in 2015" is a hire year."""
    said = [part.value for part in parts if not (part.kind == "prep" and part.text == "of")]
    for month, whole in itertools.pairwise(said):
        if not (isinstance(month, DatePartFilter) and isinstance(whole, DateFilter)):
            continue
        if _of_any_year(month) and whole.start and _a_whole_year(whole):
            anniversary = _before(month.values[0], whole.start.year)
            kept = [(at, c) for at, c in positioned if c is not whole]
            return [(at, anniversary if c is month else c) for at, c in kept]
    return positioned


def _before(month: int, year: int) -> DatePartFilter:
    label = f"in {MONTH_NAMES[month]} of a year before {year} {ANNIVERSARY_MONTH}"
    return DatePartFilter("month", (month,), label, before=dt.date(year, month, 1))


def _of_any_year(condition: DatePartFilter) -> bool:
    one_month = condition.part == "month" and len(condition.values) == 1
    return one_month and condition.label.endswith(ANNIVERSARY_MONTH) and condition.before is None


def _a_whole_year(condition: DateFilter) -> bool:
    """A calendar year, up to today if it is this one ("this year", "last year", "2027")."""
    start = condition.start
    january_first = start is not None and (start.month, start.day) == (1, 1)
    return not condition.negated and condition.in_one_year and january_first


@register("anniversary_month_of_year")
def _anniversary_month_of_year(kind: str, children: Children, context: Context) -> Part:
    """ "an anniversary in January 2027": hired in January of an earlier year (a hire of that
    January has no anniversary then)."""
    period = children.token("PERIOD")
    assert period is not None
    unit, year, month = period.payload
    if unit != "month":
        raise NotUsed(period.text)  # "an anniversary in Q1 2027": say the months
    condition = _before(month, year)
    return Part("filter", condition, condition.label)


# The first of the days, counted from today, how many days, and how the question said them.
ANNIVERSARY_DAYS: dict[str, Callable[[dt.date], tuple[dt.date, int, str]]] = {
    "anniversary_today": lambda today: (today, 1, "today"),
    "anniversary_tomorrow": lambda today: (today + DAY, 1, "tomorrow"),
    "anniversary_this_week": lambda today: (UNIT_START["week"](today), 7, "this week"),
    "anniversary_later_this_month": lambda today: (  # from today to the month's end
        today,
        (UNIT_START["month"](today) + UNITS["month"] - today).days,
        "later this month",
    ),
    "anniversary_next_week": lambda today: (
        UNIT_START["week"](today) + UNITS["week"],
        7,
        "next week",
    ),
}


@register(*ANNIVERSARY_DAYS)
def _anniversary_days(kind: str, children: Children, context: Context) -> Part:
    """ "work anniversaries today", "tomorrow", "this week" (Monday to Sunday), "next week":
    hired on one of those days of the year, in an earlier year."""
    first, count, said = ANNIVERSARY_DAYS[kind](context.today)
    days = [first + DAY * offset for offset in range(count)]
    first_day, last_day = (f"{MONTH_NAMES[d.month]} {d.day}" for d in (days[0], days[-1]))
    shown = f"on {first_day}" if count == 1 else f"between {first_day} and {last_day}"
    label = f"{shown} of an earlier year (their work anniversary is {said})"
    monthdays = tuple(sorted({d.month * 100 + d.day for d in days}))
    return Part("filter", DatePartFilter("monthday", monthdays, label, before=first), label)


@register("anniversary_years", "anniversary_next_year")
def _anniversary_years(kind: str, children: Children, context: Context) -> Part:
    """ "a 10-year anniversary in 2027", "who reaches 10 years next year": hired in 2017 (the
    whole year); "in Q1 2027", "in March 2027": hired in Q1 (March) 2017."""
    years = children.token("NUMBER") or children.token("ORDINAL")
    assert years is not None
    node = children.tree(*PERIOD_NODES)
    if node is not None and node.data in RELATIVE_PERIODS:  # "this year": its own rule
        raise NotUsed(years.text)
    on = year(context.today.year + (kind == "anniversary_next_year"))
    on = period(node, context) if node is not None else on
    if not 0 < years.payload <= on.start.year - 1900:
        raise NotUsed(years.text)
    hired = years_before(on, years.payload)
    said = f"their {years.payload}-year anniversary is {on.label}"
    label = f"{hired.label} ({said})"
    condition = DateFilter(hired.start, hired.end, label, anniversary=years.payload)
    return Part("filter", condition, label)


RELATIVE_PERIODS = ("period_previous", "period_current", "month_previous", "month_current")


def years_before(found: Period, count: int) -> Period:
    """The same days `count` years earlier ("Q1 2027" -> "Q1 2017"; February keeps its end)."""
    shift = relativedelta(years=count)
    start, end = found.start - shift, found.end + DAY - shift - DAY
    one_year = found.start.year == found.end.year and str(found.start.year) in found.label
    if one_year:
        return Period(start, end, found.label.replace(str(found.start.year), str(start.year)))
    return Period(start, end, f"between {start.isoformat()} and {end.isoformat()}")


@register("anniversary_years_today", "anniversary_years_tomorrow")
def _anniversary_years_on_a_day(kind: str, children: Children, context: Context) -> Part:
    """ "a 10-year anniversary today", "hired 10 years ago today": hired on this day 10 years
    before ("tomorrow": on tomorrow's date then)."""
    years = children.token("NUMBER")
    assert years is not None
    day, when = context.today, "today"
    if kind == "anniversary_years_tomorrow":
        day, when = day + DAY, "tomorrow"
    on = day - relativedelta(years=years.payload)
    if not 1900 < on.year <= context.today.year:
        raise NotUsed(years.text)
    said = f"their {years.payload}-year anniversary is {when}"
    return date_filter(on, on, f"on {on.isoformat()} ({said})")


@register("anniversary_this_month", "anniversary_years_next_month")
def _anniversary_this_month(kind: str, children: Children, context: Context) -> Part:
    """ "a 10-year anniversary this month": hired in this month, 10 years ago; "next month":
    hired in next month's month, 10 years before next month's year."""
    years = children.token("NUMBER")
    assert years is not None
    then = context.today.replace(day=1)
    when = "this month"
    if kind == "anniversary_years_next_month":
        then, when = then + relativedelta(months=1), "next month"
    on = then.year - years.payload
    if not 1900 < on <= context.today.year:
        raise NotUsed(years.text)
    start = dt.date(on, then.month, 1)
    end = start + relativedelta(months=1, days=-1)
    said = f"their {years.payload}-year anniversary is {when}"
    return date_filter(start, end, f"in {MONTH_NAMES[start.month]} {on} ({said})")


# Said of anniversaries that have come already: "how many have hit their 10-year anniversary in
# 2026", "... this year so far", "already celebrated".
SO_FAR = re.compile(
    r"\b(?:(?:have|has|'ve)\s+(?:already\s+)?(?:hit|reached|had|celebrated|passed|marked"
    r"|completed|crossed)|already|so\s+far|to\s+date|up\s+(?:un)?t(?:o|il)\s+(?:today|now)"
    r"|(?:un)?til+\s+(?:today|now))\b",
    re.IGNORECASE,
)


def anniversaries_so_far(question: str, plan: QueryPlan, today: dt.date) -> QueryPlan:
    """ "how many have hit their 10-year anniversary in 2026" (today 2026-12-06): only the
    anniversaries up to today, so the hires of 2016 up to 2016-12-06; without such words an
    anniversary year is the whole year ("who reaches 10 years in 2026")."""
    said = SO_FAR.search(question)
    if said is None:
        return plan
    filters = tuple(_up_to(condition, today, said.group()) for condition in plan.filters)
    return dataclasses.replace(plan, filters=filters)


def _up_to(condition: Filter, today: dt.date, said: str) -> Filter:
    if not isinstance(condition, DateFilter) or not condition.anniversary:
        return condition
    if condition.start is None or condition.end is None:  # an anniversary is a closed period
        return condition
    years = relativedelta(years=condition.anniversary)
    last = today - years
    if condition.start > last:  # "have hit their 10-year anniversary next year"
        raise NotUnderstood([said], f"none of those anniversaries has come by today, {today}")
    if condition.end <= last:
        return condition
    start = condition.start.isoformat()
    came = f"between {(condition.start + years).isoformat()} and {today.isoformat()}"
    label = f"between {start} and {last.isoformat()} (their {condition.anniversary}-year "
    label += f"anniversary is {came})"
    return dataclasses.replace(condition, end=last, label=label)
