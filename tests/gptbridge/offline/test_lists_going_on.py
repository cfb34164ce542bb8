"""Lists said to go on: examples after a grouping say nothing more; elsewhere they are refused
rather than read as the values named."""

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("number of hires per month of the year (jan, feb, ...)", "number of hires per month"),
        ("hires per weekday (Mon, Tue, \u2026)", "hires per weekday"),
        ("headcount by department (Sales, HR etc.)", "headcount by department"),
        ("Interns in HR, how many...", "how many Interns in HR"),
        ("so... how many interns", "how many interns"),
    ],
)
def test_examples_of_the_groups_say_nothing_more(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "said",
    [
        "hires in jan, feb, ...",
        "hires in jan, feb \u2026",
        "interns in Sales, HR and so on",
        "interns (Sales, HR, etc.)",  # not after a grouping: which departments?
    ],
)
def test_a_list_said_to_go_on_is_refused(said: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(said)
