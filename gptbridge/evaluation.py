"""Execution accuracy of an engine over question / gold-SQL cases (`manage.py evaluate`).

Each case's question goes through `answer_question` exactly as the API would run it (guard,
executor and all); its gold SQL runs on a plain cursor; the two result sets are compared.

Scoring:
- A case with gold SQL is *correct* when the answer's rows equal the gold rows: values
  normalised (dates as ISO text, 2019 == 2019.0 == Decimal("2019"), UUIDs without dashes),
  column names ignored, extra answer columns allowed (the gold columns must appear among them,
  in any order). When the gold query has an ORDER BY the row order must match too, except
  between rows the gold ORDER BY keys cannot tell apart (ties may come in any order).
- A case whose gold_sql is null is a question the directory cannot answer ("what's the CEO's
  salary?"): refusing it is right, answering it counts as wrong.
- accuracy = correct answers / answered cases ("—", no number, when nothing was answered);
  coverage = answered / cases with gold SQL.

Every question is logged like any other, tagged `origin="evaluate"`; the question log's admin
leaves those entries out unless asked for them, so evaluation runs do not bury real questions.
"""

import datetime as dt
import itertools
import json
import math
import re
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import sqlglot
from django.conf import settings
from django.db import connection
from django.test import override_settings
from sqlglot import exp
from sqlglot.errors import SqlglotError

from directory_gpt.errors import DomainError
from gptbridge.domain import Answer, Usage
from gptbridge.errors import Unanswerable
from gptbridge.schema import active_dialect

DEFAULT_CASES = Path(settings.BASE_DIR) / "evals" / "cases.jsonl"
# Far above the 500-row fixture: the comparison needs whole result sets, not the API's page.
EVALUATION_MAX_ROWS = 10_000
EVALUATION_ROWS_MAX_CHARS = 100_000_000
ORDER_KEY_PREFIX = "eval_order_key_"
_UUID = re.compile(
    r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"
)

Outcome = Literal["correct", "wrong", "refused", "error"]
Row = tuple[Any, ...]


class CasesFileError(ValueError):
    """The cases file is missing or malformed; the message says where."""


@dataclass(frozen=True)
class EvalCase:
    id: str
    question: str
    gold_sql: str | None
    ordered: bool | None = None  # None: ordered iff the gold query has an outer ORDER BY
    tags: tuple[str, ...] = ()
    today: dt.date | None = None  # the date relative questions ("last 3 years") assume


@dataclass
class CaseResult:
    case: EvalCase
    outcome: Outcome
    detail: str = ""
    latency_ms: float = 0.0
    sql: str = ""
    model_calls: int = 0
    usage: Usage = field(default_factory=Usage)
    engine: str = ""  # who answered: openai, offline, verified, cached ("" when refused)
    guard_refusals: int = 0  # attempts the guard refused, each a model call wasted

    @property
    def answered(self) -> bool:
        return self.outcome in ("correct", "wrong")


@dataclass
class EvalReport:
    engine: str
    results: list[CaseResult]

    def count(self, *outcomes: Outcome) -> int:
        return sum(1 for result in self.results if result.outcome in outcomes)

    @property
    def answered(self) -> int:
        return self.count("correct", "wrong")

    @property
    def answerable(self) -> int:
        return sum(1 for result in self.results if result.case.gold_sql is not None)

    @property
    def accuracy(self) -> float | None:
        """Correct answers over answered questions; None when nothing was answered."""
        return self.count("correct") / self.answered if self.answered else None

    def accuracy_shortfall(self, minimum: float) -> str | None:
        """Why this run fails `--min-accuracy`, or None. Errors and "nothing answered" fail it:
        a run whose engine could not answer (no key, upstream down) has measured nothing."""
        errors = self.count("error")
        if errors:
            return (
                f"{errors} case(s) ended in an error (see --show-failures); accuracy not measured."
            )
        if self.accuracy is None:
            return "No case was answered, so accuracy could not be measured."
        if self.accuracy < minimum:
            return f"Accuracy {self.accuracy:.1%} is below --min-accuracy {minimum:.1%}."
        return None

    @property
    def coverage(self) -> float:
        answered = sum(1 for r in self.results if r.answered and r.case.gold_sql is not None)
        return answered / self.answerable if self.answerable else 0.0

    @property
    def model_calls(self) -> int:
        return sum(result.model_calls for result in self.results)

    @property
    def usage(self) -> Usage:
        total = Usage()
        for result in self.results:
            total = total + result.usage
        return total

    def latency_percentile(self, percentile: float) -> float:
        latencies = sorted(r.latency_ms for r in self.results if r.answered)
        if not latencies:
            return 0.0
        index = min(len(latencies) - 1, math.ceil(percentile / 100 * len(latencies)) - 1)
        return latencies[max(0, index)]


