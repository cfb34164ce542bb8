"""A part of the counted asked after the count."""

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.subsets import subset_as_a_share


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
