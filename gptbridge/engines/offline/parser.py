"""Lexemes -> parse trees with lark's Earley parser, every reading kept (ambiguity="explicit").

Earley because the grammar is written the way the questions read, not massaged into LALR(1): it
accepts any context-free grammar, including the ambiguous ones a phrase grammar of English
naturally is, and with explicit ambiguity it returns all readings instead of silently choosing
one. The engine then answers only when all readings mean the same thing.
"""

import copy
from functools import cache, lru_cache
from pathlib import Path

from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedEOF, UnexpectedInput, UnexpectedToken
from lark.grammar import Symbol
from lark.lexer import Lexer, PatternStr
from lark.parser_frontends import ParsingFrontend
from lark.visitors import CollapseAmbiguities

from gptbridge.engines.offline.tokens import Lexeme

GRAMMAR_FILE = Path(__file__).with_name("grammar.lark")
MAX_TREES = 64
PARSE_CACHE_SIZE = 2048
PRUNED_CACHE_SIZE = 512


class NoParse(Exception):
    """No reading consumes every word; `lexeme` is the first one the grammar could not take."""

    def __init__(self, lexeme: Lexeme | None, position: int = 0, following: Lexeme | None = None):
        super().__init__(lexeme.text if lexeme else "")
        self.lexeme = lexeme
        self.position = position
        self.following = following  # the word after it ("legal" department)


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
            return NoParse(lexeme, index, _after(lexemes, index))
    return NoParse(lexemes[position], position, _after(lexemes, position))


def _after(lexemes: list[Lexeme], index: int) -> Lexeme | None:
    return lexemes[index + 1] if index + 1 < len(lexemes) else None


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
    """The parses of a sequence of terminal types, or the position where parsing failed.

    Parsed first with only the rules these types can complete (`_pruned_parser`); a failure is
    parsed again with the whole grammar, whose position names the word the grammar could not
    take (the pruned parser may stop earlier, at a word it can no longer complete).
    """
    tokens = [Token(kind, kind, start_pos=i, end_pos=i + 1) for i, kind in enumerate(types)]
    outcome = _run(_pruned_parser(frozenset(types)), tokens)
    if isinstance(outcome, int):
        return _run(_lark().parser, tokens)
    return outcome


def _run(parser: ParsingFrontend, tokens: list[Token]) -> list[Tree[Token]] | int:
    try:
        tree = parser.parse(tokens)
    except UnexpectedToken as exc:
        return int(exc.token.start_pos)
    except UnexpectedEOF:
        return len(tokens) - 1
    except UnexpectedInput:
        return 0
    trees: list[Tree[Token]] = CollapseAmbiguities().transform(tree)
    return trees[:MAX_TREES]


@lru_cache(maxsize=PRUNED_CACHE_SIZE)
def _pruned_parser(types: frozenset[str]) -> ParsingFrontend:
    """The grammar's Earley parser, predicting only the rules that words of `types` can complete.

    lark's Earley parser predicts every rule that may start at each word: here nearly the whole
    grammar (~335 rules) at every word, though a question uses a handful of word types. A rule
    that needs a type the question lacks can never complete, so leaving it out of the
    predictions changes no parse and makes parsing several times faster (`make bench`,
    offline_compose). This replaces `predictions` of lark's `earley.Parser` (lark is pinned;
    test_parser checks the pruned parser gives the whole grammar's trees).
    """
    whole = _lark().parser
    completable = _completable_rules(types)
    earley = copy.copy(whole.parser)
    earley.predictions = {
        symbol: [rule for rule in rules if id(rule) in completable]
        for symbol, rules in whole.parser.predictions.items()
    }
    pruned = copy.copy(whole)
    pruned.parser = earley
    return pruned


def _completable_rules(types: frozenset[str]) -> set[int]:
    """The ids of the rules that a sequence of words of these types can complete."""
    candidates = [
        (rule_id, origin, inner)
        for rule_id, origin, terminals, inner in _rule_symbols()
        if terminals <= types
    ]
    completable: set[int] = set()
    complete_symbols: set[Symbol] = set()
    grew = True
    while grew:
        grew = False
        for rule_id, origin, inner in candidates:
            if rule_id not in completable and inner <= complete_symbols:
                completable.add(rule_id)
                complete_symbols.add(origin)
                grew = True
    return completable


@cache
def _rule_symbols() -> list[tuple[int, Symbol, frozenset[str], frozenset[Symbol]]]:
    """Each rule of the grammar: its id, its origin, the terminals and the nonterminals in it."""
    return [
        (
            id(rule),
            rule.origin,
            frozenset(symbol.name for symbol in rule.expansion if symbol.is_term),
            frozenset(symbol for symbol in rule.expansion if not symbol.is_term),
        )
        for rule in _lark().rules
    ]
