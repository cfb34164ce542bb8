"""`QueryPlan` -> SQL, built as sqlglot expressions and rendered for the dialect.

Values are sqlglot literals (rendered with quotes doubled: O'Hara -> 'o''hara'), never spliced
into SQL text; fragments written as SQL (`_sql`) take them through sqlglot placeholders. Dates
are literal ISO strings, compared with hire_date as text on SQLite and as dates on PostgreSQL.
Lists of people end with tie-breakers: the same question, the same rows in the same order.
"""

from collections.abc import Callable
from typing import Any, cast

from sqlglot import exp

from gptbridge.domain import Dialect
from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.medians import median_hire_date, median_tenure
from gptbridge.engines.offline.result_columns import (
    AVERAGE_ALIAS,
    AVERAGE_ANY_ALIAS,
    COUNT_ALIAS,
    GROUP_SIZE_ALIAS,
    GROUPS_ALIAS,
    LENGTH_ALIAS,
    MATCHING_ALIAS,
    MEETS_ALIAS,
    PLACE_ALIAS,
    SHARE_ALIAS,
    SHARE_OF_ALL_ALIAS,
    WITH_ANY_ALIAS,
)
from gptbridge.engines.offline.sql_parts import (
    COMPARISONS,
    COUNTED_ALIAS,
    TENURE_DAYS,
    Scope,
    conjunction,
    count_star,
    filter_sql,
    group_expression,
    groups_against_average,
    groups_at_an_extreme,
    groups_worked_out_once,
    labelled,
    ordered,
    period_case,
    projection,
    shares_of_each,
    sql_fragment,
    tenure_in_units,
    tenure_order,
)
from gptbridge.schema import describe_directory

# Without a requested order, people come in directory order; ties in a requested order are
# broken by the name as the answer shows it ("Jailyn McClure" before "Leopold Johnston").
DIRECTORY_ORDER: tuple[plans.Column, ...] = ("last_name", "first_name", "id")
TIE_BREAKERS: tuple[plans.Column, ...] = ("first_name", "last_name", "id")


def render_sql(plan: plans.QueryPlan, dialect: Dialect) -> str:
    limiting: tuple[plans.Filter, ...] = plan.filters
    counted: tuple[plans.Filter, ...] = ()
    if isinstance(plan.shape, plans.AverageGroupSize) or (
        isinstance(plan.shape, plans.GroupCount) and plan.shape.counts_low
    ):
        # "Which title had the fewest hires in 2023": every title is a group, and only the rows
        # hired in 2023 count, so a title with none is counted as 0 rather than missed; those
        # on the grouping itself ("which department other than Sales") still pick the groups.
        limiting = tuple(f for f in plan.filters if _limits_groups(f, plan.shape.key))
        counted = tuple(f for f in plan.filters if f not in limiting)
    where = conjunction([filter_sql(f, dialect) for f in limiting])
    met = conjunction([filter_sql(f, dialect) for f in counted])
    scope = Scope(describe_directory(dialect).table, where, dialect, met)
    return BUILDERS[type(plan.shape)](plan.shape, scope).sql(dialect=dialect)


def _limits_groups(condition: plans.Filter, key: plans.GroupKey) -> bool:
    """Whether a condition says which groups exist, rather than who is counted in them."""
    if isinstance(condition, plans.AnyOf):
        return any(_limits_groups(option, key) for option in condition.options)
    if isinstance(condition, plans.ValueFilter):
        return condition.column == key
    if isinstance(condition, plans.TextFilter):
        return key in (condition.column, "email_domain" if condition.column == "email" else "")
    return False  # hire dates: shapes.py refuses them with a grouping by a part of the date


def _hire_date_bound(shape: plans.HireDateBound, scope: Scope) -> exp.Select:
    bound = exp.Max if shape.latest else exp.Min
    alias = "latest_hire_date" if shape.latest else "earliest_hire_date"
    return scope.select([bound(this=exp.column("hire_date")).as_(alias)])


def _hire_dates(shape: plans.HireDates, scope: Scope) -> exp.Select:
    hired = exp.column("hire_date")
    columns = [
        bound(this=hired.copy()).as_(alias)
        for bound, alias, asked in (
            (exp.Min, "earliest_hire_date", shape.earliest),
            (exp.Max, "latest_hire_date", shape.latest),
        )
        if asked
    ]
    if shape.key is None:
        return scope.select(columns)
    group = group_expression(shape.key, scope.dialect)
    query = scope.select([labelled(shape.key, group), *columns]).group_by(group.copy())
    return query.order_by(ordered(exp.column(shape.key), False, scope.dialect))


