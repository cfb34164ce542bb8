import datetime as dt

import pytest

from gptbridge.engines.offline import periods
from gptbridge.engines.offline.lexer import OutOfData
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
    filters = plan_of("interns that started this summer", today=dt.date(2024, 9, 1)).filters
    (summer,) = [found for found in filters if isinstance(found, DateFilter)]
    assert (summer.start, summer.end) == (dt.date(2024, 6, 1), dt.date(2024, 8, 31))
    with pytest.raises(OutOfData):  # TODAY is 2024-01-15: a summer yet to come
        plan_of("interns that started this summer")
    with pytest.raises(NotUnderstood):
        plan_of("hired this winter")  # December of which year?


def test_st_patricks_day_without_its_apostrophe() -> None:
    (day,) = plan_of("any hires on st patricks day").filters
    assert isinstance(day, DatePartFilter)
    assert day.values == (317,)


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
        ("how many hires this January", (2024, 1)),
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
    ("question", "bounds"),
    [
        ("employees with exactly 5 years of service", ((2018, 1, 16), (2019, 1, 15))),
        ("how many people have exactly 10 years tenure", ((2013, 1, 16), (2014, 1, 15))),
        ("engineers with exactly 18 months of service", ((2022, 6, 16), (2022, 7, 15))),
    ],
)
def test_exactly_n_years_of_service_is_n_full_years(
    question: str, bounds: tuple[tuple[int, int, int], ...]
) -> None:
    found = date_filter_of(question)
    assert (found.start, found.end) == tuple(dt.date(*day) for day in bounds)
    assert found.label.startswith("with at least ")
    assert found.label.endswith(" of service")


def test_a_bound_said_after_its_number_is_that_numbers() -> None:
    """ "10 or more years": never "the top 10" and "at least a year"."""
    assert plan_of(
        "Which department has the most people with 10 or more years of service?"
    ) == plan_of("which department has the most people with at least 10 years of service")


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("hired in the 5 years before 2020", "2015-01-01", "2019-12-31"),
        ("the 12 months before March 2020", "2019-03-01", "2020-02-29"),
        ("hires in the 3 years after 2015", "2016-01-01", "2018-12-31"),
        ("hires in the 3 years following 2015", "2016-01-01", "2018-12-31"),
        ("hires in the 12 months ending 2023-09-11", "2022-09-12", "2023-09-11"),
        ("hires in the 12 months to March 2020", "2019-04-01", "2020-03-31"),
        ("hires in the 90 days before 2023-09-11", "2023-06-13", "2023-09-10"),
        ("hires in the 6 months after 2020-01-01", "2020-01-02", "2020-07-01"),
        ("hires in the 3 months after Q1 2020", "2020-04-01", "2020-06-30"),
    ],
)
def test_a_window_of_units_next_to_a_date(question: str, start: str, end: str) -> None:
    """The date said is the window's last day ("to", "ending"), or lies just outside it."""
    (date,) = plan_of(question).filters
    assert isinstance(date, DateFilter)
    assert (date.start, date.end) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


@pytest.mark.parametrize(
    "question", ["the 5 years before 0001", "hires in the 99999 years before 2020"]
)
def test_a_window_reaching_past_the_calendar_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("hired 5 years ago or less", "2019-01-15", None),
        ("hired 10 years ago or more", None, "2014-01-15"),
        ("hired exactly 10 years ago or earlier", None, "2014-01-15"),
    ],
)
def test_a_time_ago_with_a_bound_after_it_is_a_length_of_service(
    question: str, start: str | None, end: str | None
) -> None:
    (date,) = plan_of(question).filters
    assert isinstance(date, DateFilter)
    day = lambda said: said and dt.date.fromisoformat(said)  # noqa: E731
    assert (date.start, date.end) == (day(start), day(end))


def test_a_time_ago_or_earlier_is_refused_for_it_may_be_its_calendar_year() -> None:
    with pytest.raises(NotUnderstood):  # "10 years ago" is that calendar year: to its end?
        plan_of("hired 10 years ago or earlier")
    with pytest.raises(NotUnderstood):  # nor is "or earlier" replaced by what was meant
        plan_of("hired exactly 10 years ago or earlier, i.e. on or before 2014-01-01")
