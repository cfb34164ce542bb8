"""The engine seam: engines declare their policy, and one registry feeds everything that lists
them. Adding an engine is a class plus one line in `ENGINES`."""

from dataclasses import dataclass
from io import StringIO
from typing import Any, ClassVar

import pytest
from django.core.checks import run_checks
from django.core.management import CommandError, call_command
from pytest_django.fixtures import Settings as SettingsWrapper

from directory_gpt.errors import DomainError
from gptbridge.domain import ComposeContext, Composition, Narration, QueryResult
from gptbridge.engines import registry
from gptbridge.engines.base import EnginePolicy
from gptbridge.engines.stored import STORED_ANSWER_ENGINES
from gptbridge.errors import LlmNotConfigured, UpstreamError
from gptbridge.models import QueryLog
from gptbridge.serializers import AnswerSerializer
from gptbridge.service import answer_question

pytestmark = pytest.mark.usefixtures("seeded")

SALES_SQL = "SELECT first_name, last_name FROM employees WHERE department = 'Sales'"


class GarbledReply(Exception):
    def __init__(self, reason: str, raw: str):
        self.reason = reason
        self.raw = raw
        super().__init__(reason)


@dataclass
class ScriptedEngine:
    """An engine written for this test: composes from a script, one item per attempt."""

    script: list[str]
    name: str = "scripted"
    policy: ClassVar[EnginePolicy] = EnginePolicy(
        max_attempts=3, model="scripted-1", retry_reply_errors=(GarbledReply,)
    )

    def compose(self, question: str, context: ComposeContext) -> Composition:
        reply = self.script[len(context.previous_attempts)]
        if reply.startswith("garbled"):
            raise GarbledReply("not SQL", reply)
        return Composition(sql=reply)

    def narrate(self, question: str, composition: Composition, result: QueryResult) -> Narration:
        return Narration(text=f"{result.row_count} people, by script.")


@dataclass
class AsyncRemoteEngine:
    """An async engine that needs the network (so it needs OPENAI_API_KEY)."""

    name: str = "remote"
    policy: ClassVar[EnginePolicy] = EnginePolicy(needs_network=True, model="remote-1")

    async def compose(self, question: str, context: ComposeContext) -> Composition:
        return Composition(sql=SALES_SQL, model_calls=1)

    async def narrate(
        self, question: str, composition: Composition, result: QueryResult
    ) -> Narration:
        return Narration(text="Remote prose.", model_calls=1)


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Registers ScriptedEngine as "scripted": the one line a new engine needs."""
    script: list[str] = []
    monkeypatch.setitem(registry.ENGINES, "scripted", lambda setup: ScriptedEngine(script))
    return script


def test_choices_come_from_the_registry() -> None:
    assert registry.engine_choices() == ("auto", "offline", "openai")
    field: Any = AnswerSerializer().fields["engine"]
    # plus the names answers from stored SQL carry (verified questions, the SQL cache)
    assert list(field.choices) == [*registry.ENGINES, *STORED_ANSWER_ENGINES]


def test_a_registered_engine_answers_with_its_own_policy(scripted: list[str]) -> None:
    scripted[:] = ["garbled one", "SELECT nonsense FROM nowhere", SALES_SQL]
    answer = answer_question("Who is in Sales?", engine="scripted")
    assert answer.engine == "scripted"
    assert answer.row_count == 66
    assert answer.message == "66 people, by script."
    log = QueryLog.objects.get()
    assert log.engine == "scripted"
    assert log.model == "scripted-1"
    assert [attempt["stage"] for attempt in log.attempts] == ["reply", "guard"]


def test_the_engine_s_attempt_limit_holds(scripted: list[str]) -> None:
    scripted[:] = ["garbled"] * 5
    with pytest.raises(UpstreamError) as failure:
        answer_question("Who is in Sales?", engine="scripted")
    assert len(failure.value.trace.attempts) == 3


def test_a_registered_engine_is_offered_by_the_commands_and_the_check(
    scripted: list[str], settings: SettingsWrapper
) -> None:
    scripted[:] = [SALES_SQL]
    out = StringIO()
    call_command("ask", "Who is in Sales?", "--engine", "scripted", stdout=out)
    assert out.getvalue().startswith("66 people, by script.")
    with pytest.raises(CommandError, match="invalid choice"):
        call_command("ask", "Who is in Sales?", "--engine", "nonesuch")
    settings.GPTBRIDGE_ENGINE = "scripted"
    assert not [m for m in run_checks(tags=["gptbridge"]) if m.id == "gptbridge.E004"]
    settings.GPTBRIDGE_ENGINE = "nonesuch"
    errors = [m for m in run_checks(tags=["gptbridge"]) if m.id == "gptbridge.E004"]
    assert "scripted" in str(errors[0].hint)


def test_an_engine_that_needs_the_network_needs_the_key(
    monkeypatch: pytest.MonkeyPatch, settings: SettingsWrapper
) -> None:
    monkeypatch.setitem(registry.ENGINES, "remote", lambda setup: AsyncRemoteEngine())
    settings.OPENAI_API_KEY = ""
    with pytest.raises(LlmNotConfigured):
        answer_question("Who is in Sales?", engine="remote")
    settings.OPENAI_API_KEY = "sk-unused"
    answer = answer_question("Who is in Sales?", engine="remote")
    assert (answer.engine, answer.message, answer.model_calls) == ("remote", "Remote prose.", 2)


def test_a_refusal_carries_its_trace(settings: SettingsWrapper) -> None:
    settings.OPENAI_API_KEY = ""
    with pytest.raises(DomainError) as refusal:
        answer_question("Which colleagues would enjoy a pottery class?", engine="offline")
    trace: Any = refusal.value.trace
    assert (trace.engine, trace.status_code, trace.error_code) == ("offline", 422, "unanswerable")
    assert trace.model_calls == 0


def test_an_engine_must_be_registered_under_its_own_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.ENGINES, "alias", lambda setup: ScriptedEngine([]))
    with pytest.raises(ValueError, match="calls itself 'scripted'"):
        answer_question("Who is in Sales?", engine="alias")