# --- cases -------------------------------------------------------------------------------------


def load_cases(path: Path) -> list[EvalCase]:
    """Cases from a JSON-lines file; blank lines and lines starting with # are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CasesFileError(f"cannot read {path}: {exc.strerror}") from exc
    cases: list[EvalCase] = []
    for number, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            cases.append(_case(line, f"{path.name}:{number}"))
    ids = Counter(case.id for case in cases)
    duplicates = sorted(case_id for case_id, seen in ids.items() if seen > 1)
    if duplicates:
        raise CasesFileError(f"{path.name}: duplicate case ids {', '.join(duplicates)}")
    if not cases:
        raise CasesFileError(f"{path.name}: no cases")
    return cases


def _case(line: str, where: str) -> EvalCase:
    try:
        data = json.loads(line)
        today = data.get("today")
        return EvalCase(
            id=str(data["id"]),
            question=str(data["question"]),
            gold_sql=data.get("gold_sql") or None,
            ordered=data.get("ordered"),
            tags=tuple(data.get("tags", ())),
            today=dt.date.fromisoformat(today) if today else None,
        )
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CasesFileError(f"{where}: not a valid case ({exc})") from exc


# --- running -----------------------------------------------------------------------------------

AskFunction = Callable[..., Answer]


def evaluate(
    cases: Sequence[EvalCase],
    *,
    engine: str,
    today: dt.date | None = None,
    answer_format: Literal["rows", "answer"] = "rows",
    ask: AskFunction | None = None,
    progress: Callable[[CaseResult], None] | None = None,
) -> EvalReport:
    """Run every case through the pipeline and score it."""
    if ask is None:
        from gptbridge.service import answer_question

        ask = answer_question
    results = []
    # The comparison needs whole result sets, not the API's character budget.
    with override_settings(GPTBRIDGE_ROWS_MAX_CHARS=EVALUATION_ROWS_MAX_CHARS):
        for case in cases:
            result = run_case(
                case, engine=engine, today=today, answer_format=answer_format, ask=ask
            )
            results.append(result)
            if progress is not None:
                progress(result)
    return EvalReport(engine=engine, results=results)


def run_case(
    case: EvalCase,
    *,
    engine: str,
    today: dt.date | None,
    answer_format: Literal["rows", "answer"],
    ask: AskFunction,
) -> CaseResult:
    started = time.perf_counter()
    try:
        answer = ask(
            case.question,
            answer_format=answer_format,
            engine=engine,
            today=case.today or today,
            max_rows=EVALUATION_MAX_ROWS,
            origin="evaluate",
        )
    except DomainError as exc:
        return _unanswered(case, exc, (time.perf_counter() - started) * 1000)
    latency = (time.perf_counter() - started) * 1000
    result = _score(case, answer)
    result.latency_ms = latency
    result.sql, result.model_calls, result.usage = answer.sql, answer.model_calls, answer.usage
    result.engine = answer.engine
    result.guard_refusals = _guard_refusals(_logged_attempts(answer.question_id))
    return result


def _unanswered(case: EvalCase, error: DomainError, latency_ms: float) -> CaseResult:
    if isinstance(error, Unanswerable):
        result = CaseResult(case, "refused", detail=error.message)
    else:
        result = CaseResult(case, "error", detail=f"{error.code}: {error.message}")
    result.latency_ms = latency_ms
    result.model_calls, result.usage = _spent_without_answer(error)
    result.guard_refusals = _guard_refusals(error.trace.attempts if error.trace else [])
    return result


def _logged_attempts(question_id: int | None) -> list[dict[str, str]]:
    from gptbridge.models import QueryLog

    if question_id is None:
        return []
    logged = QueryLog.objects.filter(pk=question_id).values_list("attempts", flat=True).first()
    return logged if isinstance(logged, list) else []


def _guard_refusals(attempts: list[dict[str, str]]) -> int:
    """Attempts the guard refused (each one a model call spent on a query that never ran)."""
    return sum(1 for attempt in attempts if attempt.get("stage") == "guard")


def verified_cases() -> list[EvalCase]:
    """The active verified questions as cases: does the pipeline still answer them right?"""
    from gptbridge.models import VerifiedQuestion

    rows = VerifiedQuestion.objects.filter(retired=False).order_by("id")
    return [
        EvalCase(id=f"verified-{pk}", question=question, gold_sql=sql)
        for pk, question, sql in rows.values_list("id", "question", "sql")
    ]


def _spent_without_answer(error: DomainError) -> tuple[int, Usage]:
    """Model calls and tokens of a question that raised, from the trace the error carries."""
    trace = error.trace
    if trace is None:
        return 0, Usage()
    return trace.model_calls, trace.total_usage()


def _score(case: EvalCase, answer: Answer) -> CaseResult:
    if case.gold_sql is None:
        return CaseResult(case, "wrong", detail="answered a question that should be refused")
    if answer.truncated:
        return CaseResult(case, "wrong", detail=f"the answer was cut at {answer.row_count} rows")
    gold = run_gold(case.gold_sql)
    ordered = case.ordered if case.ordered is not None else gold.ordered
    predicted = [normalise_row(row.values()) for row in answer.rows]
    if results_match(gold, predicted, ordered=ordered):
        return CaseResult(case, "correct")
    return CaseResult(case, "wrong", detail=_difference(gold.rows, predicted))


def _difference(gold: list[Row], predicted: list[Row]) -> str:
    return (
        f"expected {len(gold)} rows {_preview(gold)}, got {len(predicted)} rows "
        f"{_preview(predicted)}"
    )


def _preview(rows: list[Row]) -> str:
    shown = ", ".join(str(row) for row in rows[:3])
    return f"[{shown}{', ...' if len(rows) > 3 else ''}]"


# --- gold results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldResult:
    rows: list[Row]
    ordered: bool
    # Per row, the gold ORDER BY key values; rows with equal keys may come in any order.
    # None when the keys could not be read (then the order must match exactly).
    order_keys: list[Row] | None = None


def run_gold(sql: str) -> GoldResult:
    """The gold query's rows, with its ORDER BY keys when it has one."""
    query = _parse(sql)
    ordered = query is not None and bool(query.args.get("order"))
    keyed = _with_order_keys(query) if ordered and query is not None else None
    if keyed is not None:
        sql_with_keys, key_count = keyed
        rows = _fetch(sql_with_keys)
        return GoldResult(
            rows=[row[:-key_count] for row in rows],
            ordered=True,
            order_keys=[row[-key_count:] for row in rows],
        )
    return GoldResult(rows=_fetch(sql), ordered=ordered)


