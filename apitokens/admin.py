from django.contrib import admin
from oauth2_provider.models import get_id_token_model
from rest_framework_api_key.admin import APIKeyModelAdmin
from rest_framework_api_key.models import APIKey

from apitokens.models import ApiToken

# The library's own concrete model is unused: our tokens carry a user and a last-used time.
admin.site.unregister(APIKey)
# OpenID Connect is off: no ID tokens are ever issued.
admin.site.unregister(get_id_token_model())


@admin.register(ApiToken)
class ApiTokenAdmin(APIKeyModelAdmin):
    list_display = (  # type: ignore[assignment]
        "name",
        "prefix",
        "user",
        "created",
        "last_used_at",
        "expiry_date",
        "_has_expired",
        "revoked",
    )
    list_filter = ("revoked", "created", "last_used_at")  # type: ignore[assignment]
    search_fields = ("name", "prefix", "user__username")  # type: ignore[assignment]
    list_select_related = ("user",)
    autocomplete_fields = ("user",)
    actions = ["revoke_tokens"]

    @admin.action(description="Revoke selected tokens (cannot be undone)")
    def revoke_tokens(self, request: object, queryset: object) -> None:
        queryset.update(revoked=True)  # type: ignore[attr-defined]
