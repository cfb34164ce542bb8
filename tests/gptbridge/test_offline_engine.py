"""The offline engine end to end on the 500-employee fixture: compose, guard, execute, narrate."""

import datetime as dt
from collections.abc import Iterator
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from pytest_django.fixtures import Settings

from employees.models import Employee
from gptbridge.domain import ComposeContext, Deadline, QueryResult
from gptbridge.engines.offline import OfflineEngine
from gptbridge.engines.offline import engine as offline_engine
from gptbridge.engines.offline.names import forget_directory_names
from gptbridge.errors import Unanswerable
from gptbridge.executor import forget_query_role
from gptbridge.guard import guard_sql
from gptbridge.service import answer_question

pytestmark = pytest.mark.usefixtures("seeded")

TODAY = dt.date(2024, 1, 15)
WALKTHROUGH = (
    "Please find names and hire dates of any employees in the marketing department hired "
    "after 2018. Sort them by hire date."
)


@pytest.fixture(autouse=True)
def _pipeline(settings: Settings, seeded: None) -> Iterator[None]:
    """Offline answers, on PostgreSQL through the least-privilege role as in production."""
    settings.OPENAI_API_KEY = ""
    settings.GPTBRIDGE_MAX_ROWS = 1000
    settings.GPTBRIDGE_ROWS_MAX_CHARS = 10**8  # whole results, as the evaluation compares them
    forget_directory_names()
    forget_query_role()
    if connection.vendor == "postgresql":
        call_command("setup_query_role", stdout=StringIO())
    yield
    forget_query_role()


def ask(question: str, today: dt.date = TODAY, answer_format: Any = "rows") -> Any:
    return answer_question(question, answer_format=answer_format, engine="offline", today=today)


def names(rows: list[dict[str, Any]]) -> list[str]:
    return [f"{row['first_name']} {row['last_name']}" for row in rows]


def context(dialect: Any) -> ComposeContext:
    return ComposeContext(dialect=dialect, today=TODAY, max_rows=100, deadline=Deadline.after(10))


# --- the walk-through -------------------------------------------------------------------------


def test_walkthrough_returns_the_22_marketing_hires_in_hire_date_order() -> None:
    answer = ask(WALKTHROUGH)
    assert answer.engine == "offline"
    assert answer.model_calls == 0
    assert answer.row_count == 22
    assert list(answer.rows[0]) == ["first_name", "last_name", "hire_date"]
    assert names(answer.rows[:2]) == ["Jailyn McClure", "Leopold Johnston"]
    assert answer.rows[0]["hire_date"] == answer.rows[1]["hire_date"] == "2019-02-21"
    assert names(answer.rows[-1:]) == ["Zackery Welch"]
    assert answer.rows[-1]["hire_date"] == "2023-09-08"
    hire_dates = [row["hire_date"] for row in answer.rows]
    assert hire_dates == sorted(hire_dates)
    assert min(hire_dates) > "2018-12-31"


def test_walkthrough_narration() -> None:
    message = ask(WALKTHROUGH, answer_format="answer").message
    assert message.startswith(
        "Found 22 employees in Marketing hired after 2018, sorted by hire date (oldest first): "
        "Jailyn McClure (hired 2019-02-21), Leopold Johnston (hired 2019-02-21),"
    )
    # All 22: lists this short are given in full.
    assert message.endswith("Eloy Flatley (hired 2023-08-25) and Zackery Welch (hired 2023-09-08).")
    assert message.count("(hired ") == 22


