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

from django.conf import settings
from django.core.cache import cache

from gptbridge.domain import Dialect
from gptbridge.verified import normalise_question

logger = logging.getLogger("gptbridge.sqlcache")

KEY_PREFIX = "gptbridge:sql:"


def _key(question: str, *, dialect: Dialect, today: dt.date, version: str) -> str:
    parts = [normalise_question(question), dialect, today.isoformat(), version]
    material = "\n".join([*parts, str(settings.GPTBRIDGE_MAX_ROWS)])
    return KEY_PREFIX + hashlib.sha256(material.encode()).hexdigest()


def cached_sql(question: str, *, dialect: Dialect, today: dt.date, version: str) -> str | None:
    if settings.GPTBRIDGE_SQL_CACHE_SECONDS <= 0:
        return None
    try:
        value = cache.get(_key(question, dialect=dialect, today=today, version=version))
    except Exception as exc:  # a cache outage must not fail the question
        logger.warning("SQL cache unavailable: %s", type(exc).__name__)
        return None
    return value if isinstance(value, str) else None


def store_sql(question: str, sql: str, *, dialect: Dialect, today: dt.date, version: str) -> None:
    seconds = settings.GPTBRIDGE_SQL_CACHE_SECONDS
    if seconds <= 0:
        return
    try:
        cache.set(_key(question, dialect=dialect, today=today, version=version), sql, seconds)
    except Exception as exc:
        logger.warning("SQL cache unavailable: %s", type(exc).__name__)
