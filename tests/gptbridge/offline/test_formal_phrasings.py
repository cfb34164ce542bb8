"""Formal and analytical phrasings: each means the plain question it is written as."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("emails by provider", "count per email domain"),
        ("What share of the HR department consists of interns?", "What share of HR are interns?"),
        (
            "Is the number of Sales employees greater than the number of Marketing employees?",
            "are there more Sales employees than Marketing employees",
        ),
        (
            "How many Presidents are there in total, with the exception of those in the Product "
            "department?",
            "How many Presidents are there in total not in Product?",
        ),
        (
            "How many Managers were hired in 2019 in departments other than Engineering?",
            "How many Managers were hired in 2019 not in Engineering?",
        ),
        (
            "Please compare the headcount of the Sales department with that of the Marketing "
            "department.",
            "headcount of Sales vs Marketing",
        ),
        (
            "What is the hire date of the most senior Contractor by length of service?",
            "What is the hire date of the longest-serving Contractor?",
        ),
        ("President or Vice-President, taken together", "President or Vice-President together"),
        ("hired between 2018 and 2020, inclusive of both years", "hired between 2018 and 2020"),
        ("the least common title across the entire organisation", "the least common title"),
        (
            "What is the headcount distribution by department, with counts and percentages of "
            "the total?",
            "headcount by department with percentages",
        ),
        (
            "mean tenure of Managers vs mean tenure of Associates",
            "mean tenure of Managers vs Associates",
        ),
        (
            "What is the range of hire dates (min and max) for Associates?",
            "What is the range of hire dates for Associates?",
        ),
        (
            "Who is the most recent addition to the Product team?",
            "Who is the most recent hire in Product?",
        ),
        ("list the additions to our Sales team in 2021", "list the hires in Sales in 2021"),
        ("Which titles have fewer than fifty holders?", "Which titles have fewer than 50 people?"),
        (
            "headcount distribution by title, n and %",
            "headcount by title, with percentages",
        ),
        (
            "Whilst I have you, how many Interns are in Engineering?",
            "how many Interns are in Engineering?",
        ),
        (
            "I'd be most obliged if you could give me the headcount by department.",
            "the headcount by department",
        ),
        ("Would you mind listing all Presidents?", "list all Presidents"),
        ("the email of Mr. Leopold Johnston", "the email of Leopold Johnston"),
        ("Dr Pfeffer's title", "Pfeffer's title"),
        ("share of emails by domain", "share of employees per email domain"),
        ("% of emails on gmail", "% of employees on gmail"),
        ("would you mind sharing the emails of HR", "give the emails of HR"),
        (
            "Please could you confirm whether Leopold Johnston is still a Contractor?",
            "is Leopold Johnston a Contractor?",
        ),
    ],
)
def test_a_formal_phrasing_means_the_plain_question(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "Sales with that of Marketing",  # "that of" compares only after "compare"
    ],
)
def test_what_the_formal_phrasings_leave_is_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Identify the five (5) most recently hired individuals", "the 5 most recently hired"),
        ("How many individuals are employed as of the date hereof?", "how many employees"),
        (
            "How many individuals were hired within the five (5) years preceding the date hereof?",
            "how many hired in the last 5 years",
        ),
        ("the share (%) of each department", "the share of each department"),
        (
            'Please identify the most recently hired employee (hereinafter "the latest hire")',
            "the most recently hired employee",
        ),
        (
            "In respect of the Accounting department, kindly confirm the headcount as at the date"
            " of this enquiry.",
            "the headcount of Accounting",
        ),
        (
            "the number of employees hired with effect from 1 January 2020 up to and including"
            " 31 December 2020",
            "the number of employees hired from 1 January 2020 to 31 December 2020",
        ),
        (
            "How many personnel hold the title of Contractor across all departments, inclusive of"
            " every business unit?",
            "how many Contractors",
        ),
        ("Please how many people are they in the whole company by now?", "how many people"),
        (
            "I should be most grateful if you could tell me who was the very first person ever"
            " hired here.",
            "who was the first person hired",
        ),
        ("And likewise, who was the most recent person to join?", "who was the most recent hire"),
        ("May I trouble you for the email address of Mark Smith?", "Mark Smith's email"),
        ("Finally, how many interns did we hire in 2022?", "how many interns hired in 2022"),
        (
            "I need a list, not a count: which Associates in Sales use gmail?",
            "list the Associates in Sales with a gmail address",
        ),
        ("count, not list, the interns", "count the interns"),
        ("CEO needs the number of contractors in Sales", "the number of contractors in Sales"),
        ("Boss wants a list of all the VPs", "a list of all the VPs"),
        (
            "the average tenure per department, where tenure is measured from hire date to today",
            "the average tenure per department",
        ),
    ],
)
def test_a_lawyers_and_an_assistants_register(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_tenure_in_full_years_is_not_the_engines_measure() -> None:
    with pytest.raises(NotUnderstood):
        plan_of(
            "more than 10 years of service, where tenure is measured in full years from hire date"
        )


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("What is the title of Leopold Johnston-san?", "the title of Leopold Johnston"),
        ("when did Mark Smith-ssi join", "when did Mark Smith join"),
    ],
)
def test_an_honorific_after_a_name_is_the_name(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "How many Presidents and Vice-Presidents, respectively, are there in Sales?",
            "how many presidents and vice-presidents in sales",
        ),
        (
            "Who is the most recent hire, and on what date was he or she hired?",
            "who is the most recent hire, and on what date were they hired",
        ),
        (
            "the earliest hire in Sales, and who was the employee concerned?",
            "the earliest hire in Sales, and who was the employee?",
        ),
        ("What is the aggregate number of employees in HR?", "the total number of employees in HR"),
        (
            "the average number of hires per year over the period 2010 to 2022 inclusive",
            "the average number of hires per year from 2010 to 2022 inclusive",
        ),
        ("the average tenure across the entire workforce", "the average tenure"),
        ("How many have a tenure of fifteen years or more?", "how many with 15+ years"),
    ],
)
def test_a_lawyers_register_at_stop_46(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "Could you list all Presidents and Vice-Presidents, grouped by department?",
            "list all Presidents and Vice-Presidents by department",
        ),
        ("list headcount grouped by department", "headcount by department"),
        ("List the vice-presidents in each department.", "list the VPs by department"),
        ("Please show me President of every department.", "show the presidents by department"),
        ("list the number of VPs in each department", "how many VPs per department"),
        ("list the Presidents per department", "list the presidents by department"),
        ("list out the President of all department", "list the presidents by department"),
        ("list headcount per department", "headcount per department"),
        ("list the newest hire in each department", "the most recent hire per department"),
        ("show the most common title in each department", "the most common title per department"),
    ],
)
def test_a_list_grouped_or_in_each_group_is_the_list_in_that_order(said: str, plainly: str) -> None:
    """ "list the VPs in each department" lists them by department; a count, an extreme or a
    number said before "in each" keeps its meaning."""
    assert plan_of(said) == plan_of(plainly)


def test_a_number_of_each_group_listed_is_refused() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("list 3 interns in each department")  # three of each, by what order?


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "How many persons commenced employment prior to 1 January 2012?",
            "how many hired before 2012-01-01",
        ),
        (
            "Who is the employee with the earliest date of commencement of employment?",
            "who is the employee with the earliest hire date",
        ),
        (
            "How many persons have completed not less than ten years of continuous service?",
            "how many with at least 10 years of service",
        ),
        (
            "How many persons have an email address at the domain gmail.com?",
            "how many on gmail.com",
        ),
        ("How many persons employed have a surname of Smith?", "how many with the surname Smith"),
        (
            "the average number of years on the job for Sales Interns",
            "average tenure of Sales interns",
        ),
    ],
)
def test_a_drafters_wording_means_the_plain_question(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "The latest hire date in the Accounting department, what is it?",
            "what is the latest hire date in Accounting",
        ),
        (
            "The average tenure of all employees in years, how long is it as of today?",
            "what is the average tenure in years as of today",
        ),
        ("The first hire in Sales, when was it?", "when was the first hire in Sales"),
        ("The newest hire in HR, who is it?", "who is the newest hire in HR"),
    ],
)
def test_the_topic_said_first_then_asked_of(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Between Accounting and HR, which dept is having longer average tenure?",
            "which dept has the longer average tenure, Accounting or HR?",
        ),
        (
            "between 2019 and 2020, which year had more hires?",
            "which year had more hires, 2019 or 2020",
        ),
    ],
)
def test_two_said_before_which(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "How many employees have been here 10 or more full years?",
        "How many employees have been here exactly 10 or more full years as of today?",
        "How many employees have been here exactly 10 or more years?",
    ],
)
def test_whole_years_after_a_bound(question: str) -> None:
    assert plan_of(question) == plan_of("how many have at least 10 years of service")


def test_a_breakdown_of_the_emails_per_domain() -> None:
    assert plan_of("breakdown the emails per domain") == plan_of("count of emails by domain")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "how many staff have hit their 5 year anniversary",
            "how many have at least 5 years of service",
        ),
        (
            "how many staff have hit their 5 year anniversary but not 10 yet?",
            "how many have at least 5 but less than 10 years of service",
        ),
        (
            "How many employees have been here 8 years or more but less than 9?",
            "how many have at least 8 but less than 9 years of service",
        ),
        (
            "When was the first employee in Accounting hired and when the last?",
            "first and last hire dates in Accounting",
        ),
    ],
)
def test_anniversaries_reached_bounds_and_both_ends(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_an_anniversary_in_a_period_is_not_one_reached() -> None:
    said = "how many hit their 5 year anniversary in 2023"
    assert plan_of(said) == plan_of("how many have a 5-year anniversary in 2023")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Kindly identify the most recently hired employee, stating full name and date of hire.",
            "the most recently hired employee, with their full name and hire date",
        ),
        (
            "Please identify the most recently hired Manager and state that person's department.",
            "the most recently hired Manager, with their department",
        ),
        (
            "What is the aggregate number of employees whose email address is hosted at gmail?",
            "how many employees on gmail",
        ),
        (
            "Which department has the greatest aggregate number of employees, and what is that"
            " number?",
            "which department has the most employees",
        ),
        (
            "How many employees have a tenure of less than five years as measured to today's date?",
            "how many have less than 5 years of service",
        ),
        (
            "In respect of the Customer Service department, how many employees were hired in 2021?",
            "how many in Customer Service were hired in 2021",
        ),
    ],
)
def test_legal_english(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "How much people are longer then 10 years in service?",
        "How many people are longer 10 years in service?",
    ],
)
def test_than_mistyped_or_left_out(question: str) -> None:
    """ "longer then 10 years" had become the 10 hire years with the most people."""
    assert plan_of(question) == plan_of("how many have more than 10 years of service")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Since when is the oldest employee of Sales working here?", "earliest hire date in Sales"),
        (
            "How much years is the oldest employee in service?",
            "how long has the first hire been here",
        ),
    ],
)
def test_the_oldest_in_service_is_the_longest_serving(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_the_oldest_employee_alone_is_an_age() -> None:
    with pytest.raises(OutOfData):
        plan_of("who is the oldest employee")


def test_a_cumulative_number_up_to_a_year_is_the_total_to_then() -> None:
    said = "What is the cumulative number of hires up to and including 2015?"
    assert plan_of(said) == plan_of("the total number of hires up to and including 2015")


def test_cumulative_hires_per_year_stay_a_running_total() -> None:
    assert plan_of("cumulative hires per year") != plan_of("total hires per year")


@pytest.mark.parametrize("said", ["staff strength", "headcount", "numbers"])
def test_bigger_in_terms_of_a_count_is_bigger(said: str) -> None:
    question = f"Is Engineering bigger than HR in terms of {said}?"
    assert plan_of(question) == plan_of("Is Engineering bigger than HR?")


def test_ranked_in_terms_of_headcount_stays_an_order() -> None:
    assert plan_of("rank departments in terms of headcount") == plan_of(
        "rank departments by headcount"
    )


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("Give me list of all departments please.", "list all departments"),
        ("give me a list of all titles", "list all titles"),
    ],
)
def test_a_list_of_all_departments_is_the_departments(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_providers_said_respectively_are_counted_per_provider() -> None:
    said = "how many employees use gmail.com, hotmail.com and yahoo.com respectively?"
    plainly = "how many employees use gmail.com, hotmail.com or yahoo.com, per provider"
    assert plan_of(said) == plan_of(plainly)