# --- answers on the fixture ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "row_count"),
    [
        ("Who works in Marketing?", 69),
        ("list all the engineers", 74),
        ("people in customer support", 63),
        ("human resources staff", 73),
        ("VPs", 67),
        ("vice presidents in engineering", 9),
        ("managers in sales or marketing", 16),
        ("everyone not in HR", 427),
        ("interns not in engineering", 54),
        ("employees who aren't managers or assistants", 381),
        ("who was hired in 2019?", 41),
        ("people hired before 2011", 33),
        ("staff hired between 2015 and 2016", 73),
        ("anyone who joined in March 2021?", 1),
        ("who started on 2019-02-21", 2),
        ("employees hired in the last 3 years", 88),
        ("who was hired in december", 44),
        ("whose last name begins with Mc?", 3),
        ("anyone named O'Hara?", 2),
        ("who has a gmail address", 154),
        ("e-mails that don't end in gmail.com or yahoo.com", 171),
        ("Please provide the e-mail for Brianne Jonse.", 1),
        ("enginering managers plz", 9),
    ],
)
def test_row_counts(question: str, row_count: int) -> None:
    assert ask(question).row_count == row_count


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("How many employees have completed at least 15 years of service?", "There are 60 "),
        ("yoy change in hires from 2018 to 2020", "2019 41 (+6, +17.1%) and 2020 36 (-5, -12.2%)"),
        ("List the first 3 hired in 2014, in order of hire date", "Paolo Trantow"),
        ("count people hired in the months of January, February and March", " 130 in all."),
        ("how many duplicate last names are there", "135 different last names"),
        ("how many hires fall before 2015", "There are 184 employees hired before 2015"),
        ("how big was the class of 2015?", "There are 45 employees hired in 2015"),
        ("um how many contractors did we onboard in 2017", "There are 4 Contractors hired in 2017"),
        (
            "which month had the most hires in 2019",
            "October had the most employees hired in 2019 (6).",
        ),
        ("list HR in reverse alphabetical order of first name", "sorted by first name (Z to A)"),
        ("engineers in descending order of hire date", "Magdalena Bergstrom (Junior Executive"),
        (
            "% contractors in engineering",
            "9 Contractors in Engineering: 12.2% of the 74 employees in Engineering and 14.1% of "
            "the 64 Contractors",
        ),
        (
            "how many have been here 0-5 years, 5-10 years and more than 10 years",
            "with more than 10 years of service 253, with 5 to 10 years of service 191 and with "
            "0 to under 5 years of service 56. 500 in all.",
        ),
    ],
)
def test_phrasings_people_type(question: str, said: str) -> None:
    assert said in ask(question, dt.date(2026, 12, 2), answer_format="answer").message


@pytest.mark.parametrize(
    "question",
    [
        "how many were hired in Q1 of 2020 and 2021",  # Q1 of both, or all of 2021? (round AO)
        "how many were hired in March 2019, 2020 and 2021",
        "Who joined in autumn 2020? (Oct-Dec)",  # the brackets name other months
        "how many were hired in spring 2020 (March-June)",  # more months than spring
        "how many people work in it?",  # "it" may be a team the directory lacks
        "how many hired between March 2019 and 2020",  # to March 2020, or to its end?
        "which department has the most people in it? and the fewest?",  # a second question
    ],
)
def test_readings_that_would_be_guesses_are_refused(question: str) -> None:
    with pytest.raises(Unanswerable):
        ask(question)


def test_relative_dates_use_the_given_today() -> None:
    assert ask("who joined this year?", today=dt.date(2023, 6, 30)).row_count == 11
    assert ask("people hired last year", today=dt.date(2023, 5, 1)).row_count == 34


def test_work_anniversaries_today_leave_out_who_was_hired_today() -> None:
    # Hired on December 25 of 2011, 2013 and 2020: on 2013-12-25, only the 2011 hire has one.
    answer = ask("whose work anniversary is today", today=dt.date(2013, 12, 25))
    assert names(answer.rows) == ["Willis Strosin"]


def test_each_ones_tenure_is_given_beside_them() -> None:
    answer = ask("how long has the earliest hire in Sales been here", answer_format="answer")
    (row,) = answer.rows  # Ephraim Mann, hired 2010-01-08: 5,120 days to 2024-01-15
    assert float(row["tenure_years"]) == 14.0
    assert "Ephraim Mann (President, hired 2010-01-08, 14.0 years here)" in answer.message
    assert "as of 2024-01-15: days since hire / 365.25, rounded to 1 decimal" in answer.message


def test_the_hire_next_to_a_person_reads_the_table_within_the_guards_budget() -> None:
    # Lori Will was hired on 2018-09-01; the conditions on her date are read once (RANK).
    assert names(ask("who was hired right before Lori Will").rows) == ["Skylar Kassulke"]
    assert names(ask("the first hire after Lori Will in Sales").rows) == ["Koby Cole"]


def test_the_newest_per_group_among_those_like_a_person_ranks_them_once() -> None:
    rows = ask("the newest hire in each department with the same title as Lori Will").rows
    by_department = {row["department"]: row["first_name"] for row in rows}
    assert by_department["Accounting"] == "Patsy"  # Associates, hired 2021-07-13
    assert len(rows) >= 7  # every department with an Associate but Lori Will, ties kept


def test_counts() -> None:
    answer = ask("How many interns are in marketing?", answer_format="answer")
    assert answer.rows == [{"employee_count": 9}]
    assert answer.message == "There are 9 Interns in Marketing."


def test_group_count_by_department() -> None:
    answer = ask("headcount per department", answer_format="answer")
    assert answer.rows[0] == {"department": "Accounting", "employee_count": 92}
    assert answer.message.startswith("Employees per department: Accounting 92, ")


def test_group_count_by_year_is_an_integer_year() -> None:
    answer = ask("how many people did we hire each year?")
    assert answer.rows[0] == {"hire_year": 2010, "employee_count": 33}
    assert len(answer.rows) == 14


