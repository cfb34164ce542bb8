"""OAuth 2.1 sign-in for MCP clients and GPT actions, end to end on a live server.

The happy path uses the official MCP client's own OAuth support (discovery, dynamic client
registration, PKCE, token, tools/call); the refusals use a scripted client so each step can be
broken on purpose.
"""

import base64
import hashlib
import html
import re
import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx2
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone
from mcp.client.auth import OAuthClientProvider
from mcp.shared.auth import (
    AuthorizationCodeResult,
    OAuthClientInformationFull,
    OAuthClientMetadata,
    OAuthToken,
)
from oauth2_provider.models import AccessToken, Application, revoke_access_token

from gptbridge.models import QueryLog
from tests.gptbridge.test_search_view import WALKTHROUGH
from tests.mcpserver.conftest import mcp_session, run

pytestmark = pytest.mark.usefixtures("seeded")

CALLBACK = "http://127.0.0.1:33418/callback"
GPT_CALLBACK = "https://chatgpt.com/aip/g-0123456789abcdef/oauth/callback"
LIST_TOOLS = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}


def make_user(username: str, *, member: bool) -> Any:
    user = get_user_model().objects.create_user(username, password="Unused-Pass-123!")
    if member:
        group, _ = Group.objects.get_or_create(name="Directory users")
        group.permissions.add(Permission.objects.get(codename="view_employee"))
        user.groups.add(group)
    return user


def session_cookie(user: Any) -> dict[str, str]:
    client = Client()
    client.force_login(user)
    return {"sessionid": client.cookies["sessionid"].value}


def consent(authorize_url: str, cookies: dict[str, str]) -> httpx2.Response:
    """A signed-in person opens the authorization URL and presses Authorize."""
    with httpx2.Client(cookies=cookies, timeout=30) as browser:
        page = browser.get(authorize_url)
        if page.status_code != 200:
            return page
        fields = {
            html.unescape(name): html.unescape(value)
            for name, value in re.findall(
                r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page.text
            )
        }
        fields["allow"] = "Authorize"
        return browser.post(authorize_url, data=fields)


def code_from(response: httpx2.Response) -> dict[str, str]:
    assert response.status_code == 302, response.text[:500]
    query = parse_qs(urlsplit(response.headers["location"]).query)
    return {key: values[0] for key, values in query.items()}


@dataclass
class MemoryStorage:
    tokens: OAuthToken | None = None
    client: OAuthClientInformationFull | None = None

    async def get_tokens(self) -> OAuthToken | None:
        return self.tokens

    async def set_tokens(self, tokens: OAuthToken) -> None:
        self.tokens = tokens

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return self.client

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        self.client = client_info


@dataclass
class Browser:
    """The person at the keyboard: follows the client's authorization URL and consents."""

    cookies: dict[str, str]
    redirect: dict[str, str] = field(default_factory=dict)

    async def open(self, url: str) -> None:
        from asgiref.sync import sync_to_async

        response = await sync_to_async(consent, thread_sensitive=False)(url, self.cookies)
        self.redirect = code_from(response)

    async def callback(self) -> AuthorizationCodeResult:
        return AuthorizationCodeResult(
            code=self.redirect["code"],
            state=self.redirect.get("state"),
            iss=self.redirect.get("iss"),
        )


def test_the_official_client_signs_in_and_calls_a_tool(mcp_url: str) -> None:
    user = make_user("ada", member=True)
    browser = Browser(session_cookie(user))
    storage = MemoryStorage()
    provider = OAuthClientProvider(
        server_url=mcp_url,
        client_metadata=OAuthClientMetadata(
            client_name="Test MCP client",
            redirect_uris=[CALLBACK],  # type: ignore[list-item]
            grant_types=["authorization_code", "refresh_token"],
            response_types=["code"],
            token_endpoint_auth_method="none",
        ),
        storage=storage,
        redirect_handler=browser.open,
        callback_handler=browser.callback,
    )

    async def work() -> Any:
        async with mcp_session(mcp_url, auth=provider) as session:
            return await session.call_tool("ask_directory", {"question": WALKTHROUGH})

    result = run(work)
    assert result.is_error is False
    assert result.structured_content["row_count"] == 22
    application = Application.objects.get()
    assert application.registration_source == Application.RegistrationSource.DCR
    token = AccessToken.objects.get(application=application, user=user)
    assert token.resource == [mcp_url]
    assert token.token == ""  # stored hashed (RFC 9700)
    logged = QueryLog.objects.get()
    assert logged.user == user
    assert logged.token_key == f"user:{user.pk}"
    assert logged.token_name == "Test MCP client"


