"""How long the offline engine takes to compose SQL: `python -m bench.offline_compose`.

Runs `OfflineEngine.compose` (tokens -> lexemes -> Earley parse -> plan -> SQL, no database
query except the cached directory names) over every question of the shipped eval sets on the
fixture, twice: cold (parse caches emptied before each question) and warm (the same questions
again, as in production where question shapes repeat). Prints p50 / p95 / max in milliseconds.
"""

import argparse
import contextlib
import datetime as dt
import json
import os
import statistics
import sys
import time
from pathlib import Path

EVALS = Path(__file__).resolve().parent.parent / "evals"
SETS = ("cases.jsonl", "paraphrases.jsonl", "families.jsonl")


def questions() -> list[str]:
    found = []
    for name in SETS:
        for line in (EVALS / name).read_text().splitlines():
            if line.strip() and not line.startswith("#"):
                found.append(json.loads(line)["question"])
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def measure(repeat: int) -> dict[str, dict[str, float]]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directory_gpt.settings")
    import django

    django.setup()
    from gptbridge.domain import ComposeContext, Deadline
    from gptbridge.engines.offline import OfflineEngine
    from gptbridge.engines.offline.names import directory_names
    from gptbridge.engines.offline.parser import _parse_types, _pruned_parser
    from gptbridge.errors import Unanswerable

    engine = OfflineEngine()
    context = ComposeContext("sqlite", dt.date(2024, 1, 15), 1000, Deadline.after(60))
    directory_names()  # the names are cached for minutes in production too
    asked = questions()
    timings: dict[str, list[float]] = {"cold": [], "warm": []}
    for round_ in range(repeat + 1):
        for question in asked:
            if round_ == 0:
                _parse_types.cache_clear()
                _pruned_parser.cache_clear()
            started = time.perf_counter()
            with contextlib.suppress(Unanswerable):
                engine.compose(question, context)
            timings["cold" if round_ == 0 else "warm"].append(
                (time.perf_counter() - started) * 1000
            )
    return {
        name: {
            "questions": len(values),
            "p50_ms": round(statistics.median(values), 2),
            "p95_ms": round(percentile(values, 0.95), 2),
            "max_ms": round(max(values), 2),
        }
        for name, values in timings.items()
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="warm rounds (default 3)")
    args = parser.parse_args(argv)
    results = measure(args.repeat)
    print("| run | questions | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|")
    for name, figures in results.items():
        print(
            f"| {name} | {figures['questions']} | {figures['p50_ms']} | {figures['p95_ms']} | "
            f"{figures['max_ms']} |"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