def test_most_and_fewest_keep_ties() -> None:
    assert ask("which department has the most employees?", answer_format="answer").message == (
        "Accounting has the most employees (92)."
    )
    fewest = ask("which department has the fewest people", answer_format="answer")
    assert [row["department"] for row in fewest.rows] == ["Customer Service", "Product"]
    assert fewest.message == "Customer Service and Product have the fewest employees (63 each)."


def test_top_n_by_hire_date() -> None:
    answer = ask("the 5 most recent hires")
    assert names(answer.rows) == [
        "Brianne Jones",
        "Zackery Welch",
        "Ophelia Haag",
        "Eloy Flatley",
        "Cassandra Erdman",
    ]


def test_newest_and_first_hire() -> None:
    assert names(ask("newest employee").rows) == ["Brianne Jones"]
    assert names(ask("who was hired first?").rows) == ["Ephraim Mann"]
    assert ask("when was the last person hired in product?").rows == [
        {"latest_hire_date": "2023-08-30"}
    ]


def test_the_first_and_last_hire_are_each_end_earliest_first() -> None:
    answer = ask("first and last hire in HR", answer_format="answer")
    assert names(answer.rows) == ["Hannah Olson", "Brianne Jones"]  # no one outside HR
    assert answer.message == (
        "The earliest hire among employees in HR: Hannah Olson (President, hired 2010-09-27); "
        "the most recent: Brianne Jones (Junior Executive, hired 2023-09-11)."
    )
    # the table read again: both ends by rank, within the guard's budget
    ranked = ask("the first and last hire in Sales after Lori Will").rows
    assert [row["hire_date"] for row in ranked] == sorted(row["hire_date"] for row in ranked)
    assert len({row["hire_date"] for row in ranked}) == 2


def test_name_lookups() -> None:
    answer = ask("what's jailyn mcclure's email", answer_format="answer")
    assert answer.rows == [
        {"first_name": "Jailyn", "last_name": "McClure", "email": "Declan_Conn@gmail.com"}
    ]
    assert "Jailyn McClure (Declan_Conn@gmail.com)" in answer.message


def test_distinct_values() -> None:
    answer = ask("list the departments", answer_format="answer")
    assert [row["department"] for row in answer.rows][:2] == ["Accounting", "Customer Service"]
    assert answer.message.startswith("7 departments: Accounting, Customer Service,")


def test_long_lists_are_given_whole_within_the_message_budget() -> None:
    message = ask("Who works in Marketing?", answer_format="answer").message
    assert message.startswith("Found 69 employees in Marketing: ")
    assert message.count("hired ") == 69
    assert " more" not in message


def test_truncated_results_say_so(settings: Settings) -> None:
    settings.GPTBRIDGE_MAX_ROWS = 10
    answer = ask("Who works in Marketing?", answer_format="answer")
    assert answer.truncated
    # how many match, counted by the query itself (the total rides on each row, for narrate)
    assert answer.message.startswith("69 employees in Marketing match; the first 10: ")
    assert answer.message.endswith("Ask a narrower question to see the rest.")
    assert "Found 10" not in answer.message
    assert "COUNT(*) OVER ()" in str(answer.sql)
    assert all("matching_total" not in row for row in answer.rows)  # only for the narration


def test_a_cut_group_count_says_so(settings: Settings) -> None:
    settings.GPTBRIDGE_MAX_ROWS = 3
    answer = ask("How many people per department?", answer_format="answer")
    assert answer.truncated
    assert "The list was cut at 3 rows" in answer.message


# --- refusals --------------------------------------------------------------------------------


def test_refusal_names_the_words_and_mentions_the_model_engine() -> None:
    with pytest.raises(Unanswerable) as refused:
        ask("which engineers would enjoy a pottery class")
    message = refused.value.message
    assert "'enjoy'" in message
    assert "model-backed engine" in message
    assert "OPENAI_API_KEY" not in message  # the operator's setting, not an end user's business
    assert "hire dates" in message  # says what it can answer instead


def test_questions_about_data_the_directory_lacks_say_so() -> None:
    # Better than before (naming 'CEO' and 'salary'): no engine could answer it from the data.
    with pytest.raises(Unanswerable) as refused:
        ask("What's the CEO's salary?")
    assert "does not record salaries" in refused.value.message
    with pytest.raises(Unanswerable) as refused:
        ask("who is Leopold Johnston's manager?")
    assert "reporting lines" in refused.value.message
    with pytest.raises(Unanswerable) as refused:
        ask("What's the employee num for Leopold Johnston?")  # no count of people named so
    assert "has no employee numbers" in refused.value.message


# --- SQL ---------------------------------------------------------------------------------------

