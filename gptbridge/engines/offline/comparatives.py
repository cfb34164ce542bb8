"""Comparatives: "more" or "less" with nothing to compare with is the most or fewest ("which
department have more people"); "did Product hire more than Marketing" compares their hires."""

from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is


def comparatives(lexemes: list[Lexeme]) -> list[Lexeme]:
    return more_without_than(_hired_more_than(_one_per_another(lexemes)))


def _one_per_another(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "how many interns per manager": the ratio of interns to managers, two values of one
    column ("per department" is a key, and groups)."""
    for index in range(len(lexemes) - 2):
        first, per, second = lexemes[index : index + 3]
        if not (_is(per, "KW", "per") and first.terminal == second.terminal == "VALUE"):
            continue
        if first.payload[0] != second.payload[0] or first.payload == second.payload:
            continue
        counted = index > 0 and _is(lexemes[index - 1], "KW", "how many")
        ratio = [Lexeme("KW", "compare", per.text), Lexeme("KW", "of", "of"), first]
        start = index - 1 if counted else index
        return [*lexemes[:start], *ratio, Lexeme("KW", "vs", per.text), *lexemes[index + 2 :]]
    return lexemes


def more_without_than(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "which department have more people", "which year had less hires": with a group asked
    for and nothing to compare with, "more" ("less") is the most (fewest)."""
    said = [index for index, lexeme in enumerate(lexemes) if lexeme.text.lower() in COMPARATIVES]
    if len(said) != 1 or not lexemes:
        return lexemes
    key = lexemes[0].payload if lexemes[0].terminal == "FIELD" else None
    # "which month had more hires, March or April": those two, side by side
    named = any(lexeme.terminal in NAMED_PARTS for lexeme in lexemes)
    timely = any(_is(lexemes[0], "KW", said) for said in TIMELY)
    grouped = key is not None or _is(lexemes[0], "KW", "year") or (timely and not named)
    of_the_key = [lexeme for lexeme in lexemes if lexeme.terminal == "VALUE"]
    if not grouped or any(lexeme.payload[0] == key for lexeme in of_the_key):
        return lexemes  # "which department has more people, Sales or HR": those two
    at = said[0]
    end = "most" if lexemes[at].text.lower() == "more" else "fewest"
    return [*lexemes[:at], Lexeme("KW", end, lexemes[at].text), *lexemes[at + 1 :]]


COMPARATIVES = frozenset({"more", "less", "fewer"})
TIMELY = ("month", "quarter", "weekday", "season")  # "which month we hire more persons"
NAMED_PARTS = frozenset({"MONTHNAME", "DAYNAME", "SEASONNAME", "QUARTERNAME", "PERIOD"})


def _hired_more_than(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "did Product hire more than Marketing in 2016?": Product's hires against Marketing's
    (more hires than Marketing, the two side by side); "hired more than 5" stays a number."""
    for index in range(1, len(lexemes) - 2):
        group, hired, more, other = lexemes[index - 1 : index + 3]
        values = group.terminal == other.terminal == "VALUE"
        if values and _is(hired, "KW", "hired") and _is(more, "KW", "more than"):
            said = [Lexeme("KW", "compare", "more"), Lexeme("KW", "hires", hired.text)]
            than = Lexeme("KW", "vs", "than")
            return [*lexemes[:index], *said, than, *lexemes[index + 2 :]]
    return lexemes
