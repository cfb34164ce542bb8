"""A list of people: the columns asked for and the order asked for."""

import pytest

from gptbridge.engines.offline.plan import OrderKey, PeopleList

from .conftest import plan_of


def test_the_columns_asked_for_come_with_the_names() -> None:
    assert plan_of("emails of the interns in HR").shape == PeopleList(
        fields=("first_name", "last_name", "email")
    )


def test_an_order_said_after_by_names_its_column_and_direction() -> None:
    assert plan_of("engineers sorted by last name descending").shape == PeopleList(
        order=(OrderKey("last_name", descending=True),)
    )


def test_a_direction_alone_orders_by_the_name() -> None:
    assert plan_of("interns in HR, z-a").shape == PeopleList(order=(OrderKey("name", True),))


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("list the VPs in Engineering, last name A-Z", "VPs in Engineering by last name"),
        ("list the VPs in Engineering, first name Z-A", "VPs in Engineering by first name desc"),
        ("first names of Sales interns a-z", "first names of Sales interns by first name"),
    ],
)
def test_a_part_of_the_name_said_with_a_to_z_is_the_order(question: str, plainly: str) -> None:
    """ "last name A-Z" showed last names only; "first name Z-A" sorted by the last name."""
    assert plan_of(question) == plan_of(plainly)
