"""`manage.py setup_query_role`. Roles are cluster-wide in PostgreSQL: every test runs inside
the test's transaction (so nothing it creates is committed) and copes with the default role
already existing, created by someone else on the same server."""

import uuid
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from pytest_django.fixtures import Settings

from gptbridge.errors import QueryFailed
from gptbridge.executor import forget_query_role, run_readonly_query


def setup_role(*args: str) -> str:
    out = StringIO()
    call_command("setup_query_role", *args, stdout=out)
    return out.getvalue()


def fetch_one(sql: str, params: list[str]) -> tuple[object, ...]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return tuple(cursor.fetchone())


def can_select(role: str, table: str) -> bool:
    return bool(fetch_one("SELECT has_table_privilege(%s, %s, 'SELECT')", [role, table])[0])


def role_exists(role: str) -> bool:
    return bool(fetch_one("SELECT count(*) FROM pg_roles WHERE rolname = %s", [role])[0])


def unique_role() -> str:
    return f"exechelper_test_{uuid.uuid4().hex[:10]}"


@pytest.fixture(autouse=True)
def _fresh_role_lookup() -> None:
    forget_query_role()


@pytest.mark.sqlite
def test_nothing_to_do_on_sqlite(db: None) -> None:
    assert "Nothing to do on sqlite" in setup_role()


@pytest.mark.postgres
def test_default_role_may_select_employees_and_nothing_else(db: None) -> None:
    role = settings.GPTBRIDGE_QUERY_ROLE
    output = setup_role()
    assert f"Set up role '{role}'" in output
    assert "SELECT on public.employees only" in output
    assert can_select(role, "employees")
    for table in ("auth_user", "apitokens_apitoken", "django_session", "gptbridge_querylog"):
        assert not can_select(role, table), table
    assert fetch_one("SELECT rolsuper FROM pg_roles WHERE rolname = %s", [role]) == (False,)
    assert fetch_one("SELECT pg_has_role(current_user, %s, 'MEMBER')", [role]) == (True,)


@pytest.mark.postgres
def test_new_role_is_created_nologin_and_granted_to_the_application(db: None) -> None:
    role = unique_role()
    output = setup_role("--role", role)
    assert "(created)" in output
    assert "may now SET ROLE" in output
    assert fetch_one("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", [role]) == (False,)
    member = fetch_one(
        "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
        "WHERE r.rolname = %s AND m.member = (SELECT oid FROM pg_roles WHERE rolname = "
        "current_user)",
        [role],
    )
    assert member == (1,)


@pytest.mark.postgres
def test_running_twice_changes_nothing_more(db: None) -> None:
    role = unique_role()
    setup_role("--role", role)
    again = setup_role("--role", role)
    assert "(already existed)" in again
    assert "may now SET ROLE" not in again
    assert can_select(role, "employees")
    assert not can_select(role, "auth_user")


@pytest.mark.postgres
def test_extra_privileges_and_memberships_are_taken_away(db: None) -> None:
    role = unique_role()
    setup_role("--role", role)
    with connection.cursor() as cursor:
        cursor.execute(f'GRANT SELECT, UPDATE ON auth_user TO "{role}"')
        cursor.execute(f'GRANT pg_read_all_data TO "{role}"')
    assert can_select(role, "django_session")  # through pg_read_all_data

    setup_role("--role", role)

    assert not can_select(role, "auth_user")
    assert not can_select(role, "django_session")
    assert can_select(role, "employees")


@pytest.mark.postgres
def test_dry_run_prints_the_statements_and_changes_nothing(db: None) -> None:
    role = unique_role()
    output = setup_role("--role", role, "--dry-run")
    assert f'CREATE ROLE "{role}" NOLOGIN;' in output
    assert f'GRANT SELECT ON "public"."employees" TO "{role}";' in output
    assert "Dry run, nothing changed" in output
    assert not role_exists(role)


@pytest.mark.postgres
def test_role_names_are_quoted_by_the_command_and_the_executor(
    seeded: None, settings: Settings
) -> None:
    role = f'Odd "{uuid.uuid4().hex[:6]}"; DROP TABLE employees; --'
    settings.GPTBRIDGE_QUERY_ROLE = role
    setup_role("--role", role)
    assert role_exists(role)
    assert can_select(role, "employees")
    result = run_readonly_query("SELECT current_user AS who FROM employees LIMIT 1", max_rows=1)
    assert result.rows == [{"who": role}]


@pytest.mark.postgres
def test_a_superuser_role_is_refused(db: None) -> None:
    with pytest.raises(CommandError, match="superuser"):
        setup_role("--role", "postgres")


@pytest.mark.postgres
def test_the_executor_then_runs_as_the_role(seeded: None, settings: Settings) -> None:
    role = unique_role()
    settings.GPTBRIDGE_QUERY_ROLE = role
    setup_role("--role", role)
    result = run_readonly_query("SELECT current_user AS who FROM employees LIMIT 1", max_rows=1)
    assert result.rows == [{"who": role}]
    with pytest.raises(QueryFailed, match="permission denied"):
        run_readonly_query("SELECT username FROM auth_user", max_rows=1)
