import datetime as dt

import pytest

from gptbridge.engines.offline.engine import parse_question
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import (
    CrossCount,
    GroupCount,
    PeopleList,
    QueryPlan,
    TextFilter,
)

NAMES = DirectoryNames(first=frozenset({"sven"}), last=frozenset({"o'hara"}))
SVEN = TextFilter("full_name", "equals", "sven o'hara", shown="Sven O'Hara")


def parse(question: str) -> QueryPlan:
    return parse_question(question, today=dt.date(2026, 12, 2), names=lambda: NAMES)


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("what weekday was Sven O'Hara hired", "hire_weekday"),
        ("which day of the week did Sven O'Hara start", "hire_weekday"),
    ],
)
def test_a_named_persons_hire_weekday_is_their_group(question: str, key: str) -> None:
    assert parse(question) == QueryPlan((SVEN,), GroupCount(key))  # type: ignore[arg-type]


def test_a_named_persons_hire_quarter_is_said_with_its_year() -> None:
    plan = parse("which quarter was Sven O'Hara hired in")
    assert plan == QueryPlan((SVEN,), CrossCount("hire_year", "hire_quarter"))


def test_a_named_persons_hire_year_is_their_hire_date_which_says_it() -> None:
    plan = parse("what year did Sven O'Hara join")
    assert plan.shape == PeopleList(fields=("first_name", "last_name", "hire_date"))
