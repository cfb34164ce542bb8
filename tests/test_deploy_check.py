"""`manage.py check --deploy` is clean with production settings.

It runs in a subprocess with a controlled environment, so `directory_gpt/settings.py` is evaluated
for real (as on a server), not patched inside the test process.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[1]
# Only what a process needs to start; nothing from the test environment or a developer's shell.
INHERITED = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT")


def production_environment(**overrides: str) -> dict[str, str]:
    env = {key: os.environ[key] for key in INHERITED if key in os.environ}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "directory_gpt.settings",
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "directory.example.com",
            "CSRF_TRUSTED_ORIGINS": "https://directory.example.com",
            "PUBLIC_BASE_URL": "https://directory.example.com",
            "SECURE_SSL_REDIRECT": "true",
            "SECURE_HSTS_SECONDS": "31536000",
            "DATABASE_URL": "sqlite:////tmp/deploy-check-unused.sqlite3",
            "BEARER_AUTH_API_KEY": secrets.token_urlsafe(32),
            **overrides,
        }
    )
    return env


def manage(*args: str, **overrides: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=production_environment(**overrides),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def check_deploy(**overrides: str) -> subprocess.CompletedProcess[str]:
    return manage("check", "--deploy", "--fail-level", "WARNING", **overrides)


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = str(tmp_path_factory.mktemp("static"))
    result = manage("collectstatic", "--noinput", "-v", "0", STATIC_ROOT=root)
    assert result.returncode == 0, result.stderr
    return root


def test_production_settings_pass_the_deploy_check(collected_static: str) -> None:
    result = check_deploy(STATIC_ROOT=collected_static)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_without_collectstatic_the_deploy_check_says_so(tmp_path: Path) -> None:
    """Otherwise `/`, `/api-docs/` and `/admin/login/` would answer 500."""
    result = check_deploy(STATIC_ROOT=str(tmp_path))
    assert result.returncode != 0
    assert "directory_gpt.E001" in result.stdout + result.stderr
    assert "collectstatic" in result.stdout + result.stderr


def test_the_check_does_catch_a_weakened_setting(collected_static: str) -> None:
    """The control: without HSTS the same command fails, so the test above is not vacuous."""
    result = check_deploy(SECURE_HSTS_SECONDS="0", STATIC_ROOT=collected_static)
    assert result.returncode != 0
    assert "security.W004" in result.stdout + result.stderr


def test_a_missing_secret_key_stops_start_up() -> None:
    result = check_deploy(SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
