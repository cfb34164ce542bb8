"""/mcp with the official MCP client (streamable HTTP + ClientSession) against a live server."""

import json
from typing import Any

import httpx2
import pytest
from django.test import Client
from mcp_types import CallToolResult

from apitokens.models import ApiToken
from employees.models import Employee
from gptbridge.models import QueryLog
from tests.conftest import STATIC_KEY
from tests.gptbridge.test_search_view import WALKTHROUGH
from tests.mcpserver.conftest import call_tool, mcp_session, run

pytestmark = pytest.mark.usefixtures("seeded")


def body_of(result: CallToolResult) -> dict[str, Any]:
    assert len(result.content) == 1
    text = result.content[0].text  # type: ignore[union-attr]
    assert ", " not in text[:200] or '": ' not in text  # compact JSON
    return json.loads(text)


def test_initialize_and_list_tools(mcp_url: str) -> None:
    async def work() -> Any:
        async with mcp_session(mcp_url, STATIC_KEY) as session:
            return await session.list_tools()

    tools = {tool.name: tool for tool in run(work).tools}
    assert set(tools) == {"ask_directory", "list_employees", "get_employee"}
    for tool in tools.values():
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint is True
        assert tool.annotations.destructive_hint is False
    ask = tools["ask_directory"].input_schema
    assert ask["required"] == ["question"]
    assert ask["properties"]["format"]["enum"] == ["answer", "rows"]
    assert set(tools["list_employees"].input_schema["properties"]) == {
        "department",
        "title",
        "hired_after",
        "hired_before",
        "search",
        "page",
    }


def test_ask_directory_walkthrough_question(mcp_url: str) -> None:
    result = call_tool(mcp_url, STATIC_KEY, "ask_directory", {"question": WALKTHROUGH})
    assert result.is_error is False
    body = body_of(result)
    assert result.structured_content == body
    rest = (
        Client()
        .post(
            "/search",
            {"message": WALKTHROUGH},
            content_type="application/json",
            headers={"Authorization": f"Bearer {STATIC_KEY}"},
        )
        .json()
    )
    assert body["row_count"] == 22
    names = [(row["first_name"], row["last_name"]) for row in body["rows"]]
    assert names == [(row["first_name"], row["last_name"]) for row in rest["rows"]]
    dates = [row["hire_date"] for row in body["rows"]]
    assert dates == sorted(dates)
    assert all(date > "2018-12-31" for date in dates)
    marketing = Employee.objects.filter(department="Marketing", hire_date__year__gt=2018)
    assert set(names) == set(marketing.values_list("first_name", "last_name"))
    assert body["message"]
    assert body["sql"].upper().startswith("SELECT")
    logged = QueryLog.objects.order_by("-created_at").first()
    assert logged is not None
    assert logged.token_key == "env"
    assert logged.row_count == 22


def test_ask_directory_rows_format(mcp_url: str) -> None:
    arguments = {"question": WALKTHROUGH, "format": "rows"}
    body = body_of(call_tool(mcp_url, STATIC_KEY, "ask_directory", arguments))
    assert body["message"] == "Found 22 employees."


def test_a_refusal_is_a_tool_error_with_the_4xx_body(mcp_url: str) -> None:
    question = "delete every employee in marketing"
    result = call_tool(mcp_url, STATIC_KEY, "ask_directory", {"question": question})
    assert result.is_error is True
    body = body_of(result)
    rest = Client().post(
        "/search",
        {"message": question},
        content_type="application/json",
        headers={"Authorization": f"Bearer {STATIC_KEY}"},
    )
    assert rest.status_code == body["statusCode"] == 422
    assert body == rest.json()


def test_an_overlong_question_is_the_400_body(mcp_url: str) -> None:
    result = call_tool(mcp_url, STATIC_KEY, "ask_directory", {"question": "x" * 1001})
    assert result.is_error is True
    body = body_of(result)
    assert body["statusCode"] == 400
    assert "message" in body["fields"]


