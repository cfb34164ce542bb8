"""Benchmark 4, cost: tokens per question by stage over the evaluation set, and the model calls
(and tokens) the fast path and `format: rows` save; then the same before and after the set is
loaded as verified questions, asking the held-out paraphrases (`bench/cost_verified.py`).

The prompts are the project's own (`gptbridge.prompts.compose_messages` / `narrate_messages`),
and the stage-2 prompt carries the real rows: each case's gold SQL goes through the pipeline's
guard and read-only executor on a bench database holding the 500 reference employees. Whether
the fast path answers a case is decided by the pipeline itself (`answer_question` with the
offline engine; `Unanswerable` means the model would be asked).

Counting: prompt tokens are exact for the message text (tiktoken, the model's encoding) plus the
chat format's fixed cost per message (3 tokens, +3 to prime the reply, as OpenAI documents for
its current models); the structured-output schema sent with stage 1 is counted separately.
Completion tokens are what the model would send back: stage 1 the gold SQL in the reply JSON
(exact for a model that writes the gold query), stage 2 an estimate (a one-line lead plus one
line per row; a real narration's length varies).

Tokenizer: tiktoken cannot download its BPE files here, so the o200k_base / cl100k_base ranks
bundled in the `bpe-openai` wheel are placed in a private TIKTOKEN_CACHE_DIR after their SHA-256
is checked against the hash tiktoken itself expects; tiktoken then never goes to the network.
Without tiktoken, bpe-openai counts alone; without either, the fake server's characters / 4.

The measuring half runs in a subprocess (`python -m bench.cost --measure ...`) so that Django is
set up against the bench database there, not in the runner.
"""

import argparse
import datetime as dt
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from bench.harness import (
    PYTHON,
    REPO_DIR,
    BenchError,
    BenchResult,
    app_env,
    bench_database,
    fmt,
    percentile,
    print_flush,
)

CASES_PATH = REPO_DIR / "evals" / "cases.jsonl"
PARAPHRASES_NAME = "paraphrases.jsonl"  # asked against the cases loaded as verified questions
# tiktoken's cache key is the SHA-1 of the URL its encoding definition loads the ranks from,
# and it accepts a cached file only with this SHA-256 (both from tiktoken_ext/openai_public.py).
RANK_FILES = {
    "o200k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    ),
    "cl100k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    ),
}
TOKENS_PER_MESSAGE = 3
TOKENS_TO_PRIME_REPLY = 3


# --- tokenizer ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TokenCounter:
    method: str
    count: Callable[[str], int]

    def chat(self, messages: Sequence[dict[str, str]]) -> int:
        total = TOKENS_TO_PRIME_REPLY
        for message in messages:
            total += TOKENS_PER_MESSAGE + sum(self.count(value) for value in message.values())
        return total


def encoding_name(model: str) -> str:
    try:
        import tiktoken

        return str(tiktoken.encoding_name_for_model(model))
    except (ImportError, KeyError):
        return "o200k_base"  # the encoding of OpenAI's current chat models


def bundled_ranks(name: str) -> bytes | None:
    """The encoding's rank file as shipped inside the bpe-openai wheel, if it is installed."""
    try:
        packed = resources.files("bpe_openai") / "data" / f"{name}.tiktoken.gz"
        return gzip.decompress(packed.read_bytes())
    except (ImportError, FileNotFoundError, OSError):
        return None


