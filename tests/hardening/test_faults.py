"""Faults: the model server down, slow, rate-limiting, failing or babbling; the database timing
out or dropping the connection mid-request. Each gives its documented status within its
deadline, and the very next request is served correctly."""

import socket
import threading
import time
from collections.abc import Callable
from typing import Any
from unittest import mock

import psycopg
import pytest
from django.db import OperationalError, connection
from django.test import Client
from pytest_django.fixtures import Settings

from apitokens.models import ApiToken
from employees.models import Employee
from gptbridge import llm
from tests.fakes.openai_server import (
    FakeOpenAI,
    FakeReply,
    is_compose_request,
    sql_reply,
    text_reply,
)
from tests.hardening.support import assert_error_shape

KEY = "hardening-faults-key"
GOOD_SQL = (
    "SELECT first_name, last_name, hire_date FROM employees WHERE department = 'Marketing' "
    "AND hire_date > '2018-12-31' ORDER BY hire_date, last_name"
)
SLOW_SQL = (
    "SELECT COUNT(*) AS n FROM employees a JOIN employees b ON a.hire_date >= b.hire_date "
    "JOIN employees c ON b.hire_date >= c.hire_date"
)
# A completion cut off in the middle of its JSON, and a proxy's error page sent as 200.
TRUNCATED = b'{"id": "chatcmpl-1", "object": "chat.completion", "choices": [{"index": 0, "mess'
HTML_PAGE = b"<html><body><h1>502 Bad Gateway</h1></body></html>"


@pytest.fixture(autouse=True)
def _environment(settings: Settings, seeded: None) -> None:
    settings.BEARER_AUTH_API_KEY = KEY


def ask(message: str = "Who in Marketing was hired after 2018?", fmt: str = "rows") -> Any:
    return Client().post(
        "/search",
        {"message": message, "format": fmt},
        content_type="application/json",
        headers={"Authorization": f"Bearer {KEY}"},
    )


def timed(call: Callable[[], Any]) -> tuple[Any, float]:
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


def healthy(fake: FakeOpenAI) -> None:
    """The model is back: every compose call gets the good query, every narration prose."""
    fake.replies([])
    fake.respond_with(
        lambda request: (
            sql_reply(GOOD_SQL) if is_compose_request(request) else text_reply("Twenty-two people.")
        )
    )


def assert_served_correctly(fake: FakeOpenAI, fmt: str = "answer") -> None:
    healthy(fake)
    response = ask(fmt=fmt)
    assert response.status_code == 200, response.content[:300]
    body = response.json()
    assert body["row_count"] == 22
    assert {"first_name": "Jailyn", "last_name": "McClure", "hire_date": "2019-02-21"} in body[
        "rows"
    ]


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"  # nothing listens here any more


# --- the model ---------------------------------------------------------------------------------

ALWAYS = 10  # more replies than any retry policy uses

MODEL_FAULTS: dict[str, tuple[list[FakeReply], int, str]] = {
    "429 rate limit": (
        [FakeReply(status=429, error_type="rate_limit_exceeded")] * ALWAYS,
        502,
        "upstream_error",
    ),
    "500": ([FakeReply(status=500)] * ALWAYS, 502, "upstream_error"),
    "503 overloaded": (
        [FakeReply(status=503, error_type="overloaded")] * ALWAYS,
        502,
        "upstream_error",
    ),
    "401 bad key": (
        [FakeReply(status=401, error_type="invalid_api_key")] * ALWAYS,
        502,
        "upstream_error",
    ),
    "garbage body": (
        [FakeReply(raw_body=b"\x00\xffnot json at all")] * ALWAYS,
        502,
        "upstream_error",
    ),
    "truncated JSON": ([FakeReply(raw_body=TRUNCATED)] * ALWAYS, 502, "upstream_error"),
    "HTML error page as 200": ([FakeReply(raw_body=HTML_PAGE)] * ALWAYS, 502, "upstream_error"),
    "no choices": (
        [
            FakeReply(
                raw_body=b'{"id": "x", "object": "chat.completion", "created": 1, '
                b'"model": "m", "choices": []}'
            )
        ]
        * ALWAYS,
        502,
        "upstream_error",
    ),
    "empty content": ([FakeReply(content="")] * ALWAYS, 502, "upstream_error"),
    "prose instead of JSON": (
        [text_reply("Sure! SELECT * FROM employees")] * ALWAYS,
        502,
        "upstream_error",
    ),
    "JSON without sql": ([text_reply('{"query": "SELECT 1"}')] * ALWAYS, 502, "upstream_error"),
    "sql of the wrong type": ([text_reply('{"sql": 42}')] * ALWAYS, 502, "upstream_error"),
}


