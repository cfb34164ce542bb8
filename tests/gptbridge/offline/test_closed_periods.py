"""The fewest per month, quarter or weekday of whole years is worked out over every period,
those with no row counted as 0; any other low count of periods stays refused."""

import pytest

from gptbridge.engines.offline.closed_periods import (
    every_count,
    fewest_of_every_period,
    fewest_said,
)
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import GroupCount

from .conftest import plan_of


@pytest.mark.parametrize(
    "question",
    [
        "which month in 2021 had the fewest hires",
        "what was the quietest quarter of 2022",
        "which weekday had the fewest hires in 2019",
        "fewest hires per month in 2020 in sales",
    ],
)
def test_the_fewest_per_period_of_whole_years_counts_every_period(question: str) -> None:
    plan = plan_of(question)
    assert fewest_of_every_period(plan)
    assert isinstance(plan.shape, GroupCount)
    assert every_count(plan).shape == GroupCount(plan.shape.key)  # every count is asked for


@pytest.mark.parametrize(
    "question",
    [
        "which year since 2018 had the fewest hires",
        "which month had the fewest hires since June 2020",
    ],
)
def test_a_low_count_of_periods_not_all_counted_is_still_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_periods_without_a_row_are_the_fewest_with_none() -> None:
    plan = plan_of("which quarter of 2022 had the fewest hires")
    rows = [{"hire_quarter": 1, "employee_count": 4}, {"hire_quarter": 2, "employee_count": 3}]
    assert fewest_said(plan, rows) == (
        "Q3 and Q4 have the fewest employees hired in 2022 (none; every quarter counted, those "
        "with none as 0)."
    )
    rows += [{"hire_quarter": 3, "employee_count": 5}, {"hire_quarter": 4, "employee_count": 6}]
    assert fewest_said(plan, rows).startswith("Q2 has the fewest employees hired in 2022 (3;")
