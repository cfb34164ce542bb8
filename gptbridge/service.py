"""`answer_question`: the one function every entry point (API, `manage.py ask`, `evaluate`) calls.

question -> engine.compose -> guard_sql -> run_readonly_query -> engine.narrate -> Answer,
with self-correction, the engine choice (auto / openai / offline, fast path and fallback)
and one QueryLog row per question.
"""

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.utils import timezone

from directory_gpt.errors import DomainError
from gptbridge import llm
from gptbridge.dbconnections import release_idle_connections
from gptbridge.domain import (
    Answer,
    AnswerFormat,
    ComposeContext,
    Composition,
    Deadline,
    Dialect,
    FailedAttempt,
    QueryResult,
)
from gptbridge.engines.base import Engine
from gptbridge.engines.openai_engine import UnusableReply
from gptbridge.engines.registry import build_offline_engine, build_openai_engine
from gptbridge.errors import (
    GuardRejection,
    LlmNotConfigured,
    QueryFailed,
    Unanswerable,
    UpstreamError,
    UpstreamTimeout,
)
from gptbridge.examples import Example
from gptbridge.executor import run_readonly_query
from gptbridge.guard import guard_sql
from gptbridge.learned import LearnedAnswers
from gptbridge.querylog import QueryTrace, record_query
from gptbridge.schema import active_dialect, describe_directory

NO_ROWS_MESSAGE = "I found no employees matching your question."


def answer_question(
    question: str,
    *,
    answer_format: AnswerFormat = "answer",
    engine: str | None = None,
    requester: object | None = None,
    today: dt.date | None = None,
) -> Answer:
    """Answer one question from the directory, or raise a `DomainError` that says why not."""
    choice = engine or settings.GPTBRIDGE_ENGINE
    trace = QueryTrace(question=question, answer_format=answer_format, requested_engine=choice)
    trace.token_key = str(getattr(requester, "key", "") or "")
    trace.token_name = str(getattr(requester, "name", "") or "")
    started = time.perf_counter()
    try:
        answer = _answer_with_choice(question, answer_format, choice, today, trace)
    except DomainError as exc:
        trace.status_code, trace.error_code, trace.error_message = (
            exc.status_code,
            exc.code,
            exc.message,
        )
        raise
    finally:
        question_id = record_query(trace, (time.perf_counter() - started) * 1000)
    answer.question_id = question_id
    answer.timings_ms = {**trace.timings_ms, "total": (time.perf_counter() - started) * 1000}
    return answer


def _answer_with_choice(
    question: str,
    answer_format: AnswerFormat,
    choice: str,
    today: dt.date | None,
    trace: QueryTrace,
) -> Answer:
    pipeline = _Pipeline(
        question=question,
        answer_format=answer_format,
        dialect=active_dialect(),
        today=today or timezone.localdate(),
        deadline=Deadline.after(settings.GPTBRIDGE_REQUEST_BUDGET),
        trace=trace,
    )
    # Learned answers (gptbridge.learned): a verified question first, then offline, then model.
    learned = LearnedAnswers.for_question(
        question, pipeline.dialect, pipeline.today, pipeline.max_rows
    )
    verified = _answer_verified(pipeline, learned, choice)
    if verified is not None:
        return verified
    if choice == "offline" or (choice == "auto" and not llm.is_configured()):
        return pipeline.run(build_offline_engine())
    if not llm.is_configured():
        raise LlmNotConfigured()

    offline_refused = False
    if choice == "auto" and settings.GPTBRIDGE_FAST_PATH:
        try:
            return pipeline.run(build_offline_engine())
        except Unanswerable:
            offline_refused = True  # not understood offline: the model's turn
    try:
        return _answer_with_model(pipeline, learned)
    except (UpstreamError, UpstreamTimeout) as upstream_failure:
        if choice != "auto" or not settings.GPTBRIDGE_FALLBACK or offline_refused:
            raise
        try:
            return pipeline.run(build_offline_engine())
        except Unanswerable:
            raise upstream_failure from None


def _answer_verified(pipeline: "_Pipeline", learned: LearnedAnswers, choice: str) -> Answer | None:
    """The verified question's answer, or None (no match, or its SQL no longer runs)."""
    match = learned.verified()
    if match is None:
        return None
    model_narrates = choice != "offline" and llm.is_configured()
    narrator = build_openai_engine(pipeline.dialect, pipeline.deadline) if model_narrates else None
    pipeline.trace.verified_question_id = match.id
    try:
        answer = pipeline.run(learned.verified_engine(match, narrator))
    except Unanswerable:
        pipeline.trace.verified_question_id = None
        return None  # logged as a refused attempt; the engines get their turn
    learned.served_by(match)
    return answer


