import pytest

from gptbridge.engines.offline.plan import (
    CountDistinct,
    DateFilter,
    DistinctValues,
    PeopleList,
)

from .conftest import plan_of


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("what titles are there", "title"),
        ("list the distinct departments", "department"),
        ("list the email domains", "email_domain"),
    ],
)
def test_the_values_themselves(question: str, column: str) -> None:
    assert plan_of(question).shape == DistinctValues(column)  # type: ignore[arg-type]


def test_the_values_held_by_some_people() -> None:
    plan = plan_of("which departments hired anyone in 2023")
    assert plan.shape == DistinctValues("department")
    (period,) = plan.filters
    assert isinstance(period, DateFilter)
    assert period.label == "in 2023"


def test_descending_values() -> None:
    assert plan_of("list the titles in reverse alphabetical order").shape == DistinctValues(
        "title", descending=True
    )


def test_people_with_a_column_said_in_the_singular_are_people() -> None:
    """ "employees' department" lists people (with their department), not the departments."""
    assert isinstance(plan_of("employees and their department").shape, PeopleList)


def test_distinct_values_counted_per_group() -> None:
    assert plan_of("how many different titles per department").shape == CountDistinct(
        "title", per="department"
    )


def test_a_column_of_no_fixed_values_lists_the_people_with_it() -> None:
    """ "list the hire dates": each employee's, not the distinct dates."""
    plan = plan_of("list the hire dates")
    assert plan.shape == PeopleList(fields=("first_name", "last_name", "hire_date"))


@pytest.mark.parametrize(
    "question",
    ["Leopold Johnston's email domain", "what email domain does Leopold Johnston use"],
)
def test_a_named_persons_email_domain_is_that_value(question: str) -> None:
    plan = plan_of(question)
    assert plan.shape == DistinctValues("email_domain")
    assert len(plan.filters) == 1  # the person


def test_a_named_persons_title_is_their_row() -> None:
    assert isinstance(plan_of("Leopold Johnston's title").shape, PeopleList)


@pytest.mark.parametrize(
    ("question", "counted", "per"),
    [
        ("how many titles does each department have", "title", "department"),
        ("number of titles per department", "title", "department"),
        ("how many departments does each title appear in", "department", "title"),
    ],
)
def test_a_plural_column_counted_per_group_counts_its_values(
    question: str, counted: str, per: str
) -> None:
    assert plan_of(question).shape == CountDistinct(counted, per=per)  # type: ignore[arg-type]
    assert plan_of("how many interns per department").shape != CountDistinct(
        "title", per="department"
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many different titles do people in Marketing have",
        "how many distinct job titles are held by personnel in the Marketing department",
        "how many different titles are there among employees in Marketing",
    ],
)
def test_different_values_held_by_people_said_are_counted(question: str) -> None:
    assert plan_of(question) == plan_of("how many different titles in Marketing")
