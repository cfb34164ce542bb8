"""Wordings that ask for the groups themselves (`group_phrasings.py`) mean the plain question."""

import datetime as dt

import pytest

from gptbridge.engines.offline.group_phrasings import GROUP_SAID_BEFORE_EACH
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import DateFilter

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


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many employees hold each of the eight titles", "how many employees per title"),
        ("how many people in each of the 7 departments", "how many people per department"),
        ("list all seven departments", "list all departments"),
        (
            "compare the number of Sales staff and Marketing staff",
            "compare the number of Sales and Marketing staff",
        ),
    ],
)
def test_stop_52_group_wordings(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_groups_said_to_be_more_or_fewer_than_there_are_are_refused() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("how many people in each of the six departments")


@pytest.mark.parametrize(
    "said", ["between twenty twelve and twenty fourteen", "forty one or forty two"]
)
def test_a_number_said_in_words_is_never_a_group_said_once(said: str) -> None:
    assert GROUP_SAID_BEFORE_EACH.sub(r"\g<group> \g<first> \g<joiner> ", said) == said


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Could you list all of the departments along with the number of employees in each one?",
            "how many employees per department",
        ),
        ("list the titles together with the number of people in each", "headcount per title"),
        ("unique depts + count per dept", "how many employees per department"),
        ("titles and count per title in Sales", "how many people in Sales per title"),
    ],
)
def test_groups_and_a_count_in_each(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Were there more hires in March 2022 or March 2021?",
            "compare hires in March 2022 and in March 2021",
        ),
        ("list the hires in Q2 2022 or Q2 2021", "list the hires in Q2 2022 or in Q2 2021"),
    ],
)
def test_a_month_said_again_with_each_year_is_not_a_group_said_once(
    question: str, plainly: str
) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_range_of_months_with_their_years() -> None:
    (period,) = plan_of("How many staff joined between June 2016 and June 2017?").filters
    assert isinstance(period, DateFilter)
    assert (period.start, period.end) == (dt.date(2016, 6, 1), dt.date(2017, 6, 30))


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Please tell me list of department and how many person each",
            "how many employees per department",
        ),
        (
            "Could you tell me how many departments there are in the organisation, and name each "
            "of them?",
            "what departments are there",
        ),
        ("which team is smallest team?", "which team is smallest"),
        ("How many title kind we have?", "how many different titles"),
    ],
)
def test_groups_asked_in_a_learners_words(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("emails for every manager in Engineering", "emails of every manager in Engineering"),
        (
            "Hi po, may I know how many are the staff under Customer Service?",
            "how many staff in Customer Service?",
        ),
        (
            "How many employees were hired in 2019 under Engineering?",
            "How many employees were hired in 2019 in Engineering?",
        ),
    ],
)
def test_each_of_them_and_under_a_department(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Which faculty has the most Interns?", "Which department has the most Interns?"),
        ("How many faculties do we have?", "How many departments do we have?"),
        (
            "How many faculty were hired in the academic year 1 Sept 2019 to 31 Aug 2020?",
            "How many staff were hired from 1 Sept 2019 to 31 Aug 2020?",
        ),
    ],
)
def test_a_schools_words(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_faculty_alone_is_its_staff() -> None:
    assert plan_of("how many faculty do we have") == plan_of("how many staff do we have")
