"""`run_readonly_query`: the only code that runs model-written SQL.

The guard decides what SQL looks like; this module makes sure that whatever reaches it can do
no harm even if the guard were wrong or switched off: exactly one statement, read-only, with a
time limit, and on PostgreSQL with the least-privilege role (`manage.py setup_query_role`) or
the least-privilege credentials of QUERY_DATABASE_URL. Everything it sets is undone before it
returns, so a pooled connection goes back to the next user unchanged.
"""

import datetime as dt
import logging
import math
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import psycopg
import psycopg.sql
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db import Error as DjangoDatabaseError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils.duration import duration_iso_string

from directory_gpt.errors import DomainError
from gptbridge.budget import ROWS_MAX_CHARS, RowBudget
from gptbridge.domain import JSONRow, QueryResult
from gptbridge.errors import (
    DatabaseUnavailable,
    PrivilegedQueriesRefused,
    QueryFailed,
    QueryRoleCannotRead,
    QueryTimeout,
)
from gptbridge.schema import describe_directory, query_database_alias

logger = logging.getLogger(__name__)

MAX_REASON_LENGTH = 300
CURSOR_NAME = "gptbridge_query"
NOT_A_QUERY_REASON = "The statement returned no rows; write a single SELECT query."
# A query that stalls between statements (e.g. a worker frozen mid-fetch) must not hold its
# transaction, locks and pooled connection forever.
IDLE_IN_TRANSACTION_GRACE_MS = 5000
# How long "the query role does not exist" is believed: the role may be created by
# `setup_query_role` (e.g. Heroku's postdeploy) after the web process has started.
MISSING_ROLE_RECHECK_SECONDS = 60.0

# SQLSTATEs that mean "the time limit stopped it": statement_timeout (57014) and lock_timeout.
POSTGRES_TIMEOUT_STATES = frozenset({"57014", "55P03"})
# The server is shutting down, starting up, or has no connection slot left.
POSTGRES_UNAVAILABLE_STATES = frozenset({"57P01", "57P02", "57P03", "53300"})

SQLITE_PROGRESS_INSTRUCTIONS = 1000
# The longest string or blob a query may build: randomblob/replace/printf cannot eat the
# worker's memory before the time limit strikes. Directory values are far shorter.
SQLITE_MAX_VALUE_LENGTH = 1_000_000
SQLITE_UNAVAILABLE_MESSAGES = (
    "unable to open database",
    "disk i/o error",
    "database is locked",
    "database disk image is malformed",
)
# Built-in, side-effect-free SQLite functions a directory question may need. Everything else
# (load_extension, readfile, randomblob, sqlite_version, Django's own helpers...) is refused.
SQLITE_ALLOWED_FUNCTIONS = frozenset(
    {
        # scalar
        "abs", "coalesce", "concat", "concat_ws", "glob", "ifnull", "iif", "instr", "length",
        "like", "lower", "ltrim", "max", "min", "nullif", "octet_length", "replace", "round",
        "rtrim", "sign", "substr", "substring", "trim", "typeof", "unicode", "upper",
        # math
        "ceil", "ceiling", "floor", "mod", "pow", "power", "sqrt",
        # date and time
        "current_date", "current_time", "current_timestamp", "date", "datetime", "julianday",
        "strftime", "time", "timediff", "unixepoch",
        # aggregate
        "avg", "count", "group_concat", "string_agg", "sum", "total",
        # window
        "cume_dist", "dense_rank", "first_value", "lag", "last_value", "lead", "nth_value",
        "ntile", "percent_rank", "rank", "row_number",
    }
)  # fmt: skip


FETCH_BATCH_ROWS = 20


class _RowReader:
    """Takes rows one at a time while they fit: `max_rows` rows and `budget.ROWS_MAX_CHARS`
    characters of JSON, long cells cut. Reading stops at the first row that does not fit,
    so a result never has to be held whole before it is found too big."""

    def __init__(self, max_rows: int):
        self.max_rows = max_rows
        self.columns: list[str] = []
        # The evaluation harness compares whole result sets and lifts the budget; no
        # environment variable reaches this setting.
        self.budget = RowBudget(getattr(settings, "GPTBRIDGE_ROWS_MAX_CHARS", ROWS_MAX_CHARS))
        self.truncated = False
        self.done = False

    def set_columns(self, names: list[str]) -> None:
        if not self.columns:
            self.columns = _unique_column_names(names)

    def take(self, row: Sequence[Any]) -> None:
        if len(self.budget.rows) >= self.max_rows or not self.budget.take(
            _json_row(self.columns, row)
        ):
            self.truncated = True
            self.done = True

    def result(self, elapsed_ms: float) -> QueryResult:
        return QueryResult(
            columns=self.columns,
            rows=self.budget.rows,
            truncated=self.truncated or self.budget.cells_cut > 0,
            elapsed_ms=elapsed_ms,
        )


