"""`manage.py setup_query_role`: the least-privilege PostgreSQL role generated SQL runs as."""

from argparse import ArgumentParser
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db import Error as DjangoDatabaseError
from django.db.backends.base.base import BaseDatabaseWrapper
from psycopg import sql

from employees.models import Employee
from gptbridge.executor import forget_query_role


@dataclass
class RolePlan:
    """What the database has now and the statements that bring the role to least privilege."""

    role: str
    table: str
    created: bool
    granted_to: str | None
    statements: list[sql.Composable] = field(default_factory=list)


class Command(BaseCommand):
    help = (
        "Create (if missing) the NOLOGIN PostgreSQL role that model-written SQL runs as "
        "(GPTBRIDGE_QUERY_ROLE), take every table privilege away from it except SELECT on the "
        "employees table, and let the application's user SET ROLE to it. Idempotent. "
        "Creating roles needs CREATEROLE, which small Heroku Postgres plans do not give: there, "
        "create a read-only credential that may only SELECT from employees and set "
        "QUERY_DATABASE_URL to it instead. On SQLite nothing is needed."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--role", default=None, help="Role name (default: settings.GPTBRIDGE_QUERY_ROLE)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the statements without running them."
        )

    def handle(self, *args: Any, role: str | None, dry_run: bool, **options: Any) -> None:
        connection = connections[DEFAULT_DB_ALIAS]
        if connection.vendor != "postgresql":
            self.stdout.write(
                f"Nothing to do on {connection.vendor}: generated SQL is confined by "
                "query_only and an authorizer there."
            )
            return
        role_name = role or settings.GPTBRIDGE_QUERY_ROLE
        try:
            with transaction.atomic(using=DEFAULT_DB_ALIAS):
                plan = plan_role(connection, role_name)
                self._apply(connection, plan, dry_run)
        except DjangoDatabaseError as exc:
            raise CommandError(
                f"Could not set up role {role_name!r}: {exc}. Without CREATEROLE (e.g. on "
                "Heroku Postgres), set QUERY_DATABASE_URL to a read-only credential instead."
            ) from exc
        forget_query_role()
        self._summarize(plan, dry_run)

    def _apply(self, connection: BaseDatabaseWrapper, plan: RolePlan, dry_run: bool) -> None:
        with connection.cursor() as cursor:
            for statement in plan.statements:
                text = statement.as_string(connection.connection)
                if dry_run:
                    self.stdout.write(f"  {text};")
                else:
                    cursor.execute(text)

    def _summarize(self, plan: RolePlan, dry_run: bool) -> None:
        prefix = "Dry run, nothing changed: would set" if dry_run else "Set"
        state = "created" if plan.created else "already existed"
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix} up role {plan.role!r} ({state}): SELECT on {plan.table} only."
            )
        )
        if plan.granted_to:
            self.stdout.write(f"{plan.granted_to} may now SET ROLE {plan.role}.")


def plan_role(connection: BaseDatabaseWrapper, role: str) -> RolePlan:
    """Read the catalog and list the statements; runs nothing that changes the database."""
    with connection.cursor() as cursor:
        attributes = _role_attributes(cursor, role)
        schema = _table_schema(cursor, Employee._meta.db_table)
        schemas = _user_schemas(cursor)
        memberships = _memberships_of(cursor, role)
        current_user, is_member = _current_user_membership(cursor, role)
    if attributes is not None and any(attributes):
        raise CommandError(
            f"Role {role!r} is a superuser or bypasses row security; choose another --role."
        )
    ident = sql.Identifier(role)
    table = sql.Identifier(schema, Employee._meta.db_table)
    plan = RolePlan(
        role=role,
        table=f"{schema}.{Employee._meta.db_table}",
        created=attributes is None,
        granted_to=None if is_member else current_user,
    )
    if plan.created:
        plan.statements.append(sql.SQL("CREATE ROLE {} NOLOGIN").format(ident))
    for name in schemas:
        namespace = sql.Identifier(name)
        plan.statements += [
            sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}").format(namespace, ident),
            sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM {}").format(namespace, ident),
            sql.SQL("REVOKE ALL ON SCHEMA {} FROM {}").format(namespace, ident),
        ]
    # Membership in another role (pg_read_all_data, the app's own...) would hand its rights on.
    plan.statements += [
        sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), ident) for other in memberships
    ]
    plan.statements += [
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(schema), ident),
        sql.SQL("GRANT SELECT ON {} TO {}").format(table, ident),
    ]
    if not is_member:
        plan.statements.append(sql.SQL("GRANT {} TO CURRENT_USER").format(ident))
    return plan


def _role_attributes(cursor: Any, role: str) -> tuple[bool, bool] | None:
    cursor.execute("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = %s", [role])
    row = cursor.fetchone()
    return None if row is None else (bool(row[0]), bool(row[1]))


def _table_schema(cursor: Any, table: str) -> str:
    cursor.execute(
        "SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.oid = to_regclass(quote_ident(%s))",
        [table],
    )
    row = cursor.fetchone()
    if row is None:
        raise CommandError(f"Table {table!r} does not exist yet; run `manage.py migrate` first.")
    return str(row[0])


def _user_schemas(cursor: Any) -> list[str]:
    """Schemas whose tables the role could have been given (system schemas excluded)."""
    cursor.execute(
        "SELECT nspname FROM pg_namespace WHERE nspname !~ '^pg_' "
        "AND nspname <> 'information_schema' AND has_schema_privilege(oid, 'USAGE') "
        "ORDER BY nspname"
    )
    return [str(row[0]) for row in cursor.fetchall()]


def _memberships_of(cursor: Any, role: str) -> list[str]:
    cursor.execute(
        "SELECT granted.rolname FROM pg_auth_members m "
        "JOIN pg_roles granted ON granted.oid = m.roleid "
        "JOIN pg_roles member ON member.oid = m.member "
        "WHERE member.rolname = %s ORDER BY granted.rolname",
        [role],
    )
    return [str(row[0]) for row in cursor.fetchall()]


def _current_user_membership(cursor: Any, role: str) -> tuple[str, bool]:
    """The application's user, and whether it is already a direct member of the role."""
    cursor.execute(
        "SELECT current_user, EXISTS (SELECT 1 FROM pg_auth_members m "
        "JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
        "WHERE r.rolname = %s AND u.rolname = current_user)",
        [role],
    )
    current_user, is_member = cursor.fetchone()
    return str(current_user), bool(is_member)
