"""directory_gpt.ratelimit: the client address behind proxies, and the shared counters."""

import logging

import pytest
from django.test import RequestFactory
from pytest_django.fixtures import Settings

from directory_gpt.ratelimit import blocked_for, client_ip, consume, is_valid_rate


def address(remote: str, forwarded: str | None = None) -> str:
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    request = RequestFactory().get("/")
    request.META.update(meta)
    return client_ip(request)


def test_without_trusted_proxies_the_forwarded_header_is_ignored(settings: Settings) -> None:
    settings.TRUSTED_PROXY_COUNT = 0
    assert address("203.0.113.9", "198.51.100.1") == "203.0.113.9"


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (1, "198.51.100.1", "198.51.100.1"),
        # the client may send its own X-Forwarded-For; only what the router appended counts
        (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),
        (2, "6.6.6.6, 198.51.100.1, 10.0.0.5", "198.51.100.1"),
        # fewer entries than proxies: the outermost one the proxies recorded
        (3, "198.51.100.1, 10.0.0.5", "198.51.100.1"),
        (1, "2001:db8::7", "2001:db8::7"),
    ],
)
def test_behind_trusted_proxies_the_entry_they_appended(
    settings: Settings, count: int, forwarded: str, expected: str
) -> None:
    settings.TRUSTED_PROXY_COUNT = count
    assert address("10.0.0.1", forwarded) == expected


@pytest.mark.parametrize("forwarded", ["", "not-an-address", "1.2.3.4, unknown"])
def test_a_missing_or_malformed_entry_falls_back_to_the_peer(
    settings: Settings, forwarded: str
) -> None:
    settings.TRUSTED_PROXY_COUNT = 1
    assert address("10.0.0.1", forwarded) == "10.0.0.1"


def test_consume_counts_up_to_the_rate_then_says_how_long_to_wait() -> None:
    assert [consume("test", "a", "3/day") for _ in range(3)] == [None, None, None]
    wait = consume("test", "a", "3/day")
    assert wait is not None
    assert 1 <= wait <= 86400
    assert consume("test", "b", "3/day") is None  # another identity has its own count
    assert consume("other", "a", "3/day") is None  # and so does another scope


def test_blocked_for_reads_without_counting() -> None:
    assert blocked_for("test", "a", "2/day") is None
    consume("test", "a", "2/day")
    assert blocked_for("test", "a", "2/day") is None
    consume("test", "a", "2/day")
    wait = blocked_for("test", "a", "2/day")
    assert wait is not None
    assert 1 <= wait <= 86400


def test_an_unreachable_cache_fails_open_and_says_so(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    with caplog.at_level(logging.ERROR, logger="directory_gpt.ratelimit"):
        assert consume("test", "a", "1/day") is None
        assert consume("test", "a", "1/day") is None
        assert blocked_for("test", "a", "1/day") is None
    assert "rate-limit cache unavailable" in caplog.text


@pytest.mark.parametrize("rate", ["60/min", "60/minute", "5/10s", "1000/h", "100/day", "1/s"])
def test_valid_rates(rate: str) -> None:
    assert is_valid_rate(rate)


@pytest.mark.parametrize("rate", ["", "60", "0/min", "60/minutes", "ten/min", "60/ min", "-1/s"])
def test_invalid_rates(rate: str) -> None:
    assert not is_valid_rate(rate)
