"""Project-wide deploy checks (`manage.py check --deploy`)."""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core.checks import CheckMessage, Error, Tags, register
from django.core.files.storage import storages


@register(Tags.staticfiles, deploy=True)
def check_static_manifest(
    app_configs: Sequence[AppConfig] | None, **kwargs: Any
) -> list[CheckMessage]:
    """Without `collectstatic`, a manifest storage answers 500 on every page with a static file
    (`/`, `/api-docs/`, `/admin/login/`); say so before the first request does."""
    storage = storages["staticfiles"]
    if settings.DEBUG or not isinstance(storage, ManifestFilesMixin):
        return []
    manifest = Path(settings.STATIC_ROOT) / storage.manifest_name
    if manifest.is_file():
        return []
    return [
        Error(
            f"The static files manifest {manifest} is missing, so with DEBUG=false the home "
            "page, /api-docs/ and the admin answer 500.",
            hint="Run `python manage.py collectstatic --noinput` as part of the build (the "
            "Heroku Python buildpack does) or set STATIC_ROOT to where it was collected.",
            id="directory_gpt.E001",
        )
    ]