@pytest.fixture
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries as many, but without the back-off pauses (their bounds are tested below)."""
    monkeypatch.setattr(llm, "FIRST_BACKOFF_SECONDS", 0.01)


@pytest.mark.parametrize("fault", list(MODEL_FAULTS))
def test_model_faults(
    fake_openai: FakeOpenAI, settings: Settings, quick_backoff: None, fault: str
) -> None:
    settings.GPTBRIDGE_REQUEST_BUDGET = 6.0
    replies, status, code = MODEL_FAULTS[fault]
    fake_openai.replies(replies)
    response, elapsed = timed(ask)
    assert_error_shape(response, status, code)
    assert elapsed < settings.GPTBRIDGE_REQUEST_BUDGET + 1.0, elapsed
    assert_served_correctly(fake_openai)


def test_retry_after_beyond_the_deadline_is_not_waited_for(
    fake_openai: FakeOpenAI, settings: Settings
) -> None:
    settings.GPTBRIDGE_REQUEST_BUDGET = 3.0
    fake_openai.replies([FakeReply(status=429, headers={"Retry-After": "120"})] * ALWAYS)
    response, elapsed = timed(ask)
    body = assert_error_shape(response, 502, "upstream_error")
    assert "rate-limiting" in body["message"]
    assert elapsed < 1.5, elapsed  # answers now instead of sleeping past the GPT's patience
    assert fake_openai.call_count == 1
    assert_served_correctly(fake_openai)


def test_model_server_down(fake_openai: FakeOpenAI, settings: Settings) -> None:
    settings.OPENAI_BASE_URL = closed_port_url()
    response, elapsed = timed(ask)
    body = assert_error_shape(response, 502, "upstream_error")
    assert "could not be reached" in body["message"]
    assert elapsed < 5.0, elapsed  # two quick retries with back-off, then the answer
    settings.OPENAI_BASE_URL = fake_openai.url
    assert_served_correctly(fake_openai)


def test_slow_model_answers_504_within_the_budget(
    fake_openai: FakeOpenAI, settings: Settings
) -> None:
    settings.OPENAI_TIMEOUT = 0.5
    settings.GPTBRIDGE_REQUEST_BUDGET = 2.0
    fake_openai.replies([sql_reply(GOOD_SQL, delay=5)] * ALWAYS)
    response, elapsed = timed(ask)
    assert_error_shape(response, 504, "upstream_timeout")
    assert elapsed < 3.0, elapsed
    assert_served_correctly(fake_openai)


def test_slow_narration_answers_504_within_the_budget(
    fake_openai: FakeOpenAI, settings: Settings
) -> None:
    settings.OPENAI_TIMEOUT = 0.5
    settings.GPTBRIDGE_REQUEST_BUDGET = 2.0
    fake_openai.replies([sql_reply(GOOD_SQL)] + [text_reply("late", delay=5)] * ALWAYS)
    response, elapsed = timed(lambda: ask(fmt="answer"))
    assert_error_shape(response, 504, "upstream_timeout")
    assert elapsed < 3.0, elapsed
    assert_served_correctly(fake_openai)


def test_narration_failure_after_a_good_query(fake_openai: FakeOpenAI, settings: Settings) -> None:
    fake_openai.replies([sql_reply(GOOD_SQL)] + [FakeReply(status=500)] * ALWAYS)
    response, elapsed = timed(lambda: ask(fmt="answer"))
    assert_error_shape(response, 502, "upstream_error")
    assert elapsed < 5.0, elapsed
    assert_served_correctly(fake_openai)


def test_a_model_that_recovers_mid_question_is_used(fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([FakeReply(status=503), FakeReply(status=429), sql_reply(GOOD_SQL)])
    response = ask()
    assert response.status_code == 200, response.content[:300]
    assert response.json()["row_count"] == 22


def test_many_faults_in_a_row_leave_no_stuck_state(
    fake_openai: FakeOpenAI, settings: Settings, quick_backoff: None
) -> None:
    settings.OPENAI_TIMEOUT = 0.5
    settings.GPTBRIDGE_REQUEST_BUDGET = 1.5
    for replies, status, _ in MODEL_FAULTS.values():
        fake_openai.replies(replies[:1] + [sql_reply(GOOD_SQL, delay=3)] * ALWAYS)
        assert ask().status_code in (status, 504)
    assert_served_correctly(fake_openai, fmt="rows")


# --- the database ------------------------------------------------------------------------------


def _session_state() -> tuple[Any, ...]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT current_user, session_user, current_setting('statement_timeout'), "
                "current_setting('transaction_read_only'), current_setting('search_path')"
            )
            return tuple(cursor.fetchone())
        cursor.execute("PRAGMA query_only")
        return tuple(cursor.fetchone())


def test_statement_timeout_gives_504_and_leaves_the_connection_clean(
    fake_openai: FakeOpenAI, settings: Settings
) -> None:
    settings.GPTBRIDGE_QUERY_TIMEOUT_MS = 200
    settings.GPTBRIDGE_MAX_ATTEMPTS = 1
    before = _session_state()
    fake_openai.replies([sql_reply(SLOW_SQL)])
    response, elapsed = timed(ask)
    assert_error_shape(response, 504, "query_timeout")
    assert elapsed < 3.0, elapsed
    assert _session_state() == before  # no role, timeout or read-only flag left behind
    # The app's own connection can still write (no read-only mode or authorizer left behind).
    employee = Employee.objects.first()
    assert employee is not None
    Employee.objects.filter(pk=employee.pk).update(title=employee.title)
    assert_served_correctly(fake_openai)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_connection_lost_mid_query_gives_503_and_the_next_request_succeeds(
    fake_openai: FakeOpenAI, settings: Settings
) -> None:
    """The query's backend is terminated while it runs (a failover, a restart, an idle killer)."""
    settings.GPTBRIDGE_QUERY_TIMEOUT_MS = 20_000
    settings.GPTBRIDGE_MAX_ATTEMPTS = 1
    fake_openai.replies([sql_reply(SLOW_SQL)])
    with terminate_backends_running():
        response, elapsed = timed(ask)
    assert_error_shape(response, 503, "database_unavailable")
    assert elapsed < 10.0, elapsed
    assert_served_correctly(fake_openai)
    assert_served_correctly(fake_openai, fmt="rows")


