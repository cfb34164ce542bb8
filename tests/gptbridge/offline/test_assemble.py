import datetime as dt

import pytest

from gptbridge.engines.offline.assemble import Bag, split_conditions
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.plan import AnyOf, DateFilter, PeopleList, TextFilter, ValueFilter

from .conftest import plan_of

Y2019 = DateFilter(dt.date(2019, 1, 1), dt.date(2019, 12, 31), "in 2019")
Y2020 = DateFilter(dt.date(2020, 1, 1), dt.date(2020, 12, 31), "in 2020")


def value(column: str, stored: str) -> Part:
    return Part("value", (column, stored), stored)


def test_values_of_one_column_joined_are_one_list_and_negation_covers_it() -> None:
    parts = [
        Part("negation"),
        value("department", "HR"),
        Part("sep_and"),
        value("department", "Sales"),
    ]
    filters, rest = split_conditions(parts)
    assert [f for _, f in filters] == [ValueFilter("department", ("HR", "Sales"), negated=True)]
    assert rest == []


def test_nouns_of_two_columns_joined_are_ambiguous() -> None:
    parts = [
        value("department", "Engineering"),
        Part("sep_and", text="and"),
        value("title", "Intern"),
    ]
    with pytest.raises(NotUnderstood) as raised:
        split_conditions(parts)
    assert "both" in raised.value.reason


def test_periods_joined_by_or_are_alternatives() -> None:
    parts = [Part("filter", Y2019), Part("sep_or"), Part("filter", Y2020)]
    filters, _ = split_conditions(parts)
    assert [f for _, f in filters] == [AnyOf((Y2019, Y2020))]


def test_from_a_year_is_refused() -> None:
    with pytest.raises(NotUnderstood) as raised:
        split_conditions([Part("prep_from", text="from"), Part("filter", Y2019, "in 2019")])
    assert "during 2019 or since 2019" in raised.value.reason


def test_a_column_word_next_to_its_value_only_names_it() -> None:
    _filters, rest = split_conditions(
        [value("department", "Marketing"), Part("fields", "department")]
    )
    assert rest == []


def test_leftover_parts_are_refused() -> None:
    bag = Bag([Part("count"), Part("average", text="average")])
    bag.take("count")
    with pytest.raises(NotUnderstood) as raised:
        bag.finish()
    assert raised.value.words == ["average"]


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("hired before 1 January 2012 (exclusive of that date)", "hired before 2012-01-01"),
        ("hires after 2022-06-30, exclusive", "hires after 2022-06-30"),
        ("hires before 2012-01-01 (not including that day)", "hires before 2012-01-01"),
    ],
)
def test_exclusive_after_a_strict_bound_says_it_again(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "said", ["hires between 2015 and 2017 exclusive", "hires in 2019, exclusive"]
)
def test_exclusive_after_a_period_that_includes_its_ends_is_refused(said: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(said)


@pytest.mark.parametrize(
    "said", ["how many have an email address at gmail.com", "how many have an email on yahoo"]
)
def test_an_email_column_before_its_provider_only_names_it(said: str) -> None:
    assert len(plan_of(said).filters) == 1


def test_a_name_owning_a_name_column_is_whose_it_is_not_its_value() -> None:
    """ "what is June's last name": the last name of everyone named June, not the last name
    June; "an O'Hara surname" still is the last name O'Hara."""
    owned = plan_of("what is June's last name")
    assert owned.filters == (TextFilter("any_name", "equals", "june", shown="June"),)
    assert owned.shape == PeopleList(fields=("last_name",))
    (said,) = plan_of("an O'Hara surname").filters
    assert isinstance(said, TextFilter)
    assert said.column == "last_name"
