"""Shared fixtures. Tests marked `postgres` or `sqlite` run only on that backend (deselected elsewhere)."""

from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from rest_framework.test import APIClient

from apitokens.models import ApiToken

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


@pytest.fixture
def seeded(db: None) -> None:
    """The 500 reference employees."""
    call_command("loaddata", "employees", verbosity=0)


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
def user_token(db: None) -> Iterator[tuple[Any, str]]:
    """A user without permissions and a named token acting as them."""
    user = get_user_model().objects.create_user("reader", password="x-unused-password-1")
    _, key = ApiToken.objects.create_key(name="reader token", user=user)
    yield user, key


@pytest.fixture
def is_postgres() -> bool:
    return connection.vendor == "postgresql"
