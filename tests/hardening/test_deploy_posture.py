"""Deploy posture: `check --deploy` is clean with production settings, and responses carry HSTS,
nosniff, a CSP on the pages, and secure cookies."""

import os
import secrets
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from pytest_django.fixtures import Settings

BASE_DIR = Path(__file__).resolve().parents[2]
PAGES = ["/", "/api-docs/", "/redoc/", "/admin/login/"]
JSON_URLS = ["/api-docs/openapi.json", "/healthz", "/search", "/api/employees/"]

# Variables the test environment (pytest-env) or a developer's shell may set that would make the
# subprocess something other than a plain production deployment.
_DEPLOYER_VARIABLES = (
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "DATABASE_URL",
    "QUERY_DATABASE_URL",
    "CSRF_TRUSTED_ORIGINS",
    "BEARER_AUTH_API_KEY",
    "OPENAI_API_KEY",
    "DATABASE_POOL_MAX_SIZE",
)


def run_manage(*args: str, **overrides: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in _DEPLOYER_VARIABLES}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "directory_gpt.settings",
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "directory.example.com",
            "CSRF_TRUSTED_ORIGINS": "https://directory.example.com",
            "DATABASE_URL": "sqlite:////tmp/hardening-deploy-check.sqlite3",
            **overrides,
        }
    )
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Production builds run `collectstatic`; without it `check --deploy` says so."""
    root = str(tmp_path_factory.mktemp("static"))
    result = run_manage("collectstatic", "--noinput", "-v", "0", STATIC_ROOT=root)
    assert result.returncode == 0, result.stderr
    return root


def test_check_deploy_is_clean_with_production_settings(collected_static: str) -> None:
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", STATIC_ROOT=collected_static
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output, output


def test_check_deploy_catches_an_insecure_setting() -> None:
    """The clean result above is meaningful: the same command flags a weakened deployment."""
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", SECURE_HSTS_SECONDS="0")
    assert result.returncode != 0
    assert "security.W004" in result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_a_secret_key() -> None:
    result = run_manage("check", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


@pytest.fixture
def production(settings: Settings) -> Settings:
    """Production security settings in-process (the test environment turns the redirect off)."""
    settings.DEBUG = False
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    return settings


def csp_directives(response: Any) -> dict[str, list[str]]:
    header = response.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def assert_security_headers(response: Any) -> None:
    hsts = response.get("Strict-Transport-Security", "")
    assert "max-age=31536000" in hsts, hsts
    assert "includeSubDomains" in hsts, hsts
    assert response.get("X-Content-Type-Options") == "nosniff"
    assert response.get("X-Frame-Options") == "DENY"
    assert response.get("Referrer-Policy")


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_pages_carry_hsts_nosniff_and_a_strict_csp(production: Settings, url: str) -> None:
    response = Client().get(url, secure=True)
    assert response.status_code == 200, response.content[:300]
    assert_security_headers(response)
    csp = csp_directives(response)
    assert csp["script-src"] == ["'self'"], csp  # no inline script, no eval, no CDN
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert all("'unsafe-eval'" not in sources for sources in csp.values())


@pytest.mark.django_db
@pytest.mark.parametrize("url", JSON_URLS)
def test_json_responses_carry_hsts_and_nosniff(production: Settings, url: str) -> None:
    response = Client().get(url, secure=True)
    assert response.status_code in (200, 401, 405), response.content[:300]
    assert response["Content-Type"].startswith(("application/json", "application/vnd.oai"))
    assert_security_headers(response)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api-docs/", "/admin/login/", "/search"])
def test_plain_http_is_redirected_to_https(production: Settings, url: str) -> None:
    response = Client().get(url)
    assert response.status_code == 301
    assert response["Location"] == f"https://testserver{url}"
    assert "Strict-Transport-Security" not in response  # HSTS is only meaningful over HTTPS


@pytest.mark.django_db
def test_behind_the_proxy_https_is_recognised(production: Settings) -> None:
    response = Client().get("/api-docs/", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 200
    assert_security_headers(response)


@pytest.mark.django_db
def test_health_check_answers_plain_http_for_the_platform(production: Settings) -> None:
    response = Client().get("/healthz")
    assert response.status_code == 200


@pytest.mark.django_db
def test_admin_login_over_https_sets_secure_cookies(production: Settings) -> None:
    get_user_model().objects.create_superuser("posture-admin", "p@example.com", "S3cure-pass-99!")
    client = Client(enforce_csrf_checks=True)
    form = client.get("/admin/login/", secure=True)
    csrf = form.cookies["csrftoken"]
    assert csrf["secure"]
    assert csrf["samesite"].lower() in ("lax", "strict")

    response = client.post(
        "/admin/login/?next=/admin/",
        {
            "username": "posture-admin",
            "password": "S3cure-pass-99!",
            "csrfmiddlewaretoken": csrf.value,
            "next": "/admin/",
        },
        secure=True,
        headers={"Origin": "https://testserver", "Referer": "https://testserver/admin/login/"},
    )
    assert response.status_code == 302, response.content[:500]
    assert response["Location"] == "/admin/"
    session = response.cookies["sessionid"]
    assert session["secure"]
    assert session["httponly"]
    assert session["samesite"].lower() in ("lax", "strict")
    assert response.cookies["csrftoken"]["secure"]  # rotated on login, still secure
    assert_security_headers(response)
