"""Conditions as SQL on both databases: a person named in a condition stays left out."""

import pytest

from gptbridge.domain import Dialect
from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.render import render_sql
from gptbridge.engines.offline.sql_parts import filter_sql, group_expression
from gptbridge.guard import guard_sql

from .conftest import plan_of

PERSON = ("jailyn", "mcclure")


def test_not_the_same_department_as_a_person_still_leaves_them_out() -> None:
    negated = plans.SameAsFilter("department", PERSON, "Jailyn McClure", negated=True)
    sql = filter_sql(negated, "postgres").sql(dialect="postgres")
    assert sql.startswith("NOT (department IN (SELECT department FROM employees WHERE")
    assert sql.endswith("AND NOT (LOWER(first_name) = 'jailyn' AND LOWER(last_name) = 'mcclure')")


def test_shared_with_anyone_else_groups_the_whole_directory() -> None:
    shared = filter_sql(plans.SameAsFilter("last_name", None), "sqlite").sql(dialect="sqlite")
    assert shared == (
        "last_name IN (SELECT last_name FROM employees GROUP BY last_name HAVING COUNT(*) > 1)"
    )


def test_a_name_starting_with_a_letter_is_either_name() -> None:
    condition = plans.TextFilter("any_name", "starts", "z")
    assert filter_sql(condition, "sqlite").sql(dialect="sqlite") == (
        "(LOWER(first_name) LIKE 'z%' OR LOWER(last_name) LIKE 'z%')"
    )


def test_hire_year_on_each_database() -> None:
    assert group_expression("hire_year", "postgres").sql(dialect="postgres") == (
        "CAST(EXTRACT(YEAR FROM hire_date) AS INT)"
    )
    assert "STRFTIME('%Y', hire_date)" in group_expression("hire_year", "sqlite").sql(
        dialect="sqlite"
    )


def test_a_digit_before_the_at_is_one_flat_like_per_digit() -> None:
    condition = plans.TextFilter("email_name", "has_digit", "")
    sql = filter_sql(condition, "sqlite").sql(dialect="sqlite")
    assert sql.startswith("(email LIKE '%0%@%' OR email LIKE '%1%@%'")
    assert "LOWER" not in sql
    assert sql.count("LIKE") == 10


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"], ids=["SQLite", "PostgreSQL"])
def test_the_share_of_addresses_with_a_digit_stays_within_the_guards_bounds(
    dialect: Dialect,
) -> None:
    """ "what percent of people have digits in their email": a share around the condition was
    refused by the guard's nesting bound when each digit took three brackets."""
    digit = plans.TextFilter("email_name", "has_digit", "")
    share = plans.QueryPlan(filters=(), shape=plans.Share(part=(digit,)))
    guard_sql(render_sql(share, dialect), dialect=dialect, max_rows=100)


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"], ids=["SQLite", "PostgreSQL"])
def test_weekdays_said_one_by_one_are_one_list_within_the_guards_bounds(
    dialect: Dialect,
) -> None:
    """ "what % were hired on saturday or sunday": one IN list, not a bracketed OR of casts,
    which inside a share went past the guard's nesting bound on PostgreSQL."""
    days = plans.AnyOf(
        (
            plans.DatePartFilter("weekday", (6,), "on a Saturday"),
            plans.DatePartFilter("weekday", (0,), "on a Sunday"),
        )
    )
    assert " OR " not in filter_sql(days, dialect).sql(dialect=dialect)
    share = plans.QueryPlan(filters=(), shape=plans.Share(part=(days,)))
    guard_sql(render_sql(share, dialect), dialect=dialect, max_rows=100)


def test_weekdays_said_one_by_one_are_the_weekend_said_again() -> None:
    """ "on a weekend, that is a Saturday or a Sunday": the same days in the same order."""
    assert plan_of("hired on a weekend, that is a Saturday or a Sunday") == plan_of(
        "hired on a weekend"
    )
