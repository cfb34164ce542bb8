"""Auth: every protected operation refuses bad credentials; secrets are compared in constant time
and never logged; throttling answers 429 with Retry-After; the admin login resists guessing."""

import base64
import logging
import uuid
from datetime import timedelta
from typing import Any
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings

from apitokens.models import ApiToken
from tests.fakes.openai_server import FakeOpenAI, is_compose_request, sql_reply, text_reply
from tests.hardening.support import assert_error_shape, find_leaks, served_operations

STATIC_KEY = "hardening-static-key-7c1d0a9b3e"
OPERATIONS = served_operations()
PROTECTED = [op for op in OPERATIONS if op.protected]
QUESTION_SQL = "SELECT first_name, last_name FROM employees WHERE department = 'Marketing'"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _static_key(settings: Settings) -> None:
    settings.BEARER_AUTH_API_KEY = STATIC_KEY


@pytest.fixture
def tokens(db: None) -> dict[str, str]:
    """A live token, and a revoked, an expired and an inactive user's token (full keys)."""
    user = get_user_model().objects.create_user("token-owner", password="Owner-pass-123!")
    gone = get_user_model().objects.create_user("left-company", password="Gone-pass-123!")
    gone.is_active = False
    gone.save()
    _, live = ApiToken.objects.create_key(name="live", user=user)
    revoked_token, revoked = ApiToken.objects.create_key(name="revoked")
    revoked_token.revoked = True
    revoked_token.save()
    _, expired = ApiToken.objects.create_key(
        name="expired", expiry_date=timezone.now() - timedelta(minutes=1)
    )
    _, inactive = ApiToken.objects.create_key(name="inactive user", user=gone)
    return {"live": live, "revoked": revoked, "expired": expired, "inactive": inactive}


def bad_credentials(tokens: dict[str, str]) -> dict[str, tuple[dict[str, str], str]]:
    """name -> (headers, expected error code)."""
    live = tokens["live"]
    prefix = live.split(".")[0]
    basic = base64.b64encode(f"admin:{live}".encode()).decode()
    return {
        "missing": ({}, "not_authenticated"),
        "empty": ({"Authorization": ""}, "not_authenticated"),
        "scheme only": ({"Authorization": "Bearer"}, "authentication_failed"),
        "two tokens": ({"Authorization": f"Bearer {live} {live}"}, "authentication_failed"),
        "non-ascii": ({"Authorization": "Bearer t\u00f6ken.ab\u00e7"}, "authentication_failed"),
        "huge": ({"Authorization": "Bearer " + "x." * 5000}, "authentication_failed"),
        "wrong": (
            {"Authorization": "Bearer Nope1234.wrongwrongwrongwrongwrongwrong"},
            "authentication_failed",
        ),
        "right prefix, wrong secret": (
            {"Authorization": f"Bearer {prefix}.{'0' * 32}"},
            "authentication_failed",
        ),
        "static key with a suffix": (
            {"Authorization": f"Bearer {STATIC_KEY}x"},
            "authentication_failed",
        ),
        "revoked": ({"Authorization": f"Bearer {tokens['revoked']}"}, "authentication_failed"),
        "expired": ({"Authorization": f"Bearer {tokens['expired']}"}, "authentication_failed"),
        "inactive user": (
            {"Authorization": f"Bearer {tokens['inactive']}"},
            "authentication_failed",
        ),
        "Token scheme": ({"Authorization": f"Token {live}"}, "authentication_failed"),
        "Basic scheme": ({"Authorization": f"Basic {basic}"}, "authentication_failed"),
        "token in another header": ({"X-Api-Key": live}, "not_authenticated"),
    }


CREDENTIAL_KINDS = list(
    bad_credentials({"live": "a.b", "revoked": "", "expired": "", "inactive": ""}).keys()
)


def call(client: Client, method: str, path: str, headers: dict[str, str]) -> Any:
    kwargs: dict[str, Any] = {"headers": headers}
    if method in ("post", "put", "patch"):
        kwargs.update(data="{}", content_type="application/json")
    return getattr(client, method)(path, **kwargs)


