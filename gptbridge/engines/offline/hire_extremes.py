"""The first and last hires: their dates ("the earliest and latest hire dates in Marketing"),
the people ("the newest engineer", "the 5 most recent hires"), and each one's tenure or the time
since the date when asked ("how long has the newest engineer been here")."""

import datetime as dt
import itertools
from dataclasses import replace

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.assemble import ORDER_DIRECTIONS, PEOPLE_NOUNS, Bag
from gptbridge.engines.offline.averages import group_key
from gptbridge.engines.offline.listing import fields_asked
from gptbridge.engines.offline.meaning import NotUnderstood, Part


def hire_dates(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "the earliest and latest hire dates in Marketing", "latest hire date by title", "for
    each title, when was the earliest hire": the dates themselves, both or per group."""
    ends = [p for p in bag.peek("newest", "earliest", "limit_first", "limit_last") if not p.value]
    dated = bag.has("when") or [p.value for p in bag.peek("fields")] == ["hire_date"]
    if not ends or not dated or bag.has(*PEOPLE_NOUNS):
        return None
    grouped = [p for p in bag.peek("per", "by") if group_key(p.value) and said_as_a_grouping(p)]
    latest = any(p.kind in ("newest", "limit_last") for p in ends)
    earliest = any(p.kind in ("earliest", "limit_first") for p in ends)
    if newest_first(bag) or _hires_with_their_date(bag):
        return None
    if len(grouped) > 1 or not (grouped or (latest and earliest)):
        return None  # one date overall: _hire_extremes
    bag.use(*ends, *grouped)
    bag.take("when", "fields", "noun_hires", "sep_and")
    return plans.HireDates(group_key(grouped[0].value) if grouped else None, earliest, latest)


def _hires_with_their_date(bag: Bag) -> bool:
    """ "the first hire in each department, with the date", "... and their hire date": the
    people, their date beside them; "the first hire date in each department" is the date."""
    beside = ("and", "with", "along", "including", "plus", "together")
    said_beside = bag.has("prep_with") or any(
        part.text.lower().startswith(beside) for part in bag.peek("fields")
    )
    return said_beside and bag.has("noun_hires")


def newest_first(bag: Bag) -> bool:
    """ "newest first", "oldest last": an end said right before the other is an order."""
    return any(
        first.kind in ("newest", "earliest") and second.kind in ("limit_first", "limit_last")
        for first, second in itertools.pairwise(bag.parts)
    )


def said_as_a_grouping(part: Part) -> bool:
    """ "per title", "by title" (not "sorted by title")."""
    return part.kind == "per" or part.text.lower().startswith("by")


END_OF = {"limit_first": "earliest", "limit_last": "newest"}  # "the first hire", "the last"


def hire_extremes(bag: Bag, today: dt.date) -> plans.Shape | None:
    superlative = bag.peek("newest", "earliest")
    ends = [p for p in bag.peek("limit_first", "limit_last") if p.value is None]
    hire_date = [p.value for p in bag.peek("fields")] == ["hire_date"]  # "the first hire date"
    if not superlative and not (ends and (bag.has("noun_hires") or hire_date)):
        return None
    if superlative and ends:
        return None  # "most recent hires first" is an order, read elsewhere
    said_ends = bag.peek("limit_first", "limit_last")
    if len({part.kind for part in said_ends}) > 1 and any(part.value for part in said_ends):
        return None  # "the first and last 3 hires": never the first 3
    # "the most senior, by hire date": that is the ranking
    bag.use(*(part for part in bag.peek("by") if part.value == "hire_date"))
    place = next((part.value for part in superlative if part.value), None)  # "second newest"
    said = {END_OF.get(part.kind, part.kind) for part in (*superlative, *ends)}
    both = said == {"newest", "earliest"} and place is None  # "the first and last hire in HR"
    latest = bool(bag.take("newest")) or any(p.kind == "limit_last" for p in ends)
    bag.take("earliest")
    bag.use(*ends)
    limit = bag.take_one("limit_bare", "limit_top", "limit_first", "limit_last")
    if limit is not None:
        fields = fields_asked(bag)
        order = (plans.OrderKey("hire_date", descending=latest),)
        return plans.PeopleList(fields=fields, order=order, limit=limit.value)
    dated = [p for p in bag.peek("key") if p.value in ("key_hire_year", "key_hire_month")]
    # "what year was the latest hire": its date; but "who joined in the most recent month",
    # "hires in the latest year" ask for people of a period, which is not read here
    plural = [p for p in bag.peek("noun_hires") if p.value == "plural"]
    dated = [] if plural or bag.has(*PEOPLE_NOUNS) else dated
    when = bag.take("when")  # "who, and when": the people, each with their date
    if (when and not bag.has("noun_who")) or (dated and superlative):
        bag.use(*dated[:1])
        if [part.value for part in bag.peek("fields")] == ["hire_date"]:
            bag.take("fields")  # "when was the most recent hire date": the date, said twice
        return plans.HireDateBound(latest)
    asked_date = [part.value for part in bag.peek("fields", "possessive")] == ["hire_date"]
    if asked_date and not bag.has(*PEOPLE_NOUNS):  # "who has the latest hire date": a person
        bag.take("fields")
        return plans.HireDateBound(latest)
    tenure_on = today if any("tenure" in part.text.lower() for part in superlative) else None
    # the date that makes them the newest (earliest) is shown with any columns asked for; both
    # ends' people are told apart by it
    fields = fields_asked(bag)
    fields = fields and tuple(dict.fromkeys((*fields, "hire_date")))
    if both:
        return plans.HireExtreme(False, fields, tenure_on=tenure_on, both=True)
    return plans.HireExtreme(latest, fields, place=place, tenure_on=tenure_on)


def tenure_of_extremes(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "how long has the newest engineer been here": the newest engineer(s), and their tenure;
    "the 3 earliest hires and how long they've been here" likewise."""
    if not bag.has("how_long") or not bag.has("newest", "earliest", "limit_first", "limit_last"):
        return None
    if any(part.value == "months" for part in bag.peek("how_long")):
        return None  # in years only: refused as left over
    asked = bag.take("how_long")
    shape = hire_extremes(bag, today)
    if any(part.value == "ago" for part in asked):  # "how many days since the last hire"
        if isinstance(shape, plans.HireExtreme) and shape.fields is None:
            return plans.HireDateBound(shape.latest, ago_on=today)
        if isinstance(shape, plans.HireDateBound):
            return replace(shape, ago_on=today)
    if not isinstance(shape, plans.PeopleList | plans.HireExtreme):
        raise NotUnderstood([asked[0].text], "how long since a date? ask when it was")
    return replace(shape, tenure_on=today)


def with_tenures(shape: plans.Shape, bag: Bag, today: dt.date) -> plans.Shape:
    """ "interns in HR and their tenure": each one's tenure beside the people listed."""
    if isinstance(shape, plans.PeopleList | plans.HireExtreme) and bag.take("tenure_shown"):
        return replace(shape, tenure_on=today)
    return shape


def top_hires(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "first 10 hires", "last 5 people hired": by hire date unless another order is asked."""
    ends = [p for p in bag.peek("limit_first", "limit_last") if p.value is not None]
    if not ends or not bag.has("noun_hires") or bag.has("by", *ORDER_DIRECTIONS):
        return None
    limit = bag.take_one("limit_first", "limit_last")
    assert limit is not None
    order = (plans.OrderKey("hire_date", descending=limit.kind == "limit_last"),)
    return plans.PeopleList(fields=fields_asked(bag), order=order, limit=limit.value)


def refuse_a_place_not_kept(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "the second newest hire" is read for people only ("the 2nd newest hire per department",
    "the second latest hire date", "the 3rd newest 5": refused, never the newest instead)."""
    placed = [part for part in parts if part.kind in ("newest", "earliest") and part.value]
    shape = plan.shape
    kept = isinstance(shape, plans.HireExtreme) and shape.place is not None
    if placed and (not kept or len(placed) > 1):
        raise NotUnderstood([placed[0].text], "a place is asked only of the people hired then")


def refuse_a_place_of_one_named(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "What rank is Lincoln Rippin by tenure among Accounting employees?": a list of one
    person sorted says nothing of their place among the others; asked back, never their row."""
    shape = plan.shape
    ordered = isinstance(shape, plans.PeopleList) and (shape.order or shape.limit is not None)
    named = [condition for condition in plan.filters if _names_one_person(condition)]
    if ordered and named:
        placed = [part.text for part in parts if part.kind in PLACE_WORDS]
        said = placed or [part.text for part in parts if part.value == named[0]]
        raise NotUnderstood(
            said[:1],
            "the place of one person among others is not supported; ask how many "
            "were hired before them",
        )


PLACE_WORDS = ("sorted", "order_asc", "order_desc", "limit_top", "limit_first", "limit_last")


def _names_one_person(condition: plans.Filter) -> bool:
    return (
        isinstance(condition, plans.TextFilter)
        and condition.column == "full_name"
        and condition.op == "equals"
        and not condition.negated
    )
