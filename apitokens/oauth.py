"""OAuth access tokens (django-oauth-toolkit) as a second kind of bearer token.

A person signs in with their Django account through `/o/authorize/` (from ChatGPT, Claude, Cursor
or a GPT action with OAuth) and the assistant receives an access token for them. The token works
only while the person is active and holds `OAUTH_DIRECTORY_PERMISSION`, only with the `directory`
scope, and only on the resource it was issued for (RFC 8707, checked by the toolkit).
"""

import hashlib
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from oauth2_provider.contrib.rest_framework import OAuth2Authentication
from oauth2_provider.models import (
    AbstractApplication,
    AccessToken,
    get_access_token_model,
    get_application_model,
)
from rest_framework import exceptions
from rest_framework.request import Request


class NoDirectoryPermission(exceptions.PermissionDenied):
    default_code = "no_directory_permission"


NO_PERMISSION = (
    "Your account may not use the employee directory; ask HR to add you to the directory's "
    "users (the permission '{permission}')."
)


@dataclass(frozen=True)
class OAuthIdentity:
    """`request.auth` for an OAuth token: throttled and logged per signed-in user."""

    key: str  # "user:<id>": one question budget per person, whichever assistant asks
    name: str  # the OAuth client's name, e.g. "ChatGPT"
    user: Any
    access_token: AccessToken


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


def identity_for(token: AccessToken) -> OAuthIdentity:
    application = token.application
    name = application.name if application is not None and application.name else "OAuth client"
    key = f"user:{token.user_id}"
    return OAuthIdentity(key=key, name=name, user=token.user, access_token=token)


class OAuthBearerAuthentication(OAuth2Authentication):
    """DRF authentication for OAuth tokens; anything else is left to the next class."""

    def authenticate(self, request: Request) -> tuple[Any, OAuthIdentity] | None:
        result = super().authenticate(request)
        if result is None:
            return None
        user, token = result
        if not token.allow_scopes([settings.OAUTH_DIRECTORY_SCOPE]):
            raise exceptions.AuthenticationFailed()
        if not may_use_directory(user):
            raise NoDirectoryPermission(no_permission_message())
        return user, identity_for(token)

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
