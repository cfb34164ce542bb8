"""The admin's OAuth pages: clients, signed-in access and refresh tokens, pending grants."""

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from oauth2_provider.models import AccessToken, Application, Grant, RefreshToken

PAGES = ["application", "accesstoken", "refreshtoken", "grant"]


@pytest.fixture
def staff(db: None, settings: Any) -> Client:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    admin_user = get_user_model().objects.create_superuser("root", "root@x.test", "Root-Pass-77!")
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture
def issued(db: None) -> dict[str, Any]:
    user = get_user_model().objects.create_user("ada")
    application = Application.objects.create(
        name="Directory GPT",
        client_type=Application.CLIENT_CONFIDENTIAL,
        authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris="https://chatgpt.com/aip/g-1/oauth/callback",
    )
    later = timezone.now() + timedelta(hours=1)
    access = AccessToken.objects.create(
        user=user,
        application=application,
        token="access-secret-value-123",
        expires=later,
        scope="directory",
        resource=["https://directory.example.com/mcp"],
    )
    refresh = RefreshToken.objects.create(
        user=user, application=application, token="refresh-secret-456", access_token=access
    )
    grant = Grant.objects.create(
        user=user,
        application=application,
        code="grant-code-789",
        expires=later,
        redirect_uri="https://chatgpt.com/aip/g-1/oauth/callback",
        scope="directory",
    )
    return {"application": application, "access": access, "refresh": refresh, "grant": grant}


@pytest.mark.parametrize("model", PAGES)
def test_changelist_and_change_pages(staff: Client, issued: dict[str, Any], model: str) -> None:
    listing = staff.get(reverse(f"admin:oauth2_provider_{model}_changelist"))
    assert listing.status_code == 200
    text = listing.content.decode()
    for secret in ("access-secret-value-123", "refresh-secret-456", "grant-code-789"):
        assert secret not in text
    obj = {"application": "application", "accesstoken": "access", "refreshtoken": "refresh"}
    instance = issued[obj.get(model, "grant")]
    page = staff.get(reverse(f"admin:oauth2_provider_{model}_change", args=[instance.pk]))
    assert page.status_code == 200


def test_access_list_shows_audience(staff: Client, issued: dict[str, Any]) -> None:
    listing = staff.get(reverse("admin:oauth2_provider_accesstoken_changelist"))
    assert "https://directory.example.com/mcp" in listing.content.decode()


def test_revoking_an_access_token_revokes_its_refresh_token(
    staff: Client, issued: dict[str, Any]
) -> None:
    response = staff.post(
        reverse("admin:oauth2_provider_accesstoken_changelist"),
        {"action": "revoke_tokens", "_selected_action": [issued["access"].pk]},
    )
    assert response.status_code == 302
    assert not AccessToken.objects.filter(pk=issued["access"].pk).exists()
    issued["refresh"].refresh_from_db()
    assert issued["refresh"].revoked is not None


def test_id_tokens_are_not_in_the_admin(staff: Client) -> None:
    index = staff.get(reverse("admin:index")).content.decode()
    assert "ID tokens" not in index
    assert "Applications" in index
