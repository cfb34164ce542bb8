"""SQL for a plan's conditions, and what the queries share: hire-date parts, group keys,
tenure in days, and the `Scope` (table, conditions, dialect) every query of a plan starts from.

Built as sqlglot expressions (values as literals, never spliced into text); `render.py` puts
them into whole queries.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

import sqlglot
from sqlglot import exp

from gptbridge.domain import Dialect
from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.result_columns import AVERAGE_ALIAS, COUNT_ALIAS, TENURE_ALIAS
from gptbridge.engines.offline.words import SEASON_NAMES, SEASONS
from gptbridge.schema import describe_directory

# Days from hire to `:today` (an ISO date) on each database.
TENURE_DAYS = {
    "sqlite": "JULIANDAY(:today) - JULIANDAY(hire_date)",
    "postgres": "CAST(:today AS DATE) - hire_date",
}
LIKE_ESCAPE = "!"
FULL_NAME = "first_name || ' ' || last_name"
# Parts of hire_date, as said in the plan -> as sqlglot names them.
DATE_PARTS = {
    "year": "YEAR",
    "month": "MONTH",
    "weekday": "DOW",
    "quarter": "QUARTER",
    "day": "DAY",
}


def filter_sql(condition: plans.Filter, dialect: Dialect) -> exp.Expr:
    if isinstance(condition, plans.SameDayFilter | plans.SameAsFilter):
        return _relative_to_person(condition, dialect)
    if isinstance(condition, plans.ValueFilter):
        expression = _value_filter(condition)
    elif isinstance(condition, plans.DateFilter):
        expression = _date_filter(condition)
    elif isinstance(condition, plans.DatePartFilter):
        expression = _date_part_filter(condition, dialect)
    elif isinstance(condition, plans.TextFilter):
        expression = _text_filter(condition)
    elif isinstance(condition, plans.LengthFilter):
        compare = COMPARISONS[condition.comparison]
        length = exp.Length(this=exp.column(condition.column))
        expression = compare(this=length, expression=exp.Literal.number(condition.number))
    elif isinstance(condition, plans.SameInitialsFilter):
        expression = exp.EQ(this=_initial("first_name"), expression=_initial("last_name"))
    elif (merged := _one_date_part(condition.options)) is not None:
        expression = _date_part_filter(merged, dialect)  # "on Saturday or Sunday": IN (0, 6)
    else:
        options = [filter_sql(option, dialect) for option in condition.options]
        expression = exp.Paren(this=exp.or_(*options, wrap=False, copy=False))
    if condition.negated and not isinstance(expression, exp.Paren):
        expression = exp.Paren(this=expression)
    return exp.Not(this=expression) if condition.negated else expression


def _one_date_part(options: tuple[plans.Filter, ...]) -> plans.DatePartFilter | None:
    """Alternatives that are values of one part of the hire date, as one condition: one IN
    list rather than a bracketed OR of casts, which a share nests past the guard's bound."""
    parts = [option for option in options if isinstance(option, plans.DatePartFilter)]
    kinds = {(part.part, part.before, part.negated) for part in parts}
    if len(parts) != len(options) or len(kinds) != 1 or parts[0].negated:
        return None
    values = tuple(value for part in parts for value in part.values)
    return replace(parts[0], values=tuple(sorted(set(values))))


COMPARISONS: dict[str, type[exp.Binary]] = {
    ">": exp.GT,
    ">=": exp.GTE,
    "<": exp.LT,
    "<=": exp.LTE,
    "=": exp.EQ,
}


def _initial(column: str) -> exp.Expr:
    first = exp.Substring(
        this=exp.column(column), start=exp.Literal.number(1), length=exp.Literal.number(1)
    )
    return exp.Lower(this=first)


def _date_part_filter(condition: plans.DatePartFilter, dialect: Dialect) -> exp.Expr:
    matched = _date_part_match(condition, dialect)
    if condition.before is None:
        return matched
    earlier = exp.LT(this=exp.column("hire_date"), expression=_date(condition.before))
    return exp.and_(matched, earlier, copy=False)


def _date_part_match(condition: plans.DatePartFilter, dialect: Dialect) -> exp.Expr:
    if condition.part == "monthday":
        month_day = exp.TimeToStr(this=exp.column("hire_date"), format=exp.Literal.string("%m-%d"))
        days = [exp.Literal.string(f"{v // 100:02d}-{v % 100:02d}") for v in condition.values]
        return _in_or_equals(month_day, days)
    numbers = [exp.Literal.number(value) for value in condition.values]
    return _in_or_equals(date_part(DATE_PARTS[condition.part], dialect), numbers)


