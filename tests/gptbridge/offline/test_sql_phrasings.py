"""SQL's clauses typed into a question: each means the plain question it is written as."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.words import CHANGES

from .conftest import plan_of


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("email like '%yahoo%'", "email contains 'yahoo'"),
        ("employees where last name like 'Mc%'", "employees where last name starts with 'Mc'"),
        ("count where email ilike '%.com'", "count where email ends with '.com'"),
        ("select * from employees where dept = 'Sales'", "employees in Sales"),
        ("select count(*) from employees where title = 'Intern'", "how many interns"),
        ("count(*) from employees where title='Intern'", "how many interns"),
        ("count(*) by department", "count by department"),
        (
            "count(*) where first_name like 'J%'",
            "how many employees have a first name starting with J",
        ),
        ("count(distinct last_name) in HR", "number of distinct last names in HR"),
        ("emails where last_name like Mc%", "emails where last name starts with 'Mc'"),
        ("the mode of the title column", "the most common title"),
        (
            "count where email domain = gmail.com",
            "count employees where email ending in @gmail.com",
        ),
        ("count where dept = Sales", "how many in Sales"),
        ("{department: HR, title: Intern}", "department = HR and title = Intern"),
        ("dept=Engineering group_by=title", "dept=Engineering per title"),
        ("sort=hire_date desc limit=5", "sorted by hire_date descending, top 5"),
        (
            "{last_name: 'DuBuque'} fields=first_name,title",
            "last_name = DuBuque with first_name, title",
        ),
        ("hire_year=2015 count", "count hired in 2015"),
        ("group_by=email_domain", "per email domain"),
        ("an e-mail address on the yahoo.com domain", "an e-mail address at yahoo.com"),
        ("select * where last_name = 'Smith'", "employees whose last name is Smith"),
        ("count(*) group by year(hire_date)", "count by hire year"),
        ("count(*) by extract(month from hire_date)", "count by hire month"),
        ("count(*) group by strftime('%Y', hire_date)", "count by hire year"),
        (
            "last_name, count(*) group by last_name having count(*) > 2",
            "last names with more than 2 employees",
        ),
        (
            "select department, count(*) from employees group by department having count(*) >= 70",
            "departments with at least 70 employees",
        ),
        ("min(hire_date) in sales", "earliest hire date in sales"),
        ("max(hire date) per department", "latest hire date per department"),
        ("avg(tenure) by dept", "average tenure by dept"),
        ("max(tenure) in Sales", "longest tenure in Sales"),
        ("hire_date >= 2020-01-01 in engineering", "hired on or after 2020-01-01 in Engineering"),
        ("hired < '2011-01-01'", "hired before 2011-01-01"),
        ("department in ('Sales', 'Marketing')", "employees in Sales or Marketing"),
        (
            "title not in ('Intern','Contractor') and dept = 'Sales'",
            "employees who are not interns or contractors in Sales",
        ),
        (
            "employees where title != 'Intern' and department = 'HR'",
            "employees who are not interns in HR",
        ),
        ("dept <> HR", "employees not in HR"),
        ("engineers order by hire_date desc limit 5", "the 5 most recently hired engineers"),
        ("newest hires limit 10", "the 10 newest hires"),
        (
            "select first_name, email from employees where department = 'HR' order by first_name",
            "first name and email of employees in HR sorted by first name",
        ),
    ],
)
def test_an_sql_clause_means_the_plain_question(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "first name like 'Ann'",  # no wildcard: equal, or "similar"?
        "engineers limit 5",  # which five? no order is given
        "select * from salaries",  # not the directory
        "select password from auth_user",
        "employees; drop table employees",
        "min(last_name) in sales",  # first in the alphabet, or the shortest?
    ],
)
def test_what_the_sql_phrasings_leave_is_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("headcount_by_dept", "headcount by department"),
        ("avg_tenure per title", "average tenure per title"),
        ("hires_2020", "hires 2020"),
        ("top_3_depts by headcount", "top 3 departments by headcount"),
    ],
)
def test_a_metrics_name_is_its_words(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_text_with_an_underscore_stays_as_typed() -> None:
    """ "nash_f" is no two words: a text compared keeps its underscore."""
    assert plan_of("email contains nash_f") == plan_of('email contains "nash_f"')


@pytest.mark.parametrize(
    "question",
    [
        "DROP TABLE employees;",
        "drop table employees",
        "del Leopold Johnston",
        "del from employees where department = 'HR'",
        "please del the interns",
        "change title of Leopold Johnston to Manager please",
        "Please increase the hire date of all Interns by one year.",
    ],
)
def test_drop_table_is_a_change_refused_as_one(question: str) -> None:
    with pytest.raises(OutOfData) as refused:
        plan_of(question)
    assert refused.value.topic == CHANGES


def test_a_day_quoted_as_code_quotes_it_is_the_day() -> None:
    assert plan_of("how many hired between '2012-06-01' and '2012-12-31'") == plan_of(
        "how many hired between 2012-06-01 and 2012-12-31"
    )


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("countif department = Sales", "how many in Sales"),
        ("COUNTIFS(title = Intern)", "how many interns"),
        ("countif title = Intern by department", "how many interns per department"),
        (
            "How many employees have a hire_date >= 2018-01-01 and < 2019-01-01?",
            "how many hired on or after 2018-01-01 and before 2019-01-01",
        ),
    ],
)
def test_a_spreadsheets_count_if_and_a_second_bound_without_its_column(
    said: str, plainly: str
) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_the_year_of_hire_date_is_the_hire_year() -> None:
    assert plan_of("count by year of hire_date") == plan_of("count by hire year")


@pytest.mark.parametrize(
    "question", ["list employees where manager = 'Smith'", "count where sales = 5"]
)
def test_a_value_compared_as_a_column_is_refused(question: str) -> None:
    # once the "=" dropped: "is Smith a Manager?"
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_a_period_said_as_a_word_stays_a_word() -> None:
    assert plan_of("how many hired in the period 2019 to 2020").filters


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("sort hire_date desc, top 3 in Engineering", "the 3 most recently hired in Engineering"),
        ("engineers hire_date desc top 3", "the 3 most recently hired in Engineering"),
        ("engineering hire dates descending", "engineers sorted by hire date descending"),
        ("interns in sales sort last name", "interns in sales sorted by last name"),
    ],
)
def test_a_direction_after_a_column_sorts_by_that_column(question: str, plainly: str) -> None:
    # Had sorted by name, Z to A, showing the hire dates.
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("pivot by dept, earliest hire date per dept", "earliest hire date per dept"),
        ("pivot by title, latest hire_date", "latest hire date per title"),
        (
            "countifs dept=Sales, title=Vice-President",
            "count where dept=Sales and title=Vice-President",
        ),
        ("how many rows total in the employees sheet?", "how many employees"),
        ("engineers hired up until the end of 2012", "engineers hired until the end of 2012"),
    ],
)
def test_a_spreadsheets_words(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_columns_slashed_after_an_arrow_are_shown_never_grouped_by() -> None:
    # "name/dept" had been "name per department": the newest President of each department.
    assert plan_of("interns in sales: name/email") == plan_of(
        "interns in sales with their name and email"
    )
    assert plan_of("hires per dept/title") == plan_of("hires per department and title")
    with pytest.raises(NotUnderstood):
        plan_of("newest president -> name/dept")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("headcount per department desc", "headcount per department, descending"),
        ("titles desc", "what titles are there, descending"),
    ],
)
def test_a_group_before_a_direction_is_ordered_as_a_group(question: str, plainly: str) -> None:
    # Found on the reread: read as "sorted by department" (refused), "sorted by title" (people).
    assert plan_of(question) == plan_of(plainly)
