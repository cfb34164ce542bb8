"""The async question path: `aanswer_question` awaited on an event loop, and the async view.

These tests run on pytest-asyncio's loop, so the pipeline's database steps run on asgiref's
thread-sensitive worker thread, not the test's thread: the data must be committed
(`transaction=True`). The sync callers (`answer_question`, `ask`, `evaluate`) are covered by the
other test modules, which all go through the same async pipeline.
"""

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import psycopg
import pytest
import pytest_asyncio
from asgiref.sync import sync_to_async
from django.db import connection
from django.test import AsyncClient
from pytest_django.fixtures import Settings as SettingsWrapper
from starlette.types import Message, Receive, Scope, Send

from directory_gpt.errors import DomainError
from gptbridge import llm
from gptbridge.errors import Unanswerable
from gptbridge.models import QueryLog
from gptbridge.service import aanswer_question
from tests.fakes.openai_server import (
    FakeOpenAI,
    FakeReply,
    is_compose_request,
    sql_reply,
    text_reply,
)

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded"),
]

MARKETING_SQL = "SELECT first_name, last_name FROM employees WHERE department = 'Marketing'"
KEY = "async-path-key"


@pytest.fixture(autouse=True)
def _key(settings: SettingsWrapper) -> None:
    settings.BEARER_AUTH_API_KEY = KEY
    settings.GPTBRIDGE_RATE = "100000/min"


@pytest_asyncio.fixture(autouse=True)
async def _close_model_client() -> AsyncIterator[None]:
    """The test's event loop ends with the test: its model client's connections with it."""
    yield
    await llm.close_client()


class authorized_client(AsyncClient):  # noqa: N801  (reads like the client it is)
    """An AsyncClient sending the API key with every request."""

    async def post(self, path: str, data: Any = None, **extra: Any) -> Any:  # type: ignore[override]
        return await super().post(path, data, headers={"Authorization": f"Bearer {KEY}"}, **extra)


async def log_rows() -> list[QueryLog]:
    return await sync_to_async(lambda: list(QueryLog.objects.order_by("id")))()


async def test_offline_answer_on_the_event_loop(settings: SettingsWrapper) -> None:
    settings.OPENAI_API_KEY = ""
    answer = await aanswer_question("Who works in Marketing?", answer_format="rows")
    assert (answer.engine, answer.row_count, answer.model_calls) == ("offline", 69, 0)
    [log] = await log_rows()
    assert (log.engine, log.status_code, log.row_count) == ("offline", 200, 69)