def _in_or_equals(subject: exp.Expr, values: Sequence[exp.Expr]) -> exp.Expr:
    if len(values) == 1:
        return exp.EQ(this=subject, expression=values[0])
    return exp.In(this=subject, expressions=values)


def _relative_to_person(
    condition: plans.SameDayFilter | plans.SameAsFilter, dialect: Dialect
) -> exp.Expr:
    """The match, negated when asked ("not in the same department as X"); the person named is
    left out either way."""
    if isinstance(condition, plans.SameDayFilter):
        match, person = _same_day(condition, dialect)
    else:
        match, person = _same_as(condition, dialect)
    if condition.negated:
        match = exp.Not(this=exp.Paren(this=match))
    included = isinstance(condition, plans.SameAsFilter) and condition.with_person
    if person is None or included:
        return match
    return exp.And(this=match, expression=exp.Not(this=exp.Paren(this=person)))


def _same_day(condition: plans.SameDayFilter, dialect: Dialect) -> tuple[exp.Expr, exp.Expr | None]:
    table = describe_directory(dialect).table
    if condition.person is None:
        shared = exp.select(exp.column("hire_date")).from_(table).group_by(exp.column("hire_date"))
        shared = shared.having(exp.GT(this=count_star(), expression=exp.Literal.number(1)))
        return exp.In(this=exp.column("hire_date"), query=exp.Subquery(this=shared)), None
    first, last = condition.person
    person = named_sql(first, last, exp.and_)
    if condition.relation != "same":
        # Before the earliest / after the latest hire date of anyone with that name.
        bound = exp.Min if condition.relation == "before" else exp.Max
        day = exp.select(bound(this=exp.column("hire_date"))).from_(table).where(person.copy())
        compare = exp.LT if condition.relation == "before" else exp.GT
        return compare(this=exp.column("hire_date"), expression=exp.Subquery(this=day)), None
    days = exp.select(exp.column("hire_date")).from_(table).where(person.copy())
    return exp.In(this=exp.column("hire_date"), query=exp.Subquery(this=days)), person


def _same_as(condition: plans.SameAsFilter, dialect: Dialect) -> tuple[exp.Expr, exp.Expr | None]:
    """Whoever shares the key with anyone of that name (and who that is); or with anyone."""
    key = _same_as_key(condition.key, dialect)
    table = describe_directory(dialect).table
    if condition.person is None:
        shared = exp.select(key.copy()).from_(table).group_by(key.copy())
        shared = shared.having(exp.GT(this=count_star(), expression=exp.Literal.number(1)))
        return exp.In(this=key, query=exp.Subquery(this=shared)), None
    person = named_sql(*condition.person, exp.and_)
    theirs = exp.select(key.copy()).from_(table).where(person.copy())
    return exp.In(this=key, query=exp.Subquery(this=theirs)), person


def _same_as_key(key: plans.SharedKey, dialect: Dialect) -> exp.Expr:
    """The key compared with a person's: a month or quarter of its year (year * 100 + part); a
    whole e-mail or full name in lower case."""
    if key == "email":
        return exp.Lower(this=exp.column("email"))
    if key == "full_name":
        first, last = (exp.Lower(this=exp.column(column)) for column in ("first_name", "last_name"))
        spaced = exp.DPipe(this=first, expression=exp.Literal.string(" "))
        return exp.DPipe(this=spaced, expression=last)
    if key not in ("hire_month", "hire_quarter"):
        return group_expression(key, dialect)
    year = exp.Mul(this=date_part("YEAR", dialect), expression=exp.Literal.number(100))
    return exp.Add(this=year, expression=group_expression(key, dialect))


def _value_filter(condition: plans.ValueFilter) -> exp.Expr:
    values = [exp.Literal.string(value) for value in condition.values]
    return _in_or_equals(exp.column(condition.column), values)


def _date_filter(condition: plans.DateFilter) -> exp.Expr:
    column = exp.column("hire_date")
    start, end = condition.start, condition.end
    if start is not None and end is not None:
        if start == end:
            return exp.EQ(this=column, expression=_date(start))
        return exp.Between(this=column, low=_date(start), high=_date(end))
    if start is not None:
        return exp.GTE(this=column, expression=_date(start))
    if end is not None:
        return exp.LTE(this=column, expression=_date(end))
    raise ValueError("a date filter needs a bound")


def _date(day: dt.date) -> exp.Literal:
    # An ISO string: SQLite stores dates as such text, PostgreSQL casts it to a date.
    return exp.Literal.string(day.isoformat())


