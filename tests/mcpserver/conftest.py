"""A live server for the MCP tests: uvicorn serving the project's ASGI application (Django plus
/mcp) on a free loopback port, in a thread of the test process, and the official MCP client."""

import asyncio
import socket
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import httpx2
import pytest
import uvicorn
from django.core.cache import cache
from django.core.handlers.asgi import ASGIHandler
from mcp.client.session import ClientSession
from mcp.client.streamable_http import streamable_http_client
from pytest_django.fixtures import Settings

from mcpserver.routing import with_mcp
from tests.hardening.conftest import (  # noqa: F401  (the hardening suite's fixtures, reused)
    _fake_openai_server,
    fake_openai,
    sealed_database,
)

T = TypeVar("T")


@pytest.fixture(scope="session")
def _live_asgi_origin(django_db_setup: None) -> Iterator[str]:
    # A fresh application: the MCP session manager may be started only once per instance.
    application = with_mcp(ASGIHandler())
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(application, lifespan="on", log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture
def origin(_live_asgi_origin: str, transactional_db: None, settings: Settings) -> Iterator[str]:
    """The live server's origin; the test's data is committed so the server's threads see it."""
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
    settings.PUBLIC_BASE_URL = ""
    # The live server speaks plain http on loopback; a browser would not send Secure cookies.
    settings.CSRF_COOKIE_SECURE = False
    settings.SESSION_COOKIE_SECURE = False
    cache.clear()
    yield _live_asgi_origin
    cache.clear()


@pytest.fixture
def mcp_url(origin: str) -> str:
    return f"{origin}/mcp"


@asynccontextmanager
async def mcp_session(
    url: str, token: str | None = None, auth: httpx2.Auth | None = None
) -> AsyncIterator[ClientSession]:
    """An initialized session of the official MCP client over streamable HTTP."""
    headers = {"Authorization": f"Bearer {token}"} if token else None
    async with (
        httpx2.AsyncClient(headers=headers, auth=auth, timeout=30) as http,
        streamable_http_client(url, http_client=http) as (read, write),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        yield session


def run(work: Callable[[], Awaitable[T]]) -> T:
    """Run async client code from a synchronous test (the ORM stays outside the event loop)."""
    return asyncio.run(_call(work))


async def _call(work: Callable[[], Awaitable[T]]) -> T:
    return await work()


def call_tool(url: str, token: str, name: str, arguments: dict[str, Any]) -> Any:
    async def work() -> Any:
        async with mcp_session(url, token) as session:
            return await session.call_tool(name, arguments)

    return run(work)
