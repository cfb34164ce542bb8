import json

import pytest
from django.core.management import CommandError, call_command
from pytest_django.fixtures import Settings as SettingsWrapper

pytestmark = pytest.mark.usefixtures("seeded")

WALKTHROUGH = (
    "Please find names and hire dates of any employees in the marketing department hired "
    "after 2018. Sort them by hire date."
)


@pytest.fixture(autouse=True)
def _offline(settings: SettingsWrapper) -> None:
    settings.OPENAI_API_KEY = ""
    settings.GPTBRIDGE_ENGINE = "auto"


def test_prints_the_answer(capsys: pytest.CaptureFixture[str]) -> None:
    call_command("ask", WALKTHROUGH)
    out = capsys.readouterr().out
    assert out.startswith("Found 22 employees in Marketing hired after 2018")
    assert "Jailyn McClure" in out


def test_rows_format_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    call_command("ask", WALKTHROUGH, "--format", "rows")
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Found 22 employees."
    assert "hire_date" in out[1]
    assert len(out) == 2 + 1 + 22


@pytest.mark.parametrize(
    ("question", "summary"),
    [("list the departments", "Found 7 rows."), ("who works in HR", "Found 73 employees.")],
)
def test_rows_say_employees_only_when_they_are_people(
    capsys: pytest.CaptureFixture[str], question: str, summary: str
) -> None:
    call_command("ask", question, "--format", "rows")
    assert capsys.readouterr().out.splitlines()[0] == summary


def test_json_prints_the_api_response(capsys: pytest.CaptureFixture[str]) -> None:
    call_command("ask", WALKTHROUGH, "--json", "--format", "rows")
    body = json.loads(capsys.readouterr().out)
    assert body["row_count"] == 22
    assert body["engine"] == "offline"


def test_verbose_shows_sql_and_timings(capsys: pytest.CaptureFixture[str]) -> None:
    call_command("ask", WALKTHROUGH, verbosity=2)
    out = capsys.readouterr().out
    assert "SQL (offline): SELECT" in out
    assert "Timings:" in out


def test_refusal_exits_non_zero() -> None:
    with pytest.raises(CommandError, match="422 unanswerable"):
        call_command("ask", "Which colleagues would enjoy a pottery class together?")
