"""Verified questions: how a question is normalised, how a new question finds the verified one it
repeats, and how a verified query is checked before it is saved.

A question matches a verified one when, after normalisation (Unicode, case, punctuation,
whitespace and typos in the directory's own words), the two texts are equal, or when the
offline engine understands both and writes the same query for them (the same plan: "engineers
hired after 2019" and "list the engineering people hired after 2019"). Retired questions never
match.

A verified query is dialect-neutral: the guard must accept it for SQLite *and* PostgreSQL, and
a dry run on the directory must succeed, before it is saved (admin, import) or served.
"""

import datetime as dt
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any, get_args

from django.db import DatabaseError
from django.db.models import Count, F, Max, Sum
from django.utils import timezone
from rapidfuzz.distance import Levenshtein

from directory_gpt.errors import DomainError
from gptbridge.domain import ComposeContext, Composition, Deadline, Dialect, QueryResult
from gptbridge.engines.registry import EngineSetup, build_engines
from gptbridge.errors import GuardRejection, QueryFailed
from gptbridge.guard import guard_sql
from gptbridge.models import VerifiedQuestion
from gptbridge.schema import describe_directory, render_create_table

logger = logging.getLogger("gptbridge.verified")

_WORD = re.compile(r"[a-z0-9]+(?:['@.\-][a-z0-9]+)*")
MIN_CORRECTED_LENGTH = 5
# Building the plan index runs the offline parser once per verified question; past this many
# questions only the normalised text is matched.
MAX_PLAN_INDEX = 5000
DRY_RUN_MAX_ROWS = 20
# Words that make a question's answer depend on the day it is asked, whatever the engine.
RELATIVE_WORDS = frozenset({"today", "yesterday", "tomorrow", "ago", "recent", "recently", "now"})
# A question whose offline reading changes between two days this far apart is date-relative.
DAYS_APART = 400


class InvalidVerifiedSql(Exception):
    """A verified query the guard refused or the directory could not run; `reason` says why."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class VerifiedMatch:
    id: int
    question: str
    sql: str
    how: str  # "text" or "plan"


# --- normalisation -----------------------------------------------------------------------------


@cache
def directory_words() -> frozenset[str]:
    """Words of the directory's listed values (departments, titles): the typo targets."""
    words: set[str] = set()
    for column in describe_directory("sqlite").columns:
        for value in column.allowed_values:
            words.update(_WORD.findall(value.lower()))
    return frozenset(word for word in words if len(word) >= MIN_CORRECTED_LENGTH)


def _corrected(word: str) -> str:
    """`word`, or the directory word it misspells (one edit; two for long words)."""
    vocabulary = directory_words()
    if len(word) < MIN_CORRECTED_LENGTH or word in vocabulary or not word.isalpha():
        return word
    limit = 2 if len(word) >= 8 else 1
    best, best_distance = word, limit + 1
    for candidate in vocabulary:
        distance = Levenshtein.distance(word, candidate, score_cutoff=limit)
        if distance < best_distance:
            best, best_distance = candidate, distance
    return best


def normalise_question(question: str) -> str:
    """Lower case, NFKC, punctuation and extra whitespace dropped, directory-word typos fixed."""
    text = unicodedata.normalize("NFKC", question).casefold()
    return " ".join(_corrected(word) for word in _WORD.findall(text))[:1000]


# --- validation --------------------------------------------------------------------------------


def validate_verified_sql(sql: str, *, max_rows: int = DRY_RUN_MAX_ROWS) -> QueryResult:
    """The dry run's rows, if `sql` passes the guard on every dialect and runs here."""
    from gptbridge.executor import run_readonly_query
    from gptbridge.schema import active_dialect

    if not sql.strip():
        raise InvalidVerifiedSql("The SQL is empty.")
    guarded = ""
    for dialect in get_args(Dialect):
        try:
            checked = guard_sql(sql, dialect=dialect, max_rows=max_rows)
        except GuardRejection as exc:
            raise InvalidVerifiedSql(f"The guard refused it for {dialect}: {exc.reason}") from exc
        if dialect == active_dialect():
            guarded = checked
    try:
        return run_readonly_query(guarded, max_rows=max_rows)
    except QueryFailed as exc:
        raise InvalidVerifiedSql(f"The directory could not run it: {exc.reason}") from exc
    except DomainError as exc:
        raise InvalidVerifiedSql(f"The dry run failed: {exc.message}") from exc


# --- lookup ------------------------------------------------------------------------------------


def verified_version() -> str:
    """Changes whenever a verified question is added, edited, retired or deleted, or the
    directory's description changes: the key every derived cache (examples, plans, SQL) uses."""
    summary = VerifiedQuestion.objects.aggregate(
        count=Count("id"), ids=Sum("id"), latest=Max("updated_at")
    )
    latest = summary["latest"].isoformat() if summary["latest"] else "-"
    return f"{summary['count']}:{summary['ids'] or 0}:{latest}:{schema_fingerprint()}"


