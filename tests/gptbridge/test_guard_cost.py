"""The guard's cost rules (gptbridge.guard_cost) and the allow-list holes closed with them.

The parse-time bound is shown on generated inputs (hypothesis) by counting the parser's token
steps, which is what its time grows with: no input up to the length limit makes sqlglot step
through more than PARSE_STEPS_BOUND tokens (bench/guard_time.py measures the milliseconds).
"""

import contextlib

import pytest
import sqlglot.parser
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gptbridge.budget import SQL_MAX_CHARS
from gptbridge.errors import GuardRejection
from gptbridge.guard import guard_sql
from gptbridge.guard_cost import (
    MAX_AGGREGATED_CHARS,
    MAX_BRACKET_DEPTH,
    MAX_NESTING_WEIGHT,
    MAX_TOKENS,
    MAX_VALUE_CHARS,
)

# tests/conftest.py deselects items whose keywords include a bare backend name.
DIALECTS = [pytest.param(dialect, id=f"as-{dialect}") for dialect in ("postgres", "sqlite")]
# Every token once or twice, plus a few steps per unit of nesting weight (measured: a chain
# nested 9 deep, weight 511, takes about 3,600 steps; without the pre-check, one nested 20
# deep takes millions).
PARSE_STEPS_BOUND = 2 * MAX_TOKENS + 10 * MAX_NESTING_WEIGHT


def rejection(sql: str, dialect: str = "postgres") -> str:
    with pytest.raises(GuardRejection) as caught:
        guard_sql(sql, dialect=dialect, max_rows=100)  # type: ignore[arg-type]
    return caught.value.reason


def accepted(sql: str, dialect: str = "postgres") -> str:
    return guard_sql(sql, dialect=dialect, max_rows=100)  # type: ignore[arg-type]


# --- parse time ----------------------------------------------------------------------------


class StepCounter:
    def __init__(self) -> None:
        self.steps = 0


@pytest.fixture
def parser_steps(monkeypatch: pytest.MonkeyPatch) -> StepCounter:
    counter = StepCounter()
    advance = sqlglot.parser.Parser._advance

    def counted(self: sqlglot.parser.Parser, times: int = 1) -> None:
        counter.steps += 1
        advance(self, times)

    monkeypatch.setattr(sqlglot.parser.Parser, "_advance", counted)
    return counter


WRAPPERS = st.sampled_from(
    ["DATE", "TIME", "TIMESTAMP", "DATETIME", "COALESCE", "LOWER", "ABS", "LENGTH", "", "CAST"]
)
TAILS = st.sampled_from(["", " + INTERVAL '1 day'", ", 1", " || 'x'", " - 1"])


