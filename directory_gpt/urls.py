from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import (
    SpectacularJSONAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
    SpectacularYAMLAPIView,
)

from directory_gpt.health import healthz

handler404 = "directory_gpt.errors.json_not_found"
handler500 = "directory_gpt.errors.json_server_error"

admin.site.site_header = "Employee directory"
admin.site.site_title = "Employee directory admin"
admin.site.index_title = "Directory administration"

# The split view serves Swagger UI's start-up script as a file, so the CSP needs no inline script.
docs = SpectacularSwaggerSplitView.as_view(url_name="schema-json")

urlpatterns = [
    path("", docs, name="home"),
    path("api-docs/", docs, name="swagger-ui"),
    path("api-docs/openapi.yaml", SpectacularYAMLAPIView.as_view(), name="schema-yaml"),
    path("api-docs/openapi.json", SpectacularJSONAPIView.as_view(), name="schema-json"),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema-json"), name="redoc"),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include("employees.urls")),
    path("", include("gptbridge.urls")),
]