GUARDED_QUESTIONS = [
    WALKTHROUGH,
    "how many people did we hire each year?",
    "which year did we hire the most people?",
    "who was hired in december",
    "anyone named O'Hara?",
    'email contains "nash_f"',
    "newest employee",
    "departments with more than 70 people",
    "how many different job titles are there",
    "list the departments",
    "employees hired in 2019 or 2021, not in HR, sorted by last name descending",
    "average hires per month",
    "average hires per quarter",
    "average engineers hired per month since 2020",
    "average number of employees per email domain",  # weighed 339 on PostgreSQL
    # weighed 502: each condition was nested inside every average
    "average number of interns or contractors hired per year, not in Sales or HR, with a gmail",
    # read the table 4 times: the condition's own subquery, in the groups and in their maximum
    "which department has the most people hired the same year as Leopold Johnston",
    "which department has the fewest people hired the same year as Leopold Johnston",
]


@pytest.mark.parametrize("dialect", ["postgres", "sqlite"])
@pytest.mark.parametrize("question", GUARDED_QUESTIONS)
def test_sql_passes_the_guard_in_both_dialects(question: str, dialect: Any) -> None:
    composition = OfflineEngine().compose(question, context(dialect))
    guard_sql(composition.sql, dialect=dialect, max_rows=100)


def test_compose_and_narrate_directly() -> None:
    engine = OfflineEngine()
    dialect: Any = "postgres" if connection.vendor == "postgresql" else "sqlite"
    composition = engine.compose("how many interns", context(dialect))
    assert composition.model_calls == 0
    result = QueryResult(columns=["employee_count"], rows=[{"employee_count": 62}], truncated=False)
    assert engine.narrate("how many interns", composition, result).text == "There are 62 Interns."


def test_no_rows_are_narrated_as_what_was_asked() -> None:
    """A local engine says what found nothing; a model-backed one gets the generic sentence."""
    answer = ask("departments with fewer than 5 managers", answer_format="answer")
    assert answer.message == "No department has fewer than 5 Managers."
    answer = ask("engineers hired in 2024", answer_format="answer")
    assert answer.message == "I found no employees in Engineering hired in 2024."


def test_fewest_counts_groups_with_none() -> None:
    answer = ask("which title had the fewest hires in 2023", answer_format="answer")
    assert answer.message == "Contractor has the fewest employees hired in 2023 (0)."


# --- groups side by side and the first N per group, on both databases ------------------------


def test_groups_side_by_side_give_each_count_and_the_difference() -> None:
    answer = ask("how many more junior execs than associates", answer_format="answer")
    assert answer.rows == [
        {"title": "Associate", "employee_count": 45},
        {"title": "Junior Executive", "employee_count": 78},
    ]
    assert answer.message.endswith(
        "Junior Executive has 33 more than Associate; Junior Executive to Associate is 78 to 45, "
        "a ratio of 1.73 (Junior Executive is 173.3% of Associate)."
    )
    ratio = ask("what's the ratio of contractors to interns", answer_format="answer")
    assert [row["employee_count"] for row in ratio.rows] == [64, 62]
    assert ratio.message.endswith(
        "Contractor to Intern is 64 to 62, a ratio of 1.03 (Contractor is 103.2% of Intern)."
    )
    percent = ask(
        "Engineering headcount as a percentage of Product headcount", answer_format="answer"
    )
    assert percent.message.endswith("a ratio of 1.17 (Engineering is 117.5% of Product).")
    interns = ask("interns in sales vs marketing", answer_format="answer")
    assert [row["employee_count"] for row in interns.rows] == [9, 9]
    assert interns.message.endswith("Marketing and Sales have the same number (9).")


def test_the_first_n_hires_per_group_keep_ties_with_the_nth() -> None:
    answer = ask("the 2 most recent hires in each department", answer_format="answer")
    per_department: dict[str, list[str]] = {}
    for row in answer.rows:
        per_department.setdefault(row["department"], []).append(row["hire_date"])
    assert len(per_department) == 7
    with connection.cursor() as cursor:
        for department, dates in per_department.items():
            cursor.execute(
                "SELECT hire_date FROM employees WHERE department = %s "
                "ORDER BY hire_date DESC LIMIT 2",
                [department],
            )
            second = str(cursor.fetchall()[-1][0])
            assert min(dates) == second
            assert dates == sorted(dates, reverse=True)
    assert answer.message.startswith(
        "The 2 most recent hires in each department (with anyone hired the same day as the 2nd"
    )


