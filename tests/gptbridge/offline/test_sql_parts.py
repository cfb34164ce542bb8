"""Conditions as SQL on both databases: a person named in a condition stays left out."""

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.sql_parts import filter_sql, group_expression

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
