"""GET /healthz: up, and the database answers; 503 when it does not."""

import socket
from typing import Any
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test import Client
from pytest_django.fixtures import Settings


@pytest.mark.django_db
def test_healthy() -> None:
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.django_db
def test_needs_no_token_and_ignores_a_bad_one() -> None:
    response = Client().get("/healthz", headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_is_not_redirected_to_https(settings: Settings) -> None:
    """The platform's router probes over plain HTTP."""
    settings.SECURE_SSL_REDIRECT = True
    assert Client().get("/api/employees/").status_code == 301  # the control
    assert Client().get("/healthz").status_code == 200


@pytest.mark.django_db
def test_database_error_is_503() -> None:
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("gone")):
        response = Client().get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.postgres
def test_unreachable_postgres_is_503(django_db_blocker: Any) -> None:
    """A real failed connection: the server address points at a port nobody listens on.

    (SQLite's in-memory test database cannot be disconnected, hence PostgreSQL only.)
    """
    with django_db_blocker.unblock():
        saved = dict(connection.settings_dict)
        connection.close()
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
        try:
            response = Client().get("/healthz")
        finally:
            connection.close()
            connection.settings_dict.update(saved)
        assert response.status_code == 503
        assert response.json() == {"status": "error", "database": "unavailable"}
        assert Client().get("/healthz").status_code == 200  # and it recovers


@pytest.mark.django_db
def test_only_get() -> None:
    assert Client().post("/healthz").status_code == 405


@pytest.mark.django_db
def test_head_is_answered_like_get() -> None:
    """Load balancers and uptime monitors often probe with HEAD."""
    response = Client().head("/healthz")
    assert response.status_code == 200
    assert Client().post("/healthz").status_code == 405
