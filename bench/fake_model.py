"""The fake model server for benchmarks: tests/fakes/openai_server.py with TCP_NODELAY.

The fake writes a reply's headers and body in two small writes; with Nagle's algorithm on, the
body waits for the client's delayed ACK of the headers, which adds ~40 ms to every call on Linux
loopback (measured: 44 ms p50 per call as shipped, 0.4 ms with TCP_NODELAY). A benchmark that
asks for "1 s per call" should get 1 s, and an overhead benchmark should not charge the app for
the fake's stall, so the handler turns Nagle off (`disable_nagle_algorithm`, a standard
`StreamRequestHandler` switch). Everything else is the test fake, unchanged.

`python -m bench.fake_model --port P --delay D` (same options as the test fake's own `main`).
"""

import argparse
from http.server import BaseHTTPRequestHandler

from tests.fakes.openai_server import FakeOpenAI, benchmark_responder

DEFAULT_SQL = (
    "SELECT first_name, last_name, hire_date FROM employees "
    "WHERE department = 'Marketing' AND hire_date > '2018-12-31' ORDER BY hire_date"
)


class NoDelayFakeOpenAI(FakeOpenAI):
    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        handler = super()._handler_class()
        return type("NoDelayHandler", (handler,), {"disable_nagle_algorithm": True})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--delay", type=float, default=1.0, help="seconds per call")
    parser.add_argument("--sql", default=DEFAULT_SQL)
    parser.add_argument(
        "--nagle", action="store_true", help="leave Nagle on (the test fake as shipped)"
    )
    args = parser.parse_args()
    responder = benchmark_responder(args.sql, "Here are the people you asked for.")
    server_class = FakeOpenAI if args.nagle else NoDelayFakeOpenAI
    fake = server_class(responder, delay=args.delay, port=args.port)
    print(f"fake OpenAI on {fake.url}, {args.delay}s per call", flush=True)
    fake._server.serve_forever()


if __name__ == "__main__":
    main()
