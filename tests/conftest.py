"""Shared fixtures. Tests marked `postgres` or `sqlite` run only on that backend."""

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from rest_framework.test import APIClient

from apitokens.models import ApiToken
from employees.models import Employee

STATIC_KEY = "test-static-api-key"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    from django.conf import settings

    vendor = "postgres" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "sqlite"
    other = "sqlite" if vendor == "postgres" else "postgres"
    keep = [item for item in items if other not in item.keywords]
    dropped = [item for item in items if other in item.keywords]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> None:
    """On PostgreSQL, generated SQL runs as the least-privilege role, as in production."""
    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            call_command("setup_query_role", verbosity=0)


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Iterator[None]:
    """Rate-limit counters live in the cache: no test inherits another's wrong tokens."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _plain_static_storage(settings: Any) -> None:
    """Production uses whitenoise's manifest storage, which needs `collectstatic` first."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@functools.cache
def _reference_rows() -> list[dict[str, Any]]:
    path = Path(__file__).resolve().parent.parent / "fixtures" / "employees.json"
    return [{"id": entry["pk"], **entry["fields"]} for entry in json.loads(path.read_text())]


@pytest.fixture
def seeded(db: None) -> None:
    """The 500 reference employees of fixtures/employees.json, inserted in one statement.

    (`loaddata` itself is tested in tests/employees; here speed matters, as many tests use it.)
    """
    Employee.objects.bulk_create(Employee(**row) for row in _reference_rows())


@pytest.fixture
def api_client() -> APIClient:
    """A client authenticated with the static BEARER_AUTH_API_KEY (read-only)."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {STATIC_KEY}")
    return client


@pytest.fixture
def anon_client() -> APIClient:
    return APIClient()


@pytest.fixture
def user_token(db: None) -> tuple[Any, str]:
    """A user without permissions and a named token acting as them."""
    user = get_user_model().objects.create_user("reader", password="x-unused-password-1")
    _, key = ApiToken.objects.create_key(name="reader token", user=user)
    return user, key


@pytest.fixture
def is_postgres() -> bool:
    return connection.vendor == "postgresql"
