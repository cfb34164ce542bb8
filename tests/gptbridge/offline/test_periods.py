import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta

from gptbridge.engines.offline import periods
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.periods import tenure_filter
from gptbridge.engines.offline.plan import DateFilter, DatePartFilter

from .conftest import TODAY, plan_of


def test_periods_are_inclusive_days() -> None:
    assert periods.month(2024, 2) == periods.Period(
        dt.date(2024, 2, 1), dt.date(2024, 2, 29), "in February 2024"
    )
    assert periods.quarter(2022, 2).end == dt.date(2022, 6, 30)
    assert periods.half(2019, 2).start == dt.date(2019, 7, 1)
    assert periods.decade(90).start == dt.date(1990, 1, 1)
    assert periods.decade(2010).end == dt.date(2019, 12, 31)


def test_relative_periods() -> None:
    today = dt.date(2024, 1, 15)
    assert periods.previous("year", today).start == dt.date(2023, 1, 1)
    assert periods.previous("month", today) == periods.Period(
        dt.date(2023, 12, 1), dt.date(2023, 12, 31), "last month"
    )
    assert periods.previous("quarter", today).end == dt.date(2023, 12, 31)
    assert periods.current("quarter", today).start == dt.date(2024, 1, 1)


def test_last_season_is_the_latest_whole_one_before_today() -> None:
    today = dt.date(2026, 12, 2)
    spring = periods.last_season((3, 4, 5), today)
    assert (spring.start, spring.end) == (dt.date(2026, 3, 1), dt.date(2026, 5, 31))
    winter = periods.last_season((12, 1, 2), today)  # this winter has not ended
    assert (winter.start, winter.end) == (dt.date(2025, 12, 1), dt.date(2026, 2, 28))
    april = periods.last_season((3, 4, 5), dt.date(2026, 4, 15))  # during spring: the one before
    assert april.start == dt.date(2025, 3, 1)


def test_a_season_after_a_date_word_is_never_swallowed_by_a_filler() -> None:
    """ "fall in" is a filler ("hires that fall in 2020"), but not after "last" or "in"."""
    today = dt.date(2026, 12, 2)
    last_fall = plan_of("hired last fall in Sales", today)
    assert DateFilter(dt.date(2026, 9, 1), dt.date(2026, 11, 30), "") in [
        DateFilter(f.start, f.end, "") for f in last_fall.filters if isinstance(f, DateFilter)
    ]
    (in_2020,) = plan_of("how many hires fall in 2020", today).filters
    assert isinstance(in_2020, DateFilter)
    assert in_2020.start == dt.date(2020, 1, 1)


def test_month_arithmetic_clamps_to_the_month_end() -> None:
    assert dt.date(2024, 2, 29) - periods.UNITS["year"] * 3 == dt.date(2021, 2, 28)
    assert periods.unit_words("year", 1) == "1 year"


def test_tenure_bounds() -> None:
    assert tenure_filter("more_than", 10, "year", TODAY).value.end == dt.date(2014, 1, 14)
    assert tenure_filter("at_least", 5, "year", TODAY).value.end == dt.date(2019, 1, 15)
    assert tenure_filter("less_than", 2, "year", TODAY).value.start == dt.date(2022, 1, 16)


def test_compound_and_named_dates() -> None:
    (since_before,) = plan_of("hired since before 2015").filters
    assert since_before == DateFilter(None, dt.date(2014, 12, 31), "before 2015")
    (christmas,) = plan_of("who joined on christmas").filters
    assert isinstance(christmas, DatePartFilter)
    assert christmas.values == (1225,)
    (weekend,) = plan_of("hires on weekends").filters
    assert weekend == DatePartFilter("weekday", (0, 6), "on a weekend")


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
        anniversary=True,
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


def test_the_first_or_last_months_of_a_year() -> None:
    (closing,) = plan_of("hires in the last 3 months of 2019").filters
    assert closing == DateFilter(
        dt.date(2019, 10, 1), dt.date(2019, 12, 31), "in the last 3 months of 2019"
    )
    (opening,) = plan_of("who joined in the first month of 2015").filters
    assert opening == DateFilter(
        dt.date(2015, 1, 1), dt.date(2015, 1, 31), "in the first month of 2015"
    )


