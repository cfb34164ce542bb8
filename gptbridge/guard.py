"""The SQL guard: the one check every model- or engine-written statement passes before it runs.

Model-written SQL is treated as hostile. The guard parses it with sqlglot, accepts only one
read-only query over the directory table built from allow-listed constructs
(`gptbridge.guard_allowlist`), enforces the row limit, and returns sqlglot's *re-rendering* of
the checked tree, without comments. The raw text never runs, so tokenizer tricks that make
sqlglot and the database disagree about where a string, comment or statement ends (nested
comments, dollar quotes, backslashes) cannot smuggle anything past the check: what was checked
is what runs.

sqlglot's generator also builds some text itself, and a quoted name can reach it as a bare
keyword (`EXTRACT("year); DROP ..." FROM x)` renders as `EXTRACT(YEAR); DROP ...`). Two
independent layers close that: text sqlglot renders verbatim must be plain words or numbers,
and the rendering, tokenized again, must hold no `;`, no comment, balanced brackets and
exactly the tree's SELECTs. The guard parses once: a second parse would double its time.

What a query may *cost* (parse time, value sizes, LIKE work, string aggregates) is checked by
`gptbridge.guard_cost`, before parsing and after.

On SQLite the guard also rewrites the few sqlglot date expressions whose SQLite rendering
SQLite cannot run (YEAR(x), DATE_SUB(...), STR_TO_DATE(...)) into strftime/date calls.

Decisions, each with its reason:
- Schema qualifiers are rejected everywhere, `public.` included: the directory table is always
  reachable unqualified, and one rule is easier to trust than a list of safe schemas.
- WITH is allowed only at the top of the statement, never RECURSIVE, and a CTE may read only
  the directory table and CTEs defined before it. That mirrors how PostgreSQL resolves names in
  a non-recursive WITH (a CTE naming itself or a later CTE reads a *real* table of that name)
  and closes SQLite's implicit recursion. A CTE may not be named after the directory table
  (shadowing), another table of this project, or a system catalog, so logs stay unambiguous.
- At most `MAX_TABLE_REFERENCES` table references (directory table and CTEs together), every
  JOIN needs USING or an ON condition with a required (AND-ed) comparison between columns of
  two different sources; no CROSS, NATURAL or comma joins. The executor's statement timeout
  stays the backstop for the expensive queries that remain.
- `t.name` must name a column of `t`: PostgreSQL reads `e.row_to_json` as `row_to_json(e)`.
  System columns (xmin, ctid, ...) are refused, and SUBSTRING takes numeric positions only
  (`SUBSTRING(x FROM 'pattern')` is a regular expression on PostgreSQL).
- VALUES lists, table functions and LATERAL are rejected: the only row source is the directory.
- A query must read the directory table at least once; `SELECT 1` answers no directory question.
- String literals may not contain backslashes: PostgreSQL reads them literally only while
  `standard_conforming_strings` is on, and the guard should not depend on a server setting.
"""

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from django.apps import apps
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect as SqlglotDialect
from sqlglot.errors import ErrorLevel, SqlglotError
from sqlglot.tokens import TokenType

from gptbridge import guard_allowlist as allow
from gptbridge.budget import SQL_MAX_CHARS
from gptbridge.domain import Dialect
from gptbridge.errors import GuardRejection
from gptbridge.guard_cost import (
    NodeIndex,
    cap_string_aggregates,
    check_running_cost,
    tokenize_within_budget,
)
from gptbridge.schema import describe_directory

MAX_SQL_LENGTH = SQL_MAX_CHARS
MAX_TABLE_REFERENCES = 3
QUERY_ROOTS: tuple[type[exp.Expr], ...] = (exp.Select, exp.Union, exp.Intersect, exp.Except)
SYSTEM_NAME_PREFIXES = ("pg_", "sqlite_", "information_schema")
# Text sqlglot renders verbatim (keywords, units, number literals) must look like this: a
# quoted identifier can otherwise become a keyword, e.g. EXTRACT("year); DROP ..." FROM x).
PLAIN_WORDS = re.compile(r"[A-Za-z_][A-Za-z0-9_]*( [A-Za-z_][A-Za-z0-9_]*)*")
PLAIN_NUMBER = re.compile(r"[0-9.][0-9A-Za-z_.+-]*")


