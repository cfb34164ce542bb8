"""The verified question/SQL pairs most like a new question, as examples for the stage-1 prompt.

Similarity is lexical and needs no download: rapidfuzz's token-set ratio between normalised
questions (word order and repeated words do not matter; "engineers hired after 2019" is close
to "which engineers were hired after 2019?"). The index of verified pairs is built once per
`verified_version()` and kept in the process. A lookup first ranks every pair with rapidfuzz's
plain ratio over the questions' sorted word sets, precomputed (one C++ pass: ~2 ms for 10,000
pairs), then re-scores the best `PREFILTER` with the token-set ratio, which is ten times dearer
per pair (see `bench/examples.py` for the measurement).

At most `GPTBRIDGE_EXAMPLES_K` pairs are returned, most similar first, and together they fit in
`GPTBRIDGE_EXAMPLES_CHARS` characters (question + SQL); a pair that would not fit is skipped.
"""

import threading
from dataclasses import dataclass

from django.conf import settings
from rapidfuzz import fuzz, process

from gptbridge.models import VerifiedQuestion
from gptbridge.verified import normalise_question

MIN_SIMILARITY = 40.0
# Pairs re-scored with the token-set ratio after the cheap first ranking.
PREFILTER = 64


@dataclass(frozen=True)
class Example:
    question: str
    sql: str
    similarity: float

    @property
    def size(self) -> int:
        return len(self.question) + len(self.sql)


def _word_set(normalised: str) -> str:
    return " ".join(sorted(set(normalised.split())))


@dataclass(frozen=True)
class ExampleIndex:
    normalised: list[str]
    word_sets: list[str]
    pairs: list[tuple[str, str]]

    @classmethod
    def build(cls, pairs: list[tuple[str, str]]) -> "ExampleIndex":
        normalised = [normalise_question(question) for question, _ in pairs]
        return cls(normalised, [_word_set(text) for text in normalised], pairs)

    def most_similar(self, question: str, *, k: int, budget: int) -> list[Example]:
        if k <= 0 or budget <= 0 or not self.pairs:
            return []
        query = normalise_question(question)
        candidates = process.extract(
            _word_set(query), self.word_sets, scorer=fuzz.ratio, processor=None, limit=PREFILTER
        )
        scored = sorted(
            (
                (-fuzz.token_set_ratio(query, self.normalised[index], processor=None), index)
                for _, _, index in candidates
            )
        )
        examples = [
            Example(*self.pairs[index], similarity=-negated)
            for negated, index in scored
            if -negated >= MIN_SIMILARITY
        ]
        return _within_budget(examples, k=k, budget=budget)


def _within_budget(candidates: list[Example], *, k: int, budget: int) -> list[Example]:
    chosen: list[Example] = []
    left = budget
    for example in candidates:
        if example.size <= left:
            chosen.append(example)
            left -= example.size
        if len(chosen) == k:
            break
    return chosen


_lock = threading.Lock()
_cached: dict[str, ExampleIndex] = {}


def example_index(version: str) -> ExampleIndex:
    """The index of active verified pairs for `version`, built on first use."""
    with _lock:
        index = _cached.get(version)
        if index is None:
            rows = VerifiedQuestion.objects.filter(retired=False).order_by("id")
            index = ExampleIndex.build(list(rows.values_list("question", "sql")))
            _cached.clear()
            _cached[version] = index
        return index


def examples_for(question: str, *, version: str) -> tuple[Example, ...]:
    """The verified examples the stage-1 prompt carries for `question`."""
    k = settings.GPTBRIDGE_EXAMPLES_K
    budget = settings.GPTBRIDGE_EXAMPLES_CHARS
    if k <= 0 or budget <= 0:
        return ()
    return tuple(example_index(version).most_similar(question, k=k, budget=budget))
