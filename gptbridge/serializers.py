from typing import Any

from django.conf import settings
from rest_framework import serializers

from gptbridge.budget import bounded_message, clean_text
from gptbridge.domain import Answer
from gptbridge.engines.registry import ENGINES
from gptbridge.engines.stored import STORED_ANSWER_ENGINES

MAX_QUESTION_CHARS = 1000
MAX_COMMENT_CHARS = 2000


class StrictCharField(serializers.CharField):
    """A CharField that refuses numbers, booleans and objects instead of stringifying them."""

    default_error_messages = {
        "invalid": "Must be a string.",
        "not_text": "Must be valid text (it contains a lone surrogate such as \\ud800).",
    }

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        if clean_text(data) != data:  # JSON allows a lone surrogate, UTF-8 does not
            self.fail("not_text")
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
    engine = serializers.ChoiceField(
        choices=[*ENGINES, *STORED_ANSWER_ENGINES],
        help_text="Which engine answered: 'verified' is an answer HR staff checked, 'cached' a "
        "query the model wrote for the same question lately.",
    )
    question_id = serializers.IntegerField(
        allow_null=True,
        help_text="This question's id: send it to POST /feedback when the user says the answer "
        "is right or wrong.",
    )

    def to_representation(self, instance: Answer) -> dict[str, Any]:
        return {
            "message": bounded_message(instance.message),
            "rows": instance.rows,
            "row_count": instance.row_count,
            "truncated": instance.truncated,
            "sql": instance.sql,
            "engine": instance.engine,
            "question_id": instance.question_id,
        }


class StrictIntegerField(serializers.IntegerField):
    default_error_messages = {"invalid": "Must be a whole number."}

    def to_internal_value(self, data: Any) -> int:
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictBooleanField(serializers.BooleanField):
    default_error_messages = {"invalid": "Must be true or false."}

    def to_internal_value(self, data: Any) -> bool:
        if not isinstance(data, bool):
            self.fail("invalid")
        return data


class FeedbackSerializer(serializers.Serializer):
    question_id = StrictIntegerField(
        min_value=1, max_value=2**63 - 1, help_text="The question_id of the answer being rated."
    )
    helpful = StrictBooleanField(
        help_text="true when the user says the answer was right, false when it was wrong."
    )
    comment = StrictCharField(
        required=False,
        allow_blank=True,
        max_length=MAX_COMMENT_CHARS,
        help_text="What the user said was right or wrong, in their words (optional).",
    )


class FeedbackReceiptSerializer(serializers.Serializer):
    question_id = serializers.IntegerField()
    helpful = serializers.BooleanField()
