"""Question text -> words: case- and punctuation-insensitive, dates and e-mail kept whole.

Each word keeps the text as typed (for names, quoted values and for naming the word that was not
understood) next to the normalised form the lexer matches on.
"""

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any, Literal

from gptbridge.engines.offline.words import (
    CHARACTER_WORDS,
    CONTRACTIONS,
    HYPHENATED,
    MONTHS,
    PHRASES,
    PROVIDERS,
)

WordKind = Literal["word", "number", "ordinal", "quoted", "email", "domain", "date", "symbol"]


@dataclass(frozen=True)
class Word:
    text: str  # as typed, quotes stripped
    norm: str  # lower case, contractions expanded
    kind: WordKind
    # ISO and slash dates keep their validated parts: (year, month, day or 0).
    date_parts: tuple[int, int, int] | None = None
    # Followed by "?" or "!": no phrase reads across it ("who was hired first? name + date").
    ends_sentence: bool = False

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


class Reason(str):
    """The payload of a word read as not understood for a reason the refusal says ("how long has
    X been a manager": only the time since hire is recorded)."""


@dataclass(frozen=True)
class Lexeme:
    """A word (or words) read as one terminal of the grammar (see lexer.py)."""

    terminal: str  # a grammar terminal name, or "KW" (a keyword: payload is the keyword)
    payload: Any
    text: str  # as typed, for answers and refusals
    corrected: bool = False


def is_acronym(word: Word, said_as_words: frozenset[str]) -> bool:
    """A word in capitals ("IT", "EB"), other than those said as words ("CEO", "FYI")."""
    return len(word.text) > 1 and word.text.isupper() and word.norm not in said_as_words


def lexeme_is(lexeme: Lexeme, terminal: str, keyword: str | None = None) -> bool:
    return lexeme.terminal == terminal and (keyword is None or lexeme.payload == keyword)


# Words that say how many, which or where, never the text itself: "starts with only A", "first
# name shows up somewhere in their email" are refused.
NOT_TEXT = frozenset(
    {"neither", "either", "both", "only", "something", "anything", "nothing", "no", "none", "any"}
    | {"somewhere", "anywhere", "everywhere", "nowhere", "someone", "anyone", "everyone"}
)

TOP_LEVEL_DOMAINS = "com|org|net|io|co|edu|gov|biz|info|us|uk|de|fr|ca|au|dev|ai|app"
# One alternation, tried left to right at each position; order matters (e-mail before word). A
# hyphen glued before a word ("everyone -interns") is a symbol, never understood: minus or a typo?
# A semicolon is kept, read as a comma (words.toml), no longer dropped: "how many engineers; how
# many interns" is two questions, never one.
_PATTERN = re.compile(
    r"""
    (?P<quoted>"[^"]{1,80}"|(?<![\w'])'[^']{1,80}'(?![\w']))
  | (?P<email>[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)
  | (?P<atdomain>@[a-z0-9-]+(?:\.[a-z0-9-]+)*)
  | (?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:TLDS)\b)
  | (?P<tld>(?<![\w.])\.(?:TLDS)\b)
  | (?P<isodate>\d{4}-\d{1,2}-\d{1,2}\b|\d{4}/\d{1,2}/\d{1,2}\b)
  | (?P<yearmonth>\d{4}-\d{1,2}\b(?!-))
  | (?P<slashdate>\d{1,2}/\d{1,2}/\d{4}\b)
  | (?P<monthyear>\d{1,2}/\d{4}\b)
  | (?P<yearrange>\d{4}\s*-\s*\d{4}\b)
  | (?P<numrange>\d{1,3}-\d{1,3}\b(?!-))
  | (?P<decade>\d{4}'?s\b|'\d0'?s\b|(?<=\bthe\s)\d0'?s\b)
  | (?P<ordinal>\d{1,2}(?:st|nd|rd|th)\b)
  | (?P<alnum>[a-z]+\d+\b)
  | (?P<number>\d+(?:\.\d+)?\+?)
  | (?P<dotted>[a-z]+(?:[._][a-z0-9]+)+)
  | (?P<word>[^\W\d_]+(?:['][^\W\d_]+)*'?(?:-[^\W\d_]+(?:['][^\W\d_]+)*)*)
  | (?P<symbol>[<>]=|=[<>]|&&|\|\||[,/&#+=<>%\u2264\u2265]|(?<=\s)-(?=\s)|(?<![\w-])-[a-z]+)
  | (?P<other>[^\s.?!:()\[\]"'-])
    """.replace("TLDS", TOP_LEVEL_DOMAINS),
    re.VERBOSE | re.IGNORECASE,
)
# Initials with dots ("h.r.", "v.p.s"): one word without them, where the vocabulary has it.
INITIALS = re.compile(r"[a-z](?:\.[a-z])+")
# Curly quotes and dashes as typed on phones and in word processors -> plain ones.
TYPOGRAPHIC = str.maketrans("\u2019\u2018\u201c\u201d\u2013\u2014", "''\"\"--")


