from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone

from gptbridge.models import QueryLog


class Command(BaseCommand):
    help = "Delete question-log entries older than --days days (default 90)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=90, help="Keep this many days (>= 0).")
        parser.add_argument("--dry-run", action="store_true", help="Count, but delete nothing.")

    def handle(self, *args: Any, days: int, dry_run: bool, **options: Any) -> str:
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        cutoff = timezone.now() - timedelta(days=days)
        old = QueryLog.objects.filter(created_at__lt=cutoff)
        if dry_run:
            return f"Would delete {old.count()} question-log entries older than {days} days."
        with transaction.atomic():
            deleted, _ = old.delete()
        return f"Deleted {deleted} question-log entries older than {days} days."
