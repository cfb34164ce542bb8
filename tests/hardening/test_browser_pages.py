"""The pages, as a person sees them: headless Chromium loads Swagger UI, Redoc and the admin
login from a live server and runs their JavaScript under the real Content-Security-Policy.

Needs Debian's `chromium`. Without it these tests are deselected (see conftest.py), except
under CI=true, where they fail.
"""

import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.hardening.conftest import chromium_path

pytestmark = pytest.mark.browser

# JavaScript that did not run (blocked by the CSP, or broken) leaves these out of the DOM.
RENDERED = {
    "/api-docs/": ['id="operations-questions-searchEmployeeDirectory"', "opblock-summary"],
    "/": ['id="operations-questions-searchEmployeeDirectory"'],
    "/redoc/": ["Ask the employee directory a question in plain language", "redoc-wrap"],
    "/admin/login/": ['id="login-form"', "Employee directory"],
}


def chromium(*args: str, user_data_dir: Path) -> subprocess.CompletedProcess[str]:
    browser = chromium_path()
    if browser is None:
        pytest.fail("Chromium is not installed: in CI run `apt-get install -y chromium` first.")
    return subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--enable-logging=stderr",
            "--v=0",
            f"--user-data-dir={user_data_dir}",
            "--virtual-time-budget=8000",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def csp_violations(stderr: str) -> list[str]:
    """Blocked scripts, styles, workers or fetches. Redoc's sidebar asks for a logo from
    cdn.redoc.ly, which `img-src 'self'` rightly blocks: no third-party request, no harm."""
    return [
        line
        for line in stderr.splitlines()
        if "Content Security Policy" in line
        and not ('"img-src' in line and "https://cdn.redoc.ly/" in line)
    ]


@pytest.mark.parametrize("path", list(RENDERED))
def test_page_renders_under_the_csp(live_server: Any, tmp_path: Path, path: str) -> None:
    result = chromium("--dump-dom", f"{live_server.url}{path}", user_data_dir=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    for marker in RENDERED[path]:
        assert marker in dom, f"{marker!r} not rendered on {path}: {dom[:1500]}"
    assert csp_violations(result.stderr) == []


def test_screenshot_of_the_api_docs(live_server: Any, tmp_path: Path) -> None:
    """A picture to look at (kept in /tmp/hardening-api-docs.png); it must not be blank."""
    shot = Path("/tmp/hardening-api-docs.png")  # noqa: S108  (a fixed place for a person to look)
    shot.unlink(missing_ok=True)
    result = chromium(
        f"--screenshot={shot}",
        "--window-size=1280,1000",
        f"{live_server.url}/api-docs/",
        user_data_dir=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.exists()
    assert shot.stat().st_size > 20_000  # a rendered page, not an empty white one
