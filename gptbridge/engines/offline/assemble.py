"""Chunks -> `QueryPlan`: combine what each phrase said into one query, or refuse.

Conditions of one kind joined by and/or become alternatives (a person has one department);
conditions of different kinds all apply. Whatever does not fit (a "not" with nothing to negate,
"top 5" with no order, "Sales or managers") is refused with the words concerned, never guessed.
"""

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar, cast

from gptbridge.engines.offline.chunks import (
    Attribute,
    Condition,
    Connector,
    CountWord,
    Direction,
    DistinctWord,
    FieldWord,
    Filler,
    GroupBy,
    HavingCount,
    Most,
    Negation,
    NewHires,
    NumberWord,
    OrderBy,
    Personal,
    Placed,
    Recency,
    SortWord,
    TopN,
    Unclear,
    When,
    Who,
)
from gptbridge.engines.offline.plan import (
    AnyOf,
    Column,
    Count,
    CountDistinct,
    DateFilter,
    DistinctValues,
    Filter,
    GroupCount,
    GroupKey,
    Having,
    HireDateBound,
    HireExtreme,
    MonthFilter,
    OrderKey,
    PeopleList,
    QueryPlan,
    Shape,
    ValueFilter,
)

GROUPABLE = ("department", "title", "hire_year")
C = TypeVar("C")


class NotUnderstood(Exception):
    """The question, or part of it, could not be interpreted; `words` are the culprits."""

    def __init__(self, words: Sequence[str], reason: str = ""):
        self.words = list(words)
        self.reason = reason
        super().__init__(reason or ", ".join(words))


def assemble(placed: list[Placed]) -> QueryPlan:
    placed = _drop_condition_subjects(placed)
    for item in placed:
        if isinstance(item.chunk, Unclear):
            raise NotUnderstood([item.words], item.chunk.reason)
    _refuse_reporting_lines(placed)
    plan = QueryPlan(filters=build_filters(placed), shape=build_shape(placed))
    _refuse_new_hires_without_a_date(placed, plan)
    _refuse_negated_membership(placed, plan)
    if plan == QueryPlan((), PeopleList()) and not any(
        isinstance(item.chunk, Filler) and item.chunk.people for item in placed
    ):
        # "hello?" is not a request for the whole directory; "list everyone" is.
        raise NotUnderstood([], "the question asks for nothing the engine recognises")
    return plan


SUBJECT_LINKS = frozenset({"is", "was", "=", ":", "are", "were"})
CONDITION_COLUMNS = {
    "date": {"hire_date"},
    "email": {"email"},
    "name": {"name", "first_name", "last_name"},
}


def _drop_condition_subjects(placed: list[Placed]) -> list[Placed]:
    """ "whose hire date is in 2019", "with an email at gmail": the column names the condition
    that follows; it is not a column to show."""
    kept: list[Placed] = []
    for position, item in enumerate(placed):
        if isinstance(item.chunk, FieldWord) and _subject_of_next_condition(
            placed, position, item.chunk.field
        ):
            kept.append(Placed(Filler(), item.start, item.end, item.words))
        else:
            kept.append(item)
    return kept


def _subject_of_next_condition(placed: list[Placed], position: int, field: str) -> bool:
    for following in placed[position + 1 :]:
        if isinstance(following.chunk, Filler) and following.words.lower() in SUBJECT_LINKS:
            continue
        return isinstance(following.chunk, Condition) and field in CONDITION_COLUMNS.get(
            following.chunk.kind, set()
        )
    return False


RELATION_WORDS = frozenset({"of", "for", "to"})
OWNER_WORDS = frozenset({"whose", "their", "his", "her", "its"})


def _refuse_new_hires_without_a_date(placed: list[Placed], plan: QueryPlan) -> None:
    words = [item.words for item in placed if isinstance(item.chunk, NewHires)]
    if words and not any(isinstance(f, DateFilter | MonthFilter) for f in _flat(plan.filters)):
        raise NotUnderstood(words, "new since when? Say e.g. 'hired this year'")


