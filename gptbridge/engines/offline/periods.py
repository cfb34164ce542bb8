"""Hire-date phrases of the grammar -> hire-date filters over inclusive [start, end] days.

Registered with `meaning.HANDLERS`. Month arithmetic is python-dateutil's `relativedelta` (Feb 29
minus a year is Feb 28). Nothing is guessed from "now" except what the question says relative to
`today` ("last month", "in the past 3 years", "more than 10 years of service").
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.relativedelta import MO, relativedelta
from lark import Token, Tree

from gptbridge.engines.offline.meaning import (
    Children,
    Context,
    NotUnderstood,
    NotUsed,
    Part,
    node_text,
    register,
)
from gptbridge.engines.offline.plan import DateFilter, DatePartFilter, in_one_year, one_whole_year
from gptbridge.engines.offline.words import MONTH_NAMES, PHRASES, season_name

DAY = dt.timedelta(days=1)
UNITS: dict[str, relativedelta] = {
    unit: relativedelta(**{field: amount}) for unit, (field, amount) in PHRASES["units"].items()
}
# The first day of the calendar unit `today` is in.
UNIT_START: dict[str, Callable[[dt.date], dt.date]] = {
    "day": lambda today: today,
    "week": lambda today: today + relativedelta(weekday=MO(-1)),
    "month": lambda today: today + relativedelta(day=1),
    "quarter": lambda today: today + relativedelta(month=3 * ((today.month - 1) // 3) + 1, day=1),
    "year": lambda today: today + relativedelta(month=1, day=1),
}
SERVICE: dict[str, tuple[int, bool]] = PHRASES["service"]


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    label: str  # "in March 2021", "in 2019"


def months(value_year: int, first: int, count: int, label: str) -> Period:
    """`count` calendar months from month `first` of `value_year`."""
    start = dt.date(value_year, first, 1)
    return Period(start, start + relativedelta(months=count) - DAY, label)


def year(value: int) -> Period:
    return months(value, 1, 12, f"in {value}")


def month(value_year: int, value_month: int) -> Period:
    return months(value_year, value_month, 1, f"in {MONTH_NAMES[value_month]} {value_year}")


def quarter(value_year: int, number: int) -> Period:
    return months(value_year, 3 * number - 2, 3, f"in Q{number} {value_year}")


def half(value_year: int, number: int) -> Period:
    which = "first" if number == 1 else "second"
    return months(value_year, 6 * number - 5, 6, f"in the {which} half of {value_year}")


def day(value: dt.date) -> Period:
    return Period(value, value, f"on {value.isoformat()}")


def decade(value: int) -> Period:
    first = value if value >= 100 else (1900 + value if value >= 30 else 2000 + value)
    first -= first % 10
    return Period(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), f"in the {first}s")


def unit_words(unit: str, count: int) -> str:
    return f"{count} {unit}" + ("" if count == 1 else "s")


def previous(unit: str, today: dt.date) -> Period:
    """The calendar unit before the current one ("last year", "last month", "yesterday")."""
    start = UNIT_START[unit](today)
    return Period(
        start - UNITS[unit], start - DAY, "yesterday" if unit == "day" else f"last {unit}"
    )


def last_season(season: tuple[int, ...], today: dt.date) -> Period:
    """The latest whole season that ended before `today` ("last winter" on 2026-12-02:
    December 2025 to February 2026)."""
    first, final = MONTH_NAMES[season[0]], MONTH_NAMES[season[-1]]
    for start_year in (today.year, today.year - 1):
        found = months(start_year, season[0], len(season), "")
        if found.end < today:
            break
    said = f"{first} {found.start.year} to {final} {found.end.year}"
    return Period(found.start, found.end, f"last {season_name(season)} ({said})")


def current(unit: str, today: dt.date) -> Period:
    """This calendar unit so far ("this year": January 1 to today)."""
    return Period(UNIT_START[unit](today), today, f"this {unit}")


def date_filter(start: dt.date | None, end: dt.date | None, label: str) -> Part:
    return Part("filter", DateFilter(start, end, label), label)


# --- periods the question names --------------------------------------------------------------


def period(node: Tree[Token], context: Context) -> Period:
    inner = Children(node, context.lexemes)
    if node.data in ("half", "quarter_of"):
        ordinal = inner.tree()
        assert ordinal is not None
        number = _ordinal(ordinal, context)
        value_year = inner.token("YEARNUM")
        inner.finish()
        assert value_year is not None
        if node.data == "half" and number in (1, 2):
            return half(value_year.payload, number)
        if node.data == "quarter_of" and 1 <= number <= 4:
            return quarter(value_year.payload, number)
        raise NotUsed(value_year.text)
    if node.data in ("months_opening", "months_closing"):
        return _months_at_an_end(node.data == "months_closing", inner)
    if node.data in ("month_previous", "month_current"):
        return _named_month(node.data == "month_previous", inner, context.today)
    if node.data in ("period_previous", "period_current"):
        unit = _unit(inner)
        inner.finish()
        if unit not in UNIT_START:  # "since last decade": which ten years?
            raise NotUsed(unit)
        return (previous if node.data == "period_previous" else current)(unit, context.today)
    lexeme = inner.token()
    inner.finish()
    assert lexeme is not None
    return _period_of(lexeme.terminal, lexeme.payload)


def _months_at_an_end(closing: bool, inner: Children) -> Period:
    """ "the first 3 months of 2019" (January to March), "the last month of 2020" (December)."""
    counted = inner.token("NUMBER")
    value_year = inner.token("YEARNUM")
    inner.finish()
    assert value_year is not None
    count = counted.payload if counted is not None else 1
    if not 1 <= count <= 12:
        raise NotUsed(counted.text if counted is not None else value_year.text)
    which = "last" if closing else "first"
    said = f"the {which} month" if count == 1 else f"the {which} {count} months"
    first = 13 - count if closing else 1
    return months(value_year.payload, first, count, f"in {said} of {value_year.payload}")


def _period_of(terminal: str, payload: object) -> Period:
    if terminal == "YEARNUM" and isinstance(payload, int):
        return year(payload)
    if terminal == "DATE" and isinstance(payload, dt.date):
        return day(payload)
    if terminal == "DECADENUM" and isinstance(payload, int):
        return decade(payload)
    assert isinstance(payload, tuple)
    kind, value_year, value = payload
    if kind == "month":
        return month(value_year, value)
    if kind == "quarter":
        return quarter(value_year, value)
    spelled = f"{MONTH_NAMES[value[0]]} to {MONTH_NAMES[value[-1]]}"  # "summer 2020" says which
    return months(
        value_year, value[0], len(value), f"in {season_name(value)} {value_year} ({spelled})"
    )


@register("date_day_of_month")
def _day_of_month(kind: str, children: Children, context: Context) -> Part:
    """ "on the 1st of a month", "the first day of the month": that day of any month."""
    node = children.tree()
    assert node is not None
    day = _ordinal(node, context)
    if not 1 <= day <= 31:
        raise NotUsed(str(day))
    label = f"on day {day} of a month (any month)"
    return Part("filter", DatePartFilter("day", (day,), label), label)


def _ordinal(node: Tree[Token], context: Context) -> int:
    inner = Children(node, context.lexemes)
    number = inner.token("NUMBER") or inner.token("ORDINAL")
    inner.finish()
    if node.data in ("ordinal_1", "ordinal_2"):
        return int(str(node.data)[-1])
    assert number is not None
    return int(number.payload)


def _named_month(previous: bool, inner: Children, today: dt.date) -> Period:
    """ "last March": the latest March before today's month; "this March": this year's."""
    name = inner.token("MONTHNAME")
    inner.finish()
    assert name is not None
    value_year = today.year
    if previous and name.payload >= today.month:
        value_year -= 1
    said = f"{'last' if previous else 'this'} {MONTH_NAMES[name.payload]}"
    return months(value_year, name.payload, 1, f"{said} ({MONTH_NAMES[name.payload]} {value_year})")


PERIOD_NODES = (
    "period",
    "month_previous",
    "month_current",
    "half",
    "quarter_of",
    "months_opening",
    "months_closing",
    "period_previous",
    "period_current",
)


def _periods(children: Children, context: Context) -> list[Period]:
    found = []
    while (node := children.tree(*PERIOD_NODES)) is not None:
        found.append(period(node, context))
    return found


@register("date_in", "date_before", "date_after", "date_since", "date_until")
def _bounded(kind: str, children: Children, context: Context) -> Part:
    (found,) = _periods(children, context)
    if kind == "date_in":
        return date_filter(found.start, found.end, found.label)
    start, end, said = {
        "date_before": (None, found.start - DAY, "before"),
        "date_after": (found.end + DAY, None, "after"),
        "date_since": (found.start, None, "since"),
        "date_until": (None, found.end, "no later than"),
    }[kind]
    return date_filter(start, end, f"{said} {_bare(found.label)}")


@register("date_range")
def _date_range(kind: str, children: Children, context: Context) -> Part:
    first, last = _periods(children, context)
    if last.end < first.start:
        raise NotUsed(last.label)
    part_of_a_year = in_one_year(first.start, first.end) and not one_whole_year(
        first.start, first.end
    )
    if part_of_a_year and one_whole_year(last.start, last.end):  # "between March 2019 and 2020"
        said = f"{_bare(first.label)} to {_bare(last.label)}"
        raise NotUnderstood([said], "to the same part of the later year, or to its end? say it")
    label = f"between {_bare(first.label)} and {_bare(last.label)}"
    return date_filter(first.start, last.end, label)


@register("date_window_ending", "date_window_before", "date_window_after")
def _window(kind: str, children: Children, context: Context) -> Part:
    """ "the 12 months to 2023-09-11" (its last day included), "the 90 days before / after
    June 2020" (the period itself left out): N units that end or start at a named date."""
    number = children.token("NUMBER")
    assert number is not None
    unit, count = _unit(children), int(number.payload)
    length = UNITS[unit] * count
    (found,) = _periods(children, context)
    try:
        start, end, said = {
            "date_window_ending": (found.end - length + DAY, found.end, "to"),
            "date_window_before": (found.start - length, found.start - DAY, "before"),
            "date_window_after": (found.end + DAY, found.end + length, "after"),
        }[kind]
    except (ValueError, OverflowError):  # "the 99999 years before 2020"
        raise NotUsed(number.text) from None
    return date_filter(start, end, f"in the {unit_words(unit, count)} {said} {_bare(found.label)}")


