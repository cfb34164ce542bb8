"""Medians: the middle tenure or hire date of those in scope (of each group), found by
numbering the rows in order (`ROW_NUMBER()`), on both databases."""

from sqlglot import exp

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.result_columns import AVERAGE_HIRE_YEAR_ALIAS, COUNT_ALIAS
from gptbridge.engines.offline.sql_parts import (
    TENURE_DAYS,
    Scope,
    group_expression,
    labelled,
    ordered,
    sql_fragment,
    tenure_in_units,
    tenure_order,
)


def median_tenure(shape: plans.AverageTenure, scope: Scope) -> exp.Select:
    """The middle tenure of each group, or the mean of the two middle ones for an even count."""
    days = sql_fragment(TENURE_DAYS[scope.dialect], today=shape.today.isoformat())
    keys = [exp.column(shape.key)] if shape.key else []
    query = exp.select(
        *(key.copy() for key in keys),
        tenure_in_units(sql_fragment("AVG(days)"), shape.unit, "median"),
        sql_fragment("MAX(counted)").as_(COUNT_ALIAS),
    ).from_(_middle_rows(days, "days", shape.key, scope).subquery("middle"))
    if not keys:
        return query
    return query.group_by(*keys).order_by(*tenure_order(shape, scope.dialect))


def median_hire_date(shape: plans.MedianHireDate, scope: Scope) -> exp.Select:
    """The one or two middle hire dates of each group (two for an even count); or, for `mean`,
    the average hire year of each group."""
    if shape.mean:
        return _average_hire_year(shape, scope)
    middle = _middle_rows(exp.column("hire_date"), "hire_date", shape.key, scope)
    keys = [exp.column(shape.key)] if shape.key else []
    query = exp.select(*keys, exp.column("hire_date"), exp.column("counted").as_(COUNT_ALIAS))
    order = [*keys, exp.column("hire_date")]
    return query.from_(middle.subquery("middle")).order_by(
        *(ordered(column.copy(), False, scope.dialect) for column in order)
    )


def _middle_rows(
    value: exp.Expr, name: str, key: plans.GroupKey | None, scope: Scope
) -> exp.Select:
    """The rows at the middle of each group by `value` (as `name`): numbered 1..n in order, the
    positions p with n <= 2p <= n + 2 (one row for an odd n, two for an even n)."""
    group = group_expression(key, scope.dialect) if key else None
    partition = "PARTITION BY :group" if group is not None else ""
    numbered = [
        value.copy().as_(name),
        sql_fragment(
            f"ROW_NUMBER() OVER ({partition} ORDER BY :value)", group=group, value=value
        ).as_("position"),
        sql_fragment(f"COUNT(*) OVER ({partition})", group=group).as_("counted"),
        *([labelled(key, group)] if key and group is not None else []),
    ]
    rows = exp.select(exp.Star()).from_(scope.select(numbered).subquery("numbered"))
    return rows.where(sql_fragment("2 * position BETWEEN counted AND counted + 2"))


def _average_hire_year(shape: plans.MedianHireDate, scope: Scope) -> exp.Select:
    year = group_expression("hire_year", scope.dialect)
    average = sql_fragment("ROUND(AVG(:year), 1)", year=year).as_(AVERAGE_HIRE_YEAR_ALIAS)
    group = group_expression(shape.key, scope.dialect) if shape.key else None
    columns = [labelled(shape.key, group)] if shape.key and group is not None else []
    query = scope.select([*columns, average, sql_fragment("COUNT(*)").as_(COUNT_ALIAS)])
    if group is None:
        return query
    return query.group_by(group.copy()).order_by(ordered(group.copy(), False, scope.dialect))
