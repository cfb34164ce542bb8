"""The English the offline grammar is written in, as data (`words.toml`).

The grammar (`grammar.lark`) uses one canonical keyword per meaning ("hired", "newest"); the
lexer maps every variant listed in `words.toml` to it, so a new way of saying something is one
more string there, not a new rule. Column and value words come from the directory description.
"""

import tomllib
from pathlib import Path
from typing import Any

_DATA: dict[str, Any] = tomllib.loads(Path(__file__).with_name("words.toml").read_text())


def _tuples(table: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(value) for key, value in table.items()}


# canonical keyword -> the phrases that mean it (the keyword itself is always understood)
KEYWORDS: dict[str, tuple[str, ...]] = _tuples(_DATA["keywords"])
# Verbs that only link subject and predicate: dropped, except after a share word, where they
# separate the whole ("of engineers") from the part ("are managers").
COPULAS: tuple[str, ...] = tuple(_DATA["words"]["copulas"])
# Dropped before parsing: they never change what is asked.
FILLERS: tuple[str, ...] = tuple(_DATA["words"]["fillers"])
# Verbs that open a sentence to ask for its answer: dropped there (asides.py).
REQUEST_VERBS: tuple[str, ...] = tuple(_DATA["words"]["request_verbs"])
# Known not to be understood: refused as typed, never corrected or read as a name.
NOT_UNDERSTOOD: tuple[str, ...] = tuple(_DATA["words"]["not_understood"])
# ... except these right after a hire word, where they name a day ("hired today").
DAY_FILLERS: frozenset[str] = frozenset(_DATA["words"]["day_fillers"])
# Words that, next to a person's name, ask what the directory does not record -> that topic.
AFTER_A_NAME: dict[str, str] = {
    word: topic for topic, words in _DATA["after_a_name"].items() for word in words
}
DAY_GROUPS: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in _DATA["day_groups"].items()}
# Web-mail providers people name without a domain ("gmail addresses").
PROVIDERS: tuple[str, ...] = tuple(_DATA["words"]["providers"])
MONTHS: dict[str, int] = dict(_DATA["months"])
WEEKDAYS: dict[str, int] = dict(_DATA["weekdays"])
SEASONS: dict[str, tuple[int, ...]] = {k: tuple(v) for k, v in _DATA["seasons"].items()}
NAMED_DAYS: dict[str, tuple[int, int]] = {
    name: (month, day) for name, (month, day) in _DATA["named_days"].items()
}
# What an aside around a question may say (asides.py), besides fillers and prepositions.
ASIDE_WORDS: frozenset[str] = frozenset(_DATA["asides"]["words"])
# Words that would change an answer if dropped: never in an aside, whatever the lexer reads.
INSTRUCTIONS: frozenset[str] = frozenset(_DATA["asides"]["instructions"])
# Courtesies said around a question (courtesy.py): how one opens, the words it goes on in.
COURTESIES: dict[str, frozenset[str]] = {
    part: frozenset(words) for part, words in _DATA["courtesies"].items()
}
# What the engine answers, with examples, for the refusal message.
CAPABILITIES: tuple[str, ...] = tuple(_DATA["words"]["capabilities"])
CAPABILITY_EXAMPLES: tuple[str, ...] = tuple(_DATA["words"]["capability_examples"])
# Hyphenated words kept whole ("e-mail" is "email"); other hyphens split words.
HYPHENATED: dict[str, str] = dict(_DATA["hyphenated"])
CONTRACTIONS: dict[str, tuple[str, ...]] = _tuples(_DATA["contractions"])
# Things people ask about that the directory does not hold: (phrases, what to say).
# Asking to change the directory: refused as read-only (engine.out_of_data_message); asking to
# use it against the people in it (to sell, spam or leak their details): refused as such.
CHANGES = "changes to the directory"
MISUSE = "uses against the people in it"
SQL_TO_RUN = "SQL given to run"
NUMBERS = "employee numbers"
REFUSED_AS_SAID = {
    NUMBERS: "The directory has no employee numbers ('{text}'): each record's id is an internal "
    "code, not a number anyone is known by. Ask by name or e-mail instead.",
    SQL_TO_RUN: "This service does not run SQL it is given ('{text}'): ask your question in words, "
    "and it writes its own read-only query over the directory.",
    CHANGES: "This service only reads the directory ('{text}'): nothing can be added, changed or "
    "deleted through a question. HR staff edit employees in the admin.",
    MISUSE: "This service helps colleagues find each other ('{text}'): it does not help to sell, "
    "spam, leak or harass anyone with their details.",
}
NOT_IN_THE_DATA: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    (tuple(phrases), topic) for topic, phrases in _DATA["not_in_the_data"].items()
)
# The seasons a grouping names: the first name of each set of months ("fall" is autumn,
# "winter months" is winter).
SEASON_NAMES = tuple({months: name for name, months in reversed(SEASONS.items())}.values())[::-1]
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
WEEKDAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
# The tens said in words ("twenty twenty one", "forty two"): never a group or a lone "one".
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# What the grammar's phrases stand for: name columns, e-mail patterns, time units, service.
PHRASES: dict[str, dict[str, Any]] = _DATA["phrases"]
# Characters and digits said in words ("an underscore", "a number"): text they stand for.
CHARACTER_WORDS = frozenset([*PHRASES["characters"], *PHRASES["digits"]["words"]])
# How answers say a column or group key, a text comparison (said, denied), a count comparison.
ANSWER_WORDS: dict[str, dict[str, Any]] = _DATA["answers"]
# The grammar's comparisons ("more_than") as operators.
OPERATORS = {"more_than": ">", "at_least": ">=", "less_than": "<", "at_most": "<=", "exactly": "="}


def season_name(months: tuple[int, ...]) -> str:
    return next(name for name, numbers in SEASONS.items() if numbers == tuple(months))


# Words that give away a question written in another language, by language.
OTHER_LANGUAGES: dict[str, frozenset[str]] = {
    language: frozenset(words) for language, words in _DATA["other_languages"].items()
}
