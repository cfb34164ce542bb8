"""The served configuration (the Procfile's web command) keeps REMOTE_ADDR the peer's address:
with no trusted proxies configured, a client cannot choose the address it is throttled under by
sending X-Forwarded-For (a server that rewrote REMOTE_ADDR from it would let every guess look
new). Its workers also share the counters through Redis."""

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.liveserver import live_server, migrated_sqlite, request, server_env

REDIS_URL = "redis://127.0.0.1:6379/11"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    database_url = migrated_sqlite(Path(tmp_path_factory.mktemp("served")) / "served.sqlite3")
    env = server_env(
        DATABASE_URL=database_url,
        CACHE_URL=REDIS_URL,
        CACHE_KEY_PREFIX=f"test-{uuid.uuid4().hex}",
        BEARER_AUTH_API_KEY="served-static-key",
        AUTH_FAILURE_RATE="3/day",
        TRUSTED_PROXY_COUNT="0",
        WEB_CONCURRENCY="2",
    )
    with live_server(env, served=True) as base_url:
        yield base_url


def test_a_forged_forwarded_for_does_not_give_each_guess_a_new_address(served: str) -> None:
    statuses = []
    for n in range(4):
        status, _, _ = request(
            f"{served}/search",
            {},
            {"Authorization": f"Bearer guess-{n}", "X-Forwarded-For": f"198.51.100.{n}"},
        )
        statuses.append(status)
    assert statuses == [401, 401, 401, 429]
