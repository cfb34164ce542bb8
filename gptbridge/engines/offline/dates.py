"""Hire-date phrases -> date filters, computed in Python from the question's "today".

hire_date is the directory's only date, so every date phrase is about it, whether or not the
question says "hired". Bounds are inclusive dates: "after 2018" starts on 2019-01-01, "before
March 2021" ends on 2021-02-28, "in the last 3 years" starts three years before today.
"""

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

from gptbridge.engines.offline.lexicon import MONTH_NAMES, MONTHS
from gptbridge.engines.offline.matching import (
    any_phrase_end,
    longest_phrase,
    norm_at,
    number_at,
    skip_words,
)
from gptbridge.engines.offline.plan import AnyOf, DateFilter, MonthFilter
from gptbridge.engines.offline.tokens import Token

MIN_YEAR, MAX_YEAR = 1900, 2100
Unit = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class Period:
    """An inclusive span of days named by the question ("2019", "March 2021", "last year")."""

    start: dt.date
    end: dt.date
    label: str


@dataclass(frozen=True)
class MonthOfYear:
    """A month without a year ("hired in March")."""

    month: int


@dataclass(frozen=True)
class DateMatch:
    filter: DateFilter | MonthFilter | AnyOf
    end: int
    closed: bool  # "in 2019": a span the date falls in, not a bound such as "after 2019"
    unclear: str = ""  # set when the words have two readings; the question is then refused


def _phrases(*texts: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(text.split()) for text in texts)


BEFORE = _phrases("before", "prior to", "earlier than", "pre", "ahead of", "until before")
UNTIL = _phrases(
    "on or before",
    "in or before",
    "no later than",
    "not later than",
    "up to",
    "up until",
    "until",
    "through",
    "by the end of",
    "by end of",
    "at the latest",
)
AFTER = _phrases("after", "later than", "post", "following", "subsequent to")
SINCE = _phrases(
    "on or after",
    "in or after",
    "no earlier than",
    "not earlier than",
    "since",
    "starting",
    "starting in",
    "starting from",
    "starting on",
    "beginning",
    "beginning in",
    "beginning of",
    "as of",
    "effective",
)
FROM_ON_SUFFIXES = _phrases(
    "on", "onwards", "onward", "forward", "and later", "or later", "on ward"
)
ANY_YEAR = _phrases("of any year", "in any year", "any year", "of every year", "every year")
WITHIN = _phrases(
    "in", "during", "on", "within", "throughout", "over", "of", "for", "in the course of"
)
BARE_RANGE_SEPARATORS = _phrases("to", "through", "thru", "-", "until", "till")
UNION_SEPARATORS = _phrases("or", "and", ",", ", or", ", and")
RANGE_SEPARATORS = _phrases("and", "to", "through", "until", "till", "-", "thru", "up to")
LATER_SUFFIXES = _phrases(
    "or later",
    "and later",
    "or after",
    "and after",
    "onwards",
    "onward",
    "and onwards",
    "and up",
    "or newer",
    "and beyond",
    "or since",
    "or more recently",
    "and more recently",
)
EARLIER_SUFFIXES = _phrases(
    "or earlier", "and earlier", "or before", "and before", "or prior", "and prior"
)
ROLLING_LAST = _phrases("last", "past", "previous", "preceding", "most recent")
UNITS: dict[str, Unit] = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "year",
    "decades": "year",
}
TENURE_MORE = _phrases(
    "more than", "over", "longer than", "greater than", "upwards of", "in excess of", "above"
)
TENURE_AT_LEAST = _phrases("at least", "a minimum of", "minimum of", "no less than")
TENURE_LESS = _phrases("less than", "under", "fewer than", "shorter than", "below")
TENURE_AT_MOST = _phrases("at most", "no more than", "a maximum of", "maximum of", "up to")
TENURE_SUFFIXES = _phrases(
    "of service",
    "of tenure",
    "of employment",
    "of experience here",
    "tenure",
    "with us",
    "with the company",
    "at the company",
    "in the company",
    "here",
    "on the job",
    "employed",
    "of seniority",
)
TENURE_OR_MORE: dict[tuple[str, ...], str] = {
    ("or", "more"): "at_least",
    ("or", "less"): "at_most",
    ("or", "fewer"): "at_most",
}
QUARTERS = {"q1": 1, "q2": 2, "q3": 3, "q4": 4}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "1": 1, "2": 2, "3": 3}


