"""The employees table: database constraints, the seed fixture, and the walk-through query."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction

from employees.models import Department, Employee
from tests.factories import EmployeeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("field", "value"), [("department", "Nope"), ("title", "Nope"), ("department", "marketing")]
)
def test_check_constraints_refuse_unknown_choices(field: str, value: str) -> None:
    employee = EmployeeFactory.create()
    with pytest.raises(IntegrityError), transaction.atomic():
        Employee.objects.filter(pk=employee.pk).update(**{field: value})


def test_check_constraint_holds_for_raw_sql() -> None:
    employee = EmployeeFactory.create()
    pk = Employee._meta.pk.get_db_prep_value(employee.pk, connection)
    with pytest.raises(IntegrityError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE employees SET title = %s WHERE id = %s", ["Chief Vibes Officer", pk])


def test_email_is_unique_ignoring_case_in_the_database() -> None:
    EmployeeFactory.create(email="Someone@Example.com")
    with pytest.raises(IntegrityError), transaction.atomic():
        EmployeeFactory.create(email="someone@example.COM")
    assert Employee.objects.count() == 1


def test_different_emails_are_fine() -> None:
    EmployeeFactory.create(email="one@example.com")
    EmployeeFactory.create(email="two@example.com")
    assert Employee.objects.count() == 2


def test_str_and_full_name() -> None:
    employee = EmployeeFactory.create(first_name="Ada", last_name="Lovelace")
    assert str(employee) == employee.full_name == "Ada Lovelace"


def test_fixture_loads_500_and_loading_again_changes_nothing() -> None:
    call_command("loaddata", "employees", verbosity=0)
    first = list(Employee.objects.order_by("id").values())
    assert len(first) == 500
    call_command("loaddata", "employees", verbosity=0)
    assert list(Employee.objects.order_by("id").values()) == first


def test_walk_through_example(seeded: None) -> None:
    """Marketing employees hired after 2018, by hire date (equal dates by name)."""
    rows = list(
        Employee.objects.filter(
            department=Department.MARKETING, hire_date__gt=dt.date(2018, 12, 31)
        )
        .order_by("hire_date", "last_name", "first_name")
        .values_list("first_name", "last_name", "hire_date")
    )
    assert len(rows) == 22
    assert rows[:2] == [
        ("Leopold", "Johnston", dt.date(2019, 2, 21)),
        ("Jailyn", "McClure", dt.date(2019, 2, 21)),
    ]
    assert rows[-1] == ("Zackery", "Welch", dt.date(2023, 9, 8))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "hire_date", [dt.date(1899, 12, 31), dt.date(2100, 1, 1), dt.date(2202, 5, 1)]
)
def test_the_database_refuses_hire_dates_outside_the_fixed_range(hire_date: dt.date) -> None:
    """Also for writers that skip validation (bulk loads, raw SQL)."""
    with pytest.raises(IntegrityError), transaction.atomic():
        Employee.objects.bulk_create([EmployeeFactory.build(hire_date=hire_date)])


@pytest.mark.django_db
def test_the_moving_horizon_is_a_year_from_today() -> None:
    from django.core.exceptions import ValidationError
    from django.utils import timezone

    from employees.validation import latest_hire_date, validate_hire_date

    today = timezone.localdate()
    assert latest_hire_date() == today + dt.timedelta(days=366)
    validate_hire_date(today + dt.timedelta(days=366))
    with pytest.raises(ValidationError, match="a year from today"):
        validate_hire_date(today + dt.timedelta(days=367))
    assert latest_hire_date(dt.date(2099, 6, 1)) == dt.date(2099, 12, 31)


@pytest.mark.django_db(transaction=True)
def test_the_migration_names_rows_that_would_break_the_hire_date_constraint() -> None:
    from django.db.migrations.executor import MigrationExecutor

    before, after = (
        [("employees", "0002_prefix_search_indexes")],
        [("employees", "0003_hire_date_rule_and_choice_labels")],
    )
    MigrationExecutor(connection).migrate(before)
    try:
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO employees (id, first_name, last_name, email, department, title,"
                " hire_date) VALUES (%s, 'Far', 'Future', 'far@example.com', 'HR', 'Intern',"
                " %s)",
                [
                    "0" * 32
                    if connection.vendor == "sqlite"
                    else "0" * 8 + "-0000-4000-8000-" + "0" * 12,
                    dt.date(2202, 5, 1),
                ],
            )
        with pytest.raises(RuntimeError, match=r"far@example.com \(.*\): 2202-05-01"):
            MigrationExecutor(connection).migrate(after)
        Employee.objects.filter(email="far@example.com").delete()
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
