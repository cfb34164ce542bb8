"""Schema-driven fuzzing: schemathesis generates requests for every operation of the served
/api-docs/full/openapi.json, valid and invalid, with a valid bearer token and without, and runs
them in-process against the WSGI application.

For each case: no 5xx, the status is documented, and the body, headers and content type
conform to the schema. The number of cases run is printed at the end of the session.
That every documented status is reachable is shown in `test_documented_statuses.py`.
"""

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from pytest_django.fixtures import Settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.hardening.support import CASES_RUN, create_superuser_token, served_operations

MAX_EXAMPLES = 30
LABELS = [operation.label for operation in served_operations()]
CONFORMANCE = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
FUZZ = hypothesis_settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture
def wsgi_app(settings: Settings, seeded: None) -> Iterator[Callable[..., Any]]:
    """The real WSGI application, inside the test's transaction.

    Django's WSGI handler closes "old" connections at the start and end of every request;
    inside a test transaction that would close the test database, so, like Django's own test
    client, the fuzzing run disconnects that handler.
    """
    settings.OPENAI_API_KEY = ""  # the offline engine answers /search: no model needed
    settings.GPTBRIDGE_ENGINE = "auto"
    settings.GPTBRIDGE_RATE = "1000000/min"
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def fuzz(
    app: Callable[..., Any],
    label: str,
    mode: GenerationMode,
    headers: dict[str, str],
    checks: list[Any],
) -> int:
    schema = schemathesis.openapi.from_wsgi("/api-docs/full/openapi.json", app)
    operation = schema.find_operation_by_label(label)
    assert operation is not None, label
    ran = 0

    @FUZZ
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: Any) -> None:
        nonlocal ran
        ran += 1
        response = case.call(headers=headers)
        case.validate_response(response, checks=checks, headers=headers)

    run()
    CASES_RUN[f"{label} {mode.value} {'token' if headers else 'no token'}"] = ran
    return ran


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize("label", LABELS)
def test_fuzz_with_a_valid_token(wsgi_app: Any, label: str, mode: GenerationMode) -> None:
    headers = {"Authorization": f"Bearer {create_superuser_token()}"}
    checks = [*CONFORMANCE, ignored_auth]
    if mode is GenerationMode.NEGATIVE:
        checks.append(negative_data_rejection)
    ran = fuzz(wsgi_app, label, mode, headers, checks)
    assert ran >= min(MAX_EXAMPLES, 5), ran


def refused_without_token(ctx: Any, response: Any, case: Any) -> None:
    assert response.status_code == 401, f"{case.operation.label} answered {response.status_code}"
    challenge = {k.lower(): v for k, v in response.headers.items()}.get("www-authenticate", [""])
    assert challenge[0].startswith("Bearer"), challenge


@pytest.mark.parametrize("label", LABELS)
def test_fuzz_without_a_token(wsgi_app: Any, label: str) -> None:
    checks = [*CONFORMANCE, refused_without_token]
    ran = fuzz(wsgi_app, label, GenerationMode.POSITIVE, {}, checks)
    assert ran >= min(MAX_EXAMPLES, 5), ran