# --- arithmetic ------------------------------------------------------------------------------


def shift(day: dt.date, amount: int, unit: Unit) -> dt.date:
    """`day` moved back by `amount` units (forward when negative); Feb 29 becomes Feb 28."""
    if unit == "day":
        return day - dt.timedelta(days=amount)
    if unit == "week":
        return day - dt.timedelta(weeks=amount)
    months = amount * (12 if unit == "year" else 1)
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last_day))


def month_period(year: int, month: int) -> Period:
    last_day = calendar.monthrange(year, month)[1]
    return Period(
        dt.date(year, month, 1), dt.date(year, month, last_day), f"{MONTH_NAMES[month]} {year}"
    )


def year_period(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))


def day_period(year: int, month: int, day: int) -> Period | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return Period(date, date, date.isoformat())


def _plural(amount: int, unit: str) -> str:
    return f"{amount} {unit}{'' if amount == 1 else 's'}"


# --- periods -------------------------------------------------------------------------------


def read_period(
    tokens: list[Token], index: int, today: dt.date
) -> tuple[Period | MonthOfYear, int] | None:
    """A named span of days at `index`: a date, month, year, quarter, decade or relative span."""
    for reader in (_date_token, _relative_period, _quarter, _half, _decade, _day_month_year):
        found = reader(tokens, index, today)
        if found:
            return found
    return _month_first(tokens, index) or _year(tokens, index)


def _date_token(tokens: list[Token], index: int, today: dt.date) -> tuple[Period, int] | None:
    if index >= len(tokens) or tokens[index].date_parts is None:
        return None
    year, month, day = tokens[index].date_parts or (0, 0, 0)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    period = month_period(year, month) if day == 0 else day_period(year, month, day)
    return (period, index + 1) if period else None


def _year(tokens: list[Token], index: int) -> tuple[Period, int] | None:
    after_article = skip_words(tokens, index, ("the",))
    if norm_at(tokens, after_article) == "year":
        index = skip_words(tokens, after_article + 1, ("of",))
    year = _year_number(tokens, index)
    if year is None:
        return None
    return year_period(year), index + 1


def _year_number(tokens: list[Token], index: int) -> int | None:
    if index >= len(tokens) or tokens[index].kind != "number":
        return None
    value = int(tokens[index].norm)
    return value if MIN_YEAR <= value <= MAX_YEAR and len(tokens[index].norm) == 4 else None


def _relative_period(tokens: list[Token], index: int, today: dt.date) -> tuple[Period, int] | None:
    word, following = norm_at(tokens, index), norm_at(tokens, index + 1)
    if word == "today":
        return Period(today, today, f"today ({today.isoformat()})"), index + 1
    if word == "yesterday":
        day = today - dt.timedelta(days=1)
        return Period(day, day, f"yesterday ({day.isoformat()})"), index + 1
    if word in ("this", "current") and following == "year":
        start = dt.date(today.year, 1, 1)
        return Period(start, today, f"this year ({today.year})"), index + 2
    if word in ("this", "current") and following == "month":
        start = today.replace(day=1)
        return Period(start, today, f"this month ({start:%B %Y})"), index + 2
    if word in ("last", "previous") and following == "year":
        period = year_period(today.year - 1)
        return Period(period.start, period.end, f"last year ({today.year - 1})"), index + 2
    if word in ("last", "previous") and following == "month":
        first = shift(today.replace(day=1), 1, "month")
        period = month_period(first.year, first.month)
        return Period(period.start, period.end, f"last month ({period.label})"), index + 2
    return None