def _text_filter(condition: plans.TextFilter) -> exp.Expr:
    value = condition.value.lower()
    if condition.column == "full_name" and condition.op == "equals":
        first, _, last = value.partition(" ")
        return named_sql(first, last, exp.and_)
    if condition.op == "has_digit":
        whole_name = condition.column in ("any_name", "full_name")
        columns = NAMES if whole_name else (condition.column,)
        likes = [like for column in columns for like in _digit_likes(column)]
        return exp.Paren(this=exp.or_(*likes, copy=False))
    if condition.column == "any_name" and condition.op == "equals":
        return exp.Paren(this=named_sql(value, value, exp.or_))
    if condition.column == "any_name":  # "names starting with Z": Zora Leannon, Aubrey Ziemann
        likes = [_like(exp.Lower(this=exp.column(name)), value, condition.op) for name in NAMES]
        return exp.Paren(this=exp.or_(*likes, copy=False))
    subject = _text_column(condition.column)
    if condition.op == "equals":
        return exp.EQ(this=subject, expression=exp.Literal.string(value))
    return _like(subject, value, condition.op)


NAMES = ("first_name", "last_name")


def _digit_likes(column: str) -> list[exp.Expr]:
    """A digit anywhere in the column, one flat LIKE per digit (digits have no case, so no
    LOWER): a share or an average built around it stays within the guard's nesting bound. The
    part before the @ is "a digit, then an @" on the address."""
    subject: exp.Expr = exp.column(column)
    pattern = "%{}%"
    if column == "email_name":
        subject, pattern = exp.column("email"), "%{}%@%"
    elif column not in (*NAMES, "email"):
        subject = _text_column(column)
    return [
        exp.Like(this=subject.copy(), expression=exp.Literal.string(pattern.format(digit)))
        for digit in "0123456789"
    ]


def _text_column(column: str) -> exp.Expr:
    if column == "email_name":  # the part before the @
        at = exp.StrPosition(this=exp.column("email"), substr=exp.Literal.string("@"))
        before = exp.Sub(this=at, expression=exp.Literal.number(1))
        name = exp.Substring(this=exp.column("email"), start=exp.Literal.number(1), length=before)
        return exp.Lower(this=name)
    return exp.Lower(this=_full_name() if column == "full_name" else exp.column(column))


def _full_name() -> exp.Expr:
    return _parsed_full_name().copy()


@cache
def _parsed_full_name() -> exp.Expr:
    return sqlglot.parse_one(FULL_NAME)


def named_sql(first: str, last: str, join: Callable[..., exp.Expr]) -> exp.Expr:
    """The first and (or) the last name equal to these, ignoring case."""
    return join(_lower_equals("first_name", first), _lower_equals("last_name", last), copy=False)


def _lower_equals(column: str, value: str) -> exp.Expr:
    return exp.EQ(this=exp.Lower(this=exp.column(column)), expression=exp.Literal.string(value))


def _like(subject: exp.Expr, value: str, op: str) -> exp.Expr:
    """LIKE with the user's text taken literally: %, _ and ! are escaped with '!'."""
    escaped = "".join(LIKE_ESCAPE + char if char in "%_!" else char for char in value)
    pattern = {"starts": f"{escaped}%", "ends": f"%{escaped}", "contains": f"%{escaped}%"}[op]
    like = exp.Like(this=subject, expression=exp.Literal.string(pattern))
    if escaped == value:
        return like
    return exp.Escape(this=like, expression=exp.Literal.string(LIKE_ESCAPE))


def group_expression(key: plans.GroupKey, dialect: Dialect) -> exp.Expr:
    part = key.removeprefix("hire_")
    if part in DATE_PARTS:
        return date_part(DATE_PARTS[part], dialect)
    if key == "hire_season":
        month = date_part("MONTH", dialect)
        seasons = [
            exp.If(
                this=exp.In(this=month.copy(), expressions=[exp.Literal.number(m) for m in months]),
                true=exp.Literal.string(name),
            )
            for name, months in SEASONS.items()
            if name in SEASON_NAMES
        ]
        return exp.Case(ifs=seasons)
    if key == "email_domain":
        at = exp.StrPosition(this=exp.column("email"), substr=exp.Literal.string("@"))
        after = exp.Add(this=at, expression=exp.Literal.number(1))
        return exp.Lower(this=exp.Substring(this=exp.column("email"), start=after))
    return exp.column(key)


def count_star() -> exp.Count:
    return exp.Count(this=exp.Star())


SQLITE_FORMATS = {"YEAR": "%Y", "MONTH": "%m", "DOW": "%w", "DAY": "%d"}


