"""The offline engine's vocabulary: every phrase it knows and the terminal each one is.

Built from two sources only: the directory description (`gptbridge.schema.describe_directory`,
itself derived from the `Employee` model and `employees/directory.py`) for columns and their
values, and `words.py` for the English around them. A new choice value or column synonym in the
description is understood without touching the engine.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from gptbridge.engines.offline import words
from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.schema import TableDescription, describe_directory

# Column words that mean "first and last name".
NAME_WORDS = (
    "name", "names", "full name", "full names", "fullname", "who they are", "first and last name",
    "first and last names", "first name and last name",
)  # fmt: skip
# Words for every column at once: "everything about Klocko", "all details of the HR interns",
# "all the info on Kenya Jerde".
RECORD_NOUNS = (
    "all details", "all the details", "full details", "all info", "all the info",
    "all information", "all the information", "all columns", "all the columns", "all fields",
    "all the fields", "every column", "every field", "full record", "complete record",
    "whole record", "full profile", "complete profile",
)  # fmt: skip
RECORD_WORDS = (
    "everything about", "everything on",
    *(noun + said for noun in RECORD_NOUNS for said in ("", " about", " on", " for")),
)  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """What a phrase is: a terminal of the grammar and what it carries."""

    terminal: str  # "KW" for a keyword (payload: the canonical keyword), else a terminal name
    payload: Any = None


# Fillers people type in capitals as they are: still fillers.
DATE_NAMES = frozenset({"SEASONNAME", "MONTHNAME", "DAYNAME"})
DATE_OPENERS = frozenset({"last", "this", "in", "during", "since", "before", "after", "or", "and"})
SPOKEN_IN_CAPITALS = frozenset(
    {"ok", "okay", "pls", "plz", "fyi", "btw", "hi", "hey", "asap", "pfb", "urgent"}
)


@dataclass(frozen=True)
class Lexicon:
    phrases: dict[tuple[str, ...], Entry]
    longest: int
    spelled: frozenset[str]  # single words a typo may be corrected to
    # Words that mean nothing on their own (fillers, words not understood): a typo corrected to
    # one is refused, never dropped ("leavers" is no "letters", "directors" no "directory").
    unread: frozenset[str]
    known: frozenset[str]  # every word of every phrase
    plurals: dict[tuple[str, str], str]  # (column, value) -> plural for answers

    def entry(self, phrase: tuple[str, ...]) -> Entry | None:
        return self.phrases.get(phrase)

    def says_hiring(self, word: str) -> bool:
        """ "hired", "joined", "hires": then "today" names a day ("today, who joined?")."""
        return self.entry((word,)) in (Entry("KW", "hired"), Entry("KW", "hires"))

    def swallows_a_date(self, entry: Entry, first: str, before: list[Lexeme]) -> bool:
        """A filler that starts with a date's name, after a word a date follows: "fall in" in
        "hired last fall in Sales" (but "hires that fall in 2020")."""
        alone = self.entry((first,))
        dated = bool(before) and before[0].terminal == "KW" and before[0].payload in DATE_OPENERS
        named = alone is not None and alone.terminal in DATE_NAMES
        return entry.terminal == "FILLER" and dated and named

    def ends_in_a_dated_month(self, said: tuple[str, ...], following: str) -> bool:
        """A phrase whose last word is a month a day or year follows: "na may 2020"."""
        last = self.entry(said[-1:]) if len(said) > 1 else None
        return last is not None and last.terminal == "MONTHNAME" and following[:1].isdigit()

    def ends_inside_a_value(self, said: tuple[str, ...], following: tuple[str, ...]) -> bool:
        """A phrase whose last word begins a department or title the next words finish: "the
        most junior executive" is the most Junior Executives, not "most junior" and a word."""
        if len(said) < 2 or not following:
            return False
        longer = (said[-1], *following)
        return any(
            (value := self.entry(longer[:length])) is not None and value.terminal == "VALUE"
            for length in range(2, min(len(longer), self.longest) + 1)
        )

    def is_acronym_filler(self, typed: str) -> bool:
        """ "US", "IT" in capitals name a place or a team, not "us" or "it": never dropped."""
        said = typed.lower()
        capitals = len(typed) > 1 and typed.isupper() and said not in SPOKEN_IN_CAPITALS
        return capitals and self.entry((said,)) in (Entry("FILLER"), Entry("UNKNOWN"))


def _split(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.split())


def _plural_forms(phrase: str) -> tuple[str, ...]:
    if phrase.endswith("s") or not phrase[-1:].isalpha():
        return (phrase,)
    return (phrase, phrase + "s")