def _refuse_negated_membership(placed: list[Placed], plan: QueryPlan) -> None:
    """ "departments without VPs" means departments that have none, not departments of people
    who are not VPs; the engine cannot express the first, so it refuses both."""
    column = plan.shape.column if isinstance(plan.shape, DistinctValues | CountDistinct) else None
    if column is None:
        return
    for condition in _flat(plan.filters):
        negated = getattr(condition, "negated", False)
        if negated and getattr(condition, "column", None) != column:
            words = [item.words for item in placed if isinstance(item.chunk, Negation)]
            raise NotUnderstood(
                words or ["not"], f"{column}s that have none, or {column}s of the others?"
            )


def _flat(filters: Sequence[Filter]) -> list[Filter]:
    flat: list[Filter] = []
    for condition in filters:
        flat += _flat(condition.options) if isinstance(condition, AnyOf) else [condition]
    return flat


def _refuse_reporting_lines(placed: list[Placed]) -> None:
    """ "the manager of Jailyn McClure", "Leopold's assistant": the directory has no such links.

    Read as "Managers named Jailyn McClure" the answer would be wrong, so such questions are
    refused instead.
    """
    meaningful = [
        item
        for item in placed
        if not (isinstance(item.chunk, Filler) and item.words.lower() in ("the", "a", "an"))
    ]
    for first, second, third in zip(meaningful, meaningful[1:], meaningful[2:], strict=False):
        if (
            isinstance(first.chunk, Attribute)
            and first.chunk.column == "title"
            and second.words.lower() in RELATION_WORDS
            and isinstance(third.chunk, Condition)
            and third.chunk.kind == "name"
        ):
            raise NotUnderstood(
                [first.words, second.words, third.words],
                "the directory does not record who works for whom",
            )
    for first, second in itertools.pairwise(meaningful):
        owner = (isinstance(first.chunk, Condition) and first.chunk.possessive) or (
            first.words.lower() in OWNER_WORDS
        )
        if owner and isinstance(second.chunk, Attribute) and second.chunk.column == "title":
            raise NotUnderstood(
                [first.words, second.words], "the directory does not record who works for whom"
            )


# --- filters ---------------------------------------------------------------------------------


@dataclass
class _Run:
    """Conditions of one kind joined by connectors: "in Sales or Marketing"."""

    kind: str
    negated: bool
    items: list[Placed] = field(default_factory=list)
    connectors: list[str] = field(default_factory=list)


def _kind(chunk: Attribute | Condition) -> str:
    return chunk.column if isinstance(chunk, Attribute) else chunk.kind


def build_filters(placed: list[Placed]) -> tuple[Filter, ...]:
    runs = _runs([item for item in placed if not isinstance(item.chunk, Filler)])
    _refuse_separate_positive_runs(runs)
    filters: list[Filter] = []
    for run in runs:
        filters.extend(_run_filters(run))
    return tuple(filters)


def _runs(placed: list[Placed]) -> list[_Run]:
    runs: list[_Run] = []
    current: _Run | None = None
    connector: Placed | None = None
    negation: Placed | None = None
    for item in placed:
        chunk = item.chunk
        if isinstance(chunk, Negation):
            if negation is not None:
                raise NotUnderstood([negation.words, item.words], "a double negation")
            negation, current, connector = item, None, None
        elif isinstance(chunk, Connector):
            connector = item if current is not None else None
        elif isinstance(chunk, Attribute | Condition):
            kind = _kind(chunk)
            if current is not None and connector is not None and current.kind == kind:
                current.items.append(item)
                current.connectors.append(cast(Connector, connector.chunk).kind)
            else:
                if current is not None and connector is not None:
                    _check_mixed_connector(current, connector, item)
                current = _Run(kind, negated=negation is not None, items=[item])
                runs.append(current)
                negation = None
            connector = None
        else:
            if negation is not None:
                raise NotUnderstood(
                    [negation.words], "it is not clear what the negation applies to"
                )
            connector = None
            # Any other phrase ends a list of alternatives ("in Sales, sorted by name, or ...").
            if not isinstance(chunk, Personal | When | Who | DistinctWord):
                current = None
    if negation is not None:
        raise NotUnderstood([negation.words], "it is not clear what the negation applies to")
    return runs


