"""Chat shorthand ("1st hire ever", "avg hires/yr", "ratio interns:mgrs") means the plain
question; a slash between two keys or after "w" keeps its meaning."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("1st hire ever", "first hire ever"),
        ("avg hires/yr", "average hires per year"),
        ("hires / month in 2020", "hires per month in 2020"),
        ("headcount/dept", "headcount per department"),
        ("ratio interns:mgrs", "ratio of interns to managers"),
        ("yoy hiring growth by year", "year over year hiring growth"),
        ("avg tenure of the team in years", "average tenure in years"),
        ("month by month joiners for 2022", "hires per month in 2022"),
        ("month-by-month hires for 2020", "hires per month in 2020"),
        ("whose email has kling in it", "whose email contains kling"),
        ("hires by day of the week (Monday to Sunday)", "hires by day of the week"),
        ("hires per weekday (Sunday through Saturday)", "hires per weekday"),
        ("hires per month (jan..dec)", "hires per month"),
        ("which dept has the fewest ppl in it", "which dept has the fewest ppl"),
        ("hires per quarter, all years combined (Q1-Q4)", "hires per quarter"),
        ("avg tenure by department, years", "average tenure by department in years"),
        ("hc at end of 2015", "how many employees hired no later than 2015"),
        ("interns per manager ratio", "ratio of interns to managers"),
        ("interns sorted by last name, with email", "interns with email sorted by last name"),
        ("best hiring yr", "the year with the most hires"),
        (
            "headcount by department as at 31 December 2022",
            "headcount by department hired on or before 31 December 2022",
        ),
        ("Product headcount as of 2015-06-30", "Product headcount hired on or before 2015-06-30"),
        ("slowest hiring month in 2021", "the month with the fewest hires in 2021"),
        (
            "how are email domains distributed within marketing",
            "email domain breakdown in marketing",
        ),
        ("most hires per month, pooling all years", "most hires per month, all years combined"),
        (
            "hires in fiscal year 2020/21 (1 Jul 2020 - 30 Jun 2021) by department",
            "hires between 2020-07-01 and 2021-06-30 by department",
        ),
        (
            "which department had the most new hires in FY 2021/22 (1 July 2021 to 30 June 2022)",
            "which department had the most new hires between 1 July 2021 and 30 June 2022",
        ),
        ("who hits exactly 10 years of service this month", "who hits 10 years this month"),
        ("which dept added the most hires in 2015", "which dept had the most hires in 2015"),
        ("yoy growth in hires 2018 vs 2017 %", "growth in hires from 2017 to 2018"),
        ("last name starting O' (like O'Connell)", "last name starting with O'"),
        ("surnames beginning Mc", "surnames beginning with Mc"),
        ("top 3 most common first names w/ counts", "top 3 most common first names"),
        (
            "engineering headcount as of year-end 2020",
            "how many engineers hired no later than 2020",
        ),
    ],
)
def test_shorthand_means_the_plain_question(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_a_slash_between_keys_or_after_w_is_not_per() -> None:
    assert plan_of("department/title breakdown") == plan_of("breakdown by department and title")
    assert plan_of("interns, list w/ dept") == plan_of("interns with their department")


def test_a_team_named_is_still_that_department() -> None:
    assert plan_of("avg tenure of the sales team") == plan_of("average tenure in Sales")


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("n employees total?", "number of employees total"),
        ("n hired in 2015?", "how many hired in 2015"),
        ("top-3 departments by n", "top 3 departments by count"),
        ("which hire year had the max n", "which year had the most hires"),
        (
            "Managers in Sales hired after 2018-12-31, n=?",
            "how many managers in sales hired after 2018-12-31",
        ),
        ("top-3 titles within Marketing, with n", "top 3 titles in Marketing, with counts"),
        ("headcount by department, desc order", "headcount by department, descending"),
        (
            "hires by calendar month (jan-dec), all years pooled",
            "hires per month, all years combined",
        ),
    ],
)
def test_a_statisticians_shorthand_means_the_plain_question(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_a_week_that_is_not_whole_stays_a_condition() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("hires per weekday (Monday to Friday)")


def test_year_by_year_keeps_its_change_and_tenure_at_a_year_end_is_not_read() -> None:
    assert plan_of("year by year hires") == plan_of("year over year hires")
    with pytest.raises(NotUnderstood):
        plan_of("average tenure at the end of 2020")


def test_a_fiscal_year_without_its_dates_is_not_read() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("hires in fiscal year 2021")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many people join in 2019 year", "how many people joined in 2019"),
        ("how many new starters in the 2021 calendar year", "how many new starters in 2021"),
        ("hires in calendar year 2021", "hires in 2021"),
        ("how many hired in first quarter of 2020 year", "how many hired in Q1 2020"),
        ("which year was our peak hiring year", "which year had the most hires"),
        ("what month was the quietest hiring month", "which month had the fewest hires"),
    ],
)
def test_a_year_said_as_a_year_is_the_year(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_year_end_is_no_year() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("who joined in the 2019 year-end")


@pytest.mark.parametrize(
    "question",
    ["how many Sales managers are there exactly", "exactly how many sales managers"],
)
def test_exactly_asks_for_the_count_it_gives(question: str) -> None:
    assert plan_of(question) == plan_of("how many sales managers")


def test_exactly_as_a_bound_is_kept() -> None:
    assert plan_of("first names with exactly 4 letters") == plan_of(
        "first names with exactly 4 characters"
    )


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "What is the ratio of Sales employees to Marketing employees?",
            "ratio of Sales to Marketing",
        ),
        ("each department's share of the total", "headcount per department with percentages"),
        (
            "How many employees per department, and what is each department's share of the total?",
            "headcount per department with percentages",
        ),
        (
            "For each title, give the number of staff and their share of the total.",
            "headcount per title with percentages",
        ),
    ],
)
def test_shares_and_ratios_said_of_people(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("AC: list of hires Q1 2021", "list of hires Q1 2021"),
        ("TODO get email for Mark Smith", "email for Mark Smith"),
        ("FYI need dept w/ most ppl", "the department with the most people"),
        ("approx % of staff on gmail", "% of staff on gmail"),
        ("avg hire year, approx", "avg hire year"),
        ("email for Mark Smith + his dept", "email for Mark Smith with his dept"),
        ("how many how many interns do we have", "how many interns"),
        ("who has been here the longest longest", "who has been here the longest"),
        ("what's the deal with HR, how many people work in HR", "how many people work in HR"),
        ("um how many people are in like sales", "how many people are in sales"),
        ("hired in the summer of 2019, June to August like", "hired in the summer of 2019"),
        (
            "how many employee which his last name start with S",
            "how many employees whose last name starts with S",
        ),
        (
            "how many in sales and marketing both together",
            "how many in sales and marketing together",
        ),
    ],
)
def test_notes_stutters_and_spoken_fillers(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question", ["Who has the same title, like me?", "how many hired around 2015"]
)
def test_like_and_around_that_say_something_are_kept(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_a_number_said_twice_is_a_number() -> None:
    assert plan_of("hired in twenty twenty") == plan_of("hired in 2020")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("work anniversaries per month", "hires per month, all years together"),
        ("Which calendar month has the most work anniversaries?", "which month has the most hires"),
        (
            "number of december anniversaries by department",
            "how many hired in december of any year by department",
        ),
        ("december anniversaries", "who was hired in december of any year"),
    ],
)
def test_work_anniversaries_counted_by_group(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_anniversaries_per_department_stay_refused() -> None:
    """Everyone has one a year: which of them, per department?"""
    with pytest.raises(NotUnderstood):
        plan_of("anniversaries per department")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("interns, oldest seniority date first", "interns, oldest first"),
        ("engineers by most recent start date first", "engineers, newest first"),
        ("engineers, latest hire date last", "engineers, oldest first"),
        ("the seniority list for HR", "list HR by seniority"),
        ("can you make the count of interns", "the count of interns"),
        ("is Mark Smith still an intern or what?", "is Mark Smith still an intern?"),
        ("average tenure for department, in years", "average tenure per department in years"),
        ("the most common first name between the employees", "the most common first name"),
        ("hired in the last 4 years from today", "hired in the last 4 years"),
        ("unique values of department", "unique departments"),
        ("distinct title values", "distinct titles"),
        ("last names that appear more than 3 times", "last names shared by more than 3 people"),
        ("first names appearing at least 2 times", "first names shared by at least 2 people"),
    ],
)
def test_orders_lists_and_spreadsheet_words_said_otherwise(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "count by email domain (gmail / hotmail / yahoo)",
            "count by email domain, gmail or hotmail or yahoo",
        ),
        ("employees per department (Sales, HR)", "employees per department in Sales or HR"),
        ("headcount by title (Intern, Manager)", "headcount by title, interns or managers"),
    ],
)
def test_groups_listed_in_brackets_are_those_groups(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_make_is_still_pay_when_nothing_is_counted() -> None:
    with pytest.raises(OutOfData):
        plan_of("how much do interns make")


def test_a_bare_key_after_for_stays_a_value_when_one_is_named() -> None:
    assert plan_of("headcount for department Sales") == plan_of("how many in Sales")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("who was the first employee", "who was the first hire"),
        ("our last staff member in Sales", "the last hire in Sales"),
        ("how many hired in march, in all the years", "how many hired in march"),
    ],
)
def test_the_first_employee_is_the_first_hire(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "whats in the sales table",
        "count rows in the projects table",
        "show me the other tables in the database",
        "what tables do you have",
        "select * from sqlite_master",
        "whats in the apitokens_apitoken table",
    ],
)
def test_a_table_other_than_the_directory_is_refused(question: str) -> None:
    with pytest.raises(OutOfData, match=r"beyond its one table|projects"):
        plan_of(question)
    assert plan_of("how many rows in the employees table") == plan_of("how many employees")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("hired after 2023 January", "hired after January 2023"),
        ("how many hired in march month", "how many hired in march"),
        ("how many joined in month January", "how many joined in January"),
    ],
)
def test_a_month_said_with_its_year_first_or_as_a_month(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("which department's the smallest?", "which department is the smallest"),
        ("which title's got the most people", "which title has the most people"),
        ("who is the most new employee", "who is the newest employee"),
        ("which year have most new employee", "which year has the most hires"),
        ("the oldest hire date in Sales", "the earliest hire date in Sales"),
        ("who is the oldest employee by hire date", "who is the longest-serving employee"),
        (
            "staff hired between January 2018 until June 2018",
            "hired between January 2018 and June 2018",
        ),
        (
            "hires in the 2019-2020 academic year (Sept 2019 thru Aug 2020)",
            "hires between September 2019 and August 2020",
        ),
    ],
)
def test_contractions_ends_and_years_said_otherwise(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_the_oldest_employee_is_still_an_age() -> None:
    with pytest.raises(OutOfData):
        plan_of("who is the oldest employee")


@pytest.mark.parametrize(
    "question", ["how many people are in my team", "As a manager, how many people are on my team?"]
)
def test_my_team_is_no_one_unless_the_asker_says_theirs(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("Which Abteilung has the most Praktikanten (Interns)?", "which dept has the most interns"),
        ("which department has the fewest trainees (Interns)", "which dept has the fewest interns"),
    ],
)
def test_the_most_before_words_a_bracket_defines_is_kept(said: str, plainly: str) -> None:
    # never "which departments have Interns": the most (fewest) is not defined away
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "hires by month of year (jan..dec), pooled across years",
        "hires by month, pooled over the years",
    ],
)
def test_pooled_across_years_is_all_years_together(question: str) -> None:
    """ "across years" alone is per year: "pooled across years" had become month by year."""
    assert plan_of(question) == plan_of("hires by month, all years together")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many interns, pooled across departments", "how many interns"),
        ("average tenure pooled across departments", "average tenure"),
    ],
)
def test_pooled_across_groups_is_one_figure(question: str, plainly: str) -> None:
    """ "pooled across departments" had become per department."""
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question", ["How many people are not not in Sales?", "Which employees don't NOT work in HR?"]
)
def test_a_negation_said_twice_is_never_said_once(question: str) -> None:
    """ "not not in Sales" had become "not in Sales" (434, where the writer may mean 66)."""
    with pytest.raises(NotUnderstood):
        plan_of(question)
