"""The served web process: gunicorn managing uvicorn workers (gunicorn.conf.py names `Worker`).

uvicorn bounds how big a request's head may be (h11's incomplete-event limit) and how long a
kept-alive connection may sit idle, but not how long a client may take to send its request: a
client trickling one header byte every few seconds would keep its connection forever. Here every
request must arrive in time — its head within `HTTP_HEADER_TIMEOUT` seconds of the connection
opening (or, on a kept-alive connection, of its first byte), its body within `HTTP_BODY_TIMEOUT`
seconds of the head — or the connection is answered 408 and closed. A slow client costs a socket
and a few kilobytes until then, never a thread.

Nor does uvicorn bound how long a connection may be kept alive. A busy client never idles, so it
would stay on the worker that accepted it for good: after gunicorn restarts a worker
(max_requests), every such client reconnects to the survivor and stays there, and one worker
carries all the load while the new one idles (measured in the soak benchmark: p50 latency up a
third for the rest of the run). The first response on a connection older than
`HTTP_KEEPALIVE_MAX_AGE` seconds therefore says `Connection: close`; the client reconnects, and
the new connection goes to whichever worker accepts it first, the less busy one as a rule.
"""

import asyncio
import os

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn_worker import UvicornWorker

HEADER_TIMEOUT_S = float(os.environ.get("HTTP_HEADER_TIMEOUT", "10"))
BODY_TIMEOUT_S = float(os.environ.get("HTTP_BODY_TIMEOUT", "30"))
KEEPALIVE_MAX_AGE_S = float(os.environ.get("HTTP_KEEPALIVE_MAX_AGE", "60"))
CLOSE_HEADER = (b"connection", b"close")
_TIMEOUT_BODY = b"The request took too long to send."
REQUEST_TIMEOUT_RESPONSE = (
    b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
    b"connection: close\r\ncontent-length: %d\r\n\r\n%s" % (len(_TIMEOUT_BODY), _TIMEOUT_BODY)
)


class DeadlineH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for reading each request's head and body, and a
    maximum age for a kept-alive connection."""

    header_timeout = HEADER_TIMEOUT_S
    body_timeout = BODY_TIMEOUT_S
    keepalive_max_age = KEEPALIVE_MAX_AGE_S

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._read_deadline: asyncio.TimerHandle | None = None
        self._reading: object = None
        self._opened_at = self.loop.time()
        super().connection_made(transport)
        self._watch_reading()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch_reading()
        self._close_after_response_when_old()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._watch_reading()
        self._close_after_response_when_old()  # a pipelined request may have started

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_deadline()
        super().connection_lost(exc)

    def _watch_reading(self) -> None:
        """Arm the deadline for what is being read now: a head (IDLE), a body (SEND_BODY), or
        nothing (the request is in; the app and the keep-alive timer take it from here)."""
        state = self.conn.their_state
        reading = state if state in (h11.IDLE, h11.SEND_BODY) else None
        if reading is self._reading:
            return  # still reading the same part: its deadline stands
        self._cancel_deadline()
        self._reading = reading
        if reading is not None and not self.transport.is_closing():
            timeout = self.header_timeout if reading is h11.IDLE else self.body_timeout
            self._read_deadline = self.loop.call_later(timeout, self._read_timed_out)

    def _close_after_response_when_old(self) -> None:
        """Have the response to the request now arriving close the connection (a clean
        `Connection: close`, which clients honour by reconnecting) once it is old enough."""
        cycle = self.cycle
        if cycle is None or cycle.response_started or CLOSE_HEADER in cycle.default_headers:
            return
        if self.loop.time() - self._opened_at >= self.keepalive_max_age:
            cycle.default_headers = [*cycle.default_headers, CLOSE_HEADER]

    def _cancel_deadline(self) -> None:
        if self._read_deadline is not None:
            self._read_deadline.cancel()
            self._read_deadline = None

    def _read_timed_out(self) -> None:
        self._read_deadline = None
        if self.transport.is_closing():
            return
        if self.cycle is None or not self.cycle.response_started:
            self.transport.write(REQUEST_TIMEOUT_RESPONSE)
        self.transport.close()  # the app, if it was waiting for the body, sees a disconnect


class Worker(UvicornWorker):
    """uvicorn under gunicorn with the deadline protocol (uvloop's event loop, h11 parser)."""

    # proxy_headers off: uvicorn would otherwise set the client address from X-Forwarded-For
    # (gunicorn passes FORWARDED_ALLOW_IPS, "*" by default), so any client could choose the address
    # it is throttled and locked out under. The app reads that header itself, trusting only
    # TRUSTED_PROXY_COUNT proxies (directory_gpt.ratelimit.client_ip); Django's
    # SECURE_PROXY_SSL_HEADER reads X-Forwarded-Proto.
    CONFIG_KWARGS = {"loop": "uvloop", "http": DeadlineH11Protocol, "proxy_headers": False}
