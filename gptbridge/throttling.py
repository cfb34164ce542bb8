"""How many questions a token, and one end user behind it, may ask.

Every token has `GPTBRIDGE_RATE` questions. A GPT action shares one token among all of its
ChatGPT users, so when the request says which user it comes from (OpenAI's per-user header),
that user also has `GPTBRIDGE_USER_RATE` inside the token's rate: one user cannot spend
everyone's quota. The counters are shared across processes and machines through the cache
(`directory_gpt.ratelimit`).
"""

import hashlib

from django.conf import settings
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle
from rest_framework.views import APIView

from directory_gpt.ratelimit import client_ip, consume

# Sent by ChatGPT with every GPT action call: a per-user id that OpenAI rotates (daily), and the
# conversation's id, which stands in for the user when the first is missing.
END_USER_HEADERS = ("openai-ephemeral-user-id", "openai-conversation-id")
END_USER_MAX_CHARS = 200


def consume_question_quota(identity: str, end_user: str | None = None) -> float | None:
    """Count one question for token `identity` (and `end_user` within it, when known).

    Returns the seconds to wait (for Retry-After) when a limit is used up, else None. The
    end user's limit is checked first, so a user who is over it does not also spend the token's.
    """
    if end_user:
        wait = consume("question-user", f"{identity}:{end_user}", settings.GPTBRIDGE_USER_RATE)
        if wait is not None:
            return wait
    return consume("question", identity, settings.GPTBRIDGE_RATE)


def end_user_of(request: Request) -> str | None:
    """Which ChatGPT user (or conversation) a GPT action request is for, if it says."""
    for header in END_USER_HEADERS:
        value = request.headers.get(header, "").strip()
        if value:
            # a digest: bounded key length, and no client-chosen text in the cache key
            return hashlib.sha256(value[:END_USER_MAX_CHARS].encode()).hexdigest()[:32]
    return None


class QuestionRateThrottle(BaseThrottle):
    """DRF face of `consume_question_quota`: per token, and per end user within a token."""

    def __init__(self) -> None:
        self._wait: float | None = None

    def allow_request(self, request: Request, view: APIView) -> bool:
        identity = getattr(request.auth, "key", None) or f"ip:{client_ip(request)}"
        self._wait = consume_question_quota(identity, end_user_of(request))
        return self._wait is None

    def wait(self) -> float | None:
        return self._wait
