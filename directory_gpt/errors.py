"""The API's one error shape, and the exception handler that produces it.

Every error body looks like
``{"error": "<HTTP reason phrase>", "message": "<what to do>", "statusCode": 400, "code": "..."}``
with ``"fields"`` added for validation errors.
"""

import logging
from http import HTTPStatus
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpRequest, JsonResponse
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger("directory_gpt.errors")


class DomainError(Exception):
    """An error the service expects and explains; subclasses set the HTTP status and code."""

    status_code: int = 500
    code: str = "error"
    default_message: str = "The request could not be completed."
    # What the raising pipeline had done so far (gptbridge's QueryTrace), for callers that report
    # it, such as the evaluation.
    trace: Any = None

    def __init__(self, message: str | None = None, *, headers: dict[str, str] | None = None):
        self.message = message or self.default_message
        self.headers = headers or {}
        super().__init__(self.message)


def error_body(
    status_code: int, message: str, code: str, fields: dict[str, Any] | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "error": HTTPStatus(status_code).phrase,
        "message": message,
        "statusCode": status_code,
        "code": code,
    }
    if fields:
        body["fields"] = fields
    return body


def error_response(
    status_code: int, message: str, code: str, fields: dict[str, Any] | None = None
) -> JsonResponse:
    return JsonResponse(error_body(status_code, message, code, fields), status=status_code)


_DEFAULT_MESSAGES = {
    "not_authenticated": ("Send a valid API token in the header 'Authorization: Bearer <token>'."),
    "authentication_failed": (
        "The API token is not valid: it is wrong, revoked or expired. "
        "Ask an administrator for a new token."
    ),
    "permission_denied": "This token's user lacks the permission for this action.",
    "not_found": "Nothing exists at this address.",
    "method_not_allowed": "This HTTP method is not supported here; see the API docs at /api-docs/.",
    "unsupported_media_type": (
        "Send the request body as JSON with 'Content-Type: application/json'."
    ),
    "parse_error": "The request body is not valid JSON.",
    "not_acceptable": "This endpoint answers in JSON; accept 'application/json'.",
}


THROTTLED_MESSAGE = "Too many requests for this token; retry in {seconds} seconds."


def _validation_fields(detail: Any) -> tuple[str, dict[str, Any] | None]:
    if isinstance(detail, dict):
        fields = {key: _flatten(value) for key, value in detail.items()}
        names = ", ".join(sorted(fields))
        return f"Some fields are invalid ({names}); see 'fields' for what to fix.", fields
    messages = _flatten(detail)
    return (" ".join(messages) if messages else "The request is invalid."), None


def _flatten(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for entry in value for item in _flatten(entry)]
    if isinstance(value, dict):
        return [f"{key}: {item}" for key, entry in value.items() for item in _flatten(entry)]
    return [str(value)]


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """DRF exception handler: every error leaves the API in the one documented shape."""
    if isinstance(exc, DomainError):
        logger.warning("domain error %s (%s): %s", exc.status_code, exc.code, exc.message)
        return Response(
            error_body(exc.status_code, exc.message, exc.code),
            status=exc.status_code,
            headers=exc.headers,
        )
    if isinstance(exc, RequestDataTooBig):
        return Response(_too_large_body(), status=413)
    if isinstance(exc, OperationalError | InterfaceError):
        # e.g. the token lookup could not reach the database
        logger.error("database unavailable: %s", type(exc).__name__)
        message = "The directory database is unavailable right now; try again shortly."
        return Response(error_body(503, message, "database_unavailable"), status=503)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()

    response = exception_handler(exc, context)
    if response is None:
        logger.error(
            "unhandled %s in %s: %s",
            type(exc).__name__,
            context.get("view").__class__.__name__,
            exc,
            exc_info=exc,
        )
        return Response(
            error_body(500, "Something went wrong on our side; try again later.", "server_error"),
            status=500,
        )

    assert isinstance(exc, exceptions.APIException)
    code = exc.default_code if isinstance(exc.default_code, str) else "error"
    fields = None
    if isinstance(exc, exceptions.ValidationError):
        code = "invalid"
        message, fields = _validation_fields(exc.detail)
    elif isinstance(exc, exceptions.Throttled):
        code = "throttled"
        wait = getattr(exc, "wait", None) or 1
        template = getattr(exc, "retry_message", THROTTLED_MESSAGE)
        message = template.format(seconds=int(wait + 0.999))
    else:
        codes = exc.get_codes()
        if isinstance(codes, str):
            code = codes
        message = _DEFAULT_MESSAGES.get(code, str(exc.detail))
        if isinstance(exc, exceptions.PermissionDenied) and exc.detail != exc.default_detail:
            message = str(exc.detail)  # a permission class that says why, in its own words
    response.data = error_body(response.status_code, message, code, fields)
    return response


def _too_large_body() -> dict[str, Any]:
    from django.conf import settings

    limit_kb = settings.API_MAX_BODY_BYTES // 1024
    return error_body(
        413, f"The request body is larger than {limit_kb} KB; send a shorter one.", "too_large"
    )


def json_not_found(request: HttpRequest, exception: Exception | None = None) -> JsonResponse:
    return error_response(404, _DEFAULT_MESSAGES["not_found"], "not_found")


def json_server_error(request: HttpRequest) -> JsonResponse:
    return error_response(500, "Something went wrong on our side; try again later.", "server_error")


def json_too_large(request: HttpRequest) -> JsonResponse:
    return JsonResponse(_too_large_body(), status=413)
