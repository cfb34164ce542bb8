"""Question text -> tokens: lower-cased, punctuation-insensitive, with dates and e-mail kept whole.

Each token keeps the text as typed (for names and for telling the user which words were not
understood) next to the normalised form the parser matches on.
"""

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Literal

from gptbridge.engines.offline.lexicon import CONTRACTIONS, FILLER_WORDS

TokenKind = Literal["word", "number", "quoted", "email", "domain", "date", "symbol"]


@dataclass(frozen=True)
class Token:
    text: str  # as typed, quotes stripped
    norm: str  # what the parser matches: lower case, contractions expanded, typos corrected
    kind: TokenKind
    capitalized: bool = False
    corrected_from: str | None = None
    # ISO dates and "2021-03" keep their parts here, already validated: (year, month, day|0).
    date_parts: tuple[int, int, int] | None = None


TOP_LEVEL_DOMAINS = "com|org|net|io|co|edu|gov|biz|info|us|uk|de|fr|ca|au|dev|ai|app"
# One alternation, tried left to right at each position; order matters (e-mail before word).
_TOKEN_PATTERN = re.compile(
    r"""
    (?P<dquoted>"[^"]{1,80}")
  | (?P<squoted>(?<![\w'])'[^']{1,80}'(?![\w']))
  | (?P<email>[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)
  | (?P<atdomain>@[a-z0-9-]+(?:\.[a-z0-9-]+)*)
  | (?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:TOP_LEVEL_DOMAINS)\b)
  | (?P<isodate>\d{4}-\d{1,2}-\d{1,2}\b)
  | (?P<yearmonth>\d{4}-\d{1,2}\b(?!-))
  | (?P<slashdate>\d{1,2}/\d{1,2}/\d{4}\b)
  | (?P<monthyear>\d{1,2}/\d{4}\b)
  | (?P<yearrange>\d{4}\s*-\s*\d{4}\b)
  | (?P<decade>\d{4}s\b|'\d0s\b)
  | (?P<ordinal>\d{1,2}(?:st|nd|rd|th)\b)
  | (?P<alnum>[a-z]+\d+\b)
  | (?P<number>\d+(?:\.\d+)?\+?)
  | (?P<word>[a-z]+(?:['][a-z]+)*'?(?:-[a-z]+(?:['][a-z]+)*)*)
  | (?P<symbol>[,/&#+=])
  | (?P<other>[^\s.?!;:()\[\]"'-])
    """.replace("TOP_LEVEL_DOMAINS", TOP_LEVEL_DOMAINS),
    re.VERBOSE | re.IGNORECASE,
)

# Hyphenated words that are one word to the parser; other hyphens separate words.
_HYPHEN_WORDS = {
    "e-mail": ("email",),
    "e-mails": ("emails",),
    "co-worker": ("coworker",),
    "co-workers": ("coworkers",),
    "a-z": ("a-z",),
    "z-a": ("z-a",),
    "vice-president": ("vice", "president"),
    "vice-presidents": ("vice", "presidents"),
    "head-count": ("headcount",),
}
_POSSESSIVE_KEEP = frozenset({"let's", "it's", "that's", "what's", "who's", "there's", "here's"})


def tokenize(question: str) -> list[Token]:
    text = _normalise_characters(question)
    tokens: list[Token] = []
    for match in _TOKEN_PATTERN.finditer(text):
        kind = match.lastgroup or "word"
        tokens.extend(_make_tokens(kind, match.group()))
    return _keep_acronyms(tokens)


def _keep_acronyms(tokens: list[Token]) -> list[Token]:
    """ "IT" and "US" are not "it" and "us": in a question not typed in capitals, a capitalised
    filler word keeps its capitals, so it is not read as filler (and is refused, not ignored)."""
    words = [token for token in tokens if token.kind == "word" and token.text.isalpha()]
    shouting = sum(token.text.isupper() for token in words) > len(words) / 2
    if shouting:
        return tokens
    return [
        replace(token, norm=token.text)
        if token.kind == "word"
        and len(token.text) > 1
        and token.text.isupper()
        and token.norm in FILLER_WORDS
        else token
        for token in tokens
    ]


# Curly quotes and dashes as phones and word processors type them.
TYPOGRAPHIC = {
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
}


def _normalise_characters(question: str) -> str:
    text = unicodedata.normalize("NFKC", question)
    for typographic, plain in TYPOGRAPHIC.items():
        text = text.replace(typographic, plain)
    return text


