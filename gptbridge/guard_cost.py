"""The guard's cost rules: what a statement may cost to check, and what it may cost to run.

`guard_sql` proves what a query may *read*; these rules bound what it may *cost*, so that the
database's own limits (PostgreSQL's statement_timeout, SQLite's progress handler) can stop it,
and no single step outlives them.

1. Checking. sqlglot's parser backtracks: nested calls to names that are also type keywords
   (`DATE(DATE(...))`) cost about twice as much per level, and chains of them add up. Before
   parsing, a linear pass over the tokens bounds the token count, the bracket depth and a
   nesting weight (the sum of 2^(depth - 1) over every opening bracket), which is what the
   parser's work grows with. None of this knows a function's name.
2. Running. The database checks for cancellation between rows, never inside one function
   call: a LIKE over a megabyte of built text, or a REPLACE that multiplies a value, runs to
   its end whatever the time limit. So every value a query can compute gets a static upper
   bound on its length from the widths of the directory's columns and the literals
   (`||` adds, REPLACE multiplies by replacement / pattern, functions keep or fix a length),
   and
   - no value may be longer than `MAX_VALUE_CHARS`;
   - the LIKE/ILIKE work of one row (text length x pattern length, summed) is bounded;
   - string-building aggregates (STRING_AGG, GROUP_CONCAT), whose length grows with the rows,
     may only be selected for output by the outermost query reading the directory table alone
     (no join, CTE or subquery as a source), over an argument of bounded width: their value is
     never fed into another function, a pattern or a join.
   Everything else is per-row work on bounded values, which the database interrupts between
   rows.
"""

import re

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect as SqlglotDialect
from sqlglot.errors import SqlglotError
from sqlglot.tokens import Token, TokenType

from gptbridge.budget import SQL_MAX_CHARS
from gptbridge.domain import Dialect
from gptbridge.errors import GuardRejection
from gptbridge.schema import TableDescription

MAX_TOKENS = 1_200
MAX_BRACKET_DEPTH = 8
# Sum over opening brackets of 2 ** (depth - 1): one chain nested 8 deep weighs 255, fifty
# calls side by side weigh 50; directory questions stay far below 100. sqlglot needs about
# 0.04 ms per unit for the worst nestings (DATE/TIME/TIMESTAMP calls, which it first tries to
# read as typed literals), so parsing stays near 10 ms (measure: `python -m bench.guard_time`).
MAX_NESTING_WEIGHT = 256
OPENING = frozenset({TokenType.L_PAREN, TokenType.L_BRACKET, TokenType.L_BRACE})
CLOSING = frozenset({TokenType.R_PAREN, TokenType.R_BRACKET, TokenType.R_BRACE})

# The longest value (in characters) any expression may compute. Directory values are at most
# 254 characters; a question never needs a value this long.
MAX_VALUE_CHARS = 4_000
# Per row, the sum over LIKE/ILIKE of (text length x pattern length): the worst case of the
# matching algorithms both databases use, a few milliseconds at most.
MAX_LIKE_STEPS_PER_ROW = 1_000_000
# The longest argument (with separator) of a string-building aggregate.
MAX_AGGREGATED_CHARS = 512
# The most of a string aggregate's value the database returns (the executor then cuts the
# cell to budget.CELL_MAX_CHARS); enough for every employee's name in most directories.
AGGREGATED_VALUE_MAX_CHARS = 100_000
# Widths for values whose type fixes them: numbers, dates, timestamps, intervals, booleans.
FIXED_WIDTH = 40
TEXT_COLUMN_WIDTH = 1_000  # a directory column without a declared length
UNKNOWN_COLUMN_WIDTH = 254

