"""Conditions relative to a named person or to anyone else."""

import pytest

from gptbridge.engines.offline.plan import SameAsFilter, SameDayFilter

from .conftest import plan_of


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("who has the same hire date as Leopold Johnston", ("leopold", "johnston")),
        ("how many people have the same start date as Leopold Johnston", ("leopold", "johnston")),
        ("employees hired on the same day", None),  # as someone else
        ("how many people started on the same day", None),
    ],
)
def test_the_same_hire_date_is_the_same_day(question: str, person: tuple[str, str] | None) -> None:
    (condition,) = plan_of(question).filters
    assert isinstance(condition, SameDayFilter)
    assert condition.person == person


def test_sharing_a_persons_column_is_the_same_as_them() -> None:
    (condition,) = plan_of("who shares Leopold Johnston's title").filters
    assert condition == plan_of("who has the same title as Leopold Johnston").filters[0]


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("are there duplicate emails", "email"),
        ("any duplicate email addresses?", "email"),
        ("employees with the same full name as someone else", "full_name"),
        ("duplicate full names", "full_name"),
    ],
)
def test_a_whole_email_or_full_name_shared_with_someone_else(question: str, key: str) -> None:
    assert plan_of(question).filters == (SameAsFilter(key, None),)  # type: ignore[arg-type]
