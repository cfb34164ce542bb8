"""The question throttle for callers that are not DRF views (the MCP tools).

It shares `QuestionRateThrottle`'s rate (`GPTBRIDGE_RATE`), cache and cache keys, so a token, or
a signed-in person, has one question budget whether the question came to /search or to /mcp.
"""

from typing import Any

from gptbridge.throttling import QuestionRateThrottle


class _IdentityThrottle(QuestionRateThrottle):
    def __init__(self, identity: str):
        super().__init__()
        self.identity = identity

    def get_cache_key(self, request: Any, view: Any) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.identity}


def consume_question_quota(identity: str) -> float | None:
    """Count one question for `identity`; None if allowed, else the seconds to wait."""
    throttle = _IdentityThrottle(identity)
    if throttle.allow_request(None, None):  # type: ignore[arg-type]
        return None
    return throttle.wait() or 1.0