FIXED_WIDTH_CLASSES: tuple[type[exp.Expr], ...] = (
    exp.Count,
    exp.Sum,
    exp.Avg,
    exp.Length,
    exp.StrPosition,
    exp.Round,
    exp.Abs,
    exp.Floor,
    exp.Ceil,
    exp.Extract,
    exp.Year,
    exp.Month,
    exp.Day,
    exp.DateDiff,
    exp.RowNumber,
    exp.Rank,
    exp.DenseRank,
    exp.Add,
    exp.Sub,
    exp.Mul,
    exp.Div,
    exp.Mod,
    exp.Neg,
    exp.CurrentDate,
    exp.CurrentTimestamp,
    exp.DateAdd,
    exp.DateSub,
    exp.DateTrunc,
    exp.TimestampTrunc,
    exp.TsOrDsToTimestamp,
    exp.TsOrDsToDate,
    exp.Date,
    exp.StrToTime,
    exp.StrToDate,
    exp.Interval,
    exp.DataType,
    exp.Null,
    exp.Boolean,
    exp.Predicate,
    exp.Connector,
    exp.Not,
    exp.Star,
)
ADDING_CLASSES: tuple[type[exp.Expr], ...] = (exp.Concat, exp.ConcatWs, exp.DPipe)
# Functions that format their input through a format string: each format character may
# become a few characters of output.
FORMATTING_CLASSES: tuple[type[exp.Expr], ...] = (exp.TimeToStr, exp.Anonymous)
FORMAT_GROWTH = 10
STRING_AGGREGATES: tuple[type[exp.Expr], ...] = (exp.GroupConcat,)


# --- 1. before parsing ----------------------------------------------------------------------


def tokenize_within_budget(sql: str, dialect: Dialect) -> list[Token]:
    """The tokens of `sql`, after linear checks that bound what parsing them can cost."""
    if len(sql) > SQL_MAX_CHARS:
        raise GuardRejection(
            f"The query is longer than {SQL_MAX_CHARS} characters; write a shorter one."
        )
    _check_encodable(sql)
    try:
        tokens = SqlglotDialect.get_or_raise(dialect).tokenize(sql)
    except SqlglotError as exc:
        raise GuardRejection(f"The query could not be read: {_first_line(exc)}") from exc
    if len(tokens) > MAX_TOKENS:
        raise GuardRejection(
            f"The query has {len(tokens)} tokens; at most {MAX_TOKENS} are allowed. "
            "Write a shorter query."
        )
    _check_nesting(tokens)
    return tokens


def _check_encodable(sql: str) -> None:
    try:
        sql.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise GuardRejection(
            f"The query contains a character that is not valid text (at position {exc.start}); "
            "write plain SQL."
        ) from exc


def _check_nesting(tokens: list[Token]) -> None:
    depth = 0
    weight = 0
    for token in tokens:
        if token.token_type in OPENING:
            depth += 1
            weight += 2 ** (min(depth, MAX_BRACKET_DEPTH + 1) - 1)
            if depth > MAX_BRACKET_DEPTH:
                raise GuardRejection(
                    f"The query nests brackets more than {MAX_BRACKET_DEPTH} deep; write a "
                    "flatter one."
                )
        elif token.token_type in CLOSING:
            depth = max(0, depth - 1)
    if weight > MAX_NESTING_WEIGHT:
        raise GuardRejection(
            "The query nests too many function calls and brackets; write a simpler one."
        )


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


# --- one walk over the tree ----------------------------------------------------------------


class NodeIndex:
    """Every node of a parsed query, children before parents, and the nodes of each class:
    one walk over the tree serves every check (a walk costs about as much as parsing)."""

    def __init__(self, query: exp.Expr):
        self.order = _post_order(query)
        self.by_type: dict[type[exp.Expr], list[exp.Expr]] = {}
        for node, _ in self.order:
            self.by_type.setdefault(type(node), []).append(node)

    def of(self, *types: type[exp.Expr]) -> list[exp.Expr]:
        return [node for kind in types for node in self.by_type.get(kind, [])]


# --- 2. what running it may cost -----------------------------------------------------------


