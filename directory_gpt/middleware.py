"""Project-wide request middleware: one log line per request, and the API body-size limit."""

import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse

from directory_gpt.errors import json_too_large

logger = logging.getLogger("directory_gpt.requests")

Handler = Callable[[HttpRequest], HttpResponse]


class RequestLogMiddleware:
    """Writes `METHOD path status duration` per request; never headers, bodies or query strings."""

    def __init__(self, get_response: Handler):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        elapsed_ms = (time.perf_counter() - started) * 1000
        logger.info(
            "%s %s %s %.0fms", request.method, request.path, response.status_code, elapsed_ms
        )
        return response


class BodySizeLimitMiddleware:
    """Answers 413 in the API's error shape for API bodies over `API_MAX_BODY_BYTES`.

    DRF reads the request stream directly, which skips Django's own upload limit, so the
    limit is enforced here, before any view runs. The admin (file uploads) is exempt.
    """

    def __init__(self, get_response: Handler):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in ("POST", "PUT", "PATCH") and not request.path.startswith("/admin/"):
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
            if len(body) > limit:
                return json_too_large(request)
        return self.get_response(request)
