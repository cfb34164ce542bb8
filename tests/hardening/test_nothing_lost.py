"""Nothing lost: a CSV import through the admin is all or nothing (employees/resources.py), and a
failure half-way through `generate_employees` keeps whole batches only."""

import io
from typing import Any
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import OperationalError
from django.test import Client

from employees import synthetic
from employees.models import Employee
from tests.hardening.support import table_checksums

IMPORT_URL = "/admin/employees/employee/import/"
CONFIRM_URL = "/admin/employees/employee/process_import/"
HEADER = "first_name,last_name,email,department,title,hire_date\n"
VALID_ROWS = [
    "Ada,Lovelace,ada.lovelace@import.example,Engineering,Manager,2021-03-01",
    "Grace,Hopper,grace.hopper@import.example,Engineering,Vice-President,2019-07-15",
    "Alan,Turing,alan.turing@import.example,Product,Associate,2022-11-30",
]

pytestmark = pytest.mark.usefixtures("seeded")


@pytest.fixture
def hr_client(db: None) -> Client:
    staff = get_user_model().objects.create_superuser("hr-importer", "hr@example.com", None)
    client = Client()
    client.force_login(staff)
    return client


def upload(client: Client, rows: list[str]) -> Any:
    csv_file = io.BytesIO((HEADER + "\n".join(rows) + "\n").encode())
    csv_file.name = "employees.csv"
    return client.post(IMPORT_URL, {"import_file": csv_file, "format": "0", "resource": "0"})


def confirm(client: Client, preview: Any) -> Any:
    form = preview.context["confirm_form"]
    return client.post(
        CONFIRM_URL, {name: form.initial[name] for name in form.initial}, follow=True
    )


def employees_checksum() -> tuple[int, str]:
    return table_checksums(exclude=[])["employees"]


@pytest.mark.parametrize(
    "bad_row",
    [
        "Bad,Department,bad.department@import.example,Wizardry,Manager,2020-01-01",
        "Bad,Title,bad.title@import.example,Sales,Overlord,2020-01-01",
        "Bad,Email,not-an-email,Sales,Manager,2020-01-01",
        "Bad,Date,bad.date@import.example,Sales,Manager,31/12/2020",
        "Dup,InFile,ADA.LOVELACE@import.example,Sales,Manager,2020-01-01",
        ",,missing.names@import.example,Sales,Manager,2020-01-01",
    ],
)
def test_a_file_with_a_bad_row_imports_nothing(hr_client: Client, bad_row: str) -> None:
    before = employees_checksum()
    preview = upload(hr_client, [*VALID_ROWS[:2], bad_row, VALID_ROWS[2]])
    assert preview.status_code == 200
    assert preview.context.get("confirm_form") is None, "a file with an invalid row was offered"
    assert b"process_import" not in preview.content
    assert (
        preview.context["result"].has_validation_errors() or preview.context["result"].has_errors()
    )
    assert employees_checksum() == before


def test_an_e_mail_taken_by_an_existing_employee_blocks_the_file(hr_client: Client) -> None:
    existing = Employee.objects.order_by("email").first()
    assert existing is not None
    before = employees_checksum()
    taken = f"Copy,Cat,{existing.email.upper()},Sales,Manager,2020-01-01"
    preview = upload(hr_client, [*VALID_ROWS, taken])
    assert preview.context.get("confirm_form") is None
    assert employees_checksum() == before


def test_a_clean_file_imports_exactly_its_rows(hr_client: Client) -> None:
    before = Employee.objects.count()
    preview = upload(hr_client, VALID_ROWS)
    assert preview.context.get("confirm_form") is not None
    assert Employee.objects.count() == before  # the preview writes nothing
    done = confirm(hr_client, preview)
    assert done.status_code == 200
    assert Employee.objects.count() == before + len(VALID_ROWS)
    imported = set(
        Employee.objects.filter(email__endswith="@import.example").values_list("email", flat=True)
    )
    assert imported == {row.split(",")[2] for row in VALID_ROWS}


def test_a_row_turning_invalid_between_preview_and_confirm_rolls_back_the_file(
    hr_client: Client,
) -> None:
    preview = upload(hr_client, VALID_ROWS)
    assert preview.context.get("confirm_form") is not None
    # Someone adds Grace by hand while the importer looks at the preview.
    Employee.objects.create(
        first_name="Grace",
        last_name="Hopper",
        email="Grace.Hopper@import.example",
        department="Engineering",
        title="Manager",
        hire_date="2019-07-15",
    )
    before = employees_checksum()
    done = confirm(hr_client, preview)
    assert employees_checksum() == before, "part of the file was imported"
    messages = [str(message) for message in done.context["messages"]]
    assert any("Nothing was imported" in message for message in messages), messages


def test_generate_employees_failing_in_the_second_batch_keeps_whole_batches_only() -> None:
    before = set(Employee.objects.values_list("pk", flat=True))
    real_row = synthetic.RowSynthesizer.row
    made: list[synthetic.Row] = []

    def row_with_a_bad_one_mid_second_batch(self: Any) -> synthetic.Row:
        row = real_row(self)
        if len(made) == 15:  # the 6th row of the second batch of 10
            row = (*row[:4], "Not a department", *row[5:])  # the CHECK constraint refuses it
        made.append(row)
        return row

    with (
        mock.patch.object(synthetic.RowSynthesizer, "row", row_with_a_bad_one_mid_second_batch),
        pytest.raises(CommandError, match="10 employees from the batches before it were kept"),
    ):
        call_command(
            "generate_employees",
            count=25,
            batch_size=10,
            seed=7,
            no_progress=True,
            stdout=io.StringIO(),
        )

    added = set(Employee.objects.values_list("pk", flat=True)) - before
    assert len(made) >= 16  # the failure really came half-way through the second batch
    assert added == {row[0] for row in made[:10]}  # the first batch, whole; none of the second


def test_generate_employees_keeps_nothing_when_the_first_batch_fails() -> None:
    before = employees_checksum()

    def failing_insert(rows: Any) -> None:
        first_three = [row for _, row in zip(range(3), rows, strict=False)]
        Employee.objects.bulk_create(
            [Employee(**dict(zip(synthetic.COLUMNS, row, strict=True))) for row in first_three]
        )
        raise OperationalError("the database went away mid-batch")

    with (
        mock.patch.object(synthetic, "insert_rows", failing_insert),
        pytest.raises(CommandError, match="0 employees"),
    ):
        call_command(
            "generate_employees",
            count=8,
            batch_size=10,
            seed=3,
            no_progress=True,
            stdout=io.StringIO(),
        )
    assert employees_checksum() == before
