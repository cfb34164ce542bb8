"""Yes or no, said first where the question asks it and the rows settle it: whether anyone
matches ("Any HR interns?", "did we hire anyone in 2025?") and which of two groups is bigger
("Are there more interns than contractors?", "did we hire fewer people in 2022 than in 2021?").
A yes or no about one person is the plan's own (`PersonCheck`)."""

import re
from typing import Any

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.answer_forms import YES_OR_NO
from gptbridge.engines.offline.claims import claimed, said_against
from gptbridge.engines.offline.formal_phrasings import TRUE_OR_FALSE_FIRST, TRUE_OR_FALSE_LAST
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.result_columns import COUNT_ALIAS
from gptbridge.engines.offline.subsets import plainly
from gptbridge.engines.offline.words import CONTRACTIONS

# "Are all ...", "is each ...", "did X join before or after Y": not answered by whether anyone
# matches.
NOT_WHETHER_ANYONE = re.compile(
    r"\b(?:all|every|each|only|always|both)\b|\b(?:before|after|earlier|later)\s+or\s+", re.I
)
# A question word anywhere makes it no yes-or-no question ("do you know who the newest hire is").
ASKS_WHICH = re.compile(r"\b(?:who|whom|whose|which|what|when|where|how)\b", re.IGNORECASE)
MORE_THAN = re.compile(r"\b(?:more|bigger|larger|greater|higher)\b.*\bthan\b", re.IGNORECASE)
FEWER_THAN = re.compile(r"\b(?:fewer|less|smaller|lower)\b.*\bthan\b", re.IGNORECASE)


def as_a_claim(question: str) -> str:
    """ "True or false: ...", "..., true or false?": "is it true that ..."."""
    question = TRUE_OR_FALSE_FIRST.sub("is it true that ", question)
    return TRUE_OR_FALSE_LAST.sub(r"is it true that \g<claim>", question)


def said_yes_or_no(
    question: str, plan: plans.QueryPlan, rows: list[dict[str, Any]], text: str
) -> str:
    question = as_a_claim(question)
    claim = claimed(question)  # "is the average tenure in Sales more than 10 years?"
    if claim is not None:
        answer = said_against(claim, plan, rows)
    elif YES_OR_NO.match(plainly(question)) and not NOT_WHETHER_ANYONE.search(question):
        answer = _whether(question, plan, rows)
    else:
        return text
    if answer is None:
        return text
    return f"{'Yes' if answer else 'No'}. {text}"


def _whether(question: str, plan: plans.QueryPlan, rows: list[dict[str, Any]]) -> bool | None:
    if isinstance(plan.shape, plans.GroupCount):
        return _first_said_is_bigger(question, plan, plan.shape, rows)
    return _anyone(plan, rows) if isinstance(plan.shape, plans.PeopleList) else None


def _anyone(plan: plans.QueryPlan, rows: list[dict[str, Any]]) -> bool | None:
    shape = plan.shape
    if not isinstance(shape, plans.PeopleList) or shape.limit is not None:
        return None
    return bool(rows)


def _first_said_is_bigger(
    question: str, plan: plans.QueryPlan, shape: plans.GroupCount, rows: list[dict[str, Any]]
) -> bool | None:
    """ "more interns than contractors": the first group said against the second."""
    written = _written_out(question)  # "Does Sales have mair folk than Marketing?"
    more, fewer = MORE_THAN.search(written), FEWER_THAN.search(written)
    said = _two_groups_said(plan, shape)
    if shape.compared != 2 or said is None or bool(more) == bool(fewer):
        return None
    counts = {str(row.get(shape.key)): int(row.get(COUNT_ALIAS) or 0) for row in rows}
    first, second = (counts.get(str(group), 0) for group in said)
    return first > second if more else first < second


def _written_out(question: str) -> str:
    """The question with each word typed short or in dialect as the engine reads it ("mair" is
    "more", "b4" is "before")."""
    return re.sub(
        r"[^\W\d_][\w']*",
        lambda word: " ".join(CONTRACTIONS.get(word[0].lower(), (word[0],))),
        question,
    )


def _two_groups_said(plan: plans.QueryPlan, shape: plans.GroupCount) -> tuple[object, ...] | None:
    """The two groups in the order the question says them: values, or whole years."""
    for condition in plan.filters:
        if isinstance(condition, plans.ValueFilter) and condition.column == shape.key:
            return condition.values if len(condition.values) == 2 else None
        if isinstance(condition, plans.AnyOf) and shape.key == "hire_year":
            years = [_whole_year(option) for option in condition.options]
            return tuple(years) if len(years) == 2 and None not in years else None
    return None


def _whole_year(condition: plans.Filter) -> int | None:
    if not isinstance(condition, plans.DateFilter) or not condition.whole_year:
        return None
    return condition.start.year if condition.start is not None else None


def refuse_a_yes_or_no_about_an_extreme(question: str, plan: plans.QueryPlan) -> None:
    """ "Is the newest hire in Engineering a Manager?", "is it true that the earliest hire date is
    2010-01-08?", "were the 5 newest hires all in Sales?": the words cannot tell the claim from
    whom it is said of, and the newest among the Managers in Engineering, or among those hired
    that day, would seem to confirm any claim. Refused: "who is the newest hire in Engineering"
    is answered."""
    question = as_a_claim(question)
    asked = YES_OR_NO.match(plainly(question))
    shape = plan.shape
    top = isinstance(shape, plans.PeopleList | plans.GroupCount) and shape.limit is not None
    extreme = top or isinstance(shape, plans.HireExtreme | plans.LengthExtreme)
    if asked and extreme and not ASKS_WHICH.search(question):
        reason = "a yes or no about the first, latest or top ones; ask which they are instead"
        raise NotUnderstood([asked.group().strip()], reason)
