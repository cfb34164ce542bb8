"""Plain data passed between the pipeline's steps."""

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any, Literal

Dialect = Literal["postgres", "sqlite"]
AnswerFormat = Literal["answer", "rows"]
JSONRow = dict[str, Any]


@dataclass(frozen=True)
class Usage:
    """Tokens one model call spent."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: "Usage") -> "Usage":
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
        )


@dataclass(frozen=True)
class Deadline:
    """The time left for the whole question (the GPT action gives up after 45 s)."""

    expires_at: float

    @classmethod
    def after(cls, seconds: float) -> "Deadline":
        return cls(time.monotonic() + seconds)

    def remaining(self) -> float:
        return max(0.0, self.expires_at - time.monotonic())


@dataclass(frozen=True)
class FailedAttempt:
    """A composed query that the guard or the database refused, with the reason."""

    sql: str
    error: str
    stage: Literal["reply", "guard", "database"]


@dataclass(frozen=True)
class ComposeContext:
    """What an engine knows when it writes SQL for a question."""

    dialect: Dialect
    today: dt.date
    max_rows: int
    deadline: Deadline
    previous_attempts: tuple[FailedAttempt, ...] = ()
    # Verified question/SQL pairs like this question (`gptbridge.examples.Example`), for stage 1.
    examples: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Composition:
    """An engine's SQL for a question. `plan` is engine-private, carried on to `narrate`."""

    sql: str
    usage: Usage | None = None
    model_calls: int = 0
    plan: Any = None
    # Columns the SQL returns for `narrate` alone (a list's total match count), left out of
    # the rows the answer carries.
    narration_only: tuple[str, ...] = ()


@dataclass(frozen=True)
class QueryResult:
    """Rows of a guarded query, JSON-ready (dates as ISO strings)."""

    columns: list[str]
    rows: list[JSONRow]
    truncated: bool
    elapsed_ms: float = 0.0

    @property
    def row_count(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class Narration:
    text: str
    usage: Usage | None = None
    model_calls: int = 0


@dataclass
class Answer:
    """The pipeline's result, as the API returns it."""

    message: str
    rows: list[JSONRow]
    row_count: int
    truncated: bool
    sql: str
    engine: str
    timings_ms: dict[str, float] = field(default_factory=dict)
    model_calls: int = 0
    usage: Usage = field(default_factory=Usage)
    question_id: int | None = None  # the QueryLog row, for POST /feedback
