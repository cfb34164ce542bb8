"""Where an uploaded CSV waits between the import preview and "Confirm import".

django-import-export's default keeps it in the system temporary directory under a name the
confirm form posts back, and `process_import` opens and then *deletes* whatever that name
points at (`../../srv/app/db.sqlite3` included). Here names are random 128-bit hex strings in a
directory of our own, anything else is refused before a path is built, files are readable by
this user only, and files left by imports nobody confirmed are removed after an hour, each time
a new upload is stored.
"""

import os
import re
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from import_export.tmp_storages import BaseStorage

ABANDONED_AFTER_SECONDS = 3600
_NAME = re.compile(r"^[0-9a-f]{32}$")


class UnknownImportFile(ValueError):
    """The posted name is not one this storage could have issued."""


def import_directory() -> Path:
    directory = Path(tempfile.gettempdir()) / "directory_gpt-imports"
    directory.mkdir(mode=0o700, exist_ok=True)
    return directory


def remove_abandoned(now: float | None = None) -> int:
    """Delete waiting uploads older than an hour; returns how many went."""
    cutoff = (now or time.time()) - ABANDONED_AFTER_SECONDS
    removed = 0
    for path in import_directory().iterdir():
        if _NAME.match(path.name) and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


class PrivateImportStorage(BaseStorage):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if self.name is not None and not _NAME.match(str(self.name)):
            raise UnknownImportFile("This import file is unknown or has expired; upload it again.")

    def _path(self) -> Path:
        return import_directory() / str(self.name)

    def save(self, data: bytes | str) -> None:
        remove_abandoned()
        self.name = uuid.uuid4().hex
        raw = data.encode(self.encoding or "utf-8") if isinstance(data, str) else data
        descriptor = os.open(self._path(), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(raw)

    def read(self) -> Any:
        try:
            raw = self._path().read_bytes()
        except FileNotFoundError as error:
            raise UnknownImportFile(
                "This import file is unknown or has expired; upload it again."
            ) from error
        return raw if "b" in self.read_mode else raw.decode(self.encoding or "utf-8")

    def remove(self) -> None:
        self._path().unlink(missing_ok=True)
