import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import CrossCount
from gptbridge.engines.offline.records import without_a_record

from .conftest import plan_of

MOST_IN_ONE_MONTH = CrossCount("hire_year", "hire_month", extreme="max")


@pytest.mark.parametrize(
    "question",
    [
        "What's the busiest hiring month we've ever had?",
        "what was the biggest month ever for hiring",
        "the most hires ever in a single month",
        "the busiest single month for hiring",
        "what is the most hires we have ever made in a single month",
    ],
)
def test_a_record_month_is_the_year_and_month_with_the_most_hires(question: str) -> None:
    assert plan_of(question).shape == MOST_IN_ONE_MONTH
    assert plan_of(question) == plan_of("which year and month had the most hires")


def test_a_record_quarter_keeps_its_conditions() -> None:
    plan = plan_of("the busiest quarter of all time for hiring in Sales")
    assert plan.shape == CrossCount("hire_year", "hire_quarter", extreme="max")
    assert plan.filters == plan_of("hires in Sales").filters


@pytest.mark.parametrize(
    "question",
    [
        "which month of the year had the most hires ever",  # every year added up, or one?
        "the fewest hires ever in a month",  # a month with none has no row
        "the busiest week ever",  # no weeks
        "how many hires ever in a single month",
    ],
)
def test_anything_else_said_with_a_record_is_asked_back(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert "of every year added up" in refused.value.reason


def test_the_record_words_are_left_out_of_the_question() -> None:
    rest, record = without_a_record("the most hires ever in a single month")
    assert record is not None
    assert (record.said, record.part) == ("ever", "month")
    assert " ".join(rest.split()) == "the most hires in a month"
    assert without_a_record("which year had the most hires")[1] is None


@pytest.mark.parametrize(
    "question",
    [
        "busiest hire month ever (yr+mo)",
        "busiest month ever (specific month and year)",
        "the busiest month ever (year and month)",
    ],
)
def test_a_record_said_with_its_year_and_month_is_that_record(question: str) -> None:
    assert plan_of(question) == plan_of("the busiest month ever")


def test_a_day_of_the_week_on_record_is_no_record_week() -> None:
    question = "which day of the week has the fewest hires on record?"
    assert without_a_record(question) == (question, None)
    assert plan_of(question) == plan_of("which weekday has the fewest hires")
