"""The one door to the language model: every Chat Completions call goes through `complete_chat`.

It owns the `openai` client, the per-call timeout, bounded retries and the mapping of SDK errors
to domain exceptions. Calls are async (`openai.AsyncOpenAI`): a question waiting on the model
holds no thread. Retries are done here rather than by the SDK so that no retry, and no back-off
sleep, outlives the question's deadline: the GPT action that asked gives up after 45 seconds.

An async client's pooled HTTP connections belong to the event loop that opened them, so there is
one client per running loop: one per server worker, and a short-lived one for each call a
synchronous caller (`manage.py ask`, `evaluate`) makes through `async_to_sync`, closed by
`close_client` when that call ends.
"""

import asyncio
import json
import logging
import threading
import weakref
from dataclasses import dataclass
from typing import Any

import openai
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from starlette import types as asgi

from gptbridge.domain import Deadline, Usage
from gptbridge.errors import LlmNotConfigured, UpstreamError, UpstreamTimeout

logger = logging.getLogger("gptbridge.llm")

# Statuses worth another try: rate limits, overload and server errors.
RETRYABLE_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504})
FIRST_BACKOFF_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 4.0
# A call given less time than this would only fail; report the timeout instead.
MIN_CALL_SECONDS = 0.5

Message = dict[str, str]

_client_lock = threading.Lock()
_clients: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, openai.AsyncOpenAI]" = (
    weakref.WeakKeyDictionary()
)


@dataclass(frozen=True)
class ChatReply:
    content: str
    usage: Usage
    attempts: int


def is_configured() -> bool:
    return bool(settings.OPENAI_API_KEY)


def get_client() -> openai.AsyncOpenAI:
    """The running event loop's client (created on first use)."""
    if not is_configured():
        raise LlmNotConfigured()
    loop = asyncio.get_running_loop()
    with _client_lock:
        client = _clients.get(loop)
        if client is None:
            client = openai.AsyncOpenAI(
                api_key=settings.OPENAI_API_KEY,
                base_url=settings.OPENAI_BASE_URL or None,
                max_retries=0,
                timeout=settings.OPENAI_TIMEOUT,
                # The SDK's aiohttp transport: about half the CPU per call of its default
                # httpx one (bench/README.md, "CPU per question, second pass").
                http_client=openai.DefaultAioHttpClient(timeout=settings.OPENAI_TIMEOUT),
            )
            _clients[loop] = client
        return client


def has_client() -> bool:
    """Whether the running event loop already has a client."""
    with _client_lock:
        return asyncio.get_running_loop() in _clients


async def close_client() -> None:
    """Close the running loop's client, if it has one (the loop is about to end)."""
    with _client_lock:
        client = _clients.pop(asyncio.get_running_loop(), None)
    if client is not None:
        await client.close()


def closing_client_at_shutdown(app: asgi.ASGIApp) -> asgi.ASGIApp:
    """ASGI middleware: close the serving loop's client when the server shuts down (a worker
    recycled after max_requests, a deploy), so its HTTP connections end cleanly instead of
    being reported as an unclosed session when the loop goes away."""

    async def application(scope: asgi.Scope, receive: asgi.Receive, send: asgi.Send) -> None:
        if scope["type"] != "lifespan":
            await app(scope, receive, send)
            return

        async def receive_and_close_at_shutdown() -> asgi.Message:
            message = await receive()
            if message.get("type") == "lifespan.shutdown":
                await close_client()
            return message

        await app(scope, receive_and_close_at_shutdown, send)

    return application


@receiver(setting_changed)
def _reset_client_on_settings_change(setting: str, **kwargs: Any) -> None:
    if setting.startswith("OPENAI_"):
        with _client_lock:
            _clients.clear()


