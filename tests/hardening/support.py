"""Helpers shared by the hardening suite: the error-shape assertion, table checksums, sentinels."""

import hashlib
import json
import re
import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from django.db import connections

ERROR_KEYS = {"error", "message", "statusCode", "code"}


def assert_error_shape(
    response: Any, status: int | Collection[int], code: str | Collection[str] | None = None
) -> dict[str, Any]:
    """The response is one of `status`, in the API's one error shape (and `code` when given)."""
    statuses = {status} if isinstance(status, int) else set(status)
    assert response.status_code in statuses, (response.status_code, response.content[:500])
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    body = response.json()
    assert isinstance(body, dict), body
    assert ERROR_KEYS <= set(body) <= ERROR_KEYS | {"fields"}, body
    assert body["statusCode"] == response.status_code, body
    assert body["error"] == HTTPStatus(response.status_code).phrase, body
    assert isinstance(body["message"], str), body
    assert body["message"].strip(), body
    assert isinstance(body["code"], str), body
    assert body["code"], body
    if code is not None:
        codes = {code} if isinstance(code, str) else set(code)
        assert body["code"] in codes, body
    if "fields" in body:
        assert isinstance(body["fields"], dict), body
    return body


def table_checksums(
    using: str = "default", exclude: Iterable[str] = ()
) -> dict[str, tuple[int, str]]:
    """Row count and an order-independent SHA-256 of every table's rows in the database."""
    connection = connections[using]
    skipped = set(exclude)
    result: dict[str, tuple[int, str]] = {}
    with connection.cursor() as cursor:
        tables = sorted(connection.introspection.table_names(cursor))
        for table in tables:
            if table in skipped:
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows = sorted(repr(tuple(row)) for row in cursor.fetchall())
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()
            result[table] = (len(rows), digest)
    return result


def find_leaks(text: str, sentinels: dict[str, str]) -> list[str]:
    """The names of the sentinels whose value occurs in `text` (case-insensitive)."""
    folded = text.casefold()
    return [name for name, value in sentinels.items() if value and value.casefold() in folded]


@dataclass(frozen=True)
class Operation:
    """One operation of the served OpenAPI document."""

    method: str
    path: str
    operation_id: str
    responses: tuple[str, ...]
    security: tuple[dict[str, Any], ...]
    has_body: bool

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def protected(self) -> bool:
        # The API's default permission is IsAuthenticated; only an explicit `{}` makes one public.
        return {} not in self.security

    def example_path(self, **values: str) -> str:
        """The path with each `{parameter}` filled (a fresh UUID unless given)."""
        return re.sub(
            r"\{([^}]+)\}", lambda match: values.get(match.group(1), str(uuid.uuid4())), self.path
        )


def served_schema() -> dict[str, Any]:
    """The full OpenAPI document (writes included) as /api-docs/full/openapi.json serves it."""
    from django.test import Client

    response = Client().get("/api-docs/full/openapi.json")
    assert response.status_code == 200, response.content[:300]
    return json.loads(response.content)


def served_operations() -> list[Operation]:
    schema = served_schema()
    operations = []
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            security = operation.get("security", schema.get("security", []))
            operations.append(
                Operation(
                    method=method,
                    path=path,
                    operation_id=operation.get("operationId", ""),
                    responses=tuple(operation.get("responses", {})),
                    security=tuple(security),
                    has_body="requestBody" in operation,
                )
            )
    return operations


# Cases schemathesis ran, by "<operation> <mode> <auth>"; printed in the terminal summary.
CASES_RUN: dict[str, int] = {}


def create_superuser_token(username: str = "fuzz-admin") -> str:
    """A named token acting as a new superuser (every model permission)."""
    from django.contrib.auth import get_user_model

    from apitokens.models import ApiToken

    user = get_user_model().objects.create_superuser(username, f"{username}@example.com", None)
    _, key = ApiToken.objects.create_key(name=f"{username} token", user=user)
    return str(key)
