"""The ASGI application: /mcp goes to the MCP server (behind its token gate), the rest to Django."""

import json
from collections.abc import Awaitable, Callable
from typing import Any

from django.conf import settings
from django.http.request import split_domain_port, validate_host
from mcp.server.transport_security import TransportSecuritySettings
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from directory_gpt.errors import error_body
from mcpserver.auth import Refusal, authenticate
from mcpserver.server import current_caller, directory
from mcpserver.tools import Caller
from mcpserver.workers import in_worker_thread

MCP_PATH = "/mcp"
RESOURCE_METADATA_PATH = "/.well-known/oauth-protected-resource" + MCP_PATH


def public_origin(request: Request) -> str:
    """`PUBLIC_BASE_URL`, else the origin this request came in on."""
    if settings.PUBLIC_BASE_URL:
        return str(settings.PUBLIC_BASE_URL)
    return str(request.base_url).rstrip("/")


class McpGate:
    """Lets a request through to the MCP app only with a usable token for this resource."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope)
        domain, _ = split_domain_port(request.headers.get("host", ""))
        if not domain or not validate_host(domain, settings.ALLOWED_HOSTS):
            await _send_json(send, 400, error_body(400, "Unknown host.", "bad_host"))
            return
        origin = public_origin(request)
        outcome = await in_worker_thread(
            authenticate, request.headers.get("authorization"), origin + MCP_PATH
        )
        if isinstance(outcome, Refusal):
            await _refuse(send, outcome, origin)
            return
        principal, identity = outcome
        token = current_caller.set(Caller(principal=principal, identity=identity, base_url=origin))
        try:
            await self.app(scope, receive, send)
        finally:
            current_caller.reset(token)


async def _refuse(send: Send, refusal: Refusal, origin: str) -> None:
    # RFC 6750 §3.1: no error code when the request carried no token at all.
    error = f'error="{refusal.oauth_error}", ' if refusal.oauth_error else ""
    challenge = f'Bearer {error}resource_metadata="{origin}{RESOURCE_METADATA_PATH}"'

    body = error_body(refusal.status, refusal.message, refusal.code)
    await _send_json(send, refusal.status, body, [(b"www-authenticate", challenge.encode())])


async def _send_json(
    send: Send, status: int, body: dict[str, Any], headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


def build_mcp_app() -> ASGIApp:
    """The SDK's streamable-HTTP app: stateless, JSON responses, no sessions to keep."""
    return directory.streamable_http_app(
        streamable_http_path=MCP_PATH,
        stateless_http=True,
        json_response=True,
        max_request_body_size=settings.API_MAX_BODY_BYTES,
        # Hosts are checked against ALLOWED_HOSTS by the gate, as Django checks them.
        transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
    )


def with_mcp(django_app: Callable[..., Awaitable[None]]) -> ASGIApp:
    """Send /mcp (and the lifespan events the MCP session manager needs) to MCP, the rest on."""
    mcp_app = build_mcp_app()
    gated = McpGate(mcp_app)

    async def application(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await mcp_app(scope, receive, send)  # starts the MCP session manager
        elif scope.get("path", "").rstrip("/") == MCP_PATH:
            await gated(scope, receive, send)
        else:
            await django_app(scope, receive, send)

    return application
