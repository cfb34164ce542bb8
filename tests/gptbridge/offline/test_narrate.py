import datetime as dt
from typing import Any

from gptbridge.domain import QueryResult
from gptbridge.engines.offline.narrate import describe, describe_plan, narrate_rows
from gptbridge.engines.offline.plan import (
    AverageTenure,
    GroupHireExtreme,
    Share,
    TextFilter,
    ValueFilter,
)
from gptbridge.engines.offline.subject import Subject, group_label

from .conftest import plan_of


def result(rows: list[dict[str, Any]]) -> QueryResult:
    return QueryResult(columns=list(rows[0]) if rows else [], rows=rows, truncated=False)


def test_weekdays_months_and_quarters_are_said_by_name() -> None:
    assert group_label("hire_weekday", 0) == "Sunday"
    assert group_label("hire_month", 3) == "March"
    assert group_label("hire_season", "winter") == "Winter"
    assert group_label("hire_quarter", 2) == "Q2"


def test_group_shares_are_narrated_with_their_rounding() -> None:
    plan = plan_of("percentage of employees per department")
    rows = [{"department": "HR", "employee_count": 73, "percentage": 14.6}]
    text = narrate_rows(plan, result(rows))
    assert "HR 73 (14.6%)" in text
    assert "rounded to 1 decimal" in text


def test_same_day_narration_names_the_person_and_excludes_them() -> None:
    plan = plan_of("who was hired the same day as Jailyn McClure")
    rows = [{"first_name": "Leopold", "last_name": "Johnston", "hire_date": "2019-02-21"}]
    text = narrate_rows(plan, result(rows))
    assert "hired the same day as Jailyn McClure (Jailyn McClure not included)" in text


def test_plans_are_described_for_ambiguity_messages() -> None:
    assert describe_plan(plan_of("how many interns")) == "how many Interns"


TODAY = dt.date(2024, 1, 15)


def test_average_tenure_states_its_definition() -> None:
    text = describe(
        AverageTenure(TODAY), Subject(()), [{"average_tenure_years": 7.4, "employee_count": 500}]
    )
    assert text.startswith("The average tenure is 7.4 years (500 employees, as of 2024-01-15;")
    assert "365.25" in text
    assert "rounded to 1 decimal" in text
    one = describe(
        AverageTenure(TODAY), Subject(()), [{"average_tenure_years": 3.0, "employee_count": 1}]
    )
    assert one.startswith("The tenure (1 employee) is 3.0 years (as of")  # one person: no average
    named = describe(
        AverageTenure(TODAY),
        Subject((TextFilter("full_name", "equals", "sven o'hara", shown="Sven O'Hara"),)),
        [{"average_tenure_years": 9.0, "employee_count": 1}],
    )
    assert named.startswith("The tenure of the employee named Sven O'Hara is 9.0 years (as of")


def test_average_tenure_per_group() -> None:
    text = describe(
        AverageTenure(TODAY, "department"),
        Subject(()),
        [{"department": "HR", "average_tenure_years": 6.1, "employee_count": 70}],
    )
    assert "Average tenure per department" in text
    assert "HR 6.1 years" in text


def test_share_states_counts_and_rounding() -> None:
    shape = Share((ValueFilter("department", ("Sales",)),))
    rows = [{"percentage": 16.2, "matching_count": 81, "total_count": 500}]
    text = describe(shape, Subject(()), rows)
    assert text == "16.2% of employees are in Sales: 81 of 500 (percent, rounded to 1 decimal)."
    empty = describe(shape, Subject(()), [{"total_count": 0}])
    assert "no percentage" in empty


def test_latest_per_group() -> None:
    rows = [{"department": "HR", "first_name": "A", "last_name": "B", "hire_date": "2023-01-02"}]
    text = describe(GroupHireExtreme("department", True), Subject(()), rows)
    assert text.startswith("The most recent hire in each department")
    assert "HR: A B (hired 2023-01-02)" in text


def test_a_grouped_extreme_says_hired_once() -> None:
    plan = plan_of("which month in 2018 had the most hires")
    rows = [{"hire_month": 11, "employee_count": 6}]
    assert narrate_rows(plan, result(rows)) == "November had the most employees hired in 2018 (6)."


def test_a_provider_is_said_as_a_provider_whatever_the_wording() -> None:
    plan = plan_of("ppl w/ yahoo emails in sales")
    rows = [{"first_name": "Cordie", "last_name": "Anderson", "email": "c@yahoo.com"}]
    assert "with a yahoo address" in narrate_rows(plan, result(rows))


def test_the_fewest_hires_per_year_are_said_among_the_years_with_any() -> None:
    plan = plan_of("which year had the fewest hires")
    said = narrate_rows(plan, result([{"hire_year": 2023, "employee_count": 20}]))
    assert said == "Of the years with any hires: 2023 had the fewest employees hired (20)."


