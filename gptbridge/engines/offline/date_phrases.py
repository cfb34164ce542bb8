"""Date phrases of the grammar -> hire-date filters (registered with `meaning.HANDLERS`)."""

import datetime as dt

from lark import Token, Tree

from gptbridge.engines.offline import dates
from gptbridge.engines.offline.meaning import (
    Children,
    Context,
    NotUsed,
    Part,
    date_filter,
    register,
)
from gptbridge.engines.offline.words import SEASONS

DAY = dt.timedelta(days=1)


def period(node: Tree[Token], context: Context) -> dates.Period:
    inner = Children(node, context.lexemes)
    if node.data in ("half", "quarter_of"):
        ordinal = inner.tree()
        year = inner.token("YEARNUM")
        assert ordinal is not None
        assert year is not None
        number = _ordinal(ordinal, context)
        inner.finish()
        if node.data == "half" and number in (1, 2):
            return dates.half(year.payload, number)
        if node.data == "quarter_of" and 1 <= number <= 4:
            return dates.quarter(year.payload, number)
        raise NotUsed(year.text)
    lexeme = inner.any_token()
    inner.finish()
    assert lexeme is not None
    return _period_of(lexeme.terminal, lexeme.payload, lexeme.text)


def _period_of(terminal: str, payload: object, text: str) -> dates.Period:
    if terminal == "YEARNUM" and isinstance(payload, int):
        return dates.year(payload)
    if terminal == "DATE" and isinstance(payload, dt.date):
        return dates.day(payload)
    if terminal == "DECADENUM" and isinstance(payload, int):
        return dates.decade(payload)
    if terminal == "PERIOD" and isinstance(payload, tuple):
        kind, year, value = payload
        if kind == "month":
            return dates.month(year, value)
        if kind == "quarter":
            return dates.quarter(year, value)
        name = next(key for key, months in SEASONS.items() if months == value)
        return dates.months(year, value, name)
    raise NotUsed(text)


def _ordinal(node: Tree[Token], context: Context) -> int:
    inner = Children(node, context.lexemes)
    number = inner.token("NUMBER")
    inner.finish()
    if node.data == "ordinal_1":
        return 1
    if node.data == "ordinal_2":
        return 2
    assert number is not None
    return int(number.payload)


def _periods(children: Children, context: Context) -> list[dates.Period]:
    found = []
    while (node := children.tree("period", "half", "quarter_of")) is not None:
        found.append(period(node, context))
    return found


@register("date_in")
def _date_in(kind: str, children: Children, context: Context) -> Part:
    (found,) = _periods(children, context)
    return date_filter(found.start, found.end, found.label)


@register("date_before")
def _date_before(kind: str, children: Children, context: Context) -> Part:
    (found,) = _periods(children, context)
    return date_filter(None, found.start - DAY, "before " + _bare(found.label))


@register("date_after")
def _date_after(kind: str, children: Children, context: Context) -> Part:
    (found,) = _periods(children, context)
    return date_filter(found.end + DAY, None, "after " + _bare(found.label))


@register("date_since")
def _date_since(kind: str, children: Children, context: Context) -> Part:
    (found,) = _periods(children, context)
    return date_filter(found.start, None, "since " + _bare(found.label))


@register("date_until")
def _date_until(kind: str, children: Children, context: Context) -> Part:
    (found,) = _periods(children, context)
    return date_filter(None, found.end, "no later than " + _bare(found.label))


@register("date_range")
def _date_range(kind: str, children: Children, context: Context) -> Part:
    first, last = _periods(children, context)
    if last.end < first.start:
        raise NotUsed(last.label)
    label = f"between {_bare(first.label)} and {_bare(last.label)}"
    return date_filter(first.start, last.end, label)


def _bare(label: str) -> str:
    for prefix in ("in ", "on "):
        if label.startswith(prefix):
            return label[len(prefix) :]
    return label


def _unit(children: Children, context: Context) -> str:
    node = children.tree(
        "unit_day", "unit_week", "unit_month", "unit_year", "unit_decade", "unit_quarter"
    )
    assert node is not None
    Children(node, context.lexemes).finish()
    return str(node.data).removeprefix("unit_")


def _count(children: Children) -> int:
    number = children.token("NUMBER")
    return int(number.payload) if number is not None else 1


@register("date_recent")
def _date_recent(kind: str, children: Children, context: Context) -> Part:
    count = _count(children)
    unit = _unit(children, context)
    start = context.today - dates.units(unit, count)
    return date_filter(start, context.today, f"in the last {dates.unit_words(unit, count)}")


@register("date_recent_strict")
def _date_recent_strict(kind: str, children: Children, context: Context) -> Part:
    count = _count(children)
    unit = _unit(children, context)
    start = context.today - dates.units(unit, count) + DAY
    return date_filter(start, None, f"less than {dates.unit_words(unit, count)} ago")


@register("date_tenure_more")
def _date_tenure_more(kind: str, children: Children, context: Context) -> Part:
    count = _count(children)
    unit = _unit(children, context)
    end = context.today - dates.units(unit, count) - DAY
    return date_filter(None, end, f"more than {dates.unit_words(unit, count)} ago")


TENURE_LABELS = {
    "more_than": "more than",
    "at_least": "at least",
    "less_than": "less than",
    "at_most": "at most",
}


def tenure_filter(comparison: str, count: int, unit: str, today: dt.date) -> Part:
    """ "more than N years" of service: hired before the day N years ago, and so on."""
    boundary = today - dates.units(unit, count)
    label = f"with {TENURE_LABELS[comparison]} {dates.unit_words(unit, count)} of service"
    if comparison == "more_than":
        return date_filter(None, boundary - DAY, label)
    if comparison == "at_least":
        return date_filter(None, boundary, label)
    if comparison == "less_than":
        return date_filter(boundary + DAY, None, label)
    return date_filter(boundary, None, label)


@register("date_tenure")
def _date_tenure(kind: str, children: Children, context: Context) -> Part:
    compare = children.tree("more_than", "at_least", "less_than", "at_most", "exactly")
    assert compare is not None
    Children(compare, context.lexemes).finish()
    children.tree("tenure_tail")
    count = _count(children)
    unit = _unit(children, context)
    if compare.data == "exactly":
        raise NotUsed("exactly")
    return tenure_filter(str(compare.data), count, unit, context.today)


@register("date_tenure_at_least")
def _date_tenure_at_least(kind: str, children: Children, context: Context) -> Part:
    children.tree("tenure_tail")
    count = _count(children)
    unit = _unit(children, context)
    return tenure_filter("at_least", count, unit, context.today)


@register("date_previous")
def _date_previous(kind: str, children: Children, context: Context) -> Part:
    unit = _unit(children, context)
    if unit == "decade":  # "the last decade": the ten years up to today
        start = context.today - dates.units("decade", 1)
        return date_filter(start, context.today, "in the last decade")
    found = dates.previous(unit, context.today)
    return date_filter(found.start, found.end, found.label)


@register("date_current")
def _date_current(kind: str, children: Children, context: Context) -> Part:
    unit = _unit(children, context)
    if unit == "decade":
        raise NotUsed("decade")
    found = dates.current(unit, context.today)
    return date_filter(found.start, found.end, found.label)
