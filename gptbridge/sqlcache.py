"""The stage-1 cache: the SQL that last answered a question, reused for the same question.

Keyed by the normalised question, the dialect, the day (relative dates) and
`verified_version()`, which changes whenever verified questions or the directory's description
change, so an edit there makes every older entry unreachable. Entries live in the Django cache
(Redis in production) for `GPTBRIDGE_SQL_CACHE_SECONDS`; 0 turns the cache off. Only SQL that
passed the guard and ran is stored, and a cached query still goes through the guard and the
executor again when it is reused.
"""

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from gptbridge.domain import Dialect
from gptbridge.verified import normalise_question

logger = logging.getLogger("gptbridge.sqlcache")

KEY_PREFIX = "gptbridge:sql:"


@dataclass(frozen=True)
class CacheScope:
    """Everything besides the question that the cached SQL depends on."""

    dialect: Dialect
    today: dt.date  # relative dates
    max_rows: int  # the guarded SQL's LIMIT
    version: str  # verified questions and the directory's description


def _key(question: str, scope: CacheScope) -> str:
    parts = [normalise_question(question), scope.dialect, scope.today.isoformat(), scope.version]
    material = "\n".join([*parts, str(scope.max_rows)])
    return KEY_PREFIX + hashlib.sha256(material.encode()).hexdigest()


def cached_sql(question: str, scope: CacheScope) -> str | None:
    if settings.GPTBRIDGE_SQL_CACHE_SECONDS <= 0:
        return None
    try:
        value = cache.get(_key(question, scope))
    except Exception as exc:  # a cache outage must not fail the question
        logger.warning("SQL cache unavailable: %s", type(exc).__name__)
        return None
    return value if isinstance(value, str) else None


def store_sql(question: str, sql: str, scope: CacheScope) -> None:
    seconds = settings.GPTBRIDGE_SQL_CACHE_SECONDS
    if seconds <= 0:
        return
    try:
        cache.set(_key(question, scope), sql, seconds)
    except Exception as exc:
        logger.warning("SQL cache unavailable: %s", type(exc).__name__)
