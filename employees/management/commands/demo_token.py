from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from apitokens.models import ApiToken

DEMO_TOKEN_NAME = "demo (make run)"  # noqa: S105  (a label, not a secret)


class Command(BaseCommand):
    help = "Print a bearer token for trying the API locally (creates a read-only one if needed)."

    def handle(self, *args: Any, **options: Any) -> str:
        if settings.BEARER_AUTH_API_KEY:
            token = settings.BEARER_AUTH_API_KEY
            source = "BEARER_AUTH_API_KEY"
        else:
            ApiToken.objects.filter(name=DEMO_TOKEN_NAME).update(revoked=True)
            _, token = ApiToken.objects.create_key(name=DEMO_TOKEN_NAME)
            source = "a new read-only token (older demo tokens were revoked)"
        self.stdout.write(self.style.SUCCESS(f"Demo bearer token, from {source}:"))
        self.stdout.write(f"  {token}")
        self.stdout.write(
            "Try: curl -s -X POST http://127.0.0.1:8000/search "
            f"-H 'Authorization: Bearer {token}' -H 'Content-Type: application/json' "
            """-d '{"message": "Who works in Marketing?"}'"""
        )
        return ""
