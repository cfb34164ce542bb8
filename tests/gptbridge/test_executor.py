"""The executor on the active backend: results, limits, errors, and containment of hostile SQL
with the guard bypassed."""

import contextlib
import copy
import datetime as dt
import hashlib
import json
import socket
import sqlite3
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from io import StringIO
from typing import Any

import psycopg
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import DatabaseError, connection, connections, transaction
from pytest_django.fixtures import Settings

from apitokens.models import ApiToken
from employees.models import Employee
from gptbridge import executor
from gptbridge.domain import QueryResult
from gptbridge.errors import DatabaseUnavailable, GuardRejection, QueryFailed, QueryTimeout
from gptbridge.executor import forget_query_role, json_ready, run_readonly_query
from gptbridge.guard import guard_sql
from tests.gptbridge.hostile_sql import HOSTILE_QUERIES, SAFE_QUERIES, HostileQuery


def _active_dialect() -> str:
    engine = settings.DATABASES.get("query", settings.DATABASES["default"])["ENGINE"]
    return "postgres" if "postgresql" in engine else "sqlite"


DIALECT = _active_dialect()
ROLE_STATE_SQL = (
    "SELECT current_user, current_setting('transaction_read_only'), "
    "current_setting('statement_timeout'), current_setting('lock_timeout'), "
    "current_setting('idle_in_transaction_session_timeout')"
)


# --- fixtures -------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _fresh_role_lookup() -> Iterator[None]:
    """A test's rolled-back transaction takes a role created in it along."""
    forget_query_role()
    yield
    forget_query_role()


@pytest.fixture
def query_role(seeded: None) -> str | None:
    """The least-privilege role set up inside the test's transaction (PostgreSQL only)."""
    if connection.vendor != "postgresql":
        return None
    call_command("setup_query_role", stdout=StringIO())
    return str(settings.GPTBRIDGE_QUERY_ROLE)


@pytest.fixture
def sentinels(db: None, settings: Settings) -> dict[str, str]:
    """Values that live only outside the employees table: none may ever come back."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    marker = uuid.uuid4().hex[:12]
    user = get_user_model().objects.create_user(
        f"sentinel-{marker}", email=f"sentinel-{marker}@example.org", password=f"pw-{marker}"
    )
    token, _key = ApiToken.objects.create_key(name=f"sentinel-token-{marker}", user=user)
    return {
        "username": user.username,
        "user_email": user.email,
        "password_hash": user.password,
        "token_name": token.name,
        "token_prefix": token.prefix,
        "token_hash": token.hashed_key,
    }


@pytest.fixture
def extra_alias(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Builds a second connection that generated SQL is sent to, and removes it after.

    The connection is registered without a settings entry, as Django's "dynamically created"
    kind, so the test-case machinery lets it connect; the executor reaches it through
    `query_database_alias()` like the `query` alias of QUERY_DATABASE_URL.
    """
    created: list[str] = []

    def build(**overrides: Any) -> str:
        alias = f"executor_test_{len(created)}"
        default = connections["default"]
        params = copy.deepcopy(default.settings_dict)
        params["OPTIONS"] = {k: v for k, v in params.get("OPTIONS", {}).items() if k != "pool"}
        params.update(overrides)
        connections[alias] = type(default)(params, alias)
        created.append(alias)
        monkeypatch.setattr(executor, "query_database_alias", lambda: alias)
        return alias

    yield build
    for alias in created:
        connections[alias].close()
        del connections[alias]


# --- helpers --------------------------------------------------------------------------------


def run(sql: str, max_rows: int = 50, timeout_ms: int | None = 1000) -> QueryResult:
    return run_readonly_query(sql, max_rows=max_rows, timeout_ms=timeout_ms)


