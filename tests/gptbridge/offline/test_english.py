import pytest

from gptbridge.engines.offline.english import is_common_word
from gptbridge.engines.offline.typos import closest


@pytest.mark.parametrize("word", ["near", "third", "rehired", "reason", "status", "version"])
def test_common_words_are_words(word: str) -> None:
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["presidnet", "mangers", "engneering", "acounting", "zzzz"])
def test_typos_are_not(word: str) -> None:
    assert not is_common_word(word)


def test_a_common_word_is_never_corrected_into_another() -> None:
    vocabulary = ["year", "hird", "season", "president"]
    assert closest("near", vocabulary) is None
    assert closest("reason", vocabulary) is None
    assert closest("presidnet", vocabulary) == "president"
