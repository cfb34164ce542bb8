"""Common English words, so that a word typed on purpose is never "corrected" into another one;
and the language a question is written in when it is plainly not English.

From pyspellchecker's English word-frequency list: a word counted at least `COMMON_COUNT` times
there is a word, not a typo ("near" is no "year", "third" no "hired", "rehired" no "hired"); a
typo such as "presidnet" or "mangers" is not, or is rare. The list stays as the library ships it,
one bytes object (2.8 MB) searched only when a correction is proposed, so a worker holds no
per-word objects for it.
"""

import gzip
import re
from functools import cache, lru_cache
from importlib import resources

from gptbridge.engines.offline.words import OTHER_LANGUAGES

COMMON_COUNT = 100


@cache
def _counts() -> bytes:
    """pyspellchecker's English counts, as JSON text: {"word": count, ...}."""
    shipped = resources.files("spellchecker.resources") / "en.json.gz"
    return gzip.decompress(shipped.read_bytes())


@lru_cache(maxsize=4096)
def word_count(word: str) -> int:
    """How often the English list counts the word (0: not an English word)."""
    found = re.search(rb'"%s": (\d+)' % re.escape(word.encode()), _counts())
    return 0 if found is None else int(found[1])


def is_common_word(word: str) -> bool:
    return word_count(word) >= COMMON_COUNT


def other_language(words: list[str]) -> tuple[str, list[str]] | None:
    """The language at least two of the words, and more than any other, give away, with them:
    "cuántos empleados hay en Ventas" is Spanish ("cuántos", "empleados", "hay")."""
    found = {
        language: [word for word in words if word.lower() in said]
        for language, said in OTHER_LANGUAGES.items()
    }
    language, given_away = max(found.items(), key=lambda item: len(item[1]))
    return (language, given_away) if len(given_away) >= 2 else None
