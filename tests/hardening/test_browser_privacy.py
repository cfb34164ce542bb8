"""/privacy and the full API's docs as a person sees them: headless Chromium, the real CSP."""

from pathlib import Path
from typing import Any

import pytest
from pytest_django.fixtures import Settings

from tests.hardening.test_browser_pages import chromium, csp_violations

pytestmark = pytest.mark.browser


def test_privacy_page_renders(live_server: Any, tmp_path: Path, settings: Settings) -> None:
    settings.PRIVACY_ORGANIZATION = "Acme Corp"
    settings.PRIVACY_CONTACT = "privacy@acme.test"
    settings.OPENAI_API_KEY = ""
    result = chromium("--dump-dom", f"{live_server.url}/privacy", user_data_dir=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert 'id="privacy-policy"' in dom
    assert "Acme Corp" in dom
    assert "privacy@acme.test" in dom
    assert "Nothing leaves the service" in dom
    assert csp_violations(result.stderr) == []


@pytest.mark.parametrize(
    ("path", "marker"),
    [
        ("/api-docs/full/", 'id="operations-employees-deleteEmployee"'),
        ("/redoc/full/", "Remove an employee"),
    ],
)
def test_the_full_api_docs_render(live_server: Any, tmp_path: Path, path: str, marker: str) -> None:
    result = chromium("--dump-dom", f"{live_server.url}{path}", user_data_dir=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert marker in result.stdout, result.stdout[:1500]
    assert csp_violations(result.stderr) == []