def table_checksums() -> dict[str, tuple[int, str]]:
    """Row count and an order-independent digest of every table, read as the test's user."""
    result = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows = sorted(repr(tuple(row)) for row in cursor.fetchall())
            result[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return result


def session_state() -> tuple[Any, ...]:
    """What the executor changes while a query runs, as seen on the test's own connection."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(ROLE_STATE_SQL)
            return tuple(cursor.fetchone())
        cursor.execute("PRAGMA query_only")
        return tuple(cursor.fetchone())


def leaked(result: QueryResult, values: dict[str, str]) -> list[str]:
    text = json.dumps([result.columns, result.rows]).casefold()
    return [name for name, value in values.items() if value.casefold() in text]


def runs_unrestricted(sql: str) -> bool:
    """Whether the database runs `sql` for the test's own user, without the executor."""
    raw = connection.connection
    if connection.vendor == "sqlite":
        try:
            raw.execute(sql).fetchall()
        except sqlite3.Error:
            return False
        return True
    try:
        with transaction.atomic(), psycopg.Cursor(raw) as cursor:
            cursor.execute(sql)
    except (psycopg.Error, DatabaseError):
        return False
    return True


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- results --------------------------------------------------------------------------------


def test_returns_columns_and_json_ready_rows(seeded: None, query_role: str | None) -> None:
    expected = list(Employee.objects.order_by("hire_date", "id")[:3])
    result = run(
        "SELECT id, first_name, hire_date FROM employees ORDER BY hire_date, id LIMIT 3",
        max_rows=10,
    )
    assert result.columns == ["id", "first_name", "hire_date"]
    assert not result.truncated
    assert result.row_count == 3
    assert result.elapsed_ms > 0
    for row, employee in zip(result.rows, expected, strict=True):
        assert row["first_name"] == employee.first_name
        assert row["hire_date"] == employee.hire_date.isoformat()
        assert uuid.UUID(row["id"]) == employee.id
    json.dumps(result.rows)  # JSON-ready without a custom encoder


def test_keeps_max_rows_and_reports_truncation(seeded: None, query_role: str | None) -> None:
    result = run("SELECT first_name FROM employees ORDER BY id", max_rows=10)
    assert result.row_count == 10
    assert result.truncated
    exact = run("SELECT first_name FROM employees ORDER BY id LIMIT 10", max_rows=10)
    assert exact.row_count == 10
    assert not exact.truncated


def test_percent_signs_are_sql_not_placeholders(seeded: None, query_role: str | None) -> None:
    result = run(
        "SELECT count(*) AS n, '%s %% %(x)s' AS literal FROM employees WHERE email LIKE '%@%'"
    )
    assert result.rows == [{"n": 500, "literal": "%s %% %(x)s"}]


def test_a_trailing_semicolon_is_one_statement(seeded: None, query_role: str | None) -> None:
    assert run("SELECT count(*) AS n FROM employees;  -- done").rows == [{"n": 500}]


def test_repeated_column_names_keep_every_value(seeded: None, query_role: str | None) -> None:
    result = run("SELECT first_name, last_name AS first_name FROM employees ORDER BY id LIMIT 1")
    assert result.columns == ["first_name", "first_name_2"]
    employee = Employee.objects.order_by("id").first()
    assert employee is not None
    assert result.rows == [{"first_name": employee.first_name, "first_name_2": employee.last_name}]


@pytest.mark.postgres
def test_postgres_numbers_dates_and_intervals_are_json_ready(
    seeded: None, query_role: str | None
) -> None:
    result = run(
        "SELECT count(*) AS n, avg(length(first_name))::numeric(6, 2) AS avg_len, "
        "2.00::numeric AS whole, min(hire_date) AS first, "
        "date_trunc('year', min(hire_date)) AS year_start, "
        "age(date '2024-01-01', date '2023-01-01') AS age FROM employees"
    )
    row = result.rows[0]
    assert row["n"] == 500
    assert isinstance(row["avg_len"], float)
    assert row["whole"] == 2
    assert isinstance(row["whole"], int)
    assert row["first"] == Employee.objects.order_by("hire_date").first().hire_date.isoformat()  # type: ignore[union-attr]
    assert row["year_start"].startswith(row["first"][:4] + "-01-01T00:00:00")
    assert row["age"] == "P365DT00H00M00S"
    json.dumps(result.rows)


def test_json_ready_converts_database_values() -> None:
    value = uuid.uuid4()
    assert json_ready(Decimal("3.00")) == 3
    assert json_ready(Decimal("2.50")) == 2.5
    assert json_ready(Decimal("NaN")) == "NaN"
    assert json_ready(float("inf")) == "inf"
    assert json_ready(dt.date(2020, 1, 2)) == "2020-01-02"
    assert json_ready(dt.datetime(2020, 1, 2, 3, 4, tzinfo=dt.UTC)) == "2020-01-02T03:04:00+00:00"
    assert json_ready(value) == str(value)
    assert json_ready(b"\x01\xff") == "01ff"
    assert json_ready((1, [Decimal("1.5")], {"a": dt.date(2020, 1, 1)})) == [
        1,
        [1.5],
        {"a": "2020-01-01"},
    ]
    assert json_ready(True) is True


@pytest.mark.parametrize(
    "safe", [q for q in SAFE_QUERIES if DIALECT in q.dialects], ids=lambda q: q.name
)
def test_legitimate_queries_run_under_the_restrictions(
    safe: Any, seeded: None, query_role: str | None
) -> None:
    """The restrictions never refuse a guarded query (the guard's rendering is what runs)."""
    guarded = guard_sql(safe.sql, dialect=DIALECT, max_rows=1000)  # type: ignore[arg-type]
    assert runs_unrestricted(guarded)
    result = run(guarded, max_rows=1000, timeout_ms=3000)
    assert result.columns
    json.dumps(result.rows)


# --- time limit ------------------------------------------------------------------------------

SLOW_QUERY = {
    "postgres": "SELECT pg_sleep(5) FROM employees LIMIT 1",
    "sqlite": "SELECT count(*) FROM employees a, employees b, employees c, employees d",
}


def test_slow_query_times_out_and_the_next_query_runs(seeded: None, query_role: str | None) -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        run(SLOW_QUERY[DIALECT], timeout_ms=200)
    assert time.monotonic() - started < 2
    assert run("SELECT count(*) AS n FROM employees").rows == [{"n": 500}]


def test_timeout_defaults_to_the_setting(
    seeded: None, query_role: str | None, settings: Settings
) -> None:
    settings.GPTBRIDGE_QUERY_TIMEOUT_MS = 200
    with pytest.raises(QueryTimeout):
        run_readonly_query(SLOW_QUERY[DIALECT], max_rows=5)


@pytest.mark.sqlite
def test_sqlite_recursive_query_is_refused(seeded: None) -> None:
    with pytest.raises(QueryFailed):
        run("WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r")


# --- errors ----------------------------------------------------------------------------------


def test_bad_column_is_query_failed_and_the_connection_stays_usable(
    seeded: None, query_role: str | None
) -> None:
    with pytest.raises(QueryFailed) as failure:
        run("SELECT salary FROM employees")
    assert "salary" in failure.value.reason
    assert "\n" not in failure.value.reason
    assert "LINE 1" not in failure.value.reason
    assert run("SELECT count(*) AS n FROM employees").rows == [{"n": 500}]
    assert Employee.objects.count() == 500  # the test's own transaction is intact


def test_syntax_error_is_query_failed(seeded: None, query_role: str | None) -> None:
    with pytest.raises(QueryFailed):
        run("SELEC first_name FRM employees")


def test_unreachable_database_is_unavailable(db: None, extra_alias: Any) -> None:
    if connections["default"].vendor == "postgresql":
        extra_alias(HOST="127.0.0.1", PORT=str(closed_port()))
    else:
        extra_alias(NAME="/nonexistent-directory/directory.sqlite3")
    with pytest.raises(DatabaseUnavailable):
        run("SELECT 1 AS one")


@pytest.mark.postgres
def test_lost_connection_is_unavailable_and_the_next_query_reconnects(
    db: None, extra_alias: Any
) -> None:
    alias = extra_alias()
    lost = connections[alias]
    lost.ensure_connection()
    pid = lost.connection.info.backend_pid
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
        for _ in range(50):
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", [pid])
            if cursor.fetchone()[0] == 0:
                break
            time.sleep(0.05)
    with pytest.raises(DatabaseUnavailable):
        run("SELECT 1 AS one")
    assert run("SELECT 1 AS one").rows == [{"one": 1}]


# --- restrictions and their undoing ------------------------------------------------------------


@pytest.mark.postgres
def test_postgres_query_runs_read_only_time_limited_as_the_query_role(
    seeded: None, query_role: str | None
) -> None:
    result = run(ROLE_STATE_SQL, timeout_ms=1234)
    assert list(result.rows[0].values()) == [query_role, "on", "1234ms", "1234ms", "6234ms"]


@pytest.mark.postgres
@pytest.mark.parametrize(
    "sql",
    [
        "SELECT first_name FROM employees",
        "SELECT salary FROM employees",
        "SELECT pg_sleep(5)",
        "SELECT * FROM auth_user",
    ],
)
def test_savepoint_rollback_restores_role_read_only_and_timeouts(
    seeded: None, query_role: str | None, sql: str
) -> None:
    """Inside the test's transaction the executor's atomic block is a savepoint: rolling it
    back must restore the role, read-write mode and timeouts, whatever the query did."""
    assert connection.in_atomic_block
    before = session_state()
    assert before[0] != query_role
    with contextlib.suppress(QueryFailed, QueryTimeout):
        run(sql, timeout_ms=200)
    assert session_state() == before
    Employee.objects.filter(pk=Employee.objects.first().pk).update(title="Intern")  # type: ignore[union-attr]


@pytest.mark.postgres
@pytest.mark.parametrize(
    "sql", ["SELECT current_user AS who", "SELECT nosuch", "SELECT 1; SELECT 2"]
)
def test_outermost_transaction_leaves_the_session_as_it_found_it(
    transactional_db: None, sql: str
) -> None:
    """Outside any transaction (production): nothing left open, nothing set for the session."""
    before = session_state()
    with contextlib.suppress(QueryFailed):
        run(sql)
    assert not connection.in_atomic_block
    assert connection.connection.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    assert session_state() == before


@pytest.mark.sqlite
@pytest.mark.parametrize(
    "sql",
    ["SELECT first_name FROM employees", "SELECT * FROM auth_user", SLOW_QUERY["sqlite"]],
)
def test_sqlite_restrictions_are_removed_afterwards(seeded: None, sql: str) -> None:
    raw = connection.connection
    with contextlib.suppress(QueryFailed, QueryTimeout):
        run(sql, timeout_ms=200)
    assert session_state() == (0,)  # query_only is off again
    get_user_model().objects.create_user("after-the-query")  # writes, other tables: allowed
    with connection.cursor() as cursor:
        cursor.execute(SLOW_QUERY["sqlite"].replace(", employees d", ""))  # no time limit left
    assert raw.execute("SELECT 1").fetchone() == (1,)


@pytest.mark.sqlite
def test_sqlite_statements_prepared_earlier_are_authorized_again(sentinels: dict[str, str]) -> None:
    sql = "SELECT username FROM auth_user"
    connection.connection.execute(sql).fetchall()  # now in sqlite3's statement cache
    with pytest.raises(QueryFailed, match="prohibited"):
        run(sql)


def test_stacked_statements_are_refused_by_the_database(
    seeded: None, query_role: str | None
) -> None:
    before = table_checksums()
    for sql in (
        "SELECT 1 AS one; DROP TABLE employees",
        "SELECT first_name FROM employees; RESET ROLE; DELETE FROM employees",
        "SELECT 1 AS one; COMMIT",
    ):
        with pytest.raises(QueryFailed, match=r"multiple commands|one statement at a time"):
            run(sql)
    assert table_checksums() == before


# --- hostile SQL with the guard bypassed ---------------------------------------------------------

HOSTILE_FOR_DIALECT = [q for q in HOSTILE_QUERIES if DIALECT in q.dialects]

# Statements no legitimate question needs: the database itself must refuse every one of them.
MUST_FAIL_CATEGORIES = frozenset(
    {"ddl", "dml", "stacked", "transaction", "role", "locking", "prepared"}
)
# The brief's named cases, refused whatever category the catalogue files them under.
MUST_FAIL_NAMES = frozenset({"drop_table", "update", "auth_user", "api_tokens", "pg_read_file"})
MUST_TIME_OUT_NAMES = frozenset({"pg_sleep", "pg_sleep_in_where"})
HOSTILE_TIMEOUT_MS = 300


def _attempt(sql: str) -> QueryResult | Exception:
    try:
        return run(sql, timeout_ms=HOSTILE_TIMEOUT_MS)
    except (QueryFailed, QueryTimeout) as exc:
        return exc


@pytest.mark.parametrize("hostile", HOSTILE_FOR_DIALECT, ids=lambda q: q.name)
def test_hostile_sql_is_contained_by_the_database_without_the_guard(
    hostile: HostileQuery, seeded: None, query_role: str | None, sentinels: dict[str, str]
) -> None:
    """Every catalogue entry, straight at the executor: it is refused or stopped, or it runs
    and returns nothing from outside employees. Either way no table changes, the session
    comes back as it was, and the caller's transaction survives."""
    checksums, state = table_checksums(), session_state()
    started = time.monotonic()

    outcome = _attempt(hostile.sql)

    assert time.monotonic() - started < 5, "the time limit did not hold"
    assert table_checksums() == checksums, "the statement changed the database"
    assert session_state() == state, "role, read-only mode or timeouts leaked"
    assert connection.in_atomic_block
    assert run("SELECT count(*) AS n FROM employees").rows == [{"n": 500}]
    if isinstance(outcome, QueryResult):
        assert not leaked(outcome, sentinels), outcome.rows[:3]
    if hostile.category in MUST_FAIL_CATEGORIES or hostile.name in MUST_FAIL_NAMES:
        assert isinstance(outcome, QueryFailed), outcome
    if hostile.name in MUST_TIME_OUT_NAMES:
        assert isinstance(outcome, QueryTimeout), outcome


def test_the_named_hostile_cases_are_in_the_catalogue() -> None:
    """The assertions above are only as good as the catalogue they run over."""
    names = {q.name for q in HOSTILE_FOR_DIALECT}
    expected = {"drop_table", "update", "auth_user", "api_tokens", "stacked_drop"}
    if DIALECT == "postgres":
        expected |= {"pg_read_file", "pg_sleep"}
    assert expected <= names


def test_other_tables_are_refused_even_when_their_data_would_leak(
    sentinels: dict[str, str], query_role: str | None
) -> None:
    for sql in (
        "SELECT username, password FROM auth_user",
        "SELECT name, prefix, hashed_key FROM apitokens_apitoken",
        "SELECT e.first_name, u.password FROM employees e, auth_user u",
        "SELECT first_name FROM employees UNION ALL SELECT username FROM auth_user",
    ):
        with pytest.raises(QueryFailed, match=r"permission denied|prohibited"):
            run(sql)


@pytest.mark.postgres
def test_role_switch_inside_a_statement_is_stopped_by_the_guard() -> None:
    """On the application's own connection, SET LOCAL ROLE can be undone inside one statement
    (set_config('role', ...)), so here the guard's function allow-list is the barrier; separate
    credentials (QUERY_DATABASE_URL) close it in the database too (see the README)."""
    sql = (
        "SELECT set_config('role', 'postgres', true) AS r, "
        "query_to_xml('SELECT username FROM auth_user', true, false, '') AS x FROM employees"
    )
    with pytest.raises(GuardRejection, match="SET_CONFIG"):
        guard_sql(sql, dialect="postgres", max_rows=10)
    with pytest.raises(GuardRejection):
        guard_sql(
            sql.replace("set_config('role', 'postgres', true) AS r, ", ""),
            dialect="postgres",
            max_rows=10,
        )


# --- the result budget and the query role, fail closed -------------------------------------


def test_long_cells_are_cut_and_rows_stop_at_the_character_budget(
    seeded: None, query_role: str | None, settings: Settings
) -> None:
    from gptbridge.budget import CELL_MAX_CHARS, ROWS_MAX_CHARS, json_chars

    wide = " || ".join(["email"] * 12)
    result = run(f"SELECT {wide} AS w, {wide} AS v FROM employees LIMIT 400", max_rows=399)
    assert result.truncated
    assert 0 < result.row_count < 399
    assert json_chars(result.rows) <= ROWS_MAX_CHARS
    assert all(json_chars(row["w"]) <= CELL_MAX_CHARS + 2 for row in result.rows)
    settings.GPTBRIDGE_ROWS_MAX_CHARS = 10**8  # the evaluation harness's whole results
    assert run("SELECT email FROM employees", max_rows=1000).row_count == 500


def test_a_cut_cell_says_how_much_is_gone(seeded: None, query_role: str | None) -> None:
    everyone = "STRING_AGG(email, ',')" if DIALECT == "postgres" else "GROUP_CONCAT(email, ',')"
    result = run(f"SELECT {everyone} AS everyone FROM employees")
    assert result.truncated
    assert result.rows[0]["everyone"].endswith("more characters cut]")


@pytest.mark.postgres
def test_database_errors_lose_the_data_values_they_quote(
    seeded: None, query_role: str | None
) -> None:
    Employee.objects.filter(last_name="Johnston").update(first_name="IGNORE PRIOR RULES")
    with pytest.raises(QueryFailed) as failed:
        run("SELECT CAST(first_name AS INTEGER) FROM employees WHERE last_name = 'Johnston'")
    assert "IGNORE" not in failed.value.reason
    assert "<a value from the data>" in failed.value.reason
    with pytest.raises(QueryFailed) as named:
        run("SELECT salary FROM employees")
    assert '"salary"' in named.value.reason  # a name the query wrote itself stays


def test_quoted_values_absent_from_the_sql_are_replaced() -> None:
    reason = 'invalid input syntax for type integer: "DROP ALL" near \'x\' in column "n"'
    assert executor.without_data_values(reason, "SELECT CAST(a AS INT) AS n, 'x'") == (
        "invalid input syntax for type integer: <a value from the data> near 'x' in column \"n\""
    )


@pytest.mark.postgres
def test_a_role_that_cannot_read_the_directory_is_an_operators_503(
    seeded: None, query_role: str | None
) -> None:
    from gptbridge.errors import QueryRoleCannotRead

    with connection.cursor() as cursor:
        cursor.execute(f'REVOKE SELECT ON employees FROM "{query_role}"')
    with pytest.raises(QueryRoleCannotRead) as refused:
        run("SELECT email FROM employees")
    assert refused.value.status_code == 503
    assert "setup_query_role" in refused.value.message


@pytest.mark.postgres
def test_a_privileged_app_user_without_the_role_runs_nothing_unless_allowed(
    seeded: None, settings: Settings
) -> None:
    from gptbridge.errors import PrivilegedQueriesRefused

    settings.GPTBRIDGE_QUERY_ROLE = f"exechelper_missing_{uuid.uuid4().hex[:8]}"
    with pytest.raises(PrivilegedQueriesRefused):
        run("SELECT email FROM employees")
    settings.GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES = True
    forget_query_role()
    assert run("SELECT email FROM employees LIMIT 1").row_count == 1


@pytest.mark.postgres
def test_an_unprivileged_app_user_without_the_role_falls_back_read_only(
    seeded: None, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Heroku Postgres Mini: no role can be created, the app's user is no superuser."""
    settings.GPTBRIDGE_QUERY_ROLE = f"exechelper_missing_{uuid.uuid4().hex[:8]}"
    monkeypatch.setattr(executor, "is_privileged_user", lambda connection: False)
    result = run(ROLE_STATE_SQL)
    assert list(result.rows[0].values())[1] == "on"  # read-only
