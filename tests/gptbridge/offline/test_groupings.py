import datetime as dt

import pytest

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.groupings import (
    refuse_pooled_years,
    refuse_pooling,
    refuse_sorting_by_a_derived_key,
)
from gptbridge.engines.offline.meaning import NotUnderstood, Part

from .conftest import plan_of


def test_an_average_of_a_and_b_is_refused_but_of_a_or_b_is_not() -> None:
    both = plans.QueryPlan(
        (plans.ValueFilter("title", ("Manager", "Intern")),), plans.AverageTenure(dt.date.today())
    )
    with pytest.raises(NotUnderstood):
        refuse_pooling(both, [Part("sep_and")])
    refuse_pooling(both, [Part("sep_or")])


def test_quarters_of_two_years_are_refused_unless_said_together() -> None:
    """ "hires by quarter for 2021 and 2022" (", ", "/", "plus"): each year's, or both added up?"""
    years = plans.AnyOf(
        tuple(
            plans.DateFilter(dt.date(y, 1, 1), dt.date(y, 12, 31), f"in {y}") for y in (2021, 2022)
        )
    )
    quarters = plans.QueryPlan((years,), plans.GroupCount("hire_quarter"))
    with pytest.raises(NotUnderstood):
        refuse_pooled_years(quarters, [Part("sep_and")])
    refuse_pooled_years(quarters, [Part("sep_and"), Part("together")])
    with pytest.raises(NotUnderstood):
        refuse_pooled_years(quarters, [Part("sep_or")])
    per_year = plans.QueryPlan((years,), plans.GroupCount("hire_year"))
    refuse_pooled_years(per_year, [Part("sep_and")])


def test_people_sorted_by_a_derived_key_are_refused_but_counted_per_key_are_not() -> None:
    """ "sort engineers by hire year": the people in that order, or how many per year?"""
    per_year = plans.QueryPlan((), plans.GroupCount("hire_year"))
    by_year = Part("by", "key_hire_year", "by hire year")
    with pytest.raises(NotUnderstood):
        refuse_sorting_by_a_derived_key(per_year, [Part("sorted", text="sort"), by_year])
    with pytest.raises(NotUnderstood):
        refuse_sorting_by_a_derived_key(per_year, [Part("by", "key_hire_year", "sorted by year")])
    refuse_sorting_by_a_derived_key(per_year, [by_year])  # "engineers by hire year"
    refuse_sorting_by_a_derived_key(per_year, [Part("count"), Part("sorted"), by_year])


def test_a_record_year_and_a_month_of_the_year_are_answered() -> None:
    assert plan_of("which year had the most hires ever") == plan_of("which year had the most hires")
    assert plan_of("which month of the year do we usually hire the most in")