def guard_sql(sql: str, *, dialect: Dialect, max_rows: int) -> str:
    """The SQL to run for `sql`: checked, limited to `max_rows + 1` rows, re-rendered.

    Raises `GuardRejection` with a reason a language model can act on.
    """
    if max_rows < 0:
        raise ValueError("max_rows must not be negative")
    return _guard_once(sql, dialect, max_rows)


def _guard_once(sql: str, dialect: Dialect, max_rows: int) -> str:
    description = describe_directory(dialect)
    table = description.table
    query = _parse_single_query(sql, dialect)
    index = NodeIndex(query)
    _check_nodes(index, dialect)
    _check_row_sources(query, dialect, table)
    _check_column_names(index, dialect, description.column_names)
    _check_limits(index)
    check_running_cost(query, index, description, dialect)
    cap_string_aggregates(index)
    _enforce_outer_limit(query, max_rows + 1)
    if dialect == "sqlite" and index.of(*SQLITE_REWRITTEN):
        query = _portable_for_sqlite(query)
    rendered = _render(query, dialect)
    _check_rendering(rendered, len(index.of(exp.Select)), dialect)
    return rendered


def _check_rendering(rendered: str, selects: int, dialect: Dialect) -> None:
    """The rendering reads as the checked tree: one statement, no comments, no extra query.

    sqlglot builds some output text itself (units, date formats, intervals), and the database
    reads that text, not the tree. The text check in `_check_verbatim_text` keeps quoted
    names out of it; independently, the rendering is tokenized again (linear, no second
    parse) and must not end a statement early, open a comment, unbalance brackets or hold a
    SELECT the tree does not have.
    """
    try:
        tokens = SqlglotDialect.get_or_raise(dialect).tokenize(rendered)
    except SqlglotError:
        tokens = []
    depth, balanced, seen_selects = 0, bool(tokens), 0
    for token in tokens:
        if token.token_type is TokenType.SEMICOLON or token.comments:
            balanced = False
        depth += token.token_type is TokenType.L_PAREN
        depth -= token.token_type is TokenType.R_PAREN
        balanced = balanced and depth >= 0
        seen_selects += token.token_type is TokenType.SELECT
    if not balanced or depth != 0 or seen_selects != selects:
        raise GuardRejection(
            "The query could not be re-written into a form that can be checked safely; "
            "write it more plainly."
        )


# --- parsing -----------------------------------------------------------------------------


def _parse_single_query(sql: str, dialect: Dialect) -> exp.Expr:
    if not sql.strip():
        raise GuardRejection("The query is empty; write one SELECT statement.")
    tokens = tokenize_within_budget(sql, dialect)
    try:
        parsed = SqlglotDialect.get_or_raise(dialect).parser().parse(tokens, sql)
    except SqlglotError as exc:
        raise GuardRejection(f"The query could not be parsed: {_first_line(exc)}") from exc
    except RecursionError as exc:
        raise GuardRejection("The query is nested too deeply; write a simpler one.") from exc
    # A trailing semicolon or a comment-only statement parses to None or a bare Semicolon.
    statements = [s for s in parsed if s is not None and not isinstance(s, exp.Semicolon)]
    if not statements:
        raise GuardRejection("The query is empty (only comments); write one SELECT statement.")
    if len(statements) > 1:
        raise GuardRejection(
            f"Only one statement may be run; found {len(statements)}. "
            "Remove everything after the first SELECT."
        )
    query = statements[0]
    while type(query) is exp.Subquery and not any(
        value for key, value in query.args.items() if key != "this"
    ):
        query = query.this  # a whole query in parentheses
    if type(query) not in QUERY_ROOTS:
        raise GuardRejection(
            f"Only a single read-only SELECT query is allowed, not {_statement_name(query)}."
        )
    return query


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


STATEMENT_NAMES: dict[type[exp.Expr], str] = {
    exp.TruncateTable: "TRUNCATE",
    exp.Transaction: "BEGIN",
    exp.Values: "a VALUES list",
}


def _statement_name(node: exp.Expr) -> str:
    if isinstance(node, exp.Command):
        return str(node.this).upper()
    if type(node) in (exp.Column, exp.Alias, exp.Identifier):
        # sqlglot reads unknown leading words (SAVEPOINT, LISTEN, typos) as a column or alias.
        return f"text that is not a SELECT statement ({node.sql()[:40]!r})"
    return STATEMENT_NAMES.get(type(node), node.key.upper())


# --- node-by-node allow-list --------------------------------------------------------------