def _fetch(sql: str) -> list[Row]:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return [normalise_row(row) for row in cursor.fetchall()]


def _parse(sql: str) -> exp.Expr | None:
    try:
        return sqlglot.parse_one(sql, read=active_dialect())
    except SqlglotError:
        return None


def _with_order_keys(query: exp.Expr) -> tuple[str, int] | None:
    """The gold query with its ORDER BY expressions appended as extra output columns."""
    if not isinstance(query, exp.Select) or query.args.get("distinct"):
        return None  # extra columns would change what DISTINCT keeps
    keyed = query.copy()
    outputs = list(keyed.expressions)
    aliases = {e.alias_or_name.lower(): e for e in outputs if isinstance(e, exp.Alias)}
    keys: list[exp.Expression] = []
    for ordered in keyed.args["order"].expressions:
        key = _order_expression(ordered.this, outputs, aliases)
        if key is None:
            return None
        keys.append(key)
    extra = [key.copy().as_(f"{ORDER_KEY_PREFIX}{i}") for i, key in enumerate(keys)]
    try:
        return keyed.select(*extra, copy=False).sql(dialect=active_dialect()), len(extra)
    except SqlglotError:
        return None


def _order_expression(
    key: exp.Expression, outputs: list[exp.Expression], aliases: dict[str, exp.Alias]
) -> exp.Expression | None:
    if isinstance(key, exp.Literal) and key.is_int:  # ORDER BY 2
        position = int(key.this) - 1
        if not 0 <= position < len(outputs):
            return None
        output = outputs[position]
        return output.this if isinstance(output, exp.Alias) else output
    if isinstance(key, exp.Column) and not key.table and key.name.lower() in aliases:
        return aliases[key.name.lower()].this  # ORDER BY an output alias
    return key


# --- comparison --------------------------------------------------------------------------------


def normalise_row(values: Iterable[Any]) -> Row:
    return tuple(normalise_value(value) for value in values)


