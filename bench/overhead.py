"""Benchmark 2, overhead: the server's own cost per question with a model that answers at once.

With the fake model's delay at 0, what is left of a question's latency is the server's work plus
the fake server's handling of each call. Per mode (answer: 2 model calls, rows: 1, offline: 0):

- light load (one client, questions back to back): client-side latency p50/p99, minus the fake
  server's own service time per call (measured directly against it) times the calls made. The
  openai SDK's work (building the request, parsing the reply) is server CPU and stays counted.
  The QueryLog's stage timings (compose / query / narrate / total inside the pipeline) are
  reported alongside, so the part outside the pipeline (HTTP, Django, DRF, auth, logging) shows.
- saturation: closed loops of growing size; the best questions/s reached is reported.

answer and rows run with GPTBRIDGE_ENGINE=openai (the model path); offline runs with the
served default (auto + fast path) and a question the offline engine understands.
"""

import http.client
import json
import math
import time
from dataclasses import dataclass
from typing import Any

from bench.harness import (
    HOST,
    OFFLINE_QUESTION,
    TWO_CALL_QUESTIONS,
    WALKTHROUGH_QUESTION,
    BenchDatabase,
    BenchResult,
    FakeModel,
    Server,
    app_env,
    bench_database,
    cpu_line,
    fake_model,
    fmt,
    gunicorn_server,
    measure_load,
    percentile,
    print_flush,
    question_body,
    warm_up,
)


@dataclass(frozen=True)
class Mode:
    name: str
    engine_setting: str  # GPTBRIDGE_ENGINE for the server
    question: str
    answer_format: str
    expect_engine: str


MODES = (
    Mode("answer", "openai", WALKTHROUGH_QUESTION, "answer", "openai"),
    Mode("rows", "openai", WALKTHROUGH_QUESTION, "rows", "openai"),
    Mode("offline", "auto", OFFLINE_QUESTION, "answer", "offline"),
)
LIGHT_SECONDS, QUICK_LIGHT_SECONDS = 15.0, 4.0
SATURATION_CLIENTS, QUICK_SATURATION_CLIENTS = (4, 16, 64), (16,)
SATURATION_SECONDS, QUICK_SATURATION_SECONDS = 15.0, 5.0


def run(quick: bool = False, *, server_env: dict[str, str] | None = None) -> BenchResult:
    light_seconds = QUICK_LIGHT_SECONDS if quick else LIGHT_SECONDS
    sweep = QUICK_SATURATION_CLIENTS if quick else SATURATION_CLIENTS
    saturation_seconds = QUICK_SATURATION_SECONDS if quick else SATURATION_SECONDS
    per_mode: dict[str, dict[str, Any]] = {}
    with bench_database("overhead") as database, fake_model(0.0) as fake:
        fake_call_s = fake_service_time(fake)
        for engine_setting in dict.fromkeys(mode.engine_setting for mode in MODES):
            # Every question takes the model path it names: no answer cache, no verified match.
            overrides = {
                "GPTBRIDGE_ENGINE": engine_setting,
                **TWO_CALL_QUESTIONS,
                **(server_env or {}),
            }
            env = app_env(database.url, fake_url=fake.url, overrides=overrides)
            with gunicorn_server(env) as server:
                for mode in MODES:
                    if mode.engine_setting == engine_setting:
                        per_mode[mode.name] = measure_mode(
                            mode, server, database, fake, light_seconds, sweep, saturation_seconds
                        )
    return report(per_mode, fake_call_s, server_env or {})


