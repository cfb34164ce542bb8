"""`PUBLIC_BASE_URL` is the one address assistants are given: the OpenAPI `servers` URL, the MCP
resource and the OAuth issuer. GPT actions accept only https on port 443, at the host's root."""

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register

EXAMPLE = "https://directory.example.com"


def public_base_url_problem(url: str) -> str | None:
    """What is wrong with `url` as PUBLIC_BASE_URL, or None."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return f"PUBLIC_BASE_URL {url!r} is not a URL."
    problems = [
        (parts.scheme != "https", "must start with https://"),
        (not parts.hostname, "must name a host"),
        (port not in (None, 443), f"must use port 443, not {port}"),
        (parts.path not in ("", "/"), f"must have no path ({parts.path!r})"),
        (bool(parts.query or parts.fragment or parts.username), "must have no query or user"),
    ]
    found = [text for broken, text in problems if broken]
    return f"PUBLIC_BASE_URL {url!r} " + "; ".join(found) + "." if found else None


@register(Tags.security)
def check_public_base_url(
    app_configs: Sequence[AppConfig] | None, **kwargs: Any
) -> list[CheckMessage]:
    url = settings.PUBLIC_BASE_URL
    if not url:
        return []  # unset: each request's own origin (honouring X-Forwarded-Proto) is used
    problem = public_base_url_problem(url)
    if problem is None:
        return []
    return [
        Error(
            problem,
            hint=f"GPT actions and OAuth clients need the bare https origin, e.g. {EXAMPLE}.",
            id="mcpserver.E001",
        )
    ]
