import datetime as dt

import pytest

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.refusals import (
    names_someone,
    refuse_contradictions,
    refuse_pooled_years,
    refuse_pooling,
)

Q4_2015 = plans.DateFilter(dt.date(2015, 10, 1), dt.date(2015, 12, 31), "in Q4 2015")


def test_dates_that_cannot_all_hold_are_refused() -> None:
    last_quarter = plans.DateFilter(dt.date(2026, 7, 1), dt.date(2026, 9, 30), "last quarter")
    with pytest.raises(NotUnderstood):
        refuse_contradictions([last_quarter, Q4_2015])
    with pytest.raises(NotUnderstood):  # no March in the fourth quarter
        refuse_contradictions([Q4_2015, plans.DatePartFilter("month", (3,), "in March")])
    refuse_contradictions([Q4_2015, plans.DatePartFilter("month", (11,), "in November")])


def test_names_inside_alternatives_name_someone() -> None:
    sven = plans.TextFilter("full_name", "equals", "sven o'hara")
    jailyn = plans.TextFilter("full_name", "equals", "jailyn mcclure")
    assert names_someone(plans.AnyOf((sven, jailyn)))
    assert not names_someone(plans.TextFilter("email", "contains", "@gmail."))


def test_an_average_of_a_and_b_is_refused_but_of_a_or_b_is_not() -> None:
    both = plans.QueryPlan(
        (plans.ValueFilter("title", ("Manager", "Intern")),), plans.AverageTenure(dt.date.today())
    )
    with pytest.raises(NotUnderstood):
        refuse_pooling(both, [Part("sep_and")])
    refuse_pooling(both, [Part("sep_or")])


def test_quarters_of_two_years_joined_by_and_are_refused_unless_said_together() -> None:
    """ "hires by quarter for 2021 and 2022": each year's quarters, or both added up?"""
    years = plans.AnyOf(
        tuple(
            plans.DateFilter(dt.date(y, 1, 1), dt.date(y, 12, 31), f"in {y}") for y in (2021, 2022)
        )
    )
    quarters = plans.QueryPlan((years,), plans.GroupCount("hire_quarter"))
    with pytest.raises(NotUnderstood):
        refuse_pooled_years(quarters, [Part("sep_and")])
    refuse_pooled_years(quarters, [Part("sep_and"), Part("together")])
    refuse_pooled_years(quarters, [Part("sep_or")])
    per_year = plans.QueryPlan((years,), plans.GroupCount("hire_year"))
    refuse_pooled_years(per_year, [Part("sep_and")])
