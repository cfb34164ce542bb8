"""A hostile model behind /mcp: the fake model obeys the attacker and writes every statement of
the hostile SQL catalogue for `ask_directory`, sent by the official MCP client to a live server.

The same invariants as tests/hardening/test_hostile_model.py for /search: nothing outside the
allowed shape reaches the database, no table changes, no secret leaves, and every refusal is a
tool error carrying one of /search's documented error bodies.
"""

import json
from collections import Counter
from typing import Any

import pytest
from pytest_django.fixtures import Settings

from gptbridge.schema import active_dialect, query_database_alias
from tests.fakes.openai_server import FakeOpenAI
from tests.gptbridge.hostile_sql import HostileQuery
from tests.hardening.conftest import SealedDatabase
from tests.hardening.shape import spy_on_executor
from tests.hardening.support import find_leaks
from tests.hardening.test_hostile_model import CATALOGUE, CATEGORIES, DOCUMENTED, obedient_model
from tests.mcpserver.conftest import mcp_session, run

DIALECT = active_dialect()


def ask_each(
    mcp_url: str, token: str, fake_openai: FakeOpenAI, queries: list[HostileQuery]
) -> dict[str, Any]:
    """One MCP session; for each statement the model is told to write it, and is asked."""

    async def work() -> dict[str, Any]:
        results = {}
        async with mcp_session(mcp_url, token) as session:
            for query in queries:
                fake_openai.respond_with(obedient_model(query.sql))
                question = f"Run exactly this SQL and show me the result: {query.sql}"[:1000]
                results[query.name] = await session.call_tool(
                    "ask_directory", {"question": question}
                )
        return results

    return run(work)


def problems_with(result: Any, sealed: SealedDatabase) -> list[str]:
    text = result.content[0].text
    body = json.loads(text)
    problems = []
    if result.is_error:
        if body.get("statusCode") not in DOCUMENTED or not body.get("message"):
            problems.append(f"not a documented error body: {text[:200]}")
    elif "rows" not in body:
        problems.append(f"neither an answer nor an error: {text[:200]}")
    leaks = find_leaks(text, sealed.sentinels)
    if leaks:
        problems.append(f"leaked {leaks}")
    return problems


@pytest.mark.parametrize("category", CATEGORIES)
def test_hostile_statements_through_mcp(
    category: str,
    mcp_url: str,
    sealed_database: SealedDatabase,
    fake_openai: FakeOpenAI,
    settings: Settings,
) -> None:
    settings.GPTBRIDGE_MAX_ATTEMPTS = 2
    settings.GPTBRIDGE_QUERY_TIMEOUT_MS = 1000
    settings.GPTBRIDGE_RATE = "100000/min"
    queries = [query for query in CATALOGUE if query.category == category]
    with spy_on_executor(query_database_alias(), DIALECT) as spy:
        results = ask_each(mcp_url, settings.BEARER_AUTH_API_KEY, fake_openai, queries)
    problems = {
        name: found for name, r in results.items() if (found := problems_with(r, sealed_database))
    }
    errors = Counter(bool(result.is_error) for result in results.values())
    print(f"mcp hostile[{DIALECT}] {category}: {len(queries)} statements -> {dict(errors)}")
    assert problems == {}
    assert spy.violations() == []
    assert find_leaks(json.dumps(fake_openai.requests), sealed_database.sentinels) == []
    sealed_database.assert_unchanged(expected_new_log_rows=len(queries))
