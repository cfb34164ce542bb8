"""Wordings of people writing English as a second language (`learner_phrasings.py`) mean the
plain question."""

import pytest

from gptbridge.engines.offline.learner_phrasings import MORE_RECENT, ONE_SAID_LAST, ORDINAL_QUARTER
from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("What is the total quantity of employees in the enterprise?", "how many employees"),
        ("which department has the smaller quantity?", "which department has the fewest people"),
        ("the relation of all collaborators of the HR sector", "list everyone in HR"),
        ("Quantity of collaborators admitted in the year of 2019", "how many hired in 2019"),
        ("the percentual of collaborators in Sales over the total?", "what % are in Sales"),
        ("the percentage of interns in relation to the total of collaborators", "% interns"),
        (
            "how many have more than 10 years of house (tenure)?",
            "how many have over 10 years of service",
        ),
        ("quantity of collaborators per cargo (title)", "how many employees per title"),
        ("How many managers we have in total, considering all sectors?", "how many managers"),
        ("Please help count each department how many Manager", "how many managers per dept"),
        ("Average tenure of employee is how many year?", "average tenure in years"),
        ("Is there employee call Mark Smith?", "is there anyone called Mark Smith"),
        ("Engineering vs Sales \u2014 which one's bigger and by how much?", "Engineering vs Sales"),
        ("who is the more old employee of the company?", "who is the longest-serving employee"),
        ("the more new employee", "the newest employee"),
        ("how many employees with the name Mark?", "how many employees named Mark"),
        ("When did Mark Smith start with the company?", "When did Mark Smith start"),
        ("the proportion of managers respect to the total", "the share of managers"),
        ("Which year had the most new hirings?", "which year had the most hires"),
        (
            "in sales department, who is most old employee (by hire date)",
            "who is the earliest hire in Sales",
        ),
        ("who is the most oldest employee by hire date?", "who was hired first"),
        ("what is seniority average of all employee", "average tenure"),
        ("employees that have more of 10 years in company", "people with over 10 years"),
        ("count employee by year of entering", "how many employees per hire year"),
        ("Who is the first entered personnel to the company?", "who was hired first"),
        ("How many personnel are entered to company in 2015?", "how many hired in 2015"),
    ],
)
def test_a_learners_wording_means_the_plain_question(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "said", ["who is the most old employee", "who is the most oldest employee"]
)
def test_most_old_alone_is_still_an_age(said: str) -> None:
    with pytest.raises(OutOfData):
        plan_of(said)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("when did Leopold Johnston resume", "when did Leopold Johnston start"),
        ("who is the most recent staff to resume", "who is the most recent hire"),
        ("the 3 departments with more workers", "the 3 departments with the most workers"),
        ("top 3 departments with more Managers", "top 3 departments with the most managers"),
        ("the 10 persons assumed more recently", "the 10 most recently hired"),
        ("how many were hired in the decade 2010-2019", "how many hired between 2010 and 2019"),
        ("compare number staffs of Sales and HR", "compare number of staffs of Sales and HR"),
        ("how many year Leopold Johnston work for company", "how long has Leopold Johnston worked"),
        ("staff with first name starting on letter K", "first name starting with K"),
    ],
)
def test_stop_46_learner_wordings(said: str, plainly: str) -> None:
    """Nigerian "resume" (start work), Spanish "with more" (with the most) and "more recent"
    (the most recent), "the decade 2010-2019" (those years)."""
    assert plan_of(said) == plan_of(plainly)


def test_a_resume_is_no_start() -> None:
    """A CV is not in the directory: "Leopold Johnston's resume" is not read as his start."""
    with pytest.raises(NotUnderstood):
        plan_of("send me Leopold Johnston's resume")


