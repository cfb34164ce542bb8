"""One person asked about by a name several people have. A column of theirs ("What department
is Mustafa in?", "When was Quitzon hired?") is listed for each of them, each by their full name,
as "who is Mustafa" and "how long has Dave been here" are; one value said of them all ("how many
days since Mustafa was hired": one date) is asked back (which one?).
"Who else" asked where the answer would be the named person themselves is refused too; so is
"the employee" said of no one ("the details of the employee": which one?)."""

import re

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.named_people import names_someone
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is

NAME_COLUMNS = ("any_name", "first_name", "last_name")
# Words that ask about everyone with the name, not one of them.
OF_EVERYONE = ("people", "named", "who", "how many", "per", "across all", "and", "or")


def refuse_one_of_several(
    plan: plans.QueryPlan, lexemes: list[Lexeme], names: DirectoryNames
) -> None:
    _refuse_one_date_of_several_people(plan)
    name = _the_one_name(plan)
    if name is None or any(_is(lexeme, "KW", word) for lexeme in lexemes for word in OF_EVERYONE):
        return
    said = [lexeme for lexeme in lexemes if lexeme.terminal == "NAME"]
    plural = len(said) == 1 and names.in_the_plural(said[0].text.lower()) is not None
    if plural and isinstance(plan.shape, plans.HireDateBound):  # one date said of them all
        raise NotUnderstood([said[0].text], "ask when they were hired, for each one's date")
    if len(said) != 1 or plural:
        return  # "the Mustafas' e-mails": all of them
    holders = _people_named(name, names)
    if holders > 1 and _asks_days_since_hire(plan.shape):  # a column is listed for each one
        raise NotUnderstood(
            [said[0].text],
            f"{holders} employees are named {said[0].text}; which one? give the full name, or "
            f"ask about everyone named {said[0].text}",
        )


# One person pointed at ("the employee", "this resource"), not everyone: refused when nothing
# else in the question says who.
ONE_UNNAMED = re.compile(
    r"\b(?:the|this|that|said|above|aforementioned|mentioned)\s+(?:employee|resource|person"
    r"|worker|colleague|co-?worker|staff\s?member|staffer|team\s+member|member|individual"
    r"|user|emp|collaborator|joinee|joiner)\b(?!-)(?!\s+(?:list|lists|count"
    r"|counts|directory|records?|data|database|base|table|roster|master|details|info"
    r"|information|names|emails|e-?mails|ids|dump|report|sheet|file|headcount)\b)",
    re.IGNORECASE,
)
# Said before it, these make it everyone's: "all the employee's e-mails".
OF_ALL = re.compile(r"\b(?:all|each|every)(?:\s+of)?\s*$", re.IGNORECASE)


def refuse_one_unnamed(question: str, plan: plans.QueryPlan) -> None:
    """ "Please provide the details of the employee": which one? Not all 500 of them."""
    said = ONE_UNNAMED.search(question)
    if said and OF_ALL.search(question[: said.start()]):
        return
    shape = plan.shape
    everyone = isinstance(shape, plans.PeopleList) and shape.limit is None and not plan.filters
    if said and everyone:
        raise NotUnderstood(
            [said.group()], "which one? give their name, or ask about a group, e.g. 'all employees'"
        )


def _refuse_one_date_of_several_people(plan: plans.QueryPlan) -> None:
    """ "how long ago were X or Y hired", "how many days since Mustafa in Sales was hired": one
    person's hire date, asked of a name alone; any more conditions could leave several."""
    conditions = plan.filters
    if not _asks_days_since_hire(plan.shape):
        return
    named = [condition for condition in conditions if names_someone(condition)]
    if named and (len(conditions) != 1 or not isinstance(conditions[0], plans.TextFilter)):
        raise NotUnderstood([], "how long ago one person was hired: give only their full name")


def _asks_days_since_hire(shape: plans.Shape) -> bool:
    return isinstance(shape, plans.HireDateBound) and shape.ago_on is not None


def _the_one_name(plan: plans.QueryPlan) -> plans.TextFilter | None:
    """The one name condition of a plan asking for some of a person's columns."""
    shape = plan.shape
    if not _asks_days_since_hire(shape):  # "how long ago was Mustafa hired": one hire date
        if not isinstance(shape, plans.PeopleList) or shape.fields is None:
            return None
        if shape != plans.PeopleList(fields=shape.fields):
            return None
    if len(plan.filters) != 1:
        return None
    (condition,) = plan.filters
    if not isinstance(condition, plans.TextFilter) or condition.column not in NAME_COLUMNS:
        return None
    return None if condition.op != "equals" or condition.negated else condition


def _people_named(condition: plans.TextFilter, names: DirectoryNames) -> int:
    value = condition.value.lower()
    first = condition.column in ("any_name", "first_name")
    last = condition.column in ("any_name", "last_name")
    return sum(
        (first and given == value) or (last and family == value) for given, family in names.people
    )


def refuse_else_of_the_named(plan: plans.QueryPlan, lexemes: list[Lexeme]) -> None:
    """ "when did Pete Brown start, and who else in that team started in 2019?": "who else"
    asks for others, so a plan that keeps only the person named ("Pete Brown hired in 2019")
    answers something else; refused ("who else is in Pete Brown's team" is a relation, which
    leaves them out, and is answered)."""
    said_else = [lexeme.text for lexeme in lexemes if lexeme.text.lower().endswith(" else")]
    named = [c for c in plan.filters if isinstance(c, plans.TextFilter) and c.column == "full_name"]
    if said_else and any(not condition.negated for condition in named):
        raise NotUnderstood(
            said_else[:1], "others than the person named? ask 'who else is in X's team'"
        )