def _count_all(shape: plans.Count, scope: Scope) -> exp.Select:
    return scope.select([count_star().as_(COUNT_ALIAS)])


def _count_distinct(shape: plans.CountDistinct, scope: Scope) -> exp.Select:
    key = group_expression(shape.column, scope.dialect)
    distinct = exp.Count(this=exp.Distinct(expressions=[key])).as_(f"{shape.column}_count")
    people = [count_star().as_(COUNT_ALIAS)] if shape.people_too else []
    if shape.per is None:
        return scope.select([distinct, *people])
    group = group_expression(shape.per, scope.dialect)
    query = scope.select([labelled(shape.per, group), distinct]).group_by(group.copy())
    return query.order_by(ordered(exp.column(shape.per), False, scope.dialect))


def _distinct_values(shape: plans.DistinctValues, scope: Scope) -> exp.Select:
    """ "what titles are there", "list the e-mail domains" (a derived key, named after it)."""
    key = group_expression(shape.column, scope.dialect)
    query = scope.select([labelled(shape.column, key)]).distinct()
    return query.order_by(ordered(exp.column(shape.column), shape.descending, scope.dialect))


def _group_hire_extreme(shape: plans.GroupHireExtreme, scope: Scope) -> exp.Select:
    """Per group, everyone hired on the group's last (first) hire date: ties all kept."""
    key = group_expression(shape.key, scope.dialect)
    derived = [] if shape.key in plans.COLUMNS else [labelled(shape.key, key)]  # "hire_year"
    if shape.limit is not None or _reads_the_table_again(scope):  # by RANK: conditions read once
        return _group_hire_top(shape, scope, key, derived)
    bound = exp.Max if shape.latest else exp.Min
    extremes = scope.select([key.copy(), bound(this=exp.column("hire_date"))])
    extremes = extremes.group_by(key.copy())
    pair = exp.Tuple(expressions=[key.copy(), exp.column("hire_date")])
    condition = exp.In(this=pair, query=exp.Subquery(this=extremes))
    query = scope.select([exp.Star(), *derived], condition)
    return query.order_by(
        ordered(key.copy(), False, scope.dialect), *_people_order((), scope.dialect)
    )


def _group_hire_top(
    shape: plans.GroupHireExtreme, scope: Scope, key: exp.Expr, derived: list[exp.Expr]
) -> exp.Select:
    """Per group, the N (or 1) hired last (first) by RANK: whoever shares the N-th one's day
    is kept."""
    direction = "DESC" if shape.latest else "ASC"
    rank = sql_fragment(
        f"RANK() OVER (PARTITION BY :key ORDER BY hire_date {direction})", key=key.copy()
    )
    people = [exp.column(column) for column in plans.COLUMNS]
    ranked = scope.select([*people, *derived, rank.as_("hire_rank")])
    shown = [*people, *(exp.column(column.alias_or_name) for column in derived)]  # "hire_year"
    rows = exp.select(*(column.copy() for column in shown)).from_(ranked.subquery("ranked"))
    rows = rows.where(
        exp.LTE(this=exp.column("hire_rank"), expression=exp.Literal.number(shape.limit or 1))
    )
    order = (plans.OrderKey("hire_date", descending=shape.latest),)
    return rows.order_by(
        ordered(key.copy(), False, scope.dialect), *_people_order(order, scope.dialect)
    )