def date_part(part: str, dialect: Dialect) -> exp.Expr:
    """Year, month, quarter or weekday (0 = Sunday) of hire_date as an integer, on each
    database: strftime on SQLite, EXTRACT on PostgreSQL."""
    if dialect == "sqlite" and part == "QUARTER":
        month = date_part("MONTH", dialect)
        plus = exp.Paren(this=exp.Add(this=month, expression=exp.Literal.number(2)))
        # typed: integer division, as both databases do for integers (no cast to REAL).
        return exp.Div(this=plus, expression=exp.Literal.number(3), typed=True)
    if dialect == "sqlite":
        fmt = exp.Literal.string(SQLITE_FORMATS[part])
        value: exp.Expr = exp.TimeToStr(this=exp.column("hire_date"), format=fmt)
    else:
        value = exp.Extract(this=exp.var(part), expression=exp.column("hire_date"))
    return exp.Cast(this=value, to=exp.DataType.build("INT"))


@cache
def _template(sql: str) -> exp.Expr:
    return sqlglot.parse_one(sql)


def shares_of_each(
    conditions: tuple[plans.Filter, ...], matching: exp.Expr, scope: "Scope"
) -> list[exp.Expr]:
    """For each condition: how many meet it, and `matching` as a percentage of them."""
    columns: list[exp.Expr] = []
    for index, condition in enumerate(conditions, start=1):
        each = sql_fragment(
            "SUM(CASE WHEN :condition THEN 1 ELSE 0 END)",
            condition=filter_sql(condition, scope.dialect),
        )
        share = sql_fragment(
            "ROUND(100.0 * :matching / NULLIF(:each, 0), 1)", matching=matching.copy(), each=each
        )
        columns += [each.copy().as_(f"whole_{index}_count"), share.as_(f"share_of_{index}")]
    return columns


def sql_fragment(template: str, **values: object) -> exp.Expr:
    """A fragment written as SQL; `values` fill its :placeholders as literals or expressions."""
    return exp.replace_placeholders(_template(template), **values)


def ordered(expression: exp.Expr, descending: bool, dialect: Dialect) -> exp.Ordered:
    # State each database's own NULL placement so sqlglot adds no NULLS FIRST/LAST clause.
    nulls_first = descending if dialect == "postgres" else not descending
    return exp.Ordered(this=expression, desc=descending, nulls_first=nulls_first)


def conjunction(parts: list[exp.Expr | None]) -> exp.Expr | None:
    present = [part for part in parts if part is not None]
    return exp.and_(*present, wrap=False, copy=False) if present else None


DAYS_PER = {"years": 365.25, "months": 365.25 / 12}  # tenure's units


def tenure_alias(unit: str, statistic: str = "mean") -> str:
    """The column's name says what it holds: "average_tenure_years", "median_tenure_years"."""
    return f"{'median' if statistic == 'median' else 'average'}_tenure_{unit}"


def tenure_in_units(
    days: exp.Expr, unit: str, statistic: str = "mean", alias: str | None = None
) -> exp.Expr:
    per = exp.Literal.number(DAYS_PER[unit])
    rounded = sql_fragment("ROUND(:days / :per, 1)", days=days.copy(), per=per)
    return rounded.as_(alias or tenure_alias(unit, statistic))


def tenure_order(
    shape: plans.AverageTenure, dialect: Dialect, exact: exp.Expr | None = None
) -> list[exp.Expr]:
    """By group; or by the tenure (unrounded, `exact`, if given), longest first, then group."""
    by_group = ordered(exp.column(str(shape.key)), False, dialect)
    if shape.ranked is None:
        return [by_group]
    named = exp.column(tenure_alias(shape.unit, shape.statistic))
    tenure = exact.copy() if exact is not None else named
    return [ordered(tenure, shape.ranked == "longest", dialect), by_group]


def period_label(period: plans.DateFilter) -> str:
    """A period as a group's name: "Q1 2021", "the first half of 2021"."""
    return period.label.removeprefix("in ")


def period_case(periods: tuple[plans.DateFilter, ...]) -> exp.Expr:
    """Each hire's period by name, of periods that do not overlap (comparisons.py checks)."""
    ifs = [exp.If(this=_date_filter(p), true=exp.Literal.string(period_label(p))) for p in periods]
    return exp.Case(ifs=ifs)