def test_sign_in_page_with_a_password(origin: str) -> None:
    """The consent page sends a person who is not signed in to the sign-in page and back."""
    user = make_user("hedy", member=True)
    user.set_password("Hedy-Lamarr-1914!")
    user.save()
    client = Client()
    page = client.get("/o/authorize/?client_id=x")
    assert page.status_code == 302
    assert page["Location"].startswith("/accounts/login/?next=/o/authorize/")
    form = client.get(page["Location"])
    assert form.status_code == 200
    assert "Sign in to connect an assistant | Employee directory admin" in form.content.decode()
    signed_in = client.post(
        "/accounts/login/",
        {"username": "hedy", "password": "Hedy-Lamarr-1914!", "next": "/o/authorize/?client_id=x"},
    )
    assert signed_in.status_code == 302
    assert signed_in["Location"] == "/o/authorize/?client_id=x"


# --- a scripted client -------------------------------------------------------------------------


@dataclass
class Pkce:
    verifier: str = field(default_factory=lambda: secrets.token_urlsafe(48))

    @property
    def challenge(self) -> str:
        digest = hashlib.sha256(self.verifier.encode()).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def register(origin: str, redirect_uris: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    metadata = {
        "client_name": "Scripted client",
        "redirect_uris": redirect_uris or [CALLBACK],
        "grant_types": ["authorization_code", "refresh_token"],
        "token_endpoint_auth_method": "none",
        **extra,
    }
    response = httpx2.post(f"{origin}/o/register/", json=metadata)
    assert response.status_code == 201, response.text
    return response.json()


def authorize_url(origin: str, client_id: str, pkce: Pkce, **extra: str) -> str:
    query = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": CALLBACK,
        "scope": "directory",
        "state": "xyz",
        "code_challenge": pkce.challenge,
        "code_challenge_method": "S256",
        **extra,
    }
    return f"{origin}/o/authorize/?{urlencode(query)}"


def exchange(origin: str, client_id: str, code: str, verifier: str, **extra: str) -> Any:
    return httpx2.post(
        f"{origin}/o/token/",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": CALLBACK,
            "client_id": client_id,
            "code_verifier": verifier,
            **extra,
        },
    )


def sign_in(origin: str, user: Any, resource: str) -> tuple[str, dict[str, Any]]:
    client = register(origin)
    pkce = Pkce()
    url = authorize_url(origin, client["client_id"], pkce, resource=resource)
    code = code_from(consent(url, session_cookie(user)))["code"]
    response = exchange(origin, client["client_id"], code, pkce.verifier, resource=resource)
    assert response.status_code == 200, response.text
    return client["client_id"], response.json()


def list_tools(mcp_url: str, access_token: str) -> httpx2.Response:
    return httpx2.post(
        mcp_url,
        json=LIST_TOOLS,
        headers={
            "Authorization": f"Bearer {access_token}",
            "Accept": "application/json, text/event-stream",
        },
    )


def test_discovery_documents(origin: str, mcp_url: str) -> None:
    resource = httpx2.get(f"{origin}/.well-known/oauth-protected-resource").json()
    assert resource["resource"] == mcp_url
    assert resource["authorization_servers"] == [origin]
    assert resource["scopes_supported"] == ["directory"]
    server = httpx2.get(f"{origin}/.well-known/oauth-authorization-server").json()
    assert server["issuer"] == origin
    assert server["authorization_endpoint"] == f"{origin}/o/authorize/"
    assert server["token_endpoint"] == f"{origin}/o/token/"
    assert server["registration_endpoint"] == f"{origin}/o/register/"
    assert server["code_challenge_methods_supported"] == ["S256"]
    assert server["response_types_supported"] == ["code"]
    assert set(server["grant_types_supported"]) == {"authorization_code", "refresh_token"}


