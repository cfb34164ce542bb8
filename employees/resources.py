"""CSV import and export of employees (django-import-export).

Import is all or nothing: the preview validates every row with the same rules and words as the
REST API (employees/validation.py, employees/services.py) and lists each invalid row with its
reasons; the "Confirm import" button appears only when no row has an error. The confirm step
runs in one transaction that is rolled back if any row fails then (for instance an e-mail taken
in between), so a file is either imported whole or not at all.

Rows without an `id` are new employees: they get their id when saved, so the preview shows
none. Export writes cells that a spreadsheet would run as a formula (starting with =, +, -, @,
tab or carriage return) with a leading apostrophe, which makes them plain text.
"""

import datetime as dt
from typing import Any

from import_export import fields, resources, widgets
from import_export.formats.base_formats import CSV
from import_export.resources import Diff
from tablib import Dataset

from employees import services
from employees.directory import employee_field_names
from employees.models import Employee
from employees.selectors import email_taken
from employees.validation import DATE_FORMAT_MESSAGE, EMAIL_TAKEN

IMPORT_EXPORT_FIELDS = employee_field_names()
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class IsoDateWidget(widgets.DateWidget):
    """YYYY-MM-DD, with the API's message for anything else."""

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%d")

    def clean(self, value: Any, row: Any = None, **kwargs: Any) -> dt.date | None:
        try:
            return super().clean(value, row, **kwargs)
        except ValueError as error:
            raise ValueError(DATE_FORMAT_MESSAGE) from error


def _id_is_blank(row: Any) -> bool:
    return not str(row.get("id") or "").strip()


class EmployeeResource(resources.ModelResource):
    hire_date = fields.Field(attribute="hire_date", column_name="hire_date", widget=IsoDateWidget())

    class Meta:
        model = Employee
        fields = IMPORT_EXPORT_FIELDS
        export_order = IMPORT_EXPORT_FIELDS
        import_id_fields = ("id",)
        # full_clean() on every row: invalid department/title/e-mail/date become row errors.
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True

    def before_import(self, dataset: Dataset, **kwargs: Any) -> None:
        # A file of new employees may leave out the id column entirely.
        if dataset.headers and "id" not in dataset.headers:
            dataset.append_col([""] * len(dataset), header="id")

    def get_instance(self, instance_loader: Any, row: Any) -> Employee | None:
        if _id_is_blank(row):
            return None  # a new employee
        return super().get_instance(instance_loader, row)

    def import_field(
        self, field: fields.Field, instance: Employee, row: Any, **kwargs: Any
    ) -> None:
        if field.attribute == "id" and _id_is_blank(row):
            return  # keep the id the new employee will be saved with
        super().import_field(field, instance, row, **kwargs)

    def get_diff_class(self) -> type[Diff]:
        return NewRowsWithoutIdDiff

    def validate_instance(
        self,
        instance: Employee,
        import_validation_errors: dict[str, Any] | None = None,
        validate_unique: bool = True,
    ) -> None:
        errors = dict(import_validation_errors or {})
        if (
            instance.email
            and "email" not in errors
            and email_taken(instance.email, other_than=instance.pk)
        ):
            errors["email"] = [EMAIL_TAKEN]
        super().validate_instance(instance, errors, validate_unique)

    def do_instance_save(self, instance: Employee, is_create: bool) -> None:
        services.save_employee(instance, validate=False)  # validate_instance just did


class NewRowsWithoutIdDiff(Diff):
    """The preview of a new employee shows no id: it is assigned when the row is saved."""

    def __init__(self, resource: resources.Resource, instance: Any, new: bool) -> None:
        super().__init__(resource, instance, new)
        self._id_column = [f.attribute for f in resource.get_import_fields()].index("id")
        self._blank_id(self.left)

    def compare_with(self, resource: resources.Resource, instance: Any) -> None:
        super().compare_with(resource, instance)
        self._blank_id(self.right)

    def _blank_id(self, values: list[Any]) -> None:
        if self.new and len(values) > self._id_column:
            values[self._id_column] = ""


class FormulaSafeCSV(CSV):
    """CSV whose cells never start a spreadsheet formula (OWASP's "CSV injection")."""

    def export_data(self, dataset: Dataset, **kwargs: Any) -> Any:
        for index, row in enumerate(dataset):
            dataset[index] = tuple(_defused(cell) for cell in row)
        return super().export_data(dataset, **kwargs)


def _defused(cell: Any) -> Any:
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell
