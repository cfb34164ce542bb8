"""'The same year' after a person named in a relation already (`same_again.py`)."""

import datetime as dt

import pytest

from gptbridge.engines.offline.engine import parse_question
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import QueryPlan, SameAsFilter

NAMES = DirectoryNames(first=frozenset({"savanna"}), last=frozenset({"graham"}))


def parse(question: str) -> QueryPlan:
    return parse_question(question, today=dt.date(2026, 12, 2), names=lambda: NAMES)


def same(key: str) -> SameAsFilter:
    return SameAsFilter(key, ("savanna", "graham"), "Savanna Graham")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "keys"),
    [
        (
            "Who shares a department with Savanna Graham and started in the same year?",
            ("department", "hire_year"),
        ),
        (
            "who has the same title as Savanna Graham and joined the same month?",
            ("title", "hire_month"),
        ),
    ],
)
def test_the_same_key_again_is_as_the_person_named(question: str, keys: tuple[str, ...]) -> None:
    assert parse(question).filters == tuple(same(key) for key in keys)


@pytest.mark.parametrize(
    "question",
    [
        "Savanna Graham: who started in the same year?",  # named, but in no relation
        "who joined the same year",  # no one named
    ],
)
def test_the_same_key_with_no_one_related_before_it_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        parse(question)