def test_a_share_per_group_gives_the_groups_own_percentage_and_its_part_of_all() -> None:
    answer = ask("percentage of interns in each department", answer_format="answer")
    accounting = answer.rows[0]
    assert accounting == {
        "department": "Accounting",
        "employee_count": 15,
        "group_count": 92,
        "percentage": 16.3,
        "percentage_of_all": 24.2,
    }
    assert "Accounting 15 of 92 (16.3% of the department; 24.2% of all Interns)" in answer.message
    highest = ask("which department has the highest share of contractors", answer_format="answer")
    assert [row["department"] for row in highest.rows] == ["Accounting"]
    assert highest.message.startswith("Accounting has the highest share of Contractors")


def test_the_top_n_groups_keep_a_group_tied_with_the_nth() -> None:
    answer = ask("bottom 3 departments by number of hires in 2021", answer_format="answer")
    assert [(row["department"], row["employee_count"]) for row in answer.rows] == [
        ("Product", 2),
        ("Sales", 3),
        ("HR", 5),
        ("Marketing", 5),
    ]
    assert answer.message.startswith(
        "The 3 departments with the fewest employees hired in 2021 (4, with those tied)"
    )


def test_a_median_tenure_is_the_middle_or_the_mean_of_the_two_middle_ones() -> None:
    """500 employees: the mean of the 250th and 251st tenure; 63 in Product: the 32nd."""
    overall = ask("median tenure", today=dt.date(2026, 12, 2), answer_format="answer")
    assert overall.rows == [{"median_tenure_years": 10.1, "employee_count": 500}]
    per = ask("median tenure per department", today=dt.date(2026, 12, 2))
    assert {row["department"]: row["median_tenure_years"] for row in per.rows} == {
        "Accounting": 10.9,
        "Customer Service": 9.6,
        "Engineering": 9.8,
        "HR": 9.7,
        "Marketing": 10.5,
        "Product": 9.3,
        "Sales": 12.1,
    }
    ranked = ask("median tenure per department, longest first", today=dt.date(2026, 12, 2))
    assert [row["department"] for row in ranked.rows][:2] == ["Sales", "Accounting"]


def test_average_tenures_ranked_longest_or_shortest_first() -> None:
    today = dt.date(2026, 12, 2)
    longest = ask("average tenure by department, longest first", today=today)
    tenures = [row["average_tenure_years"] for row in longest.rows]
    assert len(tenures) == 7
    assert tenures == sorted(tenures, reverse=True)
    shortest = ask("avg tenure by dept, shortest first", today=today, answer_format="answer")
    assert shortest.rows == list(reversed(longest.rows))
    assert shortest.message.startswith("Average tenure per department, shortest first")


def test_the_top_n_groups_by_average_tenure_rank_the_unrounded_averages() -> None:
    today = dt.date(2026, 12, 2)
    every = ask("departments ranked by average tenure", today=today)
    top = ask("top 3 departments by average tenure", today=today, answer_format="answer")
    assert top.rows == every.rows[:3]
    assert top.message.startswith("The 3 departments with the longest average tenure")
    fewest = ask("the 2 departments with the shortest average tenure", today=today)
    assert fewest.rows == list(reversed(every.rows))[:2]


def test_a_tenure_in_months_divides_the_days_by_a_twelfth_of_a_year() -> None:
    answer = ask(
        "avg tenure company wide in months", today=dt.date(2026, 12, 2), answer_format="answer"
    )
    assert answer.rows == [{"average_tenure_months": 121.5, "employee_count": 500}]
    assert answer.message.startswith("The average tenure is 121.5 months (500 employees")


def test_a_change_in_hires_is_given_as_a_number_and_a_percentage_of_the_earlier_year() -> None:
    between = ask("growth in hires from 2018 to 2019 in percent", answer_format="answer")
    assert [(row["hire_year"], row["employee_count"]) for row in between.rows] == [
        (2018, 35),
        (2019, 41),
    ]
    assert "From 2018 to 2019: 35 to 41, a change of +6, +17.1%" in between.message
    yearly = ask("yoy growth of hires since 2021", answer_format="answer")
    assert "2022 34 (-2, -5.6%) and 2023 20 (-14, -41.2%)" in yearly.message
    assert yearly.message.endswith("of the years asked about, the last with any is 2023.")


def test_a_median_hire_date_is_the_middle_date_or_the_two_middle_ones() -> None:
    overall = ask("median hire date", answer_format="answer")
    assert [row["hire_date"] for row in overall.rows] == ["2016-10-22", "2016-10-23"]
    assert overall.message.startswith("The median hire date is between 2016-10-22 and 2016-10-23")
    odd = ask("median hire date of interns hired after 2020", answer_format="answer")
    assert odd.message.startswith(
        "The median hire date among Interns hired after 2020 is 2021-11-20"
    )


