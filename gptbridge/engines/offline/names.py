"""The first and last names in the directory, so "When was Leopold Johnston hired?" is understood.

A capitalised word is not a name just because it is capitalised: the parser accepts a bare word
as a name only if someone in the directory has it. The lists are read lazily (only for a
question with a word the vocabulary does not know) and kept for `CACHE_SECONDS`, so a new
colleague is recognised within minutes and a question costs no extra query in between.
"""

import threading
import time
from dataclasses import dataclass
from functools import cached_property

from employees.models import Employee

CACHE_SECONDS = 300.0


def name_key(name: str) -> str:
    """A name as people type it without punctuation: "O'Hara" and "ohara" meet at "ohara"."""
    return "".join(char for char in name.lower() if char.isalnum())


@dataclass(frozen=True)
class DirectoryNames:
    first: frozenset[str]
    last: frozenset[str]
    people: frozenset[tuple[str, str]] = frozenset()  # (first, last) of everyone

    @cached_property
    def first_names_by_last(self) -> dict[str, tuple[str, ...]]:
        """The first names of the people with each last name."""
        found: dict[str, list[str]] = {}
        for first, last in sorted(self.people):
            found.setdefault(last, []).append(first)
        return {last: tuple(firsts) for last, firsts in found.items()}

    @cached_property
    def by_key(self) -> dict[str, str]:
        """Stored (lower-case) name by its key, for names typed without apostrophes."""
        return {name_key(name): name for name in sorted(self.first | self.last)}

    def stored(self, word: str) -> str | None:
        if word in self.first or word in self.last:
            return word
        return self.by_key.get(name_key(word))

    def in_the_plural(self, word: str) -> str | None:
        """The name a plural stands for: "weimanns" -> weimann, "jeremies" -> jeremie."""
        for ending, replaced in (("ies", "ie"), ("ies", "y"), ("es", ""), ("s", "")):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                found = self.stored(word.removesuffix(ending) + replaced)
                if found is not None:
                    return found
        return None


_lock = threading.Lock()
_cached: tuple[float, DirectoryNames] | None = None


def directory_names() -> DirectoryNames:
    """Lower-cased first and last names, at most `CACHE_SECONDS` old."""
    global _cached
    with _lock:
        if _cached is not None and time.monotonic() - _cached[0] < CACHE_SECONDS:
            return _cached[1]
    names = _read_names()
    with _lock:
        _cached = (time.monotonic(), names)
    return names


def forget_directory_names() -> None:
    """Drop the cache (tests that load different employees call this)."""
    global _cached
    with _lock:
        _cached = None


def _read_names() -> DirectoryNames:
    pairs = list(Employee.objects.values_list("first_name", "last_name").distinct())
    first = frozenset(first.lower() for first, _ in pairs)
    last = frozenset(last.lower() for _, last in pairs)
    people = frozenset((first.lower(), last.lower()) for first, last in pairs)
    return DirectoryNames(first=first, last=last, people=people)
