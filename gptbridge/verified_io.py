"""Import and export of verified questions, in the format `evaluate` reads (JSON lines with
`question` and `gold_sql`) or as CSV with the same columns. Used by the admin and by
`manage.py import_verified` / `export_verified`.

Import is all or nothing: every line is parsed, and every query goes through the guard (both
dialects) and a dry run, before anything is written; if any line is bad, nothing is saved and
each bad line is reported. A line whose question is already verified (after normalisation)
replaces that question's SQL. Lines with `"gold_sql": null` (questions the directory should
refuse, as in `evals/cases.jsonl`) are skipped and counted.
"""

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from django.db import transaction

from gptbridge.models import VerifiedQuestion
from gptbridge.verified import InvalidVerifiedSql, normalise_question, validate_verified_sql

FileFormat = Literal["jsonl", "csv"]
FORMATS: tuple[FileFormat, ...] = ("jsonl", "csv")
CSV_COLUMNS = ("question", "gold_sql", "notes")
MAX_QUESTION_CHARS = 1000


@dataclass(frozen=True)
class Pair:
    line: int
    question: str
    sql: str | None
    notes: str = ""


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)


class ImportRejected(Exception):
    """The file had bad lines; nothing was imported. `problems` has one message per line."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} bad line(s); nothing was imported")


def format_of(path: Path | str, requested: str | None = None) -> FileFormat:
    name = (requested or Path(path).suffix.lstrip(".")).lower()
    if name in ("json", "jsonl", "ndjson"):
        return "jsonl"
    if name == "csv":
        return "csv"
    raise ValueError(f"unknown format {name!r}; use .jsonl or .csv")


# --- reading -----------------------------------------------------------------------------------


def read_pairs(text: str, file_format: FileFormat) -> tuple[list[Pair], list[str]]:
    """The file's pairs and a message per unreadable line."""
    return _read_jsonl(text) if file_format == "jsonl" else _read_csv(text)


def _read_jsonl(text: str) -> tuple[list[Pair], list[str]]:
    pairs: list[Pair] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: not JSON ({exc.msg})")
            continue
        _sort(_pair(number, data), pairs, problems)
    return pairs, problems


def _read_csv(text: str) -> tuple[list[Pair], list[str]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"question", "gold_sql"} - set(reader.fieldnames or ())
    if missing:
        return [], [f"line 1: the header needs the columns {', '.join(sorted(missing))}"]
    pairs: list[Pair] = []
    problems: list[str] = []
    for row in reader:
        _sort(_pair(reader.line_num, row), pairs, problems)
    return pairs, problems


def _sort(pair: Pair | str, pairs: list[Pair], problems: list[str]) -> None:
    if isinstance(pair, Pair):
        pairs.append(pair)
    else:
        problems.append(pair)


def _pair(number: int, data: Any) -> Pair | str:
    if not isinstance(data, dict):
        return f"line {number}: not an object with 'question' and 'gold_sql'"
    question, sql, notes = data.get("question"), data.get("gold_sql"), data.get("notes") or ""
    if not isinstance(question, str) or not question.strip():
        return f"line {number}: 'question' must be a non-empty string"
    if len(question) > MAX_QUESTION_CHARS:
        return f"line {number}: 'question' is longer than {MAX_QUESTION_CHARS} characters"
    if sql is not None and not isinstance(sql, str):
        return f"line {number}: 'gold_sql' must be a string or null"
    if not isinstance(notes, str):
        return f"line {number}: 'notes' must be a string"
    return Pair(number, question.strip(), (sql or "").strip() or None, notes)


# --- importing ---------------------------------------------------------------------------------


def import_verified(
    text: str, file_format: FileFormat, *, created_by: object | None = None
) -> ImportSummary:
    """Check every line, then save all of them in one transaction, or raise `ImportRejected`."""
    pairs, problems = read_pairs(text, file_format)
    summary = ImportSummary(skipped=sum(1 for pair in pairs if pair.sql is None))
    usable = [pair for pair in pairs if pair.sql is not None]
    for pair in usable:
        try:
            validate_verified_sql(pair.sql or "")
        except InvalidVerifiedSql as exc:
            problems.append(f"line {pair.line}: {exc.reason}")
    if problems:
        raise ImportRejected(sorted(problems, key=_line_number))
    user = created_by if getattr(created_by, "pk", None) is not None else None
    with transaction.atomic():
        for pair in usable:
            summary.created += _save(pair, user)
    summary.updated = len(usable) - summary.created
    return summary


def _line_number(problem: str) -> int:
    head = problem.split(":", 1)[0].removeprefix("line ")
    return int(head) if head.isdigit() else 0


def _save(pair: Pair, user: Any) -> int:
    """Save one pair; 1 when a question was created, 0 when an existing one was updated."""
    existing = VerifiedQuestion.objects.filter(
        normalised_question=normalise_question(pair.question), retired=False
    ).first()
    if existing is not None:
        existing.sql, existing.notes = pair.sql or "", pair.notes or existing.notes
        existing.save()
        return 0
    VerifiedQuestion.objects.create(
        question=pair.question, sql=pair.sql or "", notes=pair.notes, created_by=user
    )
    return 1


# --- exporting ---------------------------------------------------------------------------------


def export_records(
    *, include_retired: bool = False, ids: list[int] | None = None
) -> list[dict[str, str]]:
    rows = VerifiedQuestion.objects.order_by("id")
    if not include_retired:
        rows = rows.filter(retired=False)
    if ids is not None:
        rows = rows.filter(id__in=ids)
    return [
        {
            "id": f"verified-{row.id}",
            "question": row.question,
            "gold_sql": row.sql,
            "notes": row.notes,
        }
        for row in rows
    ]


def render_records(records: list[dict[str, str]], file_format: FileFormat) -> str:
    if file_format == "jsonl":
        return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()