def _bare(label: str) -> str:
    return label.removeprefix("in ").removeprefix("on ")


# --- periods relative to today -----------------------------------------------------------------


def _unit(children: Children) -> str:
    unit = children.label(*(f"unit_{name}" for name in UNITS))
    assert unit is not None
    return unit.removeprefix("unit_")


def before(today: dt.date, unit: str, count: int) -> dt.date:
    """`count` units before today; an amount reaching past the calendar is not understood."""
    try:
        return today - UNITS[unit] * count
    except (ValueError, OverflowError):  # "in the past 99999 years"
        raise NotUsed(unit_words(unit, count)) from None


def tenure_filter(comparison: str, count: int, unit: str, today: dt.date, label: str = "") -> Part:
    """ "more than N years" of service: hired before the day N years ago, and so on."""
    shift, longer = SERVICE[comparison]
    boundary = before(today, unit, count) + shift * DAY
    said = comparison.replace("_", " ")
    label = label or f"with {said} {unit_words(unit, count)} of service"
    return date_filter(None, boundary, label) if longer else date_filter(boundary, None, label)


@register(
    "date_recent",
    "date_recent_strict",
    "date_tenure_more",
    "date_tenure",
    "date_tenure_at_least",
    "date_tenure_at_most",
)
def _relative(kind: str, children: Children, context: Context) -> Part:
    """ "in the past 3 years", "less/more than 2 years ago", "(at least) 5 years of service"."""
    compared = children.tree("more_than", "at_least", "less_than", "at_most", "exactly")
    comparison = str(compared.data) if compared is not None else None
    said = node_text(compared, context) if compared is not None else ""
    number = children.token("NUMBER")
    if number is None and _said_after_a_number(said):
        raise NotUsed(said)  # "10 or more years": never "10" and "at least a year"
    count = int(number.payload) if number is not None else 1
    unit = _unit(children)
    amount = unit_words(unit, count)
    if kind == "date_recent":
        start = before(context.today, unit, count)
        recent = unit if count == 1 else amount  # "in the last decade", not "1 decade"
        return date_filter(start, context.today, f"in the last {recent}")
    if kind == "date_recent_strict":
        return tenure_filter("less_than", count, unit, context.today, f"less than {amount} ago")
    if kind == "date_tenure_more":
        return tenure_filter("more_than", count, unit, context.today, f"more than {amount} ago")
    comparison = comparison or ("at_most" if kind == "date_tenure_at_most" else "at_least")
    if comparison == "exactly":
        return _full_units(count, unit, context.today)
    return tenure_filter(comparison, count, unit, context.today)


