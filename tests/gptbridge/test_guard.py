"""The SQL guard: hostile SQL is rejected with a usable reason, legitimate SQL is re-rendered
with the row limit enforced, and the re-rendered SQL really runs on the active database."""

import pytest
import sqlglot
from django.db import connection
from sqlglot import exp

from employees.models import Employee
from gptbridge.domain import Dialect
from gptbridge.errors import GuardRejection
from gptbridge.guard import MAX_TABLE_REFERENCES, guard_sql
from gptbridge.guard_allowlist import ANONYMOUS_FUNCTIONS
from tests.factories import EmployeeFactory
from tests.gptbridge.hostile_sql import (
    HOSTILE_QUERIES,
    LIMIT_CASES,
    NEUTRALISED_QUERIES,
    SAFE_QUERIES,
    HostileQuery,
    LimitCase,
    NeutralisedQuery,
    SafeQuery,
)

DIALECTS: tuple[Dialect, ...] = ("postgres", "sqlite")
MAX_ROWS = 10


def _dialect_id(dialect: Dialect) -> str:
    # tests/conftest.py deselects items whose keywords include a bare backend name.
    return f"as-{dialect}"


def _per_dialect(entries, dialects_of):
    return [
        pytest.param(entry, dialect, id=f"{entry.name}-{_dialect_id(dialect)}")
        for entry in entries
        for dialect in sorted(dialects_of(entry))
    ]


def _rejection(sql: str, dialect: Dialect = "postgres") -> str:
    with pytest.raises(GuardRejection) as caught:
        guard_sql(sql, dialect=dialect, max_rows=MAX_ROWS)
    return caught.value.reason


def _reparse(sql: str, dialect: Dialect) -> exp.Expr:
    statements = sqlglot.parse(sql, read=dialect)
    assert len(statements) == 1
    assert statements[0] is not None
    return statements[0]


# --- the catalogue ------------------------------------------------------------------------


def test_catalogue_is_large_and_uniquely_named() -> None:
    names = [query.name for query in HOSTILE_QUERIES]
    assert len(names) >= 60
    assert len(set(names)) == len(names)
    assert all(query.dialects <= {"postgres", "sqlite"} for query in HOSTILE_QUERIES)


@pytest.mark.parametrize(("query", "dialect"), _per_dialect(HOSTILE_QUERIES, lambda q: q.dialects))
def test_hostile_query_is_rejected_with_a_reason(query: HostileQuery, dialect: Dialect) -> None:
    reason = _rejection(query.sql, dialect)

    assert reason.strip()
    assert "\n" not in reason
    assert len(reason) < 400


@pytest.mark.parametrize(("query", "dialect"), _per_dialect(SAFE_QUERIES, lambda q: q.dialects))
def test_safe_query_is_accepted_and_guarding_is_idempotent(
    query: SafeQuery, dialect: Dialect
) -> None:
    guarded = guard_sql(query.sql, dialect=dialect, max_rows=MAX_ROWS)

    assert guard_sql(guarded, dialect=dialect, max_rows=MAX_ROWS) == guarded
    assert type(_reparse(guarded, dialect)) in (exp.Select, exp.Union, exp.Intersect, exp.Except)


@pytest.mark.parametrize("query", NEUTRALISED_QUERIES, ids=lambda q: q.name)
def test_neutralised_query_is_rendered_harmlessly(query: NeutralisedQuery) -> None:
    dialect: Dialect = "postgres" if query.dialect == "postgres" else "sqlite"

    assert guard_sql(query.sql, dialect=dialect, max_rows=MAX_ROWS) == query.expected


# --- LIMIT --------------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", DIALECTS, ids=_dialect_id)
@pytest.mark.parametrize("case", LIMIT_CASES, ids=lambda c: c.name)
def test_outer_limit_is_added_clamped_or_kept(case: LimitCase, dialect: Dialect) -> None:
    guarded = _reparse(guard_sql(case.sql, dialect=dialect, max_rows=case.max_rows), dialect)

    limit = guarded.args["limit"]
    offset = guarded.args.get("offset")
    assert int(limit.expression.this) == case.expected_limit
    assert (int(offset.expression.this) if offset else None) == case.expected_offset


