"""Admin for the question log (read-only audit trail) and the verified questions.

HR staff with `gptbridge.verify_question` open a log entry's "verify" page, optionally correct
its SQL, see the rows a dry run returns, and save it as a verified question; a query the guard
or the database refuses cannot be saved. Verified questions are listed, edited, retired,
imported and exported here (the same code as `manage.py import_verified` / `export_verified`).
"""

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html, format_html_join

from gptbridge.domain import QueryResult
from gptbridge.models import Origin, QueryLog, VerifiedQuestion
from gptbridge.verified import InvalidVerifiedSql, create_verified, validate_verified_sql
from gptbridge.verified_io import (
    ImportRejected,
    export_records,
    format_of,
    import_verified,
    render_records,
)

if TYPE_CHECKING:
    from django.contrib.admin.filters import _ListFilterChoices

ALL_ORIGINS = "all"
VERIFY_PERMISSION = "gptbridge.verify_question"
MAX_IMPORT_BYTES = 5 * 1024 * 1024


class VerifiedSqlForm(forms.Form):
    question = forms.CharField(widget=forms.Textarea(attrs={"rows": 2, "cols": 90}))
    sql = forms.CharField(label="SQL", widget=forms.Textarea(attrs={"rows": 6, "cols": 90}))
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2, "cols": 90}))

    dry_run: QueryResult | None = None

    def clean_sql(self) -> str:
        sql = str(self.cleaned_data["sql"]).strip()
        try:
            self.dry_run = validate_verified_sql(sql)
        except InvalidVerifiedSql as exc:
            raise forms.ValidationError(exc.reason) from exc
        return sql


class VerifiedQuestionForm(forms.ModelForm):
    """The change form: an edited query must pass the guard and a dry run before it is saved."""

    class Meta:
        model = VerifiedQuestion
        fields = ("question", "sql", "notes", "retired")

    def clean_sql(self) -> str:
        sql = str(self.cleaned_data["sql"]).strip()
        try:
            validate_verified_sql(sql)
        except InvalidVerifiedSql as exc:
            raise forms.ValidationError(exc.reason) from exc
        return sql


class OriginFilter(admin.SimpleListFilter):
    """By default, the questions people asked: `manage.py evaluate` runs are left out."""

    title = "origin"
    parameter_name = "origin"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [*Origin.choices, (ALL_ORIGINS, "All, evaluation runs included")]

    def choices(self, changelist: Any) -> Iterator["_ListFilterChoices"]:
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "All but evaluation runs",
        }
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request: HttpRequest, queryset: QuerySet[QueryLog]) -> QuerySet[QueryLog]:
        value = self.value()
        if value is None:
            return queryset.exclude(origin=Origin.EVALUATE)
        if value == ALL_ORIGINS:
            return queryset
        return queryset.filter(origin=value)


