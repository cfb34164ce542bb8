"""Dates said in a form the grammar reads another way: "the first week of July 2014", "up to
but not including 2020-01-01" (to the day before), "01.03.2016" (day first), "the 12 months up
to today" and "the trailing 12 months" (the last 12 months), "the summer months (June, July and
August)" (the season, its months said again), "december thirty first" (dictated). Each is
written as the dates it means (`spoken.as_written` applies them); "December one" (its 1st, or
"one" said for emphasis) is refused."""

import contextlib
import datetime as dt
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.words import MONTH_NAMES, MONTHS, SEASONS

# "the first week of July 2014" (1 to 7 July), "the last week of June 2020" (its last 7 days),
# "the first week of 2019" (1 to 7 January).
WEEK_OF_A_MONTH = re.compile(
    r"\b(?:in\s+|during\s+)?the\s+(first|last)\s+week\s+of\s+(?:("
    + "|".join(MONTH_NAMES[1:])
    + r"),?\s+)?(\d{4})\b",
    re.IGNORECASE,
)
# "from 2019-01-01 up to but not including 2020-01-01": to the day before (a year: the year
# before).
EXCLUDING_THE_END = re.compile(
    r"\bup\s+to\s+but\s+(?:not\s+including|excluding)\s+(?:(\d{4}-\d{2}-\d{2})|(\d{4}))\b",
    re.IGNORECASE,
)
# "between 2018-07-01 (inclusive) and 2020-07-01 (exclusive)": a start said to be in the range (as
# it is), and an end said to be out of it, said after the start was said to be in ("between 2018
# and 2020 exclusive" may leave out both, and is refused).
HALF_OPEN = re.compile(
    r"\b(\d{4}(?:-\d{2}-\d{2})?)\s*\(?\s*(?:inclusive|included|incl\.?)\s*\)?\s+(and|to|until|till)\s+"
    r"(?:(\d{4}-\d{2}-\d{2})|(\d{4}))\s*\(?\s*(?:exclusive|excluded|not\s+included)\s*\)?",
    re.IGNORECASE,
)
THE_START_INCLUDED = re.compile(
    r"\b(\d{4}(?:-\d{2}-\d{2})?)\s*\(\s*(?:inclusive|included|incl\.?)\s*\)"
    r"(?=\s+(?:and|to|until|till|through)\b)",
    re.IGNORECASE,
)
# Dots are written day first (01.03.2016 is the 1st of March), never month first.
DOTTED_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
# Military dates ("01JAN2023", "JUN2022"): the day, month and year said apart.
COMPACT_DATE = re.compile(
    r"(?<![\w@.])(\d{1,2})?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)((?:19|20)\d\d)"
    r"(?![\w@])",
    re.I,
)


