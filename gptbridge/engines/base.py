"""What every question engine provides: question -> SQL, and rows -> answer, plus its policy.

`compose` and `narrate` may be plain functions (CPU and database work: the pipeline runs them on
a worker thread) or coroutine functions (network waits: the pipeline awaits them on the event
loop, holding no thread and no database connection meanwhile).
"""

from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Protocol

from gptbridge.domain import ComposeContext, Composition, Narration, QueryResult


@dataclass(frozen=True)
class EnginePolicy:
    """What the pipeline needs to know about an engine, declared by the engine itself.

    - `max_attempts`: compose attempts per question (failed ones are fed back); None means
      the deployer's GPTBRIDGE_MAX_ATTEMPTS.
    - `needs_network`: it calls a remote service, so it needs credentials
      (`OPENAI_API_KEY`) and may fail with `UpstreamError` / `UpstreamTimeout`.
    - `model`: the model name logged with each question, or "" for none.
    - `retry_reply_errors`: exception types meaning "the engine's reply was unusable; feed the
      reason back and compose again" (each has `.reason` and `.raw`).
    """

    max_attempts: int | None = 1
    needs_network: bool = False
    model: str = ""
    retry_reply_errors: tuple[type[Exception], ...] = ()


class Engine(Protocol):
    name: str

    @property
    def policy(self) -> EnginePolicy: ...

    def compose(
        self, question: str, context: ComposeContext
    ) -> Composition | Awaitable[Composition]:
        """Write one SQL query for the question, or raise `Unanswerable`."""
        ...

    def narrate(
        self, question: str, composition: Composition, result: QueryResult
    ) -> Narration | Awaitable[Narration]:
        """Say in plain language what the rows answer (called only when there are rows)."""
        ...
