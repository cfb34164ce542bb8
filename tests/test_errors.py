"""Errors outside the views' own validation still leave in the one JSON error shape."""

import json
import logging

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from rest_framework.test import APIClient

from apitokens.models import ApiToken
from employees.models import Employee
from tests.hardening.support import assert_error_shape

URL = "/api/employees/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_headers() -> dict[str, str]:
    """A token allowed to add employees, so requests get as far as reading the body."""
    user = get_user_model().objects.create_user("editor")
    user.user_permissions.add(Permission.objects.get(codename="add_employee"))
    _, key = ApiToken.objects.create_key(name="editor", user=user)
    return {"Authorization": f"Bearer {key}"}


@pytest.mark.parametrize("path", ["/nothing-here", "/api/", "/api/nothing/", "/api/employees/x/y/"])
def test_unknown_url_is_404(path: str) -> None:
    assert_error_shape(Client().get(path), 404, "not_found")


def test_body_over_the_limit_is_413(editor_headers: dict[str, str]) -> None:
    body = json.dumps({"first_name": "x" * settings.API_MAX_BODY_BYTES})
    response = Client().post(URL, body, content_type="application/json", headers=editor_headers)
    assert_error_shape(response, 413, "too_large")
    assert not Employee.objects.exists()


def test_body_over_the_limit_is_413_even_without_a_token() -> None:
    body = "x" * (settings.API_MAX_BODY_BYTES + 1)
    assert_error_shape(Client().post(URL, body, content_type="application/json"), 413)


def test_malformed_json_is_400(editor_headers: dict[str, str]) -> None:
    response = Client().post(
        URL, '{"first_name": "Ada",', content_type="application/json", headers=editor_headers
    )
    assert_error_shape(response, 400, "parse_error")


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"]
)
def test_wrong_content_type_is_415(editor_headers: dict[str, str], content_type: str) -> None:
    response = Client().post(
        URL, "first_name=Ada", content_type=content_type, headers=editor_headers
    )
    assert_error_shape(response, 415, "unsupported_media_type")


def test_unsupported_method_is_405(editor_headers: dict[str, str]) -> None:
    Permission.objects.get(codename="change_employee").user_set.add(
        get_user_model().objects.get(username="editor")
    )
    response = Client().put(URL, "{}", content_type="application/json", headers=editor_headers)
    assert_error_shape(response, 405, "method_not_allowed")


def test_authentication_comes_before_the_method_check() -> None:
    response = Client().put(
        URL, "{}", content_type="application/json", headers={"Authorization": "Bearer x"}
    )
    assert_error_shape(response, 401)


@pytest.mark.django_db
def test_an_unhandled_error_is_logged_with_its_traceback(
    api_client: APIClient, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from gptbridge import views

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "aanswer_question", broken)
    with caplog.at_level(logging.ERROR):
        response = api_client.post("/search", {"message": "hi"}, format="json")
    assert response.status_code == 500
    logged = [record for record in caplog.records if record.exc_info]
    assert logged
    assert "RuntimeError" in caplog.text
    assert "Traceback" in caplog.text


def test_django_request_errors_are_not_silenced() -> None:
    assert logging.getLogger("django.request").getEffectiveLevel() <= logging.ERROR
