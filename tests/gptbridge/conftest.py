from collections.abc import Iterator

import pytest
from pytest_django.fixtures import Settings as SettingsWrapper

from tests.fakes.openai_server import FakeOpenAI


@pytest.fixture
def fake_openai(settings: SettingsWrapper) -> Iterator[FakeOpenAI]:
    """A scripted Chat Completions server; the app's OpenAI settings point at it."""
    server = FakeOpenAI().start()
    settings.OPENAI_API_KEY = "sk-test-fake-openai-key"
    settings.OPENAI_BASE_URL = server.url
    settings.OPENAI_TIMEOUT = 5.0
    settings.OPENAI_MAX_RETRIES = 2
    settings.GPTBRIDGE_ENGINE = "openai"
    yield server
    server.stop()