def test_the_schema_lists_protected_operations() -> None:
    assert PROTECTED, "no protected operation found in the served schema"
    assert any(op.operation_id == "searchEmployeeDirectory" for op in PROTECTED)


@pytest.mark.parametrize("operation", PROTECTED, ids=lambda op: op.label)
def test_every_protected_operation_documents_bearer_auth_and_401(operation: Any) -> None:
    assert "401" in operation.responses, operation.label
    assert operation.security, f"{operation.label} declares no security requirement"


@pytest.mark.parametrize("kind", CREDENTIAL_KINDS)
@pytest.mark.parametrize("operation", PROTECTED, ids=lambda op: op.label)
def test_protected_operations_refuse_bad_credentials(
    operation: Any, kind: str, tokens: dict[str, str]
) -> None:
    headers, code = bad_credentials(tokens)[kind]
    response = call(Client(), operation.method, operation.example_path(), headers)
    assert_error_shape(response, 401, code)
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'


@pytest.mark.parametrize("operation", PROTECTED, ids=lambda op: op.label)
@pytest.mark.parametrize("which", ["static", "named"])
def test_valid_credentials_get_past_authentication(
    operation: Any, which: str, tokens: dict[str, str]
) -> None:
    """The control for the test above: the same requests with a good token are not 401."""
    key = STATIC_KEY if which == "static" else tokens["live"]
    response = call(
        Client(), operation.method, operation.example_path(), {"Authorization": f"Bearer {key}"}
    )
    assert response.status_code != 401, response.content[:300]


def test_scheme_is_case_insensitive_but_nothing_else_is(tokens: dict[str, str]) -> None:
    client = Client()
    ok = client.post(
        "/search",
        "{}",
        content_type="application/json",
        headers={"Authorization": f"bearer {STATIC_KEY}"},
    )
    assert ok.status_code == 400  # authenticated; the empty body is the problem
    upper = client.post(
        "/search",
        "{}",
        content_type="application/json",
        headers={"Authorization": f"Bearer {STATIC_KEY.upper()}"},
    )
    assert_error_shape(upper, 401, "authentication_failed")


# --- constant-time comparison ----------------------------------------------------------------


def test_static_key_is_compared_in_constant_time() -> None:
    import hmac

    with mock.patch("hmac.compare_digest", wraps=hmac.compare_digest) as compare:
        response = Client().post(
            "/search",
            "{}",
            content_type="application/json",
            headers={"Authorization": "Bearer " + "z" * len(STATIC_KEY)},
        )
    assert response.status_code == 401
    compared = [tuple(c.args) for c in compare.call_args_list]
    assert (("z" * len(STATIC_KEY)).encode(), STATIC_KEY.encode()) in compared


def test_named_tokens_are_compared_in_constant_time(tokens: dict[str, str]) -> None:
    from rest_framework_api_key import crypto

    prefix = tokens["live"].split(".")[0]
    with mock.patch.object(
        crypto, "constant_time_compare", wraps=crypto.constant_time_compare
    ) as compare:
        wrong = Client().post(
            "/search",
            "{}",
            content_type="application/json",
            headers={"Authorization": f"Bearer {prefix}.{'0' * 32}"},
        )
        right = Client().post(
            "/search",
            "{}",
            content_type="application/json",
            headers={"Authorization": f"Bearer {tokens['live']}"},
        )
    assert wrong.status_code == 401
    assert right.status_code == 400
    assert compare.call_count >= 2  # the hash of each presented key, compared to the stored one


def test_only_hashes_of_named_tokens_are_stored(tokens: dict[str, str]) -> None:
    for token in ApiToken.objects.all():
        for key in tokens.values():
            assert key not in token.hashed_key
            assert key.split(".")[1] not in token.hashed_key


# --- secrets never reach the logs ------------------------------------------------------------


