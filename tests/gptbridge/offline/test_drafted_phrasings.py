"""A lawyer's, a drafter's and a formal letter-writer's phrasings: each means the plain question
it is written as."""

import datetime as dt

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            'How many persons are employed within the Engineering department (the "Department")?',
            "How many persons are employed in Engineering?",
        ),
        (
            "Please identify the employee with the earliest hire date recorded in the Directory "
            "(the \u201cMost Senior Employee\u201d).",
            "who has the earliest hire date",
        ),
        (
            "Kindly provide the headcount for each department, enumerated separately.",
            "headcount per department",
        ),
        (
            "Please enumerate the number of employees holding each distinct job title.",
            "number of employees per title",
        ),
        (
            "Identify, by full name, each employee in HR whose title is Manager.",
            "list each employee in HR whose title is Manager",
        ),
        (
            "State the number of employees whose hire date falls on or after 1 January 2020.",
            "how many were hired on or after 1 January 2020",
        ),
        (
            "For each calendar year, please set forth the number of employees hired in that year.",
            "number of employees hired per year",
        ),
        (
            "How many employees, in the aggregate, hold either the title Assistant or Associate?",
            "How many Assistants or Associates?",
        ),
        (
            "Which title is most prevalent within the HR department?",
            "Which title is most common in HR?",
        ),
        (
            "How many employees have completed at least ten (10) years of service as of today's "
            "date, measured from their hire date?",
            "how many with at least 10 years of service",
        ),
        (
            "How many employees have a tenure of less than five years as of the present date?",
            "how many with less than 5 years of service",
        ),
        (
            "the number of employees hired in the twelve-month period between 1 July 2021 and 30 "
            "June 2022, inclusive",
            "the number of employees hired between 1 July 2021 and 30 June 2022, inclusive",
        ),
        (
            "How many distinct departments are reflected in the Directory?",
            "How many different departments are there?",
        ),
        (
            "Are there more employees in Sales or in Marketing, and by what margin?",
            "Are there more employees in Sales or in Marketing, and by how much?",
        ),
        (
            "How many employees were hired in the period commencing 1 January 2016 and ending 31 "
            "December 2017?",
            "How many were hired between 1 January 2016 and 31 December 2017?",
        ),
        (
            "Would you be so kind as to tell me, in a single figure, how many employees are in "
            "Sales?",
            "how many employees are in Sales",
        ),
        (
            "How many Interns were hired in 2023; I ask because it seems to me that interns ought "
            "to be recent hires?",
            "How many Interns were hired in 2023?",
        ),
        (
            "the e-mail address of Vince Toy, whom I believe to be in Engineering",
            "the e-mail address of Vince Toy",
        ),
        (
            "How many employees were hired in March 2019, if indeed there were any at all?",
            "How many employees were hired in March 2019?",
        ),
        (
            "Might you list, in order of their hiring, the employees in Product hired in 2023?",
            "list the employees in Product hired in 2023 by hire date",
        ),
        (
            "How many were hired before the first of January, 2012 (the date itself being "
            "excluded)?",
            "How many were hired before 1 January 2012?",
        ),
        (
            "How many work in either Marketing or Sales (the two departments taken together)?",
            "How many work in Marketing or Sales together?",
        ),
        ("What year was the first Engineering staff hired?", "when was the first Engineering hire"),
        (
            "Is there anyone whose last name is Welch; and, if so, what are their full names and "
            "departments?",
            "Is there anyone whose last name is Welch?",
        ),
    ],
)
def test_a_drafted_phrasing_means_the_plain_question(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_years_before_a_date_are_counted_back_from_it_never_from_today_as_well() -> None:
    # Had read "the last 5 years" (from today) and "before 2023" both, and answered the overlap.
    today = dt.date(2026, 12, 6)
    said = "how many in Product were hired during the preceding five years prior to 2023"
    assert plan_of(said, today) == plan_of(
        "how many in Product were hired in the 5 years before 2023", today
    )
    assert plan_of("hired in the last 3 years before 2020", today) == plan_of(
        "hired in the 3 years before 2020", today
    )


def test_a_courtesy_or_a_reason_never_carries_a_condition_away() -> None:
    with pytest.raises(NotUnderstood):  # a reason that is no "I ask because" is still read
        plan_of("How many Interns were hired in 2023; because only the recent ones matter?")
    with pytest.raises((NotUnderstood, OutOfData)):  # a defined term needs "the" and a capital
        plan_of('how many employees ("interns") are there?')


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Provide a headcount by department, and confirm the department counts sum to the "
            "overall total.",
            "Provide a headcount by department",
        ),
        (
            "hired between 2020-03-15 and 2020-03-31, inclusive on both ends",
            "hired between 2020-03-15 and 2020-03-31, inclusive",
        ),
    ],
)
def test_an_auditors_check_that_the_answer_makes_already(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)