def test_a_place_counted_from_the_top_shares_it_among_tied_groups() -> None:
    answer = ask("which title is the second most common in Sales", answer_format="answer")
    assert [(row["title"], row["employee_count"], row["place"]) for row in answer.rows] == [
        ("Junior Executive", 12, 1),
        ("Assistant", 10, 2),
        ("Contractor", 10, 2),
    ]
    assert answer.message == (
        "Assistant and Contractor have the second most employees in Sales (10 each), after "
        "Junior Executive (12)."
    )


def test_a_place_from_the_bottom_counts_groups_with_none_and_a_missing_place_is_said() -> None:
    fewest = ask("which department has the 2nd fewest interns", answer_format="answer")
    assert fewest.message == "HR has the second fewest Interns (7), after Customer Service (6)."
    missing = ask("the 9th biggest department", answer_format="answer")
    assert missing.message.startswith("There is no 9th place: the departments with employees")


# --- averages of counts, characters and digits, on both databases ---------------------------


def test_an_average_per_group_is_over_every_group() -> None:
    answer = ask("average number of employees per department", answer_format="answer")
    assert answer.rows[0]["employee_count"] == 500
    assert answer.message == (
        "On average 71.4 employees per department: 500 over the 7 departments "
        "(rounded to 1 decimal)."
    )


def test_an_average_per_period_with_empty_periods_gives_both_averages() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT hire_date FROM employees WHERE hire_date BETWEEN '2020-01-01' AND '2020-12-31'"
        )
        months = [str(day)[5:7] for (day,) in cursor.fetchall()]
    hires, with_any = len(months), len(set(months))
    answer = ask("average number of hires per month in 2020", answer_format="answer")
    assert answer.rows[0]["employee_count"] == hires
    assert float(answer.rows[0]["average_per_group"]) == pytest.approx(round(hires / 12, 1))
    if with_any == 12:
        assert f"On average {hires / 12:.1f} employees hired in 2020 per month" in answer.message
    else:
        assert f"12 months from January to December, of which {12 - with_any} had none: " in (
            answer.message
        )
        assert f"counting only the {with_any} months with any: " in answer.message


def test_an_average_per_year_since_a_year_runs_to_today() -> None:
    answer = ask(
        "average hires per year since 2018", today=dt.date(2026, 12, 2), answer_format="answer"
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM employees WHERE hire_date >= '2018-01-01'")
        (hires,) = cursor.fetchone()
    assert answer.rows[0]["employee_count"] == hires
    assert "9 years from 2018 to 2026" in answer.message


def test_characters_and_digits_in_an_email_are_found_anywhere_in_it() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT email FROM employees")
        emails = [email for (email,) in cursor.fetchall()]
    underscores = ask("how many emails have an underscore in them").rows[0]["employee_count"]
    assert underscores == sum("_" in email for email in emails)
    dots = ask("how many emails have a dot in them").rows[0]["employee_count"]
    assert dots == sum("." in email.split("@")[0] for email in emails)  # not ".com"
    digits = ask("how many email addresses contain a number").rows[0]["employee_count"]
    assert digits == sum(any(c.isdigit() for c in email) for email in emails)
    none = ask("how many emails have no digits").rows[0]["employee_count"]
    assert none == len(emails) - digits


def test_a_count_per_pair_of_groups_lists_every_pair_with_anyone() -> None:
    answer = ask("headcount by department and title", answer_format="answer")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT department, title, COUNT(*) FROM employees GROUP BY 1, 2 ORDER BY 1, 2"
        )
        expected = [
            {"department": d, "title": t, "employee_count": n} for d, t, n in cursor.fetchall()
        ]
    assert answer.rows == expected
    first = expected[0]
    assert answer.message.startswith(
        "Employees per department and title (a pair with none is not listed): "
        f"{first['department']}: {first['title']} {first['employee_count']}"
    )


def test_the_most_of_one_column_in_each_value_of_another_keeps_ties() -> None:
    """ "the most common title in each department", on both databases."""
    answer = ask("what is the most common title in each department", answer_format="answer")
    with connection.cursor() as cursor:
        cursor.execute("SELECT department, title, COUNT(*) FROM employees GROUP BY 1, 2")
        pairs = cursor.fetchall()
    most = {d: max(n for d2, _, n in pairs if d2 == d) for d, _, _ in pairs}
    expected = sorted((d, t, n) for d, t, n in pairs if n == most[d])
    assert [(r["department"], r["title"], r["employee_count"]) for r in answer.rows] == expected
    department, title, count = expected[0]
    assert answer.message.startswith(
        f"The title with the most employees in each department: {department}: {title} ({count}"
    )


