"""The employee as the REST API reads and writes it."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import IntegrityError, transaction
from rest_framework import serializers

from employees.directory import employee_field_names
from employees.models import Employee

EMAIL_TAKEN = (
    "An employee with this e-mail address already exists "
    "(addresses are compared ignoring upper and lower case)."
)
EMAIL_CONSTRAINT = "employees_email_ci_unique"


@contextmanager
def _email_conflict_as_validation_error() -> Iterator[None]:
    """Two requests can pass `validate_email` at once; the database constraint decides."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as exc:
        if EMAIL_CONSTRAINT in str(exc):
            raise serializers.ValidationError({"email": [EMAIL_TAKEN]}) from exc
        raise


class EmployeeSerializer(serializers.ModelSerializer[Employee]):
    class Meta:
        model = Employee
        fields = employee_field_names()
        read_only_fields = ("id",)
        extra_kwargs = {
            "first_name": {"help_text": "Given name (at most 64 characters)."},
            "last_name": {"help_text": "Family name (at most 64 characters)."},
            "email": {"help_text": "Work e-mail address, unique ignoring case."},
            "department": {"help_text": "The department the employee works in."},
            "title": {"help_text": "The employee's job title."},
            "hire_date": {"help_text": "The day the employee was hired (YYYY-MM-DD)."},
        }

    def validate_email(self, value: str) -> str:
        taken = Employee.objects.filter(email__iexact=value)
        if self.instance is not None:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise serializers.ValidationError(EMAIL_TAKEN)
        return value

    def create(self, validated_data: dict[str, Any]) -> Employee:
        with _email_conflict_as_validation_error():
            return super().create(validated_data)

    def update(self, instance: Employee, validated_data: dict[str, Any]) -> Employee:
        with _email_conflict_as_validation_error():
            return super().update(instance, validated_data)
