"""The employee as the REST API reads and writes it; writes go through employees.services."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from employees import services
from employees.directory import employee_field_names
from employees.models import Department, Employee, Title
from employees.selectors import email_taken
from employees.validation import DATE_FORMAT_MESSAGE, EMAIL_TAKEN, choice_message

EMPLOYEE_FIELDS = employee_field_names()


def _choice_errors(kind: str, values: list[str]) -> dict[str, str]:
    # DRF fills in {input}; the shared wording uses %(value)s.
    return {"invalid_choice": choice_message(kind, values).replace("%(value)s", "{input}")}


class EmployeeSerializer(serializers.ModelSerializer[Employee]):
    class Meta:
        model = Employee
        fields = EMPLOYEE_FIELDS
        read_only_fields = ("id",)
        # Help texts come from the model's fields (the directory description's source).
        extra_kwargs = {
            "department": {"error_messages": _choice_errors("department", Department.values)},
            "title": {"error_messages": _choice_errors("title", Title.values)},
            "hire_date": {"error_messages": {"invalid": DATE_FORMAT_MESSAGE}},
        }

    def validate_email(self, value: str) -> str:
        if email_taken(value, other_than=self.instance.pk if self.instance else None):
            raise serializers.ValidationError(EMAIL_TAKEN)
        return value

    def create(self, validated_data: dict[str, Any]) -> Employee:
        with _as_api_errors():
            return services.create_employee(**validated_data)

    def update(self, instance: Employee, validated_data: dict[str, Any]) -> Employee:
        with _as_api_errors():
            return services.update_employee(instance, **validated_data)


@contextmanager
def _as_api_errors() -> Iterator[None]:
    """The services speak Django's ValidationError; the API answers with DRF's."""
    try:
        yield
    except DjangoValidationError as error:
        raise serializers.ValidationError(error.message_dict) from error
