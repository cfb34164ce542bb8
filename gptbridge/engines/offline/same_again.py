""" "The same year" said after a person named already: "Who shares a department with Savanna
Graham and started in the same year?" is the same year as her. Only with one person named
before it, in a relation already ("with X", "as X"), and nothing after the key that says
another ("as", "with")."""

from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is

# What may end "the same year" when no one is said after it.
ENDS = frozenset({"and", ",", "?", "."})
RELATED = frozenset({"as", "with"})  # "the same department as X", "shares a title with X"


def same_as_the_one_named(lexemes: list[Lexeme]) -> list[Lexeme]:
    named = {lexeme for lexeme in lexemes if lexeme.terminal == "FULLNAME"}
    if len(named) != 1:
        return lexemes
    (person,) = named
    at = lexemes.index(person)
    related = at > 0 and lexemes[at - 1].terminal == "KW" and lexemes[at - 1].payload in RELATED
    if not related:
        return lexemes
    for index in range(at + 1, len(lexemes) - 1):
        same, key = lexemes[index : index + 2]
        following = lexemes[index + 2] if index + 2 < len(lexemes) else None
        ends = following is None or (following.terminal == "KW" and following.payload in ENDS)
        if _is(same, "KW", "same") and key.terminal in ("KW", "FIELD") and ends:
            said_as = Lexeme("KW", "as", "as")
            return [*lexemes[: index + 2], said_as, person, *lexemes[index + 2 :]]
    return lexemes
