"""The pages, as a person sees them: headless Chromium loads Swagger UI, Redoc and the admin
login from a live server and runs their JavaScript under the real Content-Security-Policy.

Needs Debian's `chromium`. Without it these tests are deselected (see conftest.py), except
under CI=true, where they fail.
"""

import datetime as dt
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
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


# --- The HR admin as a person sees it (Playwright driving the same system Chromium) ----------

ADMIN_PASSWORD = "a-long-browser-test-password-9"


@dataclass
class HrBrowser:
    page: Any  # playwright.sync_api.Page
    base: str


@pytest.fixture
def hr_browser(
    live_server: Any, django_user_model: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[HrBrowser]:
    """A logged-in admin's page in headless Chromium, 1,400 x 900 pixels (a laptop screen)."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an idle event loop on this thread; the test's own ORM calls
    # (setting up and checking data) are plain synchronous code all the same.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    browser_path = chromium_path()
    if browser_path is None:
        pytest.fail("Chromium is not installed: in CI run `apt-get install -y chromium` first.")
    django_user_model.objects.create_superuser("hr", "hr@example.com", ADMIN_PASSWORD)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_path, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.set_default_timeout(10_000)
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", "hr")
        page.fill("#id_password", ADMIN_PASSWORD)
        page.click("input[type=submit]")
        page.wait_for_url(f"{live_server.url}/admin/")
        yield HrBrowser(page=page, base=live_server.url)
        browser.close()


def _visible_within_the_screen(page: Any, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 1400


@pytest.fixture
def some_employees(db: None) -> None:
    from employees.models import Employee

    Employee.objects.create(
        first_name="Ada",
        last_name="Lovelace",
        email="ada@example.com",
        department="HR",
        title="Vice-President",
        hire_date=dt.date(2020, 1, 2),
    )


@pytest.mark.django_db(transaction=True)
def test_admin_shows_choice_values_as_stored(some_employees: None, hr_browser: HrBrowser) -> None:
    """Issue 9.7: "HR" and "Vice-President", not "Hr" and "Vice President"."""
    page, base = hr_browser.page, hr_browser.base
    page.goto(f"{base}/admin/employees/employee/")
    row = page.locator("#result_list tbody tr").first.inner_text()
    assert "HR" in row
    assert "Vice-President" in row
    sidebar = page.locator("#changelist-filter").inner_text()
    assert "HR" in sidebar.split()
    assert "Vice-President" in sidebar
    assert "Hr" not in sidebar.split()
    assert "Vice President" not in sidebar
    page.goto(f"{base}/admin/employees/employee/add/")
    options = page.locator("#id_department option").all_inner_texts()
    assert "HR" in options
    assert "Hr" not in options


@pytest.mark.django_db(transaction=True)
def test_revoking_a_token_as_a_person_does_it(hr_browser: HrBrowser) -> None:
    """Issue 9.9: the status is on screen at 1,400 px, in words; revoking asks, then confirms."""
    from apitokens.models import ApiToken

    page, base = hr_browser.page, hr_browser.base
    ApiToken.objects.create_key(name="payroll export")
    page.goto(f"{base}/admin/apitokens/apitoken/")
    assert _visible_within_the_screen(page, "th.column-status")
    assert page.locator("td.field-status").inner_text() == "Active"
    assert page.locator("#result_list img[alt='False']").count() == 0  # no red cross

    page.check("input.action-select")
    page.select_option("select[name=action]", "revoke_tokens")
    page.click("button[name=index]")
    page.wait_for_selector("#revoke-warning")
    assert "Revoking cannot be undone." in page.locator("#revoke-warning").inner_text()
    assert page.locator("#tokens-to-revoke").inner_text().startswith("payroll export")
    assert not ApiToken.objects.get(name="payroll export").revoked

    page.click("#confirm-revoke")
    page.wait_for_selector("ul.messagelist li.success")
    success = page.locator("ul.messagelist li.success").inner_text()
    assert success.startswith("Revoked 1 token: payroll export.")
    assert page.locator("td.field-status").inner_text() == "Revoked"
    assert ApiToken.objects.get(name="payroll export").revoked


@pytest.mark.django_db(transaction=True)
def test_import_preview_shows_the_reasons_without_hovering(
    hr_browser: HrBrowser, tmp_path: Path
) -> None:
    """Issue 9.10: each invalid row's reasons are readable text, in the API's words."""
    page, base = hr_browser.page, hr_browser.base
    csv_file = tmp_path / "employees.csv"
    csv_file.write_text(
        "first_name,last_name,email,department,title,hire_date\n"
        "Grace,Hopper,grace@example.com,Finance,Manager,2021-03-04\n"
        "Alan,Turing,alan@example.com,Product,Manager,04/03/2021\n"
    )
    page.goto(f"{base}/admin/employees/employee/import/")
    page.set_input_files("#id_import_file", str(csv_file))
    page.click("input[type=submit]")
    page.wait_for_selector("#invalid-rows")
    reasons = page.locator("#invalid-rows td.row-errors")
    assert reasons.count() == 2
    assert reasons.nth(0).is_visible()
    first = reasons.nth(0).inner_text()
    assert "department: 'Finance' is not a department; use one of: Accounting, Sales" in first
    assert reasons.nth(1).inner_text().strip() == "hire_date: Enter a date as YYYY-MM-DD."
    assert page.locator("text=Confirm import").count() == 0