def run_readonly_query(sql: str, *, max_rows: int, timeout_ms: int | None = None) -> QueryResult:
    """Run one untrusted statement read-only and return at most `max_rows` JSON-ready rows.

    Raises QueryTimeout, DatabaseUnavailable, or QueryFailed (whose reason goes back to the
    model). The connection is left as it was found, also after an error.
    """
    limit_ms = settings.GPTBRIDGE_QUERY_TIMEOUT_MS if timeout_ms is None else timeout_ms
    connection = connections[query_database_alias()]
    started = time.perf_counter()
    reader = _RowReader(max_rows)
    if connection.vendor == "postgresql":
        _run_on_postgres(connection, sql, reader, limit_ms)
    elif connection.vendor == "sqlite":
        _run_on_sqlite(connection, sql, reader, limit_ms)
    else:
        raise QueryFailed(f"The {connection.vendor} database backend is not supported.")
    return reader.result((time.perf_counter() - started) * 1000)


# --- PostgreSQL -----------------------------------------------------------------------------


def _run_on_postgres(
    connection: BaseDatabaseWrapper, sql: str, reader: _RowReader, timeout_ms: int
) -> None:
    try:
        connection.ensure_connection()
        role = _query_role_for(connection)
        # atomic() is a savepoint when the caller (or a test) already holds a transaction;
        # SET LOCAL values end with it, and set_rollback undoes anything the statement did.
        with transaction.atomic(using=connection.alias):
            _restrict_postgres_transaction(connection, timeout_ms, role)
            _fetch_one_statement(connection.connection, sql, reader, timeout_ms)
            transaction.set_rollback(True, using=connection.alias)
    except (DjangoDatabaseError, psycopg.Error) as exc:
        raise _postgres_domain_error(exc, connection, sql) from exc


def _restrict_postgres_transaction(
    connection: BaseDatabaseWrapper, timeout_ms: int, role: str | None
) -> None:
    """Read-only, time-limited, and as the query role: transaction-scoped, nothing leaks."""
    timeout = int(timeout_ms)
    statements = [
        "SET LOCAL transaction_read_only = on",
        f"SET LOCAL statement_timeout = {timeout}",
        f"SET LOCAL lock_timeout = {timeout}",
        f"SET LOCAL idle_in_transaction_session_timeout = {timeout + IDLE_IN_TRANSACTION_GRACE_MS}",
    ]
    if role is not None:
        # quote_name() would not escape a double quote inside the name; psycopg does.
        role_sql = psycopg.sql.SQL("SET LOCAL ROLE {}").format(psycopg.sql.Identifier(role))
        statements.append(role_sql.as_string(connection.connection))
    try:
        with connection.cursor() as cursor:
            cursor.execute("; ".join(statements))
    except DjangoDatabaseError:
        forget_query_role()  # e.g. the role was dropped since it was looked up
        raise


def _fetch_one_statement(
    raw_connection: Any, sql: str, reader: _RowReader, timeout_ms: int
) -> None:
    """Run `sql` as the query of a server-side cursor and fetch rows while `reader` takes them.

    DECLARE accepts only a query (SELECT, VALUES, TABLE, WITH without data-modifying parts),
    so COMMIT, SET ROLE, EXPLAIN or DDL are syntax errors rather than something to contain,
    and FETCH makes the server produce no more rows than we read. psycopg's ServerCursor
    sends the DECLARE with the extended protocol (an unnamed statement, so nothing stays
    prepared on a pooled connection), where the server refuses a second statement: the simple
    protocol would run `SELECT 1; RESET ROLE; DROP TABLE x` in full. Without parameters `%` is
    left alone (Django's cursor would read it as a placeholder) and results stay in text
    format. Rolling back closes the cursor.

    Rows come in small batches, so the client never holds more than one batch beyond what
    the reader kept; every FETCH is a statement of its own, so each gets only the time left.
    """
    expires_at = time.monotonic() + timeout_ms / 1000
    with psycopg.ServerCursor(raw_connection, CURSOR_NAME, scrollable=False) as cursor:
        cursor.execute(sql)
        if cursor.description is None:
            raise QueryFailed(NOT_A_QUERY_REASON)
        reader.set_columns([column.name for column in cursor.description])
        first = True
        while not reader.done:
            if not first:  # the first FETCH runs under the transaction's own limit
                _limit_next_statement(raw_connection, expires_at)
            first = False
            _read_batch(reader, cursor.fetchmany(FETCH_BATCH_ROWS))


