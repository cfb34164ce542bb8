"""Wordings that ask for the groups themselves (`group_phrasings.py`) mean the plain question."""

import pytest

from .conftest import plan_of


@pytest.mark.parametrize(
    "question",
    [
        "how many departments do we even have, and what are they called?",
        "how many departments are there, and which are they?",
        "how many departments are there and what are their names",
        "How many departments do we have in the company, and what are they?",
        "how many departments are there in total and which are they",
    ],
)
def test_how_many_groups_and_which_they_are_lists_them(question: str) -> None:
    assert plan_of(question) == plan_of("what departments are there")


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "Could you list all the departments and how many employees are in each one?",
            "how many employees per department",
        ),
        (
            "Please give me the list of all departments with the number of employees in each.",
            "how many employees per department",
        ),
        ("the departments with the count of interns for each", "how many interns per department"),
    ],
)
def test_the_groups_and_how_many_in_each_count_per_group(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "said",
    [
        "Can you list everyone in HR and tell me how many of them there are?",
        "list everyone in HR, and how many are there",
    ],
)
def test_a_list_and_how_many_is_the_list_which_says_how_many(said: str) -> None:
    assert plan_of(said) == plan_of("list everyone in HR")
