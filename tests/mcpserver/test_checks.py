"""The PUBLIC_BASE_URL system check: https, port 443, no path, or a clear message."""

import pytest
from pytest_django.fixtures import Settings

from mcpserver.checks import check_public_base_url, public_base_url_problem


@pytest.mark.parametrize(
    "url", ["https://directory.example.com", "https://directory.example.com:443"]
)
def test_good_urls(url: str) -> None:
    assert public_base_url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "complaint"),
    [
        ("http://directory.example.com", "must start with https://"),
        ("https://directory.example.com:8443", "must use port 443, not 8443"),
        ("https://directory.example.com/api", "must have no path ('/api')"),
        ("https://directory.example.com?x=1", "must have no query or user"),
        ("https://", "must name a host"),
        ("https://directory.example.com:99999", "is not a URL"),
        ("http://localhost:8000", "must start with https://; must use port 443, not 8000"),
    ],
)
def test_bad_urls_say_what_is_wrong(url: str, complaint: str) -> None:
    problem = public_base_url_problem(url)
    assert problem is not None
    assert complaint in problem


def test_the_check_reports_an_error(settings: Settings) -> None:
    settings.PUBLIC_BASE_URL = "http://localhost:8000"
    [message] = check_public_base_url(None)
    assert message.id == "mcpserver.E001"
    assert message.is_serious()


def test_unset_is_allowed(settings: Settings) -> None:
    settings.PUBLIC_BASE_URL = ""
    assert check_public_base_url(None) == []