def _check_nodes(index: NodeIndex, dialect: Dialect) -> None:
    """Every node must be an allow-listed class carrying only allow-listed arguments."""
    for node, _ in index.order:
        special_check = NODE_CHECKS.get(type(node))
        if special_check is not None:
            special_check(node)
        _check_node_class(node, dialect)
        _check_node_args(node)
        _check_verbatim_text(node)


def _check_node_class(node: exp.Expr, dialect: Dialect) -> None:
    cls = type(node)
    if cls is exp.Anonymous:
        if str(node.this).lower() not in allow.ANONYMOUS_FUNCTIONS[dialect]:
            raise GuardRejection(_function_reason(str(node.this)))
        return
    if cls in allow.ALLOWED_CLASSES:
        return
    if cls in allow.CONSTRUCT_NAMES:
        raise GuardRejection(f"This construct is not allowed: {allow.CONSTRUCT_NAMES[cls]}.")
    if isinstance(node, exp.Func):
        raise GuardRejection(_function_reason(_function_name(node, dialect)))
    if isinstance(node, (exp.Insert, exp.Update, exp.Delete, exp.Merge)):
        raise GuardRejection(
            f"Data-modifying statements ({node.key.upper()}) are not allowed, "
            "not even inside WITH; only SELECT may be used."
        )
    raise GuardRejection(f"This construct is not allowed: {node.key.upper()}.")


def _function_name(node: exp.Func, dialect: Dialect) -> str:
    """The name as the dialect spells it (RANDOM, not sqlglot's canonical RAND)."""
    try:
        rendered = node.sql(dialect=dialect)
    except SqlglotError:
        return node.sql_name()
    match = re.match(r"([A-Za-z_][A-Za-z0-9_]*)\(", rendered)
    return match.group(1) if match else node.sql_name()


def _function_reason(name: str) -> str:
    return (
        f"The function {name.upper()} is not allowed; use standard functions such as COUNT, "
        "SUM, AVG, MIN, MAX, LOWER, UPPER, LENGTH, SUBSTRING, COALESCE, CAST and EXTRACT."
    )


def _check_node_args(node: exp.Expr) -> None:
    permitted = allow.ALLOWED_ARGS.get(type(node))
    if permitted is None:
        return
    for key, value in node.args.items():
        if key not in permitted and value not in (None, False, "", []):
            raise GuardRejection(_unsupported_arg_reason(node, key))


def _check_verbatim_text(node: exp.Expr) -> None:
    """Text arguments other than escaped strings and identifiers are plain words or numbers."""
    for key, value in node.args.items():
        if not isinstance(value, str) or _is_escaped_on_output(node, key):
            continue
        is_number = isinstance(node, exp.Literal) and not node.is_string
        pattern = PLAIN_NUMBER if is_number else PLAIN_WORDS
        if not pattern.fullmatch(value):
            raise GuardRejection(
                f"Unexpected text {value[:40]!r} where a keyword or number belongs; keywords "
                "such as units of time are written without quotes."
            )


def _is_escaped_on_output(node: exp.Expr, key: str) -> bool:
    if key != "this":
        return False
    if isinstance(node, exp.Literal):
        return bool(node.is_string)
    return isinstance(node, (exp.Identifier, exp.RawString))


def _unsupported_arg_reason(node: exp.Expr, key: str) -> str:
    if isinstance(node, exp.Table) and key in ("db", "catalog"):
        return (
            f"Schema or database qualifiers are not allowed ({node.sql()}); refer to the "
            "table by its bare name."
        )
    if isinstance(node, exp.Table):
        return f"Table modifiers such as ONLY or INDEXED BY are not allowed ({key})."
    if isinstance(node, exp.Column) and key in ("db", "catalog"):
        return f"Column references may name at most a table and a column ({node.sql()})."
    if isinstance(node, exp.Join):
        return f"This kind of JOIN is not allowed ({key}); use [LEFT|RIGHT|FULL] JOIN ... ON."
    if isinstance(node, exp.Select) and key == "locks":
        return "Locking clauses (FOR UPDATE / FOR SHARE) are not allowed."
    return f"The {key.rstrip('_').upper()} clause is not allowed on {node.key.upper()}."


