"""Question -> `QueryPlan`: tokenize, correct typos, recognise every word, assemble.

Every word must be accounted for, by a construct or as filler. Words left over are the reason
to refuse: the engine never answers a question it only partly understood.
"""

import datetime as dt
from collections.abc import Callable, Iterable
from functools import cache
from types import ModuleType

from gptbridge.engines.offline import dates, lexicon, recognizers
from gptbridge.engines.offline.assemble import NotUnderstood, assemble
from gptbridge.engines.offline.chunks import Placed
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import QueryPlan
from gptbridge.engines.offline.recognizers import RECOGNIZERS, ParseState
from gptbridge.engines.offline.tokens import Token, edit_distance, tokenize, with_norm

MAX_QUESTION_WORDS = 80
MIN_CORRECTABLE_LENGTH = 4
# Real words one letter away from a known word that must not be "corrected" into it:
# "fired" is not "hired", "managing" is not "manager", "older" is not "order".
NEVER_CORRECTED = frozenset(
    {
        # leaving, pay and age: other questions, not typos of hire / sales / order
        "fired", "firing", "retired", "resigned", "terminated", "left", "quit", "leave",
        "leaves", "former", "formerly", "salary", "salaries", "pay", "paid", "wage", "wages",
        "bonus", "bonuses", "earn", "earns", "older", "younger", "eldest", "seniors",
        "juniors", "female", "male",
        # verbs one letter from a title or department
        "manage", "managed", "manages", "managing", "management", "produce", "produced",
        "producing", "associated", "assistance", "contract", "contracts", "employer",
        "employers", "salesforce",
        # short everyday words one letter from a keyword
        "best", "worst", "same", "game", "cost", "costs", "cast", "fast", "vast", "paste",
        "must", "lost", "rule", "term", "near", "dear", "weak", "hour", "hours", "late",
        "dated", "stars",
    }
)  # fmt: skip


def parse_question(
    question: str, *, today: dt.date, names: Callable[[], DirectoryNames]
) -> QueryPlan:
    """The plan for `question`, or `NotUnderstood` naming the words that could not be read."""
    tokens = tokenize(question)
    if not tokens:
        raise NotUnderstood([], "the question is empty")
    if len(tokens) > MAX_QUESTION_WORDS:
        raise NotUnderstood([], f"the question is longer than {MAX_QUESTION_WORDS} words")
    state = ParseState(tokens=[], today=today, names=names, vocabulary=vocabulary())
    state.tokens = correct_typos(tokens, state)
    placed, unknown = scan(state)
    if unknown:
        raise NotUnderstood(unknown)
    return assemble(placed)


def scan(state: ParseState) -> tuple[list[Placed], list[str]]:
    """Chunks for every recognised run of words, and the words nothing recognised."""
    placed: list[Placed] = []
    unknown: list[str] = []
    index = 0
    tokens = state.tokens
    while index < len(tokens):
        for recognizer in RECOGNIZERS:
            found = recognizer(state, index)
            if found is not None and found[1] > index:
                chunks, end = found
                words = " ".join(token.text for token in tokens[index:end])
                placed.extend(Placed(chunk, index, end, words) for chunk in chunks)
                index = end
                break
        else:
            unknown.append(tokens[index].text)
            index += 1
    return placed, unknown


# --- vocabulary and typos ------------------------------------------------------------------


@cache
def vocabulary() -> frozenset[str]:
    """Every word any phrase table of the engine contains."""
    words: set[str] = set()
    for module in (lexicon, recognizers, dates):
        words |= _module_words(module)
    return frozenset(words)


def _module_words(module: ModuleType) -> set[str]:
    words: set[str] = set()
    for name, value in vars(module).items():
        if name.isupper():
            words |= _words_in(value)
    return words


def _words_in(value: object) -> set[str]:
    if isinstance(value, str):
        return set(value.lower().split())
    if isinstance(value, dict):
        return _words_in(list(value.keys())) | _words_in(list(value.values()))
    if isinstance(value, Iterable) and not isinstance(value, bytes):
        words: set[str] = set()
        for item in value:
            words |= _words_in(item)
        return words
    return set()


@cache
def correction_targets() -> tuple[str, ...]:
    return tuple(
        sorted(
            word for word in vocabulary() if len(word) >= MIN_CORRECTABLE_LENGTH and word.isalpha()
        )
    )


def correct_typos(tokens: list[Token], state: ParseState) -> list[Token]:
    """Unknown words one slip away from exactly one known word read as that word."""
    corrected = []
    for token in tokens:
        target = _correction(token, state)
        corrected.append(with_norm(token, target) if target else token)
    return corrected


def _correction(token: Token, state: ParseState) -> str | None:
    word = token.norm
    if (
        token.kind != "word"
        or word in state.vocabulary
        or len(word) < MIN_CORRECTABLE_LENGTH
        or not word.isalpha()
        or word in NEVER_CORRECTED
        or state.names().is_name(word)  # never turn a colleague's name into a keyword
    ):
        return None
    limit = 2 if len(word) >= 10 else 1
    best: list[str] = []
    best_distance = limit + 1
    for target in correction_targets():
        # Typos rarely hit the first letter; requiring it keeps "bob" from becoming "job".
        if target[0] != word[0] or abs(len(target) - len(word)) > limit:
            continue
        # Short words: a changed letter makes another real word ("fired"/"hired"), so only
        # dropped, doubled or swapped letters count as typos.
        cost = 2 if len(target) <= 5 else 1
        distance = edit_distance(word, target, limit, substitution_cost=cost)
        if distance < best_distance:
            best, best_distance = [target], distance
        elif distance == best_distance and distance <= limit:
            best.append(target)
    return best[0] if len(best) == 1 else None