def test_tokens_and_keys_never_appear_in_logs(
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    settings: Settings,
    fake_openai: FakeOpenAI,
    tokens: dict[str, str],
) -> None:
    # What a deployer who sets LOG_LEVEL=DEBUG gets: everything but the loggers the settings cap.
    caplog.set_level(logging.DEBUG)
    for name in ("directory_gpt", "apitokens", "gptbridge", "employees", "axes", "django"):
        caplog.set_level(logging.DEBUG, logger=name)
    call_command("loaddata", "employees", verbosity=0)
    fake_openai.respond_with(
        lambda request: sql_reply(QUESTION_SQL) if is_compose_request(request) else text_reply("ok")
    )
    created = call_command("create_api_token", "log test token")
    admin_password = "Admin-Sentinel-pass-4821!"
    get_user_model().objects.create_superuser("log-admin", "l@example.com", admin_password)
    wrong_key = "Wr0ngPre.fixwrongsecretwrongsecret0000"

    client = Client()
    question = {"message": "Who works in Marketing?"}
    for key in (STATIC_KEY, tokens["live"], created):
        assert (
            client.post(
                "/search",
                question,
                content_type="application/json",
                headers={"Authorization": f"Bearer {key}"},
            ).status_code
            == 200
        )
    for key in (wrong_key, tokens["revoked"], tokens["expired"], f"{STATIC_KEY}!"):
        client.post(
            "/search",
            question,
            content_type="application/json",
            headers={"Authorization": f"Bearer {key}"},
        )
    client.post(
        f"/search?access_token={tokens['live']}&api_key={STATIC_KEY}",
        question,
        content_type="application/json",
    )
    client.get("/api/employees/", headers={"Authorization": f"Token {tokens['live']}"})
    fake_openai.respond_with(lambda request: _auth_failure())  # upstream rejects our key
    client.post(
        "/search",
        question,
        content_type="application/json",
        headers={"Authorization": f"Bearer {STATIC_KEY}"},
    )
    client.post("/admin/login/", {"username": "log-admin", "password": admin_password + "x"})
    client.post("/admin/login/", {"username": "log-admin", "password": admin_password})

    secrets = {
        "static key": STATIC_KEY,
        "created token": created,
        "created token secret": created.split(".")[1],
        "wrong key": wrong_key,
        "SECRET_KEY": settings.SECRET_KEY,
        "OpenAI key": settings.OPENAI_API_KEY,
        "admin password": admin_password,
        **{f"{name} token": key for name, key in tokens.items()},
        **{f"{name} token secret": key.split(".")[1] for name, key in tokens.items()},
        **{f"hash of {t.name}": t.hashed_key.split("$")[-1] for t in ApiToken.objects.all()},
    }
    captured = capfd.readouterr()
    logged = caplog.text + captured.out.replace(created, "") + captured.err
    assert caplog.records, "nothing was logged: the capture is broken"
    assert any("POST /search" in record.getMessage() for record in caplog.records)
    assert find_leaks(logged, secrets) == []


def _auth_failure() -> Any:
    from tests.fakes.openai_server import FakeReply

    return FakeReply(status=401, content="Incorrect API key provided", error_type="invalid_api_key")


# --- throttling ------------------------------------------------------------------------------


def test_throttling_answers_429_with_retry_after_per_token(
    settings: Settings, tokens: dict[str, str]
) -> None:
    settings.GPTBRIDGE_RATE = "3/day"  # a window that cannot end mid-test
    client = Client()

    def ask(key: str) -> Any:
        return client.post(
            "/search",
            "{}",
            content_type="application/json",
            headers={"Authorization": f"Bearer {key}"},
        )

    assert [ask(STATIC_KEY).status_code for _ in range(3)] == [400, 400, 400]
    throttled = ask(STATIC_KEY)
    body = assert_error_shape(throttled, 429, "throttled")
    retry_after = int(throttled["Retry-After"])
    assert 0 < retry_after <= 86400
    assert str(retry_after) in body["message"]
    # another token has its own budget; the throttled one stays throttled
    assert ask(tokens["live"]).status_code == 400
    assert ask(STATIC_KEY).status_code == 429


# --- admin login guessing --------------------------------------------------------------------

ADMIN_PASSWORD = "Correct-Horse-Battery-9!"


def admin_login(client: Client, password: str, **headers: str) -> Any:
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "hr-admin", "password": password, "next": "/admin/"},
        headers=headers,
    )


@pytest.fixture
def hr_admin(db: None) -> Any:
    return get_user_model().objects.create_superuser("hr-admin", "hr@example.com", ADMIN_PASSWORD)


