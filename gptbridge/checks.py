"""System checks for the question pipeline: nonsense settings, and generated SQL running with
more privilege than SELECT on the directory table."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register
from django.db import DEFAULT_DB_ALIAS, connections
from django.db import Error as DjangoDatabaseError
from django.db.backends.base.base import BaseDatabaseWrapper

from directory_gpt.ratelimit import is_valid_rate
from employees.models import Employee
from gptbridge import budget
from gptbridge.engines.registry import engine_choices
from gptbridge.executor import can_read_directory, is_privileged_user, query_role_status
from gptbridge.guard_cost import directory_column_widths
from gptbridge.schema import describe_directory, query_database_alias

RESPONSE_FORMATS = ("json_schema", "json_object")
MAX_ROWS_CEILING = 1000
MIN_QUERY_TIMEOUT_MS = 100
LEAST_PRIVILEGE_FIX = (
    "Run `python manage.py setup_query_role`, or set QUERY_DATABASE_URL to credentials that "
    "may only SELECT from the employees table."
)


@dataclass(frozen=True)
class SettingRule:
    id: str
    broken: bool
    message: str
    hint: str


@register("gptbridge")
def check_pipeline_settings(
    app_configs: Sequence[AppConfig] | None, **kwargs: Any
) -> list[CheckMessage]:
    rules = [
        SettingRule(
            "gptbridge.E001",
            not 1 <= settings.GPTBRIDGE_MAX_ROWS <= MAX_ROWS_CEILING,
            f"GPTBRIDGE_MAX_ROWS is {settings.GPTBRIDGE_MAX_ROWS!r}.",
            f"Use a number of rows from 1 to {MAX_ROWS_CEILING}.",
        ),
        SettingRule(
            "gptbridge.E002",
            settings.GPTBRIDGE_QUERY_TIMEOUT_MS < MIN_QUERY_TIMEOUT_MS,
            f"GPTBRIDGE_QUERY_TIMEOUT_MS is {settings.GPTBRIDGE_QUERY_TIMEOUT_MS!r}.",
            f"Allow each query at least {MIN_QUERY_TIMEOUT_MS} ms (the default is 3000).",
        ),
        SettingRule(
            "gptbridge.E003",
            settings.GPTBRIDGE_MAX_ATTEMPTS < 1,
            f"GPTBRIDGE_MAX_ATTEMPTS is {settings.GPTBRIDGE_MAX_ATTEMPTS!r}.",
            "Allow at least one attempt per question (the default is 2).",
        ),
        SettingRule(
            "gptbridge.E004",
            settings.GPTBRIDGE_ENGINE not in engine_choices(),
            f"GPTBRIDGE_ENGINE is {settings.GPTBRIDGE_ENGINE!r}.",
            f"Use one of: {', '.join(engine_choices())}.",
        ),
        SettingRule(
            "gptbridge.E005",
            settings.OPENAI_RESPONSE_FORMAT not in RESPONSE_FORMATS,
            f"OPENAI_RESPONSE_FORMAT is {settings.OPENAI_RESPONSE_FORMAT!r}.",
            f"Use one of: {', '.join(RESPONSE_FORMATS)}.",
        ),
        _rows_fit_rule(),
        *_rate_rules(),
    ]
    return [Error(rule.message, hint=rule.hint, id=rule.id) for rule in rules if rule.broken]


def _rows_fit_rule() -> SettingRule:
    """GPTBRIDGE_MAX_ROWS typical rows must fit the response's character budget for rows."""
    row_chars = budget.typical_row_chars(directory_column_widths(describe_directory("sqlite")))
    fitting = budget.ROWS_MAX_CHARS // row_chars
    return SettingRule(
        "gptbridge.E008",
        fitting < settings.GPTBRIDGE_MAX_ROWS <= MAX_ROWS_CEILING,
        f"GPTBRIDGE_MAX_ROWS is {settings.GPTBRIDGE_MAX_ROWS!r}, but a response has room for "
        f"about {fitting} typical rows ({row_chars} characters each) in its "
        f"{budget.RESPONSE_MAX_CHARS:,}-character limit.",
        f"Use at most {fitting} rows; answers with more would be cut.",
    )


def _rate_rules() -> list[SettingRule]:
    rates = ("GPTBRIDGE_RATE", "GPTBRIDGE_USER_RATE", "AUTH_FAILURE_RATE")
    rules = [
        SettingRule(
            "gptbridge.E009",
            not is_valid_rate(str(getattr(settings, name))),
            f"{name} is {getattr(settings, name)!r}.",
            "Write a rate as requests/period, e.g. 60/min, 5/10s, 1000/h or 100/day.",
        )
        for name in rates
    ]
    rules.append(
        SettingRule(
            "gptbridge.E010",
            settings.TRUSTED_PROXY_COUNT < 0,
            f"TRUSTED_PROXY_COUNT is {settings.TRUSTED_PROXY_COUNT!r}.",
            "Use the number of proxies in front of the app: 0 (none) or more; 1 on Heroku.",
        )
    )
    return rules