# Dashes with the year last ("31-12-2018", "03-03-2019"): read only when one way is possible.
DASHED_DATE = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
# "in the 12 months up to today", "the trailing 12 months", "rolling 3 years": the last 12 months.
_UNIT = r"(years?|months?|weeks?|days?)"
UP_TO_TODAY = re.compile(
    rf"\bthe\s+(\d+)\s+{_UNIT}\s+(?:up\s+to|until|till|through)\s+(?:and\s+including\s+)?"
    r"(?:today|now)\b",
    re.IGNORECASE,
)
# "as at today's date", "as of today's date": today.
TODAYS_DATE = re.compile(r"\b(?:as\s+(?:at|of|on)\s+)?today'?s\s+date\b", re.IGNORECASE)
# "hired a year ago" (1 year ago), "3 years back" (3 years ago).
A_UNIT_AGO = re.compile(r"\ba\s+(year|month|week|day)\s+ago\b", re.IGNORECASE)
UNITS_BACK = re.compile(
    rf"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+{_UNIT}\s+back\b", re.I
)
# "the first half year of 2020" (German "Halbjahr"): the first half of 2020; "the last half
# year": the last 6 months.
HALF_YEAR_OF = re.compile(
    r"\b(first|second|1st|2nd)\s+half[\s-]?year\s+(?:of\s+)?(?=\d{4}\b)", re.IGNORECASE
)
LAST_HALF_YEAR = re.compile(r"\b(last|past|previous)\s+half[\s-]?(?:a\s+)?year\b", re.I)
# "more than 5 and fewer than 10 years of service": the unit said once, for both bounds.
UNIT_SAID_ONCE = re.compile(
    r"\b(more\s+than|over|at\s+least)\s+(\d+)\s+(and|but)\s+((?:fewer|less)\s+than|under"
    r"|at\s+most)\s+(\d+)\s+(years?|yrs?|months?)\b",
    re.IGNORECASE,
)
# "hired on 29 February of a leap year", "on Leap Day in a leap year": said twice, for only a
# leap year has that day. Anywhere else a leap year is no condition the engine reads.
LEAP_YEAR_SAID_AGAIN = re.compile(
    r"\b((?:29(?:th)?\s+(?:of\s+)?feb(?:ruary|\.)?|feb(?:ruary|\.)?\s+29(?:th)?|leap\s+day))"
    r",?\s+(?:of|in|during)\s+(?:a|the|any)\s+leap\s+years?\b",
    re.IGNORECASE,
)
# "anniversaries coming up this month", "upcoming work anniversaries this month": from today to
# the month's end (those hired on December 1-5 had theirs already); said before the rest below.
ANNIVERSARY_LATER_THIS_MONTH = re.compile(
    r"\b(?:(?:upcoming|forthcoming)\s+((?:work\s+)?anniversar(?:y|ies))"
    r"|(anniversar(?:y|ies))\s+(?:(?:are|is)\s+)?(?:coming\s+up|upcoming))\s+(?:this|the)\s+month\b",
    re.IGNORECASE,
)
# "upcoming anniversaries in January", "anniversaries coming up this month": the period says
# when; "upcoming" or "coming up" on its own ("upcoming hires") is no condition the engine reads.
ANNIVERSARY_COMING_UP = re.compile(
    r"\b(?:upcoming|forthcoming)\s+((?:work\s+)?anniversar(?:y|ies))\b"
    r"|\b(anniversar(?:y|ies))\s+(?:(?:are|is)\s+)?(?:coming\s+up|upcoming)\b",
    re.IGNORECASE,
)
ANNIVERSARIES_COMING_UP: tuple[tuple[re.Pattern[str], str], ...] = (
    (ANNIVERSARY_LATER_THIS_MONTH, r"\1\2 later this month"),
    (ANNIVERSARY_COMING_UP, r"\1\2"),
)
# "the first half of 2019 vs the second half", "Q1 2020 to Q3", "March 2020 or April": the part
# of a year said after another one, with no year of its own, is of the same year.
_HALF = r"(?:first|second|1st|2nd)\s+half|h[12]"
_QUARTER = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|q[1-4]"
_MONTHS = sorted(MONTHS, key=len, reverse=True)
_PART = rf"(?:the\s+)?(?:{_HALF}|{_QUARTER}|{'|'.join(_MONTHS)})"
# "March 2020 and may be in Sales": no month said after the first
_PART_AFTER = rf"(?:the\s+)?(?:{_HALF}|{_QUARTER}|{'|'.join(m for m in _MONTHS if m != 'may')})"
_JOINED = r"\s*(?:,\s*)?(?:vs\.?|versus|v|compared\s+(?:to|with)|against|and|or|to|through)\s+"
_NO_YEAR = r"\b(?!\s*(?:of\s+)?'?\d)"
PART_OF_THE_SAME_YEAR = re.compile(
    rf"\b({_PART})\s+(?:of\s+)?((?:19|20)\d\d)({_JOINED})({_PART_AFTER}){_NO_YEAR}", re.I
)
YEAR_BEFORE_ITS_PARTS = re.compile(
    rf"\b((?:19|20)\d\d)\s+({_PART})({_JOINED})({_PART_AFTER}){_NO_YEAR}", re.I
)
TRAILING = re.compile(rf"\b(?:the\s+)?(?:trailing|rolling)\s+(\d+)\s+{_UNIT}\b", re.IGNORECASE)
# In this order: "two years back" before "a year ago", "the last half year" before "the first
# half year of 2020".
# "december thirty first", dictated: text2num leaves "first" and "second" as words ("30 first").
_MONTH_SAID = r"\b(" + "|".join(MONTH_NAMES[1:]) + r")\s+"
DAY_SAID_FIRST = re.compile(_MONTH_SAID + r"([23])0\s+first\b", re.IGNORECASE)
DAY_SAID_SECOND = re.compile(_MONTH_SAID + r"20\s+second\b", re.IGNORECASE)
# "the thirty-first of December 2016", "the twenty second of May": the day ("the twenty first
# hires" are twenty of them).
_OF_A_MONTH = r"(?=\s+of\s+(?:" + "|".join(MONTH_NAMES[1:]) + r")\b)"
DAY_SAID_BEFORE_ITS_MONTH = re.compile(
    rf"\b(?:(20|twenty)[\s-]*(first|second)|(30|thirty)[\s-]*(first)){_OF_A_MONTH}", re.I
)


