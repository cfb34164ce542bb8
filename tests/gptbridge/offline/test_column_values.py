"""A value said with its column (`column_values.py`)."""

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood

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


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "do Leopold Johnston and Jailyn McClure have the same title",
            "does Leopold Johnston have the same title as Jailyn McClure",
        ),
        (
            "are Leopold Johnston and Jailyn McClure in the same department?",
            "is Leopold Johnston in the same department as Jailyn McClure?",
        ),
        (
            "did Leopold Johnston and Jailyn McClure join in the same year",
            "did Leopold Johnston join in the same year as Jailyn McClure",
        ),
        (
            "did Leopold Johnston and Jailyn McClure start on the same day",
            "did Leopold Johnston start on the same day as Jailyn McClure",
        ),
    ],
)
def test_two_people_the_same_is_one_compared_with_the_other(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "said",
    [
        "Leopold Johnston and Jailyn McClure, who else has the same title",
        "do Leopold Johnston and Jailyn McClure have the same title and department",
    ],
)
def test_two_people_and_more_than_one_sameness_is_refused(said: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(said)
