"""The OpenAPI document: public, valid, warning-free, and within a GPT action's limits.

The walks over the whole document cover every endpoint, including ones added later.
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.core.management import call_command
from django.test import Client, override_settings
from openapi_spec_validator import validate

JSON_URL = "/api-docs/openapi.json"
YAML_URL = "/api-docs/openapi.yaml"
FULL_JSON_URL = "/api-docs/full/openapi.json"
FULL_YAML_URL = "/api-docs/full/openapi.yaml"
GPT_OPERATIONS = {"searchEmployeeDirectory", "rateAnswer", "listEmployees", "getEmployee"}
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Limits a custom GPT action imposes on an imported schema.
MAX_OPERATION_TEXT = 300
MAX_PARAMETER_TEXT = 700


def fetch(url: str = JSON_URL, **extra: Any) -> dict[str, Any]:
    response = Client().get(url, **extra)
    assert response.status_code == 200, response.content[:300]
    return json.loads(response.content)


def operations(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], list[Any]]]:
    """(label, operation, parameters including the path item's) for every operation."""
    for path, item in schema["paths"].items():
        for method in METHODS:
            if method in item:
                operation = item[method]
                parameters = item.get("parameters", []) + operation.get("parameters", [])
                yield f"{method.upper()} {path}", operation, parameters


@pytest.fixture(scope="module")
def schema(django_db_blocker: Any) -> dict[str, Any]:
    """The GPT-shaped schema a GPT action imports."""
    with django_db_blocker.unblock():
        return fetch()


@pytest.fixture(scope="module")
def full_schema(django_db_blocker: Any) -> dict[str, Any]:
    with django_db_blocker.unblock():
        return fetch(FULL_JSON_URL)


@pytest.fixture(params=["gpt", "full"])
def any_schema(request: Any, schema: dict[str, Any], full_schema: dict[str, Any]) -> Any:
    return schema if request.param == "gpt" else full_schema


@pytest.mark.parametrize(
    ("json_url", "yaml_url"), [(JSON_URL, YAML_URL), (FULL_JSON_URL, FULL_YAML_URL)]
)
def test_json_and_yaml_need_no_token_and_agree(json_url: str, yaml_url: str) -> None:
    json_schema = fetch(json_url)
    response = Client().get(yaml_url)
    assert response.status_code == 200
    assert yaml.safe_load(response.content) == json_schema


def test_a_bad_token_does_not_hide_the_schema() -> None:
    response = Client().get(JSON_URL, headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 200


def test_the_schema_is_valid_openapi(any_schema: dict[str, Any]) -> None:
    validate(any_schema)
    assert any_schema["openapi"].startswith(("3.0.", "3.1."))


@override_settings(PUBLIC_BASE_URL="https://directory.example.com")
def test_generation_has_no_warnings(tmp_path: Path) -> None:
    target = tmp_path / "openapi.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    text = target.read_text()
    generated = yaml.safe_load(text)
    assert {op["operationId"] for _, op, _ in operations(generated)} == GPT_OPERATIONS
    assert generated["servers"] == [{"url": "https://directory.example.com"}]
    assert "localhost" not in text
    assert "example.org" not in text


@override_settings(PUBLIC_BASE_URL="https://directory.example.com")
def test_the_full_schema_file(tmp_path: Path) -> None:
    target = tmp_path / "full.yaml"
    settings = "directory_gpt.openapi.FULL_API_SETTINGS"
    call_command(
        "spectacular", "--validate", "--fail-on-warn", "--custom-settings", settings,
        "--file", str(target),
    )  # fmt: skip
    generated = yaml.safe_load(target.read_text())
    assert "deleteEmployee" in {op["operationId"] for _, op, _ in operations(generated)}


@override_settings(PUBLIC_BASE_URL="")
def test_a_file_without_public_base_url_names_no_server(tmp_path: Path) -> None:
    target = tmp_path / "openapi.yaml"
    call_command("spectacular", "--fail-on-warn", "--file", str(target))
    text = target.read_text()
    assert "servers" not in yaml.safe_load(text)
    assert "localhost" not in text


def test_bearer_security_scheme(any_schema: dict[str, Any]) -> None:
    schemes = any_schema["components"]["securitySchemes"]
    assert list(schemes) == ["bearerAuth"]  # one auth scheme, as a GPT action allows
    assert schemes["bearerAuth"]["type"] == "http"
    assert schemes["bearerAuth"]["scheme"] == "bearer"


def test_every_operation_requires_the_bearer_token(any_schema: dict[str, Any]) -> None:
    for label, operation, _ in operations(any_schema):
        assert operation.get("security") == [{"bearerAuth": []}], label
        assert "401" in operation["responses"], label


def test_the_gpt_schema_offers_only_questions_and_reads(schema: dict[str, Any]) -> None:
    assert {op["operationId"] for _, op, _ in operations(schema)} == GPT_OPERATIONS
    for label, operation, _ in operations(schema):
        assert operation["x-openai-isConsequential"] is False, label
        assert not label.startswith(("PUT", "PATCH", "DELETE")), label


def test_no_placeholder_examples(any_schema: dict[str, Any]) -> None:
    text = json.dumps(any_schema)
    assert "example.org" not in text
    assert "localhost:8000" not in text


def test_gpt_responses_fit_an_actions_100000_characters(api_client: Any, seeded: None) -> None:
    largest = [
        api_client.get("/api/employees/"),
        api_client.post(
            "/search", {"message": "list all employees", "format": "answer"}, format="json"
        ),
        api_client.post(
            "/search", {"message": "list all employees", "format": "rows"}, format="json"
        ),
    ]
    for response in largest:
        assert response.status_code == 200, response.content[:300]
        assert len(response.content.decode()) <= 100_000


def test_error_responses_use_the_error_component(schema: dict[str, Any]) -> None:
    error_ref = "#/components/schemas/Error"
    assert set(schema["components"]["schemas"]["Error"]["required"]) == {
        "error",
        "message",
        "statusCode",
        "code",
    }
    for label, operation, _ in operations(schema):
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")):
                body = response["content"]["application/json"]["schema"]
                assert body == {"$ref": error_ref}, (label, status)


def test_operation_ids_are_present_and_unique(any_schema: dict[str, Any]) -> None:
    ids = [operation.get("operationId") for _, operation, _ in operations(any_schema)]
    assert all(ids)
    assert len(ids) == len(set(ids))


def test_employee_operation_ids(full_schema: dict[str, Any]) -> None:
    ids = {operation["operationId"] for _, operation, _ in operations(full_schema)}
    assert {
        "listEmployees",
        "getEmployee",
        "createEmployee",
        "updateEmployee",
        "partialUpdateEmployee",
        "deleteEmployee",
    } <= ids


def test_texts_fit_a_gpt_actions_limits(any_schema: dict[str, Any]) -> None:
    for label, operation, parameters in operations(any_schema):
        assert operation.get("summary"), label
        for key in ("summary", "description"):
            assert len(operation.get(key, "")) <= MAX_OPERATION_TEXT, (label, key)
        for parameter in parameters:
            assert parameter.get("description"), (label, parameter["name"])
            assert len(parameter["description"]) <= MAX_PARAMETER_TEXT, (label, parameter["name"])


def test_list_parameters(schema: dict[str, Any], full_schema: dict[str, Any]) -> None:
    parameters = {p["name"]: p for p in schema["paths"]["/api/employees/"]["get"]["parameters"]}
    assert set(parameters) == {
        "department",
        "title",
        "hired_after",
        "hired_before",
        "search",
        "ordering",
        "page",
    }  # no page_size: a GPT's pages stay at 50 employees
    full = full_schema["paths"]["/api/employees/"]["get"]["parameters"]
    assert "page_size" in {p["name"] for p in full}
    assert "Marketing" in parameters["department"]["schema"]["enum"]
    assert parameters["hired_after"]["schema"] == {"type": "string", "format": "date"}


@override_settings(PUBLIC_BASE_URL="https://directory.example.com")
def test_server_is_the_public_base_url() -> None:
    assert fetch()["servers"] == [{"url": "https://directory.example.com"}]


@override_settings(PUBLIC_BASE_URL="")
def test_server_is_the_requests_origin() -> None:
    assert fetch()["servers"][0]["url"] == "http://testserver"


@override_settings(PUBLIC_BASE_URL="")
def test_server_honours_x_forwarded_proto() -> None:
    schema = fetch(HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="localhost")
    assert schema["servers"][0]["url"] == "https://localhost"
