"""Named, revocable API tokens, stored only as hashes (djangorestframework-api-key)."""

from django.conf import settings
from django.db import models
from rest_framework_api_key.models import AbstractAPIKey, APIKeyManager


class ApiTokenManager(APIKeyManager):
    def get_usable_keys(self) -> models.QuerySet:
        return self.filter(revoked=False).select_related("user")


class ApiToken(AbstractAPIKey):
    """A bearer token. Without a user it may only read; with one, it acts as that user."""

    objects = ApiTokenManager()  # type: ignore[misc]

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="api_tokens",
        help_text="Writes through the API need this user's model permissions. Empty: read-only.",
    )
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta(AbstractAPIKey.Meta):
        verbose_name = "API token"
        verbose_name_plural = "API tokens"