def _average_tenure(shape: plans.AverageTenure, scope: Scope) -> exp.Select:
    """Mean of (today - hire_date) in days / 365.25 (years) or / 30.4375 (months), rounded."""
    if shape.statistic == "median":
        return median_tenure(shape, scope)
    days = exp.Avg(this=sql_fragment(TENURE_DAYS[scope.dialect], today=shape.today.isoformat()))
    average = tenure_in_units(days, shape.unit)
    if shape.key is None:
        return scope.select([average, count_star().as_(COUNT_ALIAS)])
    group = group_expression(shape.key, scope.dialect)
    query = scope.select([labelled(shape.key, group), average, count_star().as_(COUNT_ALIAS)])
    query = query.group_by(group.copy())
    if shape.extreme is not None:
        best = _is_extreme(
            days, shape.extreme == "max", scope, [group], "group_average", "averages"
        )
        query = query.having(best)
    if shape.limit is not None:  # "the 3 departments with the longest average tenure"
        columns = [exp.column(name) for name in (shape.key, average.alias, COUNT_ALIAS)]
        query = _within_rank(query, days, shape.ranked == "longest", shape.limit, columns)
    exact = days if shape.limit is None else None  # a ranked query has only its columns left
    return query.order_by(*tenure_order(shape, scope.dialect, exact))


def _average_group_size(shape: plans.AverageGroupSize, scope: Scope) -> exp.Select:
    """Who are counted / the groups, rounded to 1 decimal: over every group (a value of the key
    in the directory, or a period from the span's first to its last), and over those with any."""
    group, scope = groups_worked_out_once(shape.key, scope, shape.each_year)
    counted = exp.Sum(this=exp.column(COUNTED_ALIAS))  # each row 1 when it meets the conditions
    with_any = sql_fragment(
        "CASE WHEN :counted = 1 THEN :group END", counted=exp.column(COUNTED_ALIAS), group=group
    )
    first, last = (
        exp.Literal.number(end) if end is not None else bound(this=group.copy())
        for end, bound in zip(shape.span, (exp.Min, exp.Max), strict=True)
    )
    groups: exp.Expr = exp.Count(this=exp.Distinct(expressions=[group.copy()]))
    if shape.key.startswith("hire_"):
        groups = sql_fragment(":last - :first + 1", last=last.copy(), first=first.copy())
    any_groups = exp.Count(this=exp.Distinct(expressions=[with_any]))
    average = "ROUND(1.0 * :counted / NULLIF(:groups, 0), 1)"
    return scope.select(
        [
            sql_fragment(average, counted=counted.copy(), groups=groups.copy()).as_(AVERAGE_ALIAS),
            sql_fragment(average, counted=counted.copy(), groups=any_groups.copy()).as_(
                AVERAGE_ANY_ALIAS
            ),
            counted.as_(COUNT_ALIAS),
            groups.as_(GROUP_SIZE_ALIAS),
            any_groups.as_(WITH_ANY_ALIAS),
            first.as_("first_group"),
            last.as_("last_group"),
        ]
    )


def _share(shape: plans.Share, scope: Scope) -> exp.Select:
    """100 * matching / all, rounded to 1 decimal; NULL (not an error) when no one is counted."""
    part = conjunction([filter_sql(f, scope.dialect) for f in shape.part])
    matching = "SUM(CASE WHEN :part THEN 1 ELSE 0 END)"
    ratio = f"ROUND(100.0 * {matching} / NULLIF(COUNT(*), 0), 1)"
    if shape.key is not None:
        return _group_share(shape, scope, sql_fragment(matching, part=part), part)
    if shape.each_whole:  # who meet both conditions, as a percentage of those meeting each
        both = sql_fragment(matching, part=part)
        return scope.select([both.as_("matching_count"), *shares_of_each(shape.part, both, scope)])
    return scope.select(
        [
            sql_fragment(ratio, part=part).as_(SHARE_ALIAS),
            sql_fragment(matching, part=part).as_("matching_count"),
            count_star().as_("total_count"),
        ]
    )


def _group_share(
    shape: plans.Share, scope: Scope, matching: exp.Expr, part: exp.Expr | None
) -> exp.Select:
    """Per group: who match, of how many, that as a percentage of the group, and of all who
    match (NULL when no one does)."""
    assert shape.key is not None
    group = group_expression(shape.key, scope.dialect)
    everyone = exp.Subquery(this=scope.select([count_star()], part))
    within = sql_fragment("100.0 * :matching / COUNT(*)", matching=matching.copy())
    of_all = sql_fragment(
        "ROUND(100.0 * :matching / NULLIF(:everyone, 0), 1)",
        matching=matching.copy(),
        everyone=everyone,
    )
    columns = [
        labelled(shape.key, group),
        matching.copy().as_(COUNT_ALIAS),
        count_star().as_(GROUP_SIZE_ALIAS),
        sql_fragment("ROUND(:within, 1)", within=within.copy()).as_(SHARE_ALIAS),
        of_all.as_(SHARE_OF_ALL_ALIAS),
    ]
    query = scope.select(columns).group_by(group.copy())
    if shape.extreme is not None:
        best = _is_extreme(within, shape.extreme == "max", scope, [group], "group_share", "shares")
        query = query.having(best)
    by_group = ordered(exp.column(shape.key), False, scope.dialect)
    if shape.ranked is None:
        return query.order_by(by_group)
    by_share = ordered(exp.column(SHARE_ALIAS), shape.ranked == "highest", scope.dialect)
    return query.order_by(by_share, by_group)


