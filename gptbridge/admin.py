from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from gptbridge.models import QueryLog


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
        "user",
    )
    list_select_related = ("user",)
    list_filter = ("status_code", "engine", "answer_format", "created_at")
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
