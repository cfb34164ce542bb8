"""`manage.py register_oauth_client`: a GPT action's confidential OAuth client."""

from io import StringIO

import pytest
from django.contrib.auth.hashers import check_password
from django.core.management import CommandError, call_command
from oauth2_provider.models import Application

CALLBACK = "https://chatgpt.com/aip/g-0123/oauth/callback"


def register(*args: str) -> dict[str, str]:
    out = StringIO()
    call_command("register_oauth_client", *args, stdout=out, stderr=StringIO())
    return dict(line.split(": ", 1) for line in out.getvalue().strip().splitlines())


@pytest.mark.django_db
def test_prints_what_the_gpt_editor_asks_for(settings: object) -> None:
    settings.PUBLIC_BASE_URL = "https://directory.example.com"  # type: ignore[attr-defined]
    shown = register("Directory GPT", "--redirect-uri", CALLBACK)
    application = Application.objects.get(name="Directory GPT")
    assert shown["Client ID"] == application.client_id
    assert check_password(shown["Client Secret"], application.client_secret)  # stored hashed
    assert shown["Authorization URL"] == "https://directory.example.com/o/authorize/"
    assert shown["Token URL"] == "https://directory.example.com/o/token/"
    assert shown["Scope"] == "directory"
    assert application.client_type == Application.CLIENT_CONFIDENTIAL
    assert application.authorization_grant_type == Application.GRANT_AUTHORIZATION_CODE
    assert application.redirect_uris == CALLBACK


@pytest.mark.django_db
def test_running_again_adds_a_callback_and_keeps_the_secret() -> None:
    first = register("Directory GPT", "--redirect-uri", CALLBACK)
    other = "https://chat.openai.com/aip/g-0123/oauth/callback"
    again = register("Directory GPT", "--redirect-uri", other, "--redirect-uri", CALLBACK)
    assert again["Client ID"] == first["Client ID"]
    assert again["Client Secret"] == "(unchanged)"
    assert Application.objects.get().redirect_uris.split() == [CALLBACK, other]


@pytest.mark.django_db
def test_a_bad_callback_is_refused() -> None:
    with pytest.raises(CommandError):
        register("Directory GPT", "--redirect-uri", "not a url")
    assert not Application.objects.exists()