def test_admin_login_locks_out_after_five_failures(settings: Settings, hr_admin: Any) -> None:
    assert settings.AXES_FAILURE_LIMIT == 5
    attacker = Client(REMOTE_ADDR="81.2.69.160")
    statuses = [admin_login(attacker, f"guess-{n}").status_code for n in range(5)]
    assert statuses[:4] == [200, 200, 200, 200]  # the form again, with an error
    assert statuses[4] == 429
    locked = admin_login(attacker, ADMIN_PASSWORD)
    assert locked.status_code == 429
    assert b"too many login attempts" in locked.content
    assert "_auth_user_id" not in attacker.session
    assert attacker.get("/admin/").status_code == 302  # still sent to the login page


def test_admin_lockout_is_per_username_and_address(hr_admin: Any) -> None:
    attacker = Client(REMOTE_ADDR="81.2.69.160")
    for n in range(5):
        admin_login(attacker, f"guess-{n}")
    colleague = Client(REMOTE_ADDR="81.2.69.161")
    response = admin_login(colleague, ADMIN_PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_spoofed_forwarded_for_does_not_evade_the_lockout(hr_admin: Any) -> None:
    """Behind the platform router every request shares REMOTE_ADDR; a client-chosen
    X-Forwarded-For must not give each guess a fresh address."""
    for n in range(5):
        admin_login(
            Client(REMOTE_ADDR="10.1.2.3"), f"guess-{n}", X_Forwarded_For=f"8.8.4.{n}, 81.2.69.160"
        )
    last = admin_login(
        Client(REMOTE_ADDR="10.1.2.3"), ADMIN_PASSWORD, X_Forwarded_For="8.8.4.99, 81.2.69.160"
    )
    assert last.status_code == 429


def test_behind_a_trusted_proxy_axes_locks_the_guessers_address_only(
    settings: Settings, hr_admin: Any
) -> None:
    """TRUSTED_PROXY_COUNT=1 (Heroku): every request comes from the router; axes keys on the
    address the router appended, so a guesser does not lock the admin out for everyone."""
    settings.TRUSTED_PROXY_COUNT = 1
    router = "10.1.2.3"
    guesser = Client(REMOTE_ADDR=router)
    for n in range(5):
        admin_login(guesser, f"guess-{n}", X_Forwarded_For="81.2.69.160")
    assert admin_login(guesser, ADMIN_PASSWORD, X_Forwarded_For="81.2.69.160").status_code == 429
    # forging an entry in front of the router's changes nothing
    forged = admin_login(guesser, ADMIN_PASSWORD, X_Forwarded_For="7.7.7.7, 81.2.69.160")
    assert forged.status_code == 429
    admin = Client(REMOTE_ADDR=router)
    response = admin_login(admin, ADMIN_PASSWORD, X_Forwarded_For="203.0.113.7")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_axes_records_the_address_the_proxy_appended(settings: Settings, hr_admin: Any) -> None:
    from axes.models import AccessAttempt

    settings.TRUSTED_PROXY_COUNT = 1
    admin_login(Client(REMOTE_ADDR="10.1.2.3"), "wrong", X_Forwarded_For="6.6.6.6, 81.2.69.160")
    assert list(AccessAttempt.objects.values_list("username", "ip_address")) == [
        ("hr-admin", "81.2.69.160")
    ]


def test_correct_password_works_before_any_failure(hr_admin: Any) -> None:
    response = admin_login(Client(REMOTE_ADDR="81.2.69.160"), ADMIN_PASSWORD)
    assert response.status_code == 302


def test_api_token_routes_do_not_accept_the_admin_session(hr_admin: Any) -> None:
    client = Client()
    client.force_login(hr_admin)
    response = client.post(
        "/search", {"message": "Who works in Sales?"}, content_type="application/json"
    )
    assert_error_shape(response, 401, "not_authenticated")


def test_unknown_paths_reveal_nothing(tokens: dict[str, str]) -> None:
    response = Client().get(f"/api/{uuid.uuid4()}/")
    assert_error_shape(response, 404, "not_found")
