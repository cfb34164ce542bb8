import json
from pathlib import Path

import pytest
from lark import Token

from gptbridge.engines.offline.parser import (
    NoParse,
    _lark,
    _pruned_parser,
    _run,
    _token,
    keyword_terminals,
    parse,
)
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


def _eval_type_sequences() -> set[tuple[str, ...]]:
    """The terminal types of every reading of the shipped eval questions (offline vocabulary)."""
    from gptbridge.engines.offline.lexer import readings
    from gptbridge.engines.offline.lexicon import lexicon
    from gptbridge.engines.offline.meaning import NotUnderstood
    from gptbridge.engines.offline.spoken import as_written
    from gptbridge.engines.offline.tokens import tokenize
    from tests.gptbridge.offline.conftest import NAMES

    found: set[tuple[str, ...]] = set()
    for name in ("cases.jsonl", "paraphrases.jsonl", "families.jsonl"):
        for line in (Path(__file__).parents[3] / "evals" / name).read_text().splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            try:
                words = tokenize(as_written(json.loads(line)["question"]))
            except NotUnderstood:  # refused as it is written ("where manager = 'Smith'")
                continue
            for lexemes in readings(words, lexicon(), lambda: NAMES):
                found.add(tuple(_token(i, lexeme).type for i, lexeme in enumerate(lexemes)))
    return found


def test_the_pruned_parser_gives_the_whole_grammars_trees() -> None:
    # The pruned parser predicts only the rules a question's word types can complete; that must
    # change no parse. Checked on every reading of the shipped questions, parses and failures.
    sequences = _eval_type_sequences()
    assert len(sequences) > 300
    for types in sequences:
        tokens = [Token(kind, kind, start_pos=i, end_pos=i + 1) for i, kind in enumerate(types)]
        whole = _run(_lark().parser, tokens)
        pruned = _run(_pruned_parser(frozenset(types)), tokens)
        assert pruned == whole or (isinstance(pruned, int) and isinstance(whole, int)), types
