"""`manage.py generate_employees`: count, unique e-mails and ids, reproducibility, whole batches."""

import datetime as dt
from collections.abc import Iterable
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models.functions import Lower

from employees import synthetic
from employees.models import Department, Employee, Title

UNTIL = dt.date(2025, 6, 30)
COLUMNS = ("id", "first_name", "last_name", "email", "department", "title", "hire_date")


def generate(count: int, *, seed: int = 1, batch_size: int = 100) -> str:
    out = StringIO()
    call_command(
        "generate_employees",
        count=count,
        seed=seed,
        batch_size=batch_size,
        until=UNTIL,
        no_progress=True,
        stdout=out,
    )
    return out.getvalue()


def all_rows() -> list[tuple[object, ...]]:
    return list(Employee.objects.order_by("id").values_list(*COLUMNS))


@pytest.mark.django_db
def test_adds_the_requested_count_and_reports_it() -> None:
    output = generate(250, batch_size=100)

    assert Employee.objects.count() == 250
    assert output.startswith("Added 250 employees in ")
    assert "(seed 1)" in output


@pytest.mark.django_db
def test_rows_are_valid_and_plausible() -> None:
    generate(400)

    rows = list(Employee.objects.all())
    assert {e.department for e in rows} <= set(Department.values)
    assert {e.title for e in rows} <= set(Title.values)
    titles = [e.title for e in rows]
    assert titles.count(Title.ASSOCIATE) > titles.count(Title.PRESIDENT)
    assert all(dt.date(2010, 6, 30) <= e.hire_date <= UNTIL for e in rows)
    assert all(e.first_name.isalpha() and e.last_name.isalpha() for e in rows)
    for employee in rows[:20]:
        employee.full_clean()  # e-mail format, lengths and choices as the model sees them


@pytest.mark.django_db
def test_emails_and_ids_stay_unique_across_runs_and_existing_rows(seeded: None) -> None:
    # An existing row already uses the generator's pattern, with a high counter.
    Employee.objects.create(
        first_name="Ann",
        last_name="Lee",
        email="Ann.Lee.1000@EXAMPLE.com",
        department=Department.HR,
        title=Title.MANAGER,
        hire_date=dt.date(2020, 1, 1),
    )

    generate(300, seed=5)
    generate(300, seed=5)  # same seed again: the counters carry on above the first run

    assert Employee.objects.count() == 500 + 1 + 600
    emails = Employee.objects.annotate(lower=Lower("email")).values_list("lower", flat=True)
    assert len(set(emails)) == len(emails)
    ids = Employee.objects.values_list("id", flat=True)
    assert len(set(ids)) == len(ids)
    assert Employee.objects.filter(email__endswith=".1001@example.com").count() == 1


@pytest.mark.django_db
def test_same_seed_from_the_same_start_gives_the_same_rows() -> None:
    generate(150, seed=42, batch_size=40)
    first_run = all_rows()
    Employee.objects.all().delete()

    generate(150, seed=42, batch_size=64)  # batch size does not change the rows
    second_run = all_rows()
    Employee.objects.all().delete()
    generate(150, seed=43)

    assert second_run == first_run
    assert all_rows() != first_run


@pytest.mark.django_db
def test_a_failing_batch_leaves_only_the_whole_batches_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_insert = synthetic.insert_rows
    batches: list[int] = []

    def insert_with_a_bad_row_in_batch_two(made: Iterable[synthetic.Row]) -> None:
        rows = list(made)
        batches.append(len(rows))
        if len(batches) == 2:
            # The last row breaks the department check constraint, after the rows before it
            # were sent (SQLite's bulk_create writes 200 rows in two INSERTs).
            *good, last = rows
            rows = [*good, (*last[:4], "Nope", *last[5:])]
        real_insert(rows)

    monkeypatch.setattr(synthetic, "insert_rows", insert_with_a_bad_row_in_batch_two)

    with pytest.raises(CommandError, match="200 employees from the batches before it were kept"):
        generate(500, batch_size=200)

    assert batches == [200, 200]
    assert Employee.objects.count() == 200


@pytest.mark.django_db
@pytest.mark.parametrize("options", [{"count": 0}, {"count": 5, "batch_size": 0}])
def test_rejects_counts_below_one(options: dict[str, int]) -> None:
    with pytest.raises(CommandError, match="must be 1 or more"):
        call_command("generate_employees", no_progress=True, **options)


def test_batch_sizes_cover_the_count() -> None:
    assert list(synthetic.batch_sizes(25, 10)) == [10, 10, 5]
    assert list(synthetic.batch_sizes(20, 10)) == [10, 10]


@pytest.mark.django_db
@pytest.mark.parametrize("until", ["2202-05-01", "1910-01-01"])
def test_generator_keeps_to_the_hire_date_rule(until: str) -> None:
    with pytest.raises(CommandError, match="is not plausible; check the year"):
        call_command("generate_employees", "--count", "5", "--until", until, "--no-progress")
    assert not Employee.objects.exists()
