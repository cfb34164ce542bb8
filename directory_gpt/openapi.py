"""OpenAPI helpers shared by every endpoint: the error-body component and the public server URL."""

from http import HTTPStatus
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


# The docstring below is the `Error` component's description in the published schema.
class ErrorSerializer(serializers.Serializer):
    """Every error response: the status, what to do, a stable code, and field problems if any."""

    # Built here, not as class attributes: `fields` would shadow `Serializer.fields`, and the
    # body's `statusCode` is camel case (the reference API's shape).
    def get_fields(self) -> dict[str, serializers.Field]:
        return {
            "error": serializers.CharField(help_text="The HTTP reason phrase, e.g. 'Not Found'."),
            "message": serializers.CharField(help_text="What went wrong and what to do about it."),
            "statusCode": serializers.IntegerField(help_text="The HTTP status code, repeated."),
            "code": serializers.CharField(
                help_text="A stable machine-readable code, e.g. 'invalid', 'not_authenticated'."
            ),
            "fields": serializers.DictField(
                child=serializers.ListField(child=serializers.CharField()),
                required=False,
                help_text="Validation errors only: the messages for each invalid field.",
            ),
        }


ERROR_DESCRIPTIONS: dict[int, str] = {
    400: "The request is invalid; 'fields' names each invalid field and what to fix.",
    401: "No API token, or a wrong, revoked or expired one.",
    403: "The token may not do this (writes need a token whose user holds the permission).",
    404: "Nothing exists at this address.",
    405: "This HTTP method is not supported here.",
    413: "The request body is too large.",
    415: "The request body is not JSON.",
    422: "The request was understood but cannot be answered.",
    429: "Too many requests for this token; retry after the time in 'message'.",
    500: "Something went wrong on the server.",
    502: "An upstream service answered with an error.",
    503: "A service the API needs (e.g. the database) is unavailable; try again shortly.",
    504: "An upstream service did not answer in time.",
}


def error_responses(*status_codes: int) -> dict[int, OpenApiResponse]:
    """`extend_schema(responses=...)` entries for the given error statuses, all as `Error`."""
    return {
        code: OpenApiResponse(
            ErrorSerializer, description=ERROR_DESCRIPTIONS.get(code, HTTPStatus(code).phrase)
        )
        for code in status_codes
    }


def public_base_url(request: HttpRequest | None) -> str:
    """`PUBLIC_BASE_URL`, else the URL the request came in on (honouring X-Forwarded-Proto)."""
    if settings.PUBLIC_BASE_URL:
        return settings.PUBLIC_BASE_URL
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return "http://localhost:8000"


def add_public_server(
    result: dict[str, Any], generator: Any, request: HttpRequest | None, public: bool
) -> dict[str, Any]:
    result["servers"] = [{"url": public_base_url(request)}]
    return result
