import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import TextFilter
from gptbridge.engines.offline.spoken import as_written
from gptbridge.engines.offline.spoken_dates import (
    A_UNIT_AGO,
    ANNIVERSARY_COMING_UP,
    DASHED_DATE,
    DOTTED_DATE,
    EACH_OF_THE_LAST,
    EXCLUDING_THE_END,
    HALF_YEAR_OF,
    LAST_HALF_YEAR,
    LEAP_YEAR_SAID_AGAIN,
    SEASON_SPELLED_OUT,
    TRAILING,
    UNIT_SAID_ONCE,
    UNITS_BACK,
    UP_TO_TODAY,
    WEEK_OF_A_MONTH,
    dashed_date,
    each_of_the_last,
    iso_date,
    season_spelled_out,
    to_the_one_before,
    week_of_a_month,
    with_range_bounds_said,
)

from .conftest import plan_of


def test_a_week_of_a_month_or_year_is_its_first_or_last_seven_days() -> None:
    said = "the last week of June 2020"
    assert WEEK_OF_A_MONTH.sub(week_of_a_month, said) == "between 2020-06-24 and 2020-06-30"
    said = "the first week of 2019"  # of a year: of its January
    assert WEEK_OF_A_MONTH.sub(week_of_a_month, said) == "between 2019-01-01 and 2019-01-07"
    said = "the last week of 2020"
    assert WEEK_OF_A_MONTH.sub(week_of_a_month, said) == "between 2020-12-25 and 2020-12-31"


def test_an_excluded_end_is_the_day_or_year_before() -> None:
    said = "from 2019-01-01 up to but not including 2020-01-01"
    assert EXCLUDING_THE_END.sub(to_the_one_before, said) == "from 2019-01-01 to 2019-12-31"
    assert EXCLUDING_THE_END.sub(to_the_one_before, "up to but excluding 2020") == "before 2020"


@pytest.mark.parametrize(
    ("said", "written"),
    [
        (
            "between 2018-07-01 (inclusive) and 2020-07-01 (exclusive)",
            "between 2018-07-01 and 2020-06-30",
        ),
        ("from 2018 inclusive to 2020 exclusive", "from 2018 to 2019"),
        ("from 2018-07-01 (inclusive) to 2020-06-30", "from 2018-07-01 to 2020-06-30"),
        # "exclusive" with no start said to be in may leave out both: as said, and refused
        ("between 2018 and 2020 exclusive", "between 2018 and 2020 exclusive"),
    ],
)
def test_a_start_said_in_and_an_end_said_out_is_to_the_day_before(said: str, written: str) -> None:
    assert with_range_bounds_said(said) == written


def test_dotted_dates_are_day_first_and_must_exist() -> None:
    assert DOTTED_DATE.sub(iso_date, "01.03.2016") == "2016-03-01"
    assert DOTTED_DATE.sub(iso_date, "31.02.2016") == "31.02.2016"


@pytest.mark.parametrize(
    "said", ["the 12 months up to today", "the 12 months until now", "the trailing 12 months"]
)
def test_months_up_to_today_are_the_last_months(said: str) -> None:
    assert TRAILING.sub(r"the last \1 \2", UP_TO_TODAY.sub(r"the last \1 \2", said)) == (
        "the last 12 months"
    )


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("31-12-2018", "2018-12-31"),  # day first: the only day it can be
        ("12-31-2018", "2018-12-31"),  # month first
        ("03-03-2019", "2019-03-03"),  # either way the same day
        ("04-12-2026", "04-12-2026"),  # April 12 or 4 December: left, to be refused
        ("31-02-2019", "31-02-2019"),  # no such day either way
    ],
)
def test_a_dashed_date_is_read_only_when_it_is_one_day(said: str, written: str) -> None:
    assert DASHED_DATE.sub(dashed_date, said) == written


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("hires in the summer months (June, July and August)", "hires in the summer months"),
        ("in winter (Dec-Feb)", "in winter"),
        ("in autumn (september, october, november) 2019", "in autumn 2019"),
        ("in summer (May to July)", "in summer (May to July)"),  # other months: left, refused
    ],
)
def test_a_season_with_its_months_in_brackets_is_the_season(said: str, written: str) -> None:
    assert SEASON_SPELLED_OUT.sub(season_spelled_out, said) == written


def test_each_of_the_last_years_is_per_year_in_them() -> None:
    said = "how many hires in each of the last five years"
    assert EACH_OF_THE_LAST.sub(each_of_the_last, said) == (
        "how many hires per year in the last five years"
    )


