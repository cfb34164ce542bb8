"""Django work for the async MCP server runs in a worker thread, which gives its database
connections back when done (waiting is not holding)."""

from collections.abc import Callable
from typing import Any, TypeVar

from asgiref.sync import sync_to_async
from django.db import connections

T = TypeVar("T")


def _closing_connections(function: Callable[..., T]) -> Callable[..., T]:
    def run(*args: Any) -> T:
        try:
            return function(*args)
        finally:
            connections.close_all()

    return run


async def in_worker_thread(function: Callable[..., T], *args: Any) -> T:
    """`function(*args)` in a thread of the default pool (not the one shared sync thread)."""
    return await sync_to_async(_closing_connections(function), thread_sensitive=False)(*args)
