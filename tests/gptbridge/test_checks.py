"""The pipeline's system checks: nonsense settings, and generated SQL with too much privilege."""

import copy
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from io import StringIO
from typing import Any

import psycopg
import pytest
from django.core.checks import CheckMessage
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection, connections
from pytest_django.fixtures import Settings

from gptbridge import checks
from gptbridge.checks import (
    check_learning_settings,
    check_pipeline_settings,
    check_query_privileges,
)
from gptbridge.executor import forget_query_role


def ids(messages: list[CheckMessage]) -> list[str]:
    return [message.id or "" for message in messages]


def privilege_check(alias: str = "default") -> list[str]:
    return ids(check_query_privileges(None, databases=[alias]))


def grant(sql: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql)


@pytest.fixture(autouse=True)
def _fresh_role_lookup() -> None:
    forget_query_role()


@pytest.fixture
def query_alias(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Stands in for the `query` alias of QUERY_DATABASE_URL, reached by `overrides`."""
    created: list[str] = []

    def build(**overrides: Any) -> str:
        alias = f"checks_test_{len(created)}"
        default = connections["default"]
        params = copy.deepcopy(default.settings_dict)
        params["OPTIONS"] = {k: v for k, v in params.get("OPTIONS", {}).items() if k != "pool"}
        params.update(overrides)
        connections[alias] = type(default)(params, alias)
        created.append(alias)
        monkeypatch.setattr(checks, "query_database_alias", lambda: alias)
        return alias

    yield build
    for alias in created:
        connections[alias].close()
        del connections[alias]


# --- settings --------------------------------------------------------------------------------


def test_default_settings_pass() -> None:
    assert check_pipeline_settings(None) == []


@pytest.mark.parametrize(
    ("setting", "value", "expected"),
    [
        ("GPTBRIDGE_MAX_ROWS", 0, "gptbridge.E001"),
        ("GPTBRIDGE_MAX_ROWS", 1001, "gptbridge.E001"),
        ("GPTBRIDGE_QUERY_TIMEOUT_MS", 99, "gptbridge.E002"),
        ("GPTBRIDGE_MAX_ATTEMPTS", 0, "gptbridge.E003"),
        ("GPTBRIDGE_ENGINE", "gpt-5", "gptbridge.E004"),
        ("OPENAI_RESPONSE_FORMAT", "text", "gptbridge.E005"),
    ],
)
def test_nonsense_settings_are_errors(
    settings: Settings, setting: str, value: object, expected: str
) -> None:
    setattr(settings, setting, value)
    messages = check_pipeline_settings(None)
    assert ids(messages) == [expected]
    assert setting in messages[0].msg
    assert messages[0].hint


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("GPTBRIDGE_MAX_ROWS", 1),
        ("GPTBRIDGE_MAX_ROWS", 200),
        ("GPTBRIDGE_QUERY_TIMEOUT_MS", 100),
        ("GPTBRIDGE_MAX_ATTEMPTS", 1),
        ("GPTBRIDGE_ENGINE", "offline"),
        ("OPENAI_RESPONSE_FORMAT", "json_object"),
    ],
)
def test_boundary_settings_pass(settings: Settings, setting: str, value: object) -> None:
    setattr(settings, setting, value)
    assert check_pipeline_settings(None) == []


def test_more_rows_than_a_response_can_hold_is_an_error(settings: Settings) -> None:
    settings.GPTBRIDGE_MAX_ROWS = 1000
    messages = check_pipeline_settings(None)
    assert ids(messages) == ["gptbridge.E008"]
    assert "100,000" in messages[0].msg


def test_manage_py_check_stops_on_a_nonsense_setting(settings: Settings) -> None:
    settings.GPTBRIDGE_MAX_ROWS = 0
    with pytest.raises(SystemCheckError, match=r"gptbridge\.E001"):
        call_command("check", stdout=StringIO(), stderr=StringIO())


# --- privileges of generated SQL ---------------------------------------------------------------


def test_privilege_check_touches_no_database_unless_asked() -> None:
    """Without the `db` fixture any query would fail the test: none is made."""
    assert check_query_privileges(None) == []
    assert check_query_privileges(None, databases=[]) == []


@pytest.mark.sqlite
def test_nothing_to_check_on_sqlite(db: None) -> None:
    assert privilege_check() == []


@pytest.fixture
def unprivileged_app_user(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Heroku Postgres Mini: the app's user owns its tables but cannot create roles."""
    monkeypatch.setattr(checks, "is_privileged_user", lambda connection: False)


@pytest.mark.postgres
def test_missing_role_warns_with_the_fix(
    db: None, settings: Settings, unprivileged_app_user: None
) -> None:
    settings.GPTBRIDGE_QUERY_ROLE = f"exechelper_missing_{uuid.uuid4().hex[:8]}"
    messages = check_query_privileges(None, databases=["default"])
    assert ids(messages) == ["gptbridge.W001"]
    assert "setup_query_role" in (messages[0].hint or "")
    assert "QUERY_DATABASE_URL" in (messages[0].hint or "")


@pytest.mark.postgres
def test_manage_py_check_reports_the_missing_role(
    db: None, settings: Settings, unprivileged_app_user: None
) -> None:
    settings.GPTBRIDGE_QUERY_ROLE = f"exechelper_missing_{uuid.uuid4().hex[:8]}"
    out, err = StringIO(), StringIO()
    call_command("check", "--database", "default", stdout=out, stderr=err)
    assert "gptbridge.W001" in out.getvalue() + err.getvalue()


@pytest.mark.postgres
def test_missing_role_with_a_privileged_app_user_is_an_error(db: None, settings: Settings) -> None:
    """The test database's user is a superuser: without the role, nothing may run."""
    settings.GPTBRIDGE_QUERY_ROLE = f"exechelper_missing_{uuid.uuid4().hex[:8]}"
    messages = check_query_privileges(None, databases=["default"])
    assert ids(messages) == ["gptbridge.E007"]
    assert "GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES" in (messages[0].hint or "")
    settings.GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES = True
    assert privilege_check() == ["gptbridge.W004"]


@pytest.mark.postgres
def test_set_up_role_passes(db: None) -> None:
    call_command("setup_query_role", stdout=StringIO())
    assert privilege_check() == []


@pytest.mark.postgres
def test_role_that_reads_other_tables_warns(db: None, settings: Settings) -> None:
    call_command("setup_query_role", stdout=StringIO())
    grant(f'GRANT SELECT ON auth_user TO "{settings.GPTBRIDGE_QUERY_ROLE}"')
    messages = check_query_privileges(None, databases=["default"])
    assert ids(messages) == ["gptbridge.W002"]
    assert "public.auth_user" in messages[0].msg


@pytest.mark.postgres
def test_role_set_up_in_another_database_warns(db: None, settings: Settings) -> None:
    """The role is cluster-wide; its grant on employees is per database."""
    call_command("setup_query_role", stdout=StringIO())
    grant(f'REVOKE SELECT ON employees FROM "{settings.GPTBRIDGE_QUERY_ROLE}"')
    assert privilege_check() == ["gptbridge.E006"]


@pytest.mark.postgres
def test_query_credentials_with_full_privileges_warn(db: None, query_alias: Any) -> None:
    """QUERY_DATABASE_URL pointing at the application's own (superuser) credentials."""
    alias = query_alias()
    messages = check_query_privileges(None, databases=[alias])
    assert ids(messages) == ["gptbridge.W002"]
    assert "superuser" in messages[0].msg


@pytest.mark.postgres
def test_query_alias_is_checked_only_when_asked_for(db: None, query_alias: Any) -> None:
    query_alias()
    assert privilege_check("default") == []


def test_database_down_is_no_crash(db: None, query_alias: Any) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    if connection.vendor == "postgresql":
        alias = query_alias(HOST="127.0.0.1", PORT=str(port))
    else:
        alias = query_alias(NAME="/nonexistent-directory/directory.sqlite3")
    assert check_query_privileges(None, databases=[alias]) == []


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("GPTBRIDGE_EXAMPLES_K", "gptbridge.E131"),
        ("GPTBRIDGE_EXAMPLES_CHARS", "gptbridge.E132"),
        ("GPTBRIDGE_SQL_CACHE_SECONDS", "gptbridge.E133"),
    ],
)
def test_negative_learning_settings_are_errors(
    settings: Settings, setting: str, expected: str
) -> None:
    setattr(settings, setting, -1)
    messages = check_learning_settings(None)
    assert ids(messages) == [expected]
    assert setting in messages[0].msg
    setattr(settings, setting, 0)
    assert check_learning_settings(None) == []


