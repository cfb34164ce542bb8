"""Synthetic employees for load tests and demos: realistic, reproducible, unique e-mails.

Names are drawn from Faker's en_US name tables with their real-world frequencies by a seeded
`random.Random`; calling Faker once per row would cost ~70 µs a row (over a minute for a million).
The same seed, `until` date and starting table give the same rows, UUIDs included (the UUIDs come
from the seeded generator, which also takes in the highest e-mail counter already in the table).

E-mails are `first.last.<n>@example.com` with a counter `n` that starts above every counter
already used on that domain, so they are unique (case-insensitively) by construction, whatever
the table holds.
"""

import bisect
import datetime as dt
import itertools
import random
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping

from django.db import connection, transaction
from faker.providers.person.en_US import Provider as EnglishNames

from employees.models import Department, Employee, Title
from employees.validation import validate_hire_date

EMAIL_DOMAIN = "example.com"
HIRE_YEARS = 15

# A plausible organisation: many associates and assistants, few vice-presidents, fewer presidents.
TITLE_WEIGHTS: dict[str, float] = {
    Title.ASSOCIATE: 30,
    Title.ASSISTANT: 22,
    Title.JUNIOR_EXECUTIVE: 14,
    Title.MANAGER: 12,
    Title.CONTRACTOR: 10,
    Title.INTERN: 9,
    Title.VICE_PRESIDENT: 2.5,
    Title.PRESIDENT: 0.5,
}
DEPARTMENT_WEIGHTS: dict[str, float] = {
    Department.ENGINEERING: 25,
    Department.SALES: 20,
    Department.CUSTOMER_SERVICE: 18,
    Department.MARKETING: 10,
    Department.PRODUCT: 10,
    Department.ACCOUNTING: 9,
    Department.HR: 8,
}

# Column order of a row tuple, also the COPY column list.
COLUMNS = ("id", "first_name", "last_name", "email", "department", "title", "hire_date")
Row = tuple[uuid.UUID, str, str, str, str, str, dt.date]

_COUNTER_PATTERN = re.compile(r"\.(\d+)@" + re.escape(EMAIL_DOMAIN) + r"$", re.IGNORECASE)


class RowSynthesizer:
    """Makes rows of synthetic employees; one instance per run, rows drawn one after another.

    Every row takes its values from the generator in the same order, so the rows do not depend
    on how they are split into batches.
    """

    def __init__(self, seed: int, until: dt.date, last_counter: int) -> None:
        # The starting counter is part of the seed: a second run with the same seed on a table
        # that already holds the first run's rows must not draw the same UUIDs again.
        self.rng = random.Random(f"{seed}/{last_counter}")  # noqa: S311  (reproducible by design)
        self.counter = last_counter  # incremented before each use
        self.until = until
        self.span_days = (until - _years_before(until, HIRE_YEARS)).days
        self.first_names = WeightedChoice(
            {**EnglishNames.first_names_female, **EnglishNames.first_names_male}
        )
        self.last_names = WeightedChoice(EnglishNames.last_names)
        self.departments = WeightedChoice(DEPARTMENT_WEIGHTS)
        self.titles = WeightedChoice(TITLE_WEIGHTS)

    def rows(self, count: int) -> Iterator[Row]:
        for _ in range(count):
            yield self.row()

    def row(self) -> Row:
        rng = self.rng
        self.counter += 1
        first, last = self.first_names.pick(rng), self.last_names.pick(rng)
        # sqrt skews hire dates towards recent years: a growing company, early hires partly gone.
        days_ago = int(self.span_days * (1 - rng.random() ** 0.5))
        return (
            uuid.UUID(int=rng.getrandbits(128), version=4),
            first,
            last,
            f"{_local_part(first)}.{_local_part(last)}.{self.counter}@{EMAIL_DOMAIN}",
            self.departments.pick(rng),
            self.titles.pick(rng),
            self.until - dt.timedelta(days=days_ago),
        )


class WeightedChoice:
    """random.choices for one value at a time, without rebuilding the cumulative weights."""

    def __init__(self, weights: Mapping[str, float]) -> None:
        self.values = [str(value) for value in weights]
        self.cumulative = list(itertools.accumulate(weights.values()))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> str:
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.total)]


def highest_email_counter() -> int:
    """The highest counter an existing e-mail on EMAIL_DOMAIN uses (one pass over those rows)."""
    emails = (
        Employee.objects.filter(email__iendswith=f"@{EMAIL_DOMAIN}")
        .values_list("email", flat=True)
        .iterator(chunk_size=20_000)
    )
    highest = 0
    for email in emails:
        match = _COUNTER_PATTERN.search(email)
        if match:
            highest = max(highest, int(match.group(1)))
    return highest


def insert_rows(rows: Iterable[Row]) -> None:
    """Write rows: COPY on PostgreSQL (several times faster), bulk_create elsewhere.

    COPY takes the rows as they are made, so PostgreSQL writes while Python makes the next.
    """
    if connection.vendor == "postgresql":
        columns = ", ".join(connection.ops.quote_name(column) for column in COLUMNS)
        table = connection.ops.quote_name(Employee._meta.db_table)
        # Django's cursor wrapper passes copy() straight to psycopg: wrap its errors ourselves.
        with (
            connection.wrap_database_errors,
            connection.cursor() as cursor,
            cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
    else:
        Employee.objects.bulk_create(
            [Employee(**dict(zip(COLUMNS, row, strict=True))) for row in rows]
        )


def generate_employees(
    count: int,
    *,
    seed: int,
    batch_size: int,
    until: dt.date,
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Add `count` synthetic employees in batches; returns how many were added.

    Each batch is its own transaction: if one fails, the batches before it stay and nothing of
    the failing batch is written, so the table grows by a whole number of batches. Hire dates
    follow the directory's rule (employees/validation.py): a `until` that would put any of them
    outside it raises Django's ValidationError before anything is written.
    """
    validate_hire_date(_years_before(until, HIRE_YEARS))
    validate_hire_date(until)
    synthesizer = RowSynthesizer(seed, until, last_counter=highest_email_counter())
    added = 0
    for size in batch_sizes(count, batch_size):
        with transaction.atomic():
            insert_rows(synthesizer.rows(size))
        added += size
        if on_batch:
            on_batch(size)
    return added


def batch_sizes(count: int, batch_size: int) -> Iterator[int]:
    full, rest = divmod(count, batch_size)
    yield from [batch_size] * full
    if rest:
        yield rest


def _local_part(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower()) or "x"


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
