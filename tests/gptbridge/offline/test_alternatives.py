import datetime as dt

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import AnyOf, DateFilter

from .conftest import plan_of

Y2013 = (dt.date(2013, 1, 1), dt.date(2013, 12, 31))
Y2014 = (dt.date(2014, 1, 1), dt.date(2014, 12, 31))


def days(condition: object) -> tuple[object, object]:
    assert isinstance(condition, DateFilter)
    return condition.start, condition.end


@pytest.mark.parametrize(
    "question",
    [
        "how many hires were made 10 years ago, in 2014?",  # today is 2024-01-15
        "how many people were hired in 2014, 10 years ago",
        "how many hired in 2014 or in 2014",
        "how many were hired last year, in 2023",
    ],
)
def test_one_period_said_twice_in_a_list_is_one_condition(question: str) -> None:
    (condition,) = plan_of(question).filters
    assert isinstance(condition, DateFilter)


@pytest.mark.parametrize(
    "question",
    [
        "how many hires were made 10 years ago, in 2013?",
        "who was hired last year, in 2022",
    ],
)
def test_a_period_from_today_said_again_as_other_days_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood) as raised:
        plan_of(question)
    assert "different days: which one?" in raised.value.reason


@pytest.mark.parametrize(
    "question",
    [
        "how many were hired in 2013, 2014",  # both by their number: a list
        "how many were hired in 2013, 10 years ago and 2012",  # three: a list
    ],
)
def test_periods_listed_with_commas_stay_alternatives(question: str) -> None:
    (condition,) = plan_of(question).filters
    assert isinstance(condition, AnyOf)
    assert Y2013 in map(days, condition.options)