def _said_after_a_number(said: str) -> bool:
    """ "or more", "or less", "+": a bound said after its number ("a year or more")."""
    return said.lower().startswith(("or ", "and ")) or said == "+"


@register("date_tenure_between")
def _tenure_between(kind: str, children: Children, context: Context) -> Part:
    """ "between 5 and 10 years of service", "hired 2 to 5 years ago": both bounds included."""
    low, high = children.token("NUMBER"), children.token("NUMBER")
    assert low is not None
    unit = _unit(children)
    if high is None:  # "between 3 and years 5": the second bound is not said where it belongs
        raise NotUsed(unit)
    if high.payload <= low.payload:
        raise NotUsed(high.text)
    said = f"with {low.payload} to {unit_words(unit, high.payload)} of service"
    at_least = tenure_filter("at_least", low.payload, unit, context.today).value
    at_most = tenure_filter("at_most", high.payload, unit, context.today).value
    return date_filter(at_most.start, at_least.end, said)


def _full_units(count: int, unit: str, today: dt.date) -> Part:
    """ "exactly 5 years of service": 5 full years, at least 5 and less than 6 (a tenure of
    exactly 5 years to the day would be one hire date, which no one asking means)."""
    at_least = tenure_filter("at_least", count, unit, today).value
    under = tenure_filter("less_than", count + 1, unit, today).value
    said = f"with at least {count} and under {unit_words(unit, count + 1)} of service"
    return date_filter(under.start, at_least.end, said)


