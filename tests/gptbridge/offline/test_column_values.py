"""A value said with its column (`column_values.py`)."""

import pytest

from .conftest import plan_of


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many people use an email domain other than gmail", "how many people not on gmail"),
        ("people whose email domain is not gmail", "people not on gmail"),
        ("people whose email is not gmail", "people not on gmail"),
        ("whose domain is yahoo", "yahoo addresses"),
        ("employees with email domain yahoo in sales", "yahoo addresses in sales"),
        ("Is Leopold Johnston's title Intern?", "is Leopold Johnston an intern"),
    ],
)
def test_a_value_said_with_its_column_is_the_value(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_an_email_column_listed_before_an_exception_stays_shown() -> None:
    plan = plan_of("list names and email except gmail")
    assert plan.shape.fields == ("first_name", "last_name", "email")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "question",
    [
        "count of emails by domain",
        "how many emails per domain",
        "number of email addresses per domain",
    ],
)
def test_addresses_counted_per_group_are_the_people(question: str) -> None:
    assert plan_of(question) == plan_of("count employees by email domain")
