"""A claim about an average tenure or a count, asked to be checked (`claims.py`)."""

import pytest

from gptbridge.engines.offline.claims import Claim, claimed
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import Count
from gptbridge.engines.offline.yes_or_no import said_yes_or_no

from .conftest import plan_of


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("is the average tenure in Sales more than 10 years?", "average tenure in Sales"),
        ("Is it true the average tenure is more than 8 years?", "average tenure"),
        ("is the median tenure in HR at least 9 years", "median tenure in HR"),
    ],
)
def test_an_amount_claimed_of_an_average_is_no_condition_on_it(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_an_amount_said_with_whom_the_average_is_of_is_a_condition() -> None:
    assert claimed("is the average tenure of people with more than 10 years known") is None
    assert plan_of("what is the average tenure of people with more than 10 years of service") == (
        plan_of("average tenure of employees with more than 10 years of service")
    )


def test_a_count_claimed_is_checked_against_its_amount() -> None:
    shape = plan_of("Is the number of Managers in Sales greater than 10?").shape
    assert shape == Count(against=(">", 10))
    assert plan_of("is the headcount of Sales at least 60").shape == Count(against=(">=", 60))


@pytest.mark.parametrize(
    "question",
    [
        "is the average tenure per department more than 10 years",
        "is the count of people in Sales at least 60 years",  # years are no count
    ],
)
def test_a_claim_of_anything_else_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(("average", "said"), [(11.4, "Yes. "), (9.2, "No. "), (11.0, "")])
def test_the_answer_says_whether_the_average_bears_the_claim_out(average: float, said: str) -> None:
    question = "is the average tenure in Sales more than 11 years?"
    plan = plan_of(question)
    rows = [{"average_tenure_years": average, "employee_count": 66}]
    assert said_yes_or_no(question, plan, rows, "The average ...") == f"{said}The average ..."


def test_a_rounded_average_at_the_amount_settles_nothing() -> None:
    claim = Claim("is the average tenure?", "at least 11", more=True, inclusive=True, amount=11.0)
    assert claim.holds(11.0) is None
    assert claim.holds(11.1) is True
