"""Two counts asked together: "how many interns and how many contractors", "How many have a
Yahoo email, and how many have a Hotmail email?", "How many people joined in 2015 and how many
in 2016?", "how many are on yahoo and how many on hotmail", "How many in Marketing were hired
before 2015, and how many from 2015 onwards?". The two groups are compared ("interns vs
contractors"), so each is counted and the difference and ratio said; whatever else the first
count says is said of both ("how many interns in Sales and how many in Marketing": interns)."""

from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is

# What ends the first count's words: another question or another part ("how many A or B and").
ENDS_A_COUNT = frozenset({"and", "or", "vs", ",", "how many", "how much", "what", "which", "who"})
# A period's last word ("before 2015", "2015 onwards") and a second period's first word
# ("from 2015 onwards", "after 2019-06-30").
ENDS_A_PERIOD = frozenset({"YEARNUM", "DATE", "PERIOD", "DECADENUM"})
OPENS_A_PERIOD = frozenset(
    {"before", "after", "since", "from", "on or after", "on or before", "between", "during"}
)


def of_one_column(before: Lexeme, after: Lexeme) -> bool:
    """Two values of one column ("Sales", "Product"), two e-mail providers, or two years."""
    if before.terminal == after.terminal and before.terminal in ("PROVIDER", "YEARNUM"):
        return True
    return before.terminal == after.terminal == "VALUE" and before.payload[0] == after.payload[0]


def _two_periods(before: Lexeme, after: Lexeme) -> bool:
    """ "... before 2015, and how many from 2015 onwards": whether the periods may be compared
    at all is the comparison's to say (comparisons.py)."""
    ends_a_period = before.terminal in ENDS_A_PERIOD or _is(before, "KW", "or later")
    if after.terminal == before.terminal in ENDS_A_PERIOD:  # "in the 2010s ... in the 2020s"
        return True
    return ends_a_period and after.terminal == "KW" and after.payload in OPENS_A_PERIOD


def counts_asked_together(found: list[Lexeme]) -> list[Lexeme]:
    """ "how many <group> and how many <group>" as "how many <group> vs <group>"; the people
    counted may be said in either ("how many employees ..."), a provider with "e-mail" after it."""
    found = _one_count_after_both(found)
    for index, joined in enumerate(found[:-2]):
        if not (_is(joined, "KW", "and") and _is(found[index + 1], "KW", "how many")):
            continue
        first, second = _group_before(found, index), _group_after(found, index + 2)
        if first is None or second is None:
            continue
        if of_one_column(found[first], found[second]) or _two_periods(found[first], found[second]):
            said = " ".join(lexeme.text for lexeme in found[first + 1 : second])
            return [*found[: first + 1], Lexeme("KW", "vs", said), *found[second:]]
    return found


def _group_before(found: list[Lexeme], joined: int) -> int | None:
    at = joined - 1
    if at > 0 and _is(found[at], "KW", ","):  # "..., and how many ..."
        at -= 1
    if at > 0 and _is(found[at], "FIELD", "email"):  # "a Yahoo email"
        at -= 1
    back = at - 1  # "how many [interns in Marketing] [were hired] before <2015>"
    while back >= 0 and not _ends_a_count(found[back]):
        back -= 1
    return at if back >= 0 and _is(found[back], "KW", "how many") else None


def _ends_a_count(lexeme: Lexeme) -> bool:
    return lexeme.terminal == "KW" and lexeme.payload in ENDS_A_COUNT


def _group_after(found: list[Lexeme], at: int) -> int | None:
    if at < len(found) and _is(found[at], "KW", "people"):
        at += 1
    return at if at < len(found) else None


COUNTS = frozenset({"how many", "headcount", "number"})  # "count" reads "how many"
COMPARING = frozenset({"vs", "versus", "compared to", "compared with"})


def _one_count_after_both(found: list[Lexeme]) -> list[Lexeme]:
    """ "hotmail count vs gmail count", "intern count versus contractor count": the count said
    after each group compared is said once, after both."""
    for at in range(len(found) - 4):
        first, count, joined, second, again = found[at : at + 5]
        counted = count.terminal == "KW" and count.payload in COUNTS and again == count
        compared = joined.terminal == "KW" and joined.payload in COMPARING
        if counted and compared and of_one_column(first, second):
            return [*found[: at + 1], *found[at + 2 : at + 4], *found[at + 4 :]]
    return found