def _quarter(tokens: list[Token], index: int, today: dt.date) -> tuple[Period, int] | None:
    index = skip_words(tokens, index, ("the",))
    word = norm_at(tokens, index)
    if word in QUARTERS:
        quarter, index = QUARTERS[word], index + 1
    elif word in ORDINALS and norm_at(tokens, index + 1) == "quarter":
        quarter, index = ORDINALS[word], index + 2
    else:
        return None
    index = skip_words(tokens, index, ("of", ","))
    year = _year_number(tokens, index)
    if year is None:
        return None
    first = month_period(year, 3 * quarter - 2)
    last = month_period(year, 3 * quarter)
    return Period(first.start, last.end, f"Q{quarter} {year}"), index + 1


def _half(tokens: list[Token], index: int, today: dt.date) -> tuple[Period, int] | None:
    index = skip_words(tokens, index, ("the",))
    word = norm_at(tokens, index)
    if word in ("h1", "h2"):
        half, index = int(word[1]), index + 1
    elif word in ("first", "second") and norm_at(tokens, index + 1) == "half":
        half, index = (1 if word == "first" else 2), index + 2
    else:
        return None
    index = skip_words(tokens, index, ("of", ","))
    year = _year_number(tokens, index)
    if year is None:
        return None
    first = month_period(year, 1 if half == 1 else 7)
    last = month_period(year, 6 if half == 1 else 12)
    return Period(first.start, last.end, f"H{half} {year}"), index + 1


def _decade(tokens: list[Token], index: int, today: dt.date) -> tuple[Period, int] | None:
    index = skip_words(tokens, index, ("the",))
    word = norm_at(tokens, index) or ""
    if len(word) == 5 and word.endswith("0s") and word[:4].isdigit():
        start_year = int(word[:4])
    elif len(word) == 4 and word.startswith("'") and word.endswith("0s") and word[1].isdigit():
        two_digits = int(word[1:3])  # '90s -> 1990s, '10s -> 2010s
        start_year = (2000 if two_digits <= 30 else 1900) + two_digits
    else:
        return None
    if not MIN_YEAR <= start_year <= MAX_YEAR:
        return None
    label = f"the {start_year}s"
    return Period(dt.date(start_year, 1, 1), dt.date(start_year + 9, 12, 31), label), index + 1


def _month_first(tokens: list[Token], index: int) -> tuple[Period | MonthOfYear, int] | None:
    """March 2021, March of 2021, March 15 2021, March 15th, 2021, or March alone."""
    month = MONTHS.get(norm_at(tokens, index) or "")
    if month is None or tokens[index].kind != "word":
        return None
    after = index + 1
    if norm_at(tokens, after) == ".":
        after += 1
    day = _day_number(tokens, after)
    if day is not None:
        year_at = skip_words(tokens, after + 1, (",", "of"))
        year = _year_number(tokens, year_at)
        if year is None:
            return None  # "March 15" without a year: which year is not ours to guess
        period = day_period(year, month, day)
        return (period, year_at + 1) if period else None
    year_at = skip_words(tokens, after, (",", "of"))
    year = _year_number(tokens, year_at)
    if year is not None:
        return month_period(year, month), year_at + 1
    return MonthOfYear(month), after


def _day_month_year(tokens: list[Token], index: int, today: dt.date) -> tuple[Period, int] | None:
    """15 March 2021, the 15th of March, 2021."""
    index = skip_words(tokens, index, ("the",))
    day = _day_number(tokens, index)
    if day is None:
        return None
    month_at = skip_words(tokens, index + 1, ("of",))
    month = MONTHS.get(norm_at(tokens, month_at) or "")
    if month is None:
        return None
    year_at = skip_words(tokens, month_at + 1, (",",))
    year = _year_number(tokens, year_at)
    if year is None:
        return None
    period = day_period(year, month, day)
    return (period, year_at + 1) if period else None


def _day_number(tokens: list[Token], index: int) -> int | None:
    if index >= len(tokens) or tokens[index].kind != "number" or len(tokens[index].norm) > 2:
        return None
    value = int(tokens[index].norm)
    return value if 1 <= value <= 31 else None


