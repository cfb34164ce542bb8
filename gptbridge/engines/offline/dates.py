"""Periods of hire dates, as inclusive [start, end] days, with the words that name them.

Month arithmetic is python-dateutil's `relativedelta` (Feb 29 minus a year is Feb 28). Nothing
is guessed from "now" except what the question says relative to `today`.
"""

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from gptbridge.engines.offline.words import MONTH_NAMES

DAY = dt.timedelta(days=1)
UNITS: dict[str, relativedelta] = {
    "day": relativedelta(days=1),
    "week": relativedelta(weeks=1),
    "month": relativedelta(months=1),
    "quarter": relativedelta(months=3),
    "year": relativedelta(years=1),
    "decade": relativedelta(years=10),
}


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    label: str  # "in March 2021", "in 2019"


def year(value: int) -> Period:
    return Period(dt.date(value, 1, 1), dt.date(value, 12, 31), f"in {value}")


def month(value_year: int, value_month: int) -> Period:
    start = dt.date(value_year, value_month, 1)
    end = start + relativedelta(months=1) - DAY
    return Period(start, end, f"in {MONTH_NAMES[value_month]} {value_year}")


def quarter(value_year: int, number: int) -> Period:
    start = dt.date(value_year, 3 * number - 2, 1)
    return Period(start, start + relativedelta(months=3) - DAY, f"in Q{number} {value_year}")


def half(value_year: int, number: int) -> Period:
    start = dt.date(value_year, 1 if number == 1 else 7, 1)
    which = "first" if number == 1 else "second"
    return Period(
        start, start + relativedelta(months=6) - DAY, f"in the {which} half of {value_year}"
    )


def months(value_year: int, numbers: tuple[int, ...], name: str) -> Period:
    start = dt.date(value_year, numbers[0], 1)
    end = dt.date(value_year, numbers[-1], 1) + relativedelta(months=1) - DAY
    return Period(start, end, f"in {name} {value_year}")


def day(value: dt.date) -> Period:
    return Period(value, value, f"on {value.isoformat()}")


def decade(value: int) -> Period:
    first = value if value >= 100 else (1900 + value if value >= 30 else 2000 + value)
    first -= first % 10
    return Period(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), f"in the {first}s")


def units(unit: str, count: int) -> relativedelta:
    step = UNITS[unit]
    return relativedelta(
        years=step.years * count, months=step.months * count, days=step.days * count
    )


def unit_words(unit: str, count: int) -> str:
    return f"{count} {unit}" + ("" if count == 1 else "s")


def previous(unit: str, today: dt.date) -> Period:
    """The calendar unit before the current one ("last year", "last month")."""
    if unit == "year":
        return Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31), "last year")
    if unit == "quarter":
        start = current_start("quarter", today) - relativedelta(months=3)
        return Period(start, current_start("quarter", today) - DAY, "last quarter")
    if unit == "week":
        start = current_start("week", today) - dt.timedelta(days=7)
        return Period(start, start + dt.timedelta(days=6), "last week")
    if unit == "day":
        return Period(today - DAY, today - DAY, "yesterday")
    start = current_start("month", today) - relativedelta(months=1)
    return Period(start, current_start("month", today) - DAY, "last month")


def current_start(unit: str, today: dt.date) -> dt.date:
    if unit == "year":
        return dt.date(today.year, 1, 1)
    if unit == "quarter":
        return dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    if unit == "week":
        return today - dt.timedelta(days=today.weekday())
    if unit == "day":
        return today
    return dt.date(today.year, today.month, 1)


def current(unit: str, today: dt.date) -> Period:
    """This calendar unit so far ("this year": January 1 to today)."""
    return Period(current_start(unit, today), today, f"this {unit}")