class terminate_backends_running:  # noqa: N801  (used as a context manager, reads like one)
    """Kills, from a separate superuser connection, every other backend of the test database
    that is busy with a query on the directory (its DECLARE or the FETCH that runs it)."""

    def __init__(self) -> None:
        self.killed = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "terminate_backends_running":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        assert self.killed, "the query never ran, so nothing was terminated"

    def _run(self) -> None:
        params = connection.get_connection_params()
        params.pop("cursor_factory", None)
        params.pop("context", None)
        params.pop("prepare_threshold", None)
        with psycopg.connect(**params, autocommit=True) as killer:
            deadline = time.monotonic() + 15
            while not self._stop.is_set() and time.monotonic() < deadline:
                rows = killer.execute(
                    "SELECT pid FROM pg_stat_activity WHERE state = 'active' "
                    "AND datname = current_database() AND pid <> pg_backend_pid() "
                    "AND (query ILIKE '%employees%' OR query ILIKE 'FETCH %')"
                ).fetchall()
                for (pid,) in rows:
                    killer.execute("SELECT pg_terminate_backend(%s)", (pid,))
                    self.killed += 1
                self._stop.wait(0.05)


def test_token_lookup_with_the_database_down_gives_503(settings: Settings) -> None:
    _, key = ApiToken.objects.create_key(name="db down")
    with mock.patch.object(
        ApiToken.objects,
        "get_from_key",
        side_effect=OperationalError("server closed the connection"),
    ):
        response = Client().post(
            "/search",
            {"message": "Who works in Sales?"},
            content_type="application/json",
            headers={"Authorization": f"Bearer {key}"},
        )
    assert_error_shape(response, 503, "database_unavailable")
    ok = Client().post(
        "/search", {}, content_type="application/json", headers={"Authorization": f"Bearer {key}"}
    )
    assert ok.status_code == 400  # authenticated again: the failure left nothing behind


def test_health_check_reports_an_unreachable_database() -> None:
    with mock.patch.object(
        connection, "cursor", side_effect=OperationalError("could not connect to server")
    ):
        response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}
    assert Client().get("/healthz").json() == {"status": "ok", "database": "ok"}
