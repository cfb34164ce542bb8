"""GET /privacy: organisation and contact from settings, and what leaves the service."""

from django.test import Client
from pytest_django.fixtures import Settings


def page(settings: Settings, **overrides: str) -> str:
    for name, value in overrides.items():
        setattr(settings, name, value)
    response = Client().get("/privacy")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    return response.content.decode()


def test_names_the_organisation_and_contact(settings: Settings) -> None:
    text = page(settings, PRIVACY_ORGANIZATION="Acme Corp", PRIVACY_CONTACT="privacy@acme.test")
    assert "Acme Corp" in text
    assert "privacy@acme.test" in text


def test_offline_engine_sends_nothing(settings: Settings) -> None:
    text = page(settings, OPENAI_API_KEY="", GPTBRIDGE_ENGINE="auto")
    assert "Nothing leaves the service" in text
    assert "language-model provider at" not in text


def test_openai_configured_says_question_and_rows_go_to_the_provider(settings: Settings) -> None:
    text = page(settings, OPENAI_API_KEY="sk-test", GPTBRIDGE_ENGINE="auto", OPENAI_BASE_URL="")
    assert "your question" in text
    assert "the question and the matching employee rows" in text
    assert "https://api.openai.com" in text


def test_forced_offline_engine_sends_nothing_even_with_a_key(settings: Settings) -> None:
    text = page(settings, OPENAI_API_KEY="sk-test", GPTBRIDGE_ENGINE="offline")
    assert "Nothing leaves the service" in text


def test_without_settings_it_still_reads_well(settings: Settings) -> None:
    text = page(settings, PRIVACY_ORGANIZATION="", PRIVACY_CONTACT="")
    assert "The organisation running this service" in text
    assert "HR or IT team" in text


def test_html_in_settings_is_escaped(settings: Settings) -> None:
    text = page(settings, PRIVACY_ORGANIZATION="<script>x</script>")
    assert "<script>x</script>" not in text
