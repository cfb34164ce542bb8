"""A day said to be today ("as of today (2026-12-06)", "as of 6 Dec 2026" said on that day,
"(today being 2026-12-06)"):
every answer is as of today already, so it says nothing more; never a hire date ("as of today
(2026-12-06)" is no one hired that day). Another day said as today is refused; "as of" another
day is left as said ("headcount as of 2015-06-30": those hired by then; anything else refused)."""

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import DateFilter, QueryPlan
from gptbridge.engines.offline.tokens import Lexeme

# "today (2026-12-06)", "now (6 Dec 2026)": today, its date said again in brackets.
TODAY_SAID_AGAIN = re.compile(r"\b(today|now)\s*\(\s*(?P<date>[^()]+?)\s*\)", re.IGNORECASE)
# "(as of 2026-12-06)", ", as at 6 Dec 2026?": a day the answer is asked as of, said last.
AS_OF_A_DAY = re.compile(
    r"\s*[,(]?\s*\bas\s+(?:of|at|on)\s+(?P<date>(?!today\b|now\b)[^(),?!]+?)\s*\)?(?=\W*$)",
    re.IGNORECASE,
)

# "counting from today, December 6, 2026": today, its date said again after a comma.
_A_DATE = (
    r"\d{4}-\d{1,2}-\d{1,2}|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\.?,?\s+\d{4}"
)
TODAY_THEN_ITS_DATE = re.compile(
    rf"\b(today|now)\s*(?:,|:|\s-)\s*(?:i\.?e\.?,?\s*|that\s+is,?\s*)?(?P<date>{_A_DATE})\b",
    re.IGNORECASE,
)
# "(today being 2026-12-06)", ", assuming today is 6 Dec 2026": a remark that names today.
TODAY_IS = re.compile(
    r"\s*(?:\(|,|\s-)\s*(?:assuming|given|with|if)?\s*(?:that\s+)?today(?:'s\s+date)?\s+"
    r"(?:(?:being|is|=|as)\s+|(?<=\(today\s))(?P<date>[^(),?!]+?)\s*(?:\)|(?=\W*$))",
    re.IGNORECASE,
)


# "this year (2026)", "next year (2027)?", "last year? (2025 i mean)": the year meant, said again
# in brackets (read before `said_twice` splits anything, so it alone reads them).
YEAR_SAID_AGAIN = re.compile(
    r"\b(?P<which>this|next|last|previous|current)\s+(?P<unit>(?:calendar\s+)?(?:year|yr))\s*"
    r"(?P<asked>\??)\s*\(\s*(?:i\s+mean\s+|i\.?e\.?\s*,?\s*)?(?P<year>(?:19|20)\d\d)"
    r"\s*(?:,?\s*i\s+mean)?\s*\)",
    re.IGNORECASE,
)
YEARS_FROM_THIS = {"this": 0, "current": 0, "next": 1, "last": -1, "previous": -1}


def without_the_year_restated(question: str, today: dt.date) -> str:
    """ "who reaches 10 years next year (2027)": the year "next year" is, said again, says
    nothing more (an anniversary's year is no hire year: read apart, they had differed); another
    year is refused ("last year (2022)")."""

    def said_again(match: re.Match[str]) -> str:
        meant = today.year + YEARS_FROM_THIS[match["which"].lower()]
        if int(match["year"]) != meant:
            raise NotUnderstood([match[0]], f"{match['which'].lower()} year is {meant}")
        return f"{match['which']} {match['unit']}{match['asked']}"

    return YEAR_SAID_AGAIN.sub(said_again, question)


NOT_TODAY = dt.date.min  # a day of the year said without its year that is not today's


def _day_said(lexeme: Lexeme, today: dt.date) -> dt.date | None:
    """A date, or a day of the year said without one ("today Dec 6"): of this year."""
    if lexeme.terminal == "DATE":
        return lexeme.payload
    if lexeme.terminal == "NAMEDDAY" and tuple(lexeme.payload) == (today.month, today.day):
        return today
    return NOT_TODAY if lexeme.terminal == "NAMEDDAY" else None


def without_today_restated(
    question: str, today: dt.date, read: Callable[[str], list[list[Lexeme]]]
) -> str:
    def said_of_today(match: re.Match[str]) -> str:
        dates = {
            _day_said(reading[0], today) for reading in read(match["date"]) if len(reading) == 1
        } - {None}
        if dates == {today}:
            return match[1] if match.re in (TODAY_SAID_AGAIN, TODAY_THEN_ITS_DATE) else ""
        if dates and match.re is not AS_OF_A_DAY:
            raise NotUnderstood([match[0].strip(" ,")], f"today is {today.isoformat()}")
        return match[0]  # as said: "headcount as of 2015-06-30" is those hired by then

    question = TODAY_IS.sub(said_of_today, TODAY_THEN_ITS_DATE.sub(said_of_today, question))
    return AS_OF_A_DAY.sub(said_of_today, TODAY_SAID_AGAIN.sub(said_of_today, question))


def refuse_a_period_after_today(plan: QueryPlan, today: dt.date) -> None:
    """ "how many were hired in 2030", "hired after 2026": a period that begins after today holds
    no hire the directory can know of yet; refused, not answered "no one" (an anniversary to
    come, "10 years in 2030", is of a hire in 2020, and is answered)."""
    for period in _periods(plan):
        if period.start is not None and period.start > today and not period.negated:
            raise OutOfData(f"hires after today ({today.isoformat()})", period.label)


def _periods(node: object) -> Iterator[DateFilter]:
    if isinstance(node, DateFilter):
        yield node
    elif isinstance(node, tuple):
        for item in node:
            yield from _periods(item)
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for field in dataclasses.fields(node):
            yield from _periods(getattr(node, field.name))
