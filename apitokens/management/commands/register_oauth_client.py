from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from oauth2_provider.generators import generate_client_secret
from oauth2_provider.models import Application

EDITOR_FIELDS = (
    ("Client ID", "{client_id}"),
    ("Client Secret", "{secret}"),
    ("Authorization URL", "{base}/o/authorize/"),
    ("Token URL", "{base}/o/token/"),
    ("Scope", "directory"),
    ("Token Exchange Method", "Default (POST request)"),
)


class Command(BaseCommand):
    help = (
        "Register a GPT action (or another server-side client) as a confidential OAuth client "
        "and print what to paste into the GPT editor. Run it again with the same name to add "
        "a callback URL; the secret is then not changed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="The client's name, e.g. 'Directory GPT'.")
        parser.add_argument(
            "--redirect-uri",
            action="append",
            required=True,
            help="The GPT's callback: https://chatgpt.com/aip/<GPT id>/oauth/callback.",
        )

    @transaction.atomic
    def handle(self, *args: Any, name: str, redirect_uri: list[str], **options: Any) -> str:
        application = Application.objects.filter(name=name).first()
        secret = "(unchanged)"  # noqa: S105  (shown instead of a secret we no longer have)
        if application is None:
            secret = generate_client_secret()
            application = Application(
                name=name,
                client_type=Application.CLIENT_CONFIDENTIAL,
                authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
                client_secret=secret,
            )
        known = application.redirect_uris.split()
        application.redirect_uris = " ".join(known + [u for u in redirect_uri if u not in known])
        try:
            application.full_clean()
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        application.save()
        base = settings.PUBLIC_BASE_URL or "<PUBLIC_BASE_URL>"
        values = {"client_id": application.client_id, "secret": secret, "base": base}
        self.stderr.write(self.style.SUCCESS(f"OAuth client {name!r} is ready. In the GPT editor:"))
        return "\n".join(f"{label}: {value.format(**values)}" for label, value in EDITOR_FIELDS)