async def test_model_answer_on_the_event_loop(fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([sql_reply(MARKETING_SQL), text_reply("Sixty-nine people.")])
    answer = await aanswer_question("Who works in Marketing?")
    assert (answer.engine, answer.message, answer.model_calls) == (
        "openai",
        "Sixty-nine people.",
        2,
    )
    [log] = await log_rows()
    assert (log.model_calls, log.status_code) == (2, 200)


async def test_questions_wait_on_the_model_together(fake_openai: FakeOpenAI) -> None:
    """Eight questions, each waiting 0.5 s per model call, share one event loop: they overlap
    (the whole batch takes about one question's time), with no thread per question."""
    fake_openai.respond_with(
        lambda request: (
            sql_reply(MARKETING_SQL, delay=0.5)
            if is_compose_request(request)
            else text_reply("Prose.", delay=0.5)
        )
    )
    started = asyncio.get_running_loop().time()
    answers = await asyncio.gather(*(aanswer_question(f"Marketing {i}?") for i in range(8)))
    elapsed = asyncio.get_running_loop().time() - started
    assert [answer.row_count for answer in answers] == [69] * 8
    assert elapsed < 8 * 1.0 / 2, elapsed  # serially it would be 8 s
    assert len(await log_rows()) == 8


async def test_a_refusal_is_logged_and_carries_its_trace(fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([sql_reply(None, refusal="salaries are not in the directory")])
    with pytest.raises(Unanswerable) as refusal:
        await aanswer_question("What does the CEO earn?")
    trace = refusal.value.trace
    assert (trace.engine, trace.model, trace.error_code) == (
        "openai",
        "gpt-4.1-mini",
        "unanswerable",
    )
    [log] = await log_rows()
    assert (log.status_code, log.error_code) == (422, "unanswerable")


async def test_a_cancelled_question_is_logged(fake_openai: FakeOpenAI) -> None:
    """A client that goes away cancels the question; the log still gets its row."""
    fake_openai.replies([sql_reply(MARKETING_SQL, delay=3)])
    task = asyncio.ensure_future(aanswer_question("Who works in Marketing?"))
    await asyncio.sleep(0.5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    [log] = await log_rows()
    assert (log.status_code, log.error_code) == (499, "client_closed")


async def test_the_async_view_keeps_the_api_contract(fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([sql_reply(MARKETING_SQL), text_reply("Sixty-nine people.")])
    client = authorized_client()
    response = await client.post(
        "/search", {"message": "Who works in Marketing?"}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["engine"], body["row_count"], body["message"]) == (
        "openai",
        69,
        "Sixty-nine people.",
    )
    bad = await client.post("/search", {"message": 42}, content_type="application/json")
    assert bad.status_code == 400
    assert bad.json()["fields"] == {"message": ["Must be a string."]}
    anonymous = await AsyncClient().post(
        "/search", {"message": "Who?"}, content_type="application/json"
    )
    assert anonymous.status_code == 401
    assert anonymous.json()["code"] == "not_authenticated"


async def test_the_async_view_throttles(fake_openai: FakeOpenAI, settings: SettingsWrapper) -> None:
    from django.core.cache import cache

    await sync_to_async(cache.clear)()
    settings.GPTBRIDGE_RATE = "1/min"
    fake_openai.respond_with(
        lambda request: (
            sql_reply(MARKETING_SQL) if is_compose_request(request) else text_reply("Prose.")
        )
    )
    client = authorized_client()
    body = {"message": "Who works in Marketing?", "format": "rows"}
    first = await client.post("/search", body, content_type="application/json")
    second = await client.post("/search", body, content_type="application/json")
    await sync_to_async(cache.clear)()
    assert first.status_code == 200
    assert second.status_code == 429
    assert second.json()["code"] == "throttled"


def _watcher() -> psycopg.Connection[Any]:
    """A connection of its own to this test database, outside Django."""
    params = connection.get_connection_params()
    for key in ("cursor_factory", "context", "prepare_threshold"):
        params.pop(key, None)
    return psycopg.connect(**params, autocommit=True)


def _backends(watcher: psycopg.Connection[Any]) -> int:
    """This test database's client backends, not counting the watcher."""
    row = watcher.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
    ).fetchone()
    return int(row[0]) if row else 0


@pytest.mark.postgres
async def test_no_database_connection_is_held_while_the_model_thinks(
    fake_openai: FakeOpenAI,
) -> None:
    watcher = await sync_to_async(_watcher)()
    await sync_to_async(lambda: connection.close())()
    baseline = _backends(watcher)
    seen: list[int] = []

    def responder(request: dict[str, Any]) -> FakeReply:
        seen.append(_backends(watcher))  # runs while the app awaits this very call
        if is_compose_request(request):
            return sql_reply(MARKETING_SQL)
        return text_reply("Sixty-nine people.")

    fake_openai.respond_with(responder)
    client = authorized_client()
    response = await client.post(
        "/search", {"message": "Who works in Marketing?"}, content_type="application/json"
    )
    watcher.close()
    assert response.status_code == 200, response.content
    # Compose comes after the token lookup, narrate after the query: neither holds a connection.
    assert seen == [baseline, baseline]


async def test_domain_errors_keep_the_error_shape(fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([FakeReply(status=401, error_type="invalid_api_key")] * 5)
    client = authorized_client()
    response = await client.post(
        "/search", {"message": "Who works in Marketing?"}, content_type="application/json"
    )
    assert response.status_code == 502
    assert response.json()["code"] == "upstream_error"
    with pytest.raises(DomainError):
        await aanswer_question("Who works in Marketing?")


async def test_the_model_client_is_closed_when_the_server_shuts_down(
    settings: SettingsWrapper,
) -> None:
    settings.OPENAI_API_KEY = "sk-test"
    llm.get_client()
    events = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])
    sent: list[str] = []

    async def inner_app(scope: Scope, receive: Receive, send: Send) -> None:
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})

    async def receive() -> Message:
        return next(events)

    async def send(message: Message) -> None:
        sent.append(message["type"])

    app = llm.closing_client_at_shutdown(inner_app)
    await app({"type": "lifespan"}, receive, send)
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert not llm.has_client()
