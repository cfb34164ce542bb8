"""Query-string filters for the employee list: field filters, and an ordering that says no."""

from collections.abc import Iterable, Sequence
from typing import Any

import django_filters
from django import forms
from django.db.models import QuerySet
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter
from rest_framework.request import Request
from rest_framework.views import APIView

from employees.models import Department, Employee, Title
from employees.validation import DATE_FORMAT_MESSAGE, choice_message

ORDERING_FIELDS = ("last_name", "first_name", "hire_date", "department", "title", "email")
DEFAULT_ORDERING = ("last_name", "first_name")
# Appended to every ordering so that equal values (two people hired the same day) always come
# in the same order, and a row never appears on two pages or on none.
TIE_BREAKERS = ("last_name", "first_name", "id")

DATE_ERRORS = {"invalid": DATE_FORMAT_MESSAGE}


def _choice_errors(kind: str, values: Sequence[str]) -> dict[str, str]:
    return {"invalid_choice": choice_message(kind, values)}


class NoBlankParametersForm(forms.Form):
    """`?title=` is an error, not "no filter": the schema allows only real values."""

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for name in self.fields:
            if self.data.get(name) == "":
                self.add_error(name, "Give a value, or leave the parameter out.")
        return cleaned


class EmployeeFilter(django_filters.FilterSet):
    department = django_filters.ChoiceFilter(
        choices=Department.choices,
        error_messages=_choice_errors("department", Department.values),
        help_text="Only employees in this department (exact, case-sensitive value).",
    )
    title = django_filters.ChoiceFilter(
        choices=Title.choices,
        error_messages=_choice_errors("title", Title.values),
        help_text="Only employees with this job title (exact, case-sensitive value).",
    )
    hired_after = django_filters.DateFilter(
        field_name="hire_date",
        lookup_expr="gt",
        error_messages=DATE_ERRORS,
        help_text=(
            "Only employees hired strictly after this date (YYYY-MM-DD). "
            "'Hired after 2018' is hired_after=2018-12-31."
        ),
    )
    hired_before = django_filters.DateFilter(
        field_name="hire_date",
        lookup_expr="lt",
        error_messages=DATE_ERRORS,
        help_text=(
            "Only employees hired strictly before this date (YYYY-MM-DD). "
            "'Hired before 2015' is hired_before=2015-01-01."
        ),
    )

    class Meta:
        model = Employee
        fields = ("department", "title", "hired_after", "hired_before")
        form = NoBlankParametersForm


class StrictOrderingFilter(OrderingFilter):
    """DRF's OrderingFilter, but an unknown field is a 400 instead of being silently ignored."""

    ordering_description = (
        f"Sort by one or more comma-separated fields: {', '.join(ORDERING_FIELDS)}; "
        "prefix a field with '-' for descending, e.g. '-hire_date,last_name'. "
        "Default: last_name,first_name. Ties are broken by name."
    )

    def remove_invalid_fields(
        self, queryset: QuerySet[Any], fields: Iterable[str], view: APIView, request: Request
    ) -> list[str]:
        terms = list(fields)
        valid = {name for name, _ in self.get_valid_fields(queryset, view, {"request": request})}
        unknown = [term for term in terms if term.removeprefix("-") not in valid]
        if unknown:
            shown = ", ".join(repr(term[:40]) for term in unknown)
            raise ValidationError(
                {
                    self.ordering_param: [
                        f"Cannot sort by {shown}; use one of: {', '.join(sorted(valid))} "
                        "(prefix '-' for descending)."
                    ]
                }
            )
        return terms

    def get_ordering(self, request: Request, queryset: QuerySet[Any], view: APIView) -> list[str]:
        ordering = list(super().get_ordering(request, queryset, view) or DEFAULT_ORDERING)
        chosen = {term.removeprefix("-") for term in ordering}
        return ordering + [field for field in TIE_BREAKERS if field not in chosen]
