"""Reused worker threads for the synchronous parts of ASGI requests.

Django's ASGI handler gives every request a thread-sensitive context of its own, so that the
request's synchronous code (ORM calls, sync views and middleware, the request signals that close
its database connections) runs on one thread, in order. asgiref builds that context a new
single-thread executor — a new thread started and joined for every request. Profiled under load
that start/join was a quarter of the server's CPU per question (bench/README.md).

`ReusedThreads` keeps the same guarantee with threads that outlive requests: each HTTP request
borrows an idle single-thread executor (or a new one when none is idle) for its lifetime and
returns it afterwards; asgiref lets an outer `ThreadSensitiveContext(executor=...)` stand in for
Django's own. At most `max_idle` idle executors are kept; the rest are shut down.
"""

import contextlib
import threading
from concurrent.futures import ThreadPoolExecutor

from asgiref.sync import ThreadSensitiveContext
from starlette.types import ASGIApp, Receive, Scope, Send

# A request keeps its executor while it waits on the model, so a worker needs one per question
# in flight: 512 covers 1,024 clients on 2 workers without starting a thread per request (an
# idle thread costs a few tens of kilobytes of RSS).
DEFAULT_MAX_IDLE = 512


class ReusedThreads:
    """ASGI middleware: each HTTP request runs its sync code on a borrowed, reused thread."""

    def __init__(self, app: ASGIApp, *, max_idle: int = DEFAULT_MAX_IDLE):
        self.app = app
        self.max_idle = max_idle
        self._idle: list[ThreadPoolExecutor] = []
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        executor = self._borrow()
        try:
            async with ThreadSensitiveContext(executor=executor):
                await self.app(scope, receive, send)
        finally:
            self._give_back(executor)

    def _borrow(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="request")

    def _give_back(self, executor: ThreadPoolExecutor) -> None:
        with self._lock:
            if len(self._idle) < self.max_idle:
                self._idle.append(executor)
                return
        with contextlib.suppress(RuntimeError):
            executor.shutdown(wait=False)
