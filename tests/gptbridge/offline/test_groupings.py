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


@pytest.mark.parametrize(
    "question",
    [
        "the percentage of employees with hotmail, gmail and yahoo",  # each, or all three?
        "what share of Sales uses gmail and hotmail",
        "average tenure of gmail and yahoo users",
    ],
)
def test_a_share_or_average_of_providers_and_providers_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)
    plan_of(question.replace(" and ", " or "))  # one answer for them together


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


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        (
            "number of hires each month over the last 4 years",
            plans.CrossCount("hire_year", "hire_month"),
        ),
        ("hires per quarter since 2021", plans.CrossCount("hire_year", "hire_quarter")),
        ("hires by month between 2019 and 2020", plans.CrossCount("hire_year", "hire_month")),
        # one year, no period, or said "together": the months of the year
        ("hires per month in 2020", plans.GroupCount("hire_month")),
        ("hires per month", plans.GroupCount("hire_month")),
        ("hires per month since 2022 together", plans.GroupCount("hire_month")),
    ],
)
def test_months_over_several_years_are_each_years_months(
    question: str, shape: plans.CrossCount | plans.GroupCount
) -> None:
    assert plan_of(question).shape == shape


def test_two_values_said_combined_are_one_whole() -> None:
    assert plan_of("average tenure of managers and interns combined") == plan_of(
        "average tenure of managers or interns"
    )
    assert plan_of(
        "What proportion of total headcount is represented by Engineering and Product combined?"
    ) == plan_of("what share of headcount is in Engineering or Product")


def test_two_values_left_out_are_no_question_of_pooling() -> None:
    assert plan_of("average tenure of Managers, excluding contractors and interns") == plan_of(
        "average tenure of Managers not contractors or interns"
    )


def test_months_with_a_bound_over_several_years_are_asked_back() -> None:
    """ "how many months since 2010 had at least one hire": calendar months, or the months of
    the year added up? Without a period the months of the year are meant."""
    with pytest.raises(NotUnderstood):
        plan_of("how many distinct months since 2010 had at least one hire")
    assert plan_of("months with at least 3 hires").filters == ()


def test_the_top_of_a_and_b_is_refused_but_of_a_or_b_is_not() -> None:
    with pytest.raises(NotUnderstood) as refused:  # pooled, or 3 of each?
        plan_of("the 3 most recent hires in each of Sales and Marketing")
    assert "together or each" in refused.value.reason
    shape = plan_of("the 3 most recent hires in Sales or Marketing").shape
    assert isinstance(shape, plans.PeopleList)
    assert shape.limit == 3


def test_compared_averages_are_each_groups_own_never_pooled() -> None:
    assert plan_of("Compare average tenure between Sales and Marketing.") == plan_of(
        "compare the average tenure in Sales and in Marketing"
    )
    with pytest.raises(NotUnderstood):  # together, or each? not said
        plan_of("average tenure of Sales and Marketing")
