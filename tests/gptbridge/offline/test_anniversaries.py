"""Work anniversaries as hire-date conditions (`anniversaries.py`)."""

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import DateFilter, DatePartFilter

from .conftest import TODAY, plan_of


def date_filter_of(question: str) -> DateFilter:
    (found,) = [f for f in plan_of(question).filters if isinstance(f, DateFilter)]
    return found


def test_work_anniversaries_are_hire_months_and_years() -> None:
    (month,) = plan_of("who has a work anniversary in December").filters
    assert month == DatePartFilter(
        "month", (12,), "in December of any year (their work anniversary month)"
    )
    (this_month,) = plan_of("work anniversaries this month").filters
    assert isinstance(this_month, DatePartFilter)
    assert this_month.values == (TODAY.month,)
    (next_month,) = plan_of("who has a work anniversary next month").filters
    assert next_month == DatePartFilter(
        "month", (2,), "in February of any year (their work anniversary month)"
    )
    (years,) = plan_of("who hits their 10 year anniversary in 2027").filters
    assert years == DateFilter(
        dt.date(2017, 1, 1),
        dt.date(2017, 12, 31),
        "in 2017 (their 10-year anniversary is in 2027)",
        anniversary=10,
    )
    (this_year,) = plan_of("how many people have their 10th anniversary this year").filters
    assert isinstance(this_year, DateFilter)
    assert this_year.start == dt.date(TODAY.year - 10, 1, 1)


@pytest.mark.parametrize(
    ("question", "monthdays", "before", "said"),
    [
        ("who has their work anniversary today", (115,), "2024-01-15", "on January 15"),
        ("whose work anniversary is tomorrow", (116,), "2024-01-16", "on January 16"),
        (
            "anniversaries this week in sales",
            tuple(range(115, 122)),
            "2024-01-15",
            "between January 15 and January 21",
        ),
        (
            "work anniversaries next week",
            tuple(range(122, 129)),
            "2024-01-22",
            "between January 22",
        ),
        # once every January (those of January 1-14 had theirs already)
        (
            "work anniversaries coming up this month",
            tuple(range(115, 132)),
            "2024-01-15",
            "between",
        ),
        ("upcoming work anniversaries this month", tuple(range(115, 132)), "2024-01-15", "between"),
        (
            "anniversaries for the rest of the month",
            tuple(range(115, 132)),
            "2024-01-15",
            "between",
        ),
    ],
)
def test_work_anniversaries_on_days_are_those_days_of_an_earlier_year(
    question: str, monthdays: tuple[int, ...], before: str, said: str
) -> None:
    (days,) = [f for f in plan_of(question).filters if isinstance(f, DatePartFilter)]
    assert (days.part, days.values) == ("monthday", monthdays)
    assert days.before == dt.date.fromisoformat(before)  # hired that day is no anniversary
    assert days.label.startswith(said)
    assert "of an earlier year" in days.label


def test_anniversaries_over_a_new_year_wrap_to_january() -> None:
    (days,) = plan_of("anniversaries this week", today=dt.date(2026, 12, 31)).filters
    assert isinstance(days, DatePartFilter)
    assert days.values == (101, 102, 103, 1228, 1229, 1230, 1231)


def test_a_work_anniversary_next_year_or_reached_in_a_year() -> None:
    def hired(question: str) -> tuple[dt.date | None, dt.date | None]:
        (condition,) = plan_of(question).filters
        assert isinstance(condition, DateFilter)
        return condition.start, condition.end

    five_years_before_next = TODAY.year + 1 - 5
    assert hired("whose 5 year anniversary is next year") == (
        dt.date(five_years_before_next, 1, 1),
        dt.date(five_years_before_next, 12, 31),
    )
    in_2017 = (dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    assert hired("who hits 10 years with us in 2027") == in_2017
    assert hired("who is celebrating 10 years this year") == hired("10 year anniversary this year")


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("whose 5-year anniversary is next month", (2019, 2)),
        ("who hits 10 years with us next month", (2014, 2)),
        ("who celebrates a 5-year work anniversary this month", (2019, 1)),
    ],
)
def test_a_years_anniversary_this_or_next_month(question: str, month: tuple[int, int]) -> None:
    (hired,) = plan_of(question).filters
    assert isinstance(hired, DateFilter)
    assert (hired.start, hired.end) == (
        dt.date(*month, 1),
        dt.date(*month, 1) + relativedelta(months=1, days=-1),
    )


def test_an_anniversary_in_a_month_of_a_year_is_a_hire_in_an_earlier_year() -> None:
    (hired,) = plan_of("Who has an anniversary in January 2027?").filters
    assert isinstance(hired, DatePartFilter)
    assert (hired.part, hired.values, hired.before) == ("month", (1,), dt.date(2027, 1, 1))


