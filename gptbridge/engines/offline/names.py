"""The first and last names in the directory, so "When was Leopold Johnston hired?" is understood.

A capitalised word is not a name just because it is capitalised: the parser accepts a bare word
as a name only if someone in the directory has it. The lists are read lazily (only for a
question with a word the vocabulary does not know) and kept for `CACHE_SECONDS`, so a new
colleague is recognised within minutes and a question costs no extra query in between.
"""

import importlib
import pkgutil
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property

from faker.providers import person
from nicknames import NickNamer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from employees.models import Employee
from gptbridge.engines.offline.english import word_count
from gptbridge.engines.offline.lexicon import Lexicon
from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.typos import corrected_word

CACHE_SECONDS = 300.0
# A word that is someone's name though no one in the directory has it ("Sarah's e-mail", "first
# name Michael"): a given name or surname Faker writes in Latin letters, in any of its locales,
# that is seldom an English word ("Sarah", "Johnson", "Muhammad"; "Rose", "Price" and "Will" stay
# words). Read as a name, it finds no one, and the answer says so.
NAME_NOT_A_WORD_COUNT = 10_000
OFTEN_WRITTEN = 500
LATIN_NAME = re.compile(r"[a-z]{3,}")
NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "last_names")


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
        return _paired(sorted((last, first) for first, last in self.people))

    @cached_property
    def last_names_by_first(self) -> dict[str, tuple[str, ...]]:
        """The last names of the people with each first name."""
        return _paired(sorted(self.people))

    @cached_property
    def by_key(self) -> dict[str, str]:
        """Stored (lower-case) name by its key, for names typed without apostrophes."""
        return {name_key(name): name for name in sorted(self.first | self.last)}

    def stored(self, word: str) -> str | None:
        if word in self.first or word in self.last:
            return word
        return self.by_key.get(name_key(word))

    def given_name_in_the_plural(self, word: str) -> str | None:
        """ "Johns": a given name often written ("john" 6,920 times in pyspellchecker's counts,
        "edward" 508, "davi" 0), so "how many Johns" may count people named John."""
        given = word.removesuffix("s")
        often = given != word and word_count(given) >= OFTEN_WRITTEN
        return given if often and is_someones_name(given) else None

    def in_the_plural(self, word: str) -> str | None:
        """The name a plural stands for: "weimanns" -> weimann, "jeremies" -> jeremie."""
        for ending, replaced in (("ies", "ie"), ("ies", "y"), ("es", ""), ("s", "")):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                found = self.stored(word.removesuffix(ending) + replaced)
                if found is not None:
                    return found
        return None


