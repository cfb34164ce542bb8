"""Which key tells compared alternatives apart ("Sales vs Marketing" -> department)."""

import datetime as dt

import pytest

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.comparisons import alternatives_in, compared_part, is_email_part
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.plan import GroupCount

from .conftest import plan_of

YEAR_2021 = plans.DateFilter(dt.date(2021, 1, 1), dt.date(2021, 12, 31), "in 2021")
YEAR_2022 = plans.DateFilter(dt.date(2022, 1, 1), dt.date(2022, 12, 31), "in 2022")
H1_2020 = plans.DateFilter(dt.date(2020, 1, 1), dt.date(2020, 6, 30), "in the first half of 2020")
H2_2020 = plans.DateFilter(dt.date(2020, 7, 1), dt.date(2020, 12, 31), "in the second half of 2020")
GMAIL = plans.TextFilter("email", "contains", "@gmail.")
YAHOO = plans.TextFilter("email", "contains", "@yahoo.")


@pytest.mark.parametrize(
    ("condition", "key", "groups"),
    [
        (plans.ValueFilter("department", ("Sales", "Marketing")), "department", 2),
        (plans.AnyOf((GMAIL, YAHOO)), "email_domain", 2),
        (plans.AnyOf((YEAR_2021, YEAR_2022)), "hire_year", 2),
        (
            plans.AnyOf((plans.DatePartFilter("month", (3,), "in March"),) * 3),
            "hire_month",
            3,
        ),
        (plans.AnyOf((H1_2020, H2_2020)), "hire_period", 2),
    ],
)
def test_the_key_of_the_alternatives(condition: plans.Filter, key: str, groups: int) -> None:
    assert compared_part(condition, [Part("value", None, "said")], negated=False) == Part(
        "compared", (key, groups, condition), "said"
    )


def test_alternatives_no_key_tells_apart_are_refused() -> None:
    year_and_half = plans.AnyOf((H1_2020, YEAR_2021))  # two periods apart: each is counted
    assert compared_part(year_and_half, [], negated=False).value[0] == "hire_period"
    with pytest.raises(NotUnderstood):  # a month of any year and a year
        compared_part(
            plans.AnyOf((plans.DatePartFilter("month", (3,), "in March"), YEAR_2021)),
            [],
            negated=False,
        )
    q2_2020 = plans.DateFilter(dt.date(2020, 4, 1), dt.date(2020, 6, 30), "in Q2 2020")
    with pytest.raises(NotUnderstood):  # periods that overlap: a hire would count in both
        compared_part(plans.AnyOf((H2_2020, q2_2020, H1_2020)), [], negated=False)
    with pytest.raises(NotUnderstood):  # one value is nothing to compare
        compared_part(plans.ValueFilter("title", ("Intern",)), [], negated=False)
    with pytest.raises(NotUnderstood):  # "not Sales vs Marketing"
        compared_part(plans.ValueFilter("title", ("Intern", "Manager")), [], negated=True)


def test_counting_alternatives_and_email_parts() -> None:
    assert alternatives_in(plans.ValueFilter("department", ("Sales",))) == 0
    assert alternatives_in(plans.AnyOf((GMAIL, YAHOO))) == 2
    assert is_email_part(Part("filter", GMAIL))
    assert not is_email_part(Part("filter", plans.TextFilter("email", "starts", "nasir")))


@pytest.mark.parametrize(
    "question", ["hires this year vs last year", "how many hires last year compared to this year"]
)
def test_this_year_to_date_and_last_year_are_compared_as_two_periods(question: str) -> None:
    shape = plan_of(question).shape
    assert isinstance(shape, GroupCount)
    assert shape.key == "hire_period"
    assert {(p.start, p.end) for p in shape.periods} == {
        (dt.date(2024, 1, 1), dt.date(2024, 1, 15)),
        (dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    }


@pytest.mark.parametrize("question", ["hires in Q1 2020 and 2021", "hires in 2021 vs 2021 H1"])
def test_a_year_by_number_after_a_part_of_one_or_overlapping_periods_are_refused(
    question: str,
) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_two_providers_said_together_are_refused() -> None:
    with pytest.raises(NotUnderstood) as refused:  # an address is at one provider
        plan_of("how many of each email provider, gmail hotmail yahoo")
    assert "one provider" in refused.value.reason


@pytest.mark.parametrize(
    "said",
    [
        "how many people hired in 2016 compared to 2015, % change",
        "how many staff did we hire in 2016 vs 2015, percent change",
    ],
)
def test_a_change_of_people_hired_is_a_change_in_hires(said: str) -> None:
    assert plan_of(said).shape == plan_of("percent change in hires from 2015 to 2016").shape


def test_a_change_of_people_there_is_refused() -> None:
    with pytest.raises(NotUnderstood):  # people there, or the hires of each year?
        plan_of("how many people 2015 vs 2016 hires, change")


def test_a_period_compared_outside_another_period_said_is_refused() -> None:
    """ "the 2010s (2010-2019) vs 2020 onward" had kept the 2010s as a condition on both sides,
    and said there were no hires since 2020 (there are 126)."""
    with pytest.raises(NotUnderstood):
        plan_of("How many hires did the company make in the 2010s (2010-2019) vs 2020 onward?")
    assert plan_of("How many hires in 2010-2019 vs 2020 onward?").filters
