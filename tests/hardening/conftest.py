"""Fixtures for the hardening suite.

Tests marked `browser` need Debian's `chromium`. Without it they are deselected on a developer's
machine and fail under CI=true, so a CI image that lost the browser cannot pass silently.
"""

import hashlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from pytest_django.fixtures import Settings

from apitokens.models import ApiToken
from gptbridge.models import QueryLog
from tests.fakes.openai_server import FakeOpenAI
from tests.hardening.support import table_checksums

FAKE_OPENAI_KEY = "sk-hardening-fake-openai-key-0f9e8d7c"


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: loads pages in headless Chromium (deselected when it is missing)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if chromium_path() or os.environ.get("CI") == "true":
        return  # under CI a missing browser makes the browser tests fail, loudly
    dropped = [item for item in items if "browser" in item.keywords]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if "browser" not in item.keywords]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from tests.hardening.support import CASES_RUN

    if CASES_RUN:
        total = sum(CASES_RUN.values())
        terminalreporter.write_sep("-", f"schemathesis: {total} cases in {len(CASES_RUN)} runs")
        for run, count in sorted(CASES_RUN.items()):
            terminalreporter.write_line(f"  {count:4d}  {run}")


@pytest.fixture(autouse=True)
def _roomy_throttle(settings: Settings) -> Iterator[None]:
    """The suite sends hundreds of requests with one token; tests of throttling set their own."""
    settings.GPTBRIDGE_RATE = "100000/min"
    settings.GPTBRIDGE_USER_RATE = "100000/min"
    settings.AUTH_FAILURE_RATE = "100000/min"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _static_without_manifest(settings: Settings) -> None:
    """Pages render without `collectstatic`: production builds the manifest, tests do not."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings: Settings) -> None:
    """Hundreds of logins and users: PBKDF2's deliberate slowness is not under test here."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def _fake_openai_server() -> Iterator[FakeOpenAI]:
    # One server for the session: stopping one waits out its 0.5 s poll interval.
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def fake_openai(_fake_openai_server: FakeOpenAI, settings: Settings) -> FakeOpenAI:
    """A scripted Chat Completions server; the app's OpenAI settings point at it."""
    server = _fake_openai_server
    server.requests.clear()
    server.replies([])
    server.respond_with(None)  # type: ignore[arg-type]
    settings.OPENAI_API_KEY = FAKE_OPENAI_KEY
    settings.OPENAI_BASE_URL = server.url
    settings.OPENAI_TIMEOUT = 5.0
    settings.OPENAI_MAX_RETRIES = 2
    settings.GPTBRIDGE_ENGINE = "openai"
    return server


@dataclass
class SealedDatabase:
    """A database holding secrets in every table a hostile query might reach, and its checksums.

    `sentinels` maps a name to a secret value that must never leave the server: not in a
    response, and not in a prompt sent to the model.
    """

    sentinels: dict[str, str]
    checksums: dict[str, tuple[int, str]]
    querylog_ids: frozenset[int]
    querylog_checksum: str

    def assert_unchanged(self, expected_new_log_rows: int | None = None) -> None:
        assert table_checksums(exclude=[QUERYLOG_TABLE]) == self.checksums
        rows = QueryLog.objects.filter(pk__in=self.querylog_ids)
        assert _querylog_checksum(rows) == self.querylog_checksum, "old question log rows changed"
        if expected_new_log_rows is not None:
            added = QueryLog.objects.exclude(pk__in=self.querylog_ids).count()
            assert added == expected_new_log_rows


QUERYLOG_TABLE = "gptbridge_querylog"


def _querylog_checksum(rows: Any) -> str:
    values = sorted(repr(row) for row in rows.order_by("pk").values_list())
    return hashlib.sha256("\n".join(values).encode()).hexdigest()


@pytest.fixture
def sealed_database(db: None, settings: Settings) -> SealedDatabase:
    """The 500 employees plus a superuser, an API token, a session, an axes record and a
    question-log entry, each carrying a sentinel; on PostgreSQL the query role is set up."""
    call_command("loaddata", "employees", verbosity=0)
    if connection.vendor == "postgresql":
        call_command("setup_query_role", verbosity=0)
    settings.BEARER_AUTH_API_KEY = "hardening-static-bearer-key-5b7e"
    user = get_user_model().objects.create_superuser(
        "zq-root-sentinel", "root-sentinel@corp.invalid", "Root-Sentinel-Pass-77!"
    )
    token, key = ApiToken.objects.create_key(name="token-name-sentinel", user=user)
    session = SessionStore()
    session["sentinel"] = "session-data-sentinel"
    session.create()
    AccessAttempt.objects.create(
        username="axes-username-sentinel",
        ip_address="192.0.2.77",
        user_agent="axes-agent-sentinel",
        path_info="/admin/login/",
        failures_since_start=1,
        get_data="",
        post_data="",
    )
    QueryLog.objects.create(
        question="querylog-question-sentinel", answer_format="rows", status_code=200
    )
    sentinels = {
        "username": user.username,
        "user email": user.email,
        "password hash": user.password,
        "password hash body": user.password.split("$")[-1],
        "token": key,
        "token prefix": token.prefix,
        "token secret": key.split(".")[1],
        "token hash": token.hashed_key.split("$")[-1],
        "token name": token.name,
        "session key": str(session.session_key),
        "session data": "session-data-sentinel",
        "axes username": "axes-username-sentinel",
        "axes user agent": "axes-agent-sentinel",
        "question log": "querylog-question-sentinel",
        "SECRET_KEY": settings.SECRET_KEY,
        "static bearer key": settings.BEARER_AUTH_API_KEY,
        "OpenAI key": FAKE_OPENAI_KEY,
    }
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('data_directory'), version()")
            data_directory, version = cursor.fetchone()
        sentinels["data directory"] = data_directory
        sentinels["server version"] = version
    return SealedDatabase(
        sentinels=sentinels,
        checksums=table_checksums(exclude=[QUERYLOG_TABLE]),
        querylog_ids=frozenset(QueryLog.objects.values_list("pk", flat=True)),
        querylog_checksum=_querylog_checksum(QueryLog.objects.all()),
    )
