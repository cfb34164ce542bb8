import datetime as dt

from gptbridge.engines.offline import narrate_values
from gptbridge.engines.offline.plan import (
    AverageGroupSize,
    AverageTenure,
    CrossCount,
    GroupCount,
    MedianHireDate,
    PeopleList,
    Share,
    TextFilter,
)
from gptbridge.engines.offline.subject import Subject

from .conftest import TODAY, plan_of


def subject_of(question: str) -> Subject:
    return Subject(plan_of(question).filters)


def test_an_average_tenure_states_when_and_how_it_was_counted() -> None:
    rows = [{"average_tenure_years": 9.66, "employee_count": 61}]
    text = narrate_values.average_tenure(
        AverageTenure(TODAY), subject_of("average tenure of managers"), rows
    )
    assert text == (
        "The average tenure among Managers is 9.7 years (61 employees, as of 2024-01-15; "
        "tenure = days since hire / 365.25, averaged and rounded to 1 decimal)."
    )


def test_the_tenure_of_no_one_is_said_to_be_missing() -> None:
    rows = [{"average_tenure_years": None, "employee_count": 0}]
    text = narrate_values.average_tenure(AverageTenure(TODAY), subject_of("interns"), rows)
    assert text == "No one matches, so there is no average tenure among Interns."


def test_each_years_change_is_said_and_a_year_with_no_hires_named() -> None:
    shape = GroupCount("hire_year", change=True)
    pairs = [("2019", 40), ("2020", 30), ("2022", 33)]
    text = narrate_values.year_changes(shape, "Employees", pairs)
    assert "2020 30 (-10, -25.0%)" in text
    assert "2022 33 (no hires in 2021)" in text


def test_a_change_from_nothing_has_no_percentage() -> None:
    shape = GroupCount("hire_year", change=True, compared=2)
    text = narrate_values.year_changes(shape, "Employees", [("2018", 0), ("2019", 5)])
    assert "a change of +5, n/a" in text


def test_an_average_per_group_says_both_averages_when_some_groups_have_none() -> None:
    row = {
        "employee_count": 30,
        "group_count": 4,
        "groups_with_any": 3,
        "average_per_group": 7.5,
        "average_per_group_with_any": 10.0,
        "first_group": 2020,
        "last_group": 2023,
    }
    text = narrate_values.average_group_size(
        AverageGroupSize("hire_year"), subject_of("interns"), [row]
    )
    assert "counting all 4 years from 2020 to 2023, of which 1 had none: 7.5" in text
    assert "counting only the 3 years with any: 10.0" in text


def test_a_share_of_no_one_is_no_percentage() -> None:
    shape = plan_of("what percent of engineers are managers").shape
    assert isinstance(shape, Share)
    text = narrate_values.share(shape, subject_of("engineers"), [{"total_count": 0}])
    assert text == "There are no employees in Engineering, so there is no percentage to give."


def test_time_before_a_day_in_days_then_calendar_years_months_and_days() -> None:
    today = dt.date(2026, 12, 4)
    assert narrate_values.time_before("2023-09-11", today) == (
        ", 1,180 days before 2026-12-04 (3 years, 2 months and 23 days)"
    )
    assert narrate_values.time_before("2026-12-03", today) == ", 1 day before 2026-12-04"
    assert (
        narrate_values.time_before("2025-12-04", today) == ", 365 days before 2026-12-04 (1 year)"
    )


def test_two_hire_dates_asked_together_say_which_came_first() -> None:
    shape = PeopleList(fields=("first_name", "last_name", "hire_date"))
    rows = [
        {"first_name": "Archibald", "last_name": "Kuvalis", "hire_date": "2017-10-26"},
        {"first_name": "Elsa", "last_name": "Stoltenberg", "hire_date": "2014-07-03"},
    ]
    assert narrate_values.hired_apart(shape, rows) == (
        " Elsa Stoltenberg was hired first, 1,211 days before Archibald Kuvalis."
    )
    same_day = [rows[0], {**rows[1], "hire_date": "2017-10-26"}]
    assert narrate_values.hired_apart(shape, same_day).endswith("were hired the same day.")
    assert narrate_values.hired_apart(PeopleList(), rows) == ""  # not asked when
    assert narrate_values.hired_apart(shape, rows[:1]) == ""


def test_both_ends_are_named_with_their_ties() -> None:
    shape = GroupCount("department", ends=True)
    pairs = [("Accounting", 92), ("HR", 73), ("Customer Service", 63), ("Product", 63)]
    assert narrate_values.both_ends(shape, pairs) == (
        " The most: Accounting (92); the fewest: Customer Service and Product (63 each); a "
        "difference of 29."
    )
    assert narrate_values.both_ends(shape, [("HR", 2), ("Sales", 2)]) == (
        " Every department has the same number (2)."
    )
    assert narrate_values.both_ends(GroupCount("department"), pairs) == ""


def test_the_average_hire_year_says_how_it_was_counted() -> None:
    rows = [{"average_hire_year": 2015.52, "employee_count": 66}]
    text = narrate_values.median_hire_date(
        MedianHireDate(mean=True), subject_of("people in Sales"), rows
    )
    assert text == (
        "The average hire year among employees in Sales is 2015.5 (66 employees; the mean of "
        "their hire years, rounded to 1 decimal)."
    )


def test_a_named_persons_hire_quarter_is_said_with_its_year() -> None:
    shape = CrossCount("hire_year", "hire_quarter")
    one = [{"hire_year": 2013, "hire_quarter": 4, "employee_count": 1}]
    named = Subject((TextFilter("full_name", "equals", "sven o'hara", shown="Sven O'Hara"),))
    text = narrate_values.quarters_named_people_were_hired(shape, named, one)
    assert text == "The employee named Sven O'Hara was hired in Q4 2013."
    assert (
        narrate_values.quarters_named_people_were_hired(shape, subject_of("interns"), one) is None
    )


def test_a_median_hire_year_is_the_year_of_the_middle_dates() -> None:
    even = [
        {"hire_date": "2016-10-22", "employee_count": 500},
        {"hire_date": "2016-10-23", "employee_count": 500},
    ]
    text = narrate_values.median_hire_date(MedianHireDate(year=True), Subject(()), even)
    assert text.startswith("The median hire year is 2016 (the two middle ones of 500 hire dates")
    apart = [{**even[0], "hire_date": "2015-10-26"}, {**even[1], "hire_date": "2016-03-02"}]
    text = narrate_values.median_hire_date(MedianHireDate(year=True), Subject(()), apart)
    assert text.startswith("The median hire year is between 2015 and 2016 (")


def test_running_totals_add_each_year_to_those_before() -> None:
    said = narrate_values.running_totals("Employees", [("2010", 3), ("2012", 2), ("2013", 5)])
    assert said == (
        "Employees per hire year, each with the running total up to it: 2010 3 (3 so far); "
        "2012 2 (5 so far) and 2013 5 (10 so far)."
    )


def test_providers_compared_are_said_in_the_order_asked() -> None:
    plan = plan_of("ratio of gmail to yahoo")
    shape = plan.shape
    assert isinstance(shape, GroupCount)
    subject = Subject(plan.filters)
    groups = ["yahoo.com", "gmail.com"]
    assert narrate_values.order_asked(shape, subject, groups) == ["gmail.com", "yahoo.com"]
