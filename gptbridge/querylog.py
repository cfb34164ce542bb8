"""Collects what happened to one question and writes it to the `QueryLog` in one row."""

import logging
from dataclasses import dataclass, field
from typing import Any

from django.db import DatabaseError

from gptbridge.budget import SQL_MAX_CHARS, clean_text
from gptbridge.domain import FailedAttempt, Usage
from gptbridge.models import QueryLog

logger = logging.getLogger("gptbridge.querylog")

# The whole of any SQL the guard accepts (and as much of a refused one).
MAX_LOGGED_SQL_CHARS = SQL_MAX_CHARS


@dataclass
class QueryTrace:
    question: str
    answer_format: str
    requested_engine: str
    token_key: str = ""
    token_name: str = ""
    origin: str = "api"
    user_id: int | None = None
    engine: str = ""
    model: str = ""
    attempts: list[dict[str, str]] = field(default_factory=list)
    final_sql: str = ""
    status_code: int = 200
    error_code: str = ""
    error_message: str = ""
    row_count: int | None = None
    model_calls: int = 0
    usage: dict[str, Usage] = field(default_factory=dict)
    timings_ms: dict[str, float] = field(default_factory=dict)
    verified_question_id: int | None = None

    def add_time(self, stage: str, milliseconds: float) -> None:
        self.timings_ms[stage] = self.timings_ms.get(stage, 0.0) + milliseconds

    def add_usage(self, stage: str, usage: Usage | None, model_calls: int) -> None:
        if usage is not None:
            self.usage[stage] = self.usage.get(stage, Usage()) + usage
        self.model_calls += model_calls

    def add_attempt(self, engine: str, attempt: FailedAttempt) -> None:
        self.attempts.append(
            {
                "engine": engine,
                "stage": attempt.stage,
                "sql": clean_text(attempt.sql[:MAX_LOGGED_SQL_CHARS]),
                "error": clean_text(attempt.error),
            }
        )

    def total_usage(self) -> Usage:
        total = Usage()
        for usage in self.usage.values():
            total = total + usage
        return total


def record_query(trace: QueryTrace, total_ms: float) -> int | None:
    """Write the trace and return its id; a logging failure must never change the answer the
    caller gets (then None)."""
    compose = trace.usage.get("compose", Usage())
    narrate = trace.usage.get("narrate", Usage())
    fields: dict[str, Any] = {
        "question": clean_text(trace.question),
        "answer_format": trace.answer_format,
        "requested_engine": trace.requested_engine,
        "engine": trace.engine,
        "model": trace.model,
        "attempts": trace.attempts,
        "final_sql": trace.final_sql[:MAX_LOGGED_SQL_CHARS],
        "status_code": trace.status_code,
        "error_code": trace.error_code,
        "error_message": clean_text(trace.error_message),
        "row_count": trace.row_count,
        "model_calls": trace.model_calls,
        "compose_prompt_tokens": compose.prompt_tokens,
        "compose_completion_tokens": compose.completion_tokens,
        "narrate_prompt_tokens": narrate.prompt_tokens,
        "narrate_completion_tokens": narrate.completion_tokens,
        "compose_ms": round(trace.timings_ms.get("compose", 0.0), 2),
        "guard_ms": round(trace.timings_ms.get("guard", 0.0), 2),
        "query_ms": round(trace.timings_ms.get("query", 0.0), 2),
        "narrate_ms": round(trace.timings_ms.get("narrate", 0.0), 2),
        "total_ms": round(total_ms, 2),
        "token_key": trace.token_key[:16],
        "token_name": trace.token_name[:100],
        "verified_question_id": trace.verified_question_id,
        "origin": trace.origin[:16],
        "user_id": trace.user_id,
    }
    try:
        return QueryLog.objects.create(**fields).id
    except DatabaseError as exc:
        logger.warning("could not write the question log: %s", type(exc).__name__)
        return None