def _check_mixed_connector(current: _Run, connector: Placed, item: Placed) -> None:
    """ "Sales or managers", "engineers and interns": which people are meant is unclear."""
    kind = cast(Connector, connector.chunk).kind
    previous, chunk = current.items[-1], item.chunk
    both_attributes = isinstance(previous.chunk, Attribute) and isinstance(chunk, Attribute)
    if kind == "or" or (kind == "and" and both_attributes):
        raise NotUnderstood(
            [previous.words, connector.words, item.words],
            f"'{previous.words} {connector.words} {item.words}' could mean people who are both "
            "or people who are either",
        )


def _refuse_separate_positive_runs(runs: list[_Run]) -> None:
    """ "engineers hired in 2019 and marketers hired in 2020" is two questions in one."""
    seen: dict[str, _Run] = {}
    for run in runs:
        if run.negated or run.kind not in ("department", "title"):
            continue
        earlier = seen.get(run.kind)
        if earlier is not None and _values(earlier) != _values(run):
            words = [item.words for item in earlier.items + run.items]
            raise NotUnderstood(words, f"several separate {run.kind} conditions")
        seen[run.kind] = run


def _values(run: _Run) -> tuple[str, ...]:
    return tuple(
        sorted({item.chunk.value for item in run.items if isinstance(item.chunk, Attribute)})
    )


def _run_filters(run: _Run) -> list[Filter]:
    if run.kind in ("department", "title"):
        column = cast(Literal["department", "title"], run.kind)
        values = tuple(dict.fromkeys(_values_in_order(run)))
        return [ValueFilter(column, values, run.negated)]
    conditions = [cast(Condition, item.chunk) for item in run.items]
    if len(conditions) == 1:
        return [_negate(conditions[0].filter, run.negated)]
    alternatives = all(
        kind == "or" or (kind in ("and", "list") and conditions[0].alternative_on_and)
        for kind in run.connectors
    ) and all(condition.alternative_on_and for condition in conditions)
    if alternatives or all(kind == "or" for kind in run.connectors):
        return [AnyOf(tuple(c.filter for c in conditions), negated=run.negated)]
    if any(kind == "or" for kind in run.connectors) or run.negated:
        words = [item.words for item in run.items]
        raise NotUnderstood(words, "a mix of 'and' and 'or' between conditions")
    return [condition.filter for condition in conditions]


def _values_in_order(run: _Run) -> list[str]:
    return [item.chunk.value for item in run.items if isinstance(item.chunk, Attribute)]


def _negate(condition: Filter, negated: bool) -> Filter:
    if not negated:
        return condition
    if isinstance(condition, AnyOf):
        return AnyOf(condition.options, negated=not condition.negated)
    return type(condition)(**{**condition.__dict__, "negated": not condition.negated})


# --- shape -----------------------------------------------------------------------------------


@dataclass
class _Parts:
    """The non-filter chunks of a question, by type."""

    placed: list[Placed]

    def of(self, kind: type[C]) -> list[C]:
        return [item.chunk for item in self.placed if isinstance(item.chunk, kind)]

    def words(self, *kinds: type) -> list[str]:
        return [item.words for item in self.placed if isinstance(item.chunk, kinds)]

    def has(self, *kinds: type) -> bool:
        return any(isinstance(item.chunk, kinds) for item in self.placed)


def build_shape(placed: list[Placed]) -> Shape:
    parts = _Parts(placed)
    if parts.has(Most):
        return _most_shape(parts)
    if _lists_people_per_group(parts):
        return _people_per_group(parts)
    if parts.has(CountWord, GroupBy, HavingCount) or _orders_by_count(parts):
        return _count_shape(parts)
    if parts.has(Recency, TopN):
        return _recency_shape(parts)
    return _list_shape(parts)


def _lists_people_per_group(parts: _Parts) -> bool:
    """ "Who are the presidents in each department?" asks for people, grouped, not a count."""
    return (
        parts.has(GroupBy)
        and parts.has(Who)
        and not parts.has(CountWord, HavingCount, Recency, TopN, NumberWord)
        and not _orders_by_count(parts)
    )


