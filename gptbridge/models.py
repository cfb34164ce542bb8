"""The audit trail: one row per question asked, whatever happened to it."""

from typing import Any

from django.conf import settings
from django.db import models


class Origin(models.TextChoices):
    """Where a question came from. Evaluation runs ask hundreds of questions: the admin's list
    leaves them out by default so they do not bury the questions people asked."""

    API = "api", "API (/search)"
    CLI = "cli", "manage.py ask"
    EVALUATE = "evaluate", "manage.py evaluate"
    MCP = "mcp", "MCP"


class QueryLog(models.Model):
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    question = models.TextField()
    answer_format = models.CharField(max_length=8)
    requested_engine = models.CharField(max_length=16)
    engine = models.CharField(max_length=16, blank=True, help_text="The engine that answered.")
    model = models.CharField(max_length=100, blank=True)
    attempts = models.JSONField(
        default=list, blank=True, help_text="Each refused attempt: engine, stage, SQL and reason."
    )
    final_sql = models.TextField(blank=True)
    status_code = models.PositiveSmallIntegerField(db_index=True)
    error_code = models.CharField(max_length=32, blank=True)
    error_message = models.TextField(blank=True)
    row_count = models.PositiveIntegerField(null=True, blank=True)
    model_calls = models.PositiveSmallIntegerField(default=0)
    compose_prompt_tokens = models.PositiveIntegerField(default=0)
    compose_completion_tokens = models.PositiveIntegerField(default=0)
    narrate_prompt_tokens = models.PositiveIntegerField(default=0)
    narrate_completion_tokens = models.PositiveIntegerField(default=0)
    compose_ms = models.FloatField(default=0)
    guard_ms = models.FloatField(default=0, help_text="Time the SQL guard took, all attempts.")
    query_ms = models.FloatField(default=0)
    narrate_ms = models.FloatField(default=0)
    total_ms = models.FloatField(default=0)
    token_key = models.CharField(
        max_length=16, blank=True, help_text="'env' or the prefix of the API token that asked."
    )
    token_name = models.CharField(max_length=100, blank=True)
    verified_question = models.ForeignKey(
        "VerifiedQuestion",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="answers",
        help_text="The verified question whose SQL answered this one.",
    )
    helpful = models.BooleanField(
        null=True, blank=True, help_text="The asker's rating through POST /feedback."
    )
    feedback_comment = models.TextField(blank=True)
    feedback_at = models.DateTimeField(null=True, blank=True)
    origin = models.CharField(
        max_length=16, choices=Origin.choices, default=Origin.API, db_index=True
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The person who asked: who signed in with OAuth, or a named token's user.",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "question log entry"
        verbose_name_plural = "question log"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.status_code} {self.question[:60]}"


class VerifiedQuestion(models.Model):
    """A question whose SQL HR staff checked: answered exactly, and shown to the model as an
    example for similar questions (`gptbridge.verified`, `gptbridge.examples`)."""

    question = models.TextField()
    normalised_question = models.CharField(
        max_length=1000,
        db_index=True,
        editable=False,
        help_text="The question after case, punctuation, whitespace and typo normalisation.",
    )
    sql = models.TextField(
        "SQL",
        help_text="A read-only query the guard accepts on both SQLite and PostgreSQL.",
    )
    notes = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    times_used = models.PositiveIntegerField(default=0, editable=False)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    retired = models.BooleanField(
        default=False, db_index=True, help_text="Retired questions are neither used nor shown."
    )
    source = models.ForeignKey(
        QueryLog,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="The question-log entry it was verified from.",
    )

    class Meta:
        ordering = ["-updated_at"]
        permissions = [("verify_question", "Can verify question-log answers")]

    def __str__(self) -> str:
        return self.question[:80]

    def save(self, *args: Any, **kwargs: Any) -> None:
        from gptbridge.verified import normalise_question  # derived field, kept in step

        self.normalised_question = normalise_question(self.question)
        super().save(*args, **kwargs)
