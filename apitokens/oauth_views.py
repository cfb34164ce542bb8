"""The OAuth 2.1 authorization server's pages and documents (django-oauth-toolkit underneath)."""

from typing import Any

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from oauth2_provider.views import AuthorizationView, OAuthProtectedResourceMetadataView

from apitokens.oauth import may_use_directory, no_permission_message
from directory_gpt.openapi import public_base_url

MCP_PATH = "/mcp"


class DirectoryLoginView(LoginView):
    """People sign in with their directory account (the admin's look, not the admin's rights)."""

    template_name = "admin/login.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            site_header=admin.site.site_header,
            site_title=admin.site.site_title,
            title="Sign in to connect an assistant",
        )
        return context


class DirectoryAuthorizationView(AuthorizationView):
    """The consent page; a signed-in person without the directory permission is told so."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        user = request.user
        if user.is_authenticated and not may_use_directory(user):
            context = {"message": no_permission_message(), "user": user}
            return render(request, "oauth/no_permission.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)


class McpResourceMetadataView(OAuthProtectedResourceMetadataView):
    """RFC 9728: /mcp is the protected resource; this service is its authorization server."""

    def get_resource(self, request: HttpRequest) -> str:
        return public_base_url(request) + MCP_PATH

    def get_authorization_servers(self, request: HttpRequest) -> list[str]:
        return [issuer(request)]

    def get_scopes_supported(self) -> list[str]:
        return [settings.OAUTH_DIRECTORY_SCOPE]

    def get_resource_policy_uri(self) -> str:
        return f"{settings.PUBLIC_BASE_URL}/privacy" if settings.PUBLIC_BASE_URL else ""


def issuer(request: HttpRequest) -> str:
    """The authorization server's issuer: the public origin (RFC 8414 metadata at its root)."""
    return public_base_url(request)
