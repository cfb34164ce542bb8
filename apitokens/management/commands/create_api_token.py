from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from apitokens.models import ApiToken


class Command(BaseCommand):
    help = (
        "Create a named API token and print it once (only its hash is stored). "
        "With --user, the token acts as that user; without, it is read-only."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="A label for the token, e.g. 'ChatGPT action'.")
        parser.add_argument("--user", help="Username the token acts as (for write access).")

    def handle(self, *args: Any, name: str, user: str | None, **options: Any) -> str:
        owner = None
        if user:
            try:
                owner = get_user_model().objects.get(username=user)
            except get_user_model().DoesNotExist as exc:
                raise CommandError(f"No user named {user!r}.") from exc
        token, key = ApiToken.objects.create_key(name=name[:50], user=owner)
        self.stderr.write(
            self.style.SUCCESS(f"Created token {token.name!r} (prefix {token.prefix}). ")
            + "Store it now; it cannot be shown again:"
        )
        return key