def _people_list(shape: plans.PeopleList, scope: Scope) -> exp.Select:
    query = scope.select(projection(shape.fields, shape.tenure_on, scope.dialect))
    if shape.limit is None:  # how many match, for an answer cut at the row limit
        query = query.select(sql_fragment("COUNT(*) OVER ()").as_(MATCHING_ALIAS))
    query = query.order_by(*_people_order(shape.order, scope.dialect))
    return query.limit(shape.limit) if shape.limit is not None else query


def _people_order(order: tuple[plans.OrderKey, ...], dialect: Dialect) -> list[exp.Ordered]:
    keys: list[tuple[plans.Column, bool]] = []
    for key in order:
        columns: tuple[plans.Column, ...] = (
            ("last_name", "first_name") if key.key == "name" else (cast(plans.Column, key.key),)
        )
        keys += [(column, key.descending) for column in columns]
    breakers = TIE_BREAKERS if keys else DIRECTORY_ORDER
    keys += [(column, False) for column in breakers]
    unique = list(dict.fromkeys(column for column, _ in keys))
    directions = dict(reversed(keys))  # the first mention of a column decides
    return [ordered(exp.column(column), directions[column], dialect) for column in unique]


def _person_check(shape: plans.PersonCheck, scope: Scope) -> exp.Select:
    """The person's rows, each with whether it meets the conditions (1 or 0)."""
    meets = conjunction([filter_sql(f, scope.dialect) for f in shape.conditions])
    flag = sql_fragment("CASE WHEN :meets THEN 1 ELSE 0 END", meets=meets).as_(MEETS_ALIAS)
    return scope.select([exp.Star(), flag]).order_by(*_people_order((), scope.dialect))


def _hire_extreme(shape: plans.HireExtreme, scope: Scope) -> exp.Select:
    """Everyone hired on the first/last hire date (or either): a tie never drops a person."""
    if _reads_the_table_again(scope) or shape.place is not None:
        return _ranked_hire_extreme(shape, scope)
    bounds = (exp.Min, exp.Max) if shape.both else (exp.Max if shape.latest else exp.Min,)
    dates = [exp.Subquery(this=scope.select([end(this=exp.column("hire_date"))])) for end in bounds]
    on_an_end: exp.Expr = exp.In(this=exp.column("hire_date"), expressions=dates)  # (MIN), (MAX)
    if not shape.both:
        on_an_end = exp.EQ(this=exp.column("hire_date"), expression=dates[0])
    query = scope.select(projection(shape.fields, shape.tenure_on, scope.dialect), on_an_end)
    return query.order_by(*_people_order(plans.BY_HIRE_DATE if shape.both else (), scope.dialect))


def _reads_the_table_again(scope: Scope) -> bool:
    """Whether a condition has a subquery ("in the same department as Lori Will")."""
    return scope.where is not None and any(scope.where.find_all(exp.Select))


def _ranked_hire_extreme(shape: plans.HireExtreme, scope: Scope) -> exp.Select:
    """The same by DENSE_RANK, for conditions that read the table again ("the first hire after
    Lori Will"), read once, not again for the date; and for a place ("the second newest")."""
    ways = ("asc", "desc") if shape.both else ("desc" if shape.latest else "asc",)
    rank = "DENSE_RANK() OVER (ORDER BY hire_date {})"
    ranks = [sql_fragment(rank.format(way.upper())).as_(f"{way}_rank") for way in ways]
    ranked = scope.select([*(exp.column(c) for c in plans.COLUMNS), *ranks])
    shown = projection(shape.fields or plans.COLUMNS, shape.tenure_on, scope.dialect)
    rows = exp.select(*shown).from_(ranked.subquery("ranked"))
    place = exp.Literal.number(shape.place or 1)  # "the second newest": the 2nd date
    there = exp.or_(*(exp.EQ(this=exp.column(f"{w}_rank"), expression=place.copy()) for w in ways))
    return rows.where(there).order_by(
        *_people_order(plans.BY_HIRE_DATE if shape.both else (), scope.dialect)
    )


