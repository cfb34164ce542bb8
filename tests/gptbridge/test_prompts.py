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
