"""Every status the served schema documents for an operation is reachable: for each
(operationId, status) there is a trigger here, and the trigger gets exactly that status in the
documented body. A status added to the schema without a trigger fails the first test."""

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from pytest_django.fixtures import Settings

from apitokens.models import ApiToken
from employees.models import Employee
from tests.factories import EmployeeFactory
from tests.fakes.openai_server import FakeOpenAI, FakeReply, sql_reply
from tests.hardening.support import assert_error_shape, served_operations

OPERATIONS = {op.operation_id: op for op in served_operations()}
BIG = "x" * (70 * 1024)
NEW_EMPLOYEE = {
    "first_name": "Ada",
    "last_name": "Reachable",
    "email": "ada.reachable@example.com",
    "department": "Engineering",
    "title": "Manager",
    "hire_date": "2020-02-02",
}
GOOD_SQL = "SELECT first_name, last_name FROM employees WHERE department = 'Marketing'"


class World:
    """Tokens, an existing employee and the fake model, for the triggers."""

    def __init__(self, settings: Settings, fake: FakeOpenAI):
        self.settings = settings
        self.fake = fake
        writer = get_user_model().objects.create_user("writer")
        writer.user_permissions.set(Permission.objects.filter(content_type__app_label="employees"))
        _, self.writer_key = ApiToken.objects.create_key(name="writer", user=writer)
        _, self.reader_key = ApiToken.objects.create_key(name="reader")
        employee = Employee.objects.order_by("email").first()
        assert employee is not None
        self.employee = employee

    def send(
        self,
        method: str,
        path: str,
        key: str | None,
        body: Any = None,
        content_type: str = "application/json",
    ) -> Any:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        kwargs: dict[str, Any] = {"headers": headers}
        if body is not None:
            kwargs["data"] = body if isinstance(body, str | bytes) else json.dumps(body)
            kwargs["content_type"] = content_type
        return getattr(Client(), method)(path, **kwargs)

    @property
    def one(self) -> str:
        return f"/api/employees/{self.employee.pk}/"

    @property
    def missing(self) -> str:
        return "/api/employees/00000000-0000-4000-8000-000000000000/"


Trigger = Callable[[World], Any]


def _search(world: World, body: Any, key: str | None = "writer") -> Any:
    return world.send("post", "/search", world.writer_key if key else None, body)


def _model(replies: list[FakeReply]) -> Trigger:
    def trigger(world: World) -> Any:
        world.fake.replies(replies)
        return _search(world, {"message": "Who works in Marketing?", "format": "rows"})

    return trigger


def _throttled(world: World) -> Any:
    world.settings.GPTBRIDGE_RATE = "1/day"
    _search(world, {})
    return _search(world, {})


def _not_configured(world: World) -> Any:
    world.settings.OPENAI_API_KEY = ""
    return _search(world, {"message": "Who works in Marketing?"})


def _slow(world: World) -> Any:
    world.settings.OPENAI_TIMEOUT = 0.5
    world.settings.GPTBRIDGE_REQUEST_BUDGET = 1.5
    return _model([sql_reply(GOOD_SQL, delay=3)] * 5)(world)


def _write(method: str, status: int) -> Trigger:
    def trigger(world: World) -> Any:
        path = "/api/employees/" if method == "post" else world.one
        if status == 404:
            path = world.missing
        body: Any = dict(NEW_EMPLOYEE)
        if method == "patch":
            body = {"title": "President"}
        key: str | None = world.writer_key
        content_type = "application/json"
        if status == 400:
            body = {**body, "email": "not an e-mail", "hire_date": "yesterday"}
        elif status == 401:
            key = None
        elif status == 403:
            key = world.reader_key
        elif status == 413:
            body = {**body, "first_name": BIG}
        elif status == 415:
            body, content_type = "first_name=Ada", "application/x-www-form-urlencoded"
        return world.send(method, path, key, body, content_type)

    return trigger


def _rate(status: int) -> Trigger:
    def trigger(world: World) -> Any:
        world.fake.replies([sql_reply(GOOD_SQL)])
        asked = _search(world, {"message": "Who works in Marketing?", "format": "rows"})
        body: Any = {"question_id": asked.json()["question_id"], "helpful": False}
        key: str | None = world.writer_key
        content_type = "application/json"
        if status == 400:
            body = {**body, "helpful": "nope"}
        elif status == 401:
            key = None
        elif status == 404:
            key = world.reader_key  # someone else's question
        elif status == 413:
            body = {**body, "comment": BIG}
        elif status == 415:
            body, content_type = "helpful=false", "application/x-www-form-urlencoded"
        return world.send("post", "/feedback", key, body, content_type)

    return trigger