@pytest.mark.parametrize(
    ("question", "bounds", "label"),
    [
        (
            "which employees will celebrate their 10-year anniversary in Q1 2027",
            ((2017, 1, 1), (2017, 3, 31)),
            "in Q1 2017 (their 10-year anniversary is in Q1 2027)",
        ),
        (
            "10 year anniversaries in the first quarter of 2027",
            ((2017, 1, 1), (2017, 3, 31)),
            "in Q1 2017",
        ),
        (
            "how many employees will reach 15 years of service during 2027",
            ((2012, 1, 1), (2012, 12, 31)),
            "in 2012 (their 15-year anniversary is in 2027)",
        ),
        (
            "people who reach exactly their 15th anniversary in 2026",
            ((2011, 1, 1), (2011, 12, 31)),
            "",
        ),
        # February of a leap year keeps its 29th
        ("who has a 4 year anniversary in February 2024", ((2020, 2, 1), (2020, 2, 29)), ""),
        ("a 5 year anniversary in February 2025", ((2020, 2, 1), (2020, 2, 29)), ""),
    ],
)
def test_an_anniversary_in_a_period_is_that_period_years_before(
    question: str, bounds: tuple[tuple[int, int, int], ...], label: str
) -> None:
    found = date_filter_of(question)
    assert (found.start, found.end) == tuple(dt.date(*day) for day in bounds)
    assert found.label.startswith(label)


@pytest.mark.parametrize(
    ("question", "years_before"),
    [
        ("who has a 10 year anniversary today", 10),
        ("who was hired 10 years ago today", 10),
        ("who joined exactly 8 years ago", 8),
    ],
)
def test_an_anniversary_today_is_hired_on_this_day_years_before(
    question: str, years_before: int
) -> None:
    day = TODAY - relativedelta(years=years_before)
    found = date_filter_of(question)
    assert (found.start, found.end) == (day, day)


def test_an_anniversary_tomorrow_is_tomorrows_date_years_before() -> None:
    day = TODAY + dt.timedelta(days=1) - relativedelta(years=5)
    found = date_filter_of("whose 5-year work anniversary is tomorrow")
    assert (found.start, found.end) == (day, day)


@pytest.mark.parametrize(
    "question",
    ["anniversaries in the coming month", "work anniversaries in the upcoming month"],
)
def test_the_coming_month_is_next_month(question: str) -> None:
    assert plan_of(question) == plan_of("anniversaries next month")


@pytest.mark.parametrize(
    "question",
    [
        "how many people has anniversary of hire in December this year?",
        "how many people have their work anniversary in December of this year",
    ],
)
def test_an_anniversary_month_then_a_year_is_that_years_anniversary(question: str) -> None:
    """A tester's wrong answer: "this year" was a hire year, so no one (hired in December 2024
    or later) matched. It is the anniversary's year, as in "in December 2024"."""
    assert plan_of(question).filters == plan_of("work anniversaries in December 2024").filters


def test_a_hire_year_said_apart_from_the_anniversary_month_stays_a_hire_year() -> None:
    plan = plan_of("who has a work anniversary in December among people hired in 2015")
    assert any(isinstance(f, DateFilter) and f.start == dt.date(2015, 1, 1) for f in plan.filters)


@pytest.mark.parametrize(
    "question",
    [
        "How many people have hit their 10-year work anniversary in 2024?",
        "who has already reached their 10 year anniversary this year",
        "10 year anniversaries in 2024 so far",
        "how many had their 10 year anniversary this year up to today",
    ],
)
def test_anniversaries_that_have_come_stop_at_today(question: str) -> None:
    last = TODAY - relativedelta(years=10)  # 2014-01-15
    assert date_filter_of(question) == DateFilter(
        dt.date(2014, 1, 1),
        last,
        "between 2014-01-01 and 2014-01-15 (their 10-year anniversary is between 2024-01-01 and "
        "2024-01-15)",
        anniversary=10,
    )


def test_anniversaries_in_a_year_said_without_so_far_are_the_whole_year() -> None:
    assert date_filter_of("who hits 10 years in 2024").end == dt.date(2014, 12, 31)
    assert date_filter_of("who has hit their 10 year anniversary in 2023").end == dt.date(
        2013, 12, 31
    )  # all of 2023 has come


def test_anniversaries_that_cannot_have_come_yet_are_refused() -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of("who has hit their 10 year anniversary in 2025")
    assert refused.value.words == ["has hit"]
    assert "has come by today" in refused.value.reason


def test_upcoming_anniversaries_in_another_month_are_that_month() -> None:
    assert plan_of("upcoming anniversaries in March") == plan_of("anniversaries in March")


def test_anniversaries_that_are_coming_up() -> None:
    assert plan_of("how many work anniversaries are coming up next month") == plan_of(
        "how many work anniversaries next month"
    )
