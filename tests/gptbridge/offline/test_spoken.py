"""Forms said or typed another way (spoken.py): each rewritten only where it has one meaning."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.spoken import as_written
from tests.gptbridge.offline.conftest import plan_of


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("hired in the two thousand tens", "hired in the 2010s"),
        ("hires in the twenty tens", "hires in the 2010s"),
        ("who joined in the nineteen nineties", "who joined in the 1990s"),
        ("how many in the two thousands", "how many in the 2000s"),
        ("hired in twenty twenty", "hired in 2020"),
        ("the five newest", "the 5 newest"),
        ("list everyone in h r", "list everyone in hr"),
        ("how many v p's", "how many vp's"),
        ("hired in q four twenty nineteen", "hired in q4 2019"),
        ("between 01.03.2016 and 31.05.2016", "between 2016-03-01 and 2016-05-31"),
        ("in HR since more than 10 years", "in HR for more than 10 years"),
        ("working since 3 years", "working for 3 years"),
        ("with >10y tenure", "with >10 years tenure"),
        ("department wise count", "per department count"),
        ("year-wise hires", "per year hires"),
        ("list VPs department wise", "list VPs by department"),
        ("email domain wise count", "per email domain count"),
        ("joining year wise hires", "per joining year hires"),
        ("koby cole what team", "koby cole what department"),
        ("hires in 2022 H2 vs 2022 H1", "hires in H2 2022 vs H1 2022"),
        ("hires in 2021 q3", "hires in q3 2021"),
        ("how many did we higher in 2021", "how many did we hire in 2021"),
        ("who was highered in 2019", "who was hired in 2019"),
        ("hires four the year 2018", "hires for the year 2018"),
        ("titles with higher headcount", "titles with higher headcount"),
        ("sales headcount was higher than marketing", "sales headcount was higher than marketing"),
        ("X - which team is she on?", "X - which department is she on?"),
        (
            "Leopold Johnston vs Jailyn McClure who started first",
            "Leopold Johnston or Jailyn McClure, who started first",
        ),
        ("names of all VPs dept-wise", "names of all VPs by dept"),
        ("list dept-wise count of VPs", "list per dept count of VPs"),
        ("Associates: first, last, hire date", "Associates: first name, last name, hire date"),
        ("first, last and email of interns", "first name, last name and email of interns"),
        ("interns: email, first, last?", "interns: email, first name, last name?"),
        ("average tenure by title, longest first", "average tenure by title, most first"),
        ("avg tenure by dept, shortest first", "avg tenure by dept, fewest first"),
        ("top 5 by hire_date desc", "top 5 by hire date desc"),
        ("first_name = Mustafa", "employees where first name = Mustafa"),
        ("employees where dept != HR", "employees where dept is not HR"),
        ("title<>Manager", "employees where title is not Manager"),
        ("count interns in !Sales", "count interns in not Sales"),
        ("How many hires did Sales make in 2019?", "How many hires did Sales in 2019?"),
        ("number of hires did each department make", "number of hires did each department"),
        ("how many interns! thanks", "how many interns! thanks"),
        ("who has been here the longest time", "who has been here the longest"),
        ("at the company for the shortest amount of time", "at the company the shortest"),
        ("the most senior person in HR (earliest hire)?", "the longest-serving person in HR?"),
        ("most senior VP (by tenure)", "longest-serving VP"),
        ("what share of total headcount is in Sales", "what share is in Sales"),
        ("sorted from the largest department to the smallest", "largest first"),
        ("by title from the smallest to the largest one", "by title smallest first"),
        (
            "hired in calendar year 2019, i.e. from 1 Jan 2019 to 31 Dec 2019 inclusive?",
            "hired in 2019 (from 1 Jan 2019 to 31 Dec 2019 inclusive)?",
        ),
        (
            "how many are in Kasey Kris's team (same dept)?",
            "how many are in Kasey Kris's department?",
        ),
        ("which quarter (Q1-Q4) has the most hires", "which quarter has the most hires"),
        ("hires per month (Jan to Dec)", "hires per month"),
        ("hires since jan", "hires since last jan"),
        ("# how many people joined in March 2021", "how many people joined in March 2021"),
        ("# of interns", "# of interns"),
        ("How many joiners in the last fortnight?", "How many joiners in the last 2 weeks?"),
        ("hired a fortnight ago", "hired 2 weeks ago"),
        ("been here less than for years", "been here less than 4 years"),
        ("hired in the last to years", "hired in the last 2 years"),
        ("hired for years ago", "hired 4 years ago"),  # "for years" is no length before "ago"
        ("worked here for years", "worked here for years"),
        ("first hire date and last hire date on record?", "first and last hire date on record?"),
        ("the range of hire dates in Sales", "the earliest and latest hire date in Sales"),
        ("what is the start date span", "what is the earliest and latest start date"),
        ("how many since September in sales", "how many since last September in sales"),
        ("hired since January 2022", "hired since January 2022"),
        ("hired since march, 2021", "hired since march, 2021"),
        ("the oldest Manager (the one with the earliest hire date)", "the longest-serving Manager"),
        ("hires in the 12 months up to today", "hires in the last 12 months"),
        ("hired in the 2 years until now", "hired in the last 2 years"),
        ("hires in the trailing twelve months", "hires in the last 12 months"),
        ("rolling 3 years hires", "the last 3 years hires"),
        (
            "ratio of contractors to total employees in engineering",
            "contractors as a percentage of everyone in engineering",
        ),
        ("the ratio of interns to the total headcount", "interns as a percentage of everyone"),
        ("ratio of Managers to employees in CS", "Managers as a percentage of everyone in CS"),
        ("the date of the first hiring in HR", "the date of the first hire in HR"),
        ("the most recent hiring", "the most recent hire"),
        (
            "employees with initials T.G.",
            "employees with first name starting with T and last name starting with G",
        ),
        ("initials JD?", "first name starting with J and last name starting with D?"),
        (
            "count where dept is Engineering and title is Manager",
            "count employees where dept is Engineering title is Manager",
        ),
        (
            "department = Sales, and role = Intern",
            "employees where department = Sales role = Intern",
        ),
        ("hires per year, YoY", "hires per year with year-over-year change"),
        ("hires per year and the yoy change", "hires per year with year-over-year change"),
        ("min and max hire date by title", "earliest and latest hire date by title"),
        ("max start date", "latest start date"),
        ("headcount share by department", "share of headcount by department"),
    ],
)
def test_forms_with_one_meaning_are_written_as_the_grammar_reads_them(
    said: str, written: str
) -> None:
    assert as_written(said) == written


@pytest.mark.parametrize(
    "said",
    [
        "tens of engineers",  # no number: text2num would make it 10
        "hundreds of hires",
        "names starting with b c or d",  # "bc" is no word of the grammar
        "employees in the u s",  # "us" is a filler, not a department or title
        "initials m e",
        "hired on 31.02.2016",  # no such day
        "hired since 2020",  # a year, not a length of time
        "otherwise who",
        "first and last hire date in Sales",  # the earliest and the latest
        "the first, last hire in Sales",
        "the longest first names",
        "email contains john_doe",  # no column
        "the email first_name.last_name@example.com",  # an address, not columns
        "first_nm = Mustafa",  # no "1st_nm"
        "the 12 months up to 2020",  # up to a year, not to today
        "ratio of interns to managers",  # two groups, not a share
        "the first hiring date",  # the hire date
        "WHO HAS THE SAME INITIALS AS TAD GOTTLIEB",  # a relation, not the initials A. S.
        "people with initials that match",
        "department is Sales and department is HR",  # one column twice: a list
        "the min number of hires",  # no dates
        "headcount share",  # no groups
    ],
)
def test_other_forms_are_left_as_typed(said: str) -> None:
    assert as_written(said) == said


def test_spoken_forms_mean_what_their_written_forms_mean() -> None:
    assert plan_of("hires in the two thousand tens") == plan_of("hires in the 2010s")
    assert plan_of("list the v p's in h r") == plan_of("list the VPs in HR")
    assert plan_of("how many hired in q four twenty nineteen") == plan_of(
        "how many hired in Q4 2019"
    )
    assert plan_of("Which persons are in HR since more than 10 years?") == plan_of(
        "Which people are in HR for more than 10 years?"
    )
    assert plan_of("department wise count of contractors") == plan_of(
        "count of contractors per department"
    )


def test_letters_that_join_into_a_filler_are_refused_not_dropped() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("employees in the u s")


def test_a_plural_number_word_is_refused_not_read_as_one_number() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("hires in the tens")


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("How much employees we have in total?", "how many employees in total"),
        ("how much interns are in Sales", "how many interns are in Sales"),
        ("How much percent of Engineering are interns?", "what percent of Engineering are interns"),
    ],
)
def test_how_much_before_people_or_a_share_asks_how_many(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "said",
    [
        "how much do engineers get",
        "how much engineers get",
        "how much is Mark paid",
        "what did the hires in 2020 make",
        "how many hires make more than 100k",
    ],
)
def test_how_much_elsewhere_is_pay(said: str) -> None:
    with pytest.raises(OutOfData):
        plan_of(said)


def test_not_equal_as_code_writes_it_is_not() -> None:
    assert plan_of("employees where department != Sales") == plan_of(
        "employees whose department is not Sales"
    )


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("fewer than a dozen contractors", "fewer than 12 contractors"),
        ("the half a dozen newest hires", "the 6 newest hires"),
        ("at least 15 full years of service", "at least 15 years of service"),
        (
            "hired from 2019-01-01 up to but not including 2020-01-01",
            "hired from 2019-01-01 to 2019-12-31",
        ),
        ("hired from 2015 up to but not including 2017", "hired from 2015 to 2016"),
        ("hired up to but not including 2011", "hired before 2011"),
        ("departments that have zero interns", "departments that have no interns"),
    ],
)
def test_said_as_the_grammar_reads_it(question: str, written: str) -> None:
    assert as_written(question) == written


def test_full_years_are_only_read_after_a_number() -> None:
    assert as_written("how long, in full years, has he been here") == (
        "how long, in full years, has he been here"
    )


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("hires yearwise", "hires per year"),
        ("department-wise headcount", "per department headcount"),
    ],
)
def test_wise_is_per(question: str, written: str) -> None:
    assert as_written(question) == written


def test_otherwise_is_no_key() -> None:
    assert as_written("otherwise likewise") == "otherwise likewise"


def test_who_is_after_all_is_no_owner() -> None:
    assert as_written("all employee who's surname starts with Q") == (
        "all employee who's surname starts with Q"
    )


def test_what_someone_does_beside_another_column_is_their_title() -> None:
    assert as_written("what does Myrtie Schamberger do and which team is she on?") == (
        "what is the title of Myrtie Schamberger and which department is she on?"
    )
    assert as_written("what does Myrtie Schamberger do") == "what does Myrtie Schamberger do"


def test_since_how_many_years_is_how_long() -> None:
    assert as_written("Since how many years is working X") == "how long is working X"


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("hired in the first week of July 2014", "hired between 2014-07-01 and 2014-07-07"),
        ("the last week of February 2020", "between 2020-02-23 and 2020-02-29"),
    ],
)
def test_the_first_or_last_week_of_a_month(question: str, written: str) -> None:
    assert as_written(question) == written


def test_each_one_is_never_the_number_one() -> None:
    assert "1" not in as_written("which department is each one in")
    assert as_written("which department is each one in") == "which department is each one in"


def test_one_after_a_superlative_is_no_number() -> None:
    smallest = as_written("which department is the smallest one?")
    assert smallest == "which department is the smallest?"
    assert "100" in as_written("the biggest one hundred")


@pytest.mark.parametrize(
    "question",
    [
        "how many in that dept",
        "Kendall Larson works in Sales. how many people are in that department?",
        "how many in that title",
    ],
)
def test_a_group_pointed_at_with_nothing_named_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_contractions_typed_without_their_apostrophe() -> None:
    assert plan_of("% of eng thats interns") == plan_of("% of eng that is interns")


def test_hiring_volume_is_hires() -> None:
    assert plan_of("which year had the biggest hiring volume") == plan_of(
        "which year had the most hires"
    )


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("which weekday gets the most new hires", "which weekday has the most hires"),
        ("which month received the most hires", "which month had the most hires"),
        ("how many interns in total, inclusive of all departments", "how many interns"),
        ("how many interns including all departments", "how many interns"),
    ],
)
def test_verbs_and_wholes_said_another_way(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("emails with a dot before the @", "emails with a dot"),
        (
            "how many emails have an underscore before the @ sign",
            "how many emails have an underscore",
        ),
        (
            "how many people have email usernames with an underscore",
            "how many emails have an underscore",
        ),
        ("email prefixes containing a digit", "emails containing a digit"),
    ],
)
def test_the_part_before_the_at_said_of_a_character(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_an_email_username_compared_whole_is_still_refused() -> None:
    with pytest.raises(OutOfData):
        plan_of("whose email username is conor92")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Could you please share Leopold Johnston's email?", "Leopold Johnston's email"),
        ("please share the list of interns in HR", "list of interns in HR"),
        (
            "is there some employee with last name Smith?",
            "is there any employee with last name Smith?",
        ),
        ("emails that finish in .org", "emails ending in .org"),
    ],
)
def test_requests_and_words_said_another_way(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_share_of_is_still_a_share_and_share_the_same_a_relation() -> None:
    assert plan_of("share the same title as Leopold Johnston") == plan_of(
        "the same title as Leopold Johnston"
    )


@pytest.mark.parametrize(
    "question",
    [
        "how many in the team?",
        "give me the employees of the department",
        "who's the newest in the team",
    ],
)
def test_a_group_said_with_the_and_not_named_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_current_employees_are_the_employees() -> None:
    assert plan_of("average tenure of current employees in HR") == plan_of(
        "average tenure of employees in HR"
    )


def test_a_new_hire_date_asked_for_is_a_change_to_the_directory() -> None:
    with pytest.raises(OutOfData):
        plan_of("change Leopold Johnston's hire date to 2020-01-01")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "how long has Leopold Johnston been here (years)?",
            "how long has Leopold Johnston been here in years?",
        ),
        ("which dept is the smallest team?", "which department is the smallest?"),
        ("juniors execs in Sales", "junior executives in Sales"),
    ],
)
def test_units_groups_and_titles_said_another_way(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "what is the headcount of Product as a % of total?",
            "headcount of Product as a percentage",
        ),
        ("headcount by department, as % of total", "headcount by department as a percentage"),
        (
            "average number of hires per year across 2010-2023",
            "average hires per year in 2010-2023",
        ),
    ],
)
def test_shares_of_everyone_and_years_across(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_sharing_the_column_with_someone_else_is_sharing_one() -> None:
    assert plan_of("Which employees share the last name with someone else?") == plan_of(
        "who shares a last name with someone else"
    )


def test_sharing_the_column_named_is_that_name() -> None:
    assert plan_of("How many employees share the first name Leopold?") == plan_of(
        "How many employees have the first name Leopold?"
    )


def test_ones_is_people_not_a_number() -> None:
    assert plan_of("which ones began 2018") == plan_of("who was hired in 2018")


def test_more_than_one_time_is_more_than_once() -> None:
    assert plan_of("Which last names appear more than one time?") == plan_of(
        "which last names appear more than once"
    )
