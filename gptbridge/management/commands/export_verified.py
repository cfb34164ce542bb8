from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from gptbridge.verified_io import FORMATS, export_records, format_of, render_records


class Command(BaseCommand):
    help = (
        "Export verified questions to FILE: .jsonl in `evaluate`'s format (id, question, "
        "gold_sql, notes) or .csv. Retired questions only with --include-retired."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--format", choices=FORMATS, default=None, help="Default: by suffix.")
        parser.add_argument("--include-retired", action="store_true")

    def handle(
        self, *args: Any, file: Path, format: str | None, include_retired: bool, **options: Any
    ) -> str:
        try:
            records = export_records(include_retired=include_retired)
            file.write_text(render_records(records, format_of(file, format)), encoding="utf-8")
        except (OSError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        return f"Exported {len(records)} verified questions to {file}."
