"""A question dictated: the marks said as words ("how many people work in engineering question
mark", "... full stop"), written as the marks they name. Only at the end of a sentence, before
another one or the end, so "the question", "a period of 2019" or "hires per period" stay words."""

import re

SPOKEN_MARK = re.compile(
    r"(?P<before>\b[\w']+)?\s*,?\s+(?P<mark>question\s+mark|full\s+stop|period"
    r"|exclamation\s+(?:mark|point))(?=\s*$|\s+[a-z])(?!\s+(?:of|in|from|between|when|where)\b)",
    re.IGNORECASE,
)
MARKS = {"question": "?", "full": ".", "period": ".", "exclamation": "!"}
# Words after which "period" is a noun: "the period", "per period", "that period".
BEFORE_A_NOUN = frozenset({"the", "a", "per", "by", "each", "that", "this", "same", "every", "any"})


def as_punctuated(question: str) -> str:
    return SPOKEN_MARK.sub(_as_a_mark, question)


def _as_a_mark(said: re.Match[str]) -> str:
    before = said["before"] or ""
    if before.lower() in BEFORE_A_NOUN:
        return said[0]
    return before + MARKS[said["mark"].split()[0].lower()]
