"""Writes to the directory: every new or changed employee goes through here.

The API, the admin and the CSV importer all save through `save_employee`, so the same rules
(the model's validators, including the hire-date rule, and the e-mail unique ignoring case)
apply to each, with the same messages. A race between two writers with the same e-mail is
decided by the database's unique index and reported as the same validation error.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from employees.models import Employee
from employees.selectors import email_taken
from employees.validation import EMAIL_TAKEN

EMAIL_CONSTRAINT = "employees_email_ci_unique"


def validate_employee(employee: Employee) -> None:
    """Every field error at once (Django's `ValidationError` with a message dict)."""
    errors: dict[str, list[str]] = {}
    try:
        employee.full_clean(validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        errors = dict(error.message_dict)
    if (
        employee.email
        and "email" not in errors
        and email_taken(employee.email, other_than=employee.pk)
    ):
        errors["email"] = [EMAIL_TAKEN]
    if errors:
        raise ValidationError(errors)


@contextmanager
def email_conflict_as_validation_error() -> Iterator[None]:
    """Two writers can both pass the e-mail check; the unique index decides between them."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as error:
        if EMAIL_CONSTRAINT in str(error):
            raise ValidationError({"email": [EMAIL_TAKEN]}) from error
        raise


def save_employee(employee: Employee, *, validate: bool = True) -> Employee:
    """Validate (unless the caller just did) and save, new or changed."""
    if validate:
        validate_employee(employee)
    with email_conflict_as_validation_error():
        employee.save()
    return employee


def create_employee(**fields: Any) -> Employee:
    return save_employee(Employee(**fields))


def update_employee(employee: Employee, **changes: Any) -> Employee:
    for name, value in changes.items():
        setattr(employee, name, value)
    return save_employee(employee)
