from typing import Any

from gptbridge.domain import QueryResult
from gptbridge.engines.offline.narrate import describe_plan, group_label, narrate_rows

from .conftest import plan_of


def result(rows: list[dict[str, Any]]) -> QueryResult:
    return QueryResult(columns=list(rows[0]) if rows else [], rows=rows, truncated=False)


def test_weekdays_months_and_quarters_are_said_by_name() -> None:
    assert group_label("hire_weekday", 0) == "Sunday"
    assert group_label("hire_month", 3) == "March"
    assert group_label("hire_quarter", 2) == "Q2"


def test_group_shares_are_narrated_with_their_rounding() -> None:
    plan = plan_of("percentage of employees per department")
    rows = [{"department": "HR", "employee_count": 73, "percentage": 14.6}]
    text = narrate_rows(plan, result(rows))
    assert "HR 73 (14.6%)" in text
    assert "rounded to 1 decimal" in text


def test_same_day_narration_names_the_person_and_excludes_them() -> None:
    plan = plan_of("who was hired the same day as Jailyn McClure")
    rows = [{"first_name": "Leopold", "last_name": "Johnston", "hire_date": "2019-02-21"}]
    text = narrate_rows(plan, result(rows))
    assert "hired the same day as Jailyn McClure (Jailyn McClure not included)" in text


def test_plans_are_described_for_ambiguity_messages() -> None:
    assert describe_plan(plan_of("how many interns")) == "how many Interns"
