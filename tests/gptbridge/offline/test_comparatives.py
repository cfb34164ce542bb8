"""Comparatives (`comparatives.py`)."""

import pytest

from gptbridge.engines.offline.plan import GroupCount

from .conftest import plan_of


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "did product hire more than marketing in 2016?",
            "does product have more hires than marketing in 2016",
        ),
        ("did sales hire more than hr", "does sales have more hires than hr"),
        ("which department have more people", "which department has the most people"),
    ],
)
def test_comparatives_mean_what_their_plain_forms_mean(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_hired_more_than_a_number_stays_a_number() -> None:
    plan = plan_of("did sales hire more than 5 people in 2016")
    assert plan == plan_of("were more than 5 people in sales hired in 2016")


def test_more_of_a_time_key_with_nothing_compared_is_the_most() -> None:
    assert plan_of("which month we hire more persons") == plan_of("which month had the most hires")
    side_by_side = plan_of("which month had more hires, march or april").shape
    assert getattr(side_by_side, "compared", 0) == 2


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many interns per manager", "ratio of interns to managers"),
        ("number of contractors per VP in sales", "ratio of contractors to VPs in sales"),
    ],
)
def test_one_value_per_another_of_its_column_is_their_ratio(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_per_a_column_still_groups() -> None:
    shape = plan_of("how many interns per department").shape
    assert isinstance(shape, GroupCount)
    assert shape.key == "department"