def _column_entries(description: TableDescription) -> dict[tuple[str, ...], Entry]:
    table: dict[tuple[str, ...], Entry] = {}
    for column in description.columns:
        spoken = (column.name.replace("_", " "), *column.synonyms)
        for phrase in spoken:
            for form in _plural_forms(phrase):
                table.setdefault(_split(form.lower()), Entry("FIELD", column.name))
        for value in column.allowed_values:
            said = (value, value.replace("-", " "), *column.value_synonyms.get(value, ()))
            for phrase in said:
                for form in _plural_forms(phrase.lower()):
                    table.setdefault(_split(form), Entry("VALUE", (column.name, value)))
                for article in ("a", "an"):  # "is Sven O'Hara a manager": never "his manager"
                    table.setdefault(
                        _split(f"{article} {phrase.lower()}"), Entry("VALUE", (column.name, value))
                    )
            for noun in column.member_nouns.get(value, ()):
                table[_split(noun.lower())] = Entry("VALUE", (column.name, value))
    for phrase in NAME_WORDS:
        table[_split(phrase)] = Entry("FIELD", "name")
    for phrase in RECORD_WORDS:
        table[_split(phrase)] = Entry("FIELD", "record")
    return table


def _provider_phrases() -> dict[str, str]:
    """ "gmail", "gmail account(s)", "a personal gmail": a provider named without its domain."""
    said = ("", " account", " accounts")
    spaced = {"g mail": "gmail", "hot mail": "hotmail", "google mail": "googlemail"}
    return {
        start + phrase + end: provider
        for phrase, provider in (*((p, p) for p in words.PROVIDERS), *spaced.items())
        for start in ("", "personal ", "private ")
        for end in said
    }


def _word_entries() -> dict[tuple[str, ...], Entry]:
    table: dict[tuple[str, ...], Entry] = {}
    simple: Iterable[tuple[dict[str, Any], str]] = (
        (words.MONTHS, "MONTHNAME"),
        (words.WEEKDAYS, "DAYNAME"),
        (words.SEASONS, "SEASONNAME"),
        (words.NAMED_DAYS, "NAMEDDAY"),
        (words.DAY_GROUPS, "DAYGROUP"),
        (_provider_phrases(), "PROVIDER"),
        ({f"q{number}": number for number in range(1, 5)}, "QUARTERNAME"),
    )
    for mapping, terminal in simple:
        for phrase, payload in mapping.items():
            table[_split(phrase)] = Entry(terminal, payload)
            # The tokenizer splits "year's" into "year" + "'s".
            table[_split(phrase.replace("'s", " 's"))] = Entry(terminal, payload)
    for keyword, variants in words.KEYWORDS.items():
        for phrase in (keyword, *variants):
            table.setdefault(_split(phrase), Entry("KW", keyword))
    return table


def _low_priority_entries() -> dict[tuple[str, ...], Entry]:
    table: dict[tuple[str, ...], Entry] = {}
    for phrases, topic in words.NOT_IN_THE_DATA:
        for phrase in phrases:
            table[_split(phrase)] = Entry("TOPIC", topic)
    table.update({_split(phrase): Entry("UNKNOWN") for phrase in words.NOT_UNDERSTOOD})
    for terminal, phrases in (("FILLER", words.FILLERS), ("COPULA", words.COPULAS)):
        table.update({_split(phrase): Entry(terminal) for phrase in phrases})
    return table


def _build(description: TableDescription) -> Lexicon:
    low = _low_priority_entries()
    phrases = low | _word_entries()
    # Topics a keyword would hide ("'s manager" over "'s") are longer, so they still win.
    phrases |= {p: entry for p, entry in low.items() if entry.terminal == "TOPIC" and len(p) > 1}
    phrases.update(_column_entries(description))
    spelled = frozenset(
        word
        for phrase, entry in phrases.items()
        for word in phrase
        if len(word) >= 4 and word.isalpha() and entry.terminal not in ("TOPIC",)
    )
    plurals = {
        (column.name, value): plural
        for column in description.columns
        for value, plural in column.plurals.items()
    }
    known = frozenset(word for phrase in phrases for word in phrase)
    unread = ("FILLER", "COPULA", "UNKNOWN")
    meaningful = {w for p, entry in phrases.items() if entry.terminal not in unread for w in p}
    alone = {p[0] for p, entry in phrases.items() if len(p) == 1 and entry.terminal in unread}
    longest = max(len(p) for p in phrases)
    return Lexicon(phrases, longest, spelled, (known - meaningful) | alone, known, plurals)


_built: list[tuple[TableDescription, Lexicon]] = []


def lexicon() -> Lexicon:
    """The vocabulary for the current directory description (rebuilt when it changes)."""
    description = describe_directory("sqlite")
    if not _built or _built[0][0] is not description:
        _built[:] = [(description, _build(description))]
    return _built[0][1]
