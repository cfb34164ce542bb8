"""People named in a question: a name said as a condition, and the plans that would ask one
person to be two ("Mark Torp's email and Mark Goodwin's") or count a person ("the number of
Mark Torp")."""

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.part_kinds import PEOPLE_NOUNS


def names_a_person(condition: plans.Filter) -> bool:
    """A name said as a condition ("Sven O'Hara", "Mark"), not negated."""
    return (
        isinstance(condition, plans.TextFilter)
        and condition.column in ("full_name", "any_name")
        and condition.op == "equals"
        and not condition.negated
    )


def names_someone(condition: plans.Filter) -> bool:
    """ "Leopold Johnston", "Sven O'Hara or Jailyn McClure": their details, not a summary."""
    if isinstance(condition, plans.AnyOf):
        return any(map(names_someone, condition.options))
    return isinstance(condition, plans.TextFilter) and condition.op == "equals"


def names_one_person(condition: plans.Filter) -> bool:
    """A first and a last name ("Mark Torp"), not a name many may have ("how many leopolds")."""
    if not isinstance(condition, plans.TextFilter):
        return False
    return condition.column == "full_name" and " " in condition.value


def _names_people(listed: plans.AnyOf) -> bool:
    return all(map(names_one_person, listed.options))  # "Kenya Jerde or Drew O'Conner"


def refuse_two_people_at_once(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "Mark Torp's email and Mark Goodwin's email", "Mark Torp's email, Jo Kim and Al Roe":
    no one is both; "the e-mails of Mark Torp and Mark Goodwin" (either of them) is answered."""
    named = {f for f in plan.filters if names_a_person(f)}
    listed = [f for f in plan.filters if isinstance(f, plans.AnyOf) and _names_people(f)]
    if named and len(named) + len(listed) > 1:
        said = [p.text for p in parts if p.kind == "filter" and p.value in named]
        raise NotUnderstood(said[-1:], "one person at a time, or 'the e-mails of X and Y'")


def refuse_a_count_of_one_named(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "what is the number of Mark Torp", "the nr of X": their employee number (not recorded),
    not how many are named so; "how many people are named Mark Torp" says people."""
    named = [f for f in plan.filters if names_one_person(f)]
    said_people = any(p.kind in (*PEOPLE_NOUNS, "noun_hires", "noun_hires_plural") for p in parts)
    only_named = bool(named) and len(named) == len(plan.filters)
    if plan.shape == plans.Count() and only_named and not said_people:
        counted = [p.text for p in parts if p.kind == "count"]
        raise NotUnderstood(counted[:1], "how many are named so, or their employee number?")
