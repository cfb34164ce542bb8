"""drf-spectacular hooks: the schema names the deployment's public URL as its server."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest


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
