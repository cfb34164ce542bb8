from typing import Any

from django.conf import settings
from rest_framework import serializers

from gptbridge.domain import Answer
from gptbridge.engines.registry import ENGINES

MAX_QUESTION_CHARS = 1000


class StrictCharField(serializers.CharField):
    """A CharField that refuses numbers, booleans and objects instead of stringifying them."""

    default_error_messages = {"invalid": "Must be a string."}

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class QuestionSerializer(serializers.Serializer):
    message = StrictCharField(
        max_length=MAX_QUESTION_CHARS,
        help_text="The question about employees, in plain language (at most 1,000 characters).",
    )
    format = serializers.ChoiceField(
        choices=["answer", "rows"],
        default="answer",
        help_text="'answer' (default): a plain-language answer plus the rows. "
        "'rows': the rows with a one-line summary, faster and cheaper.",
    )


class AnswerSerializer(serializers.Serializer):
    message = serializers.CharField(help_text="The answer in plain language.")
    rows = serializers.ListField(
        child=serializers.DictField(),
        help_text=f"The matching rows (at most {settings.GPTBRIDGE_MAX_ROWS}), dates in ISO form.",
    )
    row_count = serializers.IntegerField(help_text="How many rows are in 'rows'.")
    truncated = serializers.BooleanField(help_text="True when more rows matched than were sent.")
    sql = serializers.CharField(help_text="The read-only SQL query that produced the rows.")
    engine = serializers.ChoiceField(choices=list(ENGINES), help_text="Which engine answered.")

    def to_representation(self, instance: Answer) -> dict[str, Any]:
        return {
            "message": instance.message,
            "rows": instance.rows,
            "row_count": instance.row_count,
            "truncated": instance.truncated,
            "sql": instance.sql,
            "engine": instance.engine,
        }
