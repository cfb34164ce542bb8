"""A kind of employee not recorded, defined in brackets by whom it leaves out."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
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


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "How many seniors (more than 10 years of service) are in Sales?",
            "how many people with more than 10 years of service are in Sales",
        ),
        (
            "How many veterans (hired before 2012) are in Sales?",
            "how many hired before 2012 in Sales",
        ),
        ("list the rockstars (anyone hired in 2023)", "list the people hired in 2023"),
        ("how many newcomers (hired after 2022)", "how many hired after 2022"),
    ],
)
def test_a_label_defined_by_who_it_is_is_its_definition(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_label_the_directory_holds_keeps_its_meaning() -> None:
    assert plan_of("how many interns (hired in 2020) are in Sales") == plan_of(
        "how many interns hired in 2020 are in Sales"
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many women (hired in 2020)",
        "salaries (hired in 2020)",
        "how many blorps (hired in 2020)",
    ],
)
def test_an_unrecorded_or_unknown_label_with_a_condition_is_still_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of(question)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "How many senior leaders (meaning Presidents and Vice-Presidents) do we have?",
            "how many Presidents and Vice-Presidents together",
        ),
        (
            "list the leadership (i.e. Presidents and VPs) in Sales",
            "list Presidents or VPs in Sales",
        ),
    ],
)
def test_a_label_defined_as_groups_is_them_together(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "question", ["how many managers (i.e. Presidents)", "how many leaders (i.e. paid over 100k)"]
)
def test_a_known_word_or_an_unrecorded_definition_stays_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of(question)