def _check_identifier(identifier: exp.Identifier) -> None:
    name = str(identifier.this)
    # Look-alike letters (a Cyrillic ie in place of an e) and control characters have no place in a
    # directory query, and ASCII-only names fold to lower case the same way everywhere.
    if not name or not name.isascii() or not name.isprintable():
        raise GuardRejection(
            f"Identifiers must be plain ASCII names; {name!r} is not. "
            "Use the table and column names exactly as given."
        )


def _check_column(column: exp.Column) -> None:
    identifier = column.args.get("this")
    if (
        isinstance(identifier, exp.Identifier)
        and not identifier.quoted
        and not column.args.get("table")
        and str(identifier.this).lower() in allow.VALUE_FUNCTION_WORDS
    ):
        raise GuardRejection(
            f"{str(identifier.this).upper()} is a reserved word, not a directory column."
        )


def _check_string_literal(literal: exp.Literal | exp.RawString) -> None:
    if isinstance(literal, exp.Literal) and not literal.is_string:
        return
    # sqlglot fills INITCAP's delimiter argument with a default full of backslashes and never
    # renders it for PostgreSQL or SQLite.
    if type(literal.parent) is exp.Initcap and literal.arg_key == "expression":
        return
    if "\\" in str(literal.this):
        raise GuardRejection("Backslashes are not allowed in string literals.")


def _check_var(var: exp.Var) -> None:
    parent = var.parent
    if parent is None or (type(parent), var.arg_key) not in allow.VAR_PARENTS:
        raise GuardRejection(
            f"The bare keyword {var.name.upper()} is not allowed here; quote string values "
            "with single quotes."
        )


def _check_data_type(data_type: exp.DataType) -> None:
    if data_type.this not in allow.CAST_TYPES:
        raise GuardRejection(
            f"Casting to {data_type.sql()} is not allowed; use TEXT, INTEGER, NUMERIC, REAL, "
            "DATE, TIMESTAMP, INTERVAL or BOOLEAN."
        )


def _check_join(join: exp.Join) -> None:
    if type(join.this) not in (exp.Table, exp.Subquery):
        raise GuardRejection(
            f"Only the directory table or a subquery may be joined ({join.this.key.upper()})."
        )
    side = str(join.args.get("side") or "").upper()
    kind = str(join.args.get("kind") or "").upper()
    if side not in allow.JOIN_SIDES or kind not in allow.JOIN_KINDS:
        raise GuardRejection(
            f"{' '.join(filter(None, (side, kind)))} JOIN is not allowed; use [LEFT|RIGHT|FULL] "
            "JOIN ... ON with a condition."
        )
    if join.args.get("using"):
        return
    on = join.args.get("on")
    if on is None or not any(_relates_two_sources(part) for part in _conjuncts(on)):
        raise GuardRejection(
            "Every JOIN needs an ON condition that compares a column of one source with a "
            "column of another (e.g. ON a.department = b.department), or USING; comma joins, "
            "CROSS JOIN, ON TRUE and conditions that OR in something else are not allowed."
        )


def _conjuncts(condition: exp.Expr) -> list[exp.Expr]:
    """The parts of an AND chain (brackets removed); a part under OR or NOT is not one."""
    parts, pending = [], [condition]
    while pending:
        part = pending.pop()
        if isinstance(part, exp.Paren):
            pending.append(part.this)
        elif isinstance(part, exp.And):
            pending += [part.this, part.expression]
        else:
            parts.append(part)
    return parts


def _relates_two_sources(condition: exp.Expr) -> bool:
    """A comparison between columns of two different sources (by their qualifiers)."""
    if not isinstance(condition, JOIN_COMPARISONS):
        return False
    left = _column_sources(condition.this)
    right = _column_sources(condition.expression)
    if not left or not right or left & right:
        return False
    return left != {""} or right != {""}


def _column_sources(side: exp.Expr) -> set[str]:
    """The table qualifiers of the columns in `side` ("" for an unqualified column)."""
    return {column.table.lower() for column in side.find_all(exp.Column)}


JOIN_COMPARISONS: tuple[type[exp.Expr], ...] = (
    exp.EQ,
    exp.NEQ,
    exp.GT,
    exp.GTE,
    exp.LT,
    exp.LTE,
    exp.NullSafeEQ,
)


def _check_replace(replace: exp.Replace) -> None:
    replacement = replace.args.get("replacement")
    if replacement is not None and not (
        isinstance(replacement, exp.Literal) and replacement.is_string
    ):
        # REPLACE(x, 'a', x) nested a few times grows a string exponentially.
        raise GuardRejection("The replacement text of REPLACE must be a quoted string literal.")


