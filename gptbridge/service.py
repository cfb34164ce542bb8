"""`aanswer_question`: the one pipeline every entry point (API, `manage.py ask`, `evaluate`) runs.

question -> engine.compose -> guard_sql -> run_readonly_query -> engine.narrate -> Answer,
with self-correction, the engine choice (auto or one engine; fast path and fallback) and one
QueryLog row per question.

The pipeline is written once, as async: model calls are awaited on the event loop, holding no
thread and no database connection. Database and CPU steps (an engine without network, the
guard, the executor, the question-log write) run through `sync_to_async` in thread-sensitive
mode — the request's own worker thread under ASGI, the caller's thread under `answer_question`
— and hand their database connection back before the next model call. `answer_question` is the
synchronous door for commands and tests.
"""

import asyncio
import datetime as dt
import inspect
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from typing import Any, ParamSpec, TypeVar

from asgiref.sync import async_to_sync, sync_to_async
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
    Narration,
    QueryResult,
)
from gptbridge.engines.base import Engine
from gptbridge.engines.registry import AUTO, ENGINES, EngineSetup, build_engine, build_engines
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
# Status logged for a question whose client went away before the answer (nginx's convention).
CLIENT_CLOSED_STATUS = 499

P = ParamSpec("P")
R = TypeVar("R")


def answer_question(
    question: str,
    *,
    answer_format: AnswerFormat = "answer",
    engine: str | None = None,
    requester: object | None = None,
    today: dt.date | None = None,
    max_rows: int | None = None,
    origin: str = "api",
) -> Answer:
    """`aanswer_question` for synchronous callers (commands, tests, the evaluation)."""
    return async_to_sync(_answer_for_sync_caller)(
        question,
        answer_format=answer_format,
        engine=engine,
        requester=requester,
        today=today,
        max_rows=max_rows,
        origin=origin,
    )


async def _answer_for_sync_caller(question: str, **options: Any) -> Answer:
    owned_client = not llm.has_client()
    try:
        return await aanswer_question(question, **options)
    finally:
        if owned_client:  # this call's event loop ends here, and its HTTP connections with it
            await llm.close_client()


async def aanswer_question(
    question: str,
    *,
    answer_format: AnswerFormat = "answer",
    engine: str | None = None,
    requester: object | None = None,
    today: dt.date | None = None,
    max_rows: int | None = None,
    origin: str = "api",
) -> Answer:
    """Answer one question from the directory, or raise a `DomainError` that says why not.

    The error carries the question's `QueryTrace` as `.trace` (model calls, tokens, attempts),
    as does the log row written either way. `origin` says where the question came from
    ("api", "cli", "evaluate"; see QueryLog.origin).
    """
    choice = engine or settings.GPTBRIDGE_ENGINE
    trace = QueryTrace(question=question, answer_format=answer_format, requested_engine=choice)
    trace.origin = origin
    trace.token_key = str(getattr(requester, "key", "") or "")
    trace.token_name = str(getattr(requester, "name", "") or "")
    trace.user_id = getattr(getattr(requester, "user", None), "pk", None)
    pipeline = _Pipeline(
        question=question,
        answer_format=answer_format,
        dialect=active_dialect(),
        today=today or timezone.localdate(),
        deadline=Deadline.after(settings.GPTBRIDGE_REQUEST_BUDGET),
        max_rows=max_rows or settings.GPTBRIDGE_MAX_ROWS,
        trace=trace,
    )
    started = time.perf_counter()
    try:
        answer = await _answer_with_choice(pipeline, choice)
    except DomainError as exc:
        trace.status_code, trace.error_code, trace.error_message = (
            exc.status_code,
            exc.code,
            exc.message,
        )
        exc.trace = trace
        raise
    except asyncio.CancelledError:  # the client went away (or the server is stopping)
        trace.status_code, trace.error_code = CLIENT_CLOSED_STATUS, "client_closed"
        raise
    except Exception:
        trace.status_code, trace.error_code = 500, "server_error"  # logged as what the user gets
        raise
    finally:
        question_id = await on_thread(_finish)(pipeline, (time.perf_counter() - started) * 1000)
    answer.question_id = question_id
    answer.timings_ms = {**trace.timings_ms, "total": (time.perf_counter() - started) * 1000}
    return answer


def _finish(pipeline: "_Pipeline", total_ms: float) -> int | None:
    """After the question: what its answer teaches, then its log row (one trip to the thread)."""
    for lesson in pipeline.lessons:
        lesson()
    return record_query(pipeline.trace, total_ms)


