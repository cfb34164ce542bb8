"""QUERY_DATABASE_URL end to end on PostgreSQL: a server whose generated SQL runs on separate
credentials that may only SELECT from employees (a replica's read-only role in production)."""

import copy
import subprocess
import sys
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from django.db import connection, connections
from psycopg import sql

from employees.models import Employee
from gptbridge import executor
from gptbridge.errors import QueryFailed
from gptbridge.executor import run_readonly_query
from tests.conftest import STATIC_KEY
from tests.liveserver import BASE_DIR, live_server, request, server_env

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

WALKTHROUGH = (
    "Please find names and hire dates of any employees in the marketing department hired after "
    "2018. Sort them by hire date."
)


def database_url(user: str) -> str:
    params = connection.settings_dict
    return f"postgres://{user}@{params['HOST']}:{params['PORT']}/{params['NAME']}"


def as_superuser(statement: sql.Composable) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement.as_string(connection.connection))


@pytest.fixture
def reader() -> Iterator[str]:
    """A LOGIN role (trust auth on loopback) with CONNECT, USAGE on public, SELECT on employees."""
    role = f"qdb_reader_{uuid.uuid4().hex[:10]}"
    name = sql.Identifier(role)
    database = sql.Identifier(connection.settings_dict["NAME"])
    as_superuser(sql.SQL("CREATE ROLE {} LOGIN").format(name))
    as_superuser(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, name))
    as_superuser(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(name))
    as_superuser(sql.SQL("GRANT SELECT ON employees TO {}").format(name))
    yield role
    as_superuser(sql.SQL("DROP OWNED BY {}").format(name))
    as_superuser(sql.SQL("REVOKE ALL ON DATABASE {} FROM {}").format(database, name))
    as_superuser(sql.SQL("DROP ROLE {}").format(name))


@pytest.fixture
def server_settings(reader: str) -> dict[str, str]:
    return server_env(
        DATABASE_URL=database_url("postgres"),
        QUERY_DATABASE_URL=database_url(reader),
        BEARER_AUTH_API_KEY=STATIC_KEY,
        GPTBRIDGE_ENGINE="offline",
        DATABASE_POOL_MAX_SIZE="2",
    )


def ask(base_url: str) -> tuple[int, dict[str, Any]]:
    status, _, body = request(
        f"{base_url}/search",
        {"message": WALKTHROUGH, "format": "rows"},
        {"Authorization": f"Bearer {STATIC_KEY}"},
    )
    return status, body


def test_search_answers_through_the_read_only_credentials(
    seeded: None, reader: str, server_settings: dict[str, str]
) -> None:
    expected = Employee.objects.filter(department="Marketing", hire_date__year__gt=2018).count()
    with live_server(server_settings) as base_url:
        status, body = ask(base_url)
        assert status == 200, body
        assert body["row_count"] == expected > 0
        # the answer came through the reader: without its SELECT, the same question fails, as
        # the operator's problem (503), never fed back to the model as the user's (issue 8.5)
        as_superuser(sql.SQL("REVOKE SELECT ON employees FROM {}").format(sql.Identifier(reader)))
        status, body = ask(base_url)
        assert status == 503, body
        assert body["code"] == "query_role_cannot_read"
        as_superuser(sql.SQL("GRANT SELECT ON employees TO {}").format(sql.Identifier(reader)))
        assert ask(base_url)[0] == 200


def test_the_system_check_finds_nothing_to_warn_about(server_settings: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--database", "query"],
        cwd=BASE_DIR,
        env=server_settings,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "gptbridge.W" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO employees (id, first_name, last_name, email, department, title, hire_date) "
        "VALUES (gen_random_uuid(), 'A', 'B', 'a@example.com', 'Sales', 'Manager', '2020-01-01')",
        "UPDATE employees SET title = 'CEO'",
        "DELETE FROM employees",
        "SELECT username, password FROM auth_user",
        "SELECT hashed_key FROM apitokens_apitoken",
        "SELECT question FROM gptbridge_querylog",
        "CREATE TABLE public.loot (x int)",
    ],
)
def test_the_role_itself_cannot_write_or_read_other_tables(
    seeded: None, reader: str, statement: str
) -> None:
    """Below the guard: even SQL the guard would never pass is refused by the database."""
    with (
        psycopg.connect(database_url(reader).replace("postgres://", "postgresql://")) as raw,
        raw.cursor() as cursor,
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            cursor.execute(statement)
        raw.rollback()
        cursor.execute("SELECT count(*) FROM employees")
        assert cursor.fetchone() == (500,)


@pytest.fixture
def reader_alias(reader: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The `query` alias as settings build it from QUERY_DATABASE_URL, in this process."""
    alias = "query_e2e"
    default = connections["default"]
    params = copy.deepcopy(default.settings_dict)
    params["OPTIONS"] = {k: v for k, v in params.get("OPTIONS", {}).items() if k != "pool"}
    params.update({"USER": reader, "PASSWORD": ""})
    connections[alias] = type(default)(params, alias)
    monkeypatch.setattr(executor, "query_database_alias", lambda: alias)
    yield alias
    connections[alias].close()
    del connections[alias]


def test_the_executor_on_the_reader_reads_employees_only(seeded: None, reader_alias: str) -> None:
    result = run_readonly_query("SELECT count(*) AS n FROM employees", max_rows=5, timeout_ms=2000)
    assert result.rows == [{"n": 500}]
    with pytest.raises(QueryFailed, match="permission denied"):
        run_readonly_query("SELECT username FROM auth_user", max_rows=5, timeout_ms=2000)
