"""CSV import and export of employees (django-import-export).

Import is all or nothing: the preview validates every row (choices, e-mail format, e-mail unique
case-insensitively, also within the file) and lists each invalid row with its errors; the
"Confirm import" button appears only when no row has an error. The confirm step runs in one
transaction that is rolled back if any row fails then (for instance an e-mail taken in between),
so a file is either imported whole or not at all.
"""

import uuid
from typing import Any

from django.db.models import Value
from django.db.models.functions import Lower
from import_export import resources
from tablib import Dataset

from employees.directory import employee_field_names
from employees.models import Employee

EMAIL_TAKEN = "Another employee already has this e-mail address (compared case-insensitively)."


def email_in_use(email: str, *, other_than: uuid.UUID | None = None) -> bool:
    """Whether another employee has `email`, ignoring case (uses the lower(email) index)."""
    others = Employee.objects.alias(email_lower=Lower("email")).filter(
        email_lower=Lower(Value(email))
    )
    if other_than is not None:
        others = others.exclude(pk=other_than)
    return others.exists()


class EmployeeResource(resources.ModelResource):
    class Meta:
        model = Employee
        fields = employee_field_names()
        export_order = fields
        import_id_fields = ("id",)
        # full_clean() on every row: invalid department/title/e-mail become row errors.
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True
        widgets = {"hire_date": {"format": "%Y-%m-%d"}}

    def before_import(self, dataset: Dataset, **kwargs: Any) -> None:
        # A file of new employees may leave out the id column entirely.
        if dataset.headers and "id" not in dataset.headers:
            dataset.append_col([""] * len(dataset), header="id")

    def before_import_row(self, row: dict[str, Any], **kwargs: Any) -> None:
        if not str(row.get("id") or "").strip():
            row["id"] = str(uuid.uuid4())

    def validate_instance(
        self,
        instance: Employee,
        import_validation_errors: dict[str, Any] | None = None,
        validate_unique: bool = True,
    ) -> None:
        errors = dict(import_validation_errors or {})
        # Checked here for a clear message; the model's unique constraint would only name itself.
        if (
            instance.email
            and "email" not in errors
            and email_in_use(instance.email, other_than=instance.pk)
        ):
            errors["email"] = [EMAIL_TAKEN]
        super().validate_instance(instance, errors, validate_unique)
