from typing import Any

import pytest

from gptbridge.engines.offline.plan import MedianHireDate
from gptbridge.engines.offline.render import render_sql

from .conftest import plan_of

DIALECTS: tuple[Any, ...] = ("sqlite", "postgres")


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_median_takes_the_one_or_two_middle_rows(dialect: Any) -> None:
    sql = render_sql(plan_of("median tenure"), dialect)
    assert "ROW_NUMBER() OVER (ORDER BY" in sql
    assert "2 * position BETWEEN counted AND counted + 2" in sql
    assert "AS median_tenure_years" in sql


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_median_per_group_numbers_the_rows_of_each_group(dialect: Any) -> None:
    sql = render_sql(plan_of("median tenure per department"), dialect)
    assert "ROW_NUMBER() OVER (PARTITION BY department ORDER BY" in sql
    assert "COUNT(*) OVER (PARTITION BY department) AS counted" in sql
    assert sql.endswith("GROUP BY department ORDER BY department ASC")


def test_the_median_hire_date_keeps_both_middle_dates() -> None:
    sql = render_sql(plan_of("median hire date"), "sqlite")
    assert "AVG" not in sql  # two middle dates are said as a range, never averaged into a day
    assert "ORDER BY hire_date" in sql


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("what is average hire year for Sales department", None),
        ("avg hire yr by dept", "department"),
    ],
)
def test_the_average_hire_year_is_the_mean_of_the_years(question: str, key: str | None) -> None:
    assert plan_of(question).shape == MedianHireDate(key, mean=True)  # type: ignore[arg-type]


def test_the_average_hire_year_is_rendered_as_a_mean_rounded_to_1_decimal() -> None:
    sql = render_sql(plan_of("avg hire yr by dept"), "sqlite")
    assert "ROUND(AVG(CAST(STRFTIME('%Y', hire_date) AS INTEGER)), 1) AS average_hire_year" in sql
    assert "GROUP BY department" in sql
