"""Two groupings at once: however the pair of keys is said, a count per pair."""

import datetime as dt

import pytest

from gptbridge.engines.offline.engine import parse_question
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import CountDistinct, CrossCount, GroupCount, Having, QueryPlan

TODAY = dt.date(2024, 1, 15)
NAMES = DirectoryNames(first=frozenset({"mark"}), last=frozenset({"smith"}))


def parse(question: str) -> QueryPlan:
    return parse_question(question, today=TODAY, names=lambda: NAMES)


@pytest.mark.parametrize(
    "question",
    [
        "headcount by department and title",
        "headcount by department, title",
        "department and title breakdown",
        "dept by title breakdown",
        "department and title headcount",
        "headcount by department x title",
        "department \u00d7 title headcount",
        "department/title breakdown",
        "dept x title matrix",
        "dept by title cross-tab",
        "breakdown of department and title",
        "cross tab of dept and title",
    ],
)
def test_a_pair_of_keys_however_said_is_counted_per_pair(question: str) -> None:
    assert parse(question).shape == CrossCount("department", "title")


def test_one_key_before_a_headcount_is_a_grouping() -> None:
    assert parse("department headcount").shape == GroupCount("department")
    assert parse("title headcount in Sales").shape == GroupCount("title")


def test_by_between_two_columns_crosses_them_only_in_a_breakdown_or_headcount() -> None:
    # "how many titles by department" counts the titles of each department, no pairs
    assert parse("how many titles by department").shape == CountDistinct("title", per="department")


@pytest.mark.parametrize(
    ("question", "having"),
    [
        ("Which department-and-title combinations have exactly one employee?", Having("=", 1)),
        ("department and title combinations with 10 or more employees", Having(">=", 10)),
    ],
)
def test_pairs_of_values_with_a_size(question: str, having: Having) -> None:
    assert parse(question).shape == CrossCount("department", "title", having=having)


def test_pairs_below_a_size_are_refused_since_empty_pairs_have_no_row() -> None:
    with pytest.raises(NotUnderstood):
        parse("department and title pairs with fewer than 3 people")


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("which department and title combination has the most employees", ("department", "title")),
        ("which year and month had the most hires", ("hire_year", "hire_month")),
        ("which month and year had the most hires", ("hire_month", "hire_year")),
    ],
)
def test_the_pair_with_the_most_is_counted_per_pair(question: str, pair: tuple[str, str]) -> None:
    assert parse(question).shape == CrossCount(*pair, extreme="max")  # type: ignore[arg-type]


def test_the_pair_with_the_fewest_is_refused() -> None:
    with pytest.raises(NotUnderstood):  # a pair with nobody has no row to be the fewest
        parse("which department and title combination has the fewest employees")


@pytest.mark.parametrize(
    ("question", "within", "then"),
    [
        ("what is the most common title in each department", "department", "title"),
        ("for each department, what's the most common title?", "department", "title"),
        ("which title has the most people per department", "department", "title"),
        ("which department hired the most each year", "hire_year", "department"),
        ("busiest month in each year", "hire_year", "hire_month"),
    ],
)
def test_the_most_in_each_group_is_the_most_within_each(
    question: str, within: str, then: str
) -> None:
    assert parse(question).shape == CrossCount(within, then, extreme="max", within=True)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "question",
    [
        "least common title per department",  # a title with nobody has no row to be the fewest
        "the 2 most common titles per department",  # the first N of each: not answered
        "which department has the most hires per year",  # each year's, or the most a year?
    ],
)
def test_the_fewest_the_first_n_or_a_rate_in_each_group_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        parse(question)