def _length_extreme(shape: plans.LengthExtreme, scope: Scope) -> exp.Select:
    """Everyone whose name (e-mail) is as long (short) as the longest (shortest): ties kept."""
    length = exp.Length(this=exp.column(shape.column))
    bound = exp.Max if shape.longest else exp.Min
    extreme = exp.Subquery(this=scope.select([bound(this=length.copy())]))
    query = scope.select(
        [exp.Star(), length.copy().as_(LENGTH_ALIAS)], exp.EQ(this=length, expression=extreme)
    )
    return query.order_by(*_people_order((), scope.dialect))


def _group_count(shape: plans.GroupCount, scope: Scope) -> exp.Select:
    dialect = scope.dialect
    group = period_case(shape.periods) if shape.periods else group_expression(shape.key, dialect)
    counted: exp.Expr = count_star()
    if scope.met is not None:  # each row counts 1 when it meets the conditions: see render_sql
        counted = sql_fragment("SUM(CASE WHEN :met THEN 1 ELSE 0 END)", met=scope.met)
    columns = [labelled(shape.key, group), counted.copy().as_(COUNT_ALIAS)]
    if shape.share:
        whole = exp.Subquery(this=scope.select([count_star()]))
        columns.append(
            sql_fragment("ROUND(100.0 * COUNT(*) / :whole, 1)", whole=whole).as_(SHARE_ALIAS)
        )
    query = scope.select(columns)
    query = query.group_by(group.copy())
    having: list[exp.Expr | None] = []
    if shape.having is not None:
        compare = COMPARISONS[shape.having.comparison]
        number = exp.Literal.number(shape.having.number)
        having.append(compare(this=counted.copy(), expression=number))
    if shape.place is not None:
        return _groups_to_place(shape, scope, query, counted, columns)
    if shape.against_average is not None:  # each group against the average group
        rows = groups_against_average(query, counted, columns, shape.against_average)
        return rows.order_by(*_group_order(shape, scope.dialect))
    if shape.extreme is not None and scope.reads_the_table and not shape.periods:
        bounded = query.having(conjunction(having)) if any(having) else query
        rows = groups_at_an_extreme(bounded, counted, columns, shape.extreme == "max")
        return rows.order_by(*_group_order(shape, scope.dialect))
    if shape.extreme is not None:
        most = shape.extreme == "max"
        having.append(_is_extreme(counted, most, scope, [group], "group_size", "group_counts"))
    condition = conjunction(having)
    if condition is not None:
        query = query.having(condition)
    if shape.limit is not None and shape.order[:1] and shape.order[0].key == "count":
        return _top_groups(shape, scope, query, counted, columns)
    if shape.having is not None:  # how many groups: the total, whatever the row limit
        query = query.select(sql_fragment("COUNT(*) OVER ()").as_(GROUPS_ALIAS))
    query = query.order_by(*_group_order(shape, scope.dialect))
    return query.limit(shape.limit) if shape.limit is not None else query


def _cross_count(shape: plans.CrossCount, scope: Scope) -> exp.Select:
    groups = [group_expression(key, scope.dialect) for key in (shape.key, shape.then)]
    keys = [labelled(k, g) for k, g in zip((shape.key, shape.then), groups, strict=True)]
    columns = [*keys, count_star().as_(COUNT_ALIAS)]
    query = scope.select(columns).group_by(*(group.copy() for group in groups))
    if shape.having is not None:
        compare = COMPARISONS[shape.having.comparison]
        number = exp.Literal.number(shape.having.number)
        query = query.having(compare(this=count_star(), expression=number))
    if shape.extreme is not None and shape.within:  # each value of the first: the most of it
        query = groups_at_an_extreme(query, count_star(), columns, True, within=groups[0].copy())
    elif shape.extreme is not None:
        query = query.having(_is_extreme(count_star(), True, scope, groups, "pair_size", "pairs"))
    order = [ordered(exp.column(key), False, scope.dialect) for key in (shape.key, shape.then)]
    return query.order_by(*order)