# A year said with an apostrophe ("Jan '19"): this century up to 2049, the last one after.
SHORT_YEAR = re.compile(r"(?<![\w'])'(\d{2})\b(?!')")


# ... or after a quarter or half, which has no days ("hires in q2 22", "H1 19").
PART_SHORT_YEAR = re.compile(r"\b([qh][1-4])[\s/-]+(\d{2})\b(?![\w'.:/-])", re.IGNORECASE)


def _with_century(two_digits: str) -> str:
    return ("20" if int(two_digits) < 50 else "19") + two_digits


def _full_year(match: re.Match[str]) -> str:
    return _with_century(match[1])


def _part_full_year(match: re.Match[str]) -> str:
    return f"{match[1]} {_with_century(match[2])}"


# "w/", "w/o" and "b/w" as typed in chat: "with", "without" and "between".
WITH_SLASH = re.compile(r"\b(b/w\b|w/(o\b)?)\s*", re.IGNORECASE)


def _with_said(match: re.Match[str]) -> str:
    if match.group(1).lower() == "b/w":
        return "between "
    return "without " if match.group(2) else "with "


# Emoji and other pictographs ("👋", "🤔", "✅"), with their skin tones, joiners and variation
# selectors: decoration, never a word.
PICTOGRAPH_CATEGORIES = frozenset({"So", "Sk"})
EMOJI_GLUE = frozenset({"\u200d", "\ufe0e", "\ufe0f"})


# The e-mail providers words.toml names ("gmail", "yahoo", ...), as one regular-expression choice.
PROVIDER_NAMES = "|".join(re.escape(provider) for provider in PROVIDERS)

# A chat mention opening the message, after a greeting or not ("@bot how many ...", "hey @bot
# ...", "@directory-bot: ..."): whom the message is for. Not a provider or a domain ("@gmail
# users", "@yahoo.com addresses"), nor "anyone @yahoo" later in a question.
MENTION_FIRST = re.compile(
    r"^(\W*(?:(?:hi+|hey+|hello|yo|ok|okay|so)\b[\s,!]*)?)"
    rf"@(?!(?:{PROVIDER_NAMES})\b)"
    r"[a-z][\w-]*(?![\w.@-])[\s,:!]*",
    re.IGNORECASE,
)

# "yo whats the headcount": a greeting. Only first: after a number "yo" is years old ("25 yo").
YO_FIRST = re.compile(r"^(\W*)yo+\b[\s,!]*(?=[\w@])", re.IGNORECASE)


# Chat markup: an emoji's shortcode (":tada:", ":bar_chart:"), bold or italic marks around words
# ("**how many interns**", "*Rita Klocko*"), a value in backticks with its plural after them
# ("`President`s").
SHORTCODE = re.compile(r"(?<![\w:]):[a-z0-9][a-z0-9_+-]*:(?![\w:])")
EMPHASIS = re.compile(r"(?<![\w*(])(\*{1,2}|_{2})(?=\w)([^*_\n]+?)(?<=[\w?.!])\1(?![\w*)])")
SMILEY_BETWEEN = re.compile(r"(?<=\w)\s+[:;]-?[)D(P]\s+(?=[a-z])")
TICKED_PLURAL = re.compile(r"`([A-Za-z][\w -]*)`(e?s)\b")