# --- constraints ---------------------------------------------------------------------------


def read_date_constraint(tokens: list[Token], index: int, today: dt.date) -> DateMatch | None:
    """A hire-date condition starting at `index`, or None."""
    for reader in (
        _between,
        _rolling_window,
        _tenure,
        _ago_bound,
        _bound,
        _from_alone,
        _within,
    ):
        found = reader(tokens, index, today)
        if found:
            return found
    return None


def _period_at(tokens: list[Token], index: int, today: dt.date) -> tuple[Period, int] | None:
    found = read_period(tokens, index, today)
    if found is None or isinstance(found[0], MonthOfYear):
        return None
    return found[0], found[1]


def _between(tokens: list[Token], index: int, today: dt.date) -> DateMatch | None:
    """between 2018 and 2020 / from 2018 to 2020 / 2018-2020 / March to June 2021."""
    word = norm_at(tokens, index)
    bare = word not in ("between", "from")
    start_at = index if bare else index + 1
    first = _period_at(tokens, start_at, today) or _ago_period(tokens, start_at, today)
    if first is None:
        return None
    separators = BARE_RANGE_SEPARATORS if bare else RANGE_SEPARATORS
    separator = any_phrase_end(tokens, first[1], separators)
    if separator is None or (word == "from" and norm_at(tokens, first[1]) == "and"):
        return None
    second = _period_at(tokens, separator, today) or _ago_period(tokens, separator, today)
    if second is None:
        return None
    start, end = sorted((first[0], second[0]), key=lambda period: period.start)
    label = f"between {start.label} and {end.label}"
    return DateMatch(DateFilter(start.start, end.end, label), second[1], closed=True)


def _rolling_window(tokens: list[Token], index: int, today: dt.date) -> DateMatch | None:
    """in the last 3 years, within the past 6 months, over the past year, the last decade."""
    index = any_phrase_end(tokens, index, WITHIN) or index
    with_article = norm_at(tokens, index) == "the"
    index = skip_words(tokens, index, ("the",))
    after_last = any_phrase_end(tokens, index, ROLLING_LAST)
    if after_last is None:
        return None
    counted = number_at(tokens, after_last)
    amount, unit_at = counted if counted else (1, after_last)
    unit = UNITS.get(norm_at(tokens, unit_at) or "")
    if unit is None:
        return None
    # "last year" alone is the previous calendar year (a Period); "the last year" and
    # "the past year" are the twelve months before today.
    if counted is None and not with_article and norm_at(tokens, index) != "past":
        return None
    if norm_at(tokens, unit_at) in ("decade", "decades"):
        amount *= 10
    start = shift(today, amount, unit)
    said_unit = norm_at(tokens, unit_at) or unit
    span = f"{amount} {said_unit}" if counted else said_unit
    label = f"in the last {span} (since {start.isoformat()})"
    return DateMatch(DateFilter(start, today, label), unit_at + 1, closed=False)