def _answer_with_model(pipeline: "_Pipeline", learned: LearnedAnswers) -> Answer:
    """Stage 1 from the cache when the same question was answered lately, else from the model
    with the most similar verified questions as examples."""
    model = build_openai_engine(pipeline.dialect, pipeline.deadline)
    cached = learned.cached_engine(narrator=model)
    if cached is not None:
        try:
            return pipeline.run(cached)
        except Unanswerable:
            pass  # the cached query no longer runs: ask the model
    pipeline.examples = learned.examples()
    answer = pipeline.run(model)
    learned.remember(answer.sql)
    return answer


class _Pipeline:
    """The four steps for one question, run with whichever engine the choice picked."""

    def __init__(
        self,
        *,
        question: str,
        answer_format: AnswerFormat,
        dialect: Dialect,
        today: dt.date,
        deadline: Deadline,
        trace: QueryTrace,
    ):
        self.question = question
        self.answer_format = answer_format
        self.dialect = dialect
        self.today = today
        self.deadline = deadline
        self.trace = trace
        self.max_rows: int = settings.GPTBRIDGE_MAX_ROWS
        self.examples: tuple[Example, ...] = ()

    def run(self, engine: Engine) -> Answer:
        self.trace.engine = engine.name
        self.trace.model = settings.OPENAI_MODEL if engine.name == "openai" else ""
        composition, sql, result = self._compose_and_execute(engine)
        self.trace.final_sql = sql
        self.trace.row_count = result.row_count
        message = self._message(engine, composition, sql, result)
        return Answer(
            message=message,
            rows=result.rows,
            row_count=result.row_count,
            truncated=result.truncated,
            sql=sql,
            engine=engine.name,
            model_calls=self.trace.model_calls,
            usage=self.trace.total_usage(),
        )

    def _compose_and_execute(self, engine: Engine) -> tuple[Composition, str, QueryResult]:
        attempts: list[FailedAttempt] = []
        max_attempts = settings.GPTBRIDGE_MAX_ATTEMPTS if engine.name == "openai" else 1
        for _ in range(max_attempts):
            context = ComposeContext(
                dialect=self.dialect,
                today=self.today,
                max_rows=self.max_rows,
                deadline=self.deadline,
                previous_attempts=tuple(attempts),
                examples=self.examples,
            )
            try:
                composition = self._compose(engine, context)
                sql = guard_sql(composition.sql, dialect=self.dialect, max_rows=self.max_rows)
                with self._timed("query"):
                    result = run_readonly_query(sql, max_rows=self.max_rows)
            except UnusableReply as exc:
                attempts.append(FailedAttempt(exc.raw, exc.reason, "reply"))
            except GuardRejection as exc:
                attempts.append(FailedAttempt(composition.sql, exc.reason, "guard"))
            except QueryFailed as exc:
                attempts.append(FailedAttempt(sql, exc.reason, "database"))
            else:
                return composition, sql, result
            self.trace.add_attempt(engine.name, attempts[-1])
        raise _exhausted(attempts)

    def _compose(self, engine: Engine, context: ComposeContext) -> Composition:
        if engine.name != "offline":
            release_idle_connections()  # hold no database connection while the model thinks
        with self._timed("compose"):
            composition = engine.compose(self.question, context)
        self.trace.add_usage("compose", composition.usage, composition.model_calls)
        return composition

    def _message(
        self, engine: Engine, composition: Composition, sql: str, result: QueryResult
    ) -> str:
        if self.answer_format == "rows":
            return summarize_rows(result)
        if result.row_count == 0:
            return NO_ROWS_MESSAGE
        if engine.name != "offline":
            release_idle_connections()
        with self._timed("narrate"):
            narration = engine.narrate(self.question, composition, result)
        self.trace.add_usage("narrate", narration.usage, narration.model_calls)
        return narration.text

    @contextmanager
    def _timed(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.trace.add_time(stage, (time.perf_counter() - started) * 1000)


def _exhausted(attempts: list[FailedAttempt]) -> DomainError:
    last = attempts[-1]
    if last.stage == "reply":
        return UpstreamError(
            "The language model did not return a usable query; try rephrasing the question."
        )
    return Unanswerable(
        f"No safe query could be written for this question. Last problem: {last.error}"
    )


def summarize_rows(result: QueryResult) -> str:
    """A short deterministic summary for `format: rows` (no model call)."""
    if result.row_count == 0:
        return NO_ROWS_MESSAGE
    table_columns = set(describe_directory("sqlite").column_names)
    noun = "employee" if set(result.columns) <= table_columns else "row"
    plural = "" if result.row_count == 1 else "s"
    more = f" (the first {result.row_count}; there are more)" if result.truncated else ""
    return f"Found {result.row_count} {noun}{plural}{more}."