def _limit_next_statement(raw_connection: psycopg.Connection[Any], expires_at: float) -> None:
    remaining_ms = int((expires_at - time.monotonic()) * 1000)
    if remaining_ms <= 0:
        raise QueryTimeout()
    raw_connection.execute(f"SET LOCAL statement_timeout = {remaining_ms}", prepare=False)


def _read_batch(reader: _RowReader, batch: Sequence[Sequence[Any]]) -> None:
    for row in batch:
        reader.take(row)
        if reader.done:
            return
    if len(batch) < FETCH_BATCH_ROWS:
        reader.done = True  # the statement has no more rows


def _postgres_domain_error(exc: Exception, connection: BaseDatabaseWrapper, sql: str) -> Exception:
    error = _database_cause(exc)
    if isinstance(error, DomainError | QueryFailed):
        return error
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate in POSTGRES_TIMEOUT_STATES:
        return QueryTimeout()
    if _is_postgres_connection_error(error, sqlstate, connection):
        return DatabaseUnavailable()
    reason = _postgres_reason(error)
    if sqlstate == "42501" and _names_the_directory(reason):
        forget_query_role()
        return QueryRoleCannotRead()  # an operator's problem, not the model's
    return QueryFailed(without_data_values(reason, sql))


def _names_the_directory(reason: str) -> bool:
    table = describe_directory("postgres").table
    return re.search(rf"\btable {re.escape(table)}\b", reason) is not None


# A quoted part of a database error message: a value from the data, or a name from the SQL.
QUOTED = re.compile(r'"([^"]*)"|\'([^\']*)\'')
DATA_PLACEHOLDER = "<a value from the data>"


def without_data_values(reason: str, sql: str) -> str:
    """`reason` with every quoted part the SQL does not contain replaced by a placeholder.

    Error messages quote values (`invalid input syntax for type integer: "IGNORE ALL PRIOR
    RULES"`); the reason goes back to the model and into the 422 body, where directory data
    has no place. Quoted names the query wrote itself (`column "salary"`) stay.
    """
    lowered = sql.lower()

    def replace(match: re.Match[str]) -> str:
        text = match.group(1) if match.group(1) is not None else match.group(2)
        return match.group(0) if text.lower() in lowered else DATA_PLACEHOLDER

    return QUOTED.sub(replace, reason)


def _database_cause(exc: Exception) -> Exception:
    """The driver's exception behind one of Django's wrapped database errors."""
    if isinstance(exc, DjangoDatabaseError) and isinstance(exc.__cause__, Exception):
        return exc.__cause__
    return exc


def _is_postgres_connection_error(
    error: Exception, sqlstate: str | None, connection: BaseDatabaseWrapper
) -> bool:
    """Judged by the connection, not the SQLSTATE class alone: `WHERE id = $1` earns a
    protocol violation (08P01) on a connection that is perfectly fine. An error without a
    SQLSTATE did not come from the server but from libpq losing it ("server closed the
    connection unexpectedly"), which can be raised before the connection reads as broken."""
    if not isinstance(error, psycopg.OperationalError | psycopg.InterfaceError):
        return False
    raw = connection.connection  # None when it never opened or Django closed it after the loss
    lost = raw is None or raw.closed or raw.broken or sqlstate is None
    return lost or sqlstate in POSTGRES_UNAVAILABLE_STATES


def _postgres_reason(error: Exception) -> str:
    """The server's own message (and hint), without the echoed SQL and caret lines."""
    diag = getattr(error, "diag", None)
    message = getattr(diag, "message_primary", None) or str(error).split("\n", 1)[0]
    hint = getattr(diag, "message_hint", None)
    return _short(f"{message}. {hint}" if hint else message)


# --- The query role (PostgreSQL default connection) -------------------------------------------


@dataclass(frozen=True)
class _RoleDecision:
    """Whom generated SQL runs as on the default connection, or why it may not run."""

    role: str | None
    refusal: type[DomainError] | None
    expires_at: float


_role_cache: dict[tuple[str, ...], _RoleDecision] = {}


def forget_query_role() -> None:
    """Look the query role up again on the next query (after `setup_query_role`, in tests)."""
    _role_cache.clear()


