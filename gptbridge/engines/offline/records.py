"""A record said of a part of the year: "the busiest hiring month we've ever had", "the most
hires ever in a single month", "the busiest single quarter" are one month (quarter) of one year:
the year and month with the most hires. Never a month of every year added up, which "which
month" alone gives (and says); anything else said with such a record is asked back."""

import re
from dataclasses import dataclass, replace

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.meaning import NotUnderstood

_EVER = r"ever|of\s+all\s+time|all[-\s]time|on\s+record|in\s+history"
RECORD = re.compile(
    # "which day of the week has the fewest hires on record": a weekday, not a week
    rf"\b(?<!of\sthe\s)(?<!of\s)(?P<part>months?|quarters?|weeks?)\b[^?.!]*?\b(?P<ever>{_EVER})\b"
    # "the most hires ever in a single month"
    rf"|\b(?P<ever_first>{_EVER})\b[^?.!]*?\b(?:in\s+)?(?:a|one|any|single)\s+"
    r"(?P<part_after>month|quarter|week)\b"
    r"|\b(?P<single>single)\s+(?P<part_single>month|quarter|week)\b",  # "the busiest single month"
    re.IGNORECASE,
)
ONE_OF = re.compile(r"\b(?:a\s+)?(?:single|one|any)\s+(?=(?:month|quarter|week)\b)", re.I)
OF_THE_YEAR = re.compile(r"\b(?:months?|quarters?)\s+of\s+(?:the\s+)?year\b", re.IGNORECASE)
# "(yr+mo)", "(specific month and year)": said of the record, it names what a record is already.
_YEAR = r"(?:yr|year)"
_PART = r"(?:mo|month|q|qtr|quarter)"
YEAR_AND_PART = re.compile(
    rf"\s*\((?:the\s+|a\s+|specific\s+|exact\s+)?(?:{_YEAR}\s*(?:\+|and|&|/)\s*{_PART}"
    rf"|{_PART}\s*(?:\+|and|&|/)\s*{_YEAR})\)",
    re.IGNORECASE,
)
RECORD_KEYS: dict[str, plans.GroupKey] = {"month": "hire_month", "quarter": "hire_quarter"}


@dataclass(frozen=True)
class Record:
    said: str  # "ever", "of all time", "single"
    part: str  # "month", "quarter", "week"
    of_the_year: bool  # "which month of the year ... ever": every year added up, or one?


def without_a_record(question: str) -> tuple[str, Record | None]:
    """The question without the words that make a record of it, and the record said."""
    found = RECORD.search(question)
    if found is None:
        return question, None
    said = next(group for group in ("ever", "ever_first", "single") if found.group(group))
    part = found.group("part") or found.group("part_after") or found.group("part_single")
    start, end = found.span(said)
    rest = YEAR_AND_PART.sub("", ONE_OF.sub("a ", question[:start] + question[end:]))
    record = Record(found.group(said), part.lower().rstrip("s"), bool(OF_THE_YEAR.search(question)))
    return rest, record


def as_a_record(plan: plans.QueryPlan, record: Record) -> plans.QueryPlan:
    """ "the busiest month ever": the year and month with the most hires; otherwise asked back."""
    key = RECORD_KEYS.get(record.part)
    most = key is not None and plan.shape == plans.GroupCount(key, extreme="max")
    if key is not None and most and not record.of_the_year:
        return replace(plan, shape=plans.CrossCount("hire_year", key, extreme="max"))
    raise record_refusal(record)


def record_refusal(record: Record) -> NotUnderstood:
    part = record.part
    return NotUnderstood(
        [record.said],
        f"one {part} of one year, or that {part} of every year added up? ask 'which {part} of "
        f"the year' for all years together, or 'which year and {part} had the most hires' for "
        "one",
    )