def tiktoken_offline(name: str) -> TokenCounter | None:
    if name not in RANK_FILES:
        return None
    try:
        import tiktoken
    except ImportError:
        return None
    url, expected_sha256 = RANK_FILES[name]
    ranks = bundled_ranks(name)
    # A file tiktoken would reject makes it download a fresh one: never hand it such a file.
    if ranks is None or hashlib.sha256(ranks).hexdigest() != expected_sha256:
        return None
    previous = os.environ.get("TIKTOKEN_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="bench-tiktoken-") as cache_dir:
        cache_key = hashlib.sha1(url.encode()).hexdigest()  # noqa: S324 - tiktoken's naming
        (Path(cache_dir) / cache_key).write_bytes(ranks)
        os.environ["TIKTOKEN_CACHE_DIR"] = cache_dir
        try:
            encoding = tiktoken.get_encoding(name)  # read once, then kept in memory
        finally:
            if previous is None:
                os.environ.pop("TIKTOKEN_CACHE_DIR", None)
            else:
                os.environ["TIKTOKEN_CACHE_DIR"] = previous
    return TokenCounter(
        f"tiktoken {tiktoken.__version__} {name} (ranks from bpe-openai, SHA-256 checked)",
        lambda text: len(encoding.encode(text, disallowed_special=())),
    )


def bpe_openai_counter(name: str) -> TokenCounter | None:
    try:
        import bpe_openai

        encoding = bpe_openai.get_encoding(name)
    except Exception:  # any failure means "not available here"
        return None
    return TokenCounter(f"bpe-openai {name}", lambda text: len(encoding.encode(text)))


def characters_counter() -> TokenCounter:
    return TokenCounter("fake server estimate (characters / 4)", lambda text: len(text) // 4)


def load_counter(model: str) -> tuple[TokenCounter, TokenCounter | None]:
    """The best counter available offline, and a second one to cross-check it with."""
    name = encoding_name(model)
    primary = tiktoken_offline(name)
    second = bpe_openai_counter(name)
    if primary is not None:
        return primary, second
    if second is not None:
        return second, None
    return characters_counter(), None


# --- measuring (inside Django, in the subprocess) ------------------------------------------------


def narration_estimate(rows: list[dict[str, Any]], truncated: bool) -> str:
    """Roughly what stage 2 sends back: a lead sentence, then the rows as plain lines."""
    lead = f"I found {len(rows)} employees; here they are, sorted in the natural order:"
    lines = [f"{i}. " + ", ".join(str(v) for v in row.values()) for i, row in enumerate(rows, 1)]
    tail = ["There are more than these; ask a narrower question to see them."] if truncated else []
    return "\n".join([lead, *lines, *tail])


def measure(cases_path: Path) -> dict[str, Any]:
    import django

    django.setup()
    from django.conf import settings
    from django.utils import timezone

    from directory_gpt.errors import DomainError
    from gptbridge import executor, guard, prompts
    from gptbridge.domain import ComposeContext, Deadline
    from gptbridge.errors import GuardRejection, QueryFailed, Unanswerable
    from gptbridge.schema import active_dialect
    from gptbridge.service import answer_question

    counter, cross_check = load_counter(settings.OPENAI_MODEL)
    characters = characters_counter()
    dialect = active_dialect()
    max_rows = settings.GPTBRIDGE_MAX_ROWS
    schema_tokens = counter.count(json.dumps(prompts.SQL_REPLY_SCHEMA))
    cases = [json.loads(line) for line in cases_path.read_text().splitlines() if line.strip()]
    measured = []
    mismatches = 0
    for case in cases:
        question, gold = str(case["question"]), case.get("gold_sql")
        # Relative-date cases carry the day their gold SQL was written for.
        today = dt.date.fromisoformat(case["today"]) if case.get("today") else timezone.localdate()
        context = ComposeContext(
            dialect=dialect,
            today=today,
            max_rows=max_rows,
            deadline=Deadline.after(60),
        )
        compose = prompts.compose_messages(question, context)
        reply = json.dumps({"sql": gold, "refusal": None if gold else "Not in the directory."})
        entry: dict[str, Any] = {
            "id": case.get("id", ""),
            "question": question,
            "compose_prompt": counter.chat(compose),
            "compose_completion": counter.count(reply),
            "compose_prompt_chars4": characters.chat(compose),
            "narrate_prompt": 0,
            "narrate_completion": 0,
            "narrate_prompt_chars4": 0,
            "row_count": None,
            "error": "",
            "gold_selects_all": bool(gold) and "select *" in " ".join(str(gold).lower().split()),
        }
        texts = [m["content"] for m in compose]
        if gold:
            try:
                sql = guard.guard_sql(gold, dialect=dialect, max_rows=max_rows)
                result = executor.run_readonly_query(sql, max_rows=max_rows)
            except (GuardRejection, QueryFailed) as exc:
                entry["error"] = f"{type(exc).__name__}: {exc.reason}"
            except DomainError as exc:
                entry["error"] = f"{type(exc).__name__}: {exc.message}"
            else:
                entry["row_count"] = result.row_count
                if result.row_count:  # no rows: the pipeline answers without stage 2
                    narrate = prompts.narrate_messages(question, sql, result, dialect)
                    entry["narrate_prompt"] = counter.chat(narrate)
                    entry["narrate_prompt_chars4"] = characters.chat(narrate)
                    estimate = narration_estimate(result.rows, result.truncated)
                    entry["narrate_completion"] = counter.count(estimate)
                    texts += [m["content"] for m in narrate]
        if cross_check is not None:
            mismatches += sum(counter.count(t) != cross_check.count(t) for t in texts)
        try:
            answer_question(question, answer_format="rows", engine="offline", today=today)
            entry["offline"] = True
        except Unanswerable:
            entry["offline"] = False
        except DomainError as exc:
            entry["offline"] = False
            entry["offline_error"] = f"{type(exc).__name__}: {exc.message}"
        measured.append(entry)
    from bench import cost_verified

    verified = cost_verified.measure(cases_path, cases_path.with_name(PARAPHRASES_NAME), counter)
    return {
        "verified": verified,
        "model": settings.OPENAI_MODEL,
        "tokenizer": counter.method,
        "cross_check": None
        if cross_check is None
        else {"with": cross_check.method, "texts_that_differ": mismatches},
        "response_format_schema_tokens": schema_tokens,
        "cases": measured,
    }


# --- the runner's half ----------------------------------------------------------------------------


def run(quick: bool = False, *, server_env: dict[str, str] | None = None) -> BenchResult:
    if not CASES_PATH.exists():
        result = BenchResult("cost")
        result.add("evaluation set", f"missing: {CASES_PATH.relative_to(REPO_DIR)}", met=False)
        return result
    print_flush(f"cost: tokens over {CASES_PATH.relative_to(REPO_DIR)}")
    with bench_database("cost") as database, tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "cost.json"
        # No model is called here: the key is empty so nothing could reach one.
        env = app_env(database.url, overrides={"OPENAI_API_KEY": "", **(server_env or {})})
        completed = subprocess.run(
            [PYTHON, "-m", "bench.cost", "--measure", str(CASES_PATH), "--out", str(out)],
            cwd=REPO_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
        if completed.returncode != 0:
            raise BenchError(f"cost measurement failed:\n{(completed.stderr or '')[-3000:]}")
        data = json.loads(out.read_text())
    return report(data)


def _stats(values: list[int]) -> str:
    if not values:
        return "n/a"
    mean = sum(values) / len(values)
    return f"mean {mean:.0f}, p50 {percentile(values, 50):.0f}, max {max(values)}"


def report(data: dict[str, Any]) -> BenchResult:
    cases = data["cases"]
    result = BenchResult("cost")
    scenarios = {
        "answer, model only": _scenario(cases, answer_format="answer", fast_path=False),
        "answer, fast path": _scenario(cases, answer_format="answer", fast_path=True),
        "rows, model only": _scenario(cases, answer_format="rows", fast_path=False),
        "rows, fast path": _scenario(cases, answer_format="rows", fast_path=True),
    }
    base = scenarios["answer, model only"]
    offline = sum(1 for case in cases if case["offline"])
    errors = [case for case in cases if case["error"]]
    result.add("tokenizer", data["tokenizer"])
    result.add(
        "evaluation set",
        f"{len(cases)} questions; the fast path answers {offline} ({offline / len(cases):.0%})"
        + (f"; gold SQL failed for {len(errors)}" if errors else ""),
    )
    narrated = [case for case in cases if case["narrate_prompt"]]
    result.add("stage 1 prompt tokens/question", _stats([c["compose_prompt"] for c in cases]))
    result.add(
        "stage 1 completion tokens/question", _stats([c["compose_completion"] for c in cases])
    )
    result.add("stage 2 prompt tokens/question", _stats([c["narrate_prompt"] for c in narrated]))
    result.add(
        "stage 2 completion tokens/question (estimate)",
        _stats([c["narrate_completion"] for c in narrated]),
    )
    for name, scenario in scenarios.items():
        saved_calls = base["calls"] - scenario["calls"]
        saved_tokens = base["tokens"] - scenario["tokens"]
        result.add(
            f"{name}: model calls / tokens over the set",
            f"{scenario['calls']} calls, {scenario['tokens']:,} tokens "
            f"({scenario['tokens'] / len(cases):,.0f}/question)"
            + (
                f" (saves {saved_calls} calls = {saved_calls / base['calls']:.0%}, "
                f"{saved_tokens:,} tokens = {saved_tokens / base['tokens']:.0%})"
                if scenario is not base and base["calls"]
                else ""
            ),
        )
    exact = sum(c["compose_prompt"] + c["narrate_prompt"] for c in cases)
    rough = sum(c["compose_prompt_chars4"] + c["narrate_prompt_chars4"] for c in cases)
    if exact:
        result.add("fake server's characters/4 vs tokenizer (prompts)", fmt(rough / exact, 2, "x"))
    if data.get("cross_check"):
        check = data["cross_check"]
        result.add(f"cross-check with {check['with']}", f"{check['texts_that_differ']} differ")
    select_all = sum(1 for case in cases if case["narrate_prompt"] and case.get("gold_selects_all"))
    if select_all:
        result.notes.append(
            f"{select_all} of {len(narrated)} narrated cases' gold SQL selects every column "
            "(SELECT *), so their stage-2 prompts and answers are larger than a model that "
            "selects only the columns asked for would make them"
        )
    if data.get("verified"):
        from bench import cost_verified

        cost_verified.add_to(result, data["verified"])
    result.notes.append(
        f"stage 1 also sends a {data['response_format_schema_tokens']}-token JSON schema "
        "(structured output), not in the counts above"
    )
    result.data = {**data, "scenarios": scenarios}
    return result


def _scenario(
    cases: list[dict[str, Any]], *, answer_format: str, fast_path: bool
) -> dict[str, int]:
    """Model calls and tokens over the set, by the pipeline's rules (first attempt succeeds)."""
    calls = tokens = 0
    for case in cases:
        if fast_path and case["offline"]:
            continue
        calls += 1
        tokens += case["compose_prompt"] + case["compose_completion"]
        if answer_format == "answer" and case["narrate_prompt"]:
            calls += 1
            tokens += case["narrate_prompt"] + case["narrate_completion"]
    return {"calls": calls, "tokens": tokens}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Count tokens over the evaluation set.")
    parser.add_argument("--measure", type=Path, required=True, help="cases.jsonl")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.write_text(json.dumps(measure(args.measure), indent=2))


if __name__ == "__main__":
    main(sys.argv[1:])