def _top_groups(
    shape: plans.GroupCount,
    scope: Scope,
    query: exp.Select,
    counted: exp.Expr,
    columns: list[exp.Expr],
) -> exp.Select:
    """The N groups with the most (fewest) people."""
    assert shape.limit is not None
    names = [exp.column(column.alias_or_name) for column in columns]
    rows = _within_rank(query, counted, shape.order[0].descending, shape.limit, names)
    return rows.order_by(*_group_order(shape, scope.dialect))


def _within_rank(
    query: exp.Select, measure: exp.Expr, descending: bool, limit: int, names: list[exp.Column]
) -> exp.Select:
    """The groups of `query` ranked by `measure` down to `limit`, by RANK: a group tied with
    the last one kept is kept too."""
    direction = "DESC" if descending else "ASC"
    rank = sql_fragment(f"RANK() OVER (ORDER BY :measure {direction})", measure=measure.copy())
    ranked = query.select(rank.as_("group_rank"))
    rows = exp.select(*names).from_(ranked.subquery("ranked"))
    return rows.where(exp.LTE(this=exp.column("group_rank"), expression=exp.Literal.number(limit)))


def _groups_to_place(
    shape: plans.GroupCount,
    scope: Scope,
    query: exp.Select,
    counted: exp.Expr,
    columns: list[exp.Expr],
) -> exp.Select:
    """The groups down to the asked place by DENSE_RANK (tied groups share a place), each with
    its place, first place first."""
    assert shape.place is not None
    direction = "DESC" if shape.extreme == "max" else "ASC"
    place = sql_fragment(
        f"DENSE_RANK() OVER (ORDER BY :counted {direction})", counted=counted.copy()
    )
    ranked = query.select(place.as_(PLACE_ALIAS))
    names = [exp.column(column.alias_or_name) for column in (*columns, place.as_(PLACE_ALIAS))]
    rows = exp.select(*names).from_(ranked.subquery("ranked"))
    within = exp.LTE(this=exp.column(PLACE_ALIAS), expression=exp.Literal.number(shape.place))
    order = [exp.column(PLACE_ALIAS), *_group_order(shape, scope.dialect)]
    return rows.where(within).order_by(*order)


def _is_extreme(
    aggregate: exp.Expr, most: bool, scope: Scope, groups: list[exp.Expr], name: str, alias: str
) -> exp.Expr:
    """`aggregate` equals its largest (smallest) value over the groups: tied groups all kept."""
    values = scope.select([aggregate.copy().as_(name)]).group_by(*(g.copy() for g in groups))
    bound = exp.Max if most else exp.Min
    best = exp.select(bound(this=exp.column(name))).from_(
        exp.Subquery(this=values, alias=exp.TableAlias(this=exp.to_identifier(alias)))
    )
    return exp.EQ(this=aggregate, expression=exp.Subquery(this=best))


def _group_order(shape: plans.GroupCount, dialect: Dialect) -> list[exp.Ordered]:
    if shape.periods:  # in time, not by name
        return [ordered(exp.Min(this=exp.column("hire_date")), False, dialect)]
    directions: dict[str, bool] = {}
    for key in (*shape.order, plans.OrderKey("group")):
        directions.setdefault(COUNT_ALIAS if key.key == "count" else shape.key, key.descending)
    return [ordered(exp.column(name), desc, dialect) for name, desc in directions.items()]


# --- small builders ----------------------------------------------------------------------------


BUILDERS: dict[type, Callable[[Any, Scope], exp.Select]] = {
    plans.PeopleList: _people_list,
    plans.PersonCheck: _person_check,
    plans.HireExtreme: _hire_extreme,
    plans.LengthExtreme: _length_extreme,
    plans.HireDateBound: _hire_date_bound,
    plans.HireDates: _hire_dates,
    plans.Count: _count_all,
    plans.CountDistinct: _count_distinct,
    plans.DistinctValues: _distinct_values,
    plans.GroupCount: _group_count,
    plans.CrossCount: _cross_count,
    plans.GroupHireExtreme: _group_hire_extreme,
    plans.AverageTenure: _average_tenure,
    plans.MedianHireDate: median_hire_date,
    plans.AverageGroupSize: _average_group_size,
    plans.Share: _share,
}
