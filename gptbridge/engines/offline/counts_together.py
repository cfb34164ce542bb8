"""Two counts asked together: "how many interns and how many contractors", "How many have a
Yahoo email, and how many have a Hotmail email?", "How many people joined in 2015 and how many
in 2016?", "how many are on yahoo and how many on hotmail". The two groups are compared
("interns vs contractors"), so each is counted and the difference and ratio said."""

from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is

# What may stand between "how many" and the group: "people", "joined in", "use", "are on".
SAID_OF = frozenset({"people", "hired", "in", "on", "at", "with"})


def of_one_column(before: Lexeme, after: Lexeme) -> bool:
    """Two values of one column ("Sales", "Product"), two e-mail providers, or two years."""
    if before.terminal == after.terminal and before.terminal in ("PROVIDER", "YEARNUM"):
        return True
    return before.terminal == after.terminal == "VALUE" and before.payload[0] == after.payload[0]


def counts_asked_together(found: list[Lexeme]) -> list[Lexeme]:
    """ "how many <group> and how many <group>" as "how many <group> vs <group>"; the people
    counted may be said in either ("how many employees ..."), a provider with "e-mail" after it."""
    for index, joined in enumerate(found[:-2]):
        if not (_is(joined, "KW", "and") and _is(found[index + 1], "KW", "how many")):
            continue
        first, second = _group_before(found, index), _group_after(found, index + 2)
        if first is not None and second is not None and of_one_column(found[first], found[second]):
            said = " ".join(lexeme.text for lexeme in found[first + 1 : second])
            return [*found[: first + 1], Lexeme("KW", "vs", said), *found[second:]]
    return found


def _group_before(found: list[Lexeme], joined: int) -> int | None:
    at = joined - 1
    if at > 0 and _is(found[at], "KW", ","):  # "..., and how many ..."
        at -= 1
    if at > 0 and _is(found[at], "FIELD", "email"):  # "a Yahoo email"
        at -= 1
    back = at - 1  # "how many [people] [joined in | use | are on] <group>"
    while back >= max(0, at - 3) and _said_of_the_counted(found[back]):
        back -= 1
    return at if back >= 0 and _is(found[back], "KW", "how many") else None


def _said_of_the_counted(lexeme: Lexeme) -> bool:
    return lexeme.terminal == "KW" and lexeme.payload in SAID_OF


def _group_after(found: list[Lexeme], at: int) -> int | None:
    if at < len(found) and _is(found[at], "KW", "people"):
        at += 1
    return at if at < len(found) else None
