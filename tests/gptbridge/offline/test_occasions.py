"""An occasion asked for, or a period's nickname: said beside the question, never a condition."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Count the people hired in the month of December across all years, for the "
            "Christmas do",
            "Count the people hired in December",
        ),
        ("list the HR people for our Halloween party", "list the HR people"),
        (
            "How many did we hire during 2020 to 2021 (the covid years)?",
            "How many did we hire from 2020 to 2021?",
        ),
        ("How many did we take on in 2020, the year of the covid?", "How many hired in 2020?"),
    ],
)
def test_an_occasion_or_a_nickname_is_no_condition(question: str, plainly: str) -> None:
    # "for the Christmas do" had kept only those hired on 25 December.
    assert plan_of(question) == plan_of(plainly)


def test_a_named_day_said_as_a_day_stays_a_condition() -> None:
    assert plan_of("who was hired on Christmas") != plan_of("who was hired")
    with pytest.raises(OutOfData):  # pay, not an occasion
        plan_of("what is the Christmas bonus for Sales")
    with pytest.raises(NotUnderstood):  # the nickname alone says no period
        plan_of("how many were hired in the covid years")
