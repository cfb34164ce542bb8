"""`manage.py import_verified` / `export_verified`: the format `evaluate` reads, and CSV."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from gptbridge.evaluation import load_cases
from gptbridge.models import VerifiedQuestion

pytestmark = pytest.mark.usefixtures("seeded")

GOOD = "SELECT first_name FROM employees WHERE department = 'Marketing'"


def write(path: Path, lines: list[object]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def test_import_then_export_round_trips_through_evaluates_format(tmp_path: Path) -> None:
    source = write(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "question": "Who works in Marketing?", "gold_sql": GOOD},
            {"id": "b", "question": "What is the CEO's salary?", "gold_sql": None},
        ],
    )
    result = call_command("import_verified", str(source))
    assert result == "Imported 1 new and 0 updated verified questions (1 without SQL skipped)."
    out = tmp_path / "out.jsonl"
    assert call_command("export_verified", str(out)) == f"Exported 1 verified questions to {out}."
    (case,) = load_cases(out)
    assert case.question == "Who works in Marketing?"
    assert case.gold_sql == GOOD


def test_importing_the_same_question_updates_it(tmp_path: Path) -> None:
    call_command(
        "import_verified",
        str(write(tmp_path / "a.jsonl", [{"question": "Marketing?", "gold_sql": GOOD}])),
    )
    newer = GOOD + " ORDER BY first_name"
    result = call_command(
        "import_verified",
        str(write(tmp_path / "b.jsonl", [{"question": "marketing", "gold_sql": newer}])),
    )
    assert "0 new and 1 updated" in result
    assert VerifiedQuestion.objects.get().sql == newer


def test_import_is_all_or_nothing_and_reports_each_bad_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(
        json.dumps({"question": "Marketing?", "gold_sql": GOOD})
        + "\n{not json\n"
        + json.dumps({"question": "x", "gold_sql": "DELETE FROM employees"})
        + "\n"
        + json.dumps({"question": "", "gold_sql": GOOD})
        + "\n"
        + json.dumps({"question": "y", "gold_sql": "SELECT nope FROM employees"})
        + "\n"
    )
    with pytest.raises(CommandError, match="4 bad line"):
        call_command("import_verified", str(source))
    errors = capsys.readouterr().err
    for number in (2, 3, 4, 5):
        assert f"line {number}:" in errors
    assert VerifiedQuestion.objects.count() == 0


def test_csv_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text(f'question,gold_sql,notes\n"Who, in Marketing?","{GOOD}",checked\n')
    call_command("import_verified", str(source))
    assert VerifiedQuestion.objects.get().notes == "checked"
    out = tmp_path / "out.csv"
    call_command("export_verified", str(out))
    assert out.read_text().splitlines()[1] == f'"Who, in Marketing?",{GOOD},checked'


def test_csv_without_the_columns_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("q,sql\nx,y\n")
    with pytest.raises(CommandError):
        call_command("import_verified", str(source))


def test_retired_questions_are_exported_only_on_request(tmp_path: Path) -> None:
    VerifiedQuestion.objects.create(question="Marketing?", sql=GOOD, retired=True)
    out = tmp_path / "out.jsonl"
    assert "Exported 0" in call_command("export_verified", str(out))
    assert "Exported 1" in call_command("export_verified", str(out), "--include-retired")


@pytest.mark.parametrize("name", ["missing.jsonl", "file.txt"])
def test_unreadable_files_are_command_errors(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text("x")
    with pytest.raises(CommandError):
        call_command("import_verified", str(path))


def test_the_shipped_cases_import_cleanly() -> None:
    cases = Path(__file__).resolve().parents[2] / "evals" / "cases.jsonl"
    result = call_command("import_verified", str(cases))
    assert result.startswith("Imported ")
    assert VerifiedQuestion.objects.count() == sum(1 for c in load_cases(cases) if c.gold_sql)
