"""The prompts are derived from the Employee model and the active database, not hand-copied."""

import datetime as dt

import pytest

from employees.models import Department, Title
from gptbridge.domain import ComposeContext, Deadline, FailedAttempt, QueryResult
from gptbridge.prompts import compose_messages, narrate_messages
from gptbridge.schema import describe_directory


def context(dialect: str = "postgres", attempts: tuple[FailedAttempt, ...] = ()) -> ComposeContext:
    return ComposeContext(
        dialect=dialect,  # type: ignore[arg-type]
        today=dt.date(2026, 11, 23),
        max_rows=100,
        deadline=Deadline.after(10),
        previous_attempts=attempts,
    )


@pytest.mark.parametrize(("dialect", "name"), [("postgres", "PostgreSQL"), ("sqlite", "SQLite")])
def test_compose_prompt_names_dialect_columns_values_and_today(dialect: str, name: str) -> None:
    system, rules, question, final = compose_messages("Who works in HR?", context(dialect))
    assert name in system["content"]
    for column in describe_directory(dialect).column_names:
        assert f"  {column} " in system["content"]
    for value in [*Department.values, *Title.values]:
        assert f"'{value}'" in system["content"]
    assert "2026-11-23" in rules["content"]
    assert '"sql"' in rules["content"]
    assert question == {"role": "user", "content": "Who works in HR?"}
    assert final["content"] == "Provide a single SQL query to obtain the desired result."


def test_failed_attempts_are_fed_back_in_order() -> None:
    attempts = (
        FailedAttempt("SELECT * FROM auth_user", "Only the employees table may be read.", "guard"),
        FailedAttempt("SELECT salary FROM employees", 'column "salary" does not exist', "database"),
    )
    messages = compose_messages("q", context(attempts=attempts))
    contents = [message["content"] for message in messages]
    assert '"SELECT * FROM auth_user"' in contents[3]
    assert "safety check" in contents[4]
    assert "Only the employees table" in contents[4]
    assert "the database" in contents[6]
    assert messages[-1]["role"] == "user"


def test_narrate_prompt_carries_question_sql_rows_and_truncation() -> None:
    result = QueryResult(
        columns=["first_name"], rows=[{"first_name": "Ann"}], truncated=True, elapsed_ms=1
    )
    _, user = narrate_messages("Who?", "SELECT first_name FROM employees", result, "sqlite")
    assert "Who?" in user["content"]
    assert "SELECT first_name FROM employees" in user["content"]
    assert '[{"first_name":"Ann"}]' in user["content"]
    assert "there are more" in user["content"]
    assert "Do not include the SQL query" in user["content"]


def test_stage_1_rules_state_the_guards_limits_from_its_allow_list() -> None:
    from gptbridge.guard_allowlist import ANONYMOUS_FUNCTIONS

    _, rules, *_ = compose_messages("q", context("sqlite"))
    for name in ("COUNT", "SUM", "ROW_NUMBER", "LOWER", "EXTRACT", "COALESCE"):
        assert name in rules["content"]
    for name in ANONYMOUS_FUNCTIONS["sqlite"]:
        assert name.upper() in rules["content"]
    assert "TS_OR_DS" not in rules["content"]  # sqlglot's internal names stay out
    assert "schema-qualified" in rules["content"]
    assert "exactly one statement" in rules["content"]


def test_examples_come_between_the_rules_and_the_question() -> None:
    from gptbridge.examples import Example

    examples = (Example("Who is in HR?", "SELECT * FROM employees WHERE department = 'HR'", 90.0),)
    base = context()
    with_examples = ComposeContext(
        dialect=base.dialect,
        today=base.today,
        max_rows=base.max_rows,
        deadline=base.deadline,
        examples=examples,
    )
    messages = compose_messages("Who works in HR?", with_examples)
    assert messages[2]["role"] == "system"
    assert (
        "Question: Who is in HR?\nSQL: SELECT * FROM employees WHERE department = 'HR'"
        in (messages[2]["content"])
    )
    assert messages[3] == {"role": "user", "content": "Who works in HR?"}