def _day_of_the_month(said: re.Match[str]) -> str:
    tens = 3 if said.group(3) else 2
    return f"{tens}1st" if (said.group(2) or said.group(4)).lower() == "first" else f"{tens}2nd"


# Philippine English "hired last 2015": in 2015 (never "the last 2015 hires").
LAST_AND_A_YEAR = re.compile(
    r"(?<!\bthe\s)\blast\s+(?=(?:19|20)\d\d\b(?!\s*(?:hires?|employees|people|staff|-|to\b)))", re.I
)
AMOUNTS_OF_TIME: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (DAY_SAID_BEFORE_ITS_MONTH, _day_of_the_month),
    (LAST_AND_A_YEAR, "in "),
    (DAY_SAID_FIRST, r"\1 \g<2>1"),
    (DAY_SAID_SECOND, r"\1 22"),
    (UNITS_BACK, r"\1 \2 ago"),
    (A_UNIT_AGO, r"1 \1 ago"),
    (UNIT_SAID_ONCE, r"\1 \2 \6 \3 \4 \5 \6"),
    (LAST_HALF_YEAR, r"\1 6 months"),
    (HALF_YEAR_OF, r"\1 half of "),
    (LEAP_YEAR_SAID_AGAIN, r"\1"),
    (PART_OF_THE_SAME_YEAR, r"\1 \2\3\4 \2"),
    (YEAR_BEFORE_ITS_PARTS, r"\1 \2\3\1 \4"),
)


def week_of_a_month(match: re.Match[str]) -> str:
    which, month_name, year = match.groups()
    if not 1900 <= int(year) <= 2100:
        return match.group(0)
    first = dt.date(int(year), MONTHS[month_name.lower()] if month_name else 1, 1)
    last = first + relativedelta(months=1 if month_name else 12, days=-1)
    start, end = (first, first + dt.timedelta(days=6))
    if which.lower() == "last":
        start, end = last - dt.timedelta(days=6), last
    return f"between {start.isoformat()} and {end.isoformat()}"


def to_the_one_before(match: re.Match[str]) -> str:
    """ "from 2019-01-01 up to but not including 2020-01-01": to 2019-12-31 (2020: to 2019);
    with no start, before it."""
    day, year = match.groups()
    if not re.search(r"\b(?:from|between)\b", match.string[: match.start()], re.IGNORECASE):
        return f"before {day or year}"
    before = _the_one_before(day, year)
    return match.group(0) if before is None else f"to {before}"  # no such day: as typed


def _the_one_before(day: str | None, year: str | None) -> str | None:
    """The year before `year`, or the day before `day` (None when there is no such day)."""
    if year:
        return str(int(year) - 1)
    try:
        return (dt.date.fromisoformat(day or "") - dt.timedelta(days=1)).isoformat()
    except ValueError:
        return None


# "since 2015 (incl 2015)", "after 2019-06-30 (including that day)": the bound said to be in.
BOUND_SAID_TO_BE_IN = re.compile(
    r"\b(since|from|starting|after|before)\s+(\d{4}(?:-\d{2}-\d{2})?)\s*\(\s*(?:incl\.?|including"
    r"|inclusive\s+of)\s+(?:\2|that\s+(?:day|date|year)|it)\s*\)",
    re.IGNORECASE,
)
_BOUND_IN = {"after": "on or after", "before": "on or before"}


