"""The verbs and small joining words of a question, once its phrases are read: "are" between a
share's whole and its part, "but" that excepts, "minus" that subtracts, "every" before a group,
copulas dropped."""

from collections.abc import Iterator

from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is

TENURE_WORDS = ("how long", "how many months", "tenure")  # "how long has each intern": not all

# After a person, "is" before one of these is dropped alone: "Sheila Corwin - what's her title".
PRONOUNS = frozenset({"he", "she", "her", "his", "they", "their"})

# Said between a group and its count: "engineering headcount minus HR headcount".
COUNT_WORDS = frozenset({"headcount", "how many", "people"})

# Before a group, these ask a ratio ("engineers per manager"), which the grammar does not take.
RATIO_WORDS = frozenset({"per", "for each", "for every"})


def read_verbs(lexemes: list[Lexeme]) -> list[Lexeme]:
    """A verb after a share word separates whole and part (`_divide`: "what percentage of those
    who are in Sales are managers"); elsewhere it says nothing. "but" excepts a value or a
    person said right after it ("all staff but the engineers") and otherwise only joins ("in
    Sales but hired before 2015", "not in Sales but in Marketing")."""
    lexemes = list(lexemes)
    shares = [i for i, lexeme in enumerate(lexemes) if _is(lexeme, "KW", "percentage")]
    copulas = [
        i
        for i, word in enumerate(lexemes)
        if word.terminal == "COPULA" or _went(word) or _uses(word)
    ]
    divide = _divide(lexemes, [i for i in copulas if shares and i > shares[0]])
    tenure = any(_is(lexeme, "KW", said) for lexeme in lexemes for said in TENURE_WORDS)
    kept: list[Lexeme] = []
    for index, lexeme in enumerate(lexemes):
        following = lexemes[index + 1] if index + 1 < len(lexemes) else None
        if _is(lexeme, "KW", "but"):
            negated = any(_is(earlier, "KW", "not") for earlier in kept)  # "not Sales but HR"
            excepted = following is not None and following.terminal in ("VALUE", "NAME", "FULLNAME")
            if excepted and not negated:
                kept.append(Lexeme("KW", "except", lexeme.text))
            continue
        if _subtracts_a_group(lexemes, index):  # "Sales minus Marketing": no one is in both
            lexeme = Lexeme("KW", "vs", lexeme.text)
        if _counted_again(kept, lexeme):  # "how many engineers vs how many in HR"
            continue
        each = _is(lexeme, "KW", "per") and lexeme.text.lower() not in RATIO_WORDS
        if each and following and _is_member(following) and not tenure:
            continue  # "every intern in HR" is the interns in HR; "how long has each" is kept
        if index == divide and (_went(lexeme) or _uses(lexeme)):  # "of 2022 hires went to Sales"
            kept.append(Lexeme("KW", "are", lexeme.text))
        elif index == divide:
            lexeme = Lexeme("KW", "are", lexeme.text)
        elif lexeme.terminal == "COPULA":
            if lexeme.text.lower().startswith("who"):
                kept.append(Lexeme("KW", "who", lexeme.text))
            elif (
                kept
                and is_person(kept[-1])
                and following
                and following.text.lower() not in PRONOUNS
            ):
                # "Johnnie Parker is manager?": what he is, not his manager (check_topics)
                said = f"{lexeme.text} {following.text}"
                lexemes[index + 1] = Lexeme(following.terminal, following.payload, said)
            continue
        kept.append(lexeme)
    return kept


def _subtracts_a_group(lexemes: list[Lexeme], index: int) -> bool:
    """ "engineering headcount minus HR headcount": one count less another, for no one is in
    both; "everyone minus the interns" and "engineers minus interns" take people out."""
    if not (_is(lexemes[index], "KW", "except") and lexemes[index].text.lower() == "minus"):
        return False
    before = _group_next_to(reversed(lexemes[:index]))
    after = _group_next_to(iter(lexemes[index + 1 :]))
    return before is not None and after is not None and before[0] == after[0] and before != after


def _counted_again(kept: list[Lexeme], lexeme: Lexeme) -> bool:
    """A count asked again right after "vs", of what is compared with what was counted first."""
    said_after_vs = bool(kept) and _is(kept[-1], "KW", "vs")
    return (
        said_after_vs
        and _is(lexeme, "KW", "how many")
        and any(_is(earlier, "KW", "how many") for earlier in kept)
    )


def _group_next_to(lexemes: Iterator[Lexeme]) -> tuple[str, str] | None:
    """The department or title said next to a word, past its count ("HR headcount")."""
    for lexeme in lexemes:
        if lexeme.terminal == "VALUE":
            return tuple(lexeme.payload)
        if not any(_is(lexeme, "KW", word) for word in COUNT_WORDS):
            return None
    return None


def _divide(lexemes: list[Lexeme], after_share: list[int]) -> int:
    """Where a share's whole ends: at its last verb ("of those who are in Sales are managers"),
    unless that verb follows "and" and another came before it, not in a relative clause: then
    both are said of the part ("of managers have been here 10 years and are in Sales")."""
    divide = max(after_share, default=-1)
    if divide < 1 or not _is(lexemes[divide - 1], "KW", "and"):
        return divide
    earlier = [i for i in after_share if i < divide and not _in_a_relative_clause(lexemes, i)]
    return earlier[0] if earlier else divide


def _in_a_relative_clause(lexemes: list[Lexeme], index: int) -> bool:
    """ "who are", "that have": the words open a clause about the whole."""
    said = [lexemes[i].text.lower() for i in (index - 1, index) if i >= 0]
    return any(text.split()[:1] in (["who"], ["that"]) for text in said if text)


# Said as a verb, "with" ends the whole of a share like "are" does ("what % of Eng uses gmail")
USING_VERBS = frozenset({"use", "uses", "who use", "that have", "that has"})


def _uses(lexeme: Lexeme) -> bool:
    return _is(lexeme, "KW", "with") and lexeme.text.lower() in USING_VERBS


def _went(lexeme: Lexeme) -> bool:
    """ "went to" (Sales): where hires went, said like "are in"."""
    return _is(lexeme, "KW", "in") and lexeme.text.lower().startswith("went")


def _is_member(lexeme: Lexeme) -> bool:
    return lexeme.terminal == "VALUE" or _is(lexeme, "KW", "people")


def is_person(lexeme: Lexeme) -> bool:
    return lexeme.terminal in ("NAME", "FULLNAME")
