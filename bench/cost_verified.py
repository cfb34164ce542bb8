"""The cost benchmark's verified-answers section: model calls and tokens per question before and
after the shipped evaluation set (`evals/cases.jsonl`) is loaded as verified questions, asking
the held-out paraphrases (`evals/paraphrases.jsonl`, never loaded as verified).

Each paraphrase takes the path the pipeline would take (`gptbridge.verified.find_verified`, then
the offline engine, then the model), decided by the project's own functions; "before" has no
verified questions, "after" has them (`manage.py import_verified`'s code). A model answer costs
one stage-1 call whose prompt is the real `compose_messages` (after: with the verified examples
`gptbridge.examples` picks) and whose reply is the paraphrase's gold SQL; every answer with rows
costs one stage-2 call in the `answer` format, as in the rest of `bench/cost.py`. A verified
match is also checked: do its rows equal the paraphrase's gold rows? Finally the verified
questions themselves are asked again (repeats), before and after loading.

Runs inside the cost benchmark's measuring subprocess (Django set up on the bench database).
"""

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

from bench.harness import BenchResult


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def measure(cases_path: Path, paraphrases_path: Path, counter: Any) -> dict[str, Any]:
    from gptbridge.verified_io import import_verified

    paraphrases, cases = _load(paraphrases_path), _load(cases_path)
    before = [_question_cost(case, counter, learned=False) for case in paraphrases]
    repeats_before = [_question_cost(case, counter, learned=False) for case in cases]
    summary = import_verified(cases_path.read_text(), "jsonl")
    after = [_question_cost(case, counter, learned=True) for case in paraphrases]
    repeats_after = [_question_cost(case, counter, learned=True) for case in cases]
    return {
        "verified_loaded": summary.created + summary.updated,
        "questions": len(paraphrases),
        "before": before,
        "after": after,
        "repeats": {"before": repeats_before, "after": repeats_after},
    }


def _question_cost(case: dict[str, Any], counter: Any, *, learned: bool) -> dict[str, Any]:
    from django.conf import settings
    from django.utils import timezone

    from gptbridge.schema import active_dialect
    from gptbridge.verified import find_verified, offline_sql, verified_version

    question, gold = str(case["question"]), case.get("gold_sql")
    today = dt.date.fromisoformat(case["today"]) if case.get("today") else timezone.localdate()
    dialect = active_dialect()
    version = verified_version()
    match = (
        find_verified(question, dialect=dialect, today=today, version=version) if learned else None
    )
    entry: dict[str, Any] = {"id": case.get("id", ""), "compose": 0, "narrate": 0, "calls": 0}
    if match is not None:
        entry.update(path="verified", sql=match.sql, correct=_same_rows(match.sql, gold))
    elif (sql := offline_sql(question, dialect=dialect, today=today)) is not None:
        entry.update(path="offline", sql=sql)
    else:
        entry.update(path="model", sql=gold or "", calls=1)
        entry["compose"] = _compose_tokens(question, gold, today, counter, learned, version)
    narrate = _narrate_tokens(question, entry["sql"], counter, settings.GPTBRIDGE_MAX_ROWS)
    entry["narrate"] = narrate
    entry["narrate_calls"] = 1 if narrate else 0
    return entry


def _compose_tokens(
    question: str, gold: str | None, today: dt.date, counter: Any, learned: bool, version: str
) -> int:
    from gptbridge import prompts
    from gptbridge.domain import ComposeContext, Deadline
    from gptbridge.examples import examples_for
    from gptbridge.schema import active_dialect

    context = ComposeContext(
        dialect=active_dialect(),
        today=today,
        max_rows=100,
        deadline=Deadline.after(60),
        examples=examples_for(question, version=version) if learned else (),
    )
    reply = json.dumps({"sql": gold, "refusal": None if gold else "Not in the directory."})
    return int(counter.chat(prompts.compose_messages(question, context)) + counter.count(reply))


