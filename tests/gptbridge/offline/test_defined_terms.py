"""A kind of employee not recorded, defined in brackets by whom it leaves out."""

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "How many permanent staff do we have (i.e. not contractors or interns)?",
            "How many staff do we have excluding contractors or interns?",
        ),
        (
            "permanent employees, i.e. not contractors or interns",
            "employees excluding contractors or interns",
        ),
        ("core employees in Sales (excluding interns)", "employees in Sales excluding interns"),
        (
            "How many full-time employees are there (not interns)?",
            "how many employees excluding interns",
        ),
    ],
)
def test_a_kind_defined_by_whom_it_leaves_out_is_its_definition(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "the permanent headcount",  # not defined: permanent is not recorded
        "regular staff (i.e. Managers)",  # defined by whom it takes in: not read
    ],
)
def test_a_kind_not_defined_by_whom_it_leaves_out_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)