def test_a_unit_ago_is_one_and_units_back_are_ago() -> None:
    assert A_UNIT_AGO.sub(r"1 \1 ago", "hired a year ago") == "hired 1 year ago"
    assert UNITS_BACK.sub(r"\1 \2 ago", "hired two years back") == "hired two years ago"
    assert UNITS_BACK.sub(r"\1 \2 ago", "back in 2015") == "back in 2015"


def test_a_half_year_of_a_year_is_its_half_and_the_last_half_year_six_months() -> None:
    assert (
        HALF_YEAR_OF.sub(r"\1 half of ", "the first half year of 2020") == "the first half of 2020"
    )
    assert HALF_YEAR_OF.sub(r"\1 half of ", "2nd half-year 2019") == "2nd half of 2019"
    assert LAST_HALF_YEAR.sub(r"\1 6 months", "in the last half year") == "in the last 6 months"
    assert HALF_YEAR_OF.sub(r"\1 half of ", "the first half year") == "the first half year"


def test_a_unit_said_once_for_two_bounds_is_said_for_each() -> None:
    written = UNIT_SAID_ONCE.sub(r"\1 \2 \6 \3 \4 \5 \6", "more than 5 and fewer than 10 years")
    assert written == "more than 5 years and fewer than 10 years"


def test_a_season_of_a_year_with_its_months_in_brackets_is_the_season() -> None:
    said = "hired during summer 2016 (June, July, August)"
    assert SEASON_SPELLED_OUT.sub(season_spelled_out, said) == "hired during summer 2016"


def test_a_leap_year_said_after_leap_day_is_said_twice() -> None:
    assert LEAP_YEAR_SAID_AGAIN.sub(r"\1", "hired on 29 February of a leap year") == (
        "hired on 29 February"
    )
    assert LEAP_YEAR_SAID_AGAIN.sub(r"\1", "on Leap Day in a leap year") == "on Leap Day"
    assert LEAP_YEAR_SAID_AGAIN.search("hired in a leap year") is None


def test_an_anniversary_coming_up_is_the_anniversary() -> None:
    assert ANNIVERSARY_COMING_UP.sub(r"\1\2", "upcoming anniversaries in january") == (
        "anniversaries in january"
    )
    assert ANNIVERSARY_COMING_UP.sub(r"\1\2", "anniversaries coming up this month") == (
        "anniversaries this month"
    )
    assert ANNIVERSARY_COMING_UP.search("upcoming hires") is None


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("first half of 2019 vs the second half", "first half 2019 vs the second half 2019"),
        ("hires in Q1 2020 vs Q2", "hires in Q1 2020 vs Q2 2020"),
        ("hires in 2019 H1 vs H2", "hires in H1 2019 vs H2 2019"),
        ("from March 2020 to June", "from March 2020 to June 2020"),
        ("in March 2020 vs April 2021", "in March 2020 vs April 2021"),  # a year of its own
        ("hired in March 2020 and may be in Sales", "hired in March 2020 and may be in Sales"),
    ],
)
def test_a_part_of_a_year_said_after_another_is_of_the_same_year(said: str, written: str) -> None:
    assert as_written(said) == written


@pytest.mark.parametrize(
    "question",
    ["how many ppl join in December one, any year", "how many joined on June one"],
)
def test_a_month_then_one_is_refused(question: str) -> None:
    """The 1st of the month, or "one" said for emphasis (Singaporean English)."""
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert "the 1st of" in refused.value.reason


def test_a_month_then_one_then_a_year_is_that_day() -> None:
    assert plan_of("hired on June one 2020") == plan_of("hired on 2020-06-01")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many hired on december thirty first", "how many hired on December 31"),
        ("hired on may twenty second 2019", "hired on 2019-05-22"),
        (
            "um how many people were hired since january twenty twenty two",
            "how many people were hired since January 2022",
        ),
    ],
)
def test_days_and_months_dictated(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("List all personnel hired after 01JAN2023.", "who was hired after 1 January 2023"),
        ("Who was hired in JUN2022?", "who was hired in June 2022"),
        (
            "hired between 01OCT2019 and 30SEP2020",
            "hired between 1 October 2019 and 30 September 2020",
        ),
    ],
)
def test_military_dates_run_together(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_date_run_together_inside_an_address_is_the_address() -> None:
    (address,) = plan_of("whose email is jan2019@x.com").filters
    assert isinstance(address, TextFilter)
    assert address.value == "jan2019@x.com"