def _paired(pairs: list[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """{key: (values in order)} from sorted (key, value) pairs."""
    found: dict[str, list[str]] = {}
    for key, value in pairs:
        found.setdefault(key, []).append(value)
    return {key: tuple(values) for key, values in found.items()}


def merge_names(
    lexemes: list[Lexeme],
    names: Callable[[], DirectoryNames],
    vocabulary: Lexicon | None = None,
) -> list[Lexeme]:
    """A first name followed by a last name is one person; so is a misspelt first name close to
    the first name of someone with that last name ("Jeremy Keeling" for Jeremie Keeling), or a
    first name and a misspelt last name close to the last name of someone with that first name
    ("Brianne Jonse" for Brianne Jones)."""
    merged: list[Lexeme] = []
    for lexeme in lexemes:
        if _last_comma_first(merged[-2:], lexeme, names()):  # "Nitzsche, Kendall"
            last = merged[-2]
            text = f"{lexeme.text} {last.text}"
            merged[-2:] = [Lexeme("FULLNAME", (lexeme.payload, last.payload), text)]
            continue
        previous = merged[-1] if merged else None
        person = _person_misspelt(previous, lexeme, names()) if previous is not None else None
        if previous is not None and person is not None:
            text = f"{previous.text} {lexeme.text}"
            merged[-1] = Lexeme("FULLNAME", person, text, corrected=True)
            continue
        if previous is not None and _a_full_name(previous, lexeme, names(), vocabulary):
            person = (previous.payload, lexeme.payload)
            text = f"{previous.text} {lexeme.text}"
            merged[-1] = Lexeme("FULLNAME", person, text, previous.corrected or lexeme.corrected)
            continue
        if previous is not None and _first_name_as_word(previous, lexeme, names()):
            person = (previous.text.lower(), lexeme.payload)
            merged[-1] = Lexeme("FULLNAME", person, f"{previous.text} {lexeme.text}")
            continue
        merged.append(lexeme)
    return merged


def _a_full_name(
    first: Lexeme, last: Lexeme, names: DirectoryNames, vocabulary: Lexicon | None
) -> bool:
    """ "Maria Garcia", "John Doe": someone's first and last name, or a name no one here has:
    two names, or a name and a capitalised word that means nothing else."""
    if first.terminal != "NAME" and last.terminal != "NAME":
        return False
    first_said = first.payload in names.first or _someones_name(first)
    last_said = last.payload in names.last or _someones_name(last)
    if first.terminal == "NAME" and last.terminal == "NAME":
        return first_said and last_said
    if first.terminal == "NAME":
        return first_said and _an_unknown_name(last, vocabulary)
    return last_said and _an_unknown_name(first, vocabulary)


def _someones_name(lexeme: Lexeme) -> bool:
    return not lexeme.corrected and is_someones_name(lexeme.payload)


def _an_unknown_name(lexeme: Lexeme, vocabulary: Lexicon | None) -> bool:
    """A word typed capitalised ("Doe", "Petrovic") that no typo of a known word explains."""
    text = lexeme.text
    return (
        vocabulary is not None
        and lexeme.terminal == "WORD"
        and text[:1].isupper()
        and not text.isupper()
        and text.replace("'", "").replace("-", "").isalpha()
        and corrected_word(lexeme.payload, vocabulary) is None
    )


def _last_comma_first(before: list[Lexeme], lexeme: Lexeme, names: DirectoryNames) -> bool:
    """ "the email of Nitzsche, Kendall": a last name, a comma and a first name that together are
    someone in the directory (never a list of two names that are no one's)."""
    if len(before) != 2 or lexeme.terminal != "NAME" or before[0].terminal != "NAME":
        return False
    comma = before[1].terminal == "KW" and before[1].payload == ","
    return comma and (lexeme.payload, before[0].payload) in names.people


def _first_name_as_word(previous: Lexeme, lexeme: Lexeme, names: DirectoryNames) -> bool:
    """ "when did june sipes start": a word read as something else ("june" a month, "mark" a
    year mark) is a first name when the last name after it makes someone in the directory."""
    return (
        previous.terminal not in ("NAME", "FULLNAME")
        and lexeme.terminal == "NAME"
        and not lexeme.corrected
        and (previous.text.lower(), lexeme.payload) in names.people
    )


def _person_misspelt(
    previous: Lexeme, lexeme: Lexeme, names: DirectoryNames
) -> tuple[str, str] | None:
    # "nicolas swift": Nicolas is someone's name, but no one is Nicolas Swift; Nicholas Swift is.
    nobody = (
        previous.terminal == lexeme.terminal == "NAME"
        and (previous.payload, lexeme.payload) not in names.people
    )
    first = _misspelt(previous, lexeme, names.first_names_by_last, nobody) or _nicknamed(
        previous, lexeme, names
    )
    if first is not None:
        return first, str(lexeme.payload)
    if previous.corrected:  # two misspelt names are not guessed at
        return None
    last = _misspelt(lexeme, previous, names.last_names_by_first, nobody)
    return (str(previous.payload), last) if last is not None else None


def _misspelt(
    typo: Lexeme, known: Lexeme, of_the_known: dict[str, tuple[str, ...]], nobody: bool = False
) -> str | None:
    """The one name, among those paired with the `known` name in the directory, that `typo`
    misspells: same first letter, one edit (two from six letters on). A name of the directory
    may be a typo too when no one has both names (`nobody`)."""
    typed = str(typo.payload).lower()
    unknown = typo.terminal == "WORD" or (typo.terminal == "NAME" and (typo.corrected or nobody))
    if not (unknown and known.terminal == "NAME" and typed.isalpha() and len(typed) >= 4):
        return None
    candidates = [
        name for name in of_the_known.get(str(known.payload), ()) if name[:1] == typed[:1]
    ]
    limit = 2 if len(typed) >= 6 else 1
    found = process.extract(typed, candidates, scorer=OSA.distance, score_cutoff=limit, limit=2)
    nearest = min((distance for _, distance, _ in found), default=None)
    best = [name for name, distance, _ in found if distance == nearest]
    return str(best[0]) if len(best) == 1 else None


NICKNAMES = NickNamer()  # the `nicknames` package's hand-curated English names and nicknames


def _nicknamed(said: Lexeme, last: Lexeme, names: DirectoryNames) -> str | None:
    """The one first name, among those of people with that last name, that a nickname stands
    for ("Bob Bruen" for Bobby Bruen, "Greg Reilly" for Gregory Reilly)."""
    typed = said.text.lower()
    surname = str(last.payload)
    if last.terminal != "NAME" or surname not in names.last or not typed.isalpha():
        return None
    if (typed, surname) in names.people:
        return None  # the name as it is
    formal = NICKNAMES.canonicals_of(typed)
    candidates = names.first_names_by_last.get(surname, ())
    found = [name for name in candidates if name in formal or typed in NICKNAMES.nicknames_of(name)]
    return found[0] if len(found) == 1 else None


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


def is_someones_name(word: str, capitalised: bool = False) -> bool:
    """ "sarah's email": a given name or surname seldom written as a word; typed with a capital
    inside a sentence ("what dept is Emily in", "is there a Mike in Sales"), one less seldom."""
    most = NAME_NOT_A_WORD_COUNT * (3 if capitalised else 1)
    return word in peoples_names() and word_count(word) < most


@cache
def peoples_names() -> frozenset[str]:
    """Faker's given names and surnames, lower-case, in Latin letters (some 29,000)."""
    found: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for listed in (provider.__dict__.get(attribute) for attribute in NAME_LISTS):
            if isinstance(listed, list | tuple | dict):
                found.update(str(name).lower() for name in listed)
    return frozenset(name for name in found if LATIN_NAME.fullmatch(name))