def test_name_lengths_and_initials_are_counted_as_stored() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT first_name, last_name FROM employees")
        people = cursor.fetchall()
    longer = ask("how many employees have last names longer than 10 characters").rows
    assert longer[0]["employee_count"] == sum(len(last) > 10 for _, last in people)
    same = ask("how many people's first and last name start with the same letter").rows
    initials = sum(first[0].lower() == last[0].lower() for first, last in people)
    assert same[0]["employee_count"] == initials
    longest = ask("who has the longest last name", answer_format="answer")
    most = max(len(last) for _, last in people)
    expected = sorted(f"{first} {last}" for first, last in people if len(last) == most)
    assert sorted(names(longest.rows)) == expected
    assert longest.message.startswith(f"The longest last name has {most} characters")


def test_hire_dates_per_group_are_each_groups_first_and_last() -> None:
    answer = ask("for each department, the earliest and latest hire date")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT department, MIN(hire_date), MAX(hire_date) FROM employees "
            "GROUP BY department ORDER BY department"
        )
        expected = [(d, str(first), str(last)) for d, first, last in cursor.fetchall()]
    got = [
        (r["department"], str(r["earliest_hire_date"]), str(r["latest_hire_date"]))
        for r in answer.rows
    ]
    assert got == expected


def test_a_yes_or_no_about_a_person_says_what_they_are_either_way() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT first_name, last_name, title FROM employees WHERE title <> 'Intern' "
            "ORDER BY id LIMIT 1"
        )
        first, last, title = cursor.fetchone()
    answer = ask(f"is {first} {last} an intern?", answer_format="answer")
    assert answer.message.startswith(f"No: {first} {last} is not an Intern: ")
    assert title in answer.message
    answer = ask(f"is {first} {last} a {title}?", answer_format="answer")
    assert answer.message.startswith(f"Yes: {first} {last} is a")


def test_groups_without_someone_count_every_group_of_the_directory() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT DISTINCT department FROM employees WHERE department NOT IN (SELECT department "
            "FROM employees WHERE title = 'Intern' AND hire_date >= '2022-01-01')"
        )
        expected = sorted(d for (d,) in cursor.fetchall())
    answer = ask("which departments have no interns hired after 2021", answer_format="answer")
    assert sorted(row["department"] for row in answer.rows) == expected
    assert all(row["employee_count"] == 0 for row in answer.rows)


def test_a_day_of_any_month_on_both_databases() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT hire_date FROM employees")
        days = [str(day)[8:10] for (day,) in cursor.fetchall()]
    answer = ask("how many employees were hired on the first day of a month")
    assert answer.rows[0]["employee_count"] == days.count("01")


def test_periods_side_by_side_are_each_counted_in_time_order() -> None:
    answer = ask("hires in March 2021 vs April 2021", answer_format="answer")
    assert answer.rows == [
        {"hire_period": "March 2021", "employee_count": 1},
        {"hire_period": "April 2021", "employee_count": 3},
    ]
    assert "April 2021 has 2 more than March 2021" in answer.message
    halves = ask("H1 2021 vs H2 2021")
    assert [row["hire_period"] for row in halves.rows] == [
        "the first half of 2021",
        "the second half of 2021",
    ]
    assert sum(row["employee_count"] for row in halves.rows) == 36  # all of 2021