def check_running_cost(
    query: exp.Expr, index: NodeIndex, description: TableDescription, dialect: Dialect
) -> None:
    """Bounded values, bounded LIKE work per row, and string aggregates only as output."""
    widths = _value_widths(index, directory_column_widths(description))
    for node_id, width in widths.items():
        if width > MAX_VALUE_CHARS:
            raise GuardRejection(
                "The query can build a text value longer than "
                f"{MAX_VALUE_CHARS} characters ({_node_text(query, node_id)}); a directory "
                "question never needs that. Write it without repeating or growing text."
            )
    _check_like_work(index, widths)
    _check_string_aggregates(query, index, widths, description.table)


def directory_column_widths(description: TableDescription) -> dict[str, int]:
    widths = {}
    for column in description.columns:
        match = re.search(r"\((\d+)\)", column.sql_type)
        if match:
            widths[column.name] = int(match.group(1))
        elif column.sql_type in ("uuid", "date"):
            widths[column.name] = 36
        else:
            widths[column.name] = TEXT_COLUMN_WIDTH
    return widths


Outputs = dict[str, int]


def _value_widths(index: NodeIndex, directory: dict[str, int]) -> dict[int, int]:
    """An upper bound on the length of every node's value, keyed by `id(node)`.

    A column's width comes from the source it reads: the directory's declared lengths, or the
    widths of a CTE's or subquery's output columns (by name; an unknown name gets the widest).
    Sources form no cycles (no recursion), so repeating the pass settles every width within a
    few rounds; one that keeps changing is refused.
    """
    nodes = index.order
    resolver = _Resolver(index, directory)
    widths: dict[int, int] = {}
    # Without CTEs or subqueries every column reads the directory: one pass settles it.
    passes = MAX_WIDTH_PASSES if any(isinstance(n, exp.Select) for n, _ in nodes[:-1]) else 1
    for _ in range(passes):
        before = dict(resolver.outputs)
        for node, children in nodes:
            widths[id(node)] = _width(node, children, widths, resolver)
            if isinstance(node, exp.Select):
                resolver.record(node, widths)
        if passes == 1 or resolver.outputs == before:
            return widths
    raise GuardRejection("The query nests too many derived tables; write a simpler one.")


MAX_WIDTH_PASSES = 6


def _post_order(root: exp.Expr) -> list[tuple[exp.Expr, list[exp.Expr]]]:
    """Every node with its children, children before parents (iterative: operator chains
    can be long)."""
    order: list[tuple[exp.Expr, list[exp.Expr]]] = []
    stack: list[tuple[exp.Expr, list[exp.Expr] | None]] = [(root, None)]
    while stack:
        node, children = stack.pop()
        if children is not None:
            order.append((node, children))
            continue
        children = list(node.iter_expressions())
        stack.append((node, children))
        stack.extend((child, None) for child in reversed(children))
    return order


