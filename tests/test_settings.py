"""Settings parse strictly: a typo in a boolean, a choice or a number stops start-up, by name."""

import re
import runpy
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from directory_gpt.envvars import env_bool, env_choice, env_float, env_int, env_optional_float

SETTINGS_FILE = Path(__file__).resolve().parent.parent / "directory_gpt" / "settings.py"
SOURCE = SETTINGS_FILE.read_text()
BOOLEANS = re.findall(r'env_bool\(\s*"([A-Z0-9_]+)"', SOURCE)
CHOICES = re.findall(r'env_choice\(\s*"([A-Z0-9_]+)"', SOURCE)
NUMBERS = re.findall(r'env_(?:int|float|optional_float)\(\s*"([A-Z0-9_]+)"', SOURCE)


def load_settings(monkeypatch: pytest.MonkeyPatch, **variables: str) -> dict[str, object]:
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS_FILE))


def test_every_existing_boolean_and_choice_setting_is_read_strictly() -> None:
    assert {"DEBUG", "SECURE_SSL_REDIRECT", "GPTBRIDGE_FAST_PATH", "GPTBRIDGE_FALLBACK"} <= set(
        BOOLEANS
    )
    assert {"GPTBRIDGE_ENGINE", "OPENAI_RESPONSE_FORMAT", "LOG_LEVEL"} <= set(CHOICES)
    # django-environ's readers accept typos silently (env.bool("X") of "ture" is False).
    assert re.findall(r"\benv\.(bool|int|float)\(", SOURCE) == []


@pytest.mark.parametrize("name", BOOLEANS)
def test_a_boolean_with_a_typo_stops_start_up(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    with pytest.raises(ImproperlyConfigured, match=rf"^{name}='ture' is not valid: use true or"):
        load_settings(monkeypatch, **{name: "ture"})


@pytest.mark.parametrize("name", CHOICES)
def test_a_choice_with_a_typo_stops_start_up(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    with pytest.raises(ImproperlyConfigured, match=rf"^{name}='nonsense' is not valid: use one"):
        load_settings(monkeypatch, **{name: "nonsense"})


@pytest.mark.parametrize("name", NUMBERS)
def test_a_number_with_a_typo_stops_start_up(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    # Pool settings are read only for PostgreSQL, CONN_MAX_AGE only without the pool.
    context = {"DATABASE_URL": "postgres://user@localhost/db", "DATABASE_POOL_MAX_SIZE": "8"}
    if name == "CONN_MAX_AGE":
        context["DATABASE_POOL_MAX_SIZE"] = "0"
    with pytest.raises(ImproperlyConfigured, match=rf"^{name}='12o' is not valid"):
        load_settings(monkeypatch, **{**context, name: "12o"})


def test_the_issue_examples_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ImproperlyConfigured, match="GPTBRIDGE_FAST_PATH='ture'"):
        load_settings(monkeypatch, GPTBRIDGE_FAST_PATH="ture")
    monkeypatch.delenv("GPTBRIDGE_FAST_PATH")
    with pytest.raises(ImproperlyConfigured, match="SECURE_SSL_REDIRECT='flase'"):
        load_settings(monkeypatch, SECURE_SSL_REDIRECT="flase")


def test_valid_values_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = load_settings(
        monkeypatch,
        GPTBRIDGE_FAST_PATH="Off",
        SECURE_SSL_REDIRECT="yes",
        GPTBRIDGE_ENGINE="offline",
        LOG_LEVEL="warning",
        OPENAI_TEMPERATURE="0.2",
    )
    assert loaded["GPTBRIDGE_FAST_PATH"] is False
    assert loaded["SECURE_SSL_REDIRECT"] is True
    assert loaded["GPTBRIDGE_ENGINE"] == "offline"
    assert loaded["LOG_LEVEL"] == "WARNING"
    assert loaded["OPENAI_TEMPERATURE"] == 0.2


def test_readers_use_the_default_when_unset_or_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMPTY_ONE", "  ")
    monkeypatch.delenv("UNSET_ONE", raising=False)
    for name in ("EMPTY_ONE", "UNSET_ONE"):
        assert env_bool(name, default=True) is True
        assert env_choice(name, ("a", "b"), default="b") == "b"
        assert env_int(name, default=7) == 7
        assert env_float(name, default=1.5) == 1.5
        assert env_optional_float(name) is None


@pytest.mark.parametrize(
    ("value", "message"),
    [("-1", "at least 0"), ("1.5", "whole number"), ("nan", "finite"), ("inf", "finite")],
)
def test_numbers_are_checked(monkeypatch: pytest.MonkeyPatch, value: str, message: str) -> None:
    monkeypatch.setenv("SOME_NUMBER", value)
    reader = (
        (lambda: env_float("SOME_NUMBER", default=1.0))
        if message == "finite"
        else (lambda: env_int("SOME_NUMBER", default=1, minimum=0))
    )
    with pytest.raises(ImproperlyConfigured, match=message):
        reader()
