"""`manage.py evaluate` and the scoring in `gptbridge.evaluation`."""

import json
import re
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from pytest_django.fixtures import Settings

from gptbridge.engines.offline.names import forget_directory_names
from gptbridge.evaluation import (
    DEFAULT_CASES,
    CasesFileError,
    GoldResult,
    load_cases,
    normalise_row,
    results_match,
    run_gold,
)
from gptbridge.executor import forget_query_role
from tests.fakes.openai_server import FakeOpenAI, sql_reply


@pytest.fixture
def pipeline(settings: Settings, seeded: None) -> Iterator[None]:
    settings.OPENAI_API_KEY = ""
    forget_directory_names()
    forget_query_role()
    if connection.vendor == "postgresql":
        call_command("setup_query_role", stdout=StringIO())
    yield
    forget_query_role()


def evaluate(*args: str) -> str:
    out = StringIO()
    call_command("evaluate", *args, stdout=out)
    return out.getvalue()


def summary(output: str) -> dict[str, str]:
    """The table's header and data row as a dict."""
    lines = [line for line in output.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    row = [cell.strip() for cell in lines[2].strip("|").split("|")]
    return dict(zip(header, row, strict=True))


def write_cases(tmp_path: Path, cases: list[dict[str, Any]]) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(case) for case in cases) + "\n")
    return path


# --- the shipped set ---------------------------------------------------------------------------


def test_shipped_cases_are_many_and_varied() -> None:
    cases = load_cases(DEFAULT_CASES)
    assert len(cases) >= 80
    refusals = [case for case in cases if case.gold_sql is None]
    assert 0.05 <= len(refusals) / len(cases) <= 0.15
    tags = {tag for case in cases for tag in case.tags}
    for shape in ("department", "title", "synonym", "negation", "date", "relative", "name"):
        assert shape in tags
    for shape in ("email", "projection", "count", "group", "most", "order", "top", "typo"):
        assert shape in tags


@pytest.mark.usefixtures("pipeline")
def test_offline_engine_on_the_shipped_set() -> None:
    output = evaluate("--min-coverage", "0.85", "--show-failures")
    row = summary(output)
    assert row["engine"] == "offline"
    assert row["wrong"] == "0"
    assert row["errors"] == "0"
    assert row["accuracy"] == "100.0%"
    assert float(row["coverage"].rstrip("%")) >= 85.0
    assert row["model calls"] == "0"
    assert re.search(r"Out-of-scope questions \(gold_sql null\) refused: (\d+) of \1\.", output)


@pytest.mark.usefixtures("pipeline")
def test_offline_engine_on_the_paraphrases() -> None:
    output = evaluate("--cases", str(DEFAULT_CASES.with_name("paraphrases.jsonl")))
    row = summary(output)
    assert (row["wrong"], row["errors"], row["accuracy"]) == ("0", "0", "100.0%")
    assert float(row["coverage"].rstrip("%")) >= 85.0


@pytest.mark.usefixtures("pipeline")
def test_every_gold_query_runs_and_finds_rows() -> None:
    for case in load_cases(DEFAULT_CASES):
        if case.gold_sql is not None and case.id != "name-starts-andi":
            assert run_gold(case.gold_sql).rows, case.id


# --- exit status -------------------------------------------------------------------------------


@pytest.mark.usefixtures("pipeline")
def test_below_min_accuracy_exits_non_zero(tmp_path: Path) -> None:
    path = write_cases(
        tmp_path,
        [
            {
                "id": "deliberately-wrong-gold",
                "question": "how many interns are there?",
                "gold_sql": "SELECT COUNT(*) FROM employees WHERE title = 'Manager'",
            },
            {
                "id": "right",
                "question": "how many managers are there?",
                "gold_sql": "SELECT COUNT(*) FROM employees WHERE title = 'Manager'",
            },
        ],
    )
    with pytest.raises(CommandError, match=r"Accuracy 50\.0% is below --min-accuracy 100\.0%"):
        evaluate("--cases", str(path))
    output = evaluate("--cases", str(path), "--min-accuracy", "0.5", "--show-failures")
    assert summary(output)["wrong"] == "1"
    assert "[wrong] deliberately-wrong-gold" in output
    assert "expected 1 rows [(61,)], got 1 rows [(62,)]" in output


@pytest.mark.usefixtures("pipeline")
def test_refusal_cases_score_as_refused_not_wrong(tmp_path: Path) -> None:
    path = write_cases(
        tmp_path,
        [
            {"id": "salary", "question": "What's the CEO's salary?", "gold_sql": None},
            {
                "id": "answerable-but-refused",
                "question": "how many people were hired from 2020?",
                "gold_sql": "SELECT 13.2",
            },
        ],
    )
    output, error = evaluate_failing("--cases", str(path), "--min-accuracy", "1")
    row = summary(output)
    assert error == "No case was answered, so accuracy could not be measured."
    assert (row["answered"], row["wrong"], row["refused"]) == ("0", "0", "2")
    assert row["coverage"] == "0.0%"
    with pytest.raises(CommandError, match=r"Coverage 0\.0% is below --min-coverage 50\.0%"):
        evaluate("--cases", str(path), "--min-coverage", "0.5")


