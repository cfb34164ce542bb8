import pytest

from gptbridge.engines.offline.english import is_common_word, other_language
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


def test_a_question_in_another_language_is_said_to_be_in_it() -> None:
    spanish = ["cuántos", "empleados", "hay", "en", "Ventas"]
    assert other_language(spanish) == ("Spanish", ["cuántos", "empleados", "hay", "Ventas"])
    assert other_language(["wie", "viele", "Mitarbeiter", "sind", "in", "Sales"]) == (
        "German",
        ["wie", "viele", "sind"],
    )


def test_one_foreign_looking_word_in_english_is_no_other_language() -> None:
    assert other_language(["how", "many", "were", "hired", "in", "2015", "entre", "nous"]) is None
