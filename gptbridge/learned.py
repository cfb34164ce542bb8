"""What the pipeline reuses from earlier questions, in one object per question.

The order of the fast paths is: a verified question (`verified`, unless
GPTBRIDGE_VERIFIED_ANSWERS is off), then the offline engine,
then the model; just before a model call, a cached query for the same question (`cached`)
stands in for stage 1, and otherwise the most similar verified pairs go into the prompt.
`gptbridge.service` calls these few methods; the matching, retrieval and caching live in
`verified`, `examples` and `sqlcache`.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings

from gptbridge.domain import Dialect
from gptbridge.engines.base import Engine
from gptbridge.engines.stored import StoredSqlEngine
from gptbridge.examples import Example, examples_for
from gptbridge.sqlcache import CacheScope, cached_sql, store_sql
from gptbridge.verified import VerifiedMatch, find_verified, record_use, verified_version


@dataclass(frozen=True)
class BeforeModel:
    """What stands in for, or goes into, a model's stage 1: a cached query for the same
    question, else the most similar verified pairs as examples."""

    cached: Engine | None
    examples: tuple[Example, ...]


@dataclass
class LearnedAnswers:
    question: str
    dialect: Dialect
    today: dt.date
    max_rows: int
    version: str = field(default="")
    verified_match: VerifiedMatch | None = None

    @classmethod
    def for_question(
        cls, question: str, dialect: Dialect, today: dt.date, max_rows: int
    ) -> "LearnedAnswers":
        """The learned answers for `question`, its verified match already looked up (one trip
        to the database thread instead of two)."""
        learned = cls(question, dialect, today, max_rows, verified_version())
        learned.verified_match = learned.verified()
        return learned

    @property
    def _scope(self) -> CacheScope:
        return CacheScope(self.dialect, self.today, self.max_rows, self.version)

    def verified(self) -> VerifiedMatch | None:
        if not settings.GPTBRIDGE_VERIFIED_ANSWERS:
            return None
        return find_verified(
            self.question, dialect=self.dialect, today=self.today, version=self.version
        )

    @staticmethod
    def verified_engine(match: VerifiedMatch, narrator: Engine | None) -> Engine:
        return StoredSqlEngine(sql=match.sql, name="verified", narrator=narrator)

    @staticmethod
    def served_by(match: VerifiedMatch) -> None:
        record_use(match.id)

    def cached_engine(self, narrator: Engine | None) -> Engine | None:
        sql = cached_sql(self.question, self._scope)
        return None if sql is None else StoredSqlEngine(sql=sql, name="cached", narrator=narrator)

    def examples(self) -> tuple[Example, ...]:
        return examples_for(self.question, version=self.version)

    def before_model(self, narrator: Engine) -> BeforeModel:
        """The cached query, or (without one) the examples: both in one trip to the thread."""
        cached = self.cached_engine(narrator)
        return BeforeModel(cached, () if cached is not None else self.examples())

    def remember(self, sql: str) -> None:
        store_sql(self.question, sql, self._scope)