@cache
def schema_fingerprint() -> str:
    description = render_create_table(describe_directory("postgres"))
    return hashlib.sha256(description.encode()).hexdigest()[:12]


def find_verified(
    question: str, *, dialect: Dialect, today: dt.date, version: str
) -> VerifiedMatch | None:
    """The verified question `question` repeats, if any (same text or same offline plan).

    A verified question whose meaning depends on the day it is asked ("hired this year") is
    never served: its SQL holds the dates of the day it was verified.
    """
    match = _by_text(question) or _by_plan(question, dialect, today, version)
    if match is None or _depends_on_today(match.question, dialect, today):
        return None
    return match


def _by_text(question: str) -> VerifiedMatch | None:
    row = (
        VerifiedQuestion.objects.filter(
            retired=False, normalised_question=normalise_question(question)
        )
        .order_by("-updated_at")
        .values_list("id", "question", "sql")
        .first()
    )
    return VerifiedMatch(*row, how="text") if row is not None else None


def _by_plan(question: str, dialect: Dialect, today: dt.date, version: str) -> VerifiedMatch | None:
    index = _plan_index(version, dialect, today)
    if not index:
        return None  # nothing to compare with: spare the offline parse
    key = offline_plan(question, dialect=dialect, today=today)
    verified_id = index.get(key) if key is not None else None
    if verified_id is None:
        return None
    row = (
        VerifiedQuestion.objects.filter(retired=False, id=verified_id)
        .values_list("id", "question", "sql")
        .first()
    )
    return VerifiedMatch(*row, how="plan") if row is not None else None


def _depends_on_today(question: str, dialect: Dialect, today: dt.date) -> bool:
    if RELATIVE_WORDS.intersection(normalise_question(question).split()):
        return True
    later = today + dt.timedelta(days=DAYS_APART)
    return offline_plan(question, dialect=dialect, today=today) != offline_plan(
        question, dialect=dialect, today=later
    )


def offline_plan(question: str, *, dialect: Dialect, today: dt.date) -> str | None:
    """The offline engine's reading of `question` (its query and its plan), or None when it does
    not understand it. Two questions with the same reading ask the same thing."""
    deadline = Deadline.after(5.0)
    context = ComposeContext(dialect=dialect, today=today, max_rows=0, deadline=deadline)
    engines = build_engines(EngineSetup(dialect=dialect, deadline=deadline))
    local = next((engine for engine in engines if not engine.policy.needs_network), None)
    try:
        composition = local.compose(question, context) if local is not None else None
    except DomainError:
        return None
    if not isinstance(composition, Composition):
        return None  # no engine that reads questions locally
    return f"{composition.sql}\n{composition.plan!r}"


def offline_sql(question: str, *, dialect: Dialect, today: dt.date) -> str | None:
    """The offline engine's query for `question`, or None when it does not understand it."""
    plan = offline_plan(question, dialect=dialect, today=today)
    return plan.split("\n", 1)[0] if plan is not None else None


_plan_indexes: dict[tuple[str, Dialect, dt.date], dict[str, int]] = {}


def _plan_index(version: str, dialect: Dialect, today: dt.date) -> dict[str, int]:
    """Offline reading -> verified question id, rebuilt when the version or the day changes."""
    cache_key = (version, dialect, today)
    index = _plan_indexes.get(cache_key)
    if index is None:
        index = {}
        rows = VerifiedQuestion.objects.filter(retired=False).order_by("updated_at")
        for verified_id, text in rows.values_list("id", "question")[:MAX_PLAN_INDEX]:
            reading = offline_plan(text, dialect=dialect, today=today)
            if reading is not None:
                index[reading] = verified_id  # the most recently updated wins
        _plan_indexes.clear()
        _plan_indexes[cache_key] = index
    return index


def record_use(verified_id: int) -> None:
    """Count one more answer served by the verified question (best effort)."""
    try:
        VerifiedQuestion.objects.filter(id=verified_id).update(
            times_used=F("times_used") + 1, last_used_at=timezone.now()
        )
    except DatabaseError as exc:
        logger.warning("could not count a verified answer: %s", type(exc).__name__)


def create_verified(
    question: str,
    sql: str,
    *,
    created_by: object | None = None,
    notes: str = "",
    source_id: int | None = None,
) -> VerifiedQuestion:
    """Check `sql` (guard on every dialect, dry run) and save it as the answer to `question`."""
    validate_verified_sql(sql)
    user: Any = created_by if getattr(created_by, "pk", None) is not None else None
    return VerifiedQuestion.objects.create(
        question=question.strip(),
        sql=sql.strip(),
        notes=notes,
        created_by=user,
        source_id=source_id,
    )