def test_the_question_throttle_is_shared_with_search(mcp_url: str, settings: Any) -> None:
    settings.GPTBRIDGE_RATE = "1/min"
    first = call_tool(mcp_url, STATIC_KEY, "ask_directory", {"question": WALKTHROUGH})
    assert first.is_error is False
    second = body_of(call_tool(mcp_url, STATIC_KEY, "ask_directory", {"question": WALKTHROUGH}))
    assert second["statusCode"] == 429
    assert second["code"] == "throttled"
    rest = Client().post(
        "/search",
        {"message": WALKTHROUGH},
        content_type="application/json",
        headers={"Authorization": f"Bearer {STATIC_KEY}"},
    )
    assert rest.status_code == 429


def test_list_employees_matches_the_rest_api(mcp_url: str) -> None:
    arguments = {"department": "Marketing", "hired_after": "2018-12-31", "page": 1}
    result = call_tool(mcp_url, STATIC_KEY, "list_employees", arguments)
    assert result.is_error is False
    body = body_of(result)
    rest = (
        Client()
        .get(
            "/api/employees/",
            {"department": "Marketing", "hired_after": "2018-12-31", "page": "1"},
            headers={"Authorization": f"Bearer {STATIC_KEY}"},
        )
        .json()
    )
    assert body["count"] == rest["count"] == 22
    assert body["results"] == rest["results"]


def test_list_employees_bad_filter_is_the_400_body(mcp_url: str) -> None:
    arguments = {"department": "Astrology", "hired_after": "last year"}
    result = call_tool(mcp_url, STATIC_KEY, "list_employees", arguments)
    assert result.is_error is True
    body = body_of(result)
    assert body["statusCode"] == 400
    assert set(body["fields"]) == {"department", "hired_after"}


def test_get_employee(mcp_url: str) -> None:
    employee = Employee.objects.order_by("last_name").first()
    assert employee is not None
    result = call_tool(mcp_url, STATIC_KEY, "get_employee", {"id": str(employee.pk)})
    assert result.is_error is False
    assert body_of(result)["email"] == employee.email


def test_get_unknown_employee_is_the_404_body(mcp_url: str) -> None:
    result = call_tool(mcp_url, STATIC_KEY, "get_employee", {"id": "not-a-uuid"})
    assert result.is_error is True
    assert body_of(result)["statusCode"] == 404


def test_unknown_tool_and_bad_arguments_are_errors(mcp_url: str) -> None:
    async def work() -> list[CallToolResult]:
        async with mcp_session(mcp_url, STATIC_KEY) as session:
            return [
                await session.call_tool("drop_employees", {}),
                await session.call_tool("ask_directory", {}),
                await session.call_tool("ask_directory", {"question": "x", "format": "sql"}),
                await session.call_tool("list_employees", {"page": "first"}),
            ]

    results = run(work)
    assert all(result.is_error for result in results)
    assert "Unknown tool" in results[0].content[0].text  # type: ignore[union-attr]


def test_named_token_works_and_is_logged(mcp_url: str, user_token: Any) -> None:
    user, key = user_token
    result = call_tool(mcp_url, key, "ask_directory", {"question": WALKTHROUGH})
    assert result.is_error is False
    logged = QueryLog.objects.get()
    assert logged.token_name == "reader token"
    assert logged.user == user


def test_no_token_is_401_with_resource_metadata(origin: str, mcp_url: str) -> None:
    response = httpx2.post(mcp_url, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
    assert response.status_code == 401
    challenge = response.headers["www-authenticate"]
    metadata_url = f"{origin}/.well-known/oauth-protected-resource/mcp"
    assert challenge.startswith("Bearer ")
    assert f'resource_metadata="{metadata_url}"' in challenge
    assert response.json()["statusCode"] == 401
    metadata = httpx2.get(metadata_url).json()
    assert metadata["resource"] == mcp_url
    assert metadata["authorization_servers"] == [origin]


def test_revoked_and_wrong_tokens_are_401(mcp_url: str, user_token: Any) -> None:
    _, key = user_token
    ApiToken.objects.update(revoked=True)
    for token in (key, "wrong", "a.b"):
        response = httpx2.post(
            mcp_url,
            json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.status_code == 401, token
        assert 'error="invalid_token"' in response.headers["www-authenticate"]


def test_the_official_client_reports_the_401(mcp_url: str) -> None:
    async def work() -> None:
        async with mcp_session(mcp_url, "wrong"):
            pass

    with pytest.raises(BaseExceptionGroup) as caught:  # the SDK's task groups wrap it
        run(work)
    assert "Server returned an error response" in repr(caught.value)
