"""The HR admin for employees, built to stay quick on a million rows (see bench/scale.py).

What keeps it quick, each measured on 1,000,000 rows:
- the default order is lower(last_name), lower(first_name), the index employees_name_ci_idx,
  instead of a sort of the whole table;
- search is by prefix of first name, last name or e-mail, via PostgreSQL's text_pattern_ops
  indexes (migration 0002) instead of `icontains`, which reads the whole table;
- the date hierarchy and the hire-year filter list years (and months) from the min/max hire
  date, not from a DISTINCT over every date (on the whole table: two index look-ups);
- no facet counts and no second, unfiltered count (`show_full_result_count = False`);
- pages past the middle of the list are read backwards from its end (TwoEndedPaginator);
- exports are capped, and the export action never loads every primary key in the table.
"""

import datetime as dt
import uuid
from typing import Any, Literal

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import SEARCH_VAR
from django.core.paginator import Page, Paginator
from django.db.models import Max, Min, Q, QuerySet
from django.db.models.functions import Lower
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from import_export.admin import ImportExportActionModelAdmin
from import_export.formats.base_formats import Format
from import_export.forms import ImportForm
from import_export.results import Result

from employees import services
from employees.directory import editable_field_names
from employees.import_storage import PrivateImportStorage, UnknownImportFile
from employees.models import Employee
from employees.resources import EmployeeResource, FormulaSafeCSV
from employees.selectors import email_taken
from employees.validation import EMAIL_TAKEN

# A CSV of this many rows builds in a few seconds; beyond it, narrow the list first.
EXPORT_MAX_ROWS = 50_000
# An import is validated whole in memory before anything is written: 5 MB is ~40,000 rows.
IMPORT_MAX_BYTES = 5 * 1024 * 1024
EMPLOYEE_FORM_FIELDS = editable_field_names()


class HireYearFilter(admin.SimpleListFilter):
    """Hire years from the first to the last hire date: two index look-ups, no table scan."""

    title = "hire year"
    parameter_name = "hire_year"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        bounds = Employee.objects.aggregate(first=Min("hire_date"), last=Max("hire_date"))
        if bounds["first"] is None:
            return []
        years = range(bounds["last"].year, bounds["first"].year - 1, -1)
        return [(str(year), str(year)) for year in years]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Employee]) -> QuerySet[Employee]:
        if self.value() is None:
            return queryset
        try:
            year = int(str(self.value()))
            start, end = dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
        except ValueError as error:
            raise IncorrectLookupParameters(f"Not a year: {self.value()!r}") from error
        return queryset.filter(hire_date__gte=start, hire_date__lt=end)


class EmployeeChangeListQuerySet(QuerySet[Employee]):
    """Answers the date hierarchy's `dates()` for years and months from min/max hire dates.

    Django asks for SELECT DISTINCT date_trunc(...) over every matching row: 450 ms for the
    years of a million employees. One MIN/MAX query gives the first and last date; every year
    (month) between them is listed, so a period without hires, possible only in a small
    filtered list, shows as a link to an empty page. Days still come from the database: they
    are asked for within one month only.
    """

    def dates(
        self,
        field_name: str,
        kind: Literal["year", "month", "week", "day"],
        order: Literal["ASC", "DESC"] = "ASC",
    ) -> Any:
        if kind not in ("year", "month"):
            return super().dates(field_name, kind, order)
        bounds = self.aggregate(first=Min(field_name), last=Max(field_name))
        first, last = bounds["first"], bounds["last"]
        if first is None:
            return []
        periods = []
        year, month = first.year, first.month if kind == "month" else 1
        while (year, month) <= (last.year, last.month if kind == "month" else 1):
            periods.append(dt.date(year, month, 1))
            if kind == "year":
                year += 1
            else:
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return periods if order == "ASC" else periods[::-1]


class TwoEndedPaginator(Paginator):
    """Pages in the second half of the list are read from its end.

    An OFFSET walks past every row before it: the last page of a million employees, at offset
    999,950 along the name index, took 3.6 s. With the order reversed, the same rows are among
    the first ones, read as fast as page 1, then put back in order. The middle pages still cost
    the most (half the list at worst).
    """

    def page(self, number: int | str) -> Page:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        rows = self.object_list
        if bottom <= self.count // 2 or not isinstance(rows, QuerySet) or not rows.ordered:
            return super().page(number)
        from_end = list(rows.reverse()[self.count - top : self.count - bottom])
        return Page(from_end[::-1], number, self)


class EmployeeForm(forms.ModelForm):
    class Meta:
        model = Employee
        fields = EMPLOYEE_FORM_FIELDS

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"]
        # A new employee's pk is already a fresh UUID, so excluding it is right in both cases.
        if email_taken(email, other_than=self.instance.pk):
            raise forms.ValidationError(EMAIL_TAKEN)
        return email


class EmployeeImportForm(ImportForm):
    """The library's upload form, with a size limit checked before the file is read."""

    def clean_import_file(self) -> Any:
        upload = self.cleaned_data["import_file"]
        if upload.size > IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                f"The file is {filesizeformat(upload.size)}; an import takes at most "
                f"{filesizeformat(IMPORT_MAX_BYTES)} (about 40,000 employees). Split it."
            )
        return upload