@dataclass(frozen=True)
class FreshDatabase:
    url: str
    role: str


@pytest.fixture
def fresh_database() -> Iterator[FreshDatabase]:
    """A new, empty database on the test cluster and a role name nobody has created; both are
    dropped afterwards."""
    suffix = uuid.uuid4().hex[:10]
    name, role = f"fresh_{suffix}", f"fresh_reader_{suffix}"
    params = connection.get_connection_params()
    user, host, port = params.get("user", ""), params.get("host", ""), params.get("port", "")
    with psycopg.connect(**{**params, "dbname": "postgres"}, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield FreshDatabase(url=f"postgres://{user}@{host}:{port}/{name}", role=role)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.mark.postgres
def test_a_new_database_is_migrated_before_the_role_is_set_up(
    db: None, fresh_database: FreshDatabase
) -> None:
    """The README's order with a privileged user: migrate, then setup_query_role, then a clean
    `check --database`. The role check must not block the migrate that has to come first."""
    env = {
        **os.environ,
        "DATABASE_URL": fresh_database.url,
        "GPTBRIDGE_QUERY_ROLE": fresh_database.role,
    }
    env.pop("QUERY_DATABASE_URL", None)

    def manage(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "manage.py", *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, check=False)

    migrated = manage("migrate", "--noinput")
    assert migrated.returncode == 0, migrated.stderr
    refused = manage("check", "--database", "default")
    assert refused.returncode != 0
    assert "gptbridge.E007" in refused.stderr
    assert manage("setup_query_role").returncode == 0
    checked = manage("check", "--database", "default")
    assert checked.returncode == 0, checked.stderr
