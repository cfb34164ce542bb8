"""A question said twice, the second time after "i.e.", "that is", "in other words" or "you
know, like" ("what's the mode of the title column, i.e. which title occurs most often", "how
many anniversaries fall in December (i.e. hired in any December)"). Each way is read on its own;
the question is answered only when the second says the same thing, whole or as its conditions,
and is refused when it says something else: it is never dropped unread."""

import datetime as dt
import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import fields, is_dataclass, replace
from functools import partial

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import (
    CrossCount,
    DateFilter,
    Filter,
    GroupCount,
    PeopleList,
    QueryPlan,
)
from gptbridge.engines.offline.render import render_sql

AGAIN = (  # said again; "...? I would love to know who has been there the longest."
    r"(?:i\.?\s?e\.?|that\s+is(?:\s+to\s+say)?|in\s+other\s+words|you\s+know\s*,?\s*like|you\s+know"
    r"|i\s*(?:would|'d)\s+(?:love|like)\s+to\s+know|i\s+(?:want|wanted)\s+to\s+know|i\s+wonder"
    r"|meaning|namely|to\s+wit|viz\.?|being|for\s+the\s+avoidance\s+of\s+doubt"  # legal English
    # "in the last 5 years, like 2019 onwards": a period said again (never "like" as "such as")
    r"|like(?=\s*,?\s*(?:since|from|before|after|in|between|during|(?:19|20)\d\d)\b))"
)
SAID_AGAIN = re.compile(
    rf"^(?P<first>.+?)\s*(?:,|\(|-|\u2013|\u2014|[.?!]|(?<=\s)(?=i\.e\.))\s*{AGAIN}"
    r"\s*,?\s*(?P<again>[^()]+?)\s*\)?\s*(?P<end>[?.!]*)\s*$",
    re.IGNORECASE,
)


