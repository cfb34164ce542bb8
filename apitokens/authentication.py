"""Bearer-token authentication: the static `BEARER_AUTH_API_KEY` or a named `ApiToken`."""

import hmac
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from rest_framework import authentication, exceptions
from rest_framework.request import Request

from apitokens.models import ApiToken
from directory_gpt.ratelimit import blocked_for, client_ip, consume

logger = logging.getLogger("apitokens")

# Writing last-used on every request would turn each read into a write; once a minute is enough.
LAST_USED_RESOLUTION = timedelta(minutes=1)
# Wrong tokens are counted per client address (AUTH_FAILURE_RATE); see TooManyFailedTokens.
AUTH_FAILURE_SCOPE = "auth-failure"


class TooManyFailedTokens(exceptions.Throttled):
    """429 for an address that sent too many wrong tokens.

    While it lasts, every token from that address is refused unchecked, the right one too:
    otherwise the answers would still tell a guesser which guess was right.
    """

    retry_message = (
        "Too many requests with a wrong API token from this address; retry in {seconds} seconds."
    )


@dataclass(frozen=True)
class ServicePrincipal:
    """Who a token without a user acts as: authenticated, read-only, no model permissions."""

    name: str
    is_authenticated: bool = True
    is_active: bool = True
    is_staff: bool = False
    is_superuser: bool = False
    pk: None = None
    groups: tuple[()] = field(default=())

    def has_perm(self, perm: str, obj: Any = None) -> bool:
        return False

    def has_perms(self, perms: Any, obj: Any = None) -> bool:
        return False

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class TokenIdentity:
    """`request.auth`: which token authenticated the request (for throttling and the query log)."""

    key: str  # a stable, non-secret identifier: "env" or the token's prefix
    name: str
    token: ApiToken | None = None

    @property
    def user(self) -> Any:
        """The user a named token acts as (for the question log), or None."""
        return self.token.user if self.token is not None else None


def is_static_api_key(presented: str) -> bool:
    """Whether `presented` is the deployment's BEARER_AUTH_API_KEY (compared in constant time)."""
    static_key = settings.BEARER_AUTH_API_KEY
    return bool(static_key) and hmac.compare_digest(presented.encode(), static_key.encode())


class BearerTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request: Request) -> tuple[Any, TokenIdentity] | None:
        header = authentication.get_authorization_header(request).split()
        if not header:
            return None
        address = client_ip(request)
        wait = blocked_for(AUTH_FAILURE_SCOPE, address, settings.AUTH_FAILURE_RATE)
        if wait is not None:
            raise TooManyFailedTokens(wait)
        try:
            return self._check_header(header)
        except exceptions.AuthenticationFailed:
            consume(AUTH_FAILURE_SCOPE, address, settings.AUTH_FAILURE_RATE)
            raise

    def _check_header(self, header: list[bytes]) -> tuple[Any, TokenIdentity]:
        if header[0].lower() != self.keyword.lower().encode():
            raise exceptions.AuthenticationFailed(
                "Use the Bearer scheme: 'Authorization: Bearer <token>'."
            )
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Send exactly one token after 'Bearer'.")
        try:
            presented = header[1].decode("ascii")
        except UnicodeDecodeError as exc:
            raise exceptions.AuthenticationFailed("The token contains invalid characters.") from exc
        return self.identify(presented)

    def identify(self, presented: str) -> tuple[Any, TokenIdentity]:
        """The principal and identity for a presented token (also used by the MCP server)."""
        if is_static_api_key(presented):
            return ServicePrincipal("api-key"), TokenIdentity(key="env", name="BEARER_AUTH_API_KEY")
        token = self._lookup_token(presented)
        if token is None:
            raise exceptions.AuthenticationFailed()
        self._touch(token)
        principal = token.user if token.user is not None else ServicePrincipal(token.name)
        if token.user is not None and not token.user.is_active:
            raise exceptions.AuthenticationFailed()
        return principal, TokenIdentity(key=token.prefix, name=token.name, token=token)

    @staticmethod
    def _lookup_token(presented: str) -> ApiToken | None:
        if "." not in presented or len(presented) > 200:
            return None
        try:
            token = ApiToken.objects.get_from_key(presented)
        except ApiToken.DoesNotExist:
            return None
        if not isinstance(token, ApiToken) or token.has_expired:
            return None
        return token

    @staticmethod
    def _touch(token: ApiToken) -> None:
        now = timezone.now()
        if token.last_used_at and now - token.last_used_at < LAST_USED_RESOLUTION:
            return
        ApiToken.objects.filter(
            Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - LAST_USED_RESOLUTION),
            pk=token.pk,
        ).update(last_used_at=now)

    def authenticate_header(self, request: Request) -> str:
        return f'{self.keyword} realm="api"'
