from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from gptbridge.models import Origin, QueryLog

if TYPE_CHECKING:
    from django.contrib.admin.filters import _ListFilterChoices

ALL_ORIGINS = "all"


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
    )
    list_select_related = ("user",)
    list_filter = (OriginFilter, "status_code", "engine", "answer_format", "created_at")
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