class _Resolver:
    """Finds the width of a column from the sources of the SELECT it appears in."""

    def __init__(self, index: NodeIndex, directory: dict[str, int]):
        self.directory = directory
        self.directory_row = sum(directory.values())
        self.ctes = {cte.alias.lower(): cte.this for cte in index.of(exp.CTE)}
        self.outputs: dict[int, Outputs] = {}
        self._sources_of: dict[int, dict[str, exp.Expr | None]] = {}

    def record(self, select: exp.Select, widths: dict[int, int]) -> None:
        outputs: Outputs = {"*": 0}
        for projection in select.expressions:
            width = widths.get(id(projection), 0)
            name = projection.alias_or_name.lower()
            outputs[name] = max(outputs.get(name, 0), width)
            outputs["*"] = max(outputs["*"], width)
        alias = select.parent.args.get("alias") if select.parent else None
        if isinstance(alias, exp.TableAlias):
            for column in alias.columns:
                outputs[column.name.lower()] = outputs["*"]
        self.outputs[id(select)] = outputs

    def column(self, column: exp.Column) -> int:
        name = column.name.lower()
        qualifier = column.table.lower()
        select = column.find_ancestor(exp.Select)
        while select is not None:
            sources = self._sources_of.get(id(select))
            if sources is None:
                sources = self._sources_of[id(select)] = self._sources(select)
            if qualifier and qualifier in sources:
                return self._width_in(sources[qualifier], name)
            if not qualifier and sources:
                return max(self._width_in(source, name) for source in sources.values())
            select = select.find_ancestor(exp.Select)
        return max(UNKNOWN_COLUMN_WIDTH, self.directory_row)

    def _sources(self, select: exp.Select) -> dict[str, exp.Expr | None]:
        """Alias -> the query it reads (None for the directory table)."""
        sources: dict[str, exp.Expr | None] = {}
        from_ = select.args.get("from_")
        items = [from_.this] if isinstance(from_, exp.From) else []
        items += [join.this for join in select.args.get("joins") or []]
        for item in items:
            alias = (item.alias or (item.name if isinstance(item, exp.Table) else "")).lower()
            if isinstance(item, exp.Subquery):
                sources[alias] = item.this
            elif isinstance(item, exp.Table):
                sources[alias] = self.ctes.get(item.name.lower())
        return sources

    def _width_in(self, source: exp.Expr | None, name: str) -> int:
        if source is None:
            return self.directory.get(name, self.directory_row)
        outputs = self._outputs_of(source)
        return outputs.get(name, outputs.get("*", 0))

    def _outputs_of(self, source: exp.Expr) -> Outputs:
        if isinstance(source, exp.Subquery):
            return self._outputs_of(source.this)
        if isinstance(source, exp.SetOperation):
            merged = dict(self._outputs_of(source.this))
            for name, width in self._outputs_of(source.expression).items():
                merged[name] = max(merged.get(name, 0), width)
            merged["*"] = max(merged.values(), default=0)
            return merged
        return self.outputs.get(id(source), {"*": 0})


def _width(
    node: exp.Expr, nodes: list[exp.Expr], widths: dict[int, int], resolver: _Resolver
) -> int:
    children = [widths.get(id(child), 0) for child in nodes]
    if isinstance(node, exp.Column):
        return resolver.column(node)
    if isinstance(node, exp.Literal):
        return len(str(node.this))
    if isinstance(node, STRING_AGGREGATES):
        return 0  # its own rule: output only (see _check_string_aggregates)
    if isinstance(node, ADDING_CLASSES):
        return sum(children) * (2 if isinstance(node, exp.ConcatWs) else 1)
    if isinstance(node, exp.Replace):
        return widths.get(id(node.this), 0) * _replace_growth(node)
    if isinstance(node, FORMATTING_CLASSES):
        return FORMAT_GROWTH * sum(children) + FIXED_WIDTH
    if isinstance(node, FIXED_WIDTH_CLASSES):
        return FIXED_WIDTH
    if isinstance(node, exp.Cast):
        return max([FIXED_WIDTH, *children])
    return max(children, default=0)