def test_more_recent_than_someone_is_no_superlative() -> None:
    assert MORE_RECENT.search("the 2 hired more recently than Leopold Johnston") is None


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many staff did we employ in 2020", "how many staff did we hire in 2020"),
        (
            "how many people were hired in quarter 1 of 2019",
            "how many people were hired in q1 2019",
        ),
        ("Leopold Johnston which dept one ah", "Leopold Johnston which dept"),
        ("how many got yahoo email one", "how many got yahoo email"),
        ("top 5 workers with longest seniority", "the 5 longest-serving workers"),
        ("top 5 employee with longest working time", "the 5 longest-serving employees"),
        ("average work year of staff ka", "average tenure of staff"),
        ("average year work in Accounting department", "average tenure in Accounting"),
        ("top 10 staff work longest krub", "the 10 longest-serving staff"),
        ("interns in Sales how many?", "how many interns in Sales"),
        ("for each department, when was the first person employed", "first hire date per dept"),
    ],
)
def test_stop_46_learner_wordings_of_rounds_ad_and_ae(said: str, plainly: str) -> None:
    """Kenyan "did we employ", Polish "quarter 1 of 2019" and "longest seniority", Malaysian
    "one" said last, Thai "average work year" (years worked, never the hire year) and "top 10
    staff work longest", a count asked last, "for each department, when was the first ..."."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "which is the top one",
        "how many departments have just one",
        "is there more than one",
        "HR or Sales, which one",
    ],
)
def test_one_that_counts_is_kept(question: str) -> None:
    assert ONE_SAID_LAST.search(question) is None


def test_came_to_work_in_a_year_is_hired_then() -> None:
    assert plan_of("Who came to work in 2018?") == plan_of("who was hired in 2018")


@pytest.mark.parametrize(
    "question", ["who came to work on Saturday", "how many staff came to work late yesterday"]
)
def test_came_to_work_on_a_day_is_attendance_and_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of(question)


def test_a_role_assumed_is_a_promotion_and_refused() -> None:
    """Italian "assumed" is hired; "assumed the role of manager" is a change of role."""
    with pytest.raises(OutOfData):
        plan_of("who assumed the role of manager in 2020")


def test_the_shortest_time_with_us_is_the_shortest_tenure() -> None:
    assert plan_of("Which employee has the shortest time with us?") == plan_of(
        "which employee has the shortest tenure"
    )


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("share of headcount in sales vs total, as a percent", "share of employees in sales"),
        ("what % of staff are interns compared to the whole company", "what % are interns"),
        (
            "how many have the last name Smith, and who they are?",
            "how many have the last name Smith and who are they",
        ),
        ("the number of distinct titles used in Sales", "the number of distinct titles in Sales"),
    ],
)
def test_stop_49_wordings(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_a_group_against_the_whole_without_a_share_is_refused() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("marketing vs the whole company")


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("Sales versus Marketing, and state the difference", "Sales vs Marketing"),
        ("hires in the current calendar year to date", "hires this year"),
        ("hires in the current year to date", "hires this year"),
        ("hires per calendar month in 2019", "hires per month in 2019"),
    ],
)
def test_a_calendar_period_and_the_difference_stated(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many of the team have a gmail address", "how many people have a gmail address"),
        ("how many of the company are interns", "how many interns"),
    ],
)
def test_how_many_of_the_team_counts_people(said: str, plainly: str) -> None:
    """A tester's wrong answer: "how many of the team" counted the departments."""
    assert plan_of(said) == plan_of(plainly)
    assert plan_of("how many teams have a gmail address") != plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "How many Managers were hired in the 3rd quarter of any year?",
            "how many managers hired in q3",
        ),
        ("hired in the fourth quarter", "hired in q4"),
        ("best yr for hiring, and how many", "year with the most hires"),
        ("worst month for hires in 2019", "month with the fewest hires in 2019"),
        ("kindly give me the first joinee of Sales dept with DOJ", "the first hire in Sales"),
        ("Name the latest joinee in Sales dept along with DOJ", "the latest hire in Sales"),
    ],
)
def test_stop_49_round_aw_wordings(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_the_third_quarter_of_a_year_is_left_to_the_grammar() -> None:
    assert ORDINAL_QUARTER.search("hired in the third quarter of 2019") is None


def test_the_best_employee_is_still_a_rating() -> None:
    with pytest.raises(OutOfData):
        plan_of("who is the best employee")


@pytest.mark.parametrize(
    "said",
    [
        "what is the difference in headcount between the biggest and smallest dept",
        "whats the diffrence in headcount between the biggest and smallest dept",
        "gap between largest and smallest department",
    ],
)
def test_the_difference_between_both_ends_is_both_ends(said: str) -> None:
    """Both ends of the groups, which the answer gives with the difference between them."""
    assert plan_of(said) == plan_of("the biggest and smallest department")


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("How many interns are there in Sales, is it?", "how many interns in Sales"),
        ("Which department has the fewest people, is it?", "which department has the fewest"),
        ("how many interns in Sales, right?", "how many interns in Sales"),
        ("count the number of interns", "how many interns"),
        (
            "Count the number of Accounting employees whose email is yahoo.",
            "how many in Accounting on yahoo",
        ),
        ("Who is most new employee in company?", "who is the newest employee"),
        ("How many people are in my department, Engineering?", "how many people in Engineering"),
        ("how many interns in our team (Marketing)?", "how many interns in Marketing"),
        (
            "How many folk hae a first name starting wi' A?",
            "how many with a first name starting with A",
        ),
        ("How many associates joined efter 2020?", "how many associates hired after 2020"),
        ("Gie's a list o' the folk in HR", "list the people in HR"),
        ("How many folk started afore 2012?", "how many hired before 2012"),
        ("Which title is most few person?", "which title has the fewest people"),
        ("How many heads in Enginering?", "how many people in Engineering"),
        ("How many persons work in the HR, per favore?", "how many people in HR"),
        ("which department is most small", "which department has the fewest employees"),
        ("who is hired most first in company", "who was hired first"),
        (
            "which department have most long average tenure",
            "which department has the longest average tenure",
        ),
        ("How many pax in Engineering ah?", "how many people in Engineering"),
        (
            "List everyone who is an Associate and works in Marketing",
            "list the Associates in Marketing",
        ),
        (
            "average tenure of people in Engineering and with the title Manager",
            "average tenure of people in Engineering who are Managers",
        ),
    ],
)
def test_stop_51_learner_wordings(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("How many folks we got workin' in Sales these days?", "how many people in Sales"),
        ("how many first names startin' with Z?", "how many first names starting with Z"),
        ("Which department's got the most folks in it, partner?", "which department has the most"),
        ("What's Leopold Johnston's title, darlin'?", "Leopold Johnston's title"),
        ("Well shoot, how many people are in the whole dang company?", "how many people"),
        ("How many Vice-Presidents we got, all told?", "how many Vice-Presidents"),
        (
            "How many Presidents, and how many of 'em in Sales?",
            "How many Presidents, and how many of them in Sales?",
        ),
        ("how many pts hired on a Monday?", "how many people hired on a Monday"),
        ("faint o bobl in Customer Service plis?", "how many people in Customer Service"),
        ("faint of us are there altogether?", "how many people"),
        ("faint joined in 2022 then?", "how many joined in 2022"),
        ("how many are in Sales, then?", "how many in Sales"),
        ("How many troops hired in 2019?", "how many people hired in 2019"),
        ("wats leopold johnston's email bestie", "leopold johnston's email"),
        ("did anyone get hired in 2023 or nah", "did anyone get hired in 2023"),
        ("how many people were hired in march twenty twenty one", "how many hired in March 2021"),
        ("How many employees hired on Feb 29 (leap days)?", "how many hired on Feb 29"),
        ("how many emails end in yahoo dot com", "how many emails end in yahoo.com"),
        ("average tenure in Sales as of today? (from hire date)", "average tenure in Sales"),
        ("average tenure from their hire date to today in HR", "average tenure in HR"),
        ("how many hired in the calendar years 2020 and 2021", "how many hired in 2020 and 2021"),
        (
            "how many hired in December, considering all years together",
            "how many hired in December",
        ),
        (
            "how many employees have an apostrophe in their last name, like O'Connell?",
            "how many employees have an apostrophe in their last name?",
        ),
        ("who has a hyphen in their name, e.g. Mary-Jane", "who has a hyphen in their name"),
        ("Which Abteilung has the fewest Mitarbeiter, bitte?", "which department has the fewest"),
        ("sino po yung pinakaunang na-hire?", "who was hired first"),
        ("anong title ni Leopold Johnston?", "Leopold Johnston's title"),
        ("Quick one while I grab coffee: how many interns?", "how many interns"),
        (
            "ok so like how many people got hired in 2020, you know, like hires in the year 2020",
            "how many people got hired in 2020",
        ),
        (
            "What was the year-on-year growth rate in hiring between 2014 and 2015?",
            "year over year change in hires between 2014 and 2015",
        ),
        (
            "What is the cumulative number of employees hired by the end of 2016?",
            "how many employees hired by the end of 2016",
        ),
        ("Provide a cross-tabulation of department by title.", "count per department and title"),
        ("Give us a count of the lads and lassies in Accounting", "how many in Accounting"),
        ("How many Interns have we got knocking about?", "how many Interns"),
        ("Is there anyone called Leopold in the place?", "is there anyone called Leopold"),
        ("chur bro, how many people in the Engineering whanau?", "how many in Engineering"),
        ("what percentage of the whole crew is in Marketing?", "what percentage are in Marketing"),
        ("how many VPs were hired since 2015 (incl 2015)?", "how many VPs hired since 2015"),
        ("how many hired before 2012 (incl 2012)", "how many hired no later than 2012"),
        ("how many HR interns and HR assistants are there?", "how many HR interns and assistants"),
        ("who is the newest employee, wallah", "who is the newest employee"),
        ("how many ppl were hired in 2019, list only the count", "how many hired in 2019"),
        ("what title is held by Leopold Johnston", "what is the title of Leopold Johnston"),
        ("How many people total were hired in 2020?", "how many people were hired in 2020"),
        ("How many persons were hired before of 2011?", "how many were hired before 2011"),
        ("yeah nah, how many contractors across the whole mob?", "how many contractors"),
        ("How many interns in Sales this arvo?", "how many interns in Sales"),
        ("top3 dept hc", "top 3 departments by headcount"),
        ("how many accts ppl are assistants", "how many Accounting people are Assistants"),
        (
            "How many of them have a first name starting with J?",
            "how many people have a first name starting with J",
        ),
        ("hwo mnay employes are there in total", "how many employees"),
        (
            "list everyone whose surname is Smith (surname, not first name)",
            "list everyone whose surname is Smith",
        ),
        ("who's longest here", "who has been here the longest"),
        ("who is Leopold Johnston's title", "what is Leopold Johnston's title"),
        ("Who has been employed the longest time?", "who has been here the longest"),
        ("Which department is the smallest, out of interest?", "which department is smallest"),
        ("Lovely, and how many Vice-Presidents are there?", "how many Vice-Presidents"),
        ("I wish to know the department of Leopold Johnston.", "Leopold Johnston's department"),
        ("When was Leopold Johnston hired? Much obliged.", "when was Leopold Johnston hired"),
        ("Good day to you, how many people work in Sales?", "how many people work in Sales"),
        ("combien d'employés in Accounting?", "how many employees in Accounting"),
        ("which dept has the fewest people, tsé?", "which department has the fewest"),
        (
            "Follow-up: of the interns in Accounting, how many were hired after 2018?",
            "how many interns in Accounting were hired after 2018",
        ),
        (
            "how many people were hired between twenty twelve and twenty fourteen",
            "how many hired between 2012 and 2014",
        ),
        ("title brkdn", "title breakdown"),
        ("10yr+ tenure cnt", "how many with 10+ years of tenure"),
        ("Hoeveel medewerkers are in Sales?", "how many people in Sales"),
        ("Give me graag the list of Managers in HR", "list the Managers in HR"),
        ("How many people with achternaam Weimann?", "how many with last name Weimann"),
        ("how many hired in maart 2020", "how many hired in March 2020"),
        ("how many people wuk inna Engineering?", "how many people work in Engineering"),
        ("how much people start wuk pon a Monday?", "how many people started on a Monday"),
        ("how much department have more than 70 people?", "how many departments have over 70"),
        ("how much ppl get hire inna Q4 2022?", "how many hired in Q4 2022"),
        ("how much yahoo email in the whole place?", "how many have a yahoo email"),
        (
            "what's Leopold Johnston's title? (just the title pls, nothing else)",
            "Leopold Johnston's title",
        ),
    ],
)
def test_stop_52_wordings(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "said",
    [
        "who was hired then?",
        "how many then?",
        # said again after "you know" as something else: refused, never dropped
        "how many people got hired in 2020, you know, like hires in 2021",
    ],
)
def test_then_of_a_time_or_something_else_said_again_is_refused(said: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(said)


def test_a_tag_after_a_statement_is_no_question() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("There are 9 interns in Sales, right?")


def test_calendar_before_a_year_is_that_year() -> None:
    assert plan_of("how many hired during calendar 2019") == plan_of("how many hired in 2019")
    said = "How many will hit their 10-year anniversary during calendar 2027?"
    assert plan_of(said) == plan_of("How many will hit their 10-year anniversary in 2027?")