def with_range_bounds_said(question: str) -> str:
    """A range whose start is said to be in it, and whose end is said to be in or out of it."""
    question = BOUND_SAID_TO_BE_IN.sub(_bound_in, question)
    return THE_START_INCLUDED.sub(r"\1", HALF_OPEN.sub(_half_open, question))


def _bound_in(match: re.Match[str]) -> str:
    said, bound = match.groups()
    return f"{_BOUND_IN.get(said.lower(), said)} {bound}"


def _half_open(match: re.Match[str]) -> str:
    start, joiner, day, year = match.groups()
    before = _the_one_before(day, year)
    return (
        match.group(0) if before is None else f"{start} {joiner} {before}"
    )  # no such day: as typed


def iso_date(match: re.Match[str]) -> str:
    day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return match.group(0)  # no such day: left to be refused as typed


def dashed_date(match: re.Match[str]) -> str:
    """ "31-12-2018" (day first), "12-31-2018" (month first), "03-03-2019" (either): the one
    day it can be; "04-12-2026" could be two, and is left to be refused."""
    first, second, year = (int(part) for part in match.groups())
    days = set()
    for day, month in ((first, second), (second, first)):
        with contextlib.suppress(ValueError):
            days.add(dt.date(year, month, day))
    return days.pop().isoformat() if len(days) == 1 else match.group(0)


# "the summer months (June, July and August)", "winter (Dec-Feb)": a season with its months in
# brackets after it.
SEASON_SPELLED_OUT = re.compile(
    r"\b(spring|summer|autumn|fall|winter)((?:\s+months)?(?:\s+(?:of\s+)?\d{4})?)\s*\(([^()]*)\)",
    re.IGNORECASE,
)
MONTH_WORD = re.compile(r"[a-z]+")


def season_spelled_out(match: re.Match[str]) -> str:
    """The season alone when the brackets name its months, first and last or each of them; other
    months are left, so they are refused as said ("summer (May to July)")."""
    said = [MONTHS[word] for word in MONTH_WORD.findall(match.group(3).lower()) if word in MONTHS]
    months = SEASONS[match.group(1).lower()]
    if said in (list(months), [months[0], months[-1]]):
        return match.group(1) + match.group(2)
    return match.group(0)


# "how many did we hire in each of the last five years": per year, in the last five years.
EACH_OF_THE_LAST = re.compile(
    r"\b(?:in\s+)?each\s+of\s+the\s+((?:last|past|previous)\s+\S+\s+(year|month|quarter)s)\b",
    re.IGNORECASE,
)


def each_of_the_last(match: re.Match[str]) -> str:
    return f"per {match.group(2)} in the {match.group(1)}"


# "how many joined in December one, any year": "one" after a month is its 1st, or (Malaysian and
# Singaporean English) said for emphasis; neither is surely what was meant. A year after says the
# day ("June one 2020"); "May one ask" is no month.
MONTH_THEN_ONE = re.compile(
    r"\b(?!may\s+one\s+(?:ask|see|know)\b)(" + "|".join(MONTH_NAMES[1:]) + r")\s+one\b"
    r"(?!\s*(?:-|hundred|thousand|of\b|,?\s*(?:\d{4}|twenty|two\s+thousand|nineteen)\b))",
    re.IGNORECASE,
)


def refuse_a_month_then_one(question: str) -> None:
    said = MONTH_THEN_ONE.search(question)
    if said is not None:
        month = said.group(1).capitalize()
        raise NotUnderstood(
            [said.group(0)], f"the 1st of {month}, or all of {month}? say '{month} 1' or '{month}'"
        )


def dates_written(text: str) -> str:
    """Dates said with dots ("31.12.2018"), dashes ("31-12-2018") or run together ("01JAN2023"),
    written the way the grammar reads them."""
    text = COMPACT_DATE.sub(lambda said: " ".join(part for part in said.groups() if part), text)
    return DASHED_DATE.sub(dashed_date, DOTTED_DATE.sub(iso_date, text))