def _people_per_group(parts: _Parts) -> PeopleList:
    keys = list(dict.fromkeys(group.key for group in parts.of(GroupBy)))
    if len(keys) > 1:
        raise NotUnderstood(parts.words(GroupBy), "grouping by two things at once")
    key: Column = "hire_date" if keys[0] == "hire_year" else cast(Column, keys[0])
    listed = _list_shape(parts)
    if not isinstance(listed, PeopleList):
        raise NotUnderstood(parts.words(GroupBy, FieldWord), "a list of values per group")
    order = (OrderKey(key), *(o for o in listed.order if o.key != key))
    return PeopleList(fields=listed.fields, order=order, limit=None)


def _orders_by_count(parts: _Parts) -> bool:
    """ "departments sorted by headcount": a count per group without "how many"."""
    return any(order.key == "count" for order in parts.of(OrderBy)) or any(
        direction.key == "count" for direction in parts.of(Direction)
    )


def _refuse_unless_absent(parts: _Parts, kinds: tuple[type, ...], reason: str) -> None:
    if parts.has(*kinds):
        raise NotUnderstood(parts.words(*kinds), reason)


def _most_shape(parts: _Parts) -> GroupCount:
    """which department has the most employees / the least common title in Sales."""
    highest = {most.highest for most in parts.of(Most)}
    if len(highest) > 1:
        raise NotUnderstood(parts.words(Most), "both 'most' and 'fewest'")
    _refuse_unless_absent(
        parts,
        (Recency, TopN, NumberWord, HavingCount, When, SortWord, Direction),
        "'most' or 'fewest' together with another order or limit",
    )
    key = _group_key(parts, from_fields=True)
    if key is None:
        raise NotUnderstood(
            parts.words(Most), "'most' or 'fewest' of what (department, title, year)?"
        )
    return GroupCount(key=key, extreme="max" if highest.pop() else "min")


def _count_shape(parts: _Parts) -> Count | CountDistinct | GroupCount:
    _refuse_unless_absent(parts, (Recency, When), "counting together with 'newest' or 'when'")
    per_group = any(count.per_group for count in parts.of(CountWord))
    grouped = parts.has(HavingCount, GroupBy) or _orders_by_count(parts) or per_group
    key = _group_key(parts, from_fields=grouped)
    if key is None:
        _refuse_unless_absent(parts, (HavingCount,), "'more than N' of what group?")
        _refuse_unless_absent(
            parts,
            (TopN, NumberWord, SortWord, Direction, OrderBy),
            "an order or limit on a single count",
        )
        fields = _fields(parts)
        if fields and set(fields) <= {"department", "title"} and len(set(fields)) == 1:
            return CountDistinct(cast(Literal["department", "title"], fields[0]))
        if fields:
            raise NotUnderstood(parts.words(FieldWord), "a count together with columns to show")
        return Count()
    return GroupCount(
        key=key,
        order=_group_order(parts, key),
        having=_having(parts),
        limit=_group_limit(parts),
    )


def _group_key(parts: _Parts, *, from_fields: bool) -> GroupKey | None:
    """The one thing to group by: "per department", "by title", or the field named."""
    keys: list[str] = [group.key for group in parts.of(GroupBy)]
    keys += [
        order.key for order in parts.of(OrderBy) if not order.explicit and order.key in GROUPABLE
    ]
    if not keys and from_fields:
        keys = [str(f.field) for f in parts.of(FieldWord) if f.field in GROUPABLE]
    distinct = list(dict.fromkeys(keys))
    if len(distinct) > 1:
        raise NotUnderstood(
            parts.words(GroupBy, FieldWord, OrderBy), "grouping by two things at once"
        )
    others = [f.field for f in parts.of(FieldWord) if f.field not in distinct]
    if distinct and others:
        raise NotUnderstood(parts.words(FieldWord), "columns to show together with a count")
    return cast(GroupKey, distinct[0]) if distinct else None