@register("date_previous", "date_current")
def _calendar_unit(kind: str, children: Children, context: Context) -> Part:
    """ "last month", "this year"; "the last decade" is the ten years up to today, "this
    decade" the calendar decade of today so far (the 2020s)."""
    unit = _unit(children)
    if unit == "decade" and kind == "date_current":
        found = decade(context.today.year)
        return date_filter(found.start, context.today, f"this decade ({found.label[3:]})")
    if unit == "decade":
        return date_filter(context.today - UNITS["decade"], context.today, "in the last decade")
    found = (previous if kind == "date_previous" else current)(unit, context.today)
    return date_filter(found.start, found.end, found.label)


@register("date_ago")
def _ago(kind: str, children: Children, context: Context) -> Part:
    """ "hired 5 years ago": the calendar year 5 years before this one (2021 on 2026-12-04), and
    "3 months ago", "2 weeks ago", "1 day ago" the calendar month, week or day; said so in the
    answer. "2 decades ago" has no calendar unit to name and is not understood; "a year ago" is
    not read (the grammar would also read "more than 12 | years ago")."""
    number = children.token("NUMBER")
    assert number is not None
    count = int(number.payload)
    unit = _unit(children)
    if unit not in UNIT_START or count < 1:
        raise NotUsed(unit_words(unit, count))
    then = UNIT_START[unit](before(context.today, unit, count))
    end = then + UNITS[unit] - DAY
    ago = f"{unit_words(unit, count)} ago"
    named = {
        "year": f"in {then.year}",
        "quarter": f"in Q{(then.month + 2) // 3} {then.year}",
        "month": f"in {MONTH_NAMES[then.month]} {then.year}",
        "week": f"in the week of {then.isoformat()}",
        "day": f"on {then.isoformat()}",
    }[unit]
    return date_filter(then, end, f"{named} ({ago})")


@register("date_last_season")
def _last_season(kind: str, children: Children, context: Context) -> Part:
    """ "hired last spring": the latest whole spring, not "the last hires in any spring"."""
    lexeme = children.token("SEASONNAME")
    assert lexeme is not None
    found = last_season(tuple(lexeme.payload), context.today)
    return date_filter(found.start, found.end, found.label)


@register("date_this_season")
def _this_season(kind: str, children: Children, context: Context) -> Part:
    """ "hired this summer": that season of this year; "this winter" spans two years (which
    one?) and is refused."""
    lexeme = children.token("SEASONNAME")
    assert lexeme is not None
    season = tuple(lexeme.payload)
    if list(season) != sorted(season):
        raise NotUsed(lexeme.text)
    year = context.today.year
    found = months(year, season[0], len(season), f"this {season_name(season)} ({year})")
    return date_filter(found.start, found.end, found.label)