def on_thread(step: Callable[P, R]) -> Callable[P, Awaitable[R]]:
    """`step` run thread-sensitively, its database connections handed back when it is done.

    Thread-sensitive: Django's connections are per thread and its request cleanup runs on the
    request's thread, so all database work of a request shares that one thread (and a caller's
    transaction, under `async_to_sync`). Handing the connection back to the pool after each
    step means none is held while the question waits on the model.
    """

    def step_then_release(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return step(*args, **kwargs)
        except StopIteration as exc:  # a future cannot hold one: the awaiting request would hang
            raise RuntimeError(f"{step.__qualname__} leaked StopIteration") from exc
        finally:
            release_idle_connections()

    return sync_to_async(step_then_release, thread_sensitive=True)


async def call_engine(method: Callable[P, Any], *args: P.args, **kwargs: P.kwargs) -> Any:
    """An engine step: awaited when it is a coroutine function, otherwise run on a thread."""
    if inspect.iscoroutinefunction(method):
        return await method(*args, **kwargs)
    return await on_thread(method)(*args, **kwargs)


async def _answer_with_choice(pipeline: "_Pipeline", choice: str) -> Answer:
    setup = EngineSetup(dialect=pipeline.dialect, deadline=pipeline.deadline)
    # Learned answers (gptbridge.learned): a verified question first, then offline, then model.
    learned = await on_thread(LearnedAnswers.for_question)(
        pipeline.question, pipeline.dialect, pipeline.today, pipeline.max_rows
    )
    verified = await _answer_verified(pipeline, learned, _narrator(choice, setup))
    if verified is not None:
        return verified
    if choice != AUTO:
        engine = build_engine(choice, setup)
        if engine.policy.needs_network and not llm.is_configured():
            raise LlmNotConfigured()
        if engine.policy.needs_network:
            return await _run_remote(pipeline, learned, engine)
        return await pipeline.run(engine)
    engines = build_engines(setup)
    local = next(engine for engine in engines if not engine.policy.needs_network)
    remote = next((engine for engine in engines if engine.policy.needs_network), None)
    if remote is None or not llm.is_configured():
        return await pipeline.run(local)
    return await _auto(pipeline, learned, local, remote)


async def _auto(
    pipeline: "_Pipeline", learned: LearnedAnswers, local: Engine, remote: Engine
) -> Answer:
    """The local engine first (fast path), the remote one for what it refuses, the local one
    again when the remote service fails (fallback) unless it had already refused."""
    local_refused = False
    if settings.GPTBRIDGE_FAST_PATH:
        try:
            return await pipeline.run(local)
        except Unanswerable:
            local_refused = True  # not understood locally: the model's turn
    try:
        return await _run_remote(pipeline, learned, remote)
    except (UpstreamError, UpstreamTimeout) as upstream_failure:
        if not settings.GPTBRIDGE_FALLBACK or local_refused:
            raise
        try:
            return await pipeline.run(local)
        except Unanswerable:
            raise upstream_failure from None


def _narrator(choice: str, setup: EngineSetup) -> Engine | None:
    """Who words the rows of a stored query: the model's engine, when this question may use it."""
    if not llm.is_configured():
        return None
    names = list(ENGINES) if choice == AUTO else [choice]
    engines = (build_engine(name, setup) for name in names)
    return next((engine for engine in engines if engine.policy.needs_network), None)


async def _answer_verified(
    pipeline: "_Pipeline", learned: LearnedAnswers, narrator: Engine | None
) -> Answer | None:
    """The verified question's answer, or None (no match, or its SQL no longer runs)."""
    match = learned.verified_match
    if match is None:
        return None
    pipeline.trace.verified_question_id = match.id
    try:
        answer = await pipeline.run(learned.verified_engine(match, narrator))
    except Unanswerable:
        pipeline.trace.verified_question_id = None
        return None  # logged as a refused attempt; the engines get their turn
    pipeline.lessons.append(partial(learned.served_by, match))
    return answer


async def _run_remote(pipeline: "_Pipeline", learned: LearnedAnswers, engine: Engine) -> Answer:
    """Stage 1 from the cache when the same question was answered lately, else from the model
    with the most similar verified questions as examples."""
    before = await on_thread(learned.before_model)(narrator=engine)
    pipeline.examples = before.examples
    if before.cached is not None:
        try:
            return await pipeline.run(before.cached)
        except Unanswerable:  # the cached query no longer runs: ask the model
            pipeline.examples = await on_thread(learned.examples)()
    answer = await pipeline.run(engine)
    pipeline.lessons.append(partial(learned.remember, answer.sql))
    return answer


class _AttemptFailed(Exception):
    def __init__(self, attempt: FailedAttempt):
        self.attempt = attempt
        super().__init__(attempt.error)


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
        max_rows: int,
        trace: QueryTrace,
    ):
        self.question = question
        self.answer_format = answer_format
        self.dialect = dialect
        self.today = today
        self.deadline = deadline
        self.trace = trace
        self.max_rows = max_rows
        self.examples: tuple[Example, ...] = ()
        # Cache and counter updates an answer makes, done with its log row (`_finish`).
        self.lessons: list[Callable[[], None]] = []

    async def run(self, engine: Engine) -> Answer:
        self.trace.engine = engine.name
        self.trace.model = engine.policy.model
        composition, sql, result = await self._compose_and_execute(engine)
        self.trace.final_sql = sql
        self.trace.row_count = result.row_count
        message = await self._message(engine, composition, result)
        shown = _without_columns(result, composition.narration_only)
        return Answer(
            message=message,
            rows=shown.rows,
            row_count=result.row_count,
            truncated=result.truncated,
            sql=sql,
            engine=engine.name,
            model_calls=self.trace.model_calls,
            usage=self.trace.total_usage(),
        )

    async def _compose_and_execute(self, engine: Engine) -> tuple[Composition, str, QueryResult]:
        attempts: list[FailedAttempt] = []
        max_attempts = engine.policy.max_attempts or settings.GPTBRIDGE_MAX_ATTEMPTS
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
                return await self._attempt(engine, context)
            except _AttemptFailed as failed:
                attempts.append(failed.attempt)
                self.trace.add_attempt(engine.name, failed.attempt)
        raise _exhausted(attempts)

    async def _attempt(
        self, engine: Engine, context: ComposeContext
    ) -> tuple[Composition, str, QueryResult]:
        try:
            if inspect.iscoroutinefunction(engine.compose):
                composition = await self._compose_async(engine, context)
                sql, result = await on_thread(self._guard_and_run)(composition)
                return composition, sql, result
            # A local engine: composing, guarding and running are one trip to the worker thread.
            return await on_thread(self._compose_guard_and_run)(engine, context)
        except engine.policy.retry_reply_errors as exc:
            reply, reason = str(getattr(exc, "raw", "")), str(getattr(exc, "reason", exc))
            raise _AttemptFailed(FailedAttempt(reply, reason, "reply")) from None

    async def _compose_async(self, engine: Engine, context: ComposeContext) -> Composition:
        started = time.perf_counter()
        try:
            composition: Composition = await engine.compose(self.question, context)  # type: ignore[misc]
        finally:
            self.trace.add_time("compose", (time.perf_counter() - started) * 1000)
        self.trace.add_usage("compose", composition.usage, composition.model_calls)
        return composition

    def _compose_guard_and_run(
        self, engine: Engine, context: ComposeContext
    ) -> tuple[Composition, str, QueryResult]:
        with self._timed("compose"):
            composition = engine.compose(self.question, context)
        if not isinstance(composition, Composition):
            raise TypeError(f"engine {engine.name!r} returned {type(composition).__name__}")
        self.trace.add_usage("compose", composition.usage, composition.model_calls)
        sql, result = self._guard_and_run(composition)
        return composition, sql, result

    def _guard_and_run(self, composition: Composition) -> tuple[str, QueryResult]:
        try:
            with self._timed("guard"):
                sql = guard_sql(composition.sql, dialect=self.dialect, max_rows=self.max_rows)
        except GuardRejection as exc:
            raise _AttemptFailed(FailedAttempt(composition.sql, exc.reason, "guard")) from None
        try:
            with self._timed("query"):
                return sql, run_readonly_query(sql, max_rows=self.max_rows)
        except QueryFailed as exc:
            raise _AttemptFailed(FailedAttempt(sql, exc.reason, "database")) from None

    async def _message(self, engine: Engine, composition: Composition, result: QueryResult) -> str:
        if self.answer_format == "rows":
            return summarize_rows(_without_columns(result, composition.narration_only))
        if result.row_count == 0 and engine.policy.needs_network:
            return NO_ROWS_MESSAGE  # no model call to say it; a local engine says what was asked
        started = time.perf_counter()
        try:
            narration: Narration = await call_engine(
                engine.narrate, self.question, composition, result
            )
        finally:
            self.trace.add_time("narrate", (time.perf_counter() - started) * 1000)
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


# Columns that tell one employee from another: rows with none ("SELECT DISTINCT department")
# are not people.
PERSON_COLUMNS = frozenset({"id", "first_name", "last_name", "email"})


def _rows_are_people(columns: Sequence[str]) -> bool:
    table_columns = set(describe_directory("sqlite").column_names)
    return set(columns) <= table_columns and bool(PERSON_COLUMNS & set(columns))


def summarize_rows(result: QueryResult) -> str:
    """A short deterministic summary for `format: rows` (no model call)."""
    if result.row_count == 0:
        return NO_ROWS_MESSAGE
    noun = "employee" if _rows_are_people(result.columns) else "row"
    plural = "" if result.row_count == 1 else "s"
    more = f" (the first {result.row_count}; there are more)" if result.truncated else ""
    return f"Found {result.row_count} {noun}{plural}{more}."


def _without_columns(result: QueryResult, columns: tuple[str, ...]) -> QueryResult:
    """The rows an answer carries: without the columns only the narration reads."""
    if not columns:
        return result
    rows = [{key: value for key, value in row.items() if key not in columns} for row in result.rows]
    kept = [column for column in result.columns if column not in columns]
    return replace(result, columns=kept, rows=rows)