def _narrate_tokens(question: str, sql: str, counter: Any, max_rows: int) -> int:
    """Stage-2 tokens (prompt + estimated answer) when the query has rows; 0 otherwise."""
    from bench.cost import narration_estimate
    from directory_gpt.errors import DomainError
    from gptbridge import executor, guard, prompts
    from gptbridge.errors import GuardRejection, QueryFailed
    from gptbridge.schema import active_dialect

    if not sql:
        return 0
    dialect = active_dialect()
    try:
        guarded = guard.guard_sql(sql, dialect=dialect, max_rows=max_rows)
        result = executor.run_readonly_query(guarded, max_rows=max_rows)
    except (GuardRejection, QueryFailed, DomainError):
        return 0
    if not result.row_count:
        return 0
    messages = prompts.narrate_messages(question, guarded, result, dialect)
    return int(
        counter.chat(messages) + counter.count(narration_estimate(result.rows, result.truncated))
    )


def _same_rows(sql: str, gold: str | None) -> bool | None:
    from gptbridge.evaluation import normalise_row, results_match, run_gold

    if not gold:
        return None  # the paraphrase should be refused; a verified answer is wrong
    try:
        expected = run_gold(gold)
        got = run_gold(sql)
    except Exception:  # a failing query is simply not a match
        return False
    predicted = [normalise_row(row) for row in got.rows]
    return results_match(expected, predicted, ordered=expected.ordered)


# --- the runner's half ---------------------------------------------------------------------------


def _totals(entries: list[dict[str, Any]], answer_format: str) -> tuple[int, int]:
    calls = sum(entry["calls"] for entry in entries)
    tokens = sum(entry["compose"] for entry in entries)
    if answer_format == "answer":
        calls += sum(entry["narrate_calls"] for entry in entries)
        tokens += sum(entry["narrate"] for entry in entries)
    return calls, tokens


def add_to(result: BenchResult, data: dict[str, Any]) -> None:
    """The section's rows in the cost table."""
    count = data["questions"]
    before, after = data["before"], data["after"]
    paths = Counter(entry["path"] for entry in after)
    result.add(
        "verified: paraphrases asked / verified questions loaded",
        f"{count} / {data['verified_loaded']}; after loading, paths: verified "
        f"{paths['verified']}, offline {paths['offline']}, model {paths['model']} (before: "
        f"offline {sum(e['path'] == 'offline' for e in before)}, model "
        f"{sum(e['path'] == 'model' for e in before)})",
    )
    matched = [entry for entry in after if entry["path"] == "verified"]
    right = sum(1 for entry in matched if entry.get("correct"))
    result.add(
        "verified: matches whose rows equal the paraphrase's gold rows",
        f"{right} of {len(matched)}",
        "all",
        right == len(matched),
    )
    for answer_format in ("answer", "rows"):
        calls_before, tokens_before = _totals(before, answer_format)
        calls_after, tokens_after = _totals(after, answer_format)
        result.add(
            f"verified, {answer_format}: model calls / tokens per question, before -> after",
            f"{calls_before / count:.2f} -> {calls_after / count:.2f} calls; "
            f"{tokens_before / count:,.0f} -> {tokens_after / count:,.0f} tokens",
        )
    repeats = data.get("repeats")
    if repeats:
        calls_before, _ = _totals(repeats["before"], "rows")
        calls_after, _ = _totals(repeats["after"], "rows")
        served = sum(1 for entry in repeats["after"] if entry["path"] == "verified")
        result.add(
            "verified: the verified questions asked again, stage-1 calls before -> after",
            f"{calls_before} -> {calls_after} over {len(repeats['after'])} questions "
            f"({served} served as verified)",
        )
    stage_1 = [entry["compose"] for entry in after if entry["path"] == "model"]
    stage_1_before = [entry["compose"] for entry in before if entry["path"] == "model"]
    if stage_1 and stage_1_before:
        result.add(
            "verified: stage-1 tokens per model call, before -> after (examples in the prompt)",
            f"{sum(stage_1_before) / len(stage_1_before):,.0f} -> "
            f"{sum(stage_1) / len(stage_1):,.0f}",
        )
