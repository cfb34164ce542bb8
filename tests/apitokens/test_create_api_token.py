"""`manage.py create_api_token`: prints a new key once; --user makes it act as that user."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client

from apitokens.models import ApiToken

pytestmark = pytest.mark.django_db


def create_token(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("create_api_token", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_prints_the_key_once_and_stores_only_its_hash() -> None:
    out, err = create_token("ChatGPT action")
    key = out.strip()
    assert out == f"{key}\n"
    assert key not in err
    token = ApiToken.objects.get()
    assert token.name == "ChatGPT action"
    assert token.user is None
    assert token.prefix in err
    assert key.split(".")[1] not in token.hashed_key


def test_the_printed_key_works() -> None:
    key = create_token("works")[0].strip()
    response = Client().get("/api/employees/", headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 200


def test_user_binds_the_token_to_that_user() -> None:
    user = get_user_model().objects.create_user("hr-admin")
    create_token("HR sync", "--user", "hr-admin")
    assert ApiToken.objects.get().user == user


def test_an_unknown_user_is_an_error_and_creates_nothing() -> None:
    with pytest.raises(CommandError, match="nobody"):
        create_token("orphan", "--user", "nobody")
    assert not ApiToken.objects.exists()


def test_every_call_makes_a_new_key() -> None:
    first = create_token("same name")[0]
    second = create_token("same name")[0]
    assert first != second
    assert ApiToken.objects.count() == 2