def date_filter_of(question: str) -> DateFilter:
    (found,) = [f for f in plan_of(question).filters if isinstance(f, DateFilter)]
    return found


def test_bounds_of_the_calendar_unit_before_or_of_today() -> None:
    since = date_filter_of("hires since last year")  # TODAY is in 2024
    assert (since.start, since.end) == (dt.date(2023, 1, 1), None)
    until = date_filter_of("who was hired before this month")
    assert (until.start, until.end) == (None, dt.date(2023, 12, 31))
    assert date_filter_of("hired in the past 1 decade").label == "in the last decade"


def test_this_decade_is_the_calendar_decade_of_today_so_far() -> None:
    found = date_filter_of("how many managers were hired this decade")  # TODAY is in 2024
    assert (found.start, found.end) == (dt.date(2020, 1, 1), TODAY)
    assert found.label == "this decade (the 2020s)"


def test_through_the_end_of_a_year_includes_it() -> None:
    until = date_filter_of("engineers hired through the end of 2012")
    assert (until.start, until.end) == (None, dt.date(2012, 12, 31))


def test_this_season_is_that_season_of_this_year_and_this_winter_is_refused() -> None:
    summer = date_filter_of("interns that started this summer")  # TODAY is in 2024
    assert (summer.start, summer.end) == (dt.date(2024, 6, 1), dt.date(2024, 8, 31))
    with pytest.raises(NotUnderstood):
        plan_of("hired this winter")  # December of which year?


def test_st_patricks_day_without_its_apostrophe() -> None:
    (day,) = plan_of("any hires on st patricks day").filters
    assert isinstance(day, DatePartFilter)
    assert day.values == (317,)


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
        ("who was hired 5 years ago", ((2019, 1, 1), (2019, 12, 31)), "in 2019 (5 years ago)"),
        ("hires 1 year ago in Sales", ((2023, 1, 1), (2023, 12, 31)), "in 2023 (1 year ago)"),
        ("hired 3 months ago", ((2023, 10, 1), (2023, 10, 31)), "in October 2023 (3 months ago)"),
        ("anyone hired 2 weeks ago", ((2024, 1, 1), (2024, 1, 7)), "in the week of 2024-01-01"),
        ("hired 2 quarters ago", ((2023, 7, 1), (2023, 9, 30)), "in Q3 2023 (2 quarters ago)"),
    ],
)
def test_a_time_ago_is_the_calendar_unit_that_far_back(
    question: str, bounds: tuple[tuple[int, int, int], ...], label: str
) -> None:
    found = date_filter_of(question)  # TODAY is 2024-01-15
    assert (found.start, found.end) == tuple(dt.date(*day) for day in bounds)
    assert found.label.startswith(label)


@pytest.mark.parametrize("question", ["hired 2 decades ago", "hired 0 years ago"])
def test_a_time_ago_without_a_calendar_unit_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_a_time_ago_compared_is_still_a_length_of_service() -> None:
    more = date_filter_of("who was hired more than 5 years ago")
    assert (more.start, more.end) == (None, dt.date(2019, 1, 14))


@pytest.mark.parametrize(
    ("question", "month"),
    [
        ("who was hired since last January", (2023, 1)),  # TODAY is 2024-01-15: not this January
        ("hired last March", (2023, 3)),
        ("how many hires this March", (2024, 3)),
        ("hired this January", (2024, 1)),
    ],
)
def test_last_or_this_named_month(question: str, month: tuple[int, int]) -> None:
    found = date_filter_of(question)
    assert found.start == dt.date(*month, 1)
    assert found.label.startswith(("since last", "last", "this"))


def test_the_last_march_hire_is_asked_back() -> None:
    """The latest hire of any March, or the hires of last March?"""
    with pytest.raises(NotUnderstood):
        plan_of("the last march hire")


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
