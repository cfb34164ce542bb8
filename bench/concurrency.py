"""Benchmark 1, concurrency: 64 clients for 60 s against the served configuration, the fake model
taking 1 s per call, `format: answer`.

Every question takes the model path (GPTBRIDGE_ENGINE=openai), so each costs exactly the two
model calls the target assumes: the ideal is 64 / (2 x 1 s) = 32 questions/s, the target 90% of
it, with no errors and at most 20 PostgreSQL connections.
"""

from typing import Any

from bench.harness import (
    WALKTHROUGH_QUESTION,
    BenchResult,
    Measurement,
    Server,
    app_env,
    bench_database,
    cpu_line,
    fake_model,
    fmt,
    gunicorn_server,
    measure_load,
    ms,
    print_flush,
    question_body,
    warm_up,
)

CLIENTS = 64
MODEL_DELAY_S = 1.0
MODEL_CALLS_PER_QUESTION = 2
DURATION_S = 60.0
QUICK_DURATION_S = 15.0
THROUGHPUT_SHARE_TARGET = 0.9
MAX_CONNECTIONS = 20
# Clients start spread over one ideal question (2 s) instead of all in the same millisecond:
# with a fixed model delay, a simultaneous start stays phase-locked, and each worker then
# meets 32 questions at once, every 2 s, which real traffic never does. `--ramp-up 0` keeps
# that thundering herd (a harsher test; see bench/README.md for both results).
RAMP_UP_S = MODEL_CALLS_PER_QUESTION * MODEL_DELAY_S


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
    with (
        bench_database("concurrency") as database,
        fake_model(MODEL_DELAY_S) as fake,
        gunicorn_server(
            app_env(
                database.url,
                fake_url=fake.url,
                overrides={"GPTBRIDGE_ENGINE": "openai", **(server_env or {})},
            )
        ) as server,
    ):
        print_flush(
            f"concurrency: {CLIENTS} clients for {duration:.0f} s, starting over {ramp_up:.0f} s"
        )
        warm_up(server, body, clients=CLIENTS, seconds=2 * MODEL_DELAY_S * 2 + 1)
        measurement = measure_load(
            server,
            database,
            body,
            clients=CLIENTS,
            duration=duration,
            expect_engine="openai",
            other_processes={"fake_model": fake.process.pid},
            ramp_up=ramp_up,
        )
        config = server_config(server)
    return report(measurement, config, server_env or {})


def server_config(server: Server) -> dict[str, Any]:
    return {"workers": len(server.worker_pids()), "server_pid": server.pid}


def report(
    measurement: Measurement, config: dict[str, Any], server_env: dict[str, str]
) -> BenchResult:
    summary = measurement.summary()
    ideal = CLIENTS / (MODEL_CALLS_PER_QUESTION * MODEL_DELAY_S)
    throughput = summary["throughput_per_s"]
    latency = summary["latency_s"]
    result = BenchResult("concurrency")
    result.add(
        f"throughput ({CLIENTS} clients, {summary['duration_s']:.0f} s, "
        f"{summary['ramp_up_s']:.0f} s ramp-up)",
        f"{throughput:.1f} q/s ({throughput / ideal:.0%} of ideal {ideal:.0f})",
        f">= {THROUGHPUT_SHARE_TARGET * ideal:.1f} q/s",
        throughput >= THROUGHPUT_SHARE_TARGET * ideal,
    )
    result.add(
        "latency p50 / p95 / p99",
        f"{ms(latency['p50'])} / {ms(latency['p95'])} / {ms(latency['p99'])}",
        f"ideal {MODEL_CALLS_PER_QUESTION * MODEL_DELAY_S * 1000:.0f} ms + overhead",
    )
    log = summary["query_log"]
    result.add(
        "server-side p50: pipeline (compose / query / narrate)",
        f"{fmt(log['total_ms']['p50'], 0)} ms ({fmt(log['compose_ms']['p50'], 0)} / "
        f"{fmt(log['query_ms']['p50'], 0)} / {fmt(log['narrate_ms']['p50'], 0)} ms); "
        f"outside it (HTTP, queueing for a thread, Django): "
        f"{latency['p50'] * 1000 - log['total_ms']['p50']:.0f} ms",
    )
    errors = summary["errors"]
    result.add(
        "errors",
        f"{errors} of {summary['requests']}" + (f" {summary['error_kinds']}" if errors else ""),
        "0",
        errors == 0,
    )
    peak = summary["postgres_connections_peak"]
    result.add(
        "peak PostgreSQL connections",
        f"{fmt(peak, 0)} (peak active {fmt(summary['postgres_active_peak'], 0)}, "
        f"{summary['postgres_sessions_opened']} sessions opened)",
        f"<= {MAX_CONNECTIONS}",
        peak <= MAX_CONNECTIONS,
    )
    rss = summary["server_rss_mb"]
    result.add(
        "peak server RSS (master + workers)",
        f"{fmt(rss['peak'], 0)} MB (PSS {fmt(summary['server_pss_mb_peak'], 0)} MB)",
    )
    result.add(
        "CPU",
        f"server {fmt(summary['server_cpu_ms_per_answer'], 1)} ms/question; {cpu_line(summary)}",
    )
    result.add(
        "client connections per worker (max)",
        ", ".join(str(v) for v in summary["worker_connections_max"].values()) or "n/a",
    )
    result.data = {
        "clients": CLIENTS,
        "model_delay_s": MODEL_DELAY_S,
        "ideal_throughput_per_s": ideal,
        "server_env": server_env,
        "server": config,
        **summary,
        "postgres_samples": [(round(t, 2), s) for t, s in measurement.postgres.samples[::10]],
        "server_samples": [(round(t, 1), s) for t, s in measurement.server.samples],
    }
    return result
