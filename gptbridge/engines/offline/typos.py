"""Typos: the vocabulary word or directory name a mistyped word stands for, if only one fits.

Distances are rapidfuzz's optimal string alignment (a swapped pair of letters, "domian", costs 1
like any other typo). A word counted often in English ("near", "rehired") is a word, never a typo.
"""

from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from gptbridge.engines.offline.english import is_common_word
from gptbridge.engines.offline.lexicon import Lexicon


def corrected_word(word: str, vocabulary: Lexicon) -> str | None:
    """The word of the vocabulary a typo meant: the nearest ones that mean something, when they
    all mean the same ("employes": employees or employee). A typo of a filler is refused, never
    dropped ("leavers" is no "letters"), unless it is a slip of the hand ("lsit", "plese")."""
    options = nearest(word, vocabulary.spelled) or _swapped_short_word(word, vocabulary)
    options = [option for option in options if not _abbreviates_a_value(option, vocabulary)]
    meaningful = [option for option in options if option not in vocabulary.unread]
    meanings = {vocabulary.entry((option,)) for option in meaningful}
    if len(meaningful) == 1 or (len(meanings) == 1 and None not in meanings):
        return meaningful[0]  # (a word only said within phrases has no meaning of its own)
    slips = [option for option in options if _is_a_slip(word, option)]
    if slips and not meaningful:  # a filler, whichever it was: dropped all the same
        return slips[0]
    return None


def _abbreviates_a_value(option: str, vocabulary: Lexicon) -> bool:
    """ "pres", "asst", "mngrs": a value cut to four letters or fewer is a guess already, and a
    typo of it ("pers", personnel; "mngs", manages) a guess on a guess, never made."""
    entry = vocabulary.entry((option,))
    if entry is None or entry.terminal != "VALUE":
        return False
    short = option.removesuffix("s")
    return len(short) <= 4 and len(str(entry.payload[1])) - len(short) >= 3


def _swapped_short_word(word: str, vocabulary: Lexicon) -> list[str]:
    """ "teh", "adn": a three-letter word with two letters swapped, when only one word fits
    (shorter words are too near too many others to be read as typos at all)."""
    if len(word) != 3 or not word.isalpha() or is_common_word(word):
        return []
    found = [other for other in vocabulary.known if _swaps_two_letters(word, other)]
    return found if len(found) == 1 else []


def _is_a_slip(word: str, other: str) -> bool:
    """Two letters swapped ("lsit", "waht") or one left out ("plese"): slips of the hand."""
    dropped = len(other) == len(word) + 1 and any(
        other[:index] + other[index + 1 :] == word for index in range(len(other))
    )
    return dropped or _swaps_two_letters(word, other)


def _swaps_two_letters(word: str, other: str) -> bool:
    differ = [index for index, (a, b) in enumerate(zip(word, other, strict=False)) if a != b]
    if len(word) != len(other) or len(differ) != 2 or differ[1] != differ[0] + 1:
        return False
    return word[differ[0]] == other[differ[1]] and word[differ[1]] == other[differ[0]]


def closest(word: str, candidates: Any, most: int = 2) -> str | None:
    """The one candidate nearest to `word` (see `nearest`), if there is exactly one: of names
    equally near, none is guessed ("Jonse": Jones or Jose)."""
    found = nearest(word, candidates, most, keep_ends=False)
    return found[0] if len(found) == 1 else None


def nearest(word: str, candidates: Any, most: int = 2, keep_ends: bool = True) -> list[str]:
    """The candidates within a small edit distance of `word` (1, or `most` for long words) that
    are nearest, if `word` is no common English word of its own. Of several equally near, with
    `keep_ends`, those that keep the typed first letter, then the last one: a typo of a word
    seldom touches either.

    Two typos in one word, or one in a word of four letters, never touch its first letter.

    Optimal string alignment: a swapped pair of letters ("domian") costs 1, like a typo does."""
    if len(word) < 4 or not word.isalpha() or is_common_word(word):
        return []
    limit = 1 if len(word) <= 6 else most
    found = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=limit, limit=8)
    best = min((distance for _, distance, _ in found), default=None)
    tied = [str(candidate) for candidate, distance, _ in found if distance == best]
    for keeps in (lambda c: c[0] == word[0], lambda c: c[-1] == word[-1]) if keep_ends else ():
        tied = [candidate for candidate in tied if keeps(candidate)] or tied
    # "demitted" is no "admitted"; in a word of four letters, a typo never touches the first
    # ("wale", Hindi for "the ones with", is no "sale")
    if keep_ends and best is not None and (best > 1 or len(word) == 4):
        tied = [candidate for candidate in tied if candidate[0] == word[0]]
    return [candidate for candidate in tied if not _extends(word, candidate)]


def _extends(word: str, candidate: str) -> bool:
    """ "rehired" is no typo of "hired": letters added at one end make another word."""
    longer = len(word) - len(candidate) >= 2
    return longer and (word.endswith(candidate) or word.startswith(candidate))
