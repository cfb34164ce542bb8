"""The query role, fail closed: a role that cannot read the directory, or no role with a
privileged application user, is an operator's 503 — never a 422 fed back to the model."""

import uuid
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from pytest_django.fixtures import Settings

from gptbridge.executor import forget_query_role
from gptbridge.models import QueryLog
from tests.fakes.openai_server import FakeOpenAI, sql_reply
from tests.hardening.support import assert_error_shape

KEY = "hardening-role-key"
pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def _directory(settings: Settings, seeded: None) -> Any:
    settings.BEARER_AUTH_API_KEY = KEY
    call_command("setup_query_role", verbosity=0)
    forget_query_role()
    yield
    forget_query_role()


def ask() -> Any:
    return Client().post(
        "/search",
        {"message": "Who works in HR?", "format": "rows"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {KEY}"},
    )


def test_a_role_that_cannot_read_here_is_a_503_after_one_model_call(
    fake_openai: FakeOpenAI, settings: Settings
) -> None:
    fake_openai.respond_with(lambda request: sql_reply("SELECT email FROM employees"))
    with connection.cursor() as cursor:
        cursor.execute(f'REVOKE SELECT ON employees FROM "{settings.GPTBRIDGE_QUERY_ROLE}"')
    response = ask()
    assert_error_shape(response, 503)
    assert response.json()["code"] == "query_role_cannot_read"
    assert fake_openai.call_count == 1  # nothing went back to the model
    log = QueryLog.objects.order_by("-id").first()
    assert log is not None
    assert log.status_code == 503


def test_no_role_and_a_superuser_app_user_is_a_503(
    fake_openai: FakeOpenAI, settings: Settings
) -> None:
    fake_openai.respond_with(lambda request: sql_reply("SELECT email FROM employees"))
    settings.GPTBRIDGE_QUERY_ROLE = f"missing_{uuid.uuid4().hex[:8]}"
    response = ask()
    assert_error_shape(response, 503)
    assert response.json()["code"] == "query_role_required"
    settings.GPTBRIDGE_ALLOW_PRIVILEGED_QUERIES = True
    forget_query_role()
    assert ask().status_code == 200