@register(Tags.database)
def check_query_privileges(
    app_configs: Sequence[AppConfig] | None,
    databases: Sequence[str] | None = None,
    **kwargs: Any,
) -> list[CheckMessage]:
    """Warn when generated SQL would run with more than SELECT on employees (PostgreSQL).

    Django passes `databases` only to commands that may touch them (`migrate`,
    `check --database`); a down database must not turn `check` into a traceback.
    """
    alias = query_database_alias()
    if not databases or alias not in databases:
        return []
    connection = connections[alias]
    if connection.vendor != "postgresql":
        return []
    try:
        if not _directory_table_exists(connection):
            return []  # a new database: `migrate` comes first, then `setup_query_role`
        return _privilege_warnings(connection)
    except DjangoDatabaseError:
        return []  # unreachable: Django's own database checks and the first request say so


def _directory_table_exists(connection: BaseDatabaseWrapper) -> bool:
    with connection.cursor() as cursor:
        return Employee._meta.db_table in connection.introspection.table_names(cursor)


def _privilege_warnings(connection: BaseDatabaseWrapper) -> list[CheckMessage]:
    identity = _query_identity(connection)
    if identity is None and is_privileged_user(connection):
        if settings.GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES:
            return [
                Warning(
                    f"The PostgreSQL role {settings.GPTBRIDGE_QUERY_ROLE!r} is unusable and "
                    "GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES lets model-written SQL run as the "
                    "privileged application user (read-only).",
                    hint=LEAST_PRIVILEGE_FIX,
                    id="gptbridge.W004",
                )
            ]
        return [
            Error(
                f"The PostgreSQL role {settings.GPTBRIDGE_QUERY_ROLE!r} does not exist or "
                "this database user cannot SET ROLE to it, and this user is privileged "
                "(superuser, BYPASSRLS or CREATEROLE): every question will be refused (503).",
                hint=LEAST_PRIVILEGE_FIX
                + " Or accept the risk with GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES=true.",
                id="gptbridge.E007",
            )
        ]
    if identity is None:
        return [
            Warning(
                f"The PostgreSQL role {settings.GPTBRIDGE_QUERY_ROLE!r} does not exist or "
                "this database user cannot SET ROLE to it, so model-written SQL runs with the "
                "application's full privileges (read-only, but able to read every table).",
                hint=LEAST_PRIVILEGE_FIX,
                id="gptbridge.W001",
            )
        ]
    if not can_read_directory(connection, identity):
        return [
            Error(
                f"Model-written SQL runs as {identity!r}, which cannot read the employees "
                "table of this database, so every question will be refused (503).",
                hint=LEAST_PRIVILEGE_FIX,
                id="gptbridge.E006",
            )
        ]
    readable = _readable_other_tables(connection, identity)
    if not readable:
        return []
    return [
        Warning(
            f"Model-written SQL runs as {identity!r}, which can read more than the "
            f"employees table: {', '.join(readable)}.",
            hint=LEAST_PRIVILEGE_FIX,
            id="gptbridge.W002",
        )
    ]


def _query_identity(connection: BaseDatabaseWrapper) -> str | None:
    """The role generated SQL runs as, or None when it would run as the application."""
    if connection.alias != DEFAULT_DB_ALIAS:
        with connection.cursor() as cursor:  # QUERY_DATABASE_URL: its own credentials
            cursor.execute("SELECT current_user")
            return str(cursor.fetchone()[0])
    role = settings.GPTBRIDGE_QUERY_ROLE
    return role if query_role_status(connection, role) == "usable" else None


def _readable_other_tables(connection: BaseDatabaseWrapper, identity: str) -> list[str]:
    """Up to five relations besides employees `identity` may read ("*" for a superuser)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", [identity])
        row = cursor.fetchone()
        if row is not None and row[0]:
            return ["* (superuser)"]
        cursor.execute(
            "SELECT n.nspname || '.' || c.relname FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname !~ '^pg_' "
            "AND n.nspname <> 'information_schema' AND c.relname <> %s "
            "AND has_table_privilege(%s, c.oid, 'SELECT') ORDER BY 1 LIMIT 5",
            [describe_directory("postgres").table, identity],
        )
        return [str(name) for (name,) in cursor.fetchall()]


@register("gptbridge")
def check_learning_settings(
    app_configs: Sequence[AppConfig] | None, **kwargs: Any
) -> list[CheckMessage]:
    """Settings of the verified answers, examples and SQL cache (issue 13: ids E131-E133)."""
    rules = [
        SettingRule(
            "gptbridge.E131",
            settings.GPTBRIDGE_EXAMPLES_K < 0,
            f"GPTBRIDGE_EXAMPLES_K is {settings.GPTBRIDGE_EXAMPLES_K!r}.",
            "Use 0 (no examples) or more (the default is 3).",
        ),
        SettingRule(
            "gptbridge.E132",
            settings.GPTBRIDGE_EXAMPLES_CHARS < 0,
            f"GPTBRIDGE_EXAMPLES_CHARS is {settings.GPTBRIDGE_EXAMPLES_CHARS!r}.",
            "Use 0 (no examples) or more characters (the default is 2000).",
        ),
        SettingRule(
            "gptbridge.E133",
            settings.GPTBRIDGE_SQL_CACHE_SECONDS < 0,
            f"GPTBRIDGE_SQL_CACHE_SECONDS is {settings.GPTBRIDGE_SQL_CACHE_SECONDS!r}.",
            "Use 0 (no cache) or more seconds (the default is 3600).",
        ),
    ]
    return [Error(rule.message, hint=rule.hint, id=rule.id) for rule in rules if rule.broken]
