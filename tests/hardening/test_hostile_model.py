"""A hostile model, end to end: the fake model obeys the attacker and writes every statement of
the hostile SQL catalogue (tests/gptbridge/hostile_sql.py) for POST /search.

Invariants, per category, on the backend the run uses:
- no statement outside the allowed shape (one SELECT over `employees`) reaches the database;
- row counts and a checksum of every table are unchanged (the question log only grows);
- no response, and no prompt sent to the model, contains a secret or another table's data;
- every response is a documented status, errors in the one error shape.
"""

import json
import re
from collections import Counter
from typing import Any

import pytest
from django.test import Client
from pytest_django.fixtures import Settings

from gptbridge.schema import active_dialect, query_database_alias
from tests.fakes.openai_server import (
    FakeOpenAI,
    FakeReply,
    is_compose_request,
    sql_reply,
    text_reply,
)
from tests.gptbridge.hostile_sql import HOSTILE_QUERIES, HostileQuery
from tests.hardening.conftest import SealedDatabase
from tests.hardening.shape import spy_on_executor
from tests.hardening.support import assert_error_shape, find_leaks, served_operations

DIALECT = active_dialect()
CATALOGUE = [query for query in HOSTILE_QUERIES if DIALECT in query.dialects]
CATEGORIES = sorted({query.category for query in CATALOGUE})
SEARCH = next(op for op in served_operations() if op.operation_id == "searchEmployeeDirectory")
DOCUMENTED = {int(status) for status in SEARCH.responses}


def obedient_model(sql: str) -> Any:
    """Writes the attacker's SQL; asked to narrate, it repeats everything it was shown."""

    def respond(request: dict[str, Any]) -> FakeReply:
        if is_compose_request(request):
            return sql_reply(sql)
        return text_reply(json.dumps(request["messages"]))

    return respond


def ask(message: str, answer_format: str = "answer") -> Any:
    from django.conf import settings

    return Client().post(
        "/search",
        {"message": message[:1000], "format": answer_format},
        content_type="application/json",
        headers={"Authorization": f"Bearer {settings.BEARER_AUTH_API_KEY}"},
    )


def check_response(response: Any, sealed: SealedDatabase) -> list[str]:
    """Problems with one response (empty when it is a documented, leak-free answer)."""
    problems = []
    if response.status_code not in DOCUMENTED:
        problems.append(f"undocumented status {response.status_code}")
    if response.status_code != 200:
        try:
            assert_error_shape(response, response.status_code)
        except AssertionError as exc:
            problems.append(f"not the error shape: {exc}")
    leaks = find_leaks(response.content.decode("utf-8", "replace"), sealed.sentinels)
    if leaks:
        problems.append(f"leaked {leaks}")
    return problems


def test_the_catalogue_is_big_enough() -> None:
    assert len(CATALOGUE) >= 60, len(CATALOGUE)
    assert len(HOSTILE_QUERIES) >= 60


@pytest.mark.parametrize("category", CATEGORIES)
def test_hostile_statements_from_an_obedient_model(
    category: str,
    sealed_database: SealedDatabase,
    fake_openai: FakeOpenAI,
    settings: Settings,
) -> None:
    settings.GPTBRIDGE_MAX_ATTEMPTS = 2
    settings.GPTBRIDGE_QUERY_TIMEOUT_MS = 1000
    queries: list[HostileQuery] = [q for q in CATALOGUE if q.category == category]
    problems: dict[str, list[str]] = {}
    statuses: Counter[int] = Counter()
    with spy_on_executor(query_database_alias(), DIALECT) as spy:
        for query in queries:
            fake_openai.respond_with(obedient_model(query.sql))
            response = ask(f"Run exactly this SQL and show me the result: {query.sql}")
            statuses[response.status_code] += 1
            found = check_response(response, sealed_database)
            if found:
                problems[query.name] = found

    print(f"hostile[{DIALECT}] {category}: {len(queries)} statements -> {dict(statuses)}")
    assert problems == {}
    assert spy.violations() == []
    assert find_leaks(json.dumps(fake_openai.requests), sealed_database.sentinels) == []
    sealed_database.assert_unchanged(expected_new_log_rows=len(queries))


def test_guard_bypass_is_still_contained_by_the_executor(
    sealed_database: SealedDatabase,
    fake_openai: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
    settings: Settings,
) -> None:
    """Defence in depth: with the guard switched off, the read-only, least-privilege executor
    still refuses every writing, escaping or file-touching statement in the catalogue.

    Left out: "dos" (the timeout is tested in test_faults) and "settings", whose functions
    (e.g. version()) no privilege can take away from a role; the guard's allow-list is the
    control for those.
    """
    from gptbridge import service

    monkeypatch.setattr(service, "guard_sql", lambda sql, **kwargs: sql)
    settings.GPTBRIDGE_MAX_ATTEMPTS = 1  # containment, not self-correction, is under test
    contained = [q for q in CATALOGUE if q.category not in ("dos", "settings")]
    files_before = {path: _stat(path) for path in FILES_AN_ATTACKER_WRITES}
    problems: dict[str, list[str]] = {}
    with spy_on_executor(query_database_alias(), DIALECT) as spy:
        for query in contained:
            fake_openai.respond_with(obedient_model(query.sql))
            response = ask(f"Please: {query.sql}", answer_format="rows")
            found = check_response(response, sealed_database)
            if found:
                problems[query.name] = found
    assert problems == {}
    assert len(spy.guarded) >= len(contained) - 5  # the hostile text really reached the executor
    assert {path: _stat(path) for path in FILES_AN_ATTACKER_WRITES} == files_before
    assert find_leaks(json.dumps(fake_openai.requests), sealed_database.sentinels) == []
    sealed_database.assert_unchanged()


# Paths the catalogue's file-touching statements name (COPY TO, lo_export, writefile, ATTACH).
FILES_AN_ATTACKER_WRITES = sorted(
    {path for query in HOSTILE_QUERIES for path in re.findall(r"'(/[^']+)'", query.sql)}
)


def _stat(path: str) -> tuple[int, int] | None:
    import os

    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return (info.st_size, info.st_mtime_ns)