def test_max_rows_zero_still_reads_one_row_to_detect_truncation() -> None:
    assert guard_sql("SELECT id FROM employees", dialect="sqlite", max_rows=0).endswith("LIMIT 1")


def test_negative_max_rows_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="max_rows"):
        guard_sql("SELECT id FROM employees", dialect="sqlite", max_rows=-1)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM employees LIMIT 1.5",
        "SELECT * FROM employees LIMIT '10'",
        "SELECT * FROM employees LIMIT 10 OFFSET -1",
        "SELECT * FROM employees LIMIT 10 OFFSET (SELECT 1)",
        "SELECT * FROM (SELECT * FROM employees LIMIT 2 + 2) AS t",
    ],
)
def test_non_literal_limits_and_offsets_are_rejected(sql: str) -> None:
    assert "non-negative whole number" in _rejection(sql)


# --- comments -----------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", DIALECTS, ids=_dialect_id)
def test_output_has_no_comments(dialect: Dialect) -> None:
    sql = (
        "/* lead */ SELECT -- the names\n first_name /* inline */, last_name\n"
        "FROM employees -- trailing ; DROP TABLE employees\n"
        "WHERE /* x */ department = 'HR' /* end */ ;  -- after the semicolon"
    )

    guarded = guard_sql(sql, dialect=dialect, max_rows=MAX_ROWS)

    assert "--" not in guarded
    assert "/*" not in guarded
    assert "DROP" not in guarded
    assert guarded == (
        "SELECT first_name, last_name FROM employees WHERE department = 'HR' LIMIT 11"
    )


# --- reasons a model can act on -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "dialect", "expected"),
    [
        ("SELECT * FROM auth_user", "postgres", "Only the employees table may be queried"),
        ("SELECT * FROM auth_user", "postgres", "auth_user"),
        ('SELECT * FROM "Employees"', "postgres", "case-sensitive"),
        ("SELECT pg_sleep(60) FROM employees", "postgres", "PG_SLEEP"),
        ("SELECT randomblob(10) FROM employees", "sqlite", "RANDOMBLOB"),
        ("SELECT 1 FROM employees; DROP TABLE employees", "sqlite", "one statement"),
        ("DELETE FROM employees", "sqlite", "SELECT"),
        ("SELECT * FROM pg_catalog.pg_authid", "postgres", "bare name"),
        ("SELECT * FROM employees a CROSS JOIN employees b", "sqlite", "JOIN"),
        ("WITH RECURSIVE r AS (SELECT 1) SELECT * FROM r", "sqlite", "RECURSIVE"),
        ("SELECT * FROM employees FOR UPDATE", "postgres", "FOR UPDATE"),
        ("SELECT * FROM employees LIMIT ALL", "postgres", "ALL"),
        ("SELECT * FROM employe\u0435s", "sqlite", "ASCII"),
        ("SELEC * FRM employees", "sqlite", "not a SELECT"),
        ("SELECT (1 FROM employees", "sqlite", "could not be parsed"),
        ("", "sqlite", "empty"),
        ("-- just a comment", "sqlite", "empty"),
    ],
)
def test_reasons_are_helpful(sql: str, dialect: Dialect, expected: str) -> None:
    assert expected in _rejection(sql, dialect)


def test_table_reference_budget_counts_ctes_and_subqueries() -> None:
    within = "WITH d AS (SELECT * FROM employees) SELECT * FROM employees e JOIN d ON d.id = e.id"
    beyond = within + " WHERE e.id IN (SELECT id FROM employees)"

    guard_sql(within, dialect="postgres", max_rows=MAX_ROWS)
    assert f"at most {MAX_TABLE_REFERENCES}" in _rejection(beyond)


@pytest.mark.parametrize("dialect", DIALECTS, ids=_dialect_id)
@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM EMPLOYEES",
        "select First_Name from Employees as E where E.Department = 'HR'",
        'SELECT e."first_name" FROM "employees" AS e',
    ],
)
def test_table_name_matches_as_the_database_resolves_it(sql: str, dialect: Dialect) -> None:
    guard_sql(sql, dialect=dialect, max_rows=MAX_ROWS)


def test_quoted_upper_case_table_is_the_same_table_only_on_sqlite() -> None:
    guard_sql('SELECT * FROM "EMPLOYEES"', dialect="sqlite", max_rows=MAX_ROWS)
    _rejection('SELECT * FROM "EMPLOYEES"', "postgres")


