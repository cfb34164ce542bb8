"""Which words read as names stay names: a name must sit where a name is expected.

The lexer offers a name reading for a word someone in the directory has, for a surname one
letter off, and for a word that is someone's name somewhere though no one here has it. Here,
with the words around it known, a lower-case word keeps that reading only where a person is
asked about; elsewhere it is left unread, so the question is refused rather than answered for
people no one meant ("how much people hire inna 2023" had counted people named Inna; it was
Jamaican "in", which words.toml now knows). And "he", "his" or "her" after a person is named
is that person.
"""

import itertools
from collections.abc import Callable

from gptbridge.engines.offline.english import is_common_word
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is


def guessed_names(lexemes: list[Lexeme], names: Callable[[], DirectoryNames]) -> list[Lexeme]:
    """A lower-case word only near a name ("jonston"), an English word ("patience") or a name no
    one here has ("inna") is a name only where a name is expected ("surname jonston", "who is
    inna"); and no single word is a name before a noun it would describe ("loyal employees",
    "Kenya engineers")."""
    kept: list[Lexeme] = []
    for lexeme, following in zip(lexemes, [*lexemes[1:], None], strict=False):
        expects_text = bool(kept) and (kept[-1].terminal == "FIELD" or _is(kept[-1], "KW", "named"))
        # "how long has dave been here", "when did lori start", "the tenure of dave": someone
        asking = [str(k.payload) if k.terminal == "KW" else "" for k in kept[-2:]]
        expects_person = asking[-1:] in (["how long"], ["when"]) or asking == ["tenure", "of"]
        lowered = lexeme.terminal == "NAME" and lexeme.text.islower()
        describes = following is not None and (  # never "which Bayer is a Manager"
            (following.terminal == "VALUE" and not _said_of(following))
            or _is(following, "KW", "people")
        )
        # In lower case and alone, an English word is that word: "who has patience" asks for
        # no Patience, "who is king" for no King ("who is mcclure" is Ms McClure).
        owns = following is not None and _is(following, "KW", "'s")  # "jamie's title"
        # A misspelt name where a person is asked about: "who is considne", "swaniawsky's
        # email", "email for swaniawsky".
        person_asked = owns or _asks_for_someone(kept)
        guessed = lowered and lexeme.corrected and not (expects_text or person_asked)
        worded = (
            lowered
            and not (expects_text or expects_person or owns)
            and is_common_word(lexeme.text.lower())
        )
        nobodys = lowered and names().stored(str(lexeme.payload).lower()) is None
        stray = nobodys and not (expects_text or expects_person or person_asked)
        if guessed or worded or stray or (lexeme.terminal == "NAME" and describes):
            lexeme = Lexeme("WORD", lexeme.text.lower(), lexeme.text)  # "Kenya employees"
        kept.append(lexeme)
    return kept


def _said_of(value: Lexeme) -> bool:
    """ "is a Manager", "are in Sales": a value said of whoever comes before it."""
    return value.text.lower().split()[0] in ("is", "are", "was", "were")


def _asks_for_someone(before: list[Lexeme]) -> bool:
    """ "who is ...", "email for ...", "dept of ...", "what dept is ... in": a person comes
    next."""
    if before[-1:] and _is(before[-1], "KW", "who") and len(before) == 1:
        return True
    said = before[-2:]
    return (
        len(said) == 2
        and said[0].terminal == "FIELD"
        and said[1].text.lower() in ("for", "of", "is")
    )


PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers"})


def pronouns_as_named(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "Cecil Dibbert's title, and when was he hired?": after a person is named, "he", "his"
    or "her" is that person; before any, they stay words that are not understood. Compared
    with after owning something ("in X's department, hired before him"), the one person named
    is said again (as a condition, "X: who was hired before her", they would be no one)."""
    kept: list[Lexeme] = []
    named: list[Lexeme] = []
    owners = {lexeme.text for lexeme, owns in itertools.pairwise(lexemes) if _is(owns, "KW", "'s")}
    for lexeme in lexemes:
        if named and lexeme.terminal in ("WORD", "UNKNOWN") and lexeme.text.lower() in PRONOUNS:
            compared = kept and kept[-1].terminal == "KW" and kept[-1].payload in COMPARED_WITH
            if compared and len(named) == 1 and named[0].text in owners:
                kept.append(named[0])
            continue
        if lexeme.terminal in ("NAME", "FULLNAME") and lexeme not in named:
            named.append(lexeme)
        kept.append(lexeme)
    return kept


# Words before a person that a pronoun after them may stand for: "hired before him".
COMPARED_WITH = frozenset({"before", "after"})