def _query_role_for(connection: BaseDatabaseWrapper) -> str | None:
    """The role generated SQL switches to, or None to run as the connection's own user.

    With QUERY_DATABASE_URL the connection's credentials are the least-privilege identity.
    On the default connection (decision table in the README, "Least privilege"):
    - the role exists, this user may SET ROLE to it and it can read the directory: use it;
    - it exists but cannot read the directory here: QueryRoleCannotRead (503);
    - it is unusable and this user is privileged (superuser, BYPASSRLS, CREATEROLE):
      PrivilegedQueriesRefused (503) unless GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES;
    - it is unusable and this user could not have created it: run read-only as this user,
      with the warning (and system check gptbridge.W001).
    """
    if connection.alias != DEFAULT_DB_ALIAS:
        return None
    role = settings.GPTBRIDGE_QUERY_ROLE
    key = _role_cache_key(connection, role)
    decision = _role_cache.get(key)
    if decision is None or time.monotonic() >= decision.expires_at:
        decision = _decide_role(connection, role)
        _role_cache[key] = decision
    if decision.refusal is not None:
        raise decision.refusal()
    return decision.role


def _decide_role(connection: BaseDatabaseWrapper, role: str) -> _RoleDecision:
    recheck_at = time.monotonic() + MISSING_ROLE_RECHECK_SECONDS
    if query_role_status(connection, role) == "usable":
        if not can_read_directory(connection, role):
            logger.error(
                "Query role %r cannot read the directory table of this database: run "
                "`manage.py setup_query_role` here.",
                role,
            )
            return _RoleDecision(None, QueryRoleCannotRead, recheck_at)
        return _RoleDecision(role, None, math.inf)
    if is_privileged_user(connection) and not settings.GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES:
        logger.error(
            "Query role %r is missing or cannot be assumed, and the application's database "
            "user is privileged: generated SQL is refused (run `manage.py setup_query_role`).",
            role,
        )
        return _RoleDecision(None, PrivilegedQueriesRefused, recheck_at)
    logger.warning(
        "Query role %r is missing or cannot be assumed: generated SQL runs read-only as "
        "the application's database user (run `manage.py setup_query_role`).",
        role,
    )
    return _RoleDecision(None, None, recheck_at)


def can_read_directory(connection: BaseDatabaseWrapper, identity: str) -> bool:
    """False also when the role exists cluster-wide but was set up in another database, or
    the table was recreated after the grant. Before the first migration there is no table
    and nothing to say yet (NULL)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT has_table_privilege(%s, to_regclass(quote_ident(%s)), 'SELECT')",
            [identity, describe_directory("postgres").table],
        )
        row = cursor.fetchone()
    return row is None or row[0] is not False


def is_privileged_user(connection: BaseDatabaseWrapper) -> bool:
    """Whether the connection's user could read anything or could have created the role."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT rolsuper OR rolbypassrls OR rolcreaterole FROM pg_roles "
            "WHERE rolname = current_user"
        )
        row = cursor.fetchone()
    return bool(row and row[0])


def _role_cache_key(connection: BaseDatabaseWrapper, role: str) -> tuple[str, ...]:
    params = connection.settings_dict
    return (
        connection.alias,
        role,
        str(params.get("HOST", "")),
        str(params.get("PORT", "")),
        str(params.get("NAME", "")),
        str(params.get("USER", "")),
    )