class HelpfulFilter(admin.SimpleListFilter):
    title = "feedback"
    parameter_name = "feedback"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [
            ("unhelpful", "Rated unhelpful"),
            ("helpful", "Rated helpful"),
            ("none", "Not rated"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet[QueryLog]) -> QuerySet[QueryLog]:
        value = self.value()
        if value == "none":
            return queryset.filter(helpful__isnull=True)
        if value in ("unhelpful", "helpful"):
            return queryset.filter(helpful=(value == "helpful"))
        return queryset


@admin.register(QueryLog)
class QueryLogAdmin(admin.ModelAdmin):
    """Read-only: the log is an audit trail, so nobody edits or adds entries by hand."""

    list_display = (
        "created_at",
        "short_question",
        "status_code",
        "engine",
        "row_count",
        "model_calls",
        "total_ms",
        "token_name",
        "origin",
        "user",
        "helpful",
        "verify_link",
    )
    list_select_related = ("user",)
    list_filter = (
        OriginFilter,
        HelpfulFilter,
        "status_code",
        "engine",
        "answer_format",
        "created_at",
    )
    search_fields = (
        "question",
        "final_sql",
        "token_name",
        "token_key",
        "error_code",
        "user__username",
    )
    date_hierarchy = "created_at"
    ordering = ("-created_at",)
    show_full_result_count = False
    list_per_page = 50

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [field.name for field in QueryLog._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description="question")
    def short_question(self, obj: QueryLog) -> str:
        return obj.question if len(obj.question) <= 80 else obj.question[:77] + "..."

    @admin.display(description="verify")
    def verify_link(self, obj: QueryLog) -> str:
        url = reverse("admin:gptbridge_querylog_verify", args=[obj.pk])
        return format_html('<a href="{}">verify</a>', url)

    def get_urls(self) -> list[URLPattern]:
        verify = path(
            "<int:log_id>/verify/",
            self.admin_site.admin_view(self.verify_view),
            name="gptbridge_querylog_verify",
        )
        return [verify, *super().get_urls()]

    def verify_view(self, request: HttpRequest, log_id: int) -> HttpResponse:
        if not request.user.has_perm(VERIFY_PERMISSION):
            raise PermissionDenied
        log = get_object_or_404(QueryLog, pk=log_id)
        initial = {"question": log.question, "sql": log.final_sql}
        form = VerifiedSqlForm(request.POST or None, initial=initial)
        if request.method == "POST" and form.is_valid() and "save" in request.POST:
            verified = create_verified(
                form.cleaned_data["question"],
                form.cleaned_data["sql"],
                created_by=request.user,
                notes=form.cleaned_data["notes"],
                source_id=log.pk,
            )
            messages.success(request, f"Saved as verified question #{verified.pk}.")
            return HttpResponseRedirect(
                reverse("admin:gptbridge_verifiedquestion_change", args=[verified.pk])
            )
        context = {
            **self.admin_site.each_context(request),
            "title": "Verify an answer",
            "log": log,
            "form": form,
            "dry_run": form.dry_run,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/gptbridge/querylog/verify.html", context)


class ImportForm(forms.Form):
    file = forms.FileField(help_text=".jsonl (question, gold_sql) or .csv with those columns")


@admin.register(VerifiedQuestion)
class VerifiedQuestionAdmin(admin.ModelAdmin):
    form = VerifiedQuestionForm
    list_display = (
        "short_question",
        "times_used",
        "last_used_at",
        "retired",
        "updated_at",
        "created_by",
    )
    list_filter = ("retired", "updated_at")
    search_fields = ("question", "sql", "notes")
    date_hierarchy = "updated_at"
    ordering = ("-updated_at",)
    list_select_related = ("created_by",)
    readonly_fields = (
        "normalised_question",
        "created_by",
        "created_at",
        "updated_at",
        "times_used",
        "last_used_at",
        "source",
        "dry_run_rows",
    )
    actions = ["retire", "restore", "export_jsonl", "export_csv"]
    change_list_template = "admin/gptbridge/verifiedquestion/change_list.html"

    @admin.display(description="question")
    def short_question(self, obj: VerifiedQuestion) -> str:
        return obj.question if len(obj.question) <= 80 else obj.question[:77] + "..."

    @admin.display(description="rows the query returns (dry run)")
    def dry_run_rows(self, obj: VerifiedQuestion) -> str:
        if obj.pk is None:
            return "-"
        try:
            result = validate_verified_sql(obj.sql)
        except InvalidVerifiedSql as exc:
            return f"The query no longer runs: {exc.reason}"
        return rows_table(result)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Retire the selected questions", permissions=["change"])
    def retire(self, request: HttpRequest, queryset: QuerySet[VerifiedQuestion]) -> None:
        for question in queryset:  # save(), not update(): updated_at moves, caches follow
            question.retired = True
            question.save()
        messages.success(request, f"Retired {len(queryset)} question(s).")

    @admin.action(description="Use the selected questions again", permissions=["change"])
    def restore(self, request: HttpRequest, queryset: QuerySet[VerifiedQuestion]) -> None:
        for question in queryset:
            question.retired = False
            question.save()
        messages.success(request, f"Restored {len(queryset)} question(s).")

    @admin.action(description="Export the selected questions (JSON lines)", permissions=["view"])
    def export_jsonl(self, request: HttpRequest, queryset: QuerySet[VerifiedQuestion]) -> Any:
        return _download(list(queryset.values_list("id", flat=True)), "jsonl")

    @admin.action(description="Export the selected questions (CSV)", permissions=["view"])
    def export_csv(self, request: HttpRequest, queryset: QuerySet[VerifiedQuestion]) -> Any:
        return _download(list(queryset.values_list("id", flat=True)), "csv")

    def get_urls(self) -> list[URLPattern]:
        upload = path(
            "import/",
            self.admin_site.admin_view(self.import_view),
            name="gptbridge_verifiedquestion_import",
        )
        return [upload, *super().get_urls()]

    def import_view(self, request: HttpRequest) -> HttpResponse:
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        form = ImportForm(request.POST or None, request.FILES or None)
        problems: list[str] = []
        if request.method == "POST" and form.is_valid():
            problems = self._import(request, form.cleaned_data["file"])
            if not problems:
                return HttpResponseRedirect(reverse("admin:gptbridge_verifiedquestion_changelist"))
        context = {
            **self.admin_site.each_context(request),
            "title": "Import verified questions",
            "form": form,
            "problems": problems,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/gptbridge/verifiedquestion/import.html", context)

    def _import(self, request: HttpRequest, upload: Any) -> list[str]:
        if upload.size > MAX_IMPORT_BYTES:
            return [f"The file is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MB."]
        try:
            text = upload.read().decode("utf-8")
            summary = import_verified(text, format_of(upload.name), created_by=request.user)
        except (UnicodeDecodeError, ValueError) as exc:
            return [f"The file cannot be read: {exc}"]
        except ImportRejected as exc:
            return exc.problems
        messages.success(
            request,
            f"Imported {summary.created} new and {summary.updated} updated verified questions "
            f"({summary.skipped} without SQL skipped).",
        )
        return []


def _download(ids: list[int], file_format: str) -> HttpResponse:
    fmt = format_of("", file_format)
    body = render_records(export_records(include_retired=True, ids=ids), fmt)
    content_type = "text/csv" if fmt == "csv" else "application/x-ndjson"
    response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="verified-questions.{fmt}"'
    return response


def rows_table(result: QueryResult) -> str:
    """The dry run's rows as a small HTML table (values escaped)."""
    if not result.rows:
        return "The query returns no rows."
    header = format_html_join("", "<th>{}</th>", ((column,) for column in result.columns))
    body = format_html_join(
        "",
        "<tr>{}</tr>",
        (
            (format_html_join("", "<td>{}</td>", ((value,) for value in row.values())),)
            for row in result.rows
        ),
    )
    more = " (more rows not shown)" if result.truncated else ""
    return format_html(
        "<table><tr>{}</tr>{}</table><p>{} row(s){}</p>", header, body, result.row_count, more
    )
