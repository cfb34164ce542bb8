"""OAuth access tokens (django-oauth-toolkit) as a second kind of bearer token.

A person signs in with their Django account through `/o/authorize/` (from ChatGPT, Claude, Cursor
or a GPT action with OAuth) and the assistant receives an access token for them. The token works
only while the person is active and holds `OAUTH_DIRECTORY_PERMISSION`, only with the `directory`
scope, and only on the resource it was issued for (RFC 8707).

The token is verified here, from the stored token, rather than through oauthlib's request parser:
the resource side needs no more than a lookup, and a malformed query string must not turn into a
server error.
"""

import hashlib
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from oauth2_provider.models import (
    AbstractApplication,
    AccessToken,
    get_access_token_model,
    get_application_model,
)
from rest_framework import authentication, exceptions
from rest_framework.request import Request

from apitokens.authentication import is_static_api_key

NO_PERMISSION = (
    "Your account may not use the employee directory; ask HR to add you to the directory's "
    "users (the permission '{permission}')."
)
EXPIRED = "The sign-in has expired or was revoked; sign in again."
OTHER_AUDIENCE = "The token was not issued for this resource (RFC 8707 'resource'); sign in again."


class NoDirectoryPermission(exceptions.PermissionDenied):
    default_code = "no_directory_permission"


@dataclass(frozen=True)
class OAuthIdentity:
    """`request.auth` for an OAuth token: throttled and logged per signed-in user."""

    key: str  # "user:<id>": one question budget per person, whichever assistant asks
    name: str  # the OAuth client's name, e.g. "ChatGPT"
    user: Any
    access_token: AccessToken


class TokenRefused(Exception):
    """An OAuth token we issued, but not usable here; `status` is 401 or 403."""

    def __init__(self, status: int, code: str, oauth_error: str, message: str):
        super().__init__(message)
        self.status, self.code, self.oauth_error, self.message = status, code, oauth_error, message


def may_use_directory(user: Any) -> bool:
    return bool(
        user is not None and user.is_active and user.has_perm(settings.OAUTH_DIRECTORY_PERMISSION)
    )


def no_permission_message() -> str:
    return NO_PERMISSION.format(permission=settings.OAUTH_DIRECTORY_PERMISSION)


def find_access_token(raw: str) -> AccessToken | None:
    """The stored token for `raw` (tokens are stored as SHA-256 checksums, RFC 9700)."""
    checksum = hashlib.sha256(raw.encode()).hexdigest()
    model = get_access_token_model()
    found: AccessToken | None = (
        model.objects.select_related("application", "user").filter(token_checksum=checksum).first()
    )
    return found


def verify_access_token(raw: str, resource: str, *, bound: bool) -> OAuthIdentity | None:
    """The identity for an OAuth token presented at `resource` (a URL without query), None if
    it is not one of ours, or `TokenRefused`. `bound`: the token must name this resource."""
    token = find_access_token(raw)
    if token is None:
        return None
    if not token.is_valid([settings.OAUTH_DIRECTORY_SCOPE]) or token.user is None:
        raise TokenRefused(401, "authentication_failed", "invalid_token", EXPIRED)
    if (bound and not token.resource) or not token.allows_audience(resource):
        raise TokenRefused(401, "authentication_failed", "invalid_token", OTHER_AUDIENCE)
    if not may_use_directory(token.user):
        message = no_permission_message()
        raise TokenRefused(403, "no_directory_permission", "insufficient_scope", message)
    return identity_for(token)


def identity_for(token: AccessToken) -> OAuthIdentity:
    application = token.application
    name = application.name if application is not None and application.name else "OAuth client"
    key = f"user:{token.user_id}"
    return OAuthIdentity(key=key, name=name, user=token.user, access_token=token)


class OAuthBearerAuthentication(authentication.BaseAuthentication):
    """DRF authentication for OAuth tokens; any other bearer token is left to the next class."""

    def authenticate(self, request: Request) -> tuple[Any, OAuthIdentity] | None:
        header = authentication.get_authorization_header(request).split()
        if len(header) != 2 or header[0].lower() != b"bearer" or len(header[1]) > 400:
            return None
        try:
            raw = header[1].decode("ascii")
            if is_static_api_key(raw):
                return None  # the deployment's own key: no token lookup (the next class's)
            resource = request.build_absolute_uri(request.path)
            identity = verify_access_token(raw, resource, bound=False)
        except UnicodeDecodeError:
            return None
        except TokenRefused as refused:
            if refused.status == 403:
                raise NoDirectoryPermission(refused.message) from None
            raise exceptions.AuthenticationFailed(refused.message) from None
        if identity is None:
            return None
        return identity.user, identity

    def authenticate_header(self, request: Request) -> str:
        return 'Bearer realm="api"'


def pkce_required(client_id: str) -> bool:
    """PKCE (S256) for every client, except a confidential client an administrator registered
    (a GPT action): it proves itself with its secret, and may not send a code verifier."""
    application = (
        get_application_model()
        .objects.filter(client_id=client_id)
        .values("client_type", "registration_source")
        .first()
    )
    if application is None:
        return True
    trusted = (
        application["client_type"] == AbstractApplication.CLIENT_CONFIDENTIAL
        and application["registration_source"] == AbstractApplication.RegistrationSource.MANUAL
    )
    return not trusted
