"""Two conditions joined by "and", each said with its own column (`joined.py`)."""

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import Count, QueryPlan, TextFilter, ValueFilter

from .conftest import plan_of


@pytest.mark.parametrize(
    "question",
    [
        "how many employees whose title is Manager and whose department is Sales",
        "how many employees with title Manager and department Sales",
        "how many people in the Sales department and title Manager",
    ],
)
def test_conditions_said_with_their_columns_both_hold(question: str) -> None:
    plan = plan_of(question)
    assert plan.shape == Count()
    assert set(plan.filters) == {
        ValueFilter("title", ("Manager",)),
        ValueFilter("department", ("Sales",)),
    }


def test_an_email_condition_said_with_its_column_is_joined_too() -> None:
    plan = plan_of("how many employees whose email id is on yahoo and title is Manager")
    assert plan == QueryPlan(
        (
            TextFilter("email", "contains", "@yahoo.", shown="yahoo"),
            ValueFilter("title", ("Manager",)),
        ),
        Count(),
    )


def test_values_said_without_their_columns_are_asked_back() -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of("how many Managers and Sales")
    assert "both or people who are either" in refused.value.reason


def test_two_values_of_one_column_stay_a_list() -> None:
    plan = plan_of("employees with title Manager and title Intern")
    assert plan.filters == (ValueFilter("title", ("Manager", "Intern")),)


def test_a_text_comparison_said_with_its_column_is_joined_too() -> None:
    plan = plan_of("count where email ends with hotmail.com and department is Sales")
    assert plan == QueryPlan(
        (
            TextFilter("email", "ends", "hotmail.com", shown="hotmail.com"),
            ValueFilter("department", ("Sales",)),
        ),
        Count(),
    )


def test_a_department_said_after_in_names_its_column() -> None:
    assert plan_of("Who is in Customer Service and title is Assistant?") == plan_of(
        "Who is in Customer Service and whose department is Customer Service and title is "
        "Assistant?"
    )