def json_response_format(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """Structured output: strict json_schema, or plain json_object for servers without it."""
    if settings.OPENAI_RESPONSE_FORMAT == "json_object":
        return {"type": "json_object"}
    return {"type": "json_schema", "json_schema": {"name": name, "strict": True, "schema": schema}}


async def complete_chat(
    messages: list[Message], *, deadline: Deadline, response_format: dict[str, Any] | None = None
) -> ChatReply:
    """One chat completion, retried on transient failures while the deadline allows."""
    client = get_client()
    request: dict[str, Any] = {"model": settings.OPENAI_MODEL, "messages": messages}
    if settings.OPENAI_TEMPERATURE is not None:
        request["temperature"] = settings.OPENAI_TEMPERATURE
    if response_format is not None:
        request["response_format"] = response_format

    attempt = 0
    while True:
        attempt += 1
        timeout = min(settings.OPENAI_TIMEOUT, deadline.remaining())
        if timeout < MIN_CALL_SECONDS:
            raise UpstreamTimeout()
        try:
            # `post` rather than `chat.completions.create`: the request is already plain JSON,
            # and create's TypedDict transform of it cost ~1 ms of CPU per call (profiled); the
            # reply is read as plain JSON too (`cast_to=object`), which spares building the
            # SDK's ChatCompletion models, another ~0.7 ms per call, to read two fields.
            completion = await client.post(
                "/chat/completions",
                body=request,
                cast_to=object,
                options={"timeout": timeout},
            )
        except openai.APIError as exc:
            failure = _domain_error(exc)
            pause = _retry_pause(exc, attempt)
            if pause is None or deadline.remaining() - pause < MIN_CALL_SECONDS:
                logger.warning("model call failed after %d attempt(s): %s", attempt, failure.code)
                raise failure from exc
            logger.info("model call attempt %d failed (%s); retrying", attempt, type(exc).__name__)
            await asyncio.sleep(pause)
            continue
        except (openai.OpenAIError, ValueError) as exc:
            # A body that is not Chat Completions JSON (a proxy's error page, a cut-off reply).
            logger.warning("model call returned an unreadable reply: %s", type(exc).__name__)
            raise UpstreamError("The language model service sent a malformed reply.") from exc
        return ChatReply(_reply_text(completion), _usage(completion), attempt)


def _retry_pause(exc: openai.APIError, attempt: int) -> float | None:
    """Seconds to wait before the next try, or None when the failure is not worth retrying."""
    if attempt > settings.OPENAI_MAX_RETRIES:
        return None
    retryable = isinstance(exc, openai.APIConnectionError) or (
        isinstance(exc, openai.APIStatusError) and exc.status_code in RETRYABLE_STATUSES
    )
    if not retryable:
        return None
    pause = min(MAX_BACKOFF_SECONDS, FIRST_BACKOFF_SECONDS * 2 ** (attempt - 1))
    if isinstance(exc, openai.APIStatusError):
        retry_after = exc.response.headers.get("retry-after")
        if retry_after and retry_after.replace(".", "", 1).isdigit():
            pause = max(pause, min(float(retry_after), MAX_BACKOFF_SECONDS))
    return pause


def _domain_error(exc: openai.APIError) -> UpstreamError | UpstreamTimeout:
    if isinstance(exc, openai.APITimeoutError) and not _failed_to_connect(exc):
        return UpstreamTimeout()
    if isinstance(exc, openai.APIConnectionError):
        return UpstreamError("The language model service could not be reached; try again shortly.")
    if isinstance(exc, openai.RateLimitError):
        return UpstreamError("The language model service is rate-limiting us; try again shortly.")
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return UpstreamError(
            "The language model service rejected our credentials; an operator must check "
            "OPENAI_API_KEY."
        )
    if isinstance(exc, openai.BadRequestError):
        return UpstreamError(
            "The language model service rejected the request; an operator should check "
            "OPENAI_MODEL and OPENAI_RESPONSE_FORMAT."
        )
    return UpstreamError()


def _failed_to_connect(exc: BaseException) -> bool:
    """Whether an error the SDK reports as a timeout is in fact a refused or failed connection.

    The SDK's aiohttp transport maps aiohttp's connection errors to `ConnectTimeout` (its
    table lets the broader `ClientConnectionError` entry win), so a model server that is down
    would read as slow. The cause chain still holds the socket's own error.
    """
    cause = exc.__cause__
    while cause is not None:
        if isinstance(cause, OSError) and not isinstance(cause, TimeoutError):
            return True
        cause = cause.__cause__
    return False


def _reply_text(completion: Any) -> str:
    """The first choice's message text from a Chat Completions reply (JSON)."""
    try:
        content = completion["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as exc:
        raise UpstreamError("The language model service sent a malformed reply.") from exc
    if not content:
        raise UpstreamError("The language model service sent an empty reply.")
    if not isinstance(content, str):
        raise UpstreamError("The language model service sent a malformed reply.")
    return content


def _usage(completion: Any) -> Usage:
    usage = completion.get("usage") if isinstance(completion, dict) else None
    if not isinstance(usage, dict):
        return Usage()
    return Usage(
        _token_count(usage.get("prompt_tokens")), _token_count(usage.get("completion_tokens"))
    )


def _token_count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def parse_json_object(text: str) -> dict[str, Any] | None:
    """The reply as a JSON object, or None when it is not one (fed back to the model)."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
