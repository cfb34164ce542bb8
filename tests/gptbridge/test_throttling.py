"""Question throttling: per token, per ChatGPT user within a token, across processes."""

import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from pytest_django.fixtures import Settings

from gptbridge.throttling import consume_question_quota
from tests.conftest import STATIC_KEY
from tests.hardening.support import assert_error_shape
from tests.liveserver import live_server, migrated_sqlite, request, server_env

pytestmark = pytest.mark.django_db

REDIS_URL = "redis://127.0.0.1:6379/11"


def ask(headers: dict[str, str] | None = None, key: str = STATIC_KEY) -> Any:
    """An invalid question: answered 400 at once, but counted like any other."""
    return Client().post(
        "/search",
        "{}",
        content_type="application/json",
        headers={"Authorization": f"Bearer {key}", **(headers or {})},
    )


def as_user(user: str) -> dict[str, str]:
    return {"openai-ephemeral-user-id": user}


@pytest.fixture
def small_rates(settings: Settings) -> None:
    settings.GPTBRIDGE_RATE = "5/day"
    settings.GPTBRIDGE_USER_RATE = "2/day"


def assert_throttled(response: Any) -> None:
    assert_error_shape(response, 429, "throttled")
    assert 1 <= int(response["Retry-After"]) <= 86400


def test_one_chatgpt_user_cannot_spend_the_tokens_quota(small_rates: None) -> None:
    assert [ask(as_user("alice")).status_code for _ in range(2)] == [400, 400]
    assert_throttled(ask(as_user("alice")))
    assert_throttled(ask(as_user("alice")))
    # alice's refused questions did not count against the token: bob and carol still ask
    assert [ask(as_user("bob")).status_code for _ in range(2)] == [400, 400]
    assert ask(as_user("carol")).status_code == 400
    # ... until the token's own limit (5) is reached, which binds every user
    assert_throttled(ask(as_user("dave")))
    assert_throttled(ask())


def test_without_the_user_header_only_the_token_limit_applies(small_rates: None) -> None:
    assert [ask().status_code for _ in range(5)] == [400] * 5
    assert_throttled(ask())


def test_the_conversation_id_stands_in_for_a_missing_user_id(small_rates: None) -> None:
    conversation = {"openai-conversation-id": "conv-1"}
    assert [ask(conversation).status_code for _ in range(2)] == [400, 400]
    assert_throttled(ask(conversation))
    assert ask({"openai-conversation-id": "conv-2"}).status_code == 400


def test_user_limits_are_per_token(small_rates: None, user_token: tuple[Any, str]) -> None:
    _, other_key = user_token
    assert [ask(as_user("alice")).status_code for _ in range(2)] == [400, 400]
    assert_throttled(ask(as_user("alice")))
    assert ask(as_user("alice"), key=other_key).status_code == 400


def test_consume_question_quota_is_callable_without_a_request(small_rates: None) -> None:
    """For entry points other than DRF (e.g. MCP): None while allowed, else Retry-After."""
    assert [consume_question_quota("mcp-token", "u1") for _ in range(2)] == [None, None]
    wait = consume_question_quota("mcp-token", "u1")
    assert wait is not None
    assert 1 <= wait <= 86400
    assert consume_question_quota("mcp-token") is None


# --- two app instances, one Redis --------------------------------------------------------------


@pytest.fixture(scope="module")
def two_instances(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """Two server processes on one SQLite database and one Redis (db 11, a fresh key prefix)."""
    database_url = migrated_sqlite(Path(tmp_path_factory.mktemp("shared")) / "shared.sqlite3")
    env = server_env(
        DATABASE_URL=database_url,
        CACHE_URL=REDIS_URL,
        CACHE_KEY_PREFIX=f"test-{uuid.uuid4().hex}",
        BEARER_AUTH_API_KEY=STATIC_KEY,
        GPTBRIDGE_RATE="6/day",
        GPTBRIDGE_USER_RATE="3/day",
        AUTH_FAILURE_RATE="4/day",
    )
    with ExitStack() as stack:
        first = stack.enter_context(live_server(env))
        second = stack.enter_context(live_server(env))
        yield first, second


def post(base_url: str, key: str, headers: dict[str, str] | None = None) -> int:
    status, _, _ = request(
        f"{base_url}/search", {}, {"Authorization": f"Bearer {key}", **(headers or {})}
    )
    return status


def test_the_limits_hold_across_two_instances(two_instances: tuple[str, str]) -> None:
    first, second = two_instances
    alice = as_user("alice")
    # the user's 3 questions, spread over both instances, then refused by both
    assert [post(first, STATIC_KEY, alice), post(second, STATIC_KEY, alice)] == [400, 400]
    assert post(first, STATIC_KEY, alice) == 400
    assert [post(second, STATIC_KEY, alice), post(first, STATIC_KEY, alice)] == [429, 429]
    # the token's 6: 3 spent by alice, 3 more, then refused by both
    assert [post(url, STATIC_KEY) for url in (second, first, second)] == [400, 400, 400]
    status, headers, body = request(
        f"{first}/search", {}, {"Authorization": f"Bearer {STATIC_KEY}"}
    )
    assert (status, body["code"]) == (429, "throttled")
    assert 1 <= int(headers["Retry-After"]) <= 86400
    assert post(second, STATIC_KEY) == 429


def test_wrong_tokens_are_counted_across_two_instances(two_instances: tuple[str, str]) -> None:
    first, second = two_instances
    guesses = [post(url, f"guess-{n}") for n, url in enumerate([first, second] * 2)]
    assert guesses == [401] * 4
    status, headers, body = request(f"{second}/search", {}, {"Authorization": "Bearer guess-5"})
    assert (status, body["code"]) == (429, "throttled")
    assert "wrong API token" in body["message"]
    assert int(headers["Retry-After"]) >= 1
    assert post(first, "guess-6") == 429
