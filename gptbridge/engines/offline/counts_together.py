"""Two counts asked together: "how many interns and how many contractors", "How many have a
Yahoo email, and how many have a Hotmail email?". The two groups are compared ("interns vs
contractors"), so each is counted and the difference and ratio said."""

from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is


def of_one_column(before: Lexeme, after: Lexeme) -> bool:
    """Two values of one column ("Sales", "Product"), or two e-mail providers."""
    if before.terminal == after.terminal == "PROVIDER":
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
    asked = found[max(0, at - 2) : at]
    if asked[-1:] and _is(asked[-1], "KW", "how many"):
        return at
    counted = len(asked) == 2 and _is(asked[0], "KW", "how many")
    return at if counted and _is(asked[1], "KW", "people") else None


def _group_after(found: list[Lexeme], at: int) -> int | None:
    if at < len(found) and _is(found[at], "KW", "people"):
        at += 1
    return at if at < len(found) else None
