"""Everyday wordings (`everyday_phrasings.py`) mean the plain question."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import HireExtreme

from .conftest import plan_of


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("what is the average length of time people have been with us", "average tenure"),
        ("the average length of time spent at the company in Sales", "average tenure in Sales"),
        (
            "How many Assistants do we have, and what is their average tenure in years?",
            "what is the average tenure of Assistants",
        ),
        ("the percentage of interns over the total of employees", "% of employees who are interns"),
        ("Which is the year when we hired most employees?", "which year had the most hires"),
        ("what proportion of each dept is interns, in percentage terms", "% interns per dept"),
        ("What's the split of titles in HR, as percentages?", "% of each title in HR"),
        ("breakdown of my engineering team by title", "breakdown of Engineering by title"),
        ("How many people have we hired year to date?", "how many hired this year"),
        ("pls list all the employees under HR department", "list all the employees in HR"),
        ("the share in percent of each title", "the share of each title in percent"),
        ("the percentage of Engineering employees versus the whole company", "% in Engineering"),
        ("Most common first name, and how many ppl share it?", "most common first name"),
        ("In the Sales what is the ratio of the interns?", "what share of Sales are interns"),
        ("hotmail pct of total", "hotmail share of total"),
        ("count of employees w/ tenure 10+ yrs", "how many with 10 or more years of service"),
        ("how many have tenure of 10 years or more", "how many have 10 or more years of service"),
        ("QoQ hires for 2022", "hires per quarter in 2022"),
        ("Which year was the most entrances?", "which year had the most hires"),
        ("how many associates are there four each department", "associates per department"),
        ("May I request the number of interns hired per year", "interns hired per year"),
        (
            "average tenure by department, sorted from longest to shortest",
            "avg tenure per dept, longest first",
        ),
        (
            "headcount per dept from the biggest department down to the smallest",
            "headcount per dept, most first",
        ),
        ("hires per year, going from the earliest year to the latest", "hires per year"),
        ("what's the average tenure here, roughly in years?", "average tenure in years"),
        ("list depts and # of mgrs in each", "how many managers per department"),
        ("Which Vice-Presidents use gmail? list dept too", "VPs on gmail with their department"),
        ("How many agents are there in the service of Accounting?", "how many in Accounting"),
        ("what is the effective of the personnel in total?", "how many employees"),
        ("hires in the second half of the year 2018", "hires in the second half of 2018"),
        ("Please list the titles and how many employees have each title.", "headcount per title"),
        ("list all the presidents and vps w depts", "presidents and vps with their depts"),
        ("which dept has the oldest avg tenure", "which dept has the longest average tenure"),
        (
            "are there any two employees with the same first and last name",
            "are there any employees with the same first and last name",
        ),
        ("what is the grand total of interns", "how many interns"),
        ("what's the total of the engineers", "how many engineers"),
        ("how many associates in total and in Product", "what share of associates are in Product"),
        ("how many interns in Sales, and how many overall?", "what share of interns are in Sales"),
        (
            "How many staff are in Marketing and are Associates",
            "how many in Marketing are Associates",
        ),
        ("who is in Sales and is a Manager", "who in Sales is a Manager"),
        ("how many contractors in Engineering, grand", "how many contractors in Engineering"),
        ("who are the presidents? ka pai", "who are the presidents"),
        ("email breakdown by provider please", "breakdown by email provider"),
        ("Count of employees by email domain, ranked", "employees per email domain, most first"),
        ("top 5 last names with counts", "the 5 most common last names"),
        ("how many hires per year, all the years pls", "how many hires per year"),
        ("hires per yr, grp by yr", "hires per year"),
        ("avg tenure by dept (yrs)", "avg tenure by dept in years"),
        (
            "Break down headcount by job title, with each title's share of the total (%)",
            "headcount per title in percent",
        ),
        ("Who was hired first of all employees in the company?", "who was hired first"),
        ("Who have worked here longest time in Sales?", "who has worked here the longest in Sales"),
        ("What is the email to Mark Smith?", "what is Mark Smith's email"),
        ("Who in Sales was employed first?", "who in Sales was hired first"),
        ("Who is the most newly employed person?", "who was hired most recently"),
        ("In which year did the company make the most hires?", "which year had the most hires"),
        ("How many interns we have in total in the compagnie?", "how many interns in the company"),
        ("How many interns in Sales and in HR, together?", "how many interns in Sales or HR"),
        ("List all the titles in Sales with the count", "how many employees per title in Sales"),
        (
            "how many have worked here for exactly between 3 and 6 years",
            "how many with 3 to 6 years of service",
        ),
        ("list aw the interns wi their start dates", "list all the interns with their hire dates"),
        ("how many interns in Sales svp", "how many interns in Sales"),
        ("Could you please confirm the total headcount?", "how many employees"),
        ("mark smith tenure years", "mark smith tenure in years"),
        ("Kindly who was the last person employed?", "who was hired last"),
        ("earliest hire in Sales and their date", "the earliest hire in Sales"),
        ("Please when was the first staff employed in Sales?", "when was the first hire in Sales"),
        ("Abeg how many staffs were hired in 2015?", "how many were hired in 2015"),
        ("how many use a yahoo address for their work email", "how many have a yahoo address"),
        ("how many staff do we have under each title?", "how many employees per title"),
        ("top dept for new hires in 2019", "which department had the most hires in 2019"),
        ("top title in sales", "which title has the most people in Sales"),
        ("which was the best year for hiring", "which year had the most hires"),
        ("How long has Mark Smith been with us (tenure in years)?", "Mark Smith's tenure"),
        ("what dept is Mark Smith under po?", "what dept is Mark Smith in"),
        ("How many titles are there, and what are they?", "what titles are there"),
        ("ilan po ang mga interns natin?", "how many interns"),
        (
            "ilan po ang contractors na na-hire before 2012?",
            "how many contractors hired before 2012",
        ),
        ("sino po ang newest hire sa Product dept po?", "who is the newest hire in Product"),
        ("kindly send the headcount per department pls", "headcount per department"),
        ("Abeg how many interns dey for Engineering?", "how many interns in Engineering"),
        ("how many staff have spent more than 10 years in service", "how many with over 10 years"),
        ("which is the puesto (title) of Mark Smith", "Mark Smith's title"),
        ("how many employees entered in 2016 por departamento", "hires in 2016 per department"),
        ("break down emails by domain for me pls", "how many employees per email domain"),
        ("which department has the fewest folk in it?", "which department has the fewest people"),
        (
            "How many staff have been here for exactly 10 full years or more, in Accounting?",
            "how many have 10 or more years of service in Accounting",
        ),
        ("how many staff were hired over the summer of 2021", "how many hired in summer 2021"),
        (
            "how many interns work in Engineering, and what's their average tenure?",
            "average tenure of interns in Engineering",
        ),
        (
            "How many Engineering employees were hired before 2015 and hold the title of VP?",
            "how many Engineering employees were hired before 2015 and are VPs",
        ),
        ("compare the number of staff in Marketing against Sales", "Marketing vs Sales"),
        ("the date Lonzo White was hired, kindly assist.", "Lonzo White's hire date"),
        ("anyone w first name starting w z", "anyone with a first name starting with z"),
        ("how much people hire inna 2023", "how many people were hired in 2023"),
        ("average tenure fi everyone", "average tenure"),
        (
            "Who is the longest-serving President, and on what date was that person hired?",
            "who is the longest-serving President",
        ),
    ],
)
def test_an_everyday_wording_means_the_plain_question(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_a_count_and_an_average_of_others_is_two_questions() -> None:
    with pytest.raises(NotUnderstood):  # "their" is the counted only
        plan_of("How many Assistants do we have, and what is the average tenure of interns?")


def test_either_of_two_values_stays_either() -> None:
    assert plan_of("list interns and also contractors") == plan_of("list interns or contractors")


def test_two_columns_counted_at_once_are_refused() -> None:
    with pytest.raises(NotUnderstood, match="titles"):  # not "departments per title"
        plan_of("how many departments and titles are there")


@pytest.mark.parametrize(
    "question",
    [
        "who joined over the summer",
        "how many were hired over the weekend",
        "how many people are in each dept and who is in it",  # two asks
        "how many in sales (tenure in years)",  # no tenure asked
    ],
)
def test_over_a_season_with_no_year_may_be_the_last_one_and_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_a_best_hire_is_still_a_performance() -> None:
    with pytest.raises(OutOfData):
        plan_of("who was the best hire of 2019")


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("who is on my team in engineering?", "who is in engineering"),
        (
            "what's the newest intern's name and start date?",
            "the name and start date of the newest intern",
        ),
        ("who was employed as first", "who was hired first"),
    ],
)
def test_everyday_wordings_of_round_ad(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    ["Where works Leopold Johnston and what is his title?", "where works Leopold Johnston"],
)
def test_where_someone_works_is_asked_as_a_place_never_dropped(question: str) -> None:
    """As "where does X work": refused, never the title alone with "where" dropped."""
    with pytest.raises(OutOfData):
        plan_of(question)


def test_their_date_of_employment_beside_the_longest_serving_is_their_hire_date() -> None:
    assert plan_of("list the 5 longest serving staff in Sales with their date of employment") == (
        plan_of("list the 5 longest serving staff in Sales")
    )


@pytest.mark.parametrize(
    "question",
    ["most recent hire in Sales - name and date", "newest hire in Sales, name and hire date"],
)
def test_a_name_and_a_date_asked_of_the_newest_show_both(question: str) -> None:
    shape = plan_of(question).shape
    assert isinstance(shape, HireExtreme)
    assert "hire_date" in (shape.fields or ())


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "What is the average time, in years, that people in Accounting have been with us?",
            "average tenure in years in Accounting",
        ),
        ("the average time that Managers have been with us", "average tenure of managers"),
        ("average time that interns in HR have been here", "average tenure of interns in HR"),
        ("the average time everyone has been here", "average tenure"),
    ],
)
def test_the_average_time_a_group_has_been_here(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)
