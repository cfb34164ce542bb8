"""A list of people: the columns asked for, the order asked for, and the list itself when
nothing else is asked ("engineers hired in 2020, newest first")."""

from typing import cast

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.assemble import ORDER_DIRECTIONS, PEOPLE_NOUNS, Bag
from gptbridge.engines.offline.meaning import NotUnderstood, Part

ONE_KEY_ORDERS = ("order_newest_first", "order_earliest_first")  # they name their key


def fields_asked(bag: Bag) -> tuple[plans.Column, ...] | None:
    asked: list[str] = []
    for part in bag.take("fields", "possessive"):
        value = part.value[0] if part.kind == "possessive" else part.value
        asked.extend(_columns_said(value))
    if bag.take("when"):
        asked.append("hire_date")
    dated = [p for p in bag.peek("key") if p.value in ("key_hire_year", "key_hire_month")]
    if dated and bag.names_someone:  # "what year did Sven O'Hara join": the date says it
        bag.use(*dated)
        asked.append("hire_date")
    if not asked:
        return None
    if not {"first_name", "last_name"} & set(asked):
        asked = ["first_name", "last_name", *asked]
    unique = tuple(dict.fromkeys(asked))
    if any(column not in plans.COLUMNS for column in unique):
        raise NotUnderstood([str(c) for c in unique if c not in plans.COLUMNS])
    return cast(tuple[plans.Column, ...], unique)


def _columns_said(value: str) -> tuple[str, ...]:
    """ "name" is the first and last name; "everything about" (a record) every column."""
    if value == "record":
        return tuple(column for column in plans.COLUMNS if column != "id")
    return ("first_name", "last_name") if value == "name" else (value,)


def order_asked(bag: Bag) -> tuple[plans.OrderKey, ...]:
    keys: list[plans.OrderKey] = []
    pending: bool | None = None
    after_by = False
    tenure = -1  # the key said as tenure: the longest tenure is the earliest hire date
    for index, part in enumerate(bag.parts):
        if bag.used[index]:
            continue
        key, direction = _order_part(part, after_by)
        after_by = part.kind == "by" or (after_by and part.kind in ("sep_and", "sep_comma"))
        if key is None and direction is None:
            continue
        bag.used[index] = True
        if key is not None:
            tenure = len(keys) if part.value == "tenure_key" else tenure
            name = cast(plans.OrderName, key)
            said = pending if pending is None or tenure != len(keys) else not pending
            keys.append(
                plans.OrderKey(name, bool(said)) if said is not None else plans.OrderKey(name)
            )
            pending = None
        elif keys and direction is not None and part.kind not in ONE_KEY_ORDERS:
            inverted = tenure == len(keys) - 1
            keys[-1] = plans.OrderKey(keys[-1].key, direction != inverted)
        elif part.kind in ONE_KEY_ORDERS:
            keys = [k for k in keys if k.key != "hire_date"]
            keys.append(plans.OrderKey("hire_date", bool(direction)))
        else:
            pending = direction
    if pending is not None:
        keys.append(plans.OrderKey("name", pending))
    return tuple(keys)


def _order_part(part: Part, after_by: bool) -> tuple[str | None, bool | None]:
    if part.kind == "by" or (part.kind == "fields" and after_by):
        if part.value == "tenure_key":
            return "hire_date", None
        if part.value in plans.COLUMNS or part.value == "name":
            return str(part.value), None
        raise NotUnderstood([part.text or str(part.value)])
    return None, ORDER_DIRECTIONS.get(part.kind)


def people_list(bag: Bag) -> plans.Shape:
    asked = (
        "noun_hires",
        "fields",
        "possessive",
        "by",
        "order_newest_first",
        "order_earliest_first",
    )
    if not (bag.has_conditions or bag.has(*PEOPLE_NOUNS, *asked)):
        said = [part.text for part in bag.parts] or ["(nothing)"]
        raise NotUnderstood(said, "this does not say which employees or what about them")
    order = order_asked(bag)
    limit = bag.take_one("limit_bare", "limit_top", "limit_first")
    if limit is not None and (not order or limit.value is None):
        raise NotUnderstood([limit.text or str(limit.value)], "the first how many, by what order?")
    fields = fields_asked(bag)
    return plans.PeopleList(
        fields, _by_the_name_shown(order, fields), limit.value if limit else None
    )


def _by_the_name_shown(
    order: tuple[plans.OrderKey, ...], fields: tuple[plans.Column, ...] | None
) -> tuple[plans.OrderKey, ...]:
    """ "first names of Sales interns, A-Z": one part of the name shown, A-Z is by that part."""
    for shown in ("first_name", "last_name"):
        if fields == (shown,) and order[:1] and order[0].key == "name":
            return (plans.OrderKey(shown, order[0].descending), *order[1:])
    return order