@admin.register(Employee)
class EmployeeAdmin(ImportExportActionModelAdmin):
    form = EmployeeForm
    resource_classes = [EmployeeResource]
    formats = [FormulaSafeCSV]
    import_form_class = EmployeeImportForm
    tmp_storage_class = PrivateImportStorage
    # The library's page, with each invalid row's reasons written out rather than on hover.
    import_template_name = "admin/employees/employee/import.html"
    # Both buttons: Import, and Export of the current (searched, filtered) list.
    import_export_change_list_template = "admin/import_export/change_list_import_export.html"

    list_display = ("name", "email_address", "department", "title", "hire_date")
    list_display_links = ("name",)
    # Department and title sorts would sort the whole table; filter by them instead.
    sortable_by = ("name", "email_address", "hire_date")
    list_filter = ("department", "title", HireYearFilter)
    search_fields = ("first_name", "last_name", "email")  # searched by get_search_results
    search_help_text = (
        "Finds names and e-mails starting with each word: “smi”, “ann smi”, “jane.doe@”."
    )
    date_hierarchy = "hire_date"
    ordering = (Lower("last_name"), Lower("first_name"))
    list_per_page = 50
    paginator = TwoEndedPaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    readonly_fields = ("id",)

    def get_fields(self, request: HttpRequest, obj: Employee | None = None) -> Any:
        # An employee being added has no id yet (it is assigned on save): none is shown.
        return EMPLOYEE_FORM_FIELDS if obj is None else ("id", *EMPLOYEE_FORM_FIELDS)

    def save_model(self, request: HttpRequest, obj: Employee, form: Any, change: bool) -> None:
        services.save_employee(obj, validate=False)  # the form has just validated it

    @admin.display(description="Name", ordering=Lower("last_name"))
    def name(self, employee: Employee) -> str:
        return f"{employee.last_name}, {employee.first_name}"

    @admin.display(description="E-mail", ordering=Lower("email"))
    def email_address(self, employee: Employee) -> str:
        return employee.email

    def get_queryset(self, request: HttpRequest) -> QuerySet[Employee]:
        queryset = super().get_queryset(request)
        return EmployeeChangeListQuerySet(self.model, query=queryset.query, using=queryset.db)

    def get_ordering(self, request: HttpRequest) -> Any:
        if request.GET.get(SEARCH_VAR, "").strip():
            # Plain columns have no index, so PostgreSQL sorts the (few) matches rather than
            # walking the name index in order past every non-matching row: a prefix such as
            # "smi" matches a block of names that lies far along that index.
            return ("last_name", "first_name")
        return self.ordering

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Employee], search_term: str
    ) -> tuple[QuerySet[Employee], bool]:
        """Each word must start the first name, the last name or the e-mail (any case)."""
        words = search_term.split()
        if not words:
            return queryset, False
        queryset = queryset.alias(
            first_lower=Lower("first_name"),
            last_lower=Lower("last_name"),
            email_lower=Lower("email"),
        )
        for word in words:
            prefix = word.lower()
            queryset = queryset.filter(
                Q(first_lower__startswith=prefix)
                | Q(last_lower__startswith=prefix)
                | Q(email_lower__startswith=prefix)
            )
        return queryset, False

    # --- permissions ---------------------------------------------------------------------------

    def has_import_permission(self, request: HttpRequest) -> bool:
        # The library allows any admin user to import unless a setting says otherwise; an import
        # adds and changes employees, so it takes both permissions.
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request)

    # --- export --------------------------------------------------------------------------------

    def get_export_data(
        self, file_format: Format, request: HttpRequest, queryset: QuerySet[Employee], **kwargs: Any
    ) -> Any:
        if queryset[: EXPORT_MAX_ROWS + 1].count() > EXPORT_MAX_ROWS:
            # export_action shows a ValueError as an error message above the export form.
            raise ValueError(
                f"An export is limited to {EXPORT_MAX_ROWS:,} employees: narrow the list with "
                "search or filters first."
            )
        return super().get_export_data(file_format, request, queryset, **kwargs)

    def export_admin_action(
        self, request: HttpRequest, queryset: QuerySet[Employee]
    ) -> HttpResponse | None:
        limit = selection_export_limit()
        if queryset[: limit + 1].count() > limit:
            # The next page carries one form field per selected employee.
            self.message_user(
                request,
                f"Export of a selection is limited to {limit:,} employees; to export more, "
                "filter the list and use the Export button.",
                messages.ERROR,
            )
            return None
        return super().export_admin_action(request, queryset)

    def get_valid_export_item_pks(self, request: HttpRequest) -> Any:
        # The library's default lists every primary key in the table to validate the selection.
        posted = []
        for value in request.POST.getlist("export_items"):
            try:
                posted.append(uuid.UUID(value))
            except ValueError:
                continue
        return self.get_queryset(request).filter(pk__in=posted).values_list("pk", flat=True)

    # --- import --------------------------------------------------------------------------------

    def get_import_data_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        data_kwargs: dict[str, Any] = super().get_import_data_kwargs(**kwargs)
        # A row that turns invalid between preview and confirm rolls the whole file back.
        data_kwargs["rollback_on_validation_errors"] = True
        return data_kwargs

    def process_import(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        try:
            return super().process_import(request, **kwargs)
        except UnknownImportFile as error:
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(reverse("admin:employees_employee_import"))

    def process_result(self, result: Result, request: HttpRequest) -> HttpResponse:
        if result.has_errors() or result.has_validation_errors():
            failed = sorted(
                {row.number for row in result.invalid_rows}
                | {number for number, _ in result.row_errors()}
            )
            self.message_user(
                request,
                "Nothing was imported: row(s) "
                + ", ".join(str(number) for number in failed)
                + " failed when the import ran. Check the file and import it again.",
                messages.ERROR,
            )
            return HttpResponseRedirect(reverse("admin:employees_employee_import"))
        return super().process_result(result, request)


def selection_export_limit() -> int:
    """Most rows the export action can carry, under Django's cap on POST fields."""
    field_cap = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    return EXPORT_MAX_ROWS if field_cap is None else min(EXPORT_MAX_ROWS, field_cap - 50)