@dataclass(frozen=True)
class Scope:
    """What every query of a plan shares: the table, the question's conditions, the dialect."""

    table: str | exp.Subquery
    where: exp.Expr | None
    dialect: Dialect
    met: exp.Expr | None = None  # conditions that say who is counted, not which groups exist

    @property
    def reads_the_table(self) -> bool:
        """Whether the question's conditions read the table themselves ("the same year as X")."""
        return any(part.find(exp.Select) for part in (self.where, self.met) if part is not None)

    def select(self, columns: list[exp.Expr], condition: exp.Expr | None = None) -> exp.Select:
        query = exp.select(*columns).from_(self.table)
        where = conjunction([self.where, condition])
        return query.where(where) if where is not None else query


GROUP_ALIAS = "group_value"
COUNTED_ALIAS = "counted"


def groups_worked_out_once(
    key: plans.GroupKey, scope: Scope, each_year: bool
) -> tuple[exp.Expr, Scope]:
    """Each row's group, and whether it meets the question's conditions (1 or 0), worked out
    once in a derived table, so that the averages over the groups nest no deeper however many
    conditions there are or however the group is derived: a year, an e-mail domain, or
    (`each_year`) the months (quarters) of several years numbered on ("March 2020" is 2020 * 12
    + 2, "Q2 2020" 2020 * 4 + 1)."""
    group = group_expression(key, scope.dialect)
    if each_year:
        group = sql_fragment(
            f":year * {plans.PERIODS_IN_A_YEAR[key]} + :period - 1",
            year=group_expression("hire_year", scope.dialect),
            period=group,
        )
    counted: exp.Expr = exp.Literal.number(1)
    if scope.met is not None:
        counted = sql_fragment("CASE WHEN :met THEN 1 ELSE 0 END", met=scope.met.copy())
    rows = scope.select([group.as_(GROUP_ALIAS), counted.as_(COUNTED_ALIAS)]).subquery("grouped")
    # A number typed where it is used, so that sqlglot writes PostgreSQL's ROUND over a NUMERIC
    column = exp.column(GROUP_ALIAS)
    typed = exp.cast(column, exp.DataType.Type.INT) if key.startswith("hire_") else column
    return typed, Scope(rows, None, scope.dialect)


def labelled(key: plans.GroupKey, group: exp.Expr) -> exp.Expr:
    """A derived key's column is named after the key ("hire_month"); a column keeps its name."""
    return group.copy() if key in plans.COLUMNS else group.copy().as_(key)


def groups_against_average(
    query: exp.Select, counted: exp.Expr, columns: list[exp.Expr], comparison: str
) -> exp.Select:
    """The groups of `query` bigger (smaller) than the average group, every group counted (0
    included): the average is a window over the groups, so the table is read once."""
    average = sql_fragment("AVG(:counted) OVER ()", counted=counted.copy())
    groups = query.select(average.as_(AVERAGE_ALIAS)).subquery("sized")
    names = [exp.column(column.alias_or_name) for column in columns]
    compare = COMPARISONS[comparison]
    kept = compare(this=exp.column(COUNT_ALIAS), expression=exp.column(AVERAGE_ALIAS))
    return exp.select(*names, exp.column(AVERAGE_ALIAS)).from_(groups).where(kept)


EXTREME_ALIAS = "extreme_count"


def groups_at_an_extreme(
    query: exp.Select,
    counted: exp.Expr,
    columns: list[exp.Expr],
    most: bool,
    within: exp.Expr | None = None,
) -> exp.Select:
    """The groups of `query` with the most (fewest), ties kept (in each value of `within`), found
    with a window over the groups: the table is read once, so conditions that read it themselves
    ("hired the same year as X") stay within the guard's three table references."""
    bound, over = "MAX" if most else "MIN", "" if within is None else "PARTITION BY :within"
    best = sql_fragment(f"{bound}(:counted) OVER ({over})", counted=counted.copy(), within=within)
    groups = query.select(best.as_(EXTREME_ALIAS)).subquery("sized")
    names = [exp.column(column.alias_or_name) for column in columns]
    kept = exp.EQ(this=exp.column(COUNT_ALIAS), expression=exp.column(EXTREME_ALIAS))
    return exp.select(*names).from_(groups).where(kept)


def projection(
    fields: tuple[plans.Column, ...] | None, tenure_on: dt.date | None, dialect: Dialect
) -> list[exp.Expr]:
    """The columns asked for (all when none are), and each one's tenure when asked."""
    columns: list[exp.Expr] = (
        [exp.Star()] if fields is None else [exp.column(field) for field in fields]
    )
    if tenure_on is None:
        return columns
    days = sql_fragment(TENURE_DAYS[dialect], today=tenure_on.isoformat())
    return [*columns, tenure_in_units(days, "years", alias=TENURE_ALIAS)]
