import pytest

from gptbridge.engines.offline.more_of_someone import (
    FOLLOW_UP_AFTER_IS_THERE,
    FOLLOW_UP_IN_THE_SAME_SENTENCE,
    MORE_OF_SOMEONE_IN_THE_SAME_SENTENCE,
    PERSON_ASKED,
)


def test_more_asked_of_someone_named_splits_at_and() -> None:
    said = MORE_OF_SOMEONE_IN_THE_SAME_SENTENCE.match(
        "when did Leland Cummings join and what does he do"
    )
    assert said is not None
    assert said["asked"] == "when did Leland Cummings join"
    assert said["following"] == "what does he do"
    assert PERSON_ASKED.match(said["asked"])


@pytest.mark.parametrize(
    ("sentence", "asked", "following"),
    [
        (
            "Are there any employees named Welch, and what do they do?",
            "Are there any employees named Welch",
            "what do they do?",
        ),
        (
            "list the Quitzons and what they do",
            "list the Quitzons",
            "what they do",
        ),
    ],
)
def test_a_follow_up_in_the_same_sentence_is_split_from_what_it_follows(
    sentence: str, asked: str, following: str
) -> None:
    said = FOLLOW_UP_IN_THE_SAME_SENTENCE.match(sentence)
    assert said is not None
    assert (said["asked"], said["following"]) == (asked, following)


def test_what_the_one_found_does_follows_is_there_only() -> None:
    said = FOLLOW_UP_AFTER_IS_THERE.match(
        "is there anyone named Thad Abernathy and what does he do"
    )
    assert said is not None
    assert said["following"] == "what does he do"
    # "who is X and what does he do" shows all of X, as "who is X" does alone
    assert FOLLOW_UP_AFTER_IS_THERE.match("who is Leopold Johnston and what does he do") is None