def _group_order(parts: _Parts, key: GroupKey) -> tuple[OrderKey, ...]:
    orders: list[OrderKey] = []
    for order in parts.of(OrderBy):
        if not order.explicit and order.key in (key, "hire_date"):
            continue  # the "by department" that named the group
        if order.key == "count":
            orders.append(
                OrderKey("count", descending=True if order.descending is None else order.descending)
            )
        elif order.key in (key, "hire_date" if key == "hire_year" else key):
            orders.append(OrderKey("group", descending=bool(order.descending)))
        else:
            raise NotUnderstood(parts.words(OrderBy), "an order that is not the count or the group")
    for direction in parts.of(Direction):
        if direction.key == "hire_date" and key == "hire_year":
            orders = [o for o in orders if o.key != "group"]
            orders.append(OrderKey("group", direction.descending))
        elif direction.key == "count" or (direction.key is None and orders):
            target = "count" if direction.key == "count" else orders[-1].key
            orders = [o for o in orders if o.key != target]
            orders.append(OrderKey(cast(Literal["count", "group"], target), direction.descending))
        elif direction.key is None:
            orders.append(OrderKey("group", direction.descending))
        else:
            raise NotUnderstood(
                parts.words(Direction), "an order that is not the count or the group"
            )
    if parts.of(TopN) and not orders:
        orders.append(OrderKey("count", descending=True))
    return tuple(orders)


def _group_limit(parts: _Parts) -> int | None:
    tops = parts.of(TopN)
    _refuse_unless_absent(parts, (NumberWord,), "a number that is not a limit")
    if not tops:
        return None
    if len(tops) > 1 or tops[0].latest is not None:
        raise NotUnderstood(parts.words(TopN), "a limit that does not fit a count")
    return tops[0].number


def _having(parts: _Parts) -> Having | None:
    havings = parts.of(HavingCount)
    if len(havings) > 1:
        raise NotUnderstood(parts.words(HavingCount), "two conditions on the count")
    return Having(havings[0].comparison, havings[0].number) if havings else None


def _recency_shape(parts: _Parts) -> PeopleList | HireExtreme | HireDateBound:
    """the newest hire / the 5 most recent hires / top 3 alphabetically / when was the last hire."""
    _refuse_unless_absent(parts, (DistinctWord,), "'different' with a list of people")
    recencies = {recency.latest for recency in parts.of(Recency)}
    tops = parts.of(TopN)
    numbers = parts.of(NumberWord)
    if len(recencies) > 1 or len(tops) > 1 or len(numbers) > 1 or (tops and numbers):
        raise NotUnderstood(parts.words(Recency, TopN, NumberWord), "conflicting orders or limits")
    directions = {top.latest for top in tops if top.latest is not None} | recencies
    if len(directions) > 1:
        raise NotUnderstood(parts.words(Recency, TopN), "both newest and oldest")
    limit = tops[0].number if tops else (numbers[0].number if numbers else None)
    if directions:
        latest = directions.pop()
        if limit is None:
            return _extreme_shape(parts, latest)
        _refuse_unless_absent(
            parts, (OrderBy, SortWord, Direction, When), "a second order after newest/oldest"
        )
        by_hire: tuple[OrderKey, ...] = (OrderKey("hire_date", descending=latest),)
        return PeopleList(fields=_people_fields(parts), order=by_hire, limit=limit)
    order = _list_order(parts)
    if not order:
        raise NotUnderstood(
            parts.words(TopN, NumberWord), "a limit without an order (top by what?)"
        )
    return PeopleList(fields=_people_fields(parts), order=order, limit=limit)


def _extreme_shape(parts: _Parts, latest: bool) -> HireExtreme | HireDateBound:
    _refuse_unless_absent(
        parts, (OrderBy, SortWord, Direction), "an order on the newest/oldest hire"
    )
    fields = _fields(parts)
    if parts.has(When) or fields == ["hire_date"]:
        if parts.has(Personal):
            return HireExtreme(latest=latest, fields=_people_fields(parts))
        return HireDateBound(latest=latest)
    return HireExtreme(latest=latest, fields=_people_fields(parts))