def _check_substring(substring: exp.Substring) -> None:
    """PostgreSQL reads SUBSTRING(x FROM <text>) as a regular expression match."""
    for key in ("start", "length"):
        value = substring.args.get(key)
        if value is not None and not _is_numeric_shaped(value):
            raise GuardRejection(
                "SUBSTRING takes a numeric start and length (SUBSTRING(x, 1, 4)); "
                "pattern matching with SUBSTRING is not allowed."
            )


NUMERIC_SHAPES: tuple[type[exp.Expr], ...] = (
    exp.Add,
    exp.Sub,
    exp.Mul,
    exp.Div,
    exp.Mod,
    exp.Neg,
    exp.Paren,
    exp.Length,
    exp.StrPosition,
    exp.Abs,
    exp.Round,
    exp.Floor,
    exp.Ceil,
    exp.Extract,
    exp.Count,
)


def _is_numeric_shaped(node: exp.Expr) -> bool:
    """Whether `node` is certainly a number: literals, arithmetic, counting functions, casts
    to a numeric type (a text column or a string literal are not)."""
    if isinstance(node, exp.Literal):
        return not node.is_string
    if isinstance(node, exp.Cast):
        return node.to.is_type(*exp.DataType.NUMERIC_TYPES)
    if type(node) in NUMERIC_SHAPES:
        return all(_is_numeric_shaped(child) for child in node.iter_expressions()) or isinstance(
            node, exp.Length | exp.StrPosition | exp.Extract | exp.Count
        )
    return False


def _check_with(with_: exp.With) -> None:
    if with_.args.get("recursive"):
        raise GuardRejection("WITH RECURSIVE is not allowed; write a non-recursive query.")


NODE_CHECKS: dict[type[exp.Expr], Callable[[Any], None]] = {
    exp.Identifier: _check_identifier,
    exp.Column: _check_column,
    exp.Literal: _check_string_literal,
    exp.RawString: _check_string_literal,
    exp.Var: _check_var,
    exp.DataType: _check_data_type,
    exp.Join: _check_join,
    exp.With: _check_with,
    exp.Replace: _check_replace,
    exp.Substring: _check_substring,
}


# --- row sources: tables, CTEs, table count -----------------------------------------------


def _check_row_sources(query: exp.Expr, dialect: Dialect, table: str) -> None:
    """Every table reference is the directory table or a CTE in scope, within the budget."""
    with_ = query.args.get("with_")
    for nested in query.find_all(exp.With):
        if nested is not with_:
            raise GuardRejection("WITH is only allowed at the start of the query.")
    ctes: list[exp.CTE] = list(with_.expressions) if with_ else []
    cte_names = [_cte_name(cte, dialect) for cte in ctes]
    _check_cte_names(cte_names, table)

    references: list[str] = []
    for position, cte in enumerate(ctes):
        visible = frozenset(cte_names[:position])
        references += _table_references(cte.this, dialect, table, visible, frozenset(cte_names))
    visible_all = frozenset(cte_names)
    body = [v for k, v in query.args.items() if k != "with_"]
    for part in _flatten(body):
        references += _table_references(part, dialect, table, visible_all, visible_all)

    if table not in references:
        raise GuardRejection(f"The query must read from the {table} table.")
    if len(references) > MAX_TABLE_REFERENCES:
        raise GuardRejection(
            f"The query references tables {len(references)} times; at most "
            f"{MAX_TABLE_REFERENCES} references (FROM, JOIN, subqueries and CTEs together) "
            "are allowed. Simplify it, e.g. with window functions instead of self-joins."
        )


def _flatten(values: list[object]) -> list[exp.Expr]:
    nodes: list[exp.Expr] = []
    for value in values:
        if isinstance(value, exp.Expr):
            nodes.append(value)
        elif isinstance(value, list):
            nodes += [v for v in value if isinstance(v, exp.Expr)]
    return nodes


def _cte_name(cte: exp.CTE, dialect: Dialect) -> str:
    alias = cte.args.get("alias")
    identifier = alias.args.get("this") if isinstance(alias, exp.TableAlias) else None
    if not isinstance(identifier, exp.Identifier):
        raise GuardRejection("Every CTE needs a plain name.")
    return _folded_name(identifier, dialect)


