"""Demo tokens for trying the API locally (`make run`), kept across runs in the local `.env`."""

from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management.base import BaseCommand, CommandError, CommandParser

from apitokens.models import ApiToken

DEMO_TOKEN_NAME = "demo (make run)"  # noqa: S105  (a label, not a secret)
DEMO_WRITE_TOKEN_NAME = "demo editor (make run)"  # noqa: S105
DEMO_EDITOR = "demo-editor"
READ_VARIABLE, WRITE_VARIABLE = "DEMO_TOKEN", "DEMO_WRITE_TOKEN"
EDITOR_PERMISSIONS = ("add_employee", "change_employee", "delete_employee")


class Command(BaseCommand):
    help = (
        "Print `export` lines for trying the API locally: BASE, a read-only TOKEN and a "
        "WRITE_TOKEN acting as the user demo-editor (employee add/change/delete only). The keys "
        "are kept in the local .env and reused while valid. Development only (DEBUG)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--env-file", type=Path, default=Path(settings.BASE_DIR) / ".env")
        parser.add_argument("--base", default="http://127.0.0.1:8000", help="The server's URL.")

    def handle(self, *args: Any, env_file: Path, base: str, **options: Any) -> str:
        if not settings.DEBUG:
            raise CommandError("demo_token is for local development: it needs DEBUG=true.")
        stored = read_env_file(env_file)
        read_key = settings.BEARER_AUTH_API_KEY or usable_key(stored.get(READ_VARIABLE))
        write_key = usable_key(stored.get(WRITE_VARIABLE))
        created = []
        if not read_key:
            _, read_key = ApiToken.objects.create_key(name=DEMO_TOKEN_NAME)
            created.append(READ_VARIABLE)
        if not write_key:
            _, write_key = ApiToken.objects.create_key(name=DEMO_WRITE_TOKEN_NAME, user=editor())
            created.append(WRITE_VARIABLE)
        if not settings.BEARER_AUTH_API_KEY:
            stored[READ_VARIABLE] = read_key
        stored[WRITE_VARIABLE] = write_key
        write_env_file(env_file, stored)
        how = f"created {', '.join(created)}" if created else "reused the ones in .env"
        self.stdout.write(f"# Demo tokens ({how}); paste these lines into another shell:")
        return "\n".join(
            [
                f"export BASE={base}",
                f"export TOKEN={read_key}        # read-only",
                f"export WRITE_TOKEN={write_key}  # acts as {DEMO_EDITOR}: may change employees",
            ]
        )


def usable_key(key: str | None) -> str | None:
    """`key` if it is still a valid (unrevoked, unexpired) token whose user, if any, is active."""
    if not key or not ApiToken.objects.is_valid(key):
        return None
    token = ApiToken.objects.get_from_key(key)
    user = token.user if isinstance(token, ApiToken) else None
    return key if user is None or user.is_active else None


def editor() -> Any:
    user, _ = get_user_model().objects.get_or_create(username=DEMO_EDITOR)
    if user.has_usable_password():
        user.set_unusable_password()  # a token user only: it cannot log in to the admin
        user.save()
    user.user_permissions.add(*Permission.objects.filter(codename__in=EDITOR_PERMISSIONS))
    return user


def read_env_file(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    pairs = {}
    for line in path.read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep and not name.lstrip().startswith("#"):
            pairs[name.strip()] = value.strip()
    return pairs


def write_env_file(path: Path, values: dict[str, str]) -> None:
    """Replace or append the demo variables, leaving every other line of the file alone."""
    lines = path.read_text().splitlines() if path.exists() else []
    wanted = {name: values[name] for name in (READ_VARIABLE, WRITE_VARIABLE) if name in values}
    kept = [line for line in lines if line.partition("=")[0].strip() not in wanted]
    kept += [f"{name}={value}" for name, value in wanted.items()]
    path.write_text("\n".join(kept) + "\n")