def without_pictographs(question: str) -> str:
    """The question without emoji (characters or chat shortcodes) or emphasis marks, Spanish
    opening marks ("¿", "¡"), and a chat mention or a "yo" opening it."""
    question = SMILEY_BETWEEN.sub(". ", question)  # "first day here :) how many ...": two
    question = TICKED_PLURAL.sub(r"\1\2", EMPHASIS.sub(r"\2", SHORTCODE.sub(" ", question)))
    question = YO_FIRST.sub(r"\1", question.replace("¿", "").replace("¡", ""), count=1)
    return MENTION_FIRST.sub(
        r"\1",
        "".join(
            " " if unicodedata.category(char) in PICTOGRAPH_CATEGORIES else char
            for char in question
            if char not in EMOJI_GLUE
        ),
        count=1,
    )


MAYBE_PLURAL = re.compile(r"(?<=[a-z])\((e?s)\)", re.IGNORECASE)


def tokenize(question: str) -> list[Word]:
    text = unicodedata.normalize("NFKC", question).translate(TYPOGRAPHIC)
    text = PART_SHORT_YEAR.sub(_part_full_year, SHORT_YEAR.sub(_full_year, text))
    text = WITH_SLASH.sub(_with_said, text)
    text = MAYBE_PLURAL.sub(r"\1", text)  # "name(s)": the plural, which counts one as well
    text = _slash_dates_in_one_order(text)
    words: list[Word] = []
    for match in _PATTERN.finditer(text):
        made = _make_words(match.lastgroup or "word", match.group())
        if made and SENTENCE_END.match(text, match.end()):
            made[-1] = replace(made[-1], ends_sentence=True)
        words.extend(made)
    return words


SENTENCE_END = re.compile(r"\s*[?!]")


# Kept as typed, in lower case: an address; "ending in .com" (the dot is part of the text);
# "nasir.auer", "h.r" (read as "hr" by the lexer when it knows it).
AS_TYPED: dict[str, WordKind] = {"email": "email", "tld": "quoted", "dotted": "word"}


def _make_words(kind: str, raw: str) -> list[Word]:
    lowered = raw.lower()
    if kind == "quoted":
        inner = raw[1:-1].strip()
        return [Word(inner, inner.lower(), "quoted")]
    if kind in AS_TYPED:
        return [Word(raw, lowered, AS_TYPED[kind])]
    if kind == "atdomain" and "." not in raw:  # "@gmail": the provider, as "gmail" is
        return [Word(raw, lowered.lstrip("@"), "word")]
    if kind in ("domain", "atdomain"):
        return [Word(raw, lowered.lstrip("@"), "domain")]
    if kind in ("isodate", "yearmonth", "slashdate", "monthyear"):
        return [_date_word(kind, raw)]
    if kind in ("yearrange", "numrange"):  # "2015-2018", "5-10 years"
        first, second = re.split(r"\s*-\s*", raw)
        return [
            Word(first, first, "number"),
            Word("-", "to", "word"),
            Word(second, second, "number"),
        ]
    if kind == "decade":
        return [Word(raw, lowered.replace("'", ""), "symbol")]  # "the 90's", "'90s
    if kind == "ordinal":
        return [Word(raw, str(int(raw[:-2])), "ordinal")]
    if kind == "number":
        return _number_words(raw)
    if kind in ("symbol", "other", "alnum"):
        expanded = CONTRACTIONS.get(lowered)
        if expanded:
            return [Word(raw, word, "word") for word in expanded]
        compared = raw in ("<", ">", "=", "%", "<=", ">=", "=<", "=>", "\u2264", "\u2265")
        return [Word(raw, lowered, "word" if kind == "alnum" or compared else "symbol")]
    return _word_words(raw)


def _number_words(raw: str) -> list[Word]:
    if raw.endswith("+"):  # "10+ years" means "10 or more years"
        number = raw[:-1]
        return [Word(number, number, "number"), Word("+", "or", "word"), Word("+", "more", "word")]
    if "." in raw:
        return [Word(raw, raw, "symbol")]  # decimals answer nothing here: refused
    return [Word(raw, raw, "number")]


def _date_word(kind: str, raw: str) -> Word:
    parts = [int(p) for p in re.split(r"[-/]", raw)]
    if kind == "isodate":
        year, month, day = parts
    elif kind == "yearmonth":
        (year, month), day = parts, 0
    elif kind == "monthyear":
        (month, year), day = parts, 0
    else:
        year, month, day = _slash_date_parts(parts)
    if not 1 <= month <= 12 or day > 31:
        return Word(raw, raw.lower(), "symbol")  # not a date (or 3/4/2021, which reads both ways)
    return Word(raw, raw.lower(), "date", date_parts=(year, month, day))


SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def date_read_both_ways(word: Word) -> Reason | None:
    """ "07/09/2017" alone: 7 September or July 9? Asked back, with both readings."""
    found = SLASH_DATE.fullmatch(word.text) if word.kind == "symbol" else None
    if found is None:
        return None
    first, second, year = map(int, found.groups())
    day_first, month_first = dt.date(year, second, first), dt.date(year, first, second)
    both = f"{first} {day_first:%B %Y} or {month_first:%B} {second}, {year}"
    return Reason(f"{both}? write it as {day_first:%Y-%m-%d} or {month_first:%Y-%m-%d}")


def _slash_dates_in_one_order(text: str) -> str:
    """ "between 01/04/2018 and 31/03/2019": a date that reads both ways takes the order another
    date in the question shows (day first here), when all that show one agree."""
    found = [tuple(map(int, date.groups())) for date in SLASH_DATE.finditer(text)]
    orders = {
        "dmy" if first > 12 else "mdy" for first, second, _ in found if max(first, second) > 12
    }
    if len(orders) != 1:
        return text
    day_first = orders == {"dmy"}

    def iso(date: re.Match[str]) -> str:
        first, second, year = map(int, date.groups())
        day, month = (first, second) if day_first else (second, first)
        return f"{year:04d}-{month:02d}-{day:02d}" if month <= 12 else date.group(0)

    return SLASH_DATE.sub(iso, text)


def _slash_date_parts(parts: list[int]) -> tuple[int, int, int]:
    """m/d/yyyy or d/m/yyyy; a date that reads both ways (3/4/2021) is no date."""
    first, second, year = parts
    if first > 12 >= second:
        return year, second, first
    if second > 12 >= first or first == second:
        return year, first, second
    return year, 0, 32


def _word_words(raw: str) -> list[Word]:
    lowered = raw.lower()
    if lowered in HYPHENATED:
        return [Word(raw, HYPHENATED[lowered], "word")]
    if "-" in lowered:
        parts = [part for part in raw.split("-") if part]
        if len(parts) == 2 and all(part.lower() in MONTHS for part in parts):  # "March-June"
            return [*_word_words(parts[0]), Word("-", "to", "word"), *_word_words(parts[1])]
        return [word for part in parts for word in _word_words(part)]
    if lowered in CONTRACTIONS:
        return [Word(raw, word, "word") for word in CONTRACTIONS[lowered]]
    if lowered.endswith("'s") and len(lowered) > 2:
        return [*_word_words(raw[:-2]), Word("'s", "'s", "word")]
    if lowered.endswith("s'"):  # "employees'" -> "employees"
        return _word_words(raw[:-1])
    return [Word(raw, lowered, "word")]


AFTER_A_CHARACTER = sorted(
    (tuple(p.split()) for p in PHRASES["after_a_character"]["words"]), key=len, reverse=True
)


def without_pointers_to_characters(found: list[Word]) -> list[Word]:
    """The words without those that only point back at a character: "an underscore in it"."""
    kept: list[Word] = []
    index = 0
    while index < len(found):
        after_one = bool(kept) and kept[-1].norm in CHARACTER_WORDS
        said = [p for p in AFTER_A_CHARACTER if after_one and _words_at(found, index, p)]
        index += len(said[0]) if said else 0
        if not said:
            kept.append(found[index])
            index += 1
    return kept


def _words_at(found: list[Word], index: int, phrase: tuple[str, ...]) -> bool:
    return [word.norm for word in found[index : index + len(phrase)]] == list(phrase)


def sentence_end(found: list[Word], index: int) -> int:
    """Where the sentence the word at `index` is in ends: a phrase stops there."""
    ends = (end + 1 for end in range(index, len(found)) if found[end].ends_sentence)
    return next(ends, len(found))


# Quoted text that no name, e-mail or part of one could be: a sentence, or code.
MOST_WORDS_QUOTED = 4
CODE_CHARACTERS = frozenset(";<>{}|\\`=")


def is_no_value(quoted: str) -> bool:
    return len(quoted.split()) > MOST_WORDS_QUOTED or not CODE_CHARACTERS.isdisjoint(quoted)
