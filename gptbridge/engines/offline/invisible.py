"""What the eye does not see in a question, taken out before anything reads it: format characters
(a zero-width space inside "Engi\u200bneering", a soft hyphen, a byte-order mark, a right-to-left
override that shows the text reversed), hyphens that look like "-" ("Vice\u2011Presidents"), and
runs of spaces, emoji among them. Padding is what makes the rewrites' patterns slow: a question
of 1,000 characters with 800 spaces in it once took minutes to refuse, and with its spaces said
once it takes milliseconds (`bounds.py`)."""

import re
import unicodedata

SKIN_TONES = frozenset(map(chr, range(0x1F3FB, 0x1F400)))  # said with an emoji, never alone
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2043": "-"})
SPACES = re.compile(r"[^\S\n]+")
LINE_BREAKS = re.compile(r"\s*\n\s*")


def _as_shown(char: str) -> str:
    category = unicodedata.category(char)
    if category == "Cf" or char in SKIN_TONES:
        return ""
    return " " if category == "So" else char  # an emoji is a space, as to `without_pictographs`


def as_seen(question: str) -> str:
    """The question as it reads on the screen."""
    shown = "".join(_as_shown(char) for char in question)
    return LINE_BREAKS.sub("\n", SPACES.sub(" ", shown.translate(HYPHENS))).strip()
