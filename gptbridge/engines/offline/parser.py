"""Lexemes -> parse trees with lark's Earley parser, every reading kept (ambiguity="explicit").

Earley because the grammar is written the way the questions read, not massaged into LALR(1): it
accepts any context-free grammar, including the ambiguous ones a phrase grammar of English
naturally is, and with explicit ambiguity it returns all readings instead of silently choosing
one. The engine then answers only when all readings mean the same thing.
"""

from functools import cache, lru_cache
from pathlib import Path

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedEOF, UnexpectedInput, UnexpectedToken
from lark.lexer import Lexer, PatternStr
from lark.visitors import CollapseAmbiguities

from gptbridge.engines.offline.tokens import Lexeme

GRAMMAR_FILE = Path(__file__).with_name("grammar.lark")
MAX_TREES = 64
PARSE_CACHE_SIZE = 2048


class NoParse(Exception):
    """No reading consumes every word; `lexeme` is the first one the grammar could not take."""

    def __init__(self, lexeme: Lexeme | None, position: int = 0):
        super().__init__(lexeme.text if lexeme else "")
        self.lexeme = lexeme
        self.position = position


class _TokenStream(Lexer):
    """The lexing is done by `lexer.py`: lark receives the tokens as they are."""

    def __init__(self, lexer_conf: object) -> None:
        pass

    def lex(self, data: list[Token]) -> list[Token]:  # type: ignore[override]
        return data


@cache
def _lark() -> Lark:
    return Lark(
        GRAMMAR_FILE.read_text(),
        parser="earley",
        lexer=_TokenStream,
        ambiguity="explicit",
        maybe_placeholders=False,
        propagate_positions=True,
    )


@cache
def keyword_terminals() -> dict[str, str]:
    """Each keyword of the grammar ("how many") -> lark's name for its terminal."""
    return {
        terminal.pattern.value: terminal.name
        for terminal in _lark().terminals
        if isinstance(terminal.pattern, PatternStr)
    }


def _token(index: int, lexeme: Lexeme) -> Token:
    if lexeme.terminal == "KW":
        name = keyword_terminals().get(lexeme.payload, "UNKNOWN")
    else:
        name = lexeme.terminal
    return Token(name, lexeme.text, start_pos=index, end_pos=index + 1)


def _no_parse(lexemes: list[Lexeme], position: int) -> NoParse:
    """Where the parse stopped, or the first unknown word before it: the grammar may have
    tried to read that word as free text ("enjoy" as a name) and only failed later."""
    for index, lexeme in enumerate(lexemes[: position + 1]):
        if lexeme.terminal in ("WORD", "UNKNOWN"):
            return NoParse(lexeme, index)
    return NoParse(lexemes[position], position)


def parse(lexemes: list[Lexeme]) -> list[Tree[Token]]:
    """Every complete parse of the lexemes (at most MAX_TREES), or NoParse.

    The parse depends only on the sequence of terminal types (the tree's tokens point back to
    the lexemes by position), so parses are cached by that sequence: questions of the same
    shape ("how many VALUE in VALUE") are parsed once.
    """
    if not lexemes:
        raise NoParse(None)
    tokens = [_token(index, lexeme) for index, lexeme in enumerate(lexemes)]
    outcome = _parse_types(tuple(token.type for token in tokens))
    if isinstance(outcome, int):
        raise _no_parse(lexemes, outcome)
    return outcome


@lru_cache(maxsize=PARSE_CACHE_SIZE)
def _parse_types(types: tuple[str, ...]) -> list[Tree[Token]] | int:
    """The parses of a sequence of terminal types, or the position where parsing failed."""
    tokens = [Token(kind, kind, start_pos=i, end_pos=i + 1) for i, kind in enumerate(types)]
    try:
        tree = _lark().parse(tokens)
    except UnexpectedToken as exc:
        return int(exc.token.start_pos)
    except UnexpectedEOF:
        return len(types) - 1
    except UnexpectedInput:
        return 0
    trees: list[Tree[Token]] = CollapseAmbiguities().transform(tree)
    return trees[:MAX_TREES]
