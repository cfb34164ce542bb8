"""API tokens for HR staff and operators: create (the key is shown once), revoke, expire.

Revoking cannot be undone, so the action asks first, on a page that lists the tokens and what
revoking them means, and says afterwards what it did. The list leads with each token's status
in words ("Active", "Revoked", "Expired on …"), so it stays readable on a laptop screen and an
unexpired token is not marked with a red cross.
"""

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils import timezone
from oauth2_provider.models import get_id_token_model
from rest_framework_api_key.admin import APIKeyModelAdmin
from rest_framework_api_key.models import APIKey

from apitokens.models import ApiToken

# The library's own concrete model is unused: our tokens carry a user and a last-used time.
admin.site.unregister(APIKey)
# OpenID Connect is off: no ID tokens are ever issued.
admin.site.unregister(get_id_token_model())


def token_status(token: ApiToken) -> str:
    if token.revoked:
        return "Revoked"
    if token.expiry_date is not None and token.expiry_date <= timezone.now():
        return f"Expired on {timezone.localtime(token.expiry_date):%Y-%m-%d}"
    return "Active"


@admin.register(ApiToken)
class ApiTokenAdmin(APIKeyModelAdmin):
    list_display = (  # type: ignore[assignment]
        "name",
        "status",
        "prefix",
        "user",
        "last_used_at",
        "expiry_date",
        "created",
    )
    list_filter = ("revoked", "created", "last_used_at")  # type: ignore[assignment]
    search_fields = ("name", "prefix", "user__username")  # type: ignore[assignment]
    list_select_related = ("user",)
    autocomplete_fields = ("user",)
    actions = ["revoke_tokens"]
    revoke_confirmation_template = "admin/apitokens/apitoken/revoke_confirmation.html"

    @admin.display(description="Status", ordering="revoked")
    def status(self, token: ApiToken) -> str:
        return token_status(token)

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> tuple[str, ...]:
        fields: tuple[str, ...] = tuple(super().get_readonly_fields(request, obj))
        return (*fields, "status") if obj is not None else fields

    @admin.action(description="Revoke selected tokens…", permissions=["change"])
    def revoke_tokens(
        self, request: HttpRequest, queryset: QuerySet[ApiToken]
    ) -> TemplateResponse | None:
        if request.POST.get("post") != "yes":
            return self._confirm_revocation(request, queryset)
        names = sorted(queryset.filter(revoked=False).values_list("name", flat=True))
        queryset.update(revoked=True)
        if names:
            self.message_user(
                request,
                f"Revoked {len(names)} token{'s' if len(names) != 1 else ''}: "
                f"{', '.join(names)}. Requests with them now get 401.",
                messages.SUCCESS,
            )
        else:
            self.message_user(request, "Those tokens were already revoked.", messages.INFO)
        return None

    def _confirm_revocation(
        self, request: HttpRequest, queryset: QuerySet[ApiToken]
    ) -> TemplateResponse:
        context = {
            **self.admin_site.each_context(request),
            "title": "Revoke API tokens?",
            "opts": self.model._meta,
            "tokens": list(queryset.select_related("user")),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "action_name": "revoke_tokens",
            "media": self.media,
        }
        return TemplateResponse(request, self.revoke_confirmation_template, context)
