"""Benchmark 5, soak: 256 clients (the middle concurrency target, model 1 s a call) for 10
minutes (`--quick`: 1 minute).

Memory should stay flat and latency should not drift. The run is cut into ten equal slices;
the server's RSS (every process of the Procfile's web command) is compared between the first
and the last slice, latency p50 and p95 between the first and the last slice. Worker recycling
(gunicorn's GUNICORN_MAX_REQUESTS) shows as a new worker pid and a drop in RSS, and is reported.
"""

import math
from typing import Any

from bench.concurrency import MODEL_CALLS_PER_QUESTION, MODEL_DELAY_S, RAMP_UP_S
from bench.harness import (
    WALKTHROUGH_QUESTION,
    BenchResult,
    Measurement,
    cpu_line,
    fmt,
    measure_load,
    ms,
    percentile,
    print_flush,
    question_body,
    served_app,
    warm_up,
)

CLIENTS = 256
DURATION_S = 600.0
QUICK_DURATION_S = 60.0
SLICES = 10
MAX_RSS_GROWTH = 0.10  # end vs start
MAX_LATENCY_DRIFT = 0.10  # last slice's p50 vs the first's


def run(
    quick: bool = False,
    *,
    server_env: dict[str, str] | None = None,
    duration: float | None = None,
    ramp_up: float | None = None,
) -> BenchResult:
    duration = duration or (QUICK_DURATION_S if quick else DURATION_S)
    ramp_up = RAMP_UP_S if ramp_up is None else ramp_up
    body = question_body(WALKTHROUGH_QUESTION, "answer")
    with served_app("soak", model_delay=MODEL_DELAY_S, server_env=server_env) as app:
        print_flush(f"soak: {CLIENTS} clients for {duration:.0f} s")
        warm_up(app.server, body, clients=CLIENTS, seconds=2 * MODEL_DELAY_S * 2 + 1)
        measurement = measure_load(
            app.server,
            app.database,
            body,
            clients=CLIENTS,
            duration=duration,
            expect_engine="openai",
            other_processes={"fake_model": app.fake.process.pid},
            ramp_up=ramp_up,
            rss_interval=2.0,
        )
    return report(measurement, duration, server_env or {})


def slices(measurement: Measurement, duration: float) -> list[dict[str, Any]]:
    width = duration / SLICES
    out = []
    for index in range(SLICES):
        low, high = index * width, (index + 1) * width
        latencies = [o.latency for o in measurement.load.outcomes if o.ok and low <= o.start < high]
        rss = [s["rss_mb"] for t, s in measurement.server.samples if low <= t < high and s]
        out.append(
            {
                "from_s": low,
                "to_s": high,
                "answers": len(latencies),
                "p50_s": percentile(latencies, 50),
                "p95_s": percentile(latencies, 95),
                "rss_mb_mean": sum(rss) / len(rss) if rss else math.nan,
                "errors": sum(
                    1 for o in measurement.load.outcomes if not o.ok and low <= o.start < high
                ),
            }
        )
    return out


def report(measurement: Measurement, duration: float, server_env: dict[str, str]) -> BenchResult:
    summary = measurement.summary()
    parts = slices(measurement, duration)
    first, last = parts[0], parts[-1]
    rss_growth = last["rss_mb_mean"] / first["rss_mb_mean"] - 1
    p50_drift = last["p50_s"] / first["p50_s"] - 1
    p95_drift = last["p95_s"] / first["p95_s"] - 1
    ideal = CLIENTS / (MODEL_CALLS_PER_QUESTION * MODEL_DELAY_S)
    workers_seen = summary["worker_pids_seen"]
    first_workers: list[int] = next((s["workers"] for _, s in measurement.server.samples if s), [])
    result = BenchResult("soak")
    result.add(
        f"throughput ({CLIENTS} clients, "
        + (f"{duration / 60:.0f} min)" if duration >= 120 else f"{duration:.0f} s)"),
        f"{summary['throughput_per_s']:.1f} q/s ({summary['throughput_per_s'] / ideal:.0%} of "
        f"ideal {ideal:.0f})",
    )
    result.add(
        "errors",
        f"{summary['errors']} of {summary['requests']}"
        + (f" {summary['error_kinds']}" if summary["errors"] else ""),
        "0",
        summary["errors"] == 0,
    )
    result.add(
        "server RSS first / last slice (peak)",
        f"{fmt(first['rss_mb_mean'], 0)} / {fmt(last['rss_mb_mean'], 0)} MB "
        f"({rss_growth:+.1%}; peak {fmt(summary['server_rss_mb']['peak'], 0)} MB)",
        f"<= +{MAX_RSS_GROWTH:.0%}",
        rss_growth <= MAX_RSS_GROWTH,
    )
    result.add(
        "latency p50 first / last slice",
        f"{ms(first['p50_s'])} / {ms(last['p50_s'])} ({p50_drift:+.1%})",
        f"<= +{MAX_LATENCY_DRIFT:.0%}",
        p50_drift <= MAX_LATENCY_DRIFT,
    )
    result.add(
        "latency p95 first / last slice",
        f"{ms(first['p95_s'])} / {ms(last['p95_s'])} ({p95_drift:+.1%})",
    )
    result.add(
        "peak PostgreSQL connections",
        f"{fmt(summary['postgres_connections_peak'], 0)} "
        f"({summary['postgres_sessions_opened']} sessions opened)",
        "<= 20",
        summary["postgres_connections_peak"] <= 20,
    )
    result.add("CPU", cpu_line(summary))
    result.add(
        "workers recycled",
        f"{max(0, len(workers_seen) - len(first_workers))} (worker pids seen: {len(workers_seen)})",
    )
    result.data = {
        "clients": CLIENTS,
        "duration_s": duration,
        "server_env": server_env,
        "slices": parts,
        **summary,
        "server_samples": [(round(t, 1), s) for t, s in measurement.server.samples],
    }
    return result