# "How many with a Hotmail address (i.e. email ending in @hotmail.com) work in Engineering?":
# said again in brackets inside the question.
SAID_AGAIN_IN_BRACKETS = re.compile(
    rf"^(?P<first>.+?)\s*\(\s*{AGAIN}\s*,?\s*"
    r"(?P<again>[^()]+?)\s*\)(?P<end>[^()]*)$",
    re.IGNORECASE,
)
# "How many employees, i.e. personnel, use yahoo?", "how many were recruited, that is, entered
# service, in 2019?": said again between commas, and the question goes on after it.
SAID_AGAIN_BETWEEN_COMMAS = re.compile(
    rf"^(?P<first>.+?)\s*,\s*{AGAIN}\s*,?\s*(?P<again>[^,()?]+?)\s*,\s*(?P<end>[^()]+)$",
    re.IGNORECASE,
)
# "in the first half of 2019 (1 January to 30 June, inclusive)": the days of the period said
# again in brackets, in the year said before them.
_MONTH = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DAYS_IN_BRACKETS = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s*(?P<asked>\??)\s*\(\s*(?!i\.?\s?e\b)"
    rf"(?P<days>(?=[^()]*{_MONTH})(?=[^()]*(?:\bto\b|\bthrough\b|\bthru\b|-|\u2013))"
    r"(?:(?!\d{4})[^(),])+?)\s*(?P<inclusive>,?\s*(?:both\s+)?(?:dates\s+)?inclusive)?\s*\)",
    re.IGNORECASE,
)
# "Who was hired last please? the most new employee": the question said again as a noun phrase;
# "Who is the longest serving employee? First person hired?": as another question.
NOUN_PHRASE_AFTER = re.compile(
    r"^(?:(?P<first>[^?]+\?)\s*(?P<again>(?:the|a|an)\s[^?!.]+?)"
    r"|(?P<before>[^?,]+),\s*(?P<restated>(?!(?:which|what|who|how|and|or|but)\b)[^?!.,]+?)"
    r"|(?P<asked>[^?]+)\?\s*(?P<asked_again>[^?!.]+?))"
    r"\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# "in the last 5 years (since 2021-12-06)": the day the period starts, said again in brackets.
START_IN_BRACKETS = re.compile(
    r"(\b(?:last|past|previous)\s+\w+\s+(?:years?|months?|weeks?|days?)\s*)\(\s*(?=since\b|from\b)",
    re.IGNORECASE,
)
# What said again may add to the first saying: an order, never fewer or other people.
ORDERS = ("order", "ranked")
EVERYONE = QueryPlan((), PeopleList())
GROUPINGS = (GroupCount, CrossCount)  # said again as another grouping, it asks another thing


def said_twice(question: str) -> list[tuple[str, str]]:
    """The ways to split the question into what was first said (with the rest of it) and what
    was said again: between commas ("X, i.e. Y, Z": "X Z" and "Y"), then to the end ("X, i.e.
    Y Z": "X" and "Y Z"); none when nothing is said again."""
    question = DAYS_IN_BRACKETS.sub(
        r"\g<year> (i.e. \g<days> \g<year>\g<inclusive>)\g<asked>", question
    )
    question = START_IN_BRACKETS.sub(r"\1(i.e. ", question)
    ways = []
    between = SAID_AGAIN_BETWEEN_COMMAS.match(question)
    if between:
        ways.append((f"{between.group('first')} {between.group('end')}", between.group("again")))
    found = SAID_AGAIN.match(question) or SAID_AGAIN_IN_BRACKETS.match(question)
    if found:
        ways.append((found.group("first") + found.group("end"), found.group("again")))
    return ways


def said_again_as_a_noun_phrase(
    question: str, otherwise: NotUnderstood, parse: Callable[[str], QueryPlan]
) -> QueryPlan:
    """ "Who was hired last please? the most new employee": the question, when the noun phrase
    after it says the same; after a comma ("who is newest employee, last hire") or as another
    question ("Who was hired first? The longest serving?") only the very same query, and a
    remark on what the directory lacks is no query. Tried when the whole was not understood, and
    `otherwise` raised."""
    restated = NOUN_PHRASE_AFTER.match(question)
    if restated is None:
        raise otherwise
    again: QueryPlan | None = None
    try:
        if restated["before"] or restated["asked"]:  # only the very same query
            first = parse(restated["before"] or restated["asked"])
            with suppress(OutOfData):  # "How many in HR? They're all part-timers.": a remark
                again = parse(restated["restated"] or restated["asked_again"])
            if again is None or render_sql(first, "sqlite") != render_sql(again, "sqlite"):
                raise otherwise
            return first
        again_said = restated["again"]
        return the_same_said_again(parse(restated["first"]), partial(parse, again_said), again_said)
    except NotUnderstood:
        raise otherwise from None


def the_same_said_again(
    first: QueryPlan, again: Callable[[], QueryPlan], words: str, today: dt.date | None = None
) -> QueryPlan:
    """`first`, when the plan read from what was said again means the same thing: the same
    query, or the same conditions on what the first asks."""
    try:
        second = again()
    except NotUnderstood:
        raise NotUnderstood([words], "said again in a way not understood") from None
    if render_sql(second, "sqlite") == render_sql(first, "sqlite") or second == EVERYONE:
        return first  # "employees, i.e. personnel, ...": a noun for people says nothing more
    if second.filters == first.filters and _orders_it(first.shape, second.shape):
        return second  # "..., i.e. the headcount by department, sorted from largest to smallest"
    if second.shape != first.shape and isinstance(second.shape, GROUPINGS):  # "? By department."
        raise NotUnderstood([words], "said again, it means something else: ask it one way")
    as_conditions = replace(first, filters=second.filters)
    if _some_of_its_conditions(first, second) or render_sql(as_conditions, "sqlite") == render_sql(
        first, "sqlite"
    ):
        return first  # the same conditions, or some of them: "interns (i.e. title Intern) in Sales"
    if today is not None and _the_year_so_far_said_whole(first, second, today):
        return first
    period = _the_start_said_exactly(first, second)
    if period is not None:
        return period
    raise NotUnderstood([words], "said again, it means something else: ask it one way")


def _the_start_said_exactly(first: QueryPlan, second: QueryPlan) -> QueryPlan | None:
    """ "hired in the last 5 years (i.e. since 2021-12-06)": a period back from today, said again
    as the day it starts, a day apart at most (whether the first day is in is the writer's to say):
    the period from that day."""
    said = [f for f in first.filters if isinstance(f, DateFilter)]
    again = [f for f in second.filters if isinstance(f, DateFilter)]
    others = [f for f in first.filters if f not in said]
    if len(said) != 1 or len(again) != 1 or not set(second.filters) - {*again} <= {*others}:
        return None
    period, start = said[0], again[0].start
    if period.start is None or start is None or again[0].end not in (None, period.end):
        return None
    if abs((start - period.start).days) > 1 or period.negated or again[0].negated:
        return None
    exact = replace(period, start=start, label=f"{period.label} (since {start.isoformat()})")
    return replace(first, filters=tuple(exact if f is period else f for f in first.filters))


def _the_year_so_far_said_whole(first: QueryPlan, second: QueryPlan, today: dt.date) -> bool:
    """ "hired this year (2026)": a period up to today, said again whole from its first day; no one
    is hired after today. "first half of 2019 (all of 2019)" is something else."""
    said = [f for f in first.filters if isinstance(f, DateFilter)]
    again = [f for f in second.filters if isinstance(f, DateFilter)]
    others_said = set(second.filters) - {*again} <= set(first.filters)
    if len(said) != 1 or len(again) != 1 or not others_said:
        return False
    period, whole = said[0], again[0]
    if period.end != today or whole.end is None or whole.end < today or whole.end.year > today.year:
        return False
    return period.start is not None and period.start == whole.start and not whole.negated


def _orders_it(first: object, second: object) -> bool:
    """`second` is `first` with an order added, and nothing else changed."""
    if type(first) is not type(second) or not is_dataclass(first):
        return False
    return all(
        getattr(first, field.name) == getattr(second, field.name)
        or (field.name in ORDERS and not getattr(first, field.name))
        for field in fields(first)
    )


def _some_of_its_conditions(first: QueryPlan, second: QueryPlan) -> bool:
    """Each condition said again is one of the first's, as the query says it ("before 2018
    (i.e. on or before 2017-12-31)")."""

    def said(condition: Filter) -> str:
        return render_sql(replace(first, filters=(condition,)), "sqlite")

    conditions = {said(condition) for condition in first.filters}
    return bool(second.filters) and all(
        said(condition) in conditions for condition in second.filters
    )
