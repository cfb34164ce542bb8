"""Benchmark 1, concurrency: 64, 256 and 1,024 clients against the served configuration, the fake
model taking 1 s per call, `format: answer`; beside the reference Node app when it is present.

Every question takes the model path (GPTBRIDGE_ENGINE=openai), so each costs exactly the two
model calls the targets assume: the ideal is clients / (2 x 1 s) questions/s. Targets (issue 11):
64 clients >= 0.95 of ideal; 256 clients >= 0.9 of ideal and at least the reference app's
throughput; 1,024 clients with no errors, at most 20 PostgreSQL connections and at most 512 MB
of server RSS. One server serves all three levels in turn (each after its own warm-up).
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.harness import (
    RESULTS_DIR,
    WALKTHROUGH_QUESTION,
    BenchDatabase,
    BenchResult,
    Measurement,
    Server,
    cpu_line,
    fmt,
    measure_load,
    ms,
    print_flush,
    question_body,
    reference_app,
    served_app,
    warm_up,
)

CLIENT_LEVELS = (64, 256, 1024)
MODEL_DELAY_S = 1.0
MODEL_CALLS_PER_QUESTION = 2
DURATION_S = 60.0
QUICK_DURATION_S = 10.0
SHARE_TARGETS = {64: 0.95, 256: 0.9}
MAX_CONNECTIONS = 20
MAX_RSS_MB = 512
# Clients start spread over one ideal question (2 s) instead of all in the same millisecond:
# with a fixed model delay, a simultaneous start stays phase-locked, and each worker then
# meets its share of the clients at once, every 2 s, which real traffic never does.
# `--ramp-up 0` keeps that thundering herd (a harsher test).
RAMP_UP_S = MODEL_CALLS_PER_QUESTION * MODEL_DELAY_S
PLOT_PATH = RESULTS_DIR / "concurrency.png"


def ideal(clients: int) -> float:
    return clients / (MODEL_CALLS_PER_QUESTION * MODEL_DELAY_S)


@dataclass
class Level:
    clients: int
    ours: dict[str, Any]
    reference: dict[str, Any] | None


def run(
    quick: bool = False,
    *,
    server_env: dict[str, str] | None = None,
    duration: float | None = None,
    ramp_up: float | None = None,
    levels: tuple[int, ...] = CLIENT_LEVELS,
) -> BenchResult:
    duration = duration or (QUICK_DURATION_S if quick else DURATION_S)
    ramp_up = RAMP_UP_S if ramp_up is None else ramp_up
    body = question_body(WALKTHROUGH_QUESTION, "answer")
    results: list[Level] = []
    with served_app("concurrency", model_delay=MODEL_DELAY_S, server_env=server_env) as app:
        fake_pid = {"fake_model": app.fake.process.pid}
        with reference_app(app.database, app.fake) as reference:
            for clients in levels:
                print_flush(f"concurrency: {clients} clients for {duration:.0f} s")
                run_at = (clients, duration, ramp_up)
                ours = _measure(app.server, app.database, body, *run_at, fake_pid)
                theirs = None
                if reference is not None:
                    print_flush(f"concurrency: reference app, {clients} clients")
                    theirs = _measure(reference, app.database, body, *run_at, {})
                results.append(Level(clients, ours, theirs))
        workers = len(app.server.worker_pids())
    result = report(results, server_env or {}, workers)
    plot_path = draw(results)
    if plot_path is not None:
        result.notes.append(f"throughput and p95 latency against clients: {plot_path.name}")
    return result


def _measure(
    server: Server,
    database: BenchDatabase,
    body: bytes,
    clients: int,
    duration: float,
    ramp_up: float,
    others: dict[str, int],
) -> dict[str, Any]:
    warm_up(server, body, clients=clients, seconds=2 * MODEL_CALLS_PER_QUESTION * MODEL_DELAY_S)
    measurement: Measurement = measure_load(
        server,
        database,
        body,
        clients=clients,
        duration=duration,
        other_processes=others,
        ramp_up=ramp_up,
    )
    return measurement.summary()


def report(levels: list[Level], server_env: dict[str, str], workers: int) -> BenchResult:
    result = BenchResult("concurrency")
    for level in levels:
        _report_level(result, level)
    result.data = {
        "model_delay_s": MODEL_DELAY_S,
        "server_env": server_env,
        "workers": workers,
        "levels": [
            {
                "clients": lv.clients,
                "ideal_per_s": ideal(lv.clients),
                "ours": lv.ours,
                "reference": lv.reference,
            }
            for lv in levels
        ],
    }
    return result


def _report_level(result: BenchResult, level: Level) -> None:
    clients, summary = level.clients, level.ours
    throughput = summary["throughput_per_s"]
    target, met = _throughput_target(level)
    reference = (
        f"; reference app {level.reference['throughput_per_s']:.1f} q/s" if level.reference else ""
    )
    result.add(
        f"{clients} clients: throughput",
        f"{throughput:.1f} q/s ({throughput / ideal(clients):.2f} of ideal "
        f"{ideal(clients):.0f}){reference}",
        target,
        met,
    )
    latency = summary["latency_s"]
    theirs = level.reference["latency_s"]["p95"] if level.reference else None
    result.add(
        f"{clients} clients: latency p50 / p95",
        f"{ms(latency['p50'])} / {ms(latency['p95'])}"
        + (f" (reference app p95 {ms(theirs)})" if theirs is not None else ""),
    )
    errors = summary["errors"]
    their_errors = (
        f" (reference app {level.reference['errors']} of {level.reference['requests']})"
        if level.reference
        else ""
    )
    result.add(
        f"{clients} clients: errors",
        f"{errors} of {summary['requests']}"
        + (f" {summary['error_kinds']}" if errors else "")
        + their_errors,
        "0" if clients >= 1024 else "",
        errors == 0 if clients >= 1024 else None,
    )
    peak, rss = summary["postgres_connections_peak"], summary["server_rss_mb"]["peak"]
    big = clients >= 1024
    result.add(
        f"{clients} clients: peak PostgreSQL connections / server RSS",
        f"{fmt(peak, 0)} / {fmt(rss, 0)} MB",
        f"<= {MAX_CONNECTIONS} / <= {MAX_RSS_MB} MB" if big else "",
        (peak <= MAX_CONNECTIONS and rss <= MAX_RSS_MB) if big else None,
    )
    result.add(
        f"{clients} clients: CPU",
        f"server {fmt(summary['server_cpu_ms_per_answer'], 1)} ms/question; {cpu_line(summary)}",
    )


def _throughput_target(level: Level) -> tuple[str, bool | None]:
    share = SHARE_TARGETS.get(level.clients)
    if share is None:
        return "", None
    throughput = level.ours["throughput_per_s"]
    floor = share * ideal(level.clients)
    met = throughput >= floor
    target = f">= {floor:.1f} q/s"
    if level.clients == 256 and level.reference:
        met = met and throughput >= level.reference["throughput_per_s"]
        target += " and >= reference"
    return target, met


def draw(levels: list[Level], path: Path = PLOT_PATH) -> Path | None:
    """Throughput and p95 latency against clients (ours, the reference app's, the ideal) as a
    PNG; None when matplotlib is not installed (requirements-bench.txt)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print_flush("concurrency: matplotlib is not installed; no plot drawn")
        return None
    clients = [lv.clients for lv in levels]
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    left.plot(clients, [ideal(c) for c in clients], "k--", label="ideal (clients / 2 s)")
    left.plot(clients, [lv.ours["throughput_per_s"] for lv in levels], "o-", label="directory_gpt")
    right.plot(clients, [lv.ours["latency_s"]["p95"] for lv in levels], "o-", label="directory_gpt")
    referenced = [(lv.clients, lv.reference) for lv in levels if lv.reference]
    if referenced:
        xs = [c for c, _ in referenced]
        left.plot(xs, [r["throughput_per_s"] for _, r in referenced], "s-", label="reference app")
        right.plot(xs, [r["latency_s"]["p95"] for _, r in referenced], "s-", label="reference app")
    for axes, title, unit in ((left, "throughput", "questions/s"), (right, "p95 latency", "s")):
        axes.set_xscale("log", base=2)
        axes.set_xticks(clients, [str(c) for c in clients])
        axes.set_xlabel("clients (closed loop, model 1 s a call)")
        axes.set_ylabel(unit)
        axes.set_title(title)
        axes.grid(alpha=0.3)
        axes.legend()
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path
