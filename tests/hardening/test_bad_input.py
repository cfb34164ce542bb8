"""Bad input, property-based: whatever malformed request arrives, the answer is the documented
4xx in the one error shape, and nothing reaches the question pipeline."""

import json
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.test import Client
from hypothesis import HealthCheck, assume, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from pytest_django.fixtures import Settings

from gptbridge.models import QueryLog
from tests.hardening.support import assert_error_shape, served_operations

KEY = "hardening-bad-input-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
LIMIT = django_settings.API_MAX_BODY_BYTES
MAX_CHARS = 1000
SEARCH_DOCUMENTED = {
    int(status) for op in served_operations() if op.path == "/search" for status in op.responses
}
LIST_DOCUMENTED = {
    int(status)
    for op in served_operations()
    if op.operation_id == "listEmployees"
    for status in op.responses
}
CLIENT = Client()  # one client: its middleware chain is built once, not per example

# Bounded, reproducible, and no example database written into the work tree.
FUZZ = hypothesis_settings(
    max_examples=60,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

pytestmark = pytest.mark.django_db

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
not_strings = json_values.filter(lambda value: not isinstance(value, str))


@pytest.fixture(autouse=True)
def _api_key(settings: Settings) -> None:
    settings.BEARER_AUTH_API_KEY = KEY


def post_raw(body: bytes, content_type: str = "application/json", path: str = "/search") -> Any:
    return CLIENT.generic("POST", path, data=body, content_type=content_type, headers=AUTH)


def post_json(value: Any, path: str = "/search") -> Any:
    return post_raw(json.dumps(value).encode(), path=path)


def assert_rejected(response: Any, status: int | set[int], code: str | set[str] | None) -> None:
    assert_error_shape(response, status, code)
    assert response.status_code in SEARCH_DOCUMENTED, (
        f"{response.status_code} is not among the statuses /search documents: {SEARCH_DOCUMENTED}"
    )
    assert not QueryLog.objects.exists(), "a malformed request reached the question pipeline"


@FUZZ
@given(message=not_strings, answer_format=st.sampled_from([None, "answer", "rows"]))
def test_message_of_the_wrong_type(message: Any, answer_format: str | None) -> None:
    body = (
        {"message": message}
        if answer_format is None
        else {"message": message, "format": answer_format}
    )
    response = post_json(body)
    assert_rejected(response, 400, "invalid")
    assert "message" in response.json()["fields"]


@FUZZ
@given(
    body=st.dictionaries(
        st.text(max_size=12).filter(lambda key: key != "message"), json_values, max_size=5
    )
)
def test_missing_message(body: dict[str, Any]) -> None:
    response = post_json(body)
    assert_rejected(response, 400, "invalid")
    assert "message" in response.json()["fields"]


@FUZZ
@given(body=json_values.filter(lambda value: not isinstance(value, dict)))
def test_body_that_is_not_an_object(body: Any) -> None:
    assert_rejected(post_json(body), 400, "invalid")


@FUZZ
@given(
    message=st.text(min_size=1, max_size=200),
    answer_format=json_values.filter(lambda v: v not in ("answer", "rows")),
)
def test_unknown_format(message: str, answer_format: Any) -> None:
    response = post_json({"message": message, "format": answer_format})
    assert_rejected(response, 400, "invalid")


@FUZZ
@given(message=st.text(st.sampled_from(" \t\r\n\u00a0\u2003"), max_size=50))
def test_blank_message(message: str) -> None:
    assert_rejected(post_json({"message": message}), 400, "invalid")


@FUZZ
@given(extra=st.integers(min_value=1, max_value=LIMIT // 2), char=st.sampled_from("aé€😀"))
def test_message_over_1000_characters(extra: int, char: str) -> None:
    message = char * (MAX_CHARS + extra)
    body = json.dumps({"message": message}, ensure_ascii=False).encode()
    expected = 413 if len(body) > LIMIT else 400
    assert_rejected(post_raw(body), expected, "too_large" if expected == 413 else "invalid")


@FUZZ
@given(extra=st.integers(min_value=1, max_value=4 * LIMIT))
def test_body_over_the_limit(extra: int) -> None:
    body = json.dumps({"message": "x" * (LIMIT + extra)}).encode()
    assert_rejected(post_raw(body), 413, "too_large")


def test_declared_length_over_the_limit_is_refused_before_reading() -> None:
    response = Client().generic(
        "POST",
        "/search",
        data=b'{"message": "hi"}',
        content_type="application/json",
        headers=AUTH,
        CONTENT_LENGTH=str(LIMIT + 1),
    )
    assert_rejected(response, 413, "too_large")


@FUZZ
@given(
    depth=st.integers(min_value=1, max_value=LIMIT // 2 - 20),
    opener=st.sampled_from(["[", '{"a":']),
)
def test_deeply_nested_json(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    body = ('{"message": ' + opener * depth + "1" + closer * depth + "}").encode()
    expected = 413 if len(body) > LIMIT else 400
    assert_rejected(post_raw(body), expected, None)


@FUZZ
@given(
    prefix=st.binary(max_size=40),
    junk=st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x80"]),
)
def test_invalid_utf8(prefix: bytes, junk: bytes) -> None:
    body = b'{"message": "' + prefix.replace(b'"', b"").replace(b"\\", b"") + junk + b'"}'
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        assume(False)  # the prefix completed the junk into a valid character
    assert_rejected(post_raw(body), 400, "parse_error")


@FUZZ
@given(before=st.text(max_size=30), after=st.text(max_size=30), escaped=st.booleans())
def test_nul_bytes(before: str, after: str, escaped: bool) -> None:
    message = before + "\x00" + after
    body = (
        json.dumps({"message": message}).encode()
        if escaped
        else (
            b'{"message": "'
            + before.encode().replace(b'"', b"").replace(b"\\", b"")
            + b"\x00"
            + b'"}'
        )
    )
    assert_rejected(post_raw(body), 400, {"invalid", "parse_error"})


@FUZZ
@given(body=st.binary(max_size=300))
def test_arbitrary_bytes_as_json(body: bytes) -> None:
    try:
        value = json.loads(body)
    except ValueError:
        value = None
    if (
        isinstance(value, dict)
        and isinstance(value.get("message"), str)
        and value["message"].strip()
    ):
        return  # a well-formed question by chance: not bad input
    assert_rejected(post_raw(body), 400, {"invalid", "parse_error"})


@FUZZ
@given(
    content_type=st.sampled_from(
        [
            "text/plain",
            "text/html",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=xyz",
            "application/octet-stream",
            "application/jsonx",
            "image/png",
            "",
        ]
    ),
    body=st.binary(max_size=200),
)
def test_wrong_content_type(content_type: str, body: bytes) -> None:
    response = post_raw(b'{"message": "Who works in Sales?"}' + body, content_type=content_type)
    assert_rejected(response, 415, "unsupported_media_type")


@FUZZ
@given(
    params=st.dictionaries(
        st.text(min_size=1, max_size=10), st.text(max_size=30), min_size=1, max_size=4
    ),
    body=not_strings,
)
def test_query_parameters_do_not_change_the_verdict(params: dict[str, str], body: Any) -> None:
    response = CLIENT.post(
        "/search?" + "&".join(f"{k}={v}" for k, v in params.items()).replace(" ", "+"),
        data=json.dumps({"message": body}),
        content_type="application/json",
        headers=AUTH,
    )
    assert_rejected(response, 400, "invalid")


@pytest.mark.parametrize("method", ["get", "put", "patch", "delete", "head", "options"])
def test_other_methods_on_search(method: str) -> None:
    response = getattr(Client(), method)("/search", headers=AUTH)
    if method == "head":
        assert response.status_code == 405
        return
    if method == "options":
        assert response.status_code in (200, 405)
        return
    # 405 is not an operation's status: the schema lists only the methods that exist.
    assert_error_shape(response, 405, "method_not_allowed")


LIST_PARAMETERS = [
    "page",
    "page_size",
    "department",
    "title",
    "hired_after",
    "hired_before",
    "ordering",
]


@FUZZ
@given(
    params=st.dictionaries(
        st.sampled_from(LIST_PARAMETERS),
        st.one_of(
            st.text(max_size=40),
            st.integers().map(str),
            st.sampled_from(["", "0", "-1", "1e9", "true", "null", "[]", "2020-13-45", "\x00"]),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_list_query_parameters_of_the_wrong_type(params: dict[str, str]) -> None:
    """Whatever the query string, the list answers 200 or a documented 4xx in the error shape."""
    response = CLIENT.get("/api/employees/", params, headers=AUTH)
    assert response.status_code in LIST_DOCUMENTED, (response.status_code, params)
    if response.status_code != 200:
        assert_error_shape(response, response.status_code)


@pytest.mark.parametrize("depth", [999, 5_000, 30_000])
def test_json_nested_deeper_than_the_parser_recursion(depth: int) -> None:
    """Python's json module raises RecursionError (not ValueError) past ~1000 levels; DRF's
    JSONParser only turns ValueError into a ParseError."""
    body = ('{"message": ' + "[" * depth + "]" * depth + "}").encode()
    assert_rejected(post_raw(body), 400, {"invalid", "parse_error"})
