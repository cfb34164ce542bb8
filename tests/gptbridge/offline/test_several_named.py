"""A name several people have: each one's columns are listed; one date of them all is asked back."""

import pytest

from gptbridge.engines.offline.engine import parse_question
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import PeopleList, QueryPlan

from .conftest import TODAY

PEOPLE = frozenset({("mustafa", "hilpert"), ("mustafa", "keebler"), ("dexter", "considine")})
NAMES = DirectoryNames(
    first=frozenset(first for first, _ in PEOPLE),
    last=frozenset(last for _, last in PEOPLE),
    people=PEOPLE,
)


def plan_of(question: str) -> QueryPlan:
    return parse_question(question, today=TODAY, names=lambda: NAMES)


@pytest.mark.parametrize(
    "question",
    [
        "how many days since Mustafa was hired",
        "how long ago was Mustafa hired",
    ],
)
def test_one_date_said_of_several_with_the_name_is_asked_back(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert refused.value.reason.startswith("2 employees are named")


@pytest.mark.parametrize(
    "question",
    [
        "who is Mustafa",
        "emails of people named Mustafa",
        # a column of one asked of a name several have: each one's, by their full name
        "What department is Mustafa in?",
        "Mustafa's email",
        "when was mustafa hired",
        "what department is Considine in",
        "what department is Mustafa Keebler in",
    ],
)
def test_everyone_with_the_name_or_one_person_is_answered(question: str) -> None:
    assert isinstance(plan_of(question).shape, PeopleList)


@pytest.mark.parametrize(
    "question",
    [
        "when did Dexter Considine start, and who else in that team started in 2019?",
        "is there anyone else named Dexter Considine",
    ],
)
def test_who_else_is_never_the_person_named(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert "others than the person named" in refused.value.reason


def test_who_else_in_their_team_leaves_them_out() -> None:
    """The relation "same department as X" is of others; the first question, their team, is
    shown with each of them."""
    assert plan_of(
        "which team is Dexter Considine on, and who else in that team started in 2019?"
    ) == plan_of("who else is in Dexter Considine's department and started in 2019")


@pytest.mark.parametrize(
    "question",
    [
        "how many days since the Mustafas were hired",  # one date for all of them
        "how long ago was Mustafa in Sales hired",  # one of them, or several?
        "how long ago were Dexter Considine or Mustafa Keebler hired",
    ],
)
def test_how_long_ago_several_people_were_hired_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    "question",
    [
        "Please provide the details of the employee.",
        "Please provide the details of the resource.",
        "who is the employee",
        "what is the employee's email",
        "the employee's hire date",
        "tell me about the colleague",
    ],
)
def test_one_employee_pointed_at_and_not_named_is_asked_back(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert refused.value.reason.startswith("which one?")


@pytest.mark.parametrize(
    "question",
    [
        "show the employees",
        "show me the employee list",
        "provide the employee details",
        "all the employee's emails",
        "list the hire dates",
        "is the user in sales",
        "the employee hired last",
    ],
)
def test_everyone_or_a_group_is_not_one_employee(question: str) -> None:
    plan_of(question)
