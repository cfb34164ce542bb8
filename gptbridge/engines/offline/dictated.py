"""A question dictated: the marks said as words ("how many people work in engineering question
mark", "... full stop"), written as the marks they name. Only at the end of a sentence, before
another one or the end, so "the question" or "a period of 2019" stay words."""

import re

SPOKEN_MARK = re.compile(
    r"\s*,?\s*\b(?P<mark>question\s+mark|full\s+stop|period|exclamation\s+(?:mark|point))"
    r"(?=\s*$|\s+[a-z])(?!\s+(?:of|in|from|between|when|where)\b)",
    re.IGNORECASE,
)
MARKS = {"question": "?", "full": ".", "period": ".", "exclamation": "!"}


def as_punctuated(question: str) -> str:
    return SPOKEN_MARK.sub(lambda said: MARKS[said["mark"].split()[0].lower()], question)
