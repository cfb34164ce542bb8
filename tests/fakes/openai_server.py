"""A local HTTP server that speaks the Chat Completions protocol, scripted per test.

The real `openai` SDK talks to it over loopback, so timeouts, retries and error mapping run for
real. Each reply is a `FakeReply`; a test scripts them in order (`replies`) or with a function
of the request (`responder`). Run it alone for benchmarks:
`python -m tests.fakes.openai_server --port 8765 --delay 1`.
"""

import argparse
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class FakeReply:
    content: str | None = None
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    raw_body: bytes | None = None  # sent as-is (for garbage / truncated bodies)
    error_type: str = "server_error"


def sql_reply(sql: str | None, refusal: str | None = None, **kwargs: Any) -> FakeReply:
    return FakeReply(content=json.dumps({"sql": sql, "refusal": refusal}), **kwargs)


def text_reply(text: str, **kwargs: Any) -> FakeReply:
    return FakeReply(content=text, **kwargs)


def is_compose_request(request: dict[str, Any]) -> bool:
    """Stage 1 asks for JSON output; stage 2 asks for prose."""
    return "response_format" in request


Responder = Callable[[dict[str, Any]], FakeReply]


class FakeOpenAI:
    def __init__(self, responder: Responder | None = None, *, delay: float = 0.0, port: int = 0):
        self.requests: list[dict[str, Any]] = []
        self._queue: list[FakeReply] = []
        self._responder = responder
        self.default_delay = delay
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._counter = itertools.count(1)
        ThreadingHTTPServer.request_queue_size = 256  # benchmarks open many connections at once
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}/v1"

    def start(self) -> "FakeOpenAI":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def replies(self, replies: Iterable[FakeReply]) -> None:
        with self._lock:
            self._queue = list(replies)

    def respond_with(self, responder: Responder) -> None:
        self._responder = responder

    @property
    def call_count(self) -> int:
        return len(self.requests)

    def _next_reply(self, request: dict[str, Any]) -> FakeReply:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                return self._queue.pop(0)
        if self._responder is not None:
            return self._responder(request)
        return FakeReply(status=500, content="the fake model has no scripted reply")

    def _completion(self, request: dict[str, Any], content: str) -> dict[str, Any]:
        prompt_chars = sum(len(str(message.get("content", ""))) for message in request["messages"])
        prompt_tokens, completion_tokens = prompt_chars // 4 + 1, len(content) // 4 + 1
        return {
            "id": f"chatcmpl-fake-{next(self._counter)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.get("model", "fake"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body otherwise wait on a delayed ACK

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                request = json.loads(self.rfile.read(length) or b"{}")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, json.dumps({"error": {"message": "not found"}}).encode(), {})
                    return
                reply = fake._next_reply(request)
                delay = reply.delay or fake.default_delay
                if delay and fake._stopping.wait(delay):
                    return
                if reply.raw_body is not None:
                    body = reply.raw_body
                elif reply.status != 200:
                    error = {"message": reply.content or "error", "type": reply.error_type}
                    body = json.dumps({"error": error}).encode()
                else:
                    body = json.dumps(fake._completion(request, reply.content or "")).encode()
                self._send(reply.status, body, reply.headers)

            def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test); nothing to tell it

        return Handler


def benchmark_responder(sql: str, answer: str) -> Responder:
    """Answers every compose call with `sql` and every narrate call with `answer`."""

    def respond(request: dict[str, Any]) -> FakeReply:
        if is_compose_request(request):
            return sql_reply(sql)
        return text_reply(answer)

    return respond


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--delay", type=float, default=1.0, help="seconds per call")
    parser.add_argument(
        "--sql",
        default="SELECT first_name, last_name, hire_date FROM employees "
        "WHERE department = 'Marketing' AND hire_date > '2018-12-31' ORDER BY hire_date",
    )
    args = parser.parse_args()
    responder = benchmark_responder(args.sql, "Here are the people you asked for.")
    fake = FakeOpenAI(responder, delay=args.delay, port=args.port)
    print(f"fake OpenAI on {fake.url}, {args.delay}s per call", flush=True)
    fake._server.serve_forever()


if __name__ == "__main__":
    main()