def test_scripted_flow_refresh_rotation_and_audience(origin: str, mcp_url: str) -> None:
    user = make_user("grace", member=True)
    client_id, tokens = sign_in(origin, user, mcp_url)
    assert tokens["scope"] == "directory"
    assert list_tools(mcp_url, tokens["access_token"]).status_code == 200

    refreshed = httpx2.post(
        f"{origin}/o/token/",
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "client_id": client_id,
        },
    )
    assert refreshed.status_code == 200, refreshed.text
    new = refreshed.json()
    assert new["refresh_token"] != tokens["refresh_token"]  # rotated
    assert list_tools(mcp_url, new["access_token"]).status_code == 200
    replay = httpx2.post(
        f"{origin}/o/token/",
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "client_id": client_id,
        },
    )
    assert replay.status_code == 400  # an old refresh token is spent


def test_wrong_verifier_and_reused_code_are_refused(origin: str, mcp_url: str) -> None:
    user = make_user("linus", member=True)
    client = register(origin)
    pkce = Pkce()
    url = authorize_url(origin, client["client_id"], pkce, resource=mcp_url)
    code = code_from(consent(url, session_cookie(user)))["code"]
    wrong = exchange(origin, client["client_id"], code, Pkce().verifier, resource=mcp_url)
    assert wrong.status_code == 400
    assert wrong.json()["error"] == "invalid_grant"

    code = code_from(consent(url, session_cookie(user)))["code"]
    first = exchange(origin, client["client_id"], code, pkce.verifier, resource=mcp_url)
    assert first.status_code == 200
    again = exchange(origin, client["client_id"], code, pkce.verifier, resource=mcp_url)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_pkce_is_required_and_plain_is_refused(origin: str) -> None:
    user = make_user("barbara", member=True)
    client = register(origin)
    pkce = Pkce()
    cookies = session_cookie(user)
    plain = authorize_url(
        origin,
        client["client_id"],
        pkce,
        code_challenge=pkce.verifier,
        code_challenge_method="plain",
    )
    missing = f"{origin}/o/authorize/?" + urlencode(
        {"response_type": "code", "client_id": client["client_id"], "redirect_uri": CALLBACK}
    )
    for url in (plain, missing):
        response = consent(url, cookies)
        assert response.status_code in (302, 400), response.text[:300]
        if response.status_code == 302:
            assert "error=" in response.headers["location"]
            assert "code=" not in response.headers["location"]


def test_expired_and_revoked_tokens_are_refused(origin: str, mcp_url: str) -> None:
    user = make_user("edsger", member=True)
    _, tokens = sign_in(origin, user, mcp_url)
    AccessToken.objects.update(expires=timezone.now() - timedelta(seconds=1))
    expired = list_tools(mcp_url, tokens["access_token"])
    assert expired.status_code == 401
    assert "resource_metadata=" in expired.headers["www-authenticate"]

    _, tokens = sign_in(origin, user, mcp_url)
    for token in AccessToken.objects.filter(user=user):
        revoke_access_token(token)  # what "Revoke selected access tokens" in the admin does
    assert list_tools(mcp_url, tokens["access_token"]).status_code == 401


def test_a_token_for_another_audience_is_refused(origin: str, mcp_url: str) -> None:
    user = make_user("donald", member=True)
    _, tokens = sign_in(origin, user, f"{origin}/elsewhere")
    response = list_tools(mcp_url, tokens["access_token"])
    assert response.status_code == 401
    assert "not issued for this resource" in response.json()["message"]


