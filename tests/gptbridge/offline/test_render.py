from typing import Any

import pytest

from gptbridge.engines.offline.render import render_sql
from gptbridge.guard import guard_sql

from .conftest import plan_of

QUESTIONS = [
    "average tenure per department",
    "what percentage of engineers are managers",
    "percentage of employees per department",
    "latest hire in each department",
    "hires per weekday",
    "hires per quarter",
    "employees per email domain",
    "who joined on christmas",
    "who was hired the same day as Jailyn McClure",
    "employees hired after Leopold Johnston",
    "employees hired the same day as someone else",
    "how many distinct email domains",
    "which title has the lowest average tenure",
    "how many hires per season",
    "which season do most people join",
    "interns in HR and their tenure",
    "how long has the newest engineer been here",
    "whose work anniversary is this week",
    "who was hired right after Jailyn McClure",
    "the email of the newest person in the same department as Jailyn McClure",
    "share of interns per department, highest first",
]


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
@pytest.mark.parametrize("question", QUESTIONS)
def test_new_shapes_pass_the_guard(question: str, dialect: Any) -> None:
    guard_sql(render_sql(plan_of(question), dialect), dialect=dialect, max_rows=1000)


def test_dialect_specific_date_parts() -> None:
    plan = plan_of("hires per quarter")
    assert "EXTRACT(QUARTER FROM hire_date)" in render_sql(plan, "postgres")
    # Integer division on SQLite: no cast to REAL.
    assert "CAST(STRFTIME('%m', hire_date) AS INTEGER) + 2) / 3" in render_sql(plan, "sqlite")


def test_tenure_is_days_over_365_25_rounded() -> None:
    sql = render_sql(plan_of("average tenure"), "sqlite")
    assert "JULIANDAY('2024-01-15') - JULIANDAY(hire_date)" in sql
    assert "/ 365.25, 1)" in sql


def test_share_never_divides_by_zero() -> None:
    assert "NULLIF(COUNT(*), 0)" in render_sql(plan_of("percent of interns are in hr"), "postgres")


def test_shares_per_group_ranked_are_ordered_by_the_share_then_the_group() -> None:
    sql = render_sql(plan_of("share of interns per department, lowest first"), "postgres")
    assert sql.endswith("ORDER BY percentage ASC, department ASC")


def test_seasons_are_named_from_the_month_on_both_databases() -> None:
    dialects: tuple[Any, ...] = ("sqlite", "postgres")
    for dialect in dialects:
        sql = render_sql(plan_of("hires per season"), dialect)
        assert "IN (12, 1, 2) THEN 'winter'" in sql
        assert "AS hire_season" in sql
        assert sql.count("THEN 'winter'") == 2  # once per CASE (selected, grouped): no aliases
        assert "months'" not in sql


def test_distinct_email_domains_are_named_after_their_key_on_both_databases() -> None:
    for dialect in ("sqlite", "postgres"):
        sql = render_sql(plan_of("list the email domains"), dialect)
        assert sql.startswith("SELECT DISTINCT LOWER(")
        assert "AS email_domain" in sql
        assert "ORDER BY email_domain" in sql


def test_counts_per_pair_of_groups_name_both_keys() -> None:
    sql = render_sql(plan_of("hires per year per department"), "sqlite")
    assert sql.startswith(
        "SELECT CAST(STRFTIME('%Y', hire_date) AS INTEGER) AS hire_year, department, "
        "COUNT(*) AS employee_count FROM employees GROUP BY"
    )


def test_a_place_among_the_hire_dates_is_a_dense_rank() -> None:
    sql = render_sql(plan_of("the second newest hire in Sales"), "sqlite")
    assert "DENSE_RANK() OVER (ORDER BY hire_date DESC)" in sql
    assert "desc_rank = 2" in sql


def test_groups_against_the_average_read_the_table_once() -> None:
    sql = render_sql(plan_of("which departments have an above average number of interns"), "sqlite")
    assert "AVG(SUM(CASE WHEN title = 'Intern' THEN 1 ELSE 0 END)) OVER ()" in sql
    assert "WHERE employee_count > average_per_group" in sql
    assert sql.count("FROM employees") == 1


def test_averages_are_ordered_by_their_unrounded_value() -> None:
    """10.74 before 10.67, though both are shown as 10.7."""
    sql = render_sql(plan_of("average tenure per title, longest first"), "sqlite")
    assert "ORDER BY AVG(" in sql
