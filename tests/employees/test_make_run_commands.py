"""What `make run` runs besides the server: safe to repeat, and it keeps HR's edits and tokens."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from pytest_django.fixtures import Settings

from apitokens.models import ApiToken
from employees.models import Employee
from tests.conftest import _reference_rows


def run(command: str, *args: str) -> str:
    out = StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def exports(output: str) -> dict[str, str]:
    return dict(re.findall(r"^export (\w+)=(\S+)", output, re.M))


@pytest.mark.django_db
def test_reference_employees_load_only_into_an_empty_directory() -> None:
    assert "Loaded 500 reference employees" in run("load_reference_employees")
    employee = Employee.objects.get(pk=_reference_rows()[0]["id"])
    employee.title = "Intern" if employee.title != "Intern" else "Manager"
    employee.save()

    again = run("load_reference_employees")

    assert "already has 500 employees" in again
    assert "not loaded" in again
    assert Employee.objects.get(pk=employee.pk).title == employee.title  # the edit survived


@pytest.fixture
def debug_without_static_key(settings: Settings) -> None:
    settings.DEBUG = True
    settings.BEARER_AUTH_API_KEY = ""


@pytest.mark.django_db
@pytest.mark.usefixtures("debug_without_static_key")
def test_demo_tokens_are_kept_across_runs(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("# mine\nDEBUG=true\n")

    first = exports(run("demo_token", "--env-file", str(env_file)))
    second = exports(run("demo_token", "--env-file", str(env_file)))

    assert set(first) == {"BASE", "TOKEN", "WRITE_TOKEN"}
    assert first == second  # re-running keeps the tokens already pasted elsewhere
    assert ApiToken.objects.is_valid(first["TOKEN"])
    assert ApiToken.objects.is_valid(first["WRITE_TOKEN"])
    assert ApiToken.objects.count() == 2
    assert env_file.read_text().startswith("# mine\nDEBUG=true\n")  # other lines untouched


@pytest.mark.django_db
@pytest.mark.usefixtures("debug_without_static_key")
def test_a_revoked_demo_token_is_replaced(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    first = exports(run("demo_token", "--env-file", str(env_file)))
    ApiToken.objects.filter(name="demo (make run)").update(revoked=True)

    second = exports(run("demo_token", "--env-file", str(env_file)))

    assert second["TOKEN"] != first["TOKEN"]
    assert second["WRITE_TOKEN"] == first["WRITE_TOKEN"]
    assert ApiToken.objects.is_valid(second["TOKEN"])


@pytest.mark.django_db
@pytest.mark.usefixtures("debug_without_static_key")
def test_the_write_token_can_write_and_the_read_token_cannot(tmp_path: Path) -> None:
    from rest_framework.test import APIClient

    keys = exports(run("demo_token", "--env-file", str(tmp_path / ".env")))
    body = {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada@example.com",
        "department": "Engineering",
        "title": "Manager",
        "hire_date": "2021-03-04",
    }
    writer, reader = APIClient(), APIClient()
    writer.credentials(HTTP_AUTHORIZATION=f"Bearer {keys['WRITE_TOKEN']}")
    reader.credentials(HTTP_AUTHORIZATION=f"Bearer {keys['TOKEN']}")
    assert reader.post("/api/employees/", body, format="json").status_code == 403
    assert writer.post("/api/employees/", body, format="json").status_code == 201


@pytest.mark.django_db
def test_demo_tokens_are_for_development_only(settings: Settings, tmp_path: Path) -> None:
    settings.DEBUG = False
    with pytest.raises(CommandError, match="needs DEBUG=true"):
        run("demo_token", "--env-file", str(tmp_path / ".env"))
    assert not ApiToken.objects.exists()