def _replace_growth(replace: exp.Replace) -> int:
    """How many times longer REPLACE can make its input."""
    pattern = replace.args.get("expression")
    replacement = replace.args.get("replacement")
    new = len(str(replacement.this)) if isinstance(replacement, exp.Literal) else MAX_VALUE_CHARS
    if isinstance(pattern, exp.Literal) and pattern.is_string and len(str(pattern.this)) > 0:
        old = len(str(pattern.this))
    else:
        old = 1
    return max(1, -(-new // old))


def _node_text(query: exp.Expr, node_id: int) -> str:
    for node in query.walk():
        if id(node) == node_id:
            return node.sql()[:60]
    return "?"


def _check_like_work(index: NodeIndex, widths: dict[int, int]) -> None:
    steps = 0
    for like in index.of(exp.Like, exp.ILike):
        text = widths.get(id(like.this), 0)
        pattern = widths.get(id(like.expression), 0)
        steps += max(1, text) * max(1, pattern)
    if steps > MAX_LIKE_STEPS_PER_ROW:
        raise GuardRejection(
            "The query's LIKE patterns are too long for the text they match (text length x "
            "pattern length); match columns against short patterns, such as LIKE 'mc%'."
        )


def _check_string_aggregates(
    query: exp.Expr, index: NodeIndex, widths: dict[int, int], table: str
) -> None:
    outermost = _outermost_selects(query)
    for aggregate in index.of(*STRING_AGGREGATES):
        holder = _output_holder(aggregate)
        if holder is None or not any(holder is select for select in outermost):
            raise GuardRejection(
                "STRING_AGG/GROUP_CONCAT may only be selected as an output column of the "
                "outermost query, not used inside another expression, condition, CTE or "
                "subquery."
            )
        if not _reads_directory_alone(holder, table):
            raise GuardRejection(
                "STRING_AGG/GROUP_CONCAT may only aggregate rows of the "
                f"{table} table itself, without joins, CTEs or subqueries in FROM."
            )
        argument = sum(widths.get(id(child), 0) for child in aggregate.iter_expressions())
        if argument > MAX_AGGREGATED_CHARS:
            raise GuardRejection(
                "STRING_AGG/GROUP_CONCAT may only join short values (at most "
                f"{MAX_AGGREGATED_CHARS} characters each, separator included)."
            )


def _outermost_selects(query: exp.Expr) -> list[exp.Expr]:
    if isinstance(query, exp.Subquery):
        return _outermost_selects(query.this)
    if isinstance(query, exp.SetOperation):
        return _outermost_selects(query.this) + _outermost_selects(query.expression)
    return [query]


def _output_holder(aggregate: exp.Expr) -> exp.Expr | None:
    """The SELECT whose output list holds `aggregate` directly (through OVER, FILTER, the
    guard's own length cap, AS)."""
    node = _aggregate_top(aggregate)
    if _is_cap(node.parent) and node.arg_key == "this":
        node = node.parent  # type: ignore[assignment]
    if isinstance(node.parent, exp.Alias) and node.arg_key == "this":
        node = node.parent
    parent = node.parent
    if isinstance(parent, exp.Select) and node.arg_key == "expressions":
        return parent
    return None


def _aggregate_top(aggregate: exp.Expr) -> exp.Expr:
    node = aggregate
    while isinstance(node.parent, exp.Window | exp.Filter) and node.arg_key == "this":
        node = node.parent
    return node


def _is_cap(node: exp.Expr | None) -> bool:
    """SUBSTRING(x, 1, AGGREGATED_VALUE_MAX_CHARS), as `cap_string_aggregates` writes it."""
    if type(node) is not exp.Substring:
        return False
    start, length = node.args.get("start"), node.args.get("length")
    return (
        isinstance(start, exp.Literal)
        and start.this == "1"
        and isinstance(length, exp.Literal)
        and length.this == str(AGGREGATED_VALUE_MAX_CHARS)
    )


def cap_string_aggregates(index: NodeIndex) -> None:
    """Have the database return at most AGGREGATED_VALUE_MAX_CHARS of each string aggregate.

    Its length grows with the rows (and, as a running window aggregate, on every row), so
    without this a large directory would make the worker receive megabytes per cell before
    the executor can cut them. The output keeps its name: `string_agg` (or the alias).
    """
    for aggregate in index.of(*STRING_AGGREGATES):
        top = _aggregate_top(aggregate)
        if _is_cap(top.parent):
            continue  # guarding the guard's own output again
        name = "string_agg" if isinstance(top.parent, exp.Select) else ""
        capped: exp.Expr = exp.Substring(
            this=top.copy(),
            start=exp.Literal.number(1),
            length=exp.Literal.number(AGGREGATED_VALUE_MAX_CHARS),
        )
        top.replace(exp.alias_(capped, name) if name else capped)


def _reads_directory_alone(select: exp.Expr, table: str) -> bool:
    if select.args.get("joins"):
        return False
    from_ = select.args.get("from_")
    source = from_.this if isinstance(from_, exp.From) else None
    return isinstance(source, exp.Table) and source.name.lower() == table
