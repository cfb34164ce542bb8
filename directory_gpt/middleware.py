"""Project-wide request middleware: one log line per request, the API body-size limit, and
static files. Each works synchronously (WSGI, the test client) and asynchronously (ASGI), so an
async view such as /search is reached without a detour through a worker thread."""

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, cast

import csp.middleware as csp
from asgiref.sync import iscoroutinefunction, markcoroutinefunction, sync_to_async
from django.conf import settings
from django.contrib.auth import middleware as auth
from django.contrib.messages import middleware as messages
from django.contrib.sessions import middleware as sessions
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.middleware import common
from django.utils.deprecation import MiddlewareMixin
from whitenoise.middleware import WhiteNoiseMiddleware

from directory_gpt.errors import json_too_large

logger = logging.getLogger("directory_gpt.requests")

Handler = Callable[[HttpRequest], Any]


class DualMiddleware:
    """A middleware with one `before` hook (may answer early) and one `after` hook, usable in
    both modes: Django passes an async `get_response` under ASGI and a sync one otherwise."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response: Handler):
        self.get_response = get_response
        self.async_mode = iscoroutinefunction(get_response)
        if self.async_mode:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self.async_mode:
            return self.__acall__(request)
        started = time.perf_counter()
        response = self.before(request) or self.get_response(request)
        return self.after(request, response, started)

    async def __acall__(self, request: HttpRequest) -> HttpResponseBase:
        started = time.perf_counter()
        early = self.before(request)
        response = early or await self.get_response(request)
        return self.after(request, response, started)

    def before(self, request: HttpRequest) -> HttpResponseBase | None:
        return None

    def after(
        self, request: HttpRequest, response: HttpResponseBase, started: float
    ) -> HttpResponseBase:
        return response


class RequestLogMiddleware(DualMiddleware):
    """Writes `METHOD path status duration` per request; never headers, bodies or query strings."""

    def after(
        self, request: HttpRequest, response: HttpResponseBase, started: float
    ) -> HttpResponseBase:
        elapsed_ms = (time.perf_counter() - started) * 1000
        logger.info(
            "%s %s %s %.0fms", request.method, request.path, response.status_code, elapsed_ms
        )
        return response


class BodySizeLimitMiddleware(DualMiddleware):
    """Answers 413 in the API's error shape for API bodies over `API_MAX_BODY_BYTES`.

    DRF reads the request stream directly, which skips Django's own upload limit, so the
    limit is enforced here, before any view runs. The admin (file uploads) is exempt. Under
    ASGI the body is already in memory (or a spooled file) by now, so reading it never waits
    on the client.
    """

    def before(self, request: HttpRequest) -> HttpResponse | None:
        if request.method not in ("POST", "PUT", "PATCH") or request.path.startswith("/admin/"):
            return None
        limit = settings.API_MAX_BODY_BYTES
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        if declared > limit:
            return json_too_large(request)
        try:
            body = request.body  # bounded by DATA_UPLOAD_MAX_MEMORY_SIZE for chunked bodies
        except RequestDataTooBig:
            return json_too_large(request)
        return json_too_large(request) if len(body) > limit else None


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    """WhiteNoise, able to pass requests on to an async handler (WhiteNoise 6 is sync-only,
    which under ASGI would park a thread for every request, model waits included)."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response: Handler, **kwargs: Any):
        super().__init__(get_response, **kwargs)
        self.async_mode = iscoroutinefunction(get_response)
        if self.async_mode:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self.async_mode:
            return self.__acall__(request)
        return super().__call__(request)

    async def __acall__(self, request: HttpRequest) -> HttpResponseBase:
        static_file = self._static_file(request)
        if static_file is not None:
            return self.serve(static_file, request)
        response: Awaitable[HttpResponseBase] = self.get_response(request)
        return await response

    def _static_file(self, request: HttpRequest) -> Any:
        if self.autorefresh:
            return self.find_file(request.path_info)
        return self.files.get(request.path_info)


class InlineHooks(MiddlewareMixin):
    """For a stock `MiddlewareMixin` whose hooks do no I/O: under ASGI, call them on the event
    loop rather than making a worker-thread trip for each (Django's `MiddlewareMixin.__acall__`
    hops for every process_request and process_response, about a dozen hops per request with
    the stock stack). `response_needs_thread` names the responses whose hook touches the
    database; those still go to the request's thread."""

    async def __acall__(self, request: HttpRequest) -> HttpResponseBase:
        response = None
        process_request = getattr(self, "process_request", None)
        if process_request is not None:
            response = process_request(request)
        if response is None:
            handler = cast(Callable[[HttpRequest], Awaitable[HttpResponseBase]], self.get_response)
            response = await handler(request)
        process_response = getattr(self, "process_response", None)
        if process_response is None:
            return response
        if self.response_needs_thread(request, response):
            return await sync_to_async(process_response, thread_sensitive=True)(request, response)
        finished: HttpResponseBase = process_response(request, response)
        return finished

    def response_needs_thread(self, request: HttpRequest, response: HttpResponseBase) -> bool:
        return False


class SessionMiddleware(InlineHooks, sessions.SessionMiddleware):
    """Django's, saving on the request's thread only when a session is to be saved."""

    def response_needs_thread(self, request: HttpRequest, response: HttpResponseBase) -> bool:
        session = getattr(request, "session", None)
        if session is None:
            return False
        return bool(session.modified or settings.SESSION_SAVE_EVERY_REQUEST) and not (
            session.is_empty()
        )


class AuthenticationMiddleware(InlineHooks, auth.AuthenticationMiddleware):
    """Django's: it only attaches the lazy `request.user` and `request.auser`."""


class MessageMiddleware(InlineHooks, messages.MessageMiddleware):
    """Django's, storing on the request's thread only when messages were read or added (the
    fallback storage may then read the session)."""

    def response_needs_thread(self, request: HttpRequest, response: HttpResponseBase) -> bool:
        storage = getattr(request, "_messages", None)
        return storage is not None and bool(storage.used or storage.added_new)


class CommonMiddleware(InlineHooks, common.CommonMiddleware):
    """Django's: URL normalisation and Content-Length, no I/O."""


class CSPMiddleware(InlineHooks, csp.CSPMiddleware):
    """django-csp's: builds the policy header, no I/O."""