@pytest.mark.usefixtures("pipeline")
def test_relative_cases_use_their_own_today(tmp_path: Path) -> None:
    path = write_cases(
        tmp_path,
        [
            {
                "id": "this-year",
                "question": "who joined this year?",
                "gold_sql": "SELECT * FROM employees WHERE hire_date BETWEEN '2023-01-01' "
                "AND '2023-06-30'",
                "today": "2023-06-30",
            }
        ],
    )
    assert summary(evaluate("--cases", str(path)))["correct"] == "1"


@pytest.mark.usefixtures("pipeline")
def test_scores_a_model_backed_engine_and_counts_its_calls(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    managers = "SELECT COUNT(*) FROM employees WHERE title = 'Manager'"
    interns = "SELECT COUNT(*) FROM employees WHERE title = 'Intern'"
    path = write_cases(
        tmp_path,
        [
            {"id": "managers", "question": "how many managers?", "gold_sql": managers},
            {"id": "interns", "question": "how many interns?", "gold_sql": managers},
            {"id": "salary", "question": "What's the CEO's salary?", "gold_sql": None},
        ],
    )
    fake_openai.replies(
        [sql_reply(managers), sql_reply(interns), sql_reply(None, refusal="No salaries here.")]
    )
    row = summary(evaluate("--cases", str(path), "--engine", "openai", "--min-accuracy", "0"))
    assert (row["engine"], row["correct"], row["wrong"], row["refused"]) == (
        "openai",
        "1",
        "1",
        "1",
    )
    assert row["accuracy"] == "50.0%"
    # rows format: one compose call per answered question
    assert int(row["model calls"]) >= 2
    prompt, completion = (int(n) for n in row["tokens (prompt + completion)"].split(" + "))
    assert prompt > 0
    assert completion > 0


def test_a_malformed_cases_file_is_a_command_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x"}\n')
    with pytest.raises(CommandError, match=r"bad.jsonl:1: not a valid case"):
        evaluate("--cases", str(path))
    with pytest.raises(CasesFileError, match="cannot read"):
        load_cases(tmp_path / "missing.jsonl")


# --- comparison ------------------------------------------------------------------------------


def gold(rows: list[tuple[Any, ...]], keys: list[tuple[Any, ...]] | None = None) -> GoldResult:
    return GoldResult(rows=rows, ordered=keys is not None, order_keys=keys)


def test_unordered_comparison_ignores_row_order() -> None:
    assert results_match(gold([(1,), (2,)]), [(2,), (1,)], ordered=False)
    assert not results_match(gold([(1,), (2,)]), [(1,), (1,)], ordered=False)


def test_ordered_comparison_allows_any_order_among_ties() -> None:
    expected = gold([("a",), ("b",), ("c",)], keys=[(1,), (1,), (2,)])
    assert results_match(expected, [("b",), ("a",), ("c",)], ordered=True)
    assert not results_match(expected, [("c",), ("a",), ("b",)], ordered=True)


def test_extra_answer_columns_are_allowed_in_any_order() -> None:
    expected = gold([("x@y.com",), ("z@y.com",)])
    answer = [("Ann", "Lee", "x@y.com"), ("Bo", "Ma", "z@y.com")]
    assert results_match(expected, answer, ordered=False)
    assert not results_match(gold([("Ann", "Lee", "x@y.com")]), [("x@y.com",)], ordered=False)


def test_values_are_normalised_across_databases() -> None:
    import datetime as dt
    import uuid
    from decimal import Decimal

    identifier = uuid.UUID("498e2181-ecd7-4d17-9f51-2f5c59dac6a6")
    assert normalise_row([dt.date(2019, 2, 21), Decimal("2019"), 13.20, identifier]) == (
        "2019-02-21",
        2019,
        13.2,
        "498e2181ecd74d179f512f5c59dac6a6",
    )
    assert normalise_row(["498e2181-ecd7-4d17-9f51-2f5c59dac6a6"]) == (identifier.hex,)


@pytest.mark.usefixtures("pipeline")
def test_gold_order_keys_come_from_the_order_by() -> None:
    result = run_gold(
        "SELECT first_name, last_name FROM employees WHERE department = 'Marketing' "
        "AND hire_date > '2018-12-31' ORDER BY hire_date"
    )
    assert result.ordered
    assert result.order_keys is not None
    assert result.order_keys[0] == result.order_keys[1] == ("2019-02-21",)
    assert sorted(result.rows[:2]) == [("Jailyn", "McClure"), ("Leopold", "Johnston")]


# --- verified questions (issue 13) ---------------------------------------------------------------


@pytest.mark.usefixtures("pipeline")
def test_evaluate_scores_against_the_verified_set_with_their_fast_path_off() -> None:
    from gptbridge.models import VerifiedQuestion

    VerifiedQuestion.objects.create(
        question="Who works in Marketing?",
        sql="SELECT * FROM employees WHERE department = 'Marketing'",
    )
    output = evaluate("--verified")
    row = summary(output)
    assert (row["cases"], row["correct"]) == ("1", "1")
    # Offline answered: the verified question's own SQL did not answer itself.
    assert "offline 1" in output
    assert "verified 0" in output


@pytest.mark.django_db
def test_evaluate_verified_with_nothing_verified_is_an_error() -> None:
    with pytest.raises(CommandError, match="no verified questions"):
        evaluate("--verified")


@pytest.mark.usefixtures("pipeline")
def test_evaluate_reports_model_calls_saved_by_verified_answers(tmp_path: Path) -> None:
    from gptbridge.models import VerifiedQuestion

    VerifiedQuestion.objects.create(
        question="Which engineers joined in 2019 or later?",
        sql="SELECT * FROM employees WHERE department = 'Engineering' "
        "AND hire_date >= '2019-01-01'",
    )
    path = tmp_path / "cases.jsonl"
    path.write_text(
        json.dumps(
            {
                "id": "v",
                "question": "which engineers joined in 2019 or later",
                "gold_sql": "SELECT * FROM employees WHERE department = 'Engineering' "
                "AND hire_date >= '2019-01-01'",
            }
        )
        + "\n"
    )
    output = evaluate("--cases", str(path))
    assert summary(output)["correct"] == "1"
    assert "verified 1" in output
    assert "at least 1 model calls saved" in output


@pytest.mark.usefixtures("pipeline")
def test_evaluate_counts_attempts_the_guard_refused(
    fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    managers = "SELECT COUNT(*) FROM employees WHERE title = 'Manager'"
    path = write_cases(
        tmp_path, [{"id": "managers", "question": "how many managers?", "gold_sql": managers}]
    )
    fake_openai.replies([sql_reply("SELECT * FROM auth_user"), sql_reply(managers)])
    output = evaluate("--cases", str(path), "--engine", "openai")
    assert summary(output)["correct"] == "1"
    assert "Attempts refused by the guard: 1." in output


# --- issue 9.6: nothing measured is a failure, and evaluation runs stay out of the way ----------


def evaluate_failing(*args: str) -> tuple[str, str]:
    out = StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("evaluate", *args, stdout=out)
    return out.getvalue(), str(failure.value)


@pytest.mark.usefixtures("pipeline")
def test_openai_without_a_key_fails_min_accuracy(tmp_path: Path) -> None:
    path = write_cases(
        tmp_path, [{"id": "n", "question": "how many interns?", "gold_sql": "SELECT 1"}]
    )
    output, error = evaluate_failing(
        "--cases", str(path), "--engine", "openai", "--min-accuracy", "0.9"
    )
    row = summary(output)
    assert (row["answered"], row["errors"], row["accuracy"]) == ("0", "1", "—")
    assert error == "1 case(s) ended in an error (see --show-failures); accuracy not measured."


@pytest.mark.usefixtures("pipeline")
def test_no_answered_case_fails_even_min_accuracy_zero(tmp_path: Path) -> None:
    path = write_cases(
        tmp_path, [{"id": "x", "question": "what is the CEO's salary?", "gold_sql": None}]
    )
    output, error = evaluate_failing("--cases", str(path), "--min-accuracy", "0")
    assert summary(output)["accuracy"] == "—"
    assert error == "No case was answered, so accuracy could not be measured."


@pytest.mark.usefixtures("pipeline")
def test_evaluation_questions_are_logged_as_such_and_hidden_by_default(
    tmp_path: Path, admin_client: Any, api_client: Any
) -> None:
    from gptbridge.models import QueryLog

    path = write_cases(
        tmp_path,
        [{"id": "m", "question": "How many employees are in Marketing?", "gold_sql": None}],
    )
    evaluate_failing("--cases", str(path))  # answered although it "should" be refused
    call_command("ask", "How many employees are in Sales?", stdout=StringIO())
    asked = api_client.post("/search", {"message": "How many employees are in HR?"}, format="json")
    assert asked.status_code == 200
    assert dict(QueryLog.objects.values_list("question", "origin")) == {
        "How many employees are in Marketing?": "evaluate",
        "How many employees are in Sales?": "cli",
        "How many employees are in HR?": "api",
    }
    page = admin_client.get("/admin/gptbridge/querylog/").content.decode()
    assert "in Sales?" in page
    assert "in Marketing?" not in page
    everything = admin_client.get("/admin/gptbridge/querylog/", {"origin": "all"}).content
    assert "in Marketing?" in everything.decode()
    only = admin_client.get("/admin/gptbridge/querylog/", {"origin": "evaluate"}).content
    assert "in Sales?" not in only.decode()