@pytest.mark.parametrize(
    ("dialect", "name"),
    [(dialect, name) for dialect in DIALECTS for name in sorted(ANONYMOUS_FUNCTIONS[dialect])],
)
def test_every_allow_listed_anonymous_function_is_accepted(dialect: Dialect, name: str) -> None:
    guard_sql(f"SELECT {name}(hire_date) FROM employees", dialect=dialect, max_rows=MAX_ROWS)


def test_sqlglot_date_parts_are_rewritten_into_sqlite_functions() -> None:
    tree = exp.select(exp.Year(this=exp.column("hire_date"))).from_("employees")

    guarded = guard_sql(tree.sql(dialect="sqlite"), dialect="sqlite", max_rows=MAX_ROWS)

    assert guarded == ("SELECT CAST(STRFTIME('%Y', hire_date) AS INTEGER) FROM employees LIMIT 11")


# --- the re-rendered SQL runs for real ----------------------------------------------------


def _active_dialect() -> Dialect:
    return "postgres" if connection.vendor == "postgresql" else "sqlite"


@pytest.mark.usefixtures("seeded")
def test_safe_queries_run_on_the_active_database() -> None:
    """One fixture load for every safe query, the reference example's result included."""
    dialect = _active_dialect()
    failures = []
    results = {}
    for query in SAFE_QUERIES:
        if dialect not in query.dialects:
            continue
        guarded = guard_sql(query.sql, dialect=dialect, max_rows=500)
        try:
            with connection.cursor() as cursor:
                cursor.execute(guarded)
                results[query.name] = cursor.fetchall()
        except Exception as exc:  # collect every failure, not just the first
            failures.append(f"{query.name}: {exc} -- {guarded}")
    assert not failures, "\n".join(failures)

    marketing = results["marketing_hired_after_2018"]
    hire_dates = [str(row[2]) for row in marketing]
    assert marketing
    assert hire_dates == sorted(hire_dates)
    assert all(date > "2018-12-31" for date in hire_dates)
    assert len(results["count_per_department"]) == 7


@pytest.mark.django_db
def test_string_literals_round_trip_without_breaking_out() -> None:
    """What sqlglot parsed as a string is exactly what the database reads back."""
    EmployeeFactory()
    dialect = _active_dialect()
    sources = {
        "'it''s'": "it's",
        "'''; DROP TABLE employees; --'": "'; DROP TABLE employees; --",
        "'/* not a comment */ -- nor this'": "/* not a comment */ -- nor this",
        "'\"employees\"'": '"employees"',
        "'Zo\u00eb \u00c5ngstr\u00f6m'": "Zo\u00eb \u00c5ngstr\u00f6m",
    }
    if dialect == "postgres":
        sources["$$it's; DROP TABLE employees$$"] = "it's; DROP TABLE employees"
        sources["$tag$a$$b$tag$"] = "a$$b"

    for source, expected in sources.items():
        guarded = guard_sql(f"SELECT {source} AS v FROM employees", dialect=dialect, max_rows=0)
        with connection.cursor() as cursor:
            cursor.execute(guarded)
            assert cursor.fetchall() == [(expected,)], guarded
    assert Employee.objects.count() == 1


# --- defence in depth ---------------------------------------------------------------------

EXTRACT_INJECTION = (
    'SELECT EXTRACT("year); DROP TABLE employees; --" FROM hire_date) FROM employees'
)


def test_quoted_name_cannot_become_verbatim_keyword_text() -> None:
    assert "Unexpected text" in _rejection(EXTRACT_INJECTION)


def test_output_that_reads_differently_is_rejected_even_without_the_text_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """sqlglot renders this as `EXTRACT(YEAR); DROP TABLE ...`; re-guarding the output exposes
    it even if the check on keyword text were missing."""
    monkeypatch.setattr("gptbridge.guard._check_verbatim_text", lambda node: None)

    assert "re-written" in _rejection(EXTRACT_INJECTION)


def test_a_whole_query_in_parentheses_is_unwrapped() -> None:
    guarded = guard_sql("((SELECT id FROM employees))", dialect="postgres", max_rows=MAX_ROWS)

    assert guarded == "SELECT id FROM employees LIMIT 11"
