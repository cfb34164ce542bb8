"""The verified question/SQL pairs most like a new question, as examples for the stage-1 prompt.

Similarity is lexical and needs no download: rapidfuzz's token-set ratio between normalised
questions (word order and repeated words do not matter; "engineers hired after 2019" is close
to "which engineers were hired after 2019?"). The index of verified pairs is built once per
`verified_version()` and kept in the process; a lookup over 10,000 pairs is one call into
rapidfuzz's C++ `extract` (see `bench/examples.py` for the measurement).

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
# Candidates scored before the budget picks: enough that long pairs can be skipped.
CANDIDATE_FACTOR = 4


@dataclass(frozen=True)
class Example:
    question: str
    sql: str
    similarity: float

    @property
    def size(self) -> int:
        return len(self.question) + len(self.sql)


@dataclass(frozen=True)
class ExampleIndex:
    normalised: list[str]
    pairs: list[tuple[str, str]]

    @classmethod
    def build(cls, pairs: list[tuple[str, str]]) -> "ExampleIndex":
        return cls([normalise_question(question) for question, _ in pairs], pairs)

    def most_similar(self, question: str, *, k: int, budget: int) -> list[Example]:
        if k <= 0 or budget <= 0 or not self.pairs:
            return []
        found = process.extract(
            normalise_question(question),
            self.normalised,
            scorer=fuzz.token_set_ratio,
            processor=None,
            limit=k * CANDIDATE_FACTOR,
            score_cutoff=MIN_SIMILARITY,
        )
        return _within_budget(
            [Example(*self.pairs[index], similarity=score) for _, score, index in found],
            k=k,
            budget=budget,
        )


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
