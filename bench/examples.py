"""Benchmark, examples: how long choosing the verified examples for one question takes.

`gptbridge.examples.ExampleIndex.most_similar` over N verified question/SQL pairs (default
10,000), for a mix of questions, measured with `time.perf_counter` per lookup after one warm-up.
The pairs are the shipped evaluation questions with their words varied, so the index holds many
near-duplicates, as a real verified set grown from a question log would. No database is used:
the index is built from the pairs in memory, as `example_index()` builds it once per version.

Run alone: `python -m bench.examples [--pairs 10000] [--lookups 500]`; or
`python -m bench --only examples`.
"""

import argparse
import json
import os
import random
import sys
import time
from typing import Any

from bench.harness import REPO_DIR, BenchResult, fmt, percentile, print_flush

TARGET_MS = 5.0
WORDS = ("please", "now", "all", "the", "current", "team", "people", "list", "show", "me")


def _pairs(count: int, rng: random.Random) -> list[tuple[str, str]]:
    base = []
    for line in (REPO_DIR / "evals" / "cases.jsonl").read_text().splitlines():
        if line.strip():
            case = json.loads(line)
            base.append((str(case["question"]), str(case.get("gold_sql") or "SELECT 1")))
    pairs = []
    for number in range(count):
        question, sql = base[number % len(base)]
        extra = " ".join(rng.sample(WORDS, 2))
        pairs.append((f"{question} {extra} {number}", sql))
    return pairs


def measure(pairs: int = 10_000, lookups: int = 500, seed: int = 13) -> dict[str, Any]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directory_gpt.settings")
    import django

    django.setup()
    from gptbridge.examples import ExampleIndex

    rng = random.Random(seed)
    data = _pairs(pairs, rng)
    started = time.perf_counter()
    index = ExampleIndex.build(data)
    build_ms = (time.perf_counter() - started) * 1000
    questions = [question for question, _ in rng.sample(data, min(lookups, len(data)))]
    index.most_similar(questions[0], k=3, budget=2000)  # warm-up
    timings, cpu = [], []
    for question in questions:
        started, started_cpu = time.perf_counter(), time.thread_time()
        index.most_similar(question.upper() + "?", k=3, budget=2000)
        cpu.append((time.thread_time() - started_cpu) * 1000)
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "pairs": pairs,
        "lookups": len(timings),
        "build_ms": build_ms,
        "lookup_ms": timings,
        "lookup_cpu_ms": cpu,
    }


def run(quick: bool = False, **_: Any) -> BenchResult:
    pairs, lookups = (10_000, 100) if quick else (10_000, 500)
    print_flush(f"examples: {lookups} lookups over {pairs:,} verified pairs")
    data = measure(pairs, lookups)
    timings, cpu = data.pop("lookup_ms"), data.pop("lookup_cpu_ms")
    result = BenchResult("examples", data={**data, "lookup_ms_p50": percentile(timings, 50)})
    result.add("index build (once per verified-set version)", fmt(data["build_ms"], 0, " ms"))
    target = f"< {TARGET_MS:.0f} ms"
    for label, values in (("wall", timings), ("CPU", cpu)):
        p50, p95 = percentile(values, 50), percentile(values, 95)
        result.add(f"lookup {label} p50", fmt(p50, 2, " ms"), target, p50 < TARGET_MS)
        result.add(f"lookup {label} p95", fmt(p95, 2, " ms"), target, p95 < TARGET_MS)
    return result


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--lookups", type=int, default=500)
    args = parser.parse_args(argv)
    data = measure(args.pairs, args.lookups)
    timings, cpu = data["lookup_ms"], data["lookup_cpu_ms"]
    print_flush(
        f"{args.pairs:,} pairs: build {data['build_ms']:.0f} ms; lookup wall p50 "
        f"{percentile(timings, 50):.2f} ms, p95 {percentile(timings, 95):.2f} ms; CPU p50 "
        f"{percentile(cpu, 50):.2f} ms, p95 {percentile(cpu, 95):.2f} ms "
        f"({len(timings)} lookups)"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
