"""CPU per question inside the app, without an HTTP server: where issue 11's "less CPU" stands.

`python -m bench.inprocess [--questions 400] [--ablate sdk,middleware]` makes a bench database
and the fake model (answering at once), then runs a child process that imports the ASGI
application (`directory_gpt.asgi`, the served stack: ReusedThreads, MCP routing, Django's
middleware, the adrf view) and sends it POST /search requests one after another, in the same
process, through the ASGI interface. It prints the child's CPU milliseconds per question for the
walk-through question (`format: answer`, two model calls over loopback HTTP) and for an offline
question (`Who works in Marketing?`, no model call). The load generator, HTTP parsing and the
fake model are not in the figure; PostgreSQL's side is not either.

`--ablate` removes a part to show what it costs (the answers stay correct):
- `sdk`: each kind of model call is made once over HTTP, then answered from memory;
- `middleware`: only the project's own middleware and axes stay in MIDDLEWARE.
"""

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bench.harness import (
    OFFLINE_QUESTION,
    PYTHON,
    REPO_DIR,
    TWO_CALL_QUESTIONS,
    WALKTHROUGH_QUESTION,
    app_env,
    bench_database,
    fake_model,
)

API_KEY_VARIABLE = "BEARER_AUTH_API_KEY"
WARM_UP_QUESTIONS = 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=400)
    parser.add_argument("--ablate", default="", help="comma-separated: sdk, middleware")
    args = parser.parse_args()
    with bench_database("inprocess") as database, fake_model(0.0) as fake:
        print("| question | ablated | CPU ms / question | wall ms / question |")
        print("| --- | --- | --- | --- |")
        for label, engine, question in (
            ("walk-through, answer", "openai", WALKTHROUGH_QUESTION),
            ("offline", "auto", OFFLINE_QUESTION),
        ):
            overrides = {"GPTBRIDGE_ENGINE": engine, **TWO_CALL_QUESTIONS}
            env = app_env(database.url, fake_url=fake.url, overrides=overrides)
            env["BENCH_ABLATE"] = args.ablate
            figures = _run_child(env, question, args.questions)
            print(
                f"| {label} | {args.ablate or '-'} | {figures['cpu_ms']:.1f} | "
                f"{figures['wall_ms']:.1f} |"
            )


def _run_child(env: dict[str, str], question: str, questions: int) -> dict[str, float]:
    command = [PYTHON, "-m", "bench.inprocess", "--child", question, str(questions)]
    completed = subprocess.run(
        command, cwd=REPO_DIR, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    if completed.returncode != 0:
        raise SystemExit(f"child failed:\n{completed.stderr[-3000:]}")
    figures: dict[str, float] = json.loads(completed.stdout.strip().splitlines()[-1])
    return figures


# --- the child: the app in this process ----------------------------------------------------------


def child(question: str, questions: int) -> None:
    ablate = set(filter(None, os.environ.get("BENCH_ABLATE", "").split(",")))
    if "middleware" in ablate:
        os.environ["DJANGO_SETTINGS_MODULE"] = "bench.inprocess_settings"
    from directory_gpt.asgi import application

    if "sdk" in ablate:
        _answer_model_calls_from_memory()
    ask = _asker(application, question)
    statuses: set[int] = set()

    async def run(count: int) -> None:
        for _ in range(count):
            statuses.add(await ask())

    asyncio.run(run(WARM_UP_QUESTIONS))
    started_cpu, started_wall = time.process_time(), time.perf_counter()
    asyncio.run(run(questions))
    cpu, wall = time.process_time() - started_cpu, time.perf_counter() - started_wall
    if statuses != {200}:
        raise SystemExit(f"unexpected statuses {sorted(statuses)}")
    print(json.dumps({"cpu_ms": cpu / questions * 1000, "wall_ms": wall / questions * 1000}))


def _asker(application: Any, question: str) -> Callable[[], Awaitable[int]]:
    body = json.dumps({"message": question, "format": "answer"}).encode()
    headers = [
        (b"host", b"127.0.0.1"),
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"authorization", f"Bearer {os.environ[API_KEY_VARIABLE]}".encode()),
    ]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/search",
        "raw_path": b"/search",
        "query_string": b"",
        "root_path": "",
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 50000),
        "headers": headers,
    }

    async def ask() -> int:
        status = 0
        messages = [{"type": "http.request", "body": body, "more_body": False}]

        async def receive() -> dict[str, Any]:
            if messages:
                return messages.pop()
            await asyncio.Event().wait()  # no disconnect until the response is sent
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])

        await application(dict(scope), receive, send)
        return status

    return ask


def _answer_model_calls_from_memory() -> None:
    """Each kind of model call (stage 1 with a response format, stage 2 without) made once."""
    from gptbridge import llm

    real = llm.complete_chat
    replies: dict[bool, llm.ChatReply] = {}

    async def remembered(messages: Any, *, deadline: Any, response_format: Any = None) -> Any:
        kind = response_format is None
        if kind not in replies:
            replies[kind] = await real(messages, deadline=deadline, response_format=response_format)
        return replies[kind]

    llm.complete_chat = remembered


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]))
    else:
        main()