def test_the_same_month_or_quarter_as_a_named_person_is_of_the_same_year() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT first_name, last_name, hire_date FROM employees")
        people = [(f"{first} {last}", hired) for first, last, hired in cursor.fetchall()]
    who, hired = people[0]
    month = ask(f"who joined the same month as {who}", answer_format="answer")
    expected = [
        name
        for name, day in people
        if (day.year, day.month) == (hired.year, hired.month) and name != who
    ]
    assert sorted(names(month.rows)) == sorted(expected)
    assert f"the same month of the same year as {who}" in month.message
    quarter = ask(f"how many people were hired in the same quarter as {who}")
    in_quarter = [
        name
        for name, day in people
        if (day.year, (day.month - 1) // 3) == (hired.year, (hired.month - 1) // 3)
    ]
    assert quarter.rows == [{"employee_count": len([n for n in in_quarter if n != who])}]


def test_a_named_persons_department_asked_of_people_counts_them_too() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT first_name, last_name, department FROM employees")
        first, last, department = cursor.fetchone()
        cursor.execute("SELECT COUNT(*) FROM employees WHERE department = %s", [department])
        (size,) = cursor.fetchone()
    answer = ask(f"how many people are in {first} {last}'s department", answer_format="answer")
    assert answer.rows == [{"employee_count": size}]
    assert f"in {first} {last}'s department" in answer.message


def test_a_named_persons_hire_weekday_is_said_by_name() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT first_name, last_name, hire_date FROM employees")
        first, last, hired = cursor.fetchone()
        cursor.execute(
            "SELECT COUNT(*) FROM employees WHERE first_name = %s AND last_name = %s", [first, last]
        )
        (same_name,) = cursor.fetchone()
    answer = ask(f"what day of the week was {first} {last} hired", answer_format="answer")
    weekday = hired.strftime("%A")
    if same_name == 1:
        assert answer.message == f"The employee named {first} {last} was hired on a {weekday}."
    assert f"on a {weekday}" in answer.message


def test_hires_by_department_and_year_are_counted_per_pair() -> None:
    answer = ask("hires by department and year", answer_format="answer")
    with connection.cursor() as cursor:
        cursor.execute("SELECT department, hire_date FROM employees")
        pairs: dict[tuple[str, int], int] = {}
        for department, hired in cursor.fetchall():
            year = hired.year if hasattr(hired, "year") else int(str(hired)[:4])
            pairs[(department, year)] = pairs.get((department, year), 0) + 1
    got = {(row["department"], int(row["hire_year"])): row["employee_count"] for row in answer.rows}
    assert got == pairs
    assert answer.message.startswith("Employees per department and hire year")


def test_a_full_name_or_email_shared_with_someone_else_is_compared_whole() -> None:
    assert ask("are there any duplicate email addresses?").rows == []
    assert ask("duplicate full names").rows == []
    original = Employee.objects.get(first_name="Albert", last_name="Pfeffer")
    Employee.objects.create(
        first_name="ALBERT",
        last_name="Pfeffer",
        email="albert.pfeffer.2@example.com",
        department=original.department,
        title=original.title,
        hire_date=original.hire_date,
    )
    answer = ask("employees with the same full name as someone else")
    assert sorted(names(answer.rows)) == ["ALBERT Pfeffer", "Albert Pfeffer"]
    assert ask("are there duplicate emails").rows == []


def test_an_address_looked_up_by_the_part_before_the_at() -> None:
    assert names(ask("who has the email jessie.towne0").rows) == ["Leopold Auer"]
    assert names(ask("whose email is KENDALL49").rows) == ["Johann Schowalter"]


def test_an_average_per_month_over_years_counts_each_month_of_each_year() -> None:
    """From the first hire's month to the last one's, every month of every year: 165 from
    January 2010 to September 2023, of which those with anyone hired are counted apart."""
    dates = list(Employee.objects.values_list("hire_date", flat=True))
    months = {(day.year, day.month) for day in dates}
    first, last = min(months), max(months)
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    (row,) = ask("average hires per month").rows
    assert (row["employee_count"], row["group_count"], row["groups_with_any"]) == (
        len(dates),
        span,
        len(months),
    )
    assert float(row["average_per_group"]) == round(len(dates) / span, 1)
    said = ask("average hires per month", answer_format="answer").message
    assert f"all {span} months from January 2010 to September 2023" in said
    quarters = ask("average hires per quarter since 2021", today=dt.date(2026, 12, 5)).rows[0]
    assert quarters["group_count"] == 24  # Q1 2021 to Q4 2026


def test_the_biggest_groups_of_people_like_a_person_keep_ties() -> None:
    """Hired the same year as Kenya Jerde (2014), her left out: Accounting and Marketing, 8 each."""
    rows = ask("which department has the most people hired the same year as Kenya Jerde").rows
    assert rows == [
        {"department": "Accounting", "employee_count": 8},
        {"department": "Marketing", "employee_count": 8},
    ]


def test_a_bug_in_a_rewrite_is_a_refusal_and_a_logged_traceback(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("Y")  # as a rewrite's table lookup once did

    monkeypatch.setattr(offline_engine, "parse_question", broken)
    with pytest.raises(Unanswerable, match="put it more simply"):
        OfflineEngine().compose("strftime('%Y', hire_date)", context("sqlite"))
    assert "failed a check" in caplog.text


def test_a_question_in_another_language_is_refused_as_english_only() -> None:
    with pytest.raises(Unanswerable, match="English only, and this one looks like Spanish"):
        OfflineEngine().compose("¿cuántos empleados hay en Ventas?", context("sqlite"))


def test_a_year_between_those_counted_with_no_hire_is_said_to_have_none() -> None:
    answer = ask("Number of Vice-Presidents hired in each year", answer_format="answer")
    assert "2019 5, 2021 10" in answer.message
    assert "None in 2020." in answer.message
    asked = ask("contractors hired each year from 2020 to 2023", answer_format="answer")
    assert "None in 2023." in asked.message


@pytest.mark.parametrize(
    "question",
    [
        "True or false: Sales has more employees than Marketing",
        "Sales has more employees than Marketing - true or false?",
    ],
)
def test_true_or_false_is_answered_yes_or_no(question: str) -> None:
    answer = ask(question, answer_format="answer")
    assert answer.message.startswith("No. ")
