from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import (
    SpectacularJSONAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
    SpectacularYAMLAPIView,
)
from oauth2_provider import views as oauth_views

from apitokens.oauth_views import (
    DirectoryAuthorizationView,
    DirectoryLoginView,
    McpResourceMetadataView,
)
from apitokens.registration import DirectoryClientRegistrationView
from directory_gpt.health import healthz
from directory_gpt.openapi import FULL_API_SETTINGS
from directory_gpt.privacy import privacy

handler404 = "directory_gpt.errors.json_not_found"
handler500 = "directory_gpt.errors.json_server_error"

admin.site.site_header = "Employee directory"
admin.site.site_title = "Employee directory admin"
admin.site.index_title = "Directory administration"

# The split view serves Swagger UI's start-up script as a file, so the CSP needs no inline script.
docs = SpectacularSwaggerSplitView.as_view(url_name="schema-json")

# django-oauth-toolkit's authorization server: the endpoints MCP clients and GPT actions use, the
# RFC 8414 / RFC 9728 documents at the origin's root, and dynamic client registration (RFC 7591).
oauth_patterns = [
    path("o/authorize/", DirectoryAuthorizationView.as_view(), name="authorize"),
    path("o/token/", oauth_views.TokenView.as_view(), name="token"),
    path("o/revoke_token/", oauth_views.RevokeTokenView.as_view(), name="revoke-token"),
    path("o/register/", DirectoryClientRegistrationView.as_view(), name="dcr-register"),
    path(
        "o/register/<str:client_id>/",
        oauth_views.DynamicClientRegistrationManagementView.as_view(),
        name="dcr-register-management",
    ),
    path(
        ".well-known/oauth-authorization-server",
        oauth_views.OAuthServerMetadataView.as_view(),
        name="oauth-server-metadata",
    ),
]

urlpatterns = [
    # The question endpoints first: they are most of the traffic, and Django tries patterns in
    # order (resolving /search last cost ~7% of a worker's CPU under load).
    path("", include("gptbridge.urls")),
    path("", docs, name="home"),
    path("api-docs/", docs, name="swagger-ui"),
    path("api-docs/openapi.yaml", SpectacularYAMLAPIView.as_view(), name="schema-yaml"),
    path("api-docs/openapi.json", SpectacularJSONAPIView.as_view(), name="schema-json"),
    path(
        "api-docs/full/openapi.yaml",
        SpectacularYAMLAPIView.as_view(custom_settings=FULL_API_SETTINGS),
        name="full-schema-yaml",
    ),
    path(
        "api-docs/full/openapi.json",
        SpectacularJSONAPIView.as_view(custom_settings=FULL_API_SETTINGS),
        name="full-schema-json",
    ),
    path(
        "api-docs/full/",
        SpectacularSwaggerSplitView.as_view(url_name="full-schema-json"),
        name="full-swagger-ui",
    ),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema-json"), name="redoc"),
    path(
        "redoc/full/", SpectacularRedocView.as_view(url_name="full-schema-json"), name="full-redoc"
    ),
    path("privacy", privacy, name="privacy"),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/login/", DirectoryLoginView.as_view(), name="login"),
    path("", include((oauth_patterns, "oauth2_provider"))),
    path(
        ".well-known/oauth-protected-resource",
        McpResourceMetadataView.as_view(),
        name="oauth-protected-resource",
    ),
    path(
        ".well-known/oauth-protected-resource/mcp",
        McpResourceMetadataView.as_view(),
        name="oauth-protected-resource-mcp",
    ),
    path("api/", include("employees.urls")),
]
