import pytest

from gptbridge.engines.offline.plan import DateFilter, Share, ValueFilter

from .conftest import plan_of

SALES = ValueFilter("department", ("Sales",))
MANAGERS = ValueFilter("title", ("Manager",))


def test_a_share_divides_at_its_last_verb_past_a_relative_clause() -> None:
    plan = plan_of("what percentage of those who are in Sales are managers")
    assert plan.filters == (SALES,)
    assert plan.shape == Share((MANAGERS,))


def test_two_verbs_joined_by_and_are_both_said_of_the_part() -> None:
    plan = plan_of("what percent of managers have been here more than 10 years and are in sales")
    assert plan.filters == (MANAGERS,)
    assert isinstance(plan.shape, Share)
    tenure, department = plan.shape.part
    assert isinstance(tenure, DateFilter)
    assert department == SALES


def test_every_before_a_group_is_the_group() -> None:
    assert plan_of("every intern in HR") == plan_of("interns in HR")


@pytest.mark.parametrize(
    "question",
    [
        "engineering headcount minus HR headcount",
        "how many engineers minus the number of HR people",
        "count of engineering minus count of hr",
        "how many engineers vs how many hr people",
    ],
)
def test_one_groups_count_minus_anothers_compares_them(question: str) -> None:
    assert plan_of(question) == plan_of("engineering vs hr headcount")


@pytest.mark.parametrize(
    ("question", "taken_out"),
    [
        ("how many employees minus interns", ValueFilter("title", ("Intern",), negated=True)),
        ("how many engineers minus interns", ValueFilter("title", ("Intern",), negated=True)),
    ],
)
def test_minus_takes_people_out_of_another_group(question: str, taken_out: ValueFilter) -> None:
    assert taken_out in plan_of(question).filters


@pytest.mark.parametrize(
    "question", ["Leopold Johnston - what's her title?", "Leopold Johnston: what is his title?"]
)
def test_is_before_a_pronoun_after_a_person_is_dropped_alone(question: str) -> None:
    assert plan_of(question) == plan_of("Leopold Johnston's title")
