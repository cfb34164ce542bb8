"""A part of the counted asked after the count."""

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.subsets import plainly, subset_as_a_share

from .conftest import plan_of


def test_how_many_of_them_is_the_share_of_the_counted() -> None:
    assert subset_as_a_share(
        "How many interns do we have, and how many of them are in Engineering?"
    ) == ("what percentage of interns do we have are in Engineering?")


def test_which_of_them_after_a_count_is_refused() -> None:
    with pytest.raises(NotUnderstood):
        subset_as_a_share("How many Weimanns are there, and which of them are not VPs?")


def test_a_question_without_a_count_first_is_left_alone() -> None:
    said = "who is in HR, and which of them are interns"
    assert subset_as_a_share(said) == said


@pytest.mark.parametrize(
    "question",
    [
        "how many VPs total and how many are in Sales",
        "How many VPs in total, and how many work in Sales?",
        "how many VPs in total and how many of those in Sales",
    ],
)
def test_a_total_and_how_many_in_a_group_is_the_share_of_the_counted(question: str) -> None:
    said = subset_as_a_share(question).rstrip("?")
    assert said == "what percentage of VPs are in Sales"


def test_two_counts_without_a_total_stay_two_groups() -> None:
    said = "how many engineers and how many in sales"  # each group: no part of the first
    assert subset_as_a_share(said) == said


def test_a_count_and_its_part_asked_politely_is_the_share() -> None:
    assert plan_of(
        "Can you confirm how many employees are in Accounting and how many of them are Interns?"
    ) == plan_of("how many employees are in Accounting, and how many of them are Interns?")


@pytest.mark.parametrize(
    ("asked", "plain"),
    [
        ("Could you please tell me how many VPs we have", "how many VPs we have"),
        ("Can you confirm how many interns there are", "how many interns there are"),
        ("tell me whether we have any interns", "do we have any interns"),
        ("how many interns", "how many interns"),
    ],
)
def test_a_question_asked_politely_asks_what_it_would_plainly(asked: str, plain: str) -> None:
    assert plainly(asked) == plain


@pytest.mark.parametrize(
    "question",
    [
        "How many employees were hired in 2023, and how many of those were in Product?",
        "How many were hired in 2023 and how many of them are in Product?",
    ],
)
def test_what_is_said_of_the_counted_stays_with_the_counted(question: str) -> None:
    assert plan_of(question) == plan_of("what share of employees hired in 2023 are in Product")


def test_joined_said_of_the_counted_is_their_hiring() -> None:
    assert plan_of(
        "how many people joined us in 2015, and how many of those were in Engineering?"
    ) == plan_of("what share of employees hired in 2015 are in Engineering")


def test_a_part_of_the_counted_asked_in_a_second_sentence_is_its_share() -> None:
    said = "How many people are in Engineering? And how many of them are managers?"
    assert plan_of(said) == plan_of(
        "How many people are in Engineering, and how many of them are managers?"
    )
