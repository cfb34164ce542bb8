import pytest

from gptbridge.engines.offline.parser import NoParse, keyword_terminals, parse
from gptbridge.engines.offline.tokens import Lexeme


def kw(word: str) -> Lexeme:
    return Lexeme("KW", word, word)


def value(column: str, stored: str) -> Lexeme:
    return Lexeme("VALUE", (column, stored), stored)


def test_every_word_must_be_consumed() -> None:
    with pytest.raises(NoParse) as raised:
        parse([value("title", "Intern"), Lexeme("WORD", "pottery", "pottery")])
    assert raised.value.lexeme is not None
    assert raised.value.lexeme.text == "pottery"


def test_an_empty_question_is_no_parse() -> None:
    with pytest.raises(NoParse):
        parse([])


def test_all_readings_are_kept() -> None:
    # "10 at least years": a tenure, the number 10 followed by "at least years", or a count
    # ("10 or more") followed by "years".
    trees = parse([Lexeme("NUMBER", 10, "10"), kw("at least"), kw("year")])
    assert len(trees) == 3


def test_parses_are_cached_by_terminal_types() -> None:
    first = parse([kw("how many"), value("title", "Intern")])
    second = parse([kw("how many"), value("department", "Sales")])
    assert first is second


def test_keywords_map_to_lark_terminals() -> None:
    assert "how many" in keyword_terminals()