def _check_cte_names(names: list[str], table: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name == table:
            raise GuardRejection(
                f"A CTE may not be named {table}: it would hide the real table. Rename it."
            )
        if name in _project_table_names() or name.startswith(SYSTEM_NAME_PREFIXES):
            raise GuardRejection(
                f"A CTE may not be named {name}, like an existing or system table. Rename it."
            )
        if name in seen:
            raise GuardRejection(f"The CTE name {name} is used twice.")
        seen.add(name)


@cache
def _project_table_names() -> frozenset[str]:
    """Tables of every installed app, to keep CTE names from posing as them in logs."""
    return frozenset(
        model._meta.db_table.lower() for model in apps.get_models(include_auto_created=True)
    )


def _table_references(
    node: exp.Expr,
    dialect: Dialect,
    table: str,
    visible_ctes: frozenset[str],
    all_ctes: frozenset[str],
) -> list[str]:
    """The names `node`'s FROM/JOIN references resolve to; rejects anything else."""
    names = []
    for reference in node.find_all(exp.Table):
        identifier = reference.args.get("this")
        if not isinstance(identifier, exp.Identifier):
            raise GuardRejection(
                "Table functions are not allowed in FROM; select from the "
                f"{table} table ({reference.sql(dialect=dialect)[:60]})."
            )
        name = _folded_name(identifier, dialect)
        if name in visible_ctes or name == table:
            names.append(name)
        elif name in all_ctes:
            raise GuardRejection(
                f"The CTE {name} is used before it is defined or by itself; recursive queries "
                "are not allowed."
            )
        else:
            raise GuardRejection(_other_table_reason(identifier, table, dialect))
    return names


def _folded_name(identifier: exp.Identifier, dialect: Dialect) -> str:
    """The name the database resolves: PostgreSQL folds unquoted names, SQLite ignores case."""
    name = str(identifier.this)
    return name if dialect == "postgres" and identifier.quoted else name.lower()


def _other_table_reason(identifier: exp.Identifier, table: str, dialect: Dialect) -> str:
    reason = f"Only the {table} table may be queried; found table {identifier.this}."
    if dialect == "postgres" and identifier.quoted and str(identifier.this).lower() == table:
        reason += f" Quoted names are case-sensitive: write {table} in lower case."
    return reason


# --- column names -------------------------------------------------------------------------

# Columns every PostgreSQL (and SQLite) table has besides its own: transaction ids, physical
# locations and catalog ids are no directory data.
SYSTEM_COLUMNS = frozenset(
    {"oid", "tableoid", "xmin", "cmin", "xmax", "cmax", "ctid", "rowid", "_rowid_"}
)


def _check_column_names(
    index: NodeIndex, dialect: Dialect, directory_columns: tuple[str, ...]
) -> None:
    """No system columns, and `t.name` names a column of `t`.

    PostgreSQL reads `e.f` as the function call `f(e)` when `e` has no column `f`
    (`e.row_to_json`, `e.pg_typeof`), so a qualified name that is no column of its source
    would call a function past the allow-list.
    """
    directory = {name.lower() for name in directory_columns}
    known = directory | _defined_names(index)
    directory_only = _directory_aliases(index, dialect) - _derived_aliases(index)
    for column in index.of(exp.Column):
        name = column.name.lower()
        if name in SYSTEM_COLUMNS:
            raise GuardRejection(
                f"The system column {column.name} is not allowed; use the directory's columns."
            )
        qualifier = column.text("table").lower()
        if not qualifier or isinstance(column.this, exp.Star):
            continue
        if name not in (directory if qualifier in directory_only else known):
            raise GuardRejection(
                f"{column.sql(dialect=dialect)} is not a column of {qualifier}; the "
                f"{describe_directory(dialect).table} table has: {', '.join(directory_columns)}."
            )


def _defined_names(index: NodeIndex) -> set[str]:
    """Output names the query defines itself: aliases and column lists of CTEs/subqueries."""
    names = {alias.alias.lower() for alias in index.of(exp.Alias)}
    for table_alias in index.of(exp.TableAlias):
        names |= {column.name.lower() for column in table_alias.args.get("columns") or []}
    return names


def _directory_aliases(index: NodeIndex, dialect: Dialect) -> set[str]:
    table = describe_directory(dialect).table
    aliases = set()
    for reference in index.of(exp.Table):
        if reference.name.lower() == table:
            aliases.add((reference.alias or reference.name).lower())
    return aliases


def _derived_aliases(index: NodeIndex) -> set[str]:
    """Names that refer to a CTE or a subquery (a CTE may be read under the directory's
    alias letters, so these are never checked against the directory's columns)."""
    names = {cte.alias.lower() for cte in index.of(exp.CTE)}
    names |= {subquery.alias.lower() for subquery in index.of(exp.Subquery)}
    for reference in index.of(exp.Table):
        if reference.name.lower() in names and reference.alias:
            names.add(reference.alias.lower())
    return names


# --- LIMIT and OFFSET ---------------------------------------------------------------------


def _check_limits(index: NodeIndex) -> None:
    """LIMIT and OFFSET anywhere must be non-negative integer literals."""
    for clause in index.of(exp.Limit, exp.Offset):
        value = clause.args.get("expression")
        if not (isinstance(value, exp.Literal) and value.is_int and int(value.this) >= 0):
            keyword = clause.key.upper()
            raise GuardRejection(
                f"{keyword} must be a non-negative whole number, like {keyword} 10."
            )


def _enforce_outer_limit(query: exp.Expr, cap: int) -> None:
    """Add the outer LIMIT, lower a larger one, keep a smaller one (the caller reads cap - 1
    rows and uses the extra one to tell that the result was truncated)."""
    limit = query.args.get("limit")
    if isinstance(limit, exp.Limit) and int(limit.args["expression"].this) <= cap:
        return
    query.set("limit", exp.Limit(expression=exp.Literal.number(cap)))


# --- rendering ----------------------------------------------------------------------------


def _portable_for_sqlite(query: exp.Expr) -> exp.Expr:
    """Rewrite sqlglot date expressions whose SQLite rendering SQLite cannot run.

    sqlglot renders `exp.Year` as YEAR(x), `exp.DateSub` as DATE_SUB(...) and `exp.StrToDate` as
    STR_TO_DATE(...) for SQLite, none of which SQLite has; the offline engine builds such trees.
    """
    return query.transform(_sqlite_equivalent)


SQLITE_REWRITTEN: tuple[type[exp.Expr], ...] = (
    exp.Year,
    exp.Month,
    exp.Day,
    exp.DateSub,
    exp.StrToDate,
    exp.StrToTime,
)
SQLITE_PART_FORMATS: dict[type[exp.Expr], str] = {
    exp.Year: "%Y",
    exp.Month: "%m",
    exp.Day: "%d",
}
ISO_FORMATS = frozenset({"%Y-%m-%d", "%Y-%m-%d %H:%M:%S"})


def _sqlite_equivalent(node: exp.Expr) -> exp.Expr:
    part_format = SQLITE_PART_FORMATS.get(type(node))
    if part_format:
        strftime = exp.Anonymous(
            this="STRFTIME", expressions=[exp.Literal.string(part_format), node.this]
        )
        return exp.Cast(this=strftime, to=exp.DataType.build("INTEGER"))
    amount = node.args.get("expression")
    if type(node) is exp.DateSub and isinstance(amount, exp.Literal) and amount.is_number:
        text = str(amount.this)
        negated = exp.Literal.number(text[1:] if text.startswith("-") else f"-{text}")
        return exp.DateAdd(this=node.this, expression=negated, unit=node.args.get("unit"))
    fmt = node.args.get("format")
    is_iso_parse = isinstance(fmt, exp.Literal) and str(fmt.this) in ISO_FORMATS
    if type(node) in (exp.StrToDate, exp.StrToTime) and is_iso_parse:
        name = "DATE" if type(node) is exp.StrToDate else "DATETIME"
        return exp.Anonymous(this=name, expressions=[node.this])
    return node


def _render(query: exp.Expr, dialect: Dialect) -> str:
    try:
        rendered = query.sql(dialect=dialect, comments=False, unsupported_level=ErrorLevel.RAISE)
    except SqlglotError as exc:
        # sqlglot would otherwise drop what the dialect cannot express, changing the query.
        raise GuardRejection(
            f"The query uses something {dialect} cannot express: {_first_line(exc)}"
        ) from exc
    except RecursionError as exc:
        raise GuardRejection("The query is nested too deeply; write a simpler one.") from exc
    if len(rendered) > MAX_SQL_LENGTH:
        # The question log and the response carry the SQL that ran whole.
        raise GuardRejection(
            f"The query, as it would run, is longer than {MAX_SQL_LENGTH} characters; write "
            "a shorter one."
        )
    return rendered
