"""Which years a count per hire year says had no hires (`years_without_hires.py`)."""

import datetime as dt

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.subject import Subject
from gptbridge.engines.offline.years_without_hires import years_with_none

PER_YEAR = plans.GroupCount("hire_year")


def year(number: int) -> plans.DateFilter:
    return plans.DateFilter(dt.date(number, 1, 1), dt.date(number, 12, 31), f"in {number}")


def test_only_the_years_asked_about_can_have_none() -> None:
    """ "2010 vs 2023" asks about two years: the years between them are not said to have none."""
    either = plans.AnyOf((year(2010), year(2023)))
    assert years_with_none(PER_YEAR, Subject((either,)), [("2010", 33), ("2023", 20)]) == ""
    assert years_with_none(PER_YEAR, Subject((either,)), [("2010", 33)]) == " None in 2023."


def test_a_period_asked_about_reaches_its_ends_and_a_gap_between_is_said() -> None:
    period = plans.DateFilter(dt.date(2020, 1, 1), dt.date(2023, 12, 31), "between 2020 and 2023")
    pairs = [("2020", 1), ("2022", 2)]
    assert years_with_none(PER_YEAR, Subject((period,)), pairs) == " None in 2021 or 2023."
    since = plans.DateFilter(dt.date(2019, 1, 1), None, "since 2019")
    assert years_with_none(PER_YEAR, Subject((since,)), pairs) == " None in 2019 or 2021."


def test_without_a_period_the_years_between_the_first_and_last_listed() -> None:
    pairs = [("2019", 5), ("2021", 10)]
    assert years_with_none(PER_YEAR, Subject(()), pairs) == " None in 2020."
    either = plans.AnyOf((plans.DateFilter(None, dt.date(2011, 12, 31), "before 2012"), year(2021)))
    assert years_with_none(PER_YEAR, Subject((either,)), [("2010", 3), ("2021", 1)]) == (
        " None in 2011."
    )
