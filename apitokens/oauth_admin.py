"""The OAuth pages of the admin: django-oauth-toolkit's admin classes (which mask secrets and
revoke whole token families), shown the way HR and operators look for things."""

from typing import Any

from oauth2_provider.admin import AccessTokenAdmin, ApplicationAdmin, GrantAdmin, RefreshTokenAdmin


class ClientAdmin(ApplicationAdmin):
    """Assistants that may ask people to sign in: registered by an admin (a GPT action) or by
    themselves (MCP clients). Deleting one revokes everything issued to it."""

    list_display = ("name", "client_type", "registration_source", "user", "created")
    list_filter = ("registration_source", "client_type", "created")
    search_fields = ("name", "client_id")
    ordering = ("-created",)
    date_hierarchy = "created"
    show_full_result_count = False


class SignedInAccessAdmin(AccessTokenAdmin):
    list_display = ("user", "application", "scope", "audience", "expires", "created")
    list_filter = ("expires", "created")
    ordering = ("-created",)
    date_hierarchy = "created"
    show_full_result_count = False

    def audience(self, obj: Any) -> str:
        return ", ".join(obj.resource or []) or "any"


class SignedInRefreshAdmin(RefreshTokenAdmin):
    list_display = ("user", "application", "created", "revoked")
    list_filter = ("revoked", "created")
    ordering = ("-created",)
    show_full_result_count = False


class PendingGrantAdmin(GrantAdmin):
    list_display = ("user", "application", "expires", "created")
    list_select_related = ("application", "user")
    ordering = ("-created",)
    show_full_result_count = False