def query_role_status(connection: BaseDatabaseWrapper, role: str) -> str:
    """ "usable", "missing", or "not_member" (exists, but this user cannot SET ROLE to it)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = %s",
            [role],
        )
        row = cursor.fetchone()
    if row is None:
        return "missing"
    return "usable" if row[0] else "not_member"


# --- SQLite -----------------------------------------------------------------------------------


def _run_on_sqlite(
    connection: BaseDatabaseWrapper, sql: str, reader: _RowReader, timeout_ms: int
) -> None:
    # The raw sqlite3 connection: it shares the caller's transaction (a test's uncommitted
    # rows), and unlike Django's cursor wrapper it does not rewrite `%s` in the SQL.
    try:
        connection.ensure_connection()
    except DjangoDatabaseError as exc:
        raise DatabaseUnavailable() from exc
    raw_connection: sqlite3.Connection = connection.connection
    deadline = _Deadline(time.monotonic() + timeout_ms / 1000)
    try:
        with _sqlite_restrictions(raw_connection, deadline):
            _fetch_sqlite(raw_connection, sql, reader)
    except (sqlite3.Error, sqlite3.Warning) as exc:
        raise _sqlite_domain_error(exc, deadline, sql) from exc


@dataclass
class _Deadline:
    """When the running statement must stop, and whether the progress handler stopped it."""

    expires_at: float
    struck: bool = False

    def strike_if_due(self) -> int:
        """A sqlite3 progress handler: a non-zero return interrupts the statement."""
        if time.monotonic() >= self.expires_at:
            self.struck = True
        return int(self.struck)


@contextmanager
def _sqlite_restrictions(raw_connection: sqlite3.Connection, deadline: _Deadline) -> Iterator[None]:
    """query_only, a length cap, an authorizer and a time limit, for the statement only.

    The authorizer is installed last and removed first: while it is in place it would refuse
    the PRAGMA that turns query_only off again.
    """
    previous_query_only = _sqlite_pragma_query_only(raw_connection)
    raw_connection.execute("PRAGMA query_only = ON")
    previous_length = raw_connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, SQLITE_MAX_VALUE_LENGTH)
    # Installing an authorizer expires every cached prepared statement, so statements
    # prepared earlier on this connection (e.g. by Django for auth_user) are checked again.
    raw_connection.set_authorizer(_sqlite_authorizer(describe_directory("sqlite").table))
    raw_connection.set_progress_handler(deadline.strike_if_due, SQLITE_PROGRESS_INSTRUCTIONS)
    try:
        yield
    finally:
        raw_connection.set_authorizer(None)
        raw_connection.set_progress_handler(None, 0)
        raw_connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, previous_length)
        raw_connection.execute(f"PRAGMA query_only = {'ON' if previous_query_only else 'OFF'}")


def _sqlite_pragma_query_only(raw_connection: sqlite3.Connection) -> bool:
    row = raw_connection.execute("PRAGMA query_only").fetchone()
    return bool(row and row[0])


def _sqlite_authorizer(
    table: str,
) -> Callable[[int, str | None, str | None, str | None, str | None], int]:
    """Allow a SELECT that reads the directory table of `main` and calls harmless functions."""
    table = table.lower()

    def authorize(
        action: int,
        arg1: str | None,
        arg2: str | None,
        database: str | None,
        _trigger_or_view: str | None,
    ) -> int:
        if action == sqlite3.SQLITE_SELECT:
            return sqlite3.SQLITE_OK
        # A read that uses no column (`SELECT 1 FROM Employees`) comes without a database
        # name and with the table named as written; SQLite names are case-insensitive.
        if (
            action == sqlite3.SQLITE_READ
            and (arg1 or "").lower() == table
            and database in ("main", None)
        ):
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in SQLITE_ALLOWED_FUNCTIONS:
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY

    return authorize


def _fetch_sqlite(raw_connection: sqlite3.Connection, sql: str, reader: _RowReader) -> None:
    cursor = raw_connection.cursor()
    try:
        # sqlite3 refuses a string with a second statement before running the first.
        cursor.execute(sql)
        if cursor.description is None:
            raise QueryFailed(NOT_A_QUERY_REASON)
        reader.set_columns([column[0] for column in cursor.description])
        while not reader.done:
            _read_batch(reader, cursor.fetchmany(FETCH_BATCH_ROWS))
    finally:
        cursor.close()


def _sqlite_domain_error(exc: Exception, deadline: _Deadline, sql: str) -> Exception:
    if deadline.struck:
        return QueryTimeout()
    message = str(exc)
    if isinstance(exc, sqlite3.OperationalError) and message.lower().startswith(
        SQLITE_UNAVAILABLE_MESSAGES
    ):
        return DatabaseUnavailable()
    return QueryFailed(without_data_values(_short(message), sql))


# --- Results ----------------------------------------------------------------------------------


def _unique_column_names(columns: list[str]) -> list[str]:
    """`a.first_name, b.first_name` must not collapse into one key of the row dicts."""
    seen: dict[str, int] = {}
    unique = []
    for column in columns:
        name = column
        while name in seen:
            seen[column] += 1
            name = f"{column}_{seen[column]}"
        seen.setdefault(name, 1)
        unique.append(name)
    return unique


def _json_row(columns: list[str], row: Sequence[Any]) -> JSONRow:
    return {column: json_ready(value) for column, value in zip(columns, row, strict=True)}


# Values `json.dumps` writes as they are (a tuple: isinstance is faster with it than a union).
PLAIN_JSON_TYPES = (str, int, bool)


def json_ready(value: Any) -> Any:
    """A database value as something `json.dumps` writes without a custom encoder."""
    if value is None or isinstance(value, PLAIN_JSON_TYPES):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            return str(value)
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return duration_iso_string(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, list | tuple):
        return [json_ready(item) for item in value]
    if isinstance(value, dict):
        return {str(key): json_ready(item) for key, item in value.items()}
    return str(value)


def _short(reason: str) -> str:
    reason = " ".join(reason.split())
    if len(reason) <= MAX_REASON_LENGTH:
        return reason
    return reason[: MAX_REASON_LENGTH - 1] + "…"
