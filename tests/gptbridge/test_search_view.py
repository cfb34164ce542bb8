"""POST /search end to end: the real openai SDK against a local fake model server."""

import json
import re
from typing import Any

import pytest
from django.db import connection
from pytest_django.fixtures import Settings as SettingsWrapper
from rest_framework.test import APIClient

from employees.models import Employee
from gptbridge.models import QueryLog
from tests.fakes.openai_server import FakeOpenAI, FakeReply, sql_reply, text_reply

WALKTHROUGH = (
    "Please find names and hire dates of any employees in the marketing department hired "
    "after 2018. Sort them by hire date."
)
WALKTHROUGH_SQL = (
    "SELECT first_name, last_name, hire_date FROM employees WHERE department = 'Marketing' "
    "AND hire_date > '2018-12-31' ORDER BY hire_date, last_name"
)

pytestmark = pytest.mark.usefixtures("seeded")


def ask(client: APIClient, message: Any, answer_format: str | None = None) -> Any:
    body: dict[str, Any] = {"message": message}
    if answer_format:
        body["format"] = answer_format
    return client.post("/search", body, format="json")


def narrate_rows(request: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows the fake model was shown in the stage-2 prompt."""
    content = request["messages"][-1]["content"]
    match = re.search(r"BEGIN DIRECTORY DATA (\w+)\n(.*)\nEND DIRECTORY DATA \1", content, re.S)
    assert match is not None, content
    rows: list[dict[str, Any]] = json.loads(match.group(2))
    return rows


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.content
    body = response.json()
    assert body["statusCode"] == status
    assert body["code"] == code
    assert body["error"]
    assert body["message"]
    return body


def test_walkthrough_question_end_to_end(api_client: APIClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([sql_reply(WALKTHROUGH_SQL), text_reply("I found 22 people.")])

    response = ask(api_client, WALKTHROUGH)

    assert response.status_code == 200, response.content
    body = response.json()
    assert body["message"] == "I found 22 people."
    assert body["engine"] == "openai"
    assert body["row_count"] == 22
    assert body["truncated"] is False
    assert {row["last_name"] for row in body["rows"][:2]} == {"McClure", "Johnston"}
    assert body["rows"][0]["hire_date"] == "2019-02-21"
    assert body["rows"][-1]["last_name"] == "Welch"
    assert "LIMIT 101" in body["sql"].upper()
    assert fake_openai.call_count == 2
    compose, narrate = fake_openai.requests
    assert compose["messages"][2]["content"] == WALKTHROUGH
    assert "response_format" in compose
    shown = narrate_rows(narrate)
    assert shown == body["rows"]
    assert len(shown) == 22


def test_compose_prompt_describes_the_active_database(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    fake_openai.replies([sql_reply(WALKTHROUGH_SQL)])
    ask(api_client, "Who works in Marketing?", "rows")
    system = fake_openai.requests[0]["messages"][0]["content"]
    expected = "PostgreSQL" if connection.vendor == "postgresql" else "SQLite"
    assert expected in system
    assert "'Customer Service'" in system
    assert "hire_date date" in system
    rules = fake_openai.requests[0]["messages"][1]["content"]
    assert "Today is" in rules


def test_rows_format_makes_one_model_call(api_client: APIClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([sql_reply(WALKTHROUGH_SQL)])
    response = ask(api_client, WALKTHROUGH, "rows")
    assert response.status_code == 200
    assert response.json()["message"] == "Found 22 employees."
    assert fake_openai.call_count == 1


def test_no_rows_are_answered_without_a_second_call(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    fake_openai.replies([sql_reply("SELECT * FROM employees WHERE department = 'Nope'")])
    response = ask(api_client, "Who works in the Nope department?")
    assert response.status_code == 200
    assert response.json()["row_count"] == 0
    assert "no employees" in response.json()["message"]
    assert fake_openai.call_count == 1


def test_self_corrects_after_a_guard_rejection(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    fake_openai.replies([sql_reply("SELECT username FROM auth_user"), sql_reply(WALKTHROUGH_SQL)])
    response = ask(api_client, WALKTHROUGH, "rows")
    assert response.status_code == 200
    assert response.json()["row_count"] == 22
    correction = fake_openai.requests[1]["messages"]
    assert "auth_user" in correction[-2]["content"]
    log = QueryLog.objects.get()
    assert log.attempts[0]["stage"] == "guard"
    assert log.final_sql == response.json()["sql"]


def test_self_corrects_after_a_database_error(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    fake_openai.replies([sql_reply("SELECT salary FROM employees"), sql_reply(WALKTHROUGH_SQL)])
    response = ask(api_client, WALKTHROUGH, "rows")
    assert response.status_code == 200
    assert QueryLog.objects.get().attempts[0]["stage"] == "database"
    assert "salary" in fake_openai.requests[1]["messages"][-2]["content"]


def test_gives_up_after_max_attempts_with_422(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_MAX_ATTEMPTS = 2
    fake_openai.replies([sql_reply("DROP TABLE employees"), sql_reply("DELETE FROM employees")])
    body = assert_error(ask(api_client, "delete everyone"), 422, "unanswerable")
    assert "No safe query" in body["message"]
    assert fake_openai.call_count == 2
    assert Employee.objects.count() == 500


def test_model_refusal_is_a_422_with_its_reason(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    fake_openai.replies([sql_reply(None, "The directory holds no salaries.")])
    body = assert_error(ask(api_client, "What does Ann earn?"), 422, "unanswerable")
    assert "no salaries" in body["message"]


def test_malformed_json_reply_gives_502(api_client: APIClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([text_reply("SELECT * FROM employees"), text_reply("{not json")])
    assert_error(ask(api_client, "Who works in Sales?"), 502, "upstream_error")
    assert fake_openai.call_count == 2


def test_missing_sql_key_gives_502(api_client: APIClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([text_reply('{"query": "SELECT 1"}'), text_reply('{"answer": 1}')])
    assert_error(ask(api_client, "Who works in Sales?"), 502, "upstream_error")


@pytest.mark.parametrize("status", [429, 500, 503])
def test_upstream_errors_give_502_after_retries(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper, status: int
) -> None:
    settings.OPENAI_MAX_RETRIES = 2
    fake_openai.replies([FakeReply(status=status)] * 3)
    assert_error(ask(api_client, "Who works in Sales?"), 502, "upstream_error")
    assert fake_openai.call_count == 3  # one try and two retries


def test_bad_request_from_upstream_is_not_retried(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    fake_openai.replies([FakeReply(status=400, error_type="invalid_request_error")])
    body = assert_error(ask(api_client, "Who works in Sales?"), 502, "upstream_error")
    assert "OPENAI_MODEL" in body["message"]
    assert fake_openai.call_count == 1


def test_retry_then_success(api_client: APIClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([FakeReply(status=429), sql_reply(WALKTHROUGH_SQL)])
    response = ask(api_client, WALKTHROUGH, "rows")
    assert response.status_code == 200
    assert fake_openai.call_count == 2


def test_slow_model_gives_504(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.OPENAI_TIMEOUT = 0.6
    settings.OPENAI_MAX_RETRIES = 1
    settings.GPTBRIDGE_REQUEST_BUDGET = 2.0
    fake_openai.replies([sql_reply(WALKTHROUGH_SQL, delay=3)] * 3)
    assert_error(ask(api_client, "Who works in Sales?"), 504, "upstream_timeout")


def test_garbage_body_gives_502(api_client: APIClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([FakeReply(raw_body=b'{"choices": [')] * 3)
    assert_error(ask(api_client, "Who works in Sales?"), 502, "upstream_error")


def test_model_server_down_gives_502(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    fake_openai.stop()
    settings.OPENAI_MAX_RETRIES = 0
    assert_error(ask(api_client, "Who works in Sales?"), 502, "upstream_error")


def test_query_timeout_gives_504(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_QUERY_TIMEOUT_MS = 100
    slow = (
        "SELECT COUNT(*) FROM employees a JOIN employees b ON a.hire_date >= b.hire_date "
        "JOIN employees c ON b.hire_date >= c.hire_date"
    )
    fake_openai.replies([sql_reply(slow)])
    assert_error(ask(api_client, "count a lot"), 504, "query_timeout")
    fake_openai.replies([sql_reply(WALKTHROUGH_SQL)])
    assert ask(api_client, WALKTHROUGH, "rows").status_code == 200  # next request is served


def test_openai_not_configured_gives_503(api_client: APIClient, settings: SettingsWrapper) -> None:
    settings.OPENAI_API_KEY = ""
    settings.GPTBRIDGE_ENGINE = "openai"
    assert_error(ask(api_client, "Who works in Sales?"), 503, "llm_not_configured")


def test_temperature_is_sent_only_when_set(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_SQL_CACHE_SECONDS = 0  # the same question twice: both go to the model
    fake_openai.replies([sql_reply(WALKTHROUGH_SQL), sql_reply(WALKTHROUGH_SQL)])
    ask(api_client, WALKTHROUGH, "rows")
    settings.OPENAI_TEMPERATURE = 0.0
    ask(api_client, WALKTHROUGH, "rows")
    assert "temperature" not in fake_openai.requests[0]
    assert fake_openai.requests[1]["temperature"] == 0.0


def test_json_object_response_format_setting(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.OPENAI_RESPONSE_FORMAT = "json_object"
    fake_openai.replies([sql_reply(WALKTHROUGH_SQL)])
    ask(api_client, WALKTHROUGH, "rows")
    assert fake_openai.requests[0]["response_format"] == {"type": "json_object"}


def test_strict_json_schema_by_default(api_client: APIClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([sql_reply(WALKTHROUGH_SQL)])
    ask(api_client, WALKTHROUGH, "rows")
    response_format = fake_openai.requests[0]["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["strict"] is True


def test_truncates_to_max_rows(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_MAX_ROWS = 10
    fake_openai.replies([sql_reply("SELECT * FROM employees ORDER BY hire_date")])
    body = ask(api_client, "everyone", "rows").json()
    assert body["row_count"] == 10
    assert body["truncated"] is True
    assert "LIMIT 11" in body["sql"].upper()


def test_largest_answer_stays_far_below_the_gpt_limit(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    fake_openai.replies([sql_reply("SELECT * FROM employees"), text_reply("x" * 4000)])
    response = ask(api_client, "everyone")
    assert response.status_code == 200
    assert len(response.content) < 50_000


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"message": ""},
        {"message": "   "},
        {"message": 42},
        {"message": ["a"]},
        {"message": None},
        {"message": "x" * 1001},
        {"message": "who?", "format": "csv"},
        {"message": "nul\x00byte"},
        ["message"],
    ],
)
def test_bad_bodies_give_400(api_client: APIClient, body: Any) -> None:
    response = api_client.post("/search", body, format="json")
    assert_error(response, 400, "invalid")


def test_body_over_64kb_gives_413(api_client: APIClient) -> None:
    response = api_client.post("/search", {"message": "x" * 70_000}, format="json")
    assert_error(response, 413, "too_large")


def test_missing_token_gives_401(anon_client: APIClient) -> None:
    response = ask(anon_client, "Who works in Sales?")
    assert_error(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_throttled_per_token_with_retry_after(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    from django.core.cache import cache

    cache.clear()
    settings.GPTBRIDGE_RATE = "2/day"
    fake_openai.respond_with(lambda request: sql_reply(WALKTHROUGH_SQL))
    assert ask(api_client, WALKTHROUGH, "rows").status_code == 200
    assert ask(api_client, WALKTHROUGH, "rows").status_code == 200
    response = ask(api_client, WALKTHROUGH, "rows")
    assert_error(response, 429, "throttled")
    assert int(response["Retry-After"]) > 0
    cache.clear()


def test_every_question_is_logged(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    fake_openai.replies([sql_reply(WALKTHROUGH_SQL), text_reply("Twenty-two people.")])
    ask(api_client, WALKTHROUGH)
    fake_openai.replies([FakeReply(status=400)])
    ask(api_client, "second")
    ok, failed = QueryLog.objects.order_by("created_at")
    assert (ok.status_code, ok.row_count, ok.engine, ok.model_calls) == (200, 22, "openai", 2)
    assert ok.compose_prompt_tokens > 0
    assert ok.narrate_completion_tokens > 0
    assert ok.token_key == "env"
    assert ok.model == settings.OPENAI_MODEL
    assert ok.total_ms >= ok.compose_ms
    assert (failed.status_code, failed.error_code) == (502, "upstream_error")
