"""The writer correcting themselves ("which title has the most contractors? Sorry, I mean which
department has the most contractors?", "what is the email of ... wait no i mean how many interns
are there"): what was said before the correction is dropped, and what follows it is read as the
whole question. When that is not a question on its own, it takes the place of the one
condition of its kind said ("how many interns in Sales, I mean Managers": Managers in Sales), or
of the one thing not understood; else it is refused ("how many interns, I mean engineers": a
department for a title), as the engine does not guess which words it replaces."""

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from gptbridge.engines.offline.defined_terms import is_employment_status
from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import AnyOf, DatePartFilter, Filter, PeopleList, QueryPlan
from gptbridge.engines.offline.said_twice import the_same_said_again

# A correction: after a mark or a word that turns back ("sorry", "wait", "no", "actually",
# "oops"), "I mean(t)", "what I meant was", "scratch that", "let me rephrase", "or rather", "never
# mind".
_TURNING_BACK = r"(?:sorry|oops|wait|no|nope|actually|hmm|um+)[\s,.!:-]+"
CORRECTION = re.compile(
    rf"(?:[.?!,;:\u2013\u2014]\s*|\s-+\s*|\b{_TURNING_BACK})(?:{_TURNING_BACK})*"
    r"(?:i\s+meant?|what\s+i\s+meant?\s+(?:is|was)|scratch\s+that|strike\s+that"
    r"|let\s+me\s+rephrase(?:\s+that)?|or\s+rather|correction|never\s*mind|nvm|forget\s+(?:that|it))"
    r"\b[\s,:.-]*(?P<meant>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# What was meant is a whole question when it opens as one; "I mean engineers" replaces some words
# of the question before it, and which is not guessed.
OPENS_A_QUESTION = re.compile(
    r"(?:how|what|what's|whats|which|who|who's|whos|whom|whose|when|is|are|was|were|do|does|did"
    r"|has|have|can|could|would|will|list|show|give|count|tell|find|get|name|please|pls|i'd|id"
    r"|i\s+(?:need|want|would)|the\s+(?:number|count|list|names?|share|percentage|average"
    r"|e-?mails?|titles?|departments?|hire\s+dates?|start\s+dates?))\b",
    re.IGNORECASE,
)

# "how many people named Weimann? i mean last name": which part of the name was meant, said as
# "named Weimann (last name)" is.
NAME_PART_MEANT = re.compile(
    r"^(?:the\s+|by\s+|as\s+(?:a\s+)?|only\s+)?(?P<part>last|first|family|sur|given)\s*name\W*$",
    re.IGNORECASE,
)


def as_corrected(question: str) -> str | None:
    """What the writer meant, said after their correction, or None when they made none."""
    found = CORRECTION.search(question)
    if found is None:
        return None
    meant = found.group("meant")
    name_part = NAME_PART_MEANT.match(meant)
    if name_part:
        return f"{question[: found.start()]} ({name_part['part']} name)?"
    if not OPENS_A_QUESTION.match(meant):
        raise NotUnderstood([meant], "corrected in part: ask the whole question again")
    return meant


def split_at_the_correction(question: str) -> tuple[str, str]:
    """What was said before the correction, and what was meant: "how many chaps in the typing
    pool", "Customer Service"."""
    found = CORRECTION.search(question)
    if found is None:
        return question, ""
    return question[: found.start()], found.group("meant").strip(" ?.!,")


def in_place_of(said: str, meant: str, not_understood: str) -> str | None:
    """ "how many chaps in the typing pool" with "Customer Service" meant: what was meant, said
    in place of the one thing the engine did not understand; None when there is nothing meant,
    or that thing is not said once, or is joined to what it follows ("10 years ago or earlier":
    what was meant says the whole, never "or earlier" alone)."""
    if not meant or not not_understood or not_understood.lower().startswith(("or ", "and ")):
        return None
    at = [match.start() for match in re.finditer(re.escape(not_understood), said, re.IGNORECASE)]
    if len(at) != 1:
        return None
    return f"{said[: at[0]]}{meant}{said[at[0] + len(not_understood) :]}?"


def meant_in_place(
    said: str,
    meant: str,
    otherwise: NotUnderstood,
    read_alone: Callable[[str], QueryPlan],
    topics: bool = True,
) -> QueryPlan:
    """What the writer meant, in place of the one thing in what they said that was not
    understood ("the typing pool, I mean Customer Service"), or, corrected, a topic the
    directory lacks ("the oldest, I mean the one hired first"); when all of it was understood,
    what was meant must say the same; else `otherwise` (which words it replaces is not
    guessed). Put in place, it may not leave another condition on what it says ("the autumn
    term of 2018, i.e. September through December" is not September to November)."""
    try:
        first = read_alone(said)
    except NotUnderstood as refused:
        not_understood = refused.words[0] if len(refused.words) == 1 else ""
        if not topics and is_employment_status(not_understood):
            raise otherwise from None
    except OutOfData as refused:
        if not topics:
            raise
        not_understood = refused.text
    else:  # all of it understood: what was meant must say the same ("accountants, I mean ...")
        try:  # ... or, corrected, says another of a kind said once ("Engineering, I mean Sales")
            return the_same_said_again(first, partial(read_alone, meant), meant)
        except NotUnderstood:
            corrected = _corrected(first, meant, read_alone) if topics else None
            if corrected is None:
                raise otherwise from None
            return corrected
    rewritten = in_place_of(said, meant, not_understood)
    if rewritten is None:
        raise otherwise
    plan = read_alone(rewritten)
    if any(
        _conditioned(plan)[column] > count for column, count in _said(meant, read_alone).items()
    ):
        raise otherwise
    return plan


def _said(meant: str, read_alone: Callable[[str], QueryPlan]) -> Counter[str]:
    """How many conditions what was meant puts on each column, read alone (none if it is not)."""
    try:
        return _conditioned(read_alone(meant))
    except (NotUnderstood, OutOfData):
        return Counter()


def _conditioned(plan: QueryPlan) -> Counter[str]:
    """Conditions per column, every date part one column (autumn and September to December are
    both hire dates), unlike `_kind`, which tells a correction's months from its weekdays."""
    return Counter(getattr(condition, "column", "hire_date") for condition in plan.filters)


def _corrected(
    first: QueryPlan, meant: str, read_alone: Callable[[str], QueryPlan]
) -> QueryPlan | None:
    """ "how many in Engineering - sorry, I meant Marketing", "hired on a Monday, sorry, I mean a
    Friday": each condition meant in place of the one condition of its kind said, or added to a
    question with none ("how many pts... i mean ppl in Engineering"); None when what was meant
    is no bare condition, or its kind was said more than once, or not at all beside others ("how
    many interns, I mean hired in 2020": instead of "interns", or besides?)."""
    try:
        said = read_alone(meant)
    except (NotUnderstood, OutOfData):
        return None
    if said.shape != PeopleList() or not said.filters:
        return None
    filters = list(first.filters)
    for condition in said.filters:
        same = [at for at, other in enumerate(filters) if _kind(other) == _kind(condition)]
        if len(same) > 1 or (not same and first.filters):  # in place of which? not guessed
            return None
        if same:
            filters[same[0]] = condition
        else:  # "how many pts... i mean ppl in Engineering": nothing said to put it in place of
            filters.append(condition)
    return replace(first, filters=tuple(filters))


def _kind(condition: Filter) -> str:
    """What a condition is on: a column, or the part of the hire date it names."""
    if isinstance(condition, AnyOf):
        return _kind(condition.options[0])
    if isinstance(condition, DatePartFilter):
        return f"hire_date {condition.part}"
    return str(getattr(condition, "column", "hire_date"))
