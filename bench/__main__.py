"""The benchmark runner: `python -m bench [--only concurrency,overhead,scale,cost,examples,soak]
[--quick]`.

Needs the bench-only packages: `pip install -r requirements-bench.txt` (`make bench` does).

Runs the chosen benchmarks one after another (each starts and stops what it needs), writes each
one's figures to bench/results/<name>-<timestamp>.json and prints one markdown table at the end.
`--write-readme` also puts that table, with the machine it ran on, into bench/README.md.
"""

import argparse
import inspect
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any

from bench import concurrency, cost, examples, overhead, soak
from bench.harness import (
    BenchResult,
    machine_info,
    machine_line,
    print_flush,
    results_table,
    write_json,
)

ORDER = ("concurrency", "overhead", "scale", "cost", "examples", "soak")
README = Path(__file__).resolve().parent / "README.md"
README_START = "<!-- bench:results:start -->"
README_END = "<!-- bench:results:end -->"


def run_scale(quick: bool, server_env: dict[str, str]) -> BenchResult:
    """bench/scale.py (a separate module): its function returns a dict and prints its own table."""
    try:
        from bench import scale
    except ImportError as exc:
        result = BenchResult("scale")
        result.add("not run", f"bench/scale.py is not importable ({exc})", met=False)
        return result
    function: Callable[..., Any] | None = getattr(scale, "run", None) or getattr(
        scale, "main", None
    )
    if function is None:
        raise RuntimeError("bench/scale.py has neither run() nor main()")
    parameters = inspect.signature(function).parameters
    kwargs: dict[str, Any] = {"quick": quick} if "quick" in parameters else {}
    if "server_env" in parameters:
        kwargs["server_env"] = server_env
    data = function(**kwargs)
    if isinstance(data, BenchResult):
        return data
    result = BenchResult("scale", data=data if isinstance(data, dict) else {"result": data})
    for key, value in result.data.items():
        if key != "machine" and isinstance(value, int | float | str | bool):
            if isinstance(value, bool | str):
                shown = str(value)
            else:
                shown = f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
            result.add(str(key), shown)
    for name, plan in result.data.get("explain", {}).items():
        if isinstance(plan, dict):
            used = ", ".join(plan.get("indexes", [])) or "no index"
            scan = " + Seq Scan" if plan.get("seq_scan") else ""
            timing = plan.get("execution_ms")
            result.add(
                f"EXPLAIN {name}",
                f"{used}{scan}" + (f"; {timing:.1f} ms" if isinstance(timing, float) else ""),
            )
    return result


def _runner(name: str, args: argparse.Namespace, server_env: dict[str, str]) -> BenchResult:
    if name == "concurrency":
        return concurrency.run(
            args.quick,
            server_env=server_env,
            duration=args.seconds,
            ramp_up=args.ramp_up,
            levels=args.clients,
        )
    if name == "overhead":
        return overhead.run(args.quick, server_env=server_env)
    if name == "scale":
        return run_scale(args.quick, server_env)
    if name == "cost":
        return cost.run(args.quick, server_env=server_env)
    if name == "examples":
        return examples.run(args.quick)
    if name == "soak":
        return soak.run(
            args.quick, server_env=server_env, duration=args.soak_seconds, ramp_up=args.ramp_up
        )
    raise ValueError(name)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--only", default=",".join(ORDER), help=f"comma-separated, from: {', '.join(ORDER)}"
    )
    parser.add_argument("--quick", action="store_true", help="short runs, for a smoke test")
    parser.add_argument(
        "--seconds", type=float, help="concurrency run length per client level (default 60)"
    )
    parser.add_argument(
        "--clients",
        type=lambda text: tuple(int(part) for part in text.split(",")),
        default=concurrency.CLIENT_LEVELS,
        help="concurrency client levels, comma-separated (default 64,256,1024)",
    )
    parser.add_argument("--soak-seconds", type=float, help="soak length (default 600)")
    parser.add_argument(
        "--ramp-up",
        type=float,
        help="seconds over which concurrency/soak clients start (default 2; 0 = all at once)",
    )
    parser.add_argument(
        "--server-env",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra environment for the served app, e.g. DATABASE_POOL_MAX_SIZE=10 or "
        "GUNICORN_CMD_ARGS='--worker-connections 40' (repeatable)",
    )
    parser.add_argument(
        "--fake-nagle",
        action="store_true",
        help="run the fake model with Nagle on, as tests/fakes ships it (~40 ms more per call)",
    )
    parser.add_argument("--write-readme", action="store_true", help="update bench/README.md")
    args = parser.parse_args(argv)
    args.selected = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(args.selected) - set(ORDER)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    return args


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    # Turn SIGTERM into an exception so every context manager stops what it started.
    raise KeyboardInterrupt(f"signal {signum}")


def write_readme(table: str, info: dict[str, Any], argv: list[str], notes: list[str]) -> None:
    text = README.read_text()
    if README_START not in text or README_END not in text:
        raise RuntimeError(f"{README} has no {README_START} ... {README_END} block")
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = " ".join(["python -m bench", *argv]).strip()
    block = "\n".join(
        [
            README_START,
            f"Ran {when} on {machine_line(info)}, with `{command}`.",
            "",
            table,
            "",
            *[f"- {note}" for note in notes],
            README_END,
        ]
    )
    head, rest = text.split(README_START, 1)
    tail = rest.split(README_END, 1)[1]
    README.write_text(head + block + tail)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    if args.fake_nagle:
        os.environ["BENCH_FAKE_NAGLE"] = "1"
    server_env = dict(item.split("=", 1) for item in args.server_env)
    info = machine_info()
    print_flush(f"machine: {machine_line(info)}")
    if info["cpu_busy_before_start"] > 0.15:
        print_flush(
            f"warning: the machine is already {info['cpu_busy_before_start']:.0%} busy; "
            "other work will skew the figures (each table shows it as 'other processes')"
        )
    results: list[BenchResult] = []
    crashed = False
    for name in [name for name in ORDER if name in args.selected]:
        started = time.monotonic()
        try:
            result = _runner(name, args, server_env)
        except Exception as exc:  # one failing benchmark must not stop the rest
            traceback.print_exc()
            crashed = True
            result = BenchResult(name)
            result.add("failed", f"{type(exc).__name__}: {str(exc)[:300]}", met=False)
        elapsed = time.monotonic() - started
        path = write_json(
            name,
            {
                "benchmark": name,
                "quick": args.quick,
                "argv": argv,
                "machine": info,
                "elapsed_s": elapsed,
                "metrics": [asdict(metric) for metric in result.metrics],
                "notes": result.notes,
                "data": result.data,
            },
        )
        print_flush(f"\n{results_table([result])}\n({elapsed:.0f} s; {path})\n")
        results.append(result)
    table = results_table(results)
    notes = [f"{result.name}: {note}" for result in results for note in result.notes]
    print_flush("\n" + table + "\n" + "\n".join(f"- {note}" for note in notes))
    if args.write_readme:
        write_readme(table, info, argv, notes)
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