def _amount_at(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """A number, or "a"/"an" before a unit ("a year ago", "over a decade")."""
    if norm_at(tokens, index) in ("a", "an", "one") and norm_at(tokens, index + 1) in UNITS:
        return 1, index + 1
    return number_at(tokens, index)


def _in_units(amount: int, tokens: list[Token], unit_at: int) -> tuple[int, Unit] | None:
    """The amount in days, weeks, months or years: decades count as ten years."""
    word = norm_at(tokens, unit_at) or ""
    unit = UNITS.get(word)
    if unit is None:
        return None
    return (amount * 10 if word in ("decade", "decades") else amount), unit


def _ago_period(tokens: list[Token], index: int, today: dt.date) -> tuple[Period, int] | None:
    """ "5 years ago" as a single day, for "since 5 years ago" and "before 2 years ago"."""
    counted = _amount_at(tokens, index)
    if counted is None:
        return None
    amount, unit_at = counted
    in_units = _in_units(amount, tokens, unit_at)
    if in_units is None or norm_at(tokens, unit_at + 1) != "ago":
        return None
    amount, unit = in_units
    day = shift(today, amount, unit)
    return Period(day, day, f"{_plural(amount, unit)} ago ({day.isoformat()})"), unit_at + 2


def _ago_bound(tokens: list[Token], index: int, today: dt.date) -> DateMatch | None:
    """more than 5 years ago, less than 6 months ago, at least 2 years ago."""
    comparison = _tenure_comparison(tokens, index)
    if comparison is None:
        return None
    kind, after = comparison
    found = _ago_period(tokens, after, today)
    if found is None:
        return None
    period, end = found
    day = period.start
    spoken = " ".join(t.norm for t in tokens[index : end - 1])
    label = f"{spoken} ago"
    return DateMatch(_tenure_filter(kind, day, label), end, closed=False)


def _tenure(tokens: list[Token], index: int, today: dt.date) -> DateMatch | None:
    """with more than 10 years of service, for at least 5 years, 10 or more years here."""
    comparison = _tenure_comparison(tokens, index)
    if comparison is not None:
        kind, after = comparison
        counted = _amount_at(tokens, after)
        if counted is None:
            return None
        amount, unit_at = counted
    else:
        counted = number_at(tokens, index)
        if counted is None:
            return None
        amount, after_number = counted
        suffix = longest_phrase(tokens, after_number, TENURE_OR_MORE)
        if suffix is None:
            return None
        kind, unit_at = suffix
    in_units = _in_units(amount, tokens, unit_at)
    if in_units is None or in_units[1] == "day" or norm_at(tokens, unit_at + 1) == "ago":
        return None
    amount, unit = in_units
    end = any_phrase_end(tokens, unit_at + 1, TENURE_SUFFIXES) or unit_at + 1
    day = shift(today, amount, unit)
    words = {"more": "more than", "at_least": "at least", "less": "less than", "at_most": "at most"}
    label = f"{words[kind]} {_plural(amount, unit)} ago"
    return DateMatch(_tenure_filter(kind, day, label), end, closed=False)


def _tenure_comparison(tokens: list[Token], index: int) -> tuple[str, int] | None:
    for kind, phrases in (
        ("more", TENURE_MORE),
        ("at_least", TENURE_AT_LEAST),
        ("less", TENURE_LESS),
        ("at_most", TENURE_AT_MOST),
    ):
        end = any_phrase_end(tokens, index, phrases)
        if end is not None:
            return kind, end
    return None


def _tenure_filter(kind: str, day: dt.date, label: str) -> DateFilter:
    """More than N years of service: hired before the day N years ago, and so on."""
    one_day = dt.timedelta(days=1)
    full_label = f"{label} ({'before' if kind in ('more', 'at_least') else 'after'} {day})"
    if kind == "more":
        return DateFilter(None, day - one_day, full_label)
    if kind == "at_least":
        return DateFilter(None, day, full_label.replace("before", "on or before"))
    if kind == "less":
        return DateFilter(day + one_day, None, full_label)
    return DateFilter(day, None, full_label.replace("after", "on or after"))


def _bound(tokens: list[Token], index: int, today: dt.date) -> DateMatch | None:
    """before 2015, until March 2020, after 2018, since 2021-03-01, from 2019 (on)."""
    one_day = dt.timedelta(days=1)
    for phrases, make in (
        (BEFORE, lambda p: DateFilter(None, p.start - one_day, f"before {p.label}")),
        (UNTIL, lambda p: DateFilter(None, p.end, f"up to {p.label}")),
        (AFTER, lambda p: DateFilter(p.end + one_day, None, f"after {p.label}")),
        (SINCE, lambda p: DateFilter(p.start, None, f"since {p.label}")),
    ):
        after = any_phrase_end(tokens, index, phrases)
        if after is None:
            continue
        found = _period_at(tokens, after, today) or _ago_period(tokens, after, today)
        if found is not None:
            return DateMatch(make(found[0]), found[1], closed=False)
    return None


def _from_alone(tokens: list[Token], index: int, today: dt.date) -> DateMatch | None:
    """ "from 2020 on" is since 2020; "from 2020" alone could also mean during 2020."""
    if norm_at(tokens, index) != "from":
        return None
    found = _period_at(tokens, index + 1, today)
    if found is None:
        return None
    period, end = found
    suffix = any_phrase_end(tokens, end, FROM_ON_SUFFIXES)
    since = DateFilter(period.start, None, f"since {period.label}")
    if suffix is not None:
        return DateMatch(since, suffix, closed=False)
    reason = f"'from {period.label}' could mean during {period.label} or since {period.label}"
    return DateMatch(since, end, closed=False, unclear=reason)


def _within(tokens: list[Token], index: int, today: dt.date) -> DateMatch | None:
    """in 2019; during March 2021; on 2021-03-15; in March; in 2019 or 2020; 2018 or later."""
    after_preposition = any_phrase_end(tokens, index, WITHIN)
    start = after_preposition if after_preposition is not None else index
    first = read_period(tokens, start, today)
    if first is None:
        return None
    if isinstance(first[0], MonthOfYear) and after_preposition is None:
        return None  # a bare month word ("may", "march") is not a date without "in"
    spans: list[Period | MonthOfYear] = [first[0]]
    end = first[1]
    while True:
        separator = any_phrase_end(tokens, end, UNION_SEPARATORS)
        if separator is None:
            break
        separator = any_phrase_end(tokens, separator, WITHIN) or separator
        following = read_period(tokens, separator, today)
        if following is None:
            break
        spans.append(following[0])
        end = following[1]
    spans = _months_take_following_year(spans)
    if all(isinstance(span, MonthOfYear) for span in spans):
        end = any_phrase_end(tokens, end, ANY_YEAR) or end  # "in August of any year"
    suffix = _open_suffix(tokens, end, spans)
    if suffix:
        return suffix
    return DateMatch(_union(spans), end, closed=True)


def _months_take_following_year(spans: list[Period | MonthOfYear]) -> list[Period | MonthOfYear]:
    """ "March or April 2021": March means March 2021."""
    result: list[Period | MonthOfYear] = []
    year: int | None = None
    for span in reversed(spans):
        if isinstance(span, MonthOfYear) and year is not None:
            result.append(month_period(year, span.month))
            continue
        if isinstance(span, Period) and span.label.split()[0] in MONTH_NAMES[1:]:
            year = span.start.year
        else:
            year = None
        result.append(span)
    return list(reversed(result))


def _open_suffix(
    tokens: list[Token], end: int, spans: list[Period | MonthOfYear]
) -> DateMatch | None:
    """2018 or later / March 2020 and earlier."""
    if len(spans) != 1 or not isinstance(spans[0], Period):
        return None
    period = spans[0]
    later = any_phrase_end(tokens, end, LATER_SUFFIXES)
    if later is not None:
        return DateMatch(
            DateFilter(period.start, None, f"in {period.label} or later"), later, False
        )
    earlier = any_phrase_end(tokens, end, EARLIER_SUFFIXES)
    if earlier is not None:
        label = f"in {period.label} or earlier"
        return DateMatch(DateFilter(None, period.end, label), earlier, False)
    return None


def _union(spans: list[Period | MonthOfYear]) -> DateFilter | MonthFilter | AnyOf:
    months = [span.month for span in spans if isinstance(span, MonthOfYear)]
    periods = [span for span in spans if isinstance(span, Period)]
    filters: list[DateFilter | MonthFilter] = [
        DateFilter(p.start, p.end, _in_label(p)) for p in periods
    ]
    if months:
        names = " or ".join(MONTH_NAMES[m] for m in months)
        filters.append(MonthFilter(tuple(months), f"in {names} (any year)"))
    return filters[0] if len(filters) == 1 else AnyOf(tuple(filters))


def _in_label(period: Period) -> str:
    if period.label.startswith(("this ", "last ", "today", "yesterday")):
        return period.label
    if period.start == period.end:
        return f"on {period.label}"
    return f"in {period.label}"
