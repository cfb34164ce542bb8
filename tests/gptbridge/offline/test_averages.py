"""Averages of tenure per group: the highest, the top N, ranked, and what is refused."""

import datetime as dt

import pytest

from gptbridge.engines.offline.engine import parse_question
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import (
    AverageGroupSize,
    AverageTenure,
    MedianHireDate,
    QueryPlan,
    Share,
    ValueFilter,
)

TODAY = dt.date(2024, 1, 15)
NAMES = DirectoryNames(first=frozenset({"mark"}), last=frozenset({"smith"}))


def parse(question: str) -> QueryPlan:
    return parse_question(question, today=TODAY, names=lambda: NAMES)


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("department with the longest average tenure", AverageTenure(TODAY, "department", "max")),
        ("title with the shortest avg tenure", AverageTenure(TODAY, "title", "min")),
        (
            "top 3 departments by average tenure",
            AverageTenure(TODAY, "department", ranked="longest", limit=3),
        ),
        (
            "which 2 departments have the longest average tenure",
            AverageTenure(TODAY, "department", ranked="longest", limit=2),
        ),
        (
            "the 3 titles with the highest average tenure",
            AverageTenure(TODAY, "title", ranked="longest", limit=3),
        ),
        (
            "bottom 2 titles by average tenure",
            AverageTenure(TODAY, "title", ranked="shortest", limit=2),
        ),
        (
            "departments ranked by avg tenure",
            AverageTenure(TODAY, "department", ranked="longest"),
        ),
    ],
)
def test_groups_by_their_average_tenure(question: str, shape: AverageTenure) -> None:
    assert parse(question).shape == shape


@pytest.mark.parametrize(
    "question",
    [
        "who has the longest average tenure",  # of which groups?
        "top 3 by average tenure",
        "the bottom 3 departments with the longest average tenure",  # which end?
        "which dept has the longest average tenure and the most people",
    ],
)
def test_a_ranking_of_averages_that_says_no_groups_or_two_ends_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        parse(question)


@pytest.mark.parametrize(
    ("question", "ranked"),
    [
        ("avg tenure per dept sorted desc", "longest"),
        ("average tenure by department descending", "longest"),
        ("average tenure by department ascending", "shortest"),
    ],
)
def test_average_tenures_sorted_up_or_down_are_ranked_by_tenure(question: str, ranked: str) -> None:
    assert parse(question).shape == AverageTenure(TODAY, "department", ranked=ranked)  # type: ignore[arg-type]


def test_by_average_tenure_with_another_key_is_refused() -> None:
    with pytest.raises(NotUnderstood):  # was an IndexError
        parse("departments ranked monthly by average tenure")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "How many employees work in the Engineering department, and what share of the total "
            "workforce is that?",
            "what percentage of employees are engineers",
        ),
        ("how many engineers are there, and what share of all staff is that", "% of engineers"),
        ("how many engineers are there, and what % of total is that?", "% of engineers"),
    ],
)
def test_a_count_then_its_share_is_the_share(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


def test_percentage_growth_is_the_change() -> None:
    assert parse("What was the percentage growth in hires from 2020 to 2021?") == parse(
        "change in hires from 2020 to 2021"
    )


@pytest.mark.parametrize("question", ["What's the average?", "average for engineers"])
def test_an_average_of_nothing_named_is_asked_back(question: str) -> None:
    with pytest.raises(NotUnderstood):
        parse(question)


@pytest.mark.parametrize(
    "question",
    [
        "% contractors in engineering",
        "What is the share of Contractors in the Engineering?",
        "percentage of engineering contractors",
    ],
)
def test_a_share_of_two_conditions_with_no_whole_said_is_given_of_each(question: str) -> None:
    """Of Engineering, or of all Contractors? Both are given, each said in the answer."""
    shape = parse(question).shape
    assert isinstance(shape, Share)
    assert shape.each_whole
    assert {type(condition) for condition in shape.part} == {ValueFilter}


def test_a_share_of_three_conditions_with_no_whole_said_is_asked_back() -> None:
    with pytest.raises(NotUnderstood):
        parse("share of VPs in HR hired before 2015")


def test_a_share_with_its_whole_said_is_of_that_whole_only() -> None:
    shape = parse("what share of engineers are contractors").shape
    assert isinstance(shape, Share)
    assert not shape.each_whole


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "interns in sales as a share of all employees",
            "what percent of employees are interns in sales",
        ),
        (
            "ratio of interns in sales to all employees",
            "what percent of employees are interns in sales",
        ),
        ("managers in CS as a percentage of employees in CS", "what percent of CS are managers"),
        ("ratio of Managers to employees in Customer Service", "what percent of CS are managers"),
        ("interns in sales as a share of sales", "what percentage of sales are interns"),
    ],
)
def test_the_whole_said_after_the_part_is_the_whole(said: str, plainly: str) -> None:
    """ "of all employees" is everyone, not "which whole was not said"; a department said on
    both sides of "as a percentage of" is in the part and in the whole, not a contradiction."""
    assert parse(said) == parse(plainly)


