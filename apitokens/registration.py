"""Dynamic client registration (RFC 7591) with this directory's policy on top of the toolkit's.

Anyone may register a client (ChatGPT, Claude, Cursor and Claude Code register themselves), but
only for the authorization-code grant, and plain-http redirect URIs only on the loopback host
(RFC 8252 native apps such as Claude Code); every other redirect must be https. A registered
client gets nothing until a person with the directory permission signs in and approves it.
"""

import json
from typing import Any
from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse, JsonResponse
from oauth2_provider.views import DynamicClientRegistrationView

ALLOWED_GRANTS = frozenset({"authorization_code", "refresh_token"})
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def redirect_uri_problem(uri: Any) -> str | None:
    if not isinstance(uri, str):
        return "Each redirect_uri must be a string."
    parts = urlsplit(uri)
    if parts.scheme == "https" and parts.hostname:
        return None
    if parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS:
        return None
    return f"Redirect URI {uri[:200]!r} must use https (plain http only on the loopback host)."


def registration_problem(metadata: Any) -> str | None:
    """Why this directory refuses a registration, or None (the toolkit checks the rest)."""
    if not isinstance(metadata, dict):
        return None  # the toolkit answers malformed bodies itself
    grants = metadata.get("grant_types", ["authorization_code"])
    if isinstance(grants, list) and not set(grants) <= ALLOWED_GRANTS:
        return "Only the authorization_code grant (with refresh_token) can be registered."
    uris = metadata.get("redirect_uris", [])
    for uri in uris if isinstance(uris, list) else []:
        problem = redirect_uri_problem(uri)
        if problem:
            return problem
    return None


class DirectoryClientRegistrationView(DynamicClientRegistrationView):
    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            metadata = json.loads(request.body)
        except ValueError:
            metadata = None
        problem = registration_problem(metadata)
        if problem:
            error = (
                "invalid_redirect_uri" if "Redirect URI" in problem else "invalid_client_metadata"
            )
            return JsonResponse({"error": error, "error_description": problem}, status=400)
        response: HttpResponse = super().post(request, *args, **kwargs)
        return response
