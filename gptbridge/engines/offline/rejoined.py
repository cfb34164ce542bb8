"""Words split in two ("in terns", "mc clure", "e mail"): a slip of the space bar, or speech
to text. Joined again only when one half is not understood on its own (neither in the
vocabulary nor someone's name) and the two make a word of the vocabulary or a name of the
directory."""

from collections.abc import Callable

from gptbridge.engines.offline.lexicon import Lexicon
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.tokens import Word

UNREAD = ("FILLER", "COPULA", "UNKNOWN")


def rejoined(
    found: list[Word], vocabulary: Lexicon, names: Callable[[], DirectoryNames]
) -> list[Word]:
    joined: list[Word] = []
    for word in found:
        previous = joined[-1] if joined else None
        if previous is not None and _split_in_two(previous, word, vocabulary, names()):
            joined[-1] = Word(f"{previous.text}{word.text}", previous.norm + word.norm, "word")
            continue
        joined.append(word)
    return joined


def _split_in_two(first: Word, second: Word, vocabulary: Lexicon, names: DirectoryNames) -> bool:
    if not first.kind == second.kind == "word":
        return False
    if len(second.norm) == 1:  # a lone letter after a word is a letter: "starts with a S"
        return False
    if not (_is_no_word(first, vocabulary, names) or _is_no_word(second, vocabulary, names)):
        return False
    whole = first.norm + second.norm
    entry = vocabulary.entry((whole,))
    return (entry is not None and entry.terminal not in UNREAD) or names.stored(whole) is not None


def _is_no_word(word: Word, vocabulary: Lexicon, names: DirectoryNames) -> bool:
    """Neither understood nor someone's name."""
    return not (word.norm in vocabulary.known or names.stored(word.norm))
