import datetime as dt

import pytest

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.refusals import (
    names_someone,
    refuse_a_count_of_one_named,
    refuse_contradictions,
    refuse_two_people_at_once,
)

from .conftest import plan_of

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


MARK = plans.TextFilter("full_name", "equals", "mark torp")
GOODWIN = plans.TextFilter("full_name", "equals", "mark goodwin")


def test_two_people_at_once_are_refused_and_either_of_them_is_not() -> None:
    """ "Mark Torp's email and Mark Goodwin's email": no one is both."""
    with pytest.raises(NotUnderstood):
        refuse_two_people_at_once(plans.QueryPlan((MARK, GOODWIN), plans.PeopleList()), [])
    either = plans.QueryPlan((plans.AnyOf((MARK, GOODWIN)),), plans.PeopleList())
    refuse_two_people_at_once(either, [])


def test_the_number_of_a_named_person_is_refused_unless_people_are_said() -> None:
    """ "what is the number of Mark Torp": their employee number, or how many are named so?"""
    plan = plans.QueryPlan((MARK,), plans.Count())
    with pytest.raises(NotUnderstood):
        refuse_a_count_of_one_named(plan, [Part("count", text="number of")])
    refuse_a_count_of_one_named(plan, [Part("count"), Part("noun_people")])


def test_a_month_and_alternatives_of_other_months_are_refused() -> None:
    # "hired in oct nov or dec" read as October and (November or December)
    october = plans.DatePartFilter("month", (10,), "in October")
    later = plans.AnyOf(
        (
            plans.DatePartFilter("month", (11,), "in November"),
            plans.DatePartFilter("month", (12,), "in December"),
        )
    )
    with pytest.raises(NotUnderstood):
        refuse_contradictions([october, later])
    with_october = plans.AnyOf((october, plans.DatePartFilter("month", (11,), "in November")))
    refuse_contradictions([october, with_october])


@pytest.mark.parametrize("question", ["seniority for HR", "the length of service of engineers"])
def test_the_tenure_of_many_is_asked_back_whatever_its_word(question: str) -> None:
    """Each one's, or the average? "seniority" is asked back as "tenure" is."""
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert "the average" in refused.value.reason


@pytest.mark.parametrize(
    "question", ["how many different last names zork", "how many different first names foo"]
)
def test_different_values_of_one_value_are_refused(question: str) -> None:
    """A word read as the counted column's value leaves one value at most: never "0"."""
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert "different values of one value" in refused.value.reason


@pytest.mark.parametrize(
    "said",
    [
        "how many hired on the weekend (friday or saturday)?",  # the weekend, said otherwise
        "how many hired on a weekend (friday)",
    ],
)
def test_days_said_two_ways_that_only_partly_agree_are_refused(said: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(said)


def test_how_many_named_so_counts_people_and_how_many_names_is_asked_back() -> None:
    assert plan_of("how many named Smith") == plan_of("how many people named Smith")
    with pytest.raises(NotUnderstood):
        plan_of("how many names start with S")