def _list_shape(parts: _Parts) -> PeopleList | DistinctValues:
    _refuse_unless_absent(parts, (NumberWord,), "a number that is neither a date nor a limit")
    fields = _fields(parts)
    personal = (
        parts.has(Personal)
        or _people_before_fields(parts)
        or any(
            isinstance(item.chunk, Condition) and item.chunk.kind in ("name", "email")
            for item in parts.placed
        )
    )
    if (
        fields
        and set(fields) <= {"department", "title"}
        and len(set(fields)) == 1
        and not (personal or parts.has(When))
    ):
        descending = any(d.descending for d in parts.of(Direction)) or any(
            bool(o.descending) for o in parts.of(OrderBy)
        )
        _check_distinct_order(parts, fields[0])
        return DistinctValues(cast(Literal["department", "title"], fields[0]), descending)
    _refuse_unless_absent(parts, (DistinctWord,), "'different' with a list of people")
    return PeopleList(fields=_people_fields(parts), order=_list_order(parts), limit=None)


def _people_before_fields(parts: _Parts) -> bool:
    """ "employees in departments other than Sales" is about the employees; "which departments
    have interns" and "what titles do people in Sales have" are about the values."""
    for item in parts.placed:
        if isinstance(item.chunk, FieldWord):
            return False
        if isinstance(item.chunk, Filler) and item.chunk.people:
            return True
    return False


def _check_distinct_order(parts: _Parts, column: str) -> None:
    for order in parts.of(OrderBy):
        if order.key not in (column, "name"):
            raise NotUnderstood(parts.words(OrderBy), "an order that does not fit a list of values")


def _fields(parts: _Parts) -> list[str]:
    fields: list[str] = [f.field for f in parts.of(FieldWord)]
    if "hire_year" in fields:
        raise NotUnderstood(parts.words(FieldWord), "the hire year as a column to show")
    return fields


def _people_fields(parts: _Parts) -> tuple[Column, ...] | None:
    """The columns asked for, names first (so every row says who it is), or None for all."""
    asked = _fields(parts)
    if parts.has(When) and "hire_date" not in asked:
        asked.append("hire_date")
    if not asked:
        return None
    columns: list[str] = []
    if "name" not in asked and "first_name" not in asked and "last_name" not in asked:
        columns += ["first_name", "last_name"]
    for column in asked:
        columns += ["first_name", "last_name"] if column == "name" else [column]
    return cast(tuple[Column, ...], tuple(dict.fromkeys(columns)))


def _list_order(parts: _Parts) -> tuple[OrderKey, ...]:
    """The order of a list of people: keys as said, directions attached to their key."""
    orders: list[OrderKey] = []
    for order in parts.of(OrderBy):
        key = "hire_date" if order.key == "hire_year" else order.key
        if key == "count":
            raise NotUnderstood(parts.words(OrderBy), "ordering people by a count")
        orders.append(OrderKey(cast(Column, key), bool(order.descending)))
    for direction in parts.of(Direction):
        orders = _apply_direction(parts, orders, direction)
    if parts.has(SortWord) and not orders:
        raise NotUnderstood(parts.words(SortWord), "sorted by what?")
    return tuple(dict.fromkeys(orders))


def _apply_direction(parts: _Parts, orders: list[OrderKey], direction: Direction) -> list[OrderKey]:
    if direction.key == "count":
        raise NotUnderstood(parts.words(Direction), "ordering people by a count")
    if direction.key is None:
        if not orders:
            raise NotUnderstood(parts.words(Direction), "ascending or descending by what?")
        last = orders[-1]
        return [*orders[:-1], OrderKey(last.key, direction.descending)]
    key = cast(Column, direction.key)
    same = [o for o in orders if o.key == key]
    if same:
        return [OrderKey(o.key, direction.descending) if o.key == key else o for o in orders]
    # "alphabetically by first name": the direction names a key, the order a finer one.
    if direction.key == "name" and any(o.key in ("first_name", "last_name") for o in orders):
        return orders
    return [*orders, OrderKey(key, direction.descending)]