def test_an_mcp_token_does_not_work_on_the_rest_api(origin: str, mcp_url: str) -> None:
    user = make_user("ken", member=True)
    _, tokens = sign_in(origin, user, mcp_url)
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert httpx2.get(f"{origin}/api/employees/", headers=bearer).status_code == 401
    response = httpx2.post(f"{origin}/search", json={"message": WALKTHROUGH}, headers=bearer)
    assert response.status_code == 401
    assert list_tools(mcp_url, tokens["access_token"]).status_code == 200


def test_a_user_without_the_permission_is_refused(origin: str, mcp_url: str) -> None:
    outsider = make_user("mallory", member=False)
    client = register(origin)
    url = authorize_url(origin, client["client_id"], Pkce(), resource=mcp_url)
    page = consent(url, session_cookie(outsider))
    assert page.status_code == 403
    assert "may not use the employee directory" in page.text

    member = make_user("alan", member=True)
    _, tokens = sign_in(origin, member, mcp_url)
    member.groups.clear()  # HR takes the permission away: the token stops working at once
    response = list_tools(mcp_url, tokens["access_token"])
    assert response.status_code == 403
    assert response.json()["code"] == "no_directory_permission"


def test_a_registration_token_is_not_an_access_token(origin: str, mcp_url: str) -> None:
    client = register(origin)
    registration_token = client["registration_access_token"]
    assert list_tools(mcp_url, registration_token).status_code == 401
    bearer = {"Authorization": f"Bearer {registration_token}"}
    assert httpx2.get(f"{origin}/api/employees/", headers=bearer).status_code == 401


def test_registration_policy(origin: str) -> None:
    refused = [
        {"redirect_uris": ["http://evil.example.com/callback"]},
        {"redirect_uris": [CALLBACK], "grant_types": ["client_credentials"]},
    ]
    for metadata in refused:
        response = httpx2.post(f"{origin}/o/register/", json={"client_name": "x", **metadata})
        assert response.status_code == 400, metadata
    register(
        origin, ["http://localhost:6274/oauth/callback", "https://claude.ai/api/mcp/auth_callback"]
    )


# --- a GPT action with OAuth ------------------------------------------------------------------


def test_gpt_action_oauth_exchange_as_chatgpt_performs_it(origin: str) -> None:
    """An admin registers the GPT as a confidential client; ChatGPT sends the person to the
    authorization URL, receives the code at its callback, and exchanges it with the client id
    and secret in the POST body; the token then works on /search and the REST API."""
    secret = secrets.token_urlsafe(32)
    application = Application.objects.create(
        name="Directory GPT",
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris=GPT_CALLBACK,
        client_secret=secret,
    )
    user = make_user("katherine", member=True)
    query = {
        "response_type": "code",
        "client_id": application.client_id,
        "redirect_uri": GPT_CALLBACK,
        "scope": "directory",
        "state": "gpt-state",
    }
    redirect = code_from(consent(f"{origin}/o/authorize/?{urlencode(query)}", session_cookie(user)))
    assert redirect["state"] == "gpt-state"
    response = httpx2.post(
        f"{origin}/o/token/",
        data={
            "grant_type": "authorization_code",
            "code": redirect["code"],
            "redirect_uri": GPT_CALLBACK,
            "client_id": application.client_id,
            "client_secret": secret,
        },
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200, response.text
    tokens = response.json()
    assert tokens["token_type"] == "Bearer"
    assert tokens["refresh_token"]
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}

    answer = httpx2.post(f"{origin}/search", json={"message": WALKTHROUGH}, headers=bearer)
    assert answer.status_code == 200, answer.text
    assert answer.json()["row_count"] == 22
    assert httpx2.get(f"{origin}/api/employees/", headers=bearer).status_code == 200
    write = httpx2.post(f"{origin}/api/employees/", json={}, headers=bearer)
    assert write.status_code == 403  # OAuth sign-in reads; writes need the add permission
    logged = QueryLog.objects.get()
    assert logged.user == user
    assert logged.token_name == "Directory GPT"

    wrong_secret = httpx2.post(
        f"{origin}/o/token/",
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "client_id": application.client_id,
            "client_secret": "not-the-secret",
        },
    )
    assert wrong_secret.status_code == 401
