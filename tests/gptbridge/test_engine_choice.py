"""GPTBRIDGE_ENGINE, the fast path and the fallback decide which engine answers."""

import pytest
from pytest_django.fixtures import Settings as SettingsWrapper

from gptbridge.errors import LlmNotConfigured, Unanswerable, UpstreamError
from gptbridge.service import answer_question
from tests.fakes.openai_server import FakeOpenAI, FakeReply, sql_reply, text_reply

pytestmark = pytest.mark.usefixtures("seeded")

PLAIN = "Who works in Marketing?"
OBSCURE = "Which colleagues would enjoy a pottery class together?"
MARKETING_SQL = "SELECT first_name, last_name FROM employees WHERE department = 'Marketing'"


def test_auto_without_a_key_answers_offline(settings: SettingsWrapper) -> None:
    settings.OPENAI_API_KEY = ""
    settings.GPTBRIDGE_ENGINE = "auto"
    answer = answer_question(PLAIN, answer_format="rows")
    assert answer.engine == "offline"
    assert answer.row_count == 69
    assert answer.model_calls == 0


def test_auto_without_a_key_refuses_what_it_cannot_understand(settings: SettingsWrapper) -> None:
    settings.OPENAI_API_KEY = ""
    settings.GPTBRIDGE_ENGINE = "auto"
    with pytest.raises(Unanswerable) as refusal:
        answer_question(OBSCURE)
    assert "model-backed engine" in refusal.value.message  # the operator's setting unnamed


def test_explicit_openai_without_a_key_is_503(settings: SettingsWrapper) -> None:
    settings.OPENAI_API_KEY = ""
    with pytest.raises(LlmNotConfigured):
        answer_question(PLAIN, engine="openai")


def test_fast_path_answers_plain_questions_without_the_model(
    fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_ENGINE = "auto"
    answer = answer_question(PLAIN)
    assert answer.engine == "offline"
    assert fake_openai.call_count == 0


def test_fast_path_hands_other_questions_to_the_model(
    fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_ENGINE = "auto"
    fake_openai.replies([sql_reply(MARKETING_SQL), text_reply("Several people.")])
    answer = answer_question(OBSCURE)
    assert answer.engine == "openai"
    assert fake_openai.call_count == 2


def test_fast_path_off_sends_everything_to_the_model(
    fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_ENGINE = "auto"
    settings.GPTBRIDGE_FAST_PATH = False
    fake_openai.replies([sql_reply(MARKETING_SQL)])
    assert answer_question(PLAIN, answer_format="rows").engine == "openai"


def test_fallback_answers_offline_when_the_model_fails(
    fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_ENGINE = "auto"
    settings.GPTBRIDGE_FAST_PATH = False
    settings.OPENAI_MAX_RETRIES = 0
    fake_openai.replies([FakeReply(status=500)])
    answer = answer_question(PLAIN, answer_format="rows")
    assert answer.engine == "offline"
    assert answer.row_count == 69


def test_fallback_off_returns_the_upstream_error(
    fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_ENGINE = "auto"
    settings.GPTBRIDGE_FAST_PATH = False
    settings.GPTBRIDGE_FALLBACK = False
    settings.OPENAI_MAX_RETRIES = 0
    fake_openai.replies([FakeReply(status=500)])
    with pytest.raises(UpstreamError):
        answer_question(PLAIN)


def test_fallback_cannot_help_with_questions_it_does_not_understand(
    fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_ENGINE = "auto"
    settings.OPENAI_MAX_RETRIES = 0
    fake_openai.replies([FakeReply(status=500)])
    with pytest.raises(UpstreamError):
        answer_question(OBSCURE)
