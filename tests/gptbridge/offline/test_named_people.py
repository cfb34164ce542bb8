"""People named in a question: one person cannot be two, and a count of one person is their
number, not how many."""

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    "said",
    [
        "Leopold Johnston's email, Jailyn McClure and Mark Smith",  # who is all of them?
        "email for Leopold Johnston and the department of Jailyn McClure",
    ],
)
def test_one_persons_column_joined_to_other_people_is_refused(said: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(said)


@pytest.mark.parametrize(
    "said",
    [
        "Leopold Johnston's email and Jailyn McClure's email",
        "what is the number of Leopold Johnston",
    ],
)
def test_two_people_as_one_or_a_count_of_one_person_is_refused(said: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(said)


def test_the_emails_of_people_listed_are_each_ones() -> None:
    assert plan_of("the emails of Leopold Johnston and Jailyn McClure") == plan_of(
        "Leopold Johnston or Jailyn McClure emails"
    )
