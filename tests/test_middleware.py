"""Stock middleware with its hooks on the event loop (directory_gpt.middleware.InlineHooks):
hooks without I/O stay on the loop's thread, hooks that must save go to a worker thread, and the
admin's session and messages still work end to end."""

import threading
from typing import Any

import pytest
from django.contrib import messages
from django.contrib.messages.storage import default_storage
from django.contrib.sessions.backends.db import SessionStore
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory
from pytest_django.fixtures import Settings

from directory_gpt import middleware


def threads_seen(cls: type[Any]) -> tuple[type[Any], list[str]]:
    """A subclass of `cls` that records which thread ran each of its hooks."""
    seen: list[str] = []

    class Recording(cls):
        def process_request(self, request: HttpRequest) -> Any:
            seen.append(f"request:{threading.get_ident()}")
            return super().process_request(request)

        def process_response(self, request: HttpRequest, response: Any) -> Any:
            seen.append(f"response:{threading.get_ident()}")
            return super().process_response(request, response)

    return Recording, seen


async def view(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "cls",
    [middleware.SessionMiddleware, middleware.MessageMiddleware, middleware.CommonMiddleware],
)
async def test_hooks_without_io_run_on_the_event_loop(cls: type[Any]) -> None:
    recording, seen = threads_seen(cls)
    request = RequestFactory().get("/search")
    request.session = SessionStore()  # what SessionMiddleware would attach
    handler = recording(view)
    response = await handler(request)
    assert response.status_code == 200
    loop_thread = threading.get_ident()
    assert seen == [f"request:{loop_thread}", f"response:{loop_thread}"]


@pytest.mark.asyncio
async def test_a_session_to_save_is_saved_on_a_worker_thread(settings: Settings) -> None:
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
    recording, seen = threads_seen(middleware.SessionMiddleware)

    async def view_that_writes_the_session(request: HttpRequest) -> HttpResponse:
        request.session["seen"] = True
        return HttpResponse("ok")

    response = await recording(view_that_writes_the_session)(RequestFactory().get("/admin/"))
    assert settings.SESSION_COOKIE_NAME in response.cookies
    loop_thread = threading.get_ident()
    assert seen[0] == f"request:{loop_thread}"
    assert seen[1] != f"response:{loop_thread}"


def test_which_responses_need_a_thread() -> None:
    request = RequestFactory().get("/")
    request.session = SessionStore()
    response = HttpResponse()
    session_middleware = middleware.SessionMiddleware(lambda r: response)
    assert not session_middleware.response_needs_thread(request, response)
    request.session["key"] = "value"
    assert session_middleware.response_needs_thread(request, response)

    request._messages = default_storage(request)  # type: ignore[attr-defined]
    message_middleware = middleware.MessageMiddleware(lambda r: response)
    assert not message_middleware.response_needs_thread(request, response)
    messages.info(request, "saved")
    assert message_middleware.response_needs_thread(request, response)


@pytest.mark.django_db
def test_admin_login_keeps_its_session_and_messages(client: Client, admin_user: Any) -> None:
    """Sessions and messages are saved when they change (here through the sync test client;
    the served ASGI path is covered by tests/test_served.py and the browser tests)."""
    response = client.post(
        "/admin/login/?next=/admin/", {"username": "admin", "password": "password"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
