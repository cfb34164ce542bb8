"""The asker named by their full name: "me", "my team" and "my title" are that person."""

import pytest

from gptbridge.engines.offline.engine import parse_question
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import QueryPlan

from .conftest import NAMES, TODAY

PEOPLE = DirectoryNames(
    first=NAMES.first, last=NAMES.last, people=frozenset({("leopold", "johnston")})
)


def plan_of(question: str) -> QueryPlan:
    return parse_question(question, today=TODAY, names=lambda: PEOPLE)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "hey! I'm Leopold Johnston, just started in HR - who else is on my team?",
            "who else is in Leopold Johnston's department",
        ),
        (
            "who was hired before me? I'm Leopold Johnston btw",
            "who was hired before Leopold Johnston",
        ),
        (
            "how many joined in the same year as me? (I'm Leopold Johnston)",
            "how many joined in the same year as Leopold Johnston",
        ),
        ("my name is Leopold Johnston, who has my title", "who has Leopold Johnston's title"),
        ("I'm Leopold Johnston. how many interns are there?", "how many interns are there?"),
    ],
)
def test_me_is_the_asker_named(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "I'm Albert King, who else is in my team?",  # no one has both names
        "who was hired before me",  # no one named
        "I'm new here, who was hired before me?",
    ],
)
def test_me_with_no_one_named_is_not_understood(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("I'm joining marketing, how many people are on my team?", "how many people in marketing"),
        ("I'm in sales - how many interns in my team?", "how many interns in sales"),
    ],
)
def test_the_askers_department_is_my_team(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_the_askers_department_without_my_team_is_not_understood() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("I'm in marketing, how many interns are there?")


def test_the_askers_department_said_after_the_question_is_their_team() -> None:
    assert plan_of("who is in my team? I'm in Sales") == plan_of("who is in Sales")
    with pytest.raises(NotUnderstood):
        plan_of("how many interns? I'm in Sales")  # no "my team": a second statement


@pytest.mark.parametrize(
    "question",
    [
        "Can you give me the headcount for the period we discussed?",
        "the interns I mentioned, when were they hired",
        "same as last time but for Sales",
        "how many engineers, as discussed",
    ],
)
def test_what_points_back_at_an_earlier_conversation_is_asked_back(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert "read on its own" in refused.value.reason


def test_the_last_time_something_happened_is_no_earlier_conversation() -> None:
    assert plan_of("when was the last time we hired someone in HR") == plan_of(
        "when was the most recent hire in HR"
    )


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("what about the smallest department, which one is it?", "the smallest department"),
        ("how about the interns, who are they?", "who are the interns"),
        ("and what about Sales, how many are there?", "how many in Sales"),
    ],
)
def test_what_about_before_a_question_of_its_own_is_dropped(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize("question", ["what about Sales?", "how about the interns"])
def test_what_about_alone_points_back_and_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert "read on its own" in refused.value.reason


@pytest.mark.parametrize(
    "question",
    ["And how many of them are managers?", "And in Sales?", "also among those, who is newest?"],
)
def test_a_question_going_on_from_one_never_asked_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert "read on its own" in refused.value.reason


@pytest.mark.parametrize(
    "question", ["Thanks! And how many in Accounting?", "And how many are in Sales?"]
)
def test_a_question_of_its_own_after_and_is_read(question: str) -> None:
    assert plan_of(question) == plan_of(question.split("And ")[-1])


@pytest.mark.parametrize(
    "question", ["how many were hired in that period", "who joined during the same period"]
)
def test_a_period_said_nowhere_here_is_asked_back(question: str) -> None:
    with pytest.raises(NotUnderstood):  # once everyone (500)
        plan_of(question)
