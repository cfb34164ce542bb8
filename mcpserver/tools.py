"""What the MCP tools do, as functions of a caller and validated arguments (the question is
answered on the event loop by `aanswer_question`; the employee lookups run in a worker thread).

Each returns a `ToolOutcome`: the same JSON body the REST endpoint would send (an answer, a page
of employees, an employee, or the error body of the matching 4xx/5xx), and whether it is an error.
The REST views' own serializers, filters, pagination, throttle and exception handler produce
these bodies, so the MCP tools cannot drift from /search and /api/employees/.
"""

import json
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest, QueryDict
from rest_framework import exceptions
from rest_framework.response import Response

from directory_gpt.errors import DomainError, api_exception_handler
from employees.views import EmployeeViewSet
from gptbridge.budget import RESPONSE_MAX_CHARS
from gptbridge.domain import AnswerFormat
from gptbridge.serializers import AnswerSerializer, QuestionSerializer
from gptbridge.service import aanswer_question
from gptbridge.throttling import consume_question_quota
from mcpserver.workers import in_worker_thread

# The same character budget as a GPT action's response (compact JSON).


@dataclass(frozen=True)
class Caller:
    """Who is calling: the DRF principal (a user or a service principal) and the identity that
    the throttle and question log key on (`TokenIdentity` or `OAuthIdentity`)."""

    principal: Any
    identity: Any
    base_url: str  # e.g. https://directory.example.com, for the page links in list results


@dataclass(frozen=True)
class ToolOutcome:
    body: dict[str, Any]
    is_error: bool = False

    def text(self) -> str:
        return compact_json(self.body)


def compact_json(body: Any) -> str:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, default=str)


def within_budget(body: dict[str, Any], rows_key: str, limit: int = RESPONSE_MAX_CHARS) -> dict:
    """`body` with trailing entries of `body[rows_key]` dropped until its JSON fits `limit`."""
    if len(compact_json(body)) <= limit:
        return body
    rows = list(body[rows_key])
    kept = dict(body, **{rows_key: [], "truncated": True})
    room = limit - len(compact_json(kept))
    count = 0
    for row in rows:
        room -= len(compact_json(row)) + 1  # the comma
        if room < 0:
            break
        count += 1
    kept[rows_key] = rows[:count]
    if "row_count" in kept:
        kept["row_count"] = count
    return kept


def refusal(exc: Exception) -> ToolOutcome:
    """The error body the REST API sends for `exc`, as a tool error."""
    response = api_exception_handler(exc, {"view": None})
    assert response is not None  # the handler answers every exception
    return ToolOutcome(dict(response.data), is_error=True)


async def ask_directory(caller: Caller, question: str, answer_format: str) -> ToolOutcome:
    """POST /search, as a tool: throttle, validate, answer (guard, executor, question log)."""
    try:
        wait = await in_worker_thread(consume_question_quota, caller.identity.key)
        if wait is not None:
            raise exceptions.Throttled(wait=wait)
        incoming = QuestionSerializer(data={"message": question, "format": answer_format})
        incoming.is_valid(raise_exception=True)
        chosen: AnswerFormat = incoming.validated_data["format"]
        answer = await aanswer_question(
            incoming.validated_data["message"],
            answer_format=chosen,
            requester=caller.identity,
            origin="mcp",
        )
    except (exceptions.APIException, DomainError) as exc:
        return refusal(exc)
    return ToolOutcome(within_budget(dict(AnswerSerializer(answer).data), "rows"))


def list_employees(caller: Caller, filters: dict[str, str]) -> ToolOutcome:
    """GET /api/employees/ with the REST API's filters, pagination and validation."""
    response = _employee_view(caller, "list", filters)
    if response.status_code >= 400:
        return ToolOutcome(dict(response.data or {}), is_error=True)
    return ToolOutcome(within_budget(dict(response.data or {}), "results"))


def get_employee(caller: Caller, employee_id: str) -> ToolOutcome:
    """GET /api/employees/{id}/: one employee, or the REST API's 404 body."""
    response = _employee_view(caller, "retrieve", {}, pk=employee_id)
    return ToolOutcome(dict(response.data or {}), is_error=response.status_code >= 400)


def _employee_view(caller: Caller, action: str, query: dict[str, str], **kwargs: str) -> Response:
    view = EmployeeViewSet.as_view({"get": action})
    response = view(_internal_get(caller, query), **kwargs)
    assert isinstance(response, Response)
    return response


def _internal_get(caller: Caller, query: dict[str, str]) -> HttpRequest:
    """A GET request for the employee views, already authenticated as the MCP caller."""
    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = "/api/employees/"
    params = QueryDict(mutable=True)
    params.update(query)
    request.GET = params  # type: ignore[assignment]
    scheme, _, host = caller.base_url.partition("://")
    request.META = {"HTTP_HOST": host, "SERVER_NAME": host, "SERVER_PORT": "443"}
    if scheme == "https":
        request.META["HTTP_X_FORWARDED_PROTO"] = "https"
    # DRF's documented hook for an already-authenticated request (it skips the authenticators).
    request._force_auth_user = caller.principal  # type: ignore[attr-defined]
    request._force_auth_token = caller.identity  # type: ignore[attr-defined]
    return request