@pytest.mark.parametrize(
    ("question", "ranked"),
    [
        ("proportion of contractors in each department, sorted descending", "highest"),
        ("share of interns per department, highest first", "highest"),
        ("percentage of managers by department, lowest first", "lowest"),
        ("percentage of managers by department", None),
    ],
)
def test_shares_per_group_sorted_up_or_down_are_ranked_by_share(
    question: str, ranked: str | None
) -> None:
    shape = parse(question).shape
    assert isinstance(shape, Share)
    assert shape.ranked == ranked


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("average years at the company per department", AverageTenure(TODAY, "department")),
        ("what is the average number of years people have been here", AverageTenure(TODAY, None)),
        ("the average yrs of people in Sales", AverageTenure(TODAY, None)),
        (
            "the average number of years people have been here, by department",
            AverageTenure(TODAY, "department"),
        ),
        # a year said in the singular, or a hire year, is the mean of the hire years
        ("average hire year by department", MedianHireDate("department", mean=True)),
        ("the average year of hire", MedianHireDate(None, mean=True)),
    ],
)
def test_average_years_are_a_tenure_and_an_average_year_a_hire_year(
    question: str, shape: AverageTenure | MedianHireDate
) -> None:
    assert parse(question).shape == shape


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("average hires per month", AverageGroupSize("hire_month", each_year=True)),
        (
            "average hires per month between 2018 and 2019",
            AverageGroupSize("hire_month", (2018 * 12, 2019 * 12 + 11), each_year=True),
        ),
        (
            "average hires per quarter since 2021",  # to this quarter
            AverageGroupSize("hire_quarter", (2021 * 4, 2024 * 4), each_year=True),
        ),
        ("average hires per month in 2020", AverageGroupSize("hire_month", (1, 12))),
    ],
)
def test_an_average_per_month_over_years_is_over_each_month_of_each_year(
    question: str, shape: AverageGroupSize
) -> None:
    assert parse(question).shape == shape


def test_an_average_per_month_over_part_of_a_month_is_refused() -> None:
    with pytest.raises(NotUnderstood) as refused:
        parse("average hires per month over the last 5 years")  # from the 15th
    assert "whole months" in refused.value.reason


def test_a_breakdown_with_percentages_is_the_share_of_each_group() -> None:
    assert parse("break down headcount by title, with percentages") == parse(
        "headcount by title with percentages"
    )


def test_an_exclusion_said_last_after_a_comma_leaves_people_out_of_the_whole() -> None:
    # "What percentage of Engineering use yahoo, excluding Contractors?": of the 65 who are not
    assert parse("what percentage of engineers use yahoo, excluding contractors") == parse(
        "what percentage of engineers who are not contractors use yahoo"
    )
