"""A lead-in that says what the question is for (`lead_ins.py`)."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "For our quarterly review, how many people joined Customer Service in 2022?",
            "how many people joined Customer Service in 2022?",
        ),
        (
            "I'm preparing a headcount summary for leadership - how many employees in total?",
            "how many employees in total?",
        ),
        (
            "As part of an onboarding audit, could you please tell me when Leopold Johnston "
            "was hired?",
            "when was Leopold Johnston hired?",
        ),
        (
            "For a headcount reconciliation, how many employees are not in Sales?",
            "how many employees are not in Sales?",
        ),
        (
            "Hi there, for the org chart could you give me a count of each job title within the "
            "Product department? Many thanks!",
            "count of each title in Product",
        ),
        (
            "Hi, just for the monthly report, how many people were hired in 2020? Many thanks!",
            "how many people were hired in 2020?",
        ),
        (
            "Good morning! I'm booking a room for the Sales team's away day and need to know how "
            "many people are in the Sales department please. Thank you so much.",
            "how many people are in Sales",
        ),
        (
            "Hello, I'm sending out invitations for the leadership breakfast next week - could "
            "you kindly list all the Presidents in the HR department? Much appreciated!",
            "list all the Presidents in HR",
        ),
        (
            "I'm arranging long service awards for the Sales team - who are the five "
            "longest-serving people in Sales?",
            "the five longest-serving people in Sales",
        ),
        (
            "Hi there, I'd like to send a welcome card to our newest colleague - who is our most "
            "recent hire? Many thanks!",
            "who is the most recent hire",
        ),
        (
            "Hi, odd request - how many people in Engineering use a hotmail address?",
            "how many people in Engineering use a hotmail address",
        ),
        (
            "Good morning, bit of a strange one I know, but how many interns are there?",
            "how many interns are there",
        ),
        (
            "I'm updating our org directory - give me the names of all Assistants in Product",
            "names of all Assistants in Product",
        ),
        (
            "For the tenure analysis I'm doing: who is the earliest hire?",
            "who is the earliest hire?",
        ),
        (
            "The CEO is preparing the board deck and would like to know how many people we "
            "have in each department.",
            "how many people per department",
        ),
        (
            "I'm organising the holiday party and need the email addresses of everyone in HR.",
            "the email addresses of everyone in HR",
        ),
        (
            "We're planning the offsite and want to know who joined in 2023",
            "who joined in 2023",
        ),
    ],
)
def test_a_lead_in_saying_what_the_question_is_for_is_dropped(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "For the HR dashboard: how many people were hired in the last five years?",  # a value
        "For the spring planning session, how many interns?",  # a season
        "For our per-department report, how many interns?",  # a grouping
        "For the interns-only report, how many people in sales?",  # a value, and "only"
        "I'm not counting interns, how many people in sales?",  # a negation
        "For the EB presentation, how many employees joined in 2022?",  # an acronym
        "I'm hiring interns and need to know how many people are in Sales",  # a value
        "The team is reviewing Sales and needs the list",  # a value
        "Before the merger, how many people were hired?",  # a time of hire, not of asking
        "After the Sales meeting, how many interns do we have?",  # a value
    ],
)
def test_a_lead_in_that_could_be_a_condition_is_kept_and_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of(question)


def test_a_grouping_before_a_comma_is_still_the_question() -> None:
    assert plan_of("For each department, how many interns?") == plan_of("interns per department")


@pytest.mark.parametrize(
    "question",
    [
        "Could you give me the median hire date, if that is possible?",
        "the median hire date, if that's something you can work out from the hire dates.",
        "the median hire date, if you don't mind",
        "the median hire date, if y'all don't mind?",
    ],
)
def test_a_closing_hedge_asks_for_nothing(question: str) -> None:
    assert plan_of(question) == plan_of("the median hire date")


def test_a_closing_clause_saying_what_the_answer_is_for_is_dropped() -> None:
    assert plan_of("Hires per year, 2010 through 2023 - for the growth slide") == plan_of(
        "Hires per year, 2010 through 2023"
    )
    with pytest.raises(NotUnderstood):
        plan_of("interns in sales, for the HR report")  # a value: kept, and refused


@pytest.mark.parametrize(
    "question",
    [
        "Before Monday's meeting, could you tell me how many interns we have?",
        "Before the board meeting: how many interns do we have?",
        "ahead of tomorrow's call - how many interns are there?",
    ],
)
def test_a_meeting_before_or_after_which_the_writer_asks_is_dropped(question: str) -> None:
    assert plan_of(question) == plan_of("how many interns")


def test_the_day_of_a_meeting_closing_the_question_says_nothing_more() -> None:
    assert plan_of("How many interns do we have, for tomorrow's board meeting?") == plan_of(
        "how many interns"
    )
    assert plan_of("who was hired on Monday") != plan_of("who was hired")  # no meeting: a day


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "As a hiring manager I want to see the number of new hires per month in 2023",
            "the number of hires per month in 2023",
        ),
        (
            "As an HR lead I want to know which department has the most employees",
            "which department has the most employees",
        ),
        (
            "As an engineering manager, I'd like to see all Managers in Engineering",
            "all Managers in Engineering",
        ),
        ("As a recruiter I want 2 see everyone hired in 2022", "everyone hired in 2022"),
    ],
)
def test_a_user_storys_role_filters_nothing(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_percentage_is_no_role() -> None:
    assert plan_of("As a percentage, I want to see the interns") == plan_of("percentage of interns")


@pytest.mark.parametrize(
    "question",
    [
        "TKT-4411 how many interns in Sales",
        "TKT-5021 - how many interns in Sales",
        "[HR-102] how many interns in Sales",
        "Ticket #5021: how many interns in Sales",
        "#4411 how many interns in Sales",
        "how many interns in Sales (ref INC0012345)",
        "how many interns in Sales - TKT-9933",
    ],
)
def test_the_ticket_a_question_is_filed_under_says_nothing(question: str) -> None:
    assert plan_of(question) == plan_of("how many interns in Sales")


@pytest.mark.parametrize("question", ["FY-2023 hires by dept", "COVID-19 hires"])
def test_a_period_said_like_a_ticket_is_kept(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of(question)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many employees do we have in total, I think its around 500?", "how many employees"),
        ("which department has the most people, maybe sales?", "which department has the most"),
        ("when was Leopold Johnston hired, I think 2015?", "when was Leopold Johnston hired"),
        ("which title is least common maybe?", "which title is least common"),
        ("which department has the fewest employees i think", "which department has the fewest"),
    ],
)
def test_the_writers_guess_at_the_answer_said_last_is_no_condition(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "said",
    [
        "how many interns, maybe engineering?",  # a word guessed after a count: a condition?
        "list people hired in 2020, maybe 2021",  # a number guessed after a list
    ],
)
def test_a_guess_the_question_does_not_ask_for_is_refused(said: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(said)


@pytest.mark.parametrize(
    "question",
    [
        "From the VP: how many people were hired between 2018-01-01 and 2019-12-31 inclusive?",
        "From Sales - who joined in 2020?",
    ],
)
def test_who_a_question_is_from_or_whom_it_asks_about_is_refused(question: str) -> None:
    """ "From the VP:" had become Vice-Presidents only: 9, where the sender meant everyone (76)."""
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_from_a_group_said_with_a_comma_is_a_condition() -> None:
    assert plan_of("from sales, how many hired in 2020") == plan_of(
        "how many in Sales hired in 2020"
    )
    assert plan_of("from 2019 - 2021 how many were hired") == plan_of("how many hired 2019-2021")


def test_if_anyone_said_last_asks_nothing() -> None:
    said = "Who joined the company on the same day as Leopold Johnston, if anyone?"
    assert plan_of(said) == plan_of("Who joined the company on the same day as Leopold Johnston")