def fake_service_time(fake: FakeModel, calls: int = 200) -> dict[str, float]:
    """The fake server's own time per call: a compose-sized request, back to back, kept alive.

    This is what the fake contributes to each model call at delay 0 (loopback + its handling);
    subtracting it leaves the server's side of the call (the SDK's work) in the overhead.
    """
    messages = [
        {"role": "system", "content": "x" * 1200},
        {"role": "system", "content": "y" * 700},
        {"role": "user", "content": WALKTHROUGH_QUESTION},
        {"role": "user", "content": "Provide a single SQL query to obtain the desired result."},
    ]
    body = json.dumps(
        {"model": "bench", "messages": messages, "response_format": {"type": "json_object"}}
    ).encode()
    connection = http.client.HTTPConnection(HOST, fake.port, timeout=10)
    timings = []
    try:
        for _ in range(calls):
            begun = time.perf_counter()
            connection.request(
                "POST", "/v1/chat/completions", body, {"Content-Type": "application/json"}
            )
            connection.getresponse().read()
            timings.append(time.perf_counter() - begun)
    finally:
        connection.close()
    return {"p50": percentile(timings, 50), "p99": percentile(timings, 99)}


def measure_mode(
    mode: Mode,
    server: Server,
    database: BenchDatabase,
    fake: FakeModel,
    light_seconds: float,
    sweep: tuple[int, ...],
    saturation_seconds: float,
) -> dict[str, Any]:
    body = question_body(mode.question, mode.answer_format)
    print_flush(f"overhead: {mode.name} (one client for {light_seconds:.0f} s, then saturation)")
    warm_up(server, body, clients=8, seconds=3)
    light = measure_load(
        server,
        database,
        body,
        clients=1,
        duration=light_seconds,
        expect_engine=mode.expect_engine,
        other_processes={"fake_model": fake.process.pid},
    )
    saturation = []
    for clients in sweep:
        measured = measure_load(
            server,
            database,
            body,
            clients=clients,
            duration=saturation_seconds,
            expect_engine=mode.expect_engine,
            other_processes={"fake_model": fake.process.pid},
        )
        saturation.append(measured.summary())
    return {"mode": mode.__dict__, "light": light.summary(), "saturation": saturation}


def report(
    per_mode: dict[str, dict[str, Any]], fake_call_s: dict[str, float], server_env: dict[str, str]
) -> BenchResult:
    result = BenchResult("overhead")
    for name, measured in per_mode.items():
        light = measured["light"]
        calls_seen = light["query_log"]["model_calls"]
        # The calls a question of this mode made, as the server logged them (most common value).
        model_calls = int(max(calls_seen, key=calls_seen.get)) if calls_seen else 0
        fake_share = model_calls * fake_call_s["p50"]
        latency = light["latency_s"]
        outside_p50 = latency["p50"] - fake_share
        outside_p99 = latency["p99"] - fake_share
        pipeline = light["query_log"]["total_ms"]
        best = max(measured["saturation"], key=lambda s: s["throughput_per_s"])
        errors = light["errors"] + sum(s["errors"] for s in measured["saturation"])
        measured["server_ms_outside_model"] = {"p50": outside_p50 * 1000, "p99": outside_p99 * 1000}
        measured["model_calls_per_question"] = model_calls
        result.add(
            f"{name}: server time per question outside the model calls, p50 / p99",
            f"{outside_p50 * 1000:.1f} / {outside_p99 * 1000:.1f} ms (latency p50 "
            f"{latency['p50'] * 1000:.1f} ms - {model_calls} x {fake_call_s['p50'] * 1000:.1f} "
            f"ms fake; of it the pipeline {fmt(pipeline['p50'] - fake_share * 1000)} ms, "
            f"the SQL {fmt(light['query_log']['query_ms']['p50'])} ms)",
        )
        result.add(
            f"{name}: questions/s at saturation",
            f"{best['throughput_per_s']:.0f} q/s at {best['clients']} clients "
            f"({fmt(best['server_cpu_ms_per_answer'])} ms server CPU/question; "
            f"{cpu_line(best)})" + (f"; {errors} errors" if errors else ""),
            "0 errors",
            errors == 0,
        )
    result.data = {
        "fake_call_s": fake_call_s,
        "server_env": server_env,
        "modes": per_mode,
        "method": (
            "client latency at one client, minus model calls x the fake server's own p50 "
            "service time; QueryLog stage timings alongside"
        ),
    }
    if any(math.isnan(v) for v in fake_call_s.values()):
        result.notes.append("the fake server's service time could not be measured")
    return result
