"""Who may call /mcp: the API's bearer tokens, and OAuth tokens issued for this MCP resource.

Static and named API tokens are the service's own opaque tokens and work as on /search. An OAuth
access token must carry the `directory` scope, be bound (RFC 8707 `resource`) to this server's
/mcp URL, and belong to an active person who holds `OAUTH_DIRECTORY_PERMISSION`.
"""

from dataclasses import dataclass
from typing import Any

from rest_framework.exceptions import AuthenticationFailed

from apitokens.authentication import BearerTokenAuthentication
from apitokens.oauth import TokenRefused, verify_access_token

NO_TOKEN = "Send a token in the header 'Authorization: Bearer <token>', or sign in with OAuth."  # noqa: S105
BAD_TOKEN = "The token is not valid: it is wrong, revoked or expired. Sign in again."  # noqa: S105


@dataclass(frozen=True)
class Refusal:
    status: int
    code: str  # the project's error code
    oauth_error: str  # RFC 6750 error for WWW-Authenticate ("" when no token was sent)
    message: str


def authenticate(authorization: str | None, resource: str) -> tuple[Any, Any] | Refusal:
    """(principal, identity) for the Authorization header, or why not.

    `resource` is this server's MCP URL, e.g. https://directory.example.com/mcp.
    """
    raw = _bearer_token(authorization)
    if raw is None:
        return Refusal(401, "not_authenticated", "", NO_TOKEN)
    try:
        return BearerTokenAuthentication().identify(raw)
    except AuthenticationFailed:
        return _oauth_token(raw, resource)


def _bearer_token(authorization: str | None) -> str | None:
    scheme, _, value = (authorization or "").partition(" ")
    value = value.strip()
    if scheme.lower() != "bearer" or not value or " " in value or len(value) > 400:
        return None
    return value


def _oauth_token(raw: str, resource: str) -> tuple[Any, Any] | Refusal:
    try:
        identity = verify_access_token(raw, resource, bound=True)
    except TokenRefused as refused:
        return Refusal(refused.status, refused.code, refused.oauth_error, refused.message)
    if identity is None:
        return Refusal(401, "authentication_failed", "invalid_token", BAD_TOKEN)
    return identity.user, identity