def test_a_yes_or_no_about_a_person_reads_right_when_the_question_says_not() -> None:
    plan = plan_of("is Leopold Johnston not a manager")
    row = {"first_name": "Leopold", "last_name": "Johnston", "title": "Manager"}
    said = narrate_rows(plan, result([{**row, "meets_conditions": 0}]))
    assert said.startswith("No: Leopold Johnston is a Manager: ")
    other = {**row, "title": "Assistant", "meets_conditions": 1}
    said = narrate_rows(plan, result([other]))
    assert said.startswith("Yes: Leopold Johnston is not a Manager: ")


def test_people_picked_by_their_e_mail_are_shown_with_it() -> None:
    plan = plan_of("hotmail addresses of engineering interns")
    row = {
        "id": 1,
        "first_name": "Josue",
        "last_name": "Brekke",
        "email": "Shanon54@hotmail.com",
        "department": "Engineering",
        "title": "Intern",
        "hire_date": "2017-04-01",
    }
    assert "Shanon54@hotmail.com" in narrate_rows(plan, result([row]))


def test_several_of_one_name_meeting_a_condition_are_said_in_the_plural() -> None:
    plan = plan_of("are the Leopolds in engineering")
    rows = [
        {"first_name": "Leopold", "last_name": last, "department": dept, "meets_conditions": met}
        for last, dept, met in (
            ("Auer", "Engineering", 1),
            ("Effertz", "Engineering", 1),
            ("Johnston", "HR", 0),
        )
    ]
    said = narrate_rows(plan, result(rows))
    assert said.startswith("2 of the 3 employees named Leopold are employees in Engineering: ")


def test_years_of_service_are_said_as_service_not_as_a_hire() -> None:
    rows = [{"first_name": "Ada", "last_name": "Lovelace", "hire_date": "2010-10-01"}]
    kept = narrate_rows(plan_of("employees with over 15 years tenure"), result(rows))
    assert "1 employee with more than 15 years of service" in kept
    negated_plan = plan_of("engineers not with more than 10 years of service")
    negated = narrate_rows(negated_plan, result(rows))
    assert "without more than 10 years of service" in negated
    assert "hired with" not in kept + negated


def test_a_count_against_a_number_says_yes_or_no_with_the_count() -> None:
    plan = plan_of("are there more than 50 managers")
    assert narrate_rows(plan, result([{"employee_count": 61}])) == (
        "Yes: there are 61 Managers, more than 50."
    )
    assert narrate_rows(plan, result([{"employee_count": 50}])) == (
        "No: there are 50 Managers, not more than 50."
    )


def test_values_counted_each_are_added_up_too() -> None:
    plan = plan_of("how many presidents and vps")
    rows = [
        {"title": "President", "employee_count": 65},
        {"title": "Vice-President", "employee_count": 67},
    ]
    text = narrate_rows(plan, result(rows))
    assert "President 65 and Vice-President 67." in text
    assert text.endswith("132 in all.")


def test_every_group_counted_is_added_up_but_not_groups_compared_or_cut() -> None:
    rows = [{"department": "HR", "employee_count": 7}, {"department": "Sales", "employee_count": 9}]
    assert narrate_rows(plan_of("interns per department"), result(rows)).endswith(" 16 in all.")
    compared = narrate_rows(plan_of("interns in HR vs Sales"), result(rows))
    assert "in all" not in compared
    cut = QueryResult(columns=list(rows[0]), rows=rows, truncated=True)
    assert "in all" not in narrate_rows(plan_of("interns per department"), cut)


def test_groups_against_the_average_say_the_average() -> None:
    plan = plan_of("which departments are above average size")
    rows = [{"department": "HR", "employee_count": 92, "average_per_group": 71.43}]
    assert narrate_rows(plan, result(rows)) == (
        "1 department has more employees than the average department (71.4, every department "
        "counted, rounded to 1 decimal): HR 92."
    )
    assert narrate_rows(plan, result([])) == (
        "No department has more employees than the average department."
    )


def test_a_list_cut_for_length_says_how_many_it_shows() -> None:
    """100 rows came back, but only those that fit are named: "the first N" says how many."""
    rows = [
        {
            "first_name": f"Person{index}",
            "last_name": "Longsurname" * 3,
            "email": f"person{index}@example.com",
            "department": "Customer Service",
            "title": "Junior Executive",
            "hire_date": "2020-01-01",
            "matching_total": 171,
        }
        for index in range(100)
    ]
    cut = QueryResult(columns=list(rows[0]), rows=rows, truncated=True)
    text = narrate_rows(plan_of("people with a hotmail address"), cut)
    named = text.count("Person")
    assert text.startswith(f"171 employees with a hotmail address match; the first {named}: ")
    assert named < 100
    assert " more" not in text
