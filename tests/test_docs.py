"""The API docs pages (Swagger UI at / and /api-docs/, Redoc at /redoc/) use local assets only."""

import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client
from pytest_django.fixtures import Settings

SWAGGER_BUNDLE = "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js"
REDOC_BUNDLE = "drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js"


@pytest.fixture(autouse=True)
def _static_without_manifest(settings: Settings) -> None:
    """Pages render without `collectstatic`: production builds the manifest, tests do not."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def asset_urls(html: str) -> list[str]:
    return re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)


PAGES = [("/", SWAGGER_BUNDLE), ("/api-docs/", SWAGGER_BUNDLE), ("/redoc/", REDOC_BUNDLE)]


@pytest.mark.parametrize(("url", "bundle"), PAGES)
def test_docs_page_uses_the_sidecar_assets(url: str, bundle: str) -> None:
    response = Client().get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert f'src="/static/{bundle}"' in html
    for asset in asset_urls(html):
        if asset.startswith("/static/"):
            assert finders.find(asset.removeprefix("/static/")), f"{asset} is not a local file"


@pytest.mark.parametrize("url", ["/", "/api-docs/", "/redoc/"])
def test_docs_page_loads_nothing_from_other_hosts(url: str) -> None:
    html = Client().get(url).content.decode()
    external = [a for a in asset_urls(html) if a.startswith(("http:", "https:", "//"))]
    assert external == []


def test_swagger_start_up_script_is_served_as_a_file() -> None:
    """The split view keeps the page free of inline script, so the CSP can forbid it."""
    html = Client().get("/api-docs/").content.decode()
    assert "<script>" not in html.replace(" ", "")
    script = Client().get("/api-docs/", {"script": ""})
    assert script.status_code == 200
    assert "javascript" in script["Content-Type"]
    assert "openapi.json" in script.content.decode()  # the URL is JS-escaped