def _make_tokens(kind: str, raw: str) -> list[Token]:
    lowered = raw.lower()
    if kind in ("dquoted", "squoted"):
        inner = raw[1:-1].strip()
        return [Token(inner, inner.lower(), "quoted")]
    if kind == "email":
        return [Token(raw, lowered, "email")]
    if kind in ("atdomain", "domain"):
        return [Token(raw, lowered.lstrip("@"), "domain")]
    if kind in ("isodate", "yearmonth", "slashdate", "monthyear"):
        return _date_token(kind, raw)
    if kind == "yearrange":
        first, second = re.split(r"\s*-\s*", raw)
        return [_number(first), Token("-", "to", "word"), _number(second)]
    if kind == "decade":
        return [Token(raw, lowered, "word")]
    if kind == "alnum":  # q1, h2, b4
        expanded = CONTRACTIONS.get(lowered)
        return (
            [Token(raw, word, "word") for word in expanded]
            if expanded
            else [Token(raw, lowered, "word")]
        )
    if kind == "ordinal":
        return [Token(raw, str(int(raw[:-2])), "number")]
    if kind == "number":
        return _number_tokens(raw)
    if kind == "symbol":
        return [_symbol(raw)]
    if kind == "other":  # < > * _ % ...: kept, so that a question using them is refused
        return [Token(raw, raw, "symbol")]
    return _word_tokens(raw)


def _number(raw: str) -> Token:
    return Token(raw, raw, "number")


def _number_tokens(raw: str) -> list[Token]:
    if raw.endswith("+"):  # "10+ years" means "10 or more years"
        return [_number(raw[:-1]), Token("+", "or", "word"), Token("+", "more", "word")]
    if "." in raw:
        return [Token(raw, raw, "symbol")]  # decimals answer nothing here; left unconsumed
    return [_number(raw)]


def _symbol(raw: str) -> Token:
    expanded = CONTRACTIONS.get(raw)
    if expanded:
        return Token(raw, expanded[0], "word")
    return Token(raw, raw, "symbol")


def _date_token(kind: str, raw: str) -> list[Token]:
    parts = [int(p) for p in re.split(r"[-/]", raw)]
    if kind == "isodate":
        year, month, day = parts
    elif kind == "yearmonth":
        (year, month), day = parts, 0
    elif kind == "monthyear":
        (month, year), day = parts, 0
    else:
        year, month, day = _slash_date_parts(parts)
    if not 1 <= month <= 12 or day > 31 or month == 0:
        return [Token(raw, raw.lower(), "symbol")]  # not a date: left unconsumed
    return [Token(raw, raw.lower(), "date", date_parts=(year, month, day))]


def _slash_date_parts(parts: list[int]) -> tuple[int, int, int]:
    """m/d/yyyy or d/m/yyyy; (0, 0, 0) marks a date that reads both ways (3/4/2021)."""
    first, second, year = parts
    if first > 12 >= second:
        return year, second, first
    if second > 12 >= first or first == second:
        return year, first, second
    return year, 0, 32  # ambiguous: rejected by the month check above


def _word_tokens(raw: str) -> list[Token]:
    lowered = raw.lower()
    capitalized = raw[:1].isupper()
    if lowered in _HYPHEN_WORDS:
        return [Token(raw, word, "word", capitalized) for word in _HYPHEN_WORDS[lowered]]
    if "-" in lowered:
        return _hyphenated(raw)
    if lowered in CONTRACTIONS:
        return [Token(raw, word, "word") for word in CONTRACTIONS[lowered]]
    if lowered.endswith("'s") and lowered not in _POSSESSIVE_KEEP and len(lowered) > 2:
        base = raw[:-2]
        return [*_word_tokens(base), Token("'s", "'s", "word")]
    if lowered.endswith("s'"):  # "employees'" -> "employees"; "O'" stays "o'"
        return _word_tokens(raw[:-1])
    return [Token(raw, lowered, "word", capitalized)]


def _hyphenated(raw: str) -> list[Token]:
    words = [w for w in raw.split("-") if w]
    if words and words[0].lower() == "non":  # "non-managers" -> "not managers"
        return [Token(words[0], "not", "word"), *_hyphenated_rest(words[1:])]
    return _hyphenated_rest(words)


def _hyphenated_rest(words: list[str]) -> list[Token]:
    tokens: list[Token] = []
    for word in words:
        tokens.extend(_word_tokens(word))
    return tokens


def with_norm(token: Token, norm: str) -> Token:
    """The token read as `norm` (a typo correction), remembering what was typed."""
    return replace(token, norm=norm, corrected_from=token.norm)


def edit_distance(a: str, b: str, limit: int, *, substitution_cost: int = 1) -> int:
    """Optimal-string-alignment distance (a transposition counts once), cut off above `limit`.

    A `substitution_cost` of 2 allows only dropped, doubled and swapped letters.
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else substitution_cost
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]
