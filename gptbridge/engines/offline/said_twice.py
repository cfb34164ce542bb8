"""A question said twice, the second time after "i.e.", "that is" or "in other words" ("what's
the mode of the title column, i.e. which title occurs most often", "how many anniversaries fall
in December (i.e. hired in any December)"). Each way is read on its own; the question is
answered only when the second says the same thing, whole or as its conditions, and is refused
when it says something else: it is never dropped unread."""

import re
from collections.abc import Callable
from dataclasses import replace

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import QueryPlan
from gptbridge.engines.offline.render import render_sql

SAID_AGAIN = re.compile(
    r"^(?P<first>.+?)\s*(?:,|\(|-|\u2013|\u2014|(?<=\s)(?=i\.e\.))\s*(?:i\.?\s?e\.?|that\s+is|in\s+other\s+words)"
    r"\s*,?\s*(?P<again>[^()]+?)\s*\)?\s*(?P<end>[?.!]*)\s*$",
    re.IGNORECASE,
)


def said_twice(question: str) -> tuple[str, str] | None:
    """The question as first said (with its closing mark) and as said again, or None."""
    found = SAID_AGAIN.match(question)
    if found is None:
        return None
    return found.group("first") + found.group("end"), found.group("again")


def the_same_said_again(first: QueryPlan, again: Callable[[], QueryPlan], words: str) -> QueryPlan:
    """`first`, when the plan read from what was said again means the same thing: the same
    query, or the same conditions on what the first asks."""
    try:
        second = again()
    except NotUnderstood:
        raise NotUnderstood([words], "said again in a way not understood") from None
    same = render_sql(second, "sqlite") == render_sql(first, "sqlite")
    as_conditions = replace(first, filters=second.filters)
    if same or render_sql(as_conditions, "sqlite") == render_sql(first, "sqlite"):
        return first
    raise NotUnderstood([words], "said again, it means something else: ask it one way")
