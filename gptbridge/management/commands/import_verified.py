from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from gptbridge.verified_io import FORMATS, ImportRejected, format_of, import_verified


class Command(BaseCommand):
    help = (
        "Import verified questions from FILE (.jsonl with 'question' and 'gold_sql', as "
        "`evaluate` reads, or .csv with those columns). Every query must pass the guard and a "
        "dry run; if any line is bad, nothing is imported and each bad line is listed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--format", choices=FORMATS, default=None, help="Default: by suffix.")

    def handle(self, *args: Any, file: Path, format: str | None, **options: Any) -> str:
        try:
            text = file.read_text(encoding="utf-8")
            summary = import_verified(text, format_of(file, format))
        except (OSError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        except ImportRejected as exc:
            for problem in exc.problems:
                self.stderr.write(self.style.ERROR(problem))
            raise CommandError(str(exc)) from exc
        return (
            f"Imported {summary.created} new and {summary.updated} updated verified questions"
            f" ({summary.skipped} without SQL skipped)."
        )
