"""Small helpers for matching words at a position in the token list."""

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from gptbridge.engines.offline.lexicon import NUMBER_WORDS
from gptbridge.engines.offline.tokens import Token

T = TypeVar("T")


def norm_at(tokens: list[Token], index: int) -> str | None:
    return tokens[index].norm if 0 <= index < len(tokens) else None


def phrase_end(tokens: list[Token], index: int, phrase: tuple[str, ...]) -> int | None:
    """The index after `phrase` if the words at `index` are exactly `phrase`."""
    if index + len(phrase) > len(tokens):
        return None
    for offset, word in enumerate(phrase):
        if tokens[index + offset].norm != word or tokens[index + offset].kind == "quoted":
            return None
    return index + len(phrase)


_Index = dict[str, list[tuple[tuple[str, ...], Any]]]
# Phrase tables are module constants; each is indexed by its first word once. The table itself
# is kept with its index so its id() cannot be reused by another object.
_indexes: dict[int, tuple[object, _Index]] = {}
MAX_INDEXES = 1000


def _index(phrases: Mapping[tuple[str, ...], Any]) -> _Index:
    cached = _indexes.get(id(phrases))
    if cached is not None and cached[0] is phrases:
        return cached[1]
    index: _Index = {}
    for phrase, value in phrases.items():
        index.setdefault(phrase[0], []).append((phrase, value))
    for candidates in index.values():
        candidates.sort(key=lambda candidate: -len(candidate[0]))
    if len(_indexes) >= MAX_INDEXES:
        _indexes.clear()  # only ad-hoc tables get here; constants are re-indexed on demand
    _indexes[id(phrases)] = (phrases, index)
    return index


def longest_phrase(
    tokens: list[Token], index: int, phrases: Mapping[tuple[str, ...], T]
) -> tuple[T, int] | None:
    """The value of the longest phrase in `phrases` starting at `index`, and where it ends."""
    if not 0 <= index < len(tokens) or tokens[index].kind == "quoted":
        return None
    for phrase, value in _index(phrases).get(tokens[index].norm, ()):
        end = phrase_end(tokens, index, phrase)
        if end is not None:
            return value, end
    return None


_phrase_sets: dict[int, tuple[object, dict[tuple[str, ...], bool]]] = {}


def any_phrase_end(
    tokens: list[Token], index: int, phrases: Iterable[tuple[str, ...]]
) -> int | None:
    cached = _phrase_sets.get(id(phrases))
    if cached is None or cached[0] is not phrases:
        if len(_phrase_sets) >= MAX_INDEXES:
            _phrase_sets.clear()
        cached = (phrases, dict.fromkeys(phrases, True))
        _phrase_sets[id(phrases)] = cached
    found = longest_phrase(tokens, index, cached[1])
    return found[1] if found else None


def skip_words(tokens: list[Token], index: int, words: Iterable[str]) -> int:
    """The first index at or after `index` whose word is not one of the optional `words`."""
    optional = frozenset(words)
    while index < len(tokens) and tokens[index].norm in optional:
        index += 1
    return index


NUMBER_PHRASES: dict[tuple[str, ...], int] = {
    tuple(words.split()): number for words, number in NUMBER_WORDS.items()
}


def number_at(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """A whole number written in digits or words, and the index after it."""
    if not 0 <= index < len(tokens):
        return None
    token = tokens[index]
    if token.kind == "number":
        return int(token.norm), index + 1
    return longest_phrase(tokens, index, NUMBER_PHRASES)
