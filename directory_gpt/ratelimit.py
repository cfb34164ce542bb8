"""Rate-limit counters shared by every server process, and the client address they key on.

The counters live in Django's default cache, so with `CACHE_URL` pointing at Redis every worker
on every machine counts against the same limit (locmem counts per process). django-ratelimit
keeps them: fixed windows of the rate's period, incremented atomically with `cache.incr`.
These are plain functions so that any caller (a DRF throttle, an authentication class, an MCP
tool) applies the same limits.
"""

import ipaddress
import logging
import re
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit.core import get_usage
from rest_framework.request import Request

logger = logging.getLogger("directory_gpt.ratelimit")

# "60/min", "5/10s", "1000/h", "100/day": what django-ratelimit (and DRF) accept.
RATE_PATTERN = re.compile(r"^[1-9]\d*/\d*(s|sec|second|m|min|minute|h|hour|d|day)$")


def is_valid_rate(rate: str) -> bool:
    return bool(RATE_PATTERN.match(rate))


def consume(scope: str, ident: str, rate: str) -> float | None:
    """Count one event for `ident` under `scope`; the seconds to wait when over `rate`, else None.

    A cache outage fails open (logged): losing the throttle for a while is better than refusing
    every question.
    """
    usage = _usage(scope, ident, rate, increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    return _retry_after(usage)


def blocked_for(scope: str, ident: str, rate: str) -> float | None:
    """Without counting: the seconds to wait when `ident` has used all of `rate`, else None."""
    usage = _usage(scope, ident, rate, increment=False)
    if usage is None or usage["count"] < usage["limit"]:
        return None
    return _retry_after(usage)


def _usage(scope: str, ident: str, rate: str, *, increment: bool) -> dict[str, Any] | None:
    try:
        usage: dict[str, Any] | None = get_usage(
            None, group=scope, key=lambda _group, _request: ident, rate=rate, increment=increment
        )
    except Exception as exc:  # any cache backend error: Redis down, a timeout
        logger.error("rate-limit cache unavailable (%s); %s not limited", type(exc).__name__, scope)
        return None
    return usage


def _retry_after(usage: dict[str, Any]) -> float:
    return float(max(int(usage["time_left"]), 1))


def client_ip(request: HttpRequest | Request) -> str:
    """The client's address: REMOTE_ADDR, or behind `TRUSTED_PROXY_COUNT` proxies the entry of
    X-Forwarded-For that the outermost trusted proxy appended.

    Each proxy appends the address it was connected from, so with N trusted proxies the client is
    the N-th entry from the right; entries further left were sent by the client and may be forged.
    Used by the throttles and by django-axes (`AXES_CLIENT_IP_CALLABLE`).
    """
    remote = str(request.META.get("REMOTE_ADDR") or "")
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = str(request.META.get("HTTP_X_FORWARDED_FOR") or "")
    if count <= 0 or not forwarded:
        return remote
    entries = [entry.strip() for entry in forwarded.split(",")]
    candidate = entries[max(len(entries) - count, 0)]
    return candidate if _is_ip(candidate) else remote


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
