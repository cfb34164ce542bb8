import datetime as dt
import random
import time
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError
from tqdm import tqdm

from employees.synthetic import generate_employees


class Command(BaseCommand):
    help = (
        "Add N synthetic employees (realistic names, unique e-mails, hire dates over the last 15 "
        "years). Each batch is one transaction: a failure keeps the whole batches before it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--count", type=int, required=True, help="How many to add (>= 1).")
        parser.add_argument("--seed", type=int, help="Same seed, --until and table: same rows.")
        parser.add_argument("--batch-size", type=int, default=10_000, help="Rows per transaction.")
        parser.add_argument(
            "--until",
            type=dt.date.fromisoformat,
            default=dt.date.today(),
            help="Latest hire date, YYYY-MM-DD (default today).",
        )
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(
        self,
        *args: Any,
        count: int,
        seed: int | None,
        batch_size: int,
        until: dt.date,
        no_progress: bool,
        **options: Any,
    ) -> str:
        if count < 1 or batch_size < 1:
            raise CommandError("--count and --batch-size must be 1 or more.")
        seed = random.SystemRandom().randrange(2**32) if seed is None else seed
        started = time.perf_counter()
        written = 0

        def on_batch(size: int) -> None:
            nonlocal written
            written += size
            bar.update(size)

        # disable=None: tqdm shows the bar only when stderr is a terminal.
        with tqdm(total=count, unit="rows", disable=True if no_progress else None) as bar:
            try:
                generate_employees(
                    count, seed=seed, batch_size=batch_size, until=until, on_batch=on_batch
                )
            except ValidationError as error:
                raise CommandError(f"--until {until}: {' '.join(error.messages)}") from error
            except DatabaseError as error:
                raise CommandError(
                    f"A batch failed and was rolled back; {written} employees from the batches "
                    f"before it were kept. {error}"
                ) from error
        elapsed = time.perf_counter() - started
        return f"Added {written} employees in {elapsed:.1f} s (seed {seed})."
