"""A second, deliberately simple opinion on "the allowed shape": one SELECT over `employees`.

The guard (gptbridge/guard.py) is the real check, with its allow-lists; this is what the
hardening suite measures the statements that actually reached the database against. It is
coarser on purpose: it must not share the guard's code or its blind spots.
"""

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

import sqlglot
from django.db import connections
from django.test.utils import CaptureQueriesContext
from sqlglot import exp

DIRECTORY_TABLE = "employees"
QUERY_ROOTS = (exp.Select, exp.Union, exp.Intersect, exp.Except)
_FORBIDDEN_NAMES = (
    "Insert",
    "Update",
    "Delete",
    "Merge",
    "Create",
    "Drop",
    "Alter",
    "Command",
    "Pragma",
    "Set",
    "Transaction",
    "Commit",
    "Rollback",
    "Copy",
    "Into",
    "Use",
    "TruncateTable",
    "Attach",
    "Detach",
    "Grant",
    "Revoke",
    "LoadData",
)
FORBIDDEN_NODES: tuple[type[exp.Expression], ...] = tuple(
    getattr(exp, name) for name in _FORBIDDEN_NAMES if hasattr(exp, name)
)
# What the executor itself runs around a query: fixed text, never anything the model wrote.
CONTROL_STATEMENTS = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"SET LOCAL (transaction_read_only|statement_timeout|lock_timeout|"
        r"idle_in_transaction_session_timeout) = [\w]+",
        r'SET LOCAL ROLE "?[\w]+"?',
        r"(RELEASE |ROLLBACK TO )?SAVEPOINT \"?[\w]+\"?",
        r"(BEGIN|COMMIT|ROLLBACK)",
        r"PRAGMA query_only( = (ON|OFF))?",
        r"SELECT pg_has_role\(current_user, oid, 'MEMBER'\) FROM pg_roles WHERE rolname = '[\w]+'",
        r"SELECT has_table_privilege\('[\w]+', to_regclass\(quote_ident\('[\w]+'\)\), 'SELECT'\)",
        r"SELECT rolsuper OR rolbypassrls OR rolcreaterole FROM pg_roles "
        r"WHERE rolname = current_user",
        r"FETCH FORWARD \d+ FROM \w+",
        r"CLOSE \w+",
    )
]
# The executor runs a query as a server-side cursor's query; what is checked is that query.
DECLARE_CURSOR = re.compile(r"^\s*DECLARE\s+\w+\s+NO\s+SCROLL\s+CURSOR\s+FOR\s+", re.IGNORECASE)


def is_control_statement(sql: str) -> bool:
    parts = [part.strip() for part in sql.split(";") if part.strip()]
    return bool(parts) and all(
        any(pattern.fullmatch(part) for pattern in CONTROL_STATEMENTS) for part in parts
    )


def shape_violation(sql: str, dialect: str) -> str | None:
    """Why `sql` is not one SELECT over the directory table, or None when it is."""
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except (sqlglot.errors.SqlglotError, RecursionError) as exc:
        return f"unparseable: {type(exc).__name__}"
    statements = [s for s in statements if not isinstance(s, exp.Semicolon)]
    if len(statements) != 1:
        return f"{len(statements)} statements"
    root = statements[0]
    if not isinstance(root, QUERY_ROOTS):
        return f"root is {type(root).__name__}"
    for node in root.walk():
        if isinstance(node, FORBIDDEN_NODES):
            return f"contains {type(node).__name__}"
    cte_names = {cte.alias_or_name.lower() for cte in root.find_all(exp.CTE)}
    tables = list(root.find_all(exp.Table))
    for table in tables:
        if table.args.get("db") or table.args.get("catalog"):
            return f"qualified table {table.sql(dialect=dialect)}"
        if not table.name or table.name.lower() not in {DIRECTORY_TABLE} | cte_names:
            return f"reads {table.sql(dialect=dialect)!r}"
    if not any(table.name.lower() == DIRECTORY_TABLE for table in tables):
        return "does not read the directory table"
    return None


@dataclass
class ExecutorSpy:
    """Records every statement the database was sent while `run_readonly_query` ran.

    The executor runs generated SQL on the raw driver connection, past Django's query log, so
    the spy listens lower down as well: SQLite's trace callback sees every statement the
    library executes; on PostgreSQL the driver's cursor class is wrapped.
    """

    real: Callable[..., Any]
    alias: str
    dialect: str
    guarded: list[str] = field(default_factory=list)
    executed: list[str] = field(default_factory=list)

    def __call__(self, sql: str, *args: Any, **kwargs: Any) -> Any:
        self.guarded.append(sql)
        connection = connections[self.alias]
        connection.ensure_connection()
        with CaptureQueriesContext(connection) as captured, self._driver_trace(connection):
            try:
                return self.real(sql, *args, **kwargs)
            finally:
                self.executed += [query["sql"] for query in captured.captured_queries]

    @contextmanager
    def _driver_trace(self, connection: Any) -> Iterator[None]:
        if connection.vendor == "sqlite":
            raw = connection.connection
            raw.set_trace_callback(self.executed.append)
            try:
                yield
            finally:
                raw.set_trace_callback(None)
            return
        import psycopg

        sink = self.executed

        class RecordingCursor(psycopg.Cursor):
            def execute(self, query: Any, *args: Any, **kwargs: Any) -> Any:
                sink.append(query.decode() if isinstance(query, bytes) else str(query))
                return super().execute(query, *args, **kwargs)

        with mock.patch.object(psycopg, "Cursor", RecordingCursor):
            yield

    def violations(self) -> list[tuple[str, str]]:
        """(statement, reason) for every statement the guard passed, or that ran, and was
        neither the executor's own control statement nor a query of the allowed shape."""
        found = []
        for sql in self.guarded:
            reason = shape_violation(sql, self.dialect)
            if reason:
                found.append((sql, f"guard passed it: {reason}"))
        return found + self.executed_violations()

    def executed_violations(self) -> list[tuple[str, str]]:
        found = []
        for sql in self.executed:
            if is_control_statement(sql):
                continue
            reason = shape_violation(DECLARE_CURSOR.sub("", sql, count=1), self.dialect)
            if reason:
                found.append((sql, reason))
        return found


@contextmanager
def spy_on_executor(alias: str, dialect: str) -> Iterator[ExecutorSpy]:
    from gptbridge import service

    spy = ExecutorSpy(real=service.run_readonly_query, alias=alias, dialect=dialect)
    with mock.patch.object(service, "run_readonly_query", spy):
        yield spy
