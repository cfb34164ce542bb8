"""Bearer authentication: the static key or a named token; everything else is a 401."""

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings

from apitokens.models import ApiToken
from tests.conftest import STATIC_KEY
from tests.hardening.support import assert_error_shape

URL = "/api/employees/"

pytestmark = pytest.mark.django_db


def get(authorization: str | None) -> Any:
    headers = {} if authorization is None else {"Authorization": authorization}
    return Client().get(URL, headers=headers)


def named_token(name: str, **fields: Any) -> tuple[ApiToken, str]:
    token, key = ApiToken.objects.create_key(name=name, **fields)
    assert isinstance(token, ApiToken)
    return token, key


def assert_refused(response: Any, code: str = "authentication_failed") -> None:
    assert_error_shape(response, 401, code)
    assert response["WWW-Authenticate"].startswith("Bearer ")


def test_the_static_key() -> None:
    assert get(f"Bearer {STATIC_KEY}").status_code == 200


def test_the_scheme_name_ignores_case() -> None:
    assert get(f"bearer {STATIC_KEY}").status_code == 200


def test_no_static_key_configured_means_none_accepted(settings: Settings) -> None:
    settings.BEARER_AUTH_API_KEY = ""
    assert_refused(get(f"Bearer {STATIC_KEY}"))


def test_a_named_token_works_and_records_its_use() -> None:
    token, key = named_token("ChatGPT action")
    assert token.last_used_at is None
    before = timezone.now()
    assert get(f"Bearer {key}").status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None
    assert token.last_used_at >= before


def test_last_used_is_written_at_most_once_a_minute() -> None:
    token, key = named_token("busy")
    get(f"Bearer {key}")
    token.refresh_from_db()
    first_use = token.last_used_at
    get(f"Bearer {key}")
    token.refresh_from_db()
    assert token.last_used_at == first_use


def test_a_token_with_a_future_expiry_works() -> None:
    _, key = ApiToken.objects.create_key(
        name="later", expiry_date=timezone.now() + dt.timedelta(days=1)
    )
    assert get(f"Bearer {key}").status_code == 200


def test_a_revoked_token() -> None:
    token, key = ApiToken.objects.create_key(name="revoked")
    ApiToken.objects.filter(pk=token.pk).update(revoked=True)
    assert_refused(get(f"Bearer {key}"))


def test_an_expired_token() -> None:
    _, key = ApiToken.objects.create_key(
        name="expired", expiry_date=timezone.now() - dt.timedelta(seconds=1)
    )
    assert_refused(get(f"Bearer {key}"))


def test_a_token_of_a_deactivated_user() -> None:
    user = get_user_model().objects.create_user("gone")
    _, key = ApiToken.objects.create_key(name="gone", user=user)
    user.is_active = False
    user.save()
    assert_refused(get(f"Bearer {key}"))


@pytest.mark.parametrize(
    "token",
    [
        "wrong",
        f"{STATIC_KEY}x",
        STATIC_KEY.upper(),
        "Abcd1234.not-the-secret",
        "x" * 300,
    ],
)
def test_a_wrong_token(token: str) -> None:
    assert_refused(get(f"Bearer {token}"))


def test_a_named_tokens_prefix_with_a_wrong_secret() -> None:
    token, _ = ApiToken.objects.create_key(name="real")
    assert_refused(get(f"Bearer {token.prefix}.{'0' * 32}"))


def test_a_missing_header() -> None:
    assert_refused(get(None), "not_authenticated")


@pytest.mark.parametrize(
    "header",
    [f"Token {STATIC_KEY}", "Basic dXNlcjpwYXNz", f"Bearer: {STATIC_KEY}", f"JWT {STATIC_KEY}"],
)
def test_another_scheme(header: str) -> None:
    assert_refused(get(header))


@pytest.mark.parametrize("header", ["Bearer", "Bearer ", f"Bearer {STATIC_KEY} {STATIC_KEY}"])
def test_a_malformed_header(header: str) -> None:
    assert_refused(get(header))


