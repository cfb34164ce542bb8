"""What reading one question may cost, bounded whatever is sent. The question is read as it shows
on the screen (`invisible.py`: no padding, no invisible characters), and at most
`MAX_QUESTION_CHARS` of it; and the readings tried for it (a question said again after "i.e.",
corrected, claimed or restated is read again in its parts, and those parts may hold more) are at
most `MAX_READINGS_PER_QUESTION`, within `MAX_SECONDS_PER_QUESTION`; each sentence is read into
lexemes once (the asides compare every sentence with every other). Past a bound the question is
refused, never answered in part."""

import datetime as dt
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, wraps
from typing import TypeVar

from gptbridge.engines.offline.invisible import as_seen
from gptbridge.engines.offline.lexicon import lexicon
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.names import DirectoryNames, peoples_names
from gptbridge.engines.offline.parser import keyword_terminals
from gptbridge.engines.offline.plan import QueryPlan
from gptbridge.engines.offline.tokens import Lexeme

# As the API accepts (`serializers.MAX_QUESTION_CHARS`), once the invisible characters are out.
MAX_QUESTION_CHARS = 1000
# Of the 3,048 questions in the evaluation and the testers' banks, the most read again in parts
# is 4 times, and the slowest takes 0.21 s; "i.e." said 200 times took more than a minute,
# trying each way to split it. The grammar, lexicon and names are built before the clock starts.
MAX_READINGS_PER_QUESTION = 50
MAX_SECONDS_PER_QUESTION = 5.0

T = TypeVar("T")
Parse = Callable[..., QueryPlan]
Read = Callable[[str], list[list[Lexeme]]]
TOO_LONG = "it takes too long to read: ask it more simply"


class _OverBudget(Exception):
    """Raised inside the reading, through every fallback that catches NotUnderstood (a reading
    cut short must never leave another reading standing), and refused where it began."""


@dataclass
class _Budget:
    readings_left: int
    deadline: float

    def spend(self) -> None:
        self.readings_left -= 1
        if self.readings_left < 0:
            raise _OverBudget
        self.check_time()

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise _OverBudget


_budget: ContextVar[_Budget | None] = ContextVar("offline_reading_budget", default=None)


def bounded(parse: Parse) -> Parse:
    """`parse` (`engine.parse_question`, which calls itself for the parts of a question) with
    the question read as seen, and every reading of it, the parts' included, counted and timed."""

    @wraps(parse)
    def within_bounds(
        question: str, *, today: dt.date, names: Callable[[], DirectoryNames]
    ) -> QueryPlan:
        budget = _budget.get()
        if budget is not None:
            budget.spend()
            return parse(question, today=today, names=names)
        seen = as_seen(question)
        if len(seen) > MAX_QUESTION_CHARS:
            raise NotUnderstood([], f"ask it in at most {MAX_QUESTION_CHARS} characters")
        _built_once()
        started = _budget.set(
            _Budget(MAX_READINGS_PER_QUESTION, time.monotonic() + MAX_SECONDS_PER_QUESTION)
        )
        try:
            return parse(seen, today=today, names=names)
        except _OverBudget:
            raise NotUnderstood([], TOO_LONG) from None
        finally:
            _budget.reset(started)

    return within_bounds


@cache
def _built_once() -> None:
    """What every reading uses (the grammar, the lexicon, the names people have), built before
    the first question's time starts: a process started under load had refused its first
    question, however simple, as too long to read."""
    keyword_terminals()
    lexicon()
    peoples_names()


def on_time(reading: T) -> T:
    """`reading`, to go on with, while the question being parsed is within its time."""
    budget = _budget.get()
    if budget is not None:
        budget.check_time()
    return reading


def remembered(read: Read) -> Read:
    """`read`, each text read once for the question being parsed (a copy of its readings given
    each time), and none past the question's time."""
    seen: dict[str, list[list[Lexeme]]] = {}

    def read_once(text: str) -> list[list[Lexeme]]:
        if text not in seen:
            seen[text] = read(on_time(text))
        return [list(reading) for reading in seen[text]]

    return read_once