TRIGGERS: dict[tuple[str, int], Trigger] = {
    ("searchEmployeeDirectory", 200): _model([sql_reply(GOOD_SQL)]),
    ("searchEmployeeDirectory", 400): lambda w: _search(w, {"message": 42}),
    ("searchEmployeeDirectory", 401): lambda w: _search(w, {"message": "hi"}, key=None),
    ("searchEmployeeDirectory", 413): lambda w: _search(w, {"message": BIG}),
    ("searchEmployeeDirectory", 415): lambda w: w.send(
        "post", "/search", w.writer_key, "message=hi", "application/x-www-form-urlencoded"
    ),
    ("searchEmployeeDirectory", 422): _model([sql_reply(None, "The directory has no salaries.")]),
    ("searchEmployeeDirectory", 429): _throttled,
    ("searchEmployeeDirectory", 502): _model([FakeReply(status=500)] * 5),
    ("searchEmployeeDirectory", 503): _not_configured,
    ("searchEmployeeDirectory", 504): _slow,
    ("listEmployees", 200): lambda w: w.send("get", "/api/employees/", w.reader_key),
    ("listEmployees", 400): lambda w: w.send(
        "get", "/api/employees/?hired_after=soon", w.reader_key
    ),
    ("listEmployees", 401): lambda w: w.send("get", "/api/employees/", None),
    ("listEmployees", 404): lambda w: w.send("get", "/api/employees/?page=999", w.reader_key),
    ("getEmployee", 200): lambda w: w.send("get", w.one, w.reader_key),
    ("getEmployee", 401): lambda w: w.send("get", w.one, None),
    ("getEmployee", 404): lambda w: w.send("get", w.missing, w.reader_key),
    ("createEmployee", 201): _write("post", 201),
    ("deleteEmployee", 204): lambda w: w.send("delete", w.one, w.writer_key),
    ("deleteEmployee", 401): lambda w: w.send("delete", w.one, None),
    ("deleteEmployee", 403): lambda w: w.send("delete", w.one, w.reader_key),
    ("deleteEmployee", 404): lambda w: w.send("delete", w.missing, w.writer_key),
}
for _operation, _method in (
    ("createEmployee", "post"),
    ("updateEmployee", "put"),
    ("partialUpdateEmployee", "patch"),
):
    for _status in (200, 400, 401, 403, 404, 413, 415):
        TRIGGERS.setdefault((_operation, _status), _write(_method, _status))

for _status in (200, 400, 401, 404, 413, 415):
    TRIGGERS[("rateAnswer", _status)] = _rate(_status)

DOCUMENTED = sorted(
    (operation_id, int(status))
    for operation_id, operation in OPERATIONS.items()
    for status in operation.responses
)


@pytest.fixture
def world(settings: Settings, fake_openai: FakeOpenAI, db: None) -> World:
    EmployeeFactory.create_batch(3, department="Marketing")
    EmployeeFactory.create_batch(3, department="Sales")
    settings.OPENAI_MAX_RETRIES = 0  # one failed call is enough to reach 502 and 504
    return World(settings, fake_openai)


def test_every_documented_status_has_a_trigger() -> None:
    missing = [pair for pair in DOCUMENTED if pair not in TRIGGERS]
    assert missing == []


def test_the_schema_documents_the_errors_the_issue_names() -> None:
    search = {int(status) for status in OPERATIONS["searchEmployeeDirectory"].responses}
    assert {200, 400, 401, 413, 422, 429, 502, 503, 504} <= search


@pytest.mark.parametrize(("operation_id", "status"), DOCUMENTED, ids=lambda v: str(v))
def test_documented_status_is_reachable(world: World, operation_id: str, status: int) -> None:
    trigger = TRIGGERS.get((operation_id, status))
    assert trigger is not None, f"no trigger for {operation_id} {status}"
    response = trigger(world)
    if status >= 400:
        assert_error_shape(response, status)
    else:
        assert response.status_code == status, response.content[:300]