@st.composite
def nested_queries(draw: st.DrawFn) -> str:
    chain = draw(st.sampled_from(["hire_date", "first_name", "1", "'2020-01-01'"]))
    for _ in range(draw(st.integers(1, 30))):
        name, tail = draw(WRAPPERS), draw(TAILS)
        chain = f"CAST({chain}{tail} AS DATE)" if name == "CAST" else f"{name}({chain}{tail})"
    copies = draw(st.integers(1, 300))
    glue = draw(st.sampled_from([", ", " + ", " AND ", " OR "]))
    body = glue.join([chain] * copies)
    sql = (
        f"SELECT {body} FROM employees"
        if glue == ", "
        else f"SELECT first_name FROM employees WHERE {body}"
    )
    return sql[: draw(st.integers(SQL_MAX_CHARS // 2, SQL_MAX_CHARS + 10))]


@pytest.mark.parametrize("dialect", DIALECTS)
@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sql=nested_queries())
def test_no_input_keeps_the_parser_busy(parser_steps: StepCounter, dialect: str, sql: str) -> None:
    parser_steps.steps = 0
    with contextlib.suppress(GuardRejection):
        accepted(sql, dialect)
    assert parser_steps.steps <= PARSE_STEPS_BOUND


def test_the_reported_nesting_is_refused_before_parsing(parser_steps: StepCounter) -> None:
    sql = "SELECT " + "DATE(TIMESTAMP(" * 12 + "hire_date" + "))" * 12 + " FROM employees"
    assert f"more than {MAX_BRACKET_DEPTH} deep" in rejection(sql)
    assert parser_steps.steps == 0


def test_chains_side_by_side_add_up_to_the_nesting_weight() -> None:
    chain = "DATE(" * 5 + "hire_date" + ")" * 5
    assert "nests too many" in rejection(f"SELECT {', '.join([chain] * 9)} FROM employees")


def test_too_many_tokens() -> None:
    sql = "SELECT first_name FROM employees WHERE " + " OR ".join(
        f"id = {i}" for i in range(MAX_TOKENS // 3)
    )
    assert f"at most {MAX_TOKENS}" in rejection(sql)


@pytest.mark.parametrize("dialect", DIALECTS)
def test_a_lone_surrogate_is_a_rejection_not_a_crash(dialect: str) -> None:
    assert "not valid text" in rejection("SELECT 'a\ud800b' FROM employees", dialect)


# --- running cost --------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize(
    "sql",
    [
        # pattern matching on built text
        "SELECT 1 FROM employees WHERE (SELECT STRING_AGG(email, ',') FROM employees) LIKE '%a%'",
        "SELECT 1 FROM employees WHERE first_name LIKE (SELECT STRING_AGG(email, '%') "
        "FROM employees)",
        # string aggregates feeding something, windowed over a join, or over derived rows
        "SELECT LENGTH(STRING_AGG(email, ',')) FROM employees",
        "SELECT UPPER(STRING_AGG(email, ',')) AS x FROM employees",
        "WITH t AS (SELECT STRING_AGG(email, ',') AS s FROM employees) SELECT s FROM t",
        "SELECT STRING_AGG(a.email, ',') OVER () FROM employees a JOIN employees b "
        "ON a.department = b.department",
        "SELECT STRING_AGG(email, ',') FROM (SELECT email FROM employees) AS s",
        "SELECT department FROM employees GROUP BY department ORDER BY STRING_AGG(email, ',')",
        # growth
        "SELECT REPLACE(REPLACE(email, 'a', '" + "b" * 40 + "'), 'b', '" + "c" * 40 + "') "
        "FROM employees",
        "SELECT " + " || ".join(["email"] * 20) + " FROM employees",
        "WITH a AS (SELECT email || email || email || email AS e FROM employees), "
        "b AS (SELECT e || e || e || e AS e FROM a) SELECT e || e FROM b",
        "SELECT '" + "x" * (MAX_VALUE_CHARS + 1) + "' FROM employees",
        # LIKE work per row
        "SELECT 1 FROM employees WHERE "
        + " || ".join(["email"] * 15)
        + " LIKE '%"
        + "_%" * 200
        + "'",
        # long aggregated values
        "SELECT STRING_AGG(" + " || ".join(["email"] * 3) + ", ',') FROM employees",
    ],
)
def test_costly_constructs_are_refused(sql: str, dialect: str) -> None:
    rejection(sql, dialect)


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize(
    "sql",
    [
        "SELECT first_name FROM employees WHERE LOWER(last_name) LIKE 'mc%'",
        "SELECT email FROM employees WHERE email LIKE '%' || first_name || '%'",
        "SELECT department, STRING_AGG(last_name, ', ') AS names FROM employees "
        "GROUP BY department",
        "SELECT department, STRING_AGG(first_name || ' ' || last_name, ', ') FILTER "
        "(WHERE title = 'Intern') AS interns FROM employees GROUP BY department",
        "SELECT first_name, STRING_AGG(first_name, ', ') OVER (PARTITION BY department) "
        "FROM employees",
        "SELECT REPLACE(email, '@', ' at ') FROM employees",
        "SELECT REPLACE(last_name, '-', '') FROM employees",
        "SELECT first_name || ' ' || last_name || ' <' || email || '>' FROM employees",
        "WITH d AS (SELECT department, COUNT(*) AS n FROM employees GROUP BY department) "
        "SELECT e.first_name, d.n FROM employees e JOIN d ON d.department = e.department",
        "SELECT a.first_name, b.first_name FROM employees a JOIN employees b "
        "ON a.last_name = b.last_name AND a.id <> b.id",
    ],
)
def test_what_questions_need_is_kept(sql: str, dialect: str) -> None:
    accepted(sql, dialect)


def test_an_aggregated_argument_may_be_a_full_name_with_email() -> None:
    width = 64 + 1 + 64 + 2 + 254 + 1 + 2  # first ' ' last ' <' email '>' and separator
    assert width <= MAX_AGGREGATED_CHARS


# --- allow-list holes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT e.row_to_json FROM employees e", "not a column of e"),
        ("SELECT e.pg_typeof FROM employees AS e", "not a column of e"),
        ("SELECT employees.quote_literal FROM employees", "not a column of employees"),
        ("SELECT first_name FROM employees e WHERE e.to_json IS NOT NULL", "not a column"),
        ("SELECT xmin, first_name FROM employees", "system column xmin"),
        ("SELECT e.ctid FROM employees e", "system column ctid"),
        ("SELECT first_name FROM employees ORDER BY tableoid", "system column tableoid"),
        ("SELECT a.email FROM employees a JOIN employees b ON a.id = a.id", "ON condition"),
        (
            "SELECT a.email FROM employees a JOIN employees b ON a.id = b.id OR TRUE",
            "ON condition",
        ),
        ("SELECT a.email FROM employees a JOIN employees b ON NOT a.id = b.id", "ON condition"),
        ("SELECT a.email FROM employees a JOIN employees b ON b.id IS NOT NULL", "ON condition"),
        ("SELECT SUBSTRING(email FROM '(a+)+$') FROM employees", "SUBSTRING"),
        ("SELECT SUBSTRING(email FROM last_name) FROM employees", "SUBSTRING"),
        ("SELECT SUBSTRING(email, 'x') FROM employees", "SUBSTRING"),
    ],
)
def test_allow_list_holes_are_closed(sql: str, expected: str) -> None:
    assert expected in rejection(sql)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT e.first_name FROM employees e",
        "SELECT SUBSTRING(email FROM 2 FOR 3) FROM employees",
        "SELECT SUBSTRING(email, POSITION('@' IN email) + 1) FROM employees",
        "SELECT d.n FROM employees e JOIN (SELECT department, COUNT(*) AS n FROM employees "
        "GROUP BY department) d ON d.department = e.department",
        "WITH d(dept, n) AS (SELECT department, COUNT(*) FROM employees GROUP BY department) "
        "SELECT d.dept, d.n FROM d",
    ],
)
def test_the_closed_holes_keep_ordinary_names(sql: str) -> None:
    accepted(sql)


def test_the_rendered_sql_is_never_longer_than_the_log_keeps() -> None:
    from gptbridge.querylog import MAX_LOGGED_SQL_CHARS

    assert MAX_LOGGED_SQL_CHARS >= SQL_MAX_CHARS


@pytest.mark.parametrize("dialect", DIALECTS)
def test_string_aggregates_come_back_capped_and_guarding_again_changes_nothing(
    dialect: str,
) -> None:
    from gptbridge.guard_cost import AGGREGATED_VALUE_MAX_CHARS

    guarded = accepted(
        "SELECT department, STRING_AGG(email, ',') OVER (PARTITION BY department) FROM employees",
        dialect,
    )
    assert "SUBSTRING(" in guarded
    assert str(AGGREGATED_VALUE_MAX_CHARS) in guarded
    assert "AS string_agg" in guarded
    assert accepted(guarded, dialect) == guarded