def normalise_value(value: Any) -> Any:
    """One representation per value, whichever database or JSON conversion produced it."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal | float):
        number = float(value)
        return int(number) if number.is_integer() else round(number, 6)
    if isinstance(value, str) and _UUID.match(value):
        return value.replace("-", "").lower()
    return value


def results_match(gold: GoldResult, predicted: list[Row], *, ordered: bool) -> bool:
    if len(gold.rows) != len(predicted):
        return False
    if not gold.rows:
        return True
    width = len(gold.rows[0])
    for columns in _column_mappings(gold.rows, predicted, width):
        projected = [tuple(row[i] for i in columns) for row in predicted]
        if _rows_match(gold, projected, ordered=ordered):
            return True
    return False


def _column_mappings(
    gold: list[Row], predicted: list[Row], width: int
) -> Iterable[tuple[int, ...]]:
    """Ways to pick, for each gold column, a distinct answer column holding the same values."""
    predicted_width = len(predicted[0])
    if predicted_width < width:
        return []
    gold_columns = [Counter(_key(row[j]) for row in gold) for j in range(width)]
    answer_columns = [Counter(_key(row[k]) for row in predicted) for k in range(predicted_width)]
    candidates = [
        [k for k in range(predicted_width) if answer_columns[k] == gold_columns[j]]
        for j in range(width)
    ]
    return (
        mapping for mapping in itertools.product(*candidates) if len(set(mapping)) == len(mapping)
    )


def _key(value: Any) -> tuple[str, str]:
    """A hashable, type-stable key (1 and "1" stay different)."""
    return (type(value).__name__ if not isinstance(value, int | float) else "number", repr(value))


def _rows_match(gold: GoldResult, predicted: list[Row], *, ordered: bool) -> bool:
    gold_keys = [tuple(_key(v) for v in row) for row in gold.rows]
    answer_keys = [tuple(_key(v) for v in row) for row in predicted]
    if not ordered:
        return Counter(gold_keys) == Counter(answer_keys)
    if gold.order_keys is None:
        return gold_keys == answer_keys
    for start, end in _tie_blocks(gold.order_keys):
        if Counter(gold_keys[start:end]) != Counter(answer_keys[start:end]):
            return False
    return True


def _tie_blocks(order_keys: list[Row]) -> list[tuple[int, int]]:
    """Runs of consecutive rows with equal ORDER BY keys, as (start, end) index pairs."""
    blocks: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(order_keys) + 1):
        if index == len(order_keys) or order_keys[index] != order_keys[start]:
            blocks.append((start, index))
            start = index
    return blocks


# --- report ------------------------------------------------------------------------------------


def format_report(report: EvalReport) -> str:
    """The summary as a Markdown table."""
    usage = report.usage
    header = (
        "| engine | cases | answered | correct | wrong | refused | errors | accuracy | coverage "
        "| model calls | tokens (prompt + completion) | p50 ms | p95 ms |"
    )
    divider = "|" + "---|" * 13
    row = (
        f"| {report.engine} | {len(report.results)} | {report.answered} | "
        f"{report.count('correct')} | {report.count('wrong')} | {report.count('refused')} | "
        f"{report.count('error')} | {format_share(report.accuracy)} | {report.coverage:.1%} | "
        f"{report.model_calls} | {usage.prompt_tokens} + {usage.completion_tokens} | "
        f"{report.latency_percentile(50):.1f} | {report.latency_percentile(95):.1f} |"
    )
    out_of_scope = [r for r in report.results if r.case.gold_sql is None]
    refused = sum(1 for r in out_of_scope if r.outcome == "refused")
    note = f"Out-of-scope questions (gold_sql null) refused: {refused} of {len(out_of_scope)}."
    return "\n".join([header, divider, row, "", note])


STAGE_1_FREE_ENGINES = ("verified", "cached", "offline")


def format_savings(report: EvalReport) -> str:
    """Stage-1 model calls the fast paths saved, and model calls the guard's refusals wasted."""
    by_engine = Counter(result.engine for result in report.results if result.answered)
    free = {engine: by_engine.get(engine, 0) for engine in STAGE_1_FREE_ENGINES}
    wasted = sum(result.guard_refusals for result in report.results)
    parts = ", ".join(f"{engine} {count}" for engine, count in free.items())
    return (
        f"Answered without a stage-1 model call: {parts} "
        f"(at least {sum(free.values())} model calls saved). "
        f"Attempts refused by the guard: {wasted}."
    )


def format_share(share: float | None) -> str:
    """A percentage, or "—" when there is nothing to divide by."""
    return "—" if share is None else f"{share:.1%}"


def format_failures(report: EvalReport) -> str:
    lines = []
    for result in report.results:
        if result.outcome == "correct" or (
            result.outcome == "refused" and result.case.gold_sql is None
        ):
            continue
        expected = "refusal" if result.case.gold_sql is None else "an answer"
        lines.append(f"- [{result.outcome}] {result.case.id}: {result.case.question!r}")
        lines.append(f"  expected {expected}; {result.detail}")
        if result.sql:
            lines.append(f"  SQL: {result.sql}")
    return "\n".join(lines)