def test_tokens_are_stored_only_as_hashes() -> None:
    token, key = ApiToken.objects.create_key(name="stored")
    prefix, secret = key.split(".")
    assert token.prefix == prefix
    row = ApiToken.objects.filter(pk=token.pk).values().get()
    stored = " ".join(str(value) for value in row.values())
    assert key not in stored
    assert secret not in stored
    assert ApiToken.objects.get_from_key(key) == token


# --- wrong tokens are throttled per client address ------------------------------------------


def search(client: Client, key: str, **headers: str) -> Any:
    return client.post(
        "/search",
        "{}",
        content_type="application/json",
        headers={"Authorization": f"Bearer {key}", **headers},
    )


@pytest.fixture
def three_guesses(settings: Settings) -> None:
    settings.AUTH_FAILURE_RATE = "3/day"
    settings.TRUSTED_PROXY_COUNT = 0


def test_wrong_tokens_from_one_address_get_429(three_guesses: None) -> None:
    guesser = Client(REMOTE_ADDR="81.2.69.160")
    assert [search(guesser, f"guess-{n}").status_code for n in range(3)] == [401] * 3
    throttled = search(guesser, "guess-3")
    body = assert_error_shape(throttled, 429, "throttled")
    retry_after = int(throttled["Retry-After"])
    assert 1 <= retry_after <= 86400
    assert "wrong API token from this address" in body["message"]
    assert str(retry_after) in body["message"]
    # the right token from that address is refused too: a guesser learns nothing while blocked
    assert search(guesser, STATIC_KEY).status_code == 429
    # everyone else is unaffected
    assert search(Client(REMOTE_ADDR="81.2.69.161"), STATIC_KEY).status_code == 400


def test_every_bearer_endpoint_counts_wrong_tokens(three_guesses: None) -> None:
    guesser = Client(REMOTE_ADDR="81.2.69.160")
    for n in range(3):
        guesser.get(URL, headers={"Authorization": f"Bearer nope.{n}"})
    assert_error_shape(guesser.get(URL, headers={"Authorization": "Bearer x"}), 429, "throttled")
    assert search(guesser, "guess").status_code == 429


def test_malformed_authorization_headers_count_as_wrong_tokens(three_guesses: None) -> None:
    guesser = Client(REMOTE_ADDR="81.2.69.160")
    for header in ("Basic abc", "Bearer a b", "Bearer"):
        assert guesser.get(URL, headers={"Authorization": header}).status_code == 401
    assert guesser.get(URL, headers={"Authorization": f"Bearer {STATIC_KEY}"}).status_code == 429


def test_requests_without_a_token_are_not_counted(three_guesses: None) -> None:
    client = Client(REMOTE_ADDR="81.2.69.160")
    assert {client.get(URL).status_code for _ in range(5)} == {401}
    assert client.get(URL, headers={"Authorization": f"Bearer {STATIC_KEY}"}).status_code == 200


def test_behind_a_trusted_proxy_each_client_address_counts_alone(
    three_guesses: None, settings: Settings
) -> None:
    settings.TRUSTED_PROXY_COUNT = 1
    router = "10.0.0.1"  # every request arrives from the platform's router
    guesser = Client(REMOTE_ADDR=router, HTTP_X_FORWARDED_FOR="81.2.69.160")
    for n in range(3):
        search(guesser, f"guess-{n}")
    assert search(guesser, "guess-3").status_code == 429
    colleague = Client(REMOTE_ADDR=router, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert search(colleague, STATIC_KEY).status_code == 400
    # a forged X-Forwarded-For in front of the router's entry changes nothing
    forger = Client(REMOTE_ADDR=router, HTTP_X_FORWARDED_FOR="1.1.1.1, 81.2.69.160")
    assert search(forger, "guess-4").status_code == 429


def test_without_trusted_proxies_a_forged_forwarded_for_changes_nothing(
    three_guesses: None,
) -> None:
    for n in range(3):
        search(Client(REMOTE_ADDR="81.2.69.160", HTTP_X_FORWARDED_FOR=f"9.9.9.{n}"), f"g{n}")
    forged = Client(REMOTE_ADDR="81.2.69.160", HTTP_X_FORWARDED_FOR="9.9.9.99")
    assert search(forged, "g4").status_code == 429
