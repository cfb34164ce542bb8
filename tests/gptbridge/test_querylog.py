from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from gptbridge.models import QueryLog


def make_log(days_old: int, question: str = "q") -> QueryLog:
    log = QueryLog.objects.create(
        question=question, answer_format="answer", requested_engine="auto", status_code=200
    )
    QueryLog.objects.filter(pk=log.pk).update(created_at=timezone.now() - timedelta(days=days_old))
    return log


@pytest.mark.django_db
def test_prune_deletes_only_old_entries() -> None:
    make_log(100)
    keep = make_log(5)
    result = call_command("prune_query_logs", "--days", "30")
    assert result == "Deleted 1 question-log entries older than 30 days."
    assert list(QueryLog.objects.all()) == [keep]


@pytest.mark.django_db
def test_prune_dry_run_deletes_nothing() -> None:
    make_log(100)
    assert "Would delete 1" in call_command("prune_query_logs", "--days", "30", "--dry-run")
    assert QueryLog.objects.count() == 1


@pytest.mark.django_db
def test_prune_rejects_negative_days() -> None:
    with pytest.raises(CommandError):
        call_command("prune_query_logs", "--days", "-1")


@pytest.mark.django_db
def test_admin_is_read_only_with_filters_and_search(admin_client: Client) -> None:
    log = make_log(0, "who works in sales")
    changelist = admin_client.get("/admin/gptbridge/querylog/")
    assert changelist.status_code == 200
    assert b"who works in sales" in changelist.content
    filtered = admin_client.get("/admin/gptbridge/querylog/?status_code__exact=200&engine=")
    assert filtered.status_code == 200
    searched = admin_client.get("/admin/gptbridge/querylog/?q=sales")
    assert b"who works in sales" in searched.content
    assert admin_client.get("/admin/gptbridge/querylog/add/").status_code == 403
    detail = admin_client.get(f"/admin/gptbridge/querylog/{log.pk}/change/")
    assert detail.status_code == 200
    assert b'name="question"' not in detail.content  # shown, not editable


@pytest.mark.django_db
def test_the_guard_is_a_stage_and_final_sql_is_kept_whole(seeded: None) -> None:
    from gptbridge.service import answer_question

    answer_question("who works in HR", answer_format="rows", engine="offline")
    log = QueryLog.objects.get()
    assert log.guard_ms > 0
    assert (
        log.final_sql
        == answer_question("who works in HR", answer_format="rows", engine="offline").sql
    )


@pytest.mark.django_db
def test_the_log_keeps_every_sql_the_guard_accepts() -> None:
    from gptbridge.budget import SQL_MAX_CHARS
    from gptbridge.querylog import QueryTrace, record_query

    trace = QueryTrace(question="q", answer_format="rows", requested_engine="openai")
    trace.final_sql = "SELECT first_name FROM employees WHERE " + "x" * (SQL_MAX_CHARS - 39)
    record_query(trace, 1.0)
    assert QueryLog.objects.get().final_sql == trace.final_sql


@pytest.mark.django_db
def test_an_unexpected_failure_is_logged_as_the_500_it_becomes(
    seeded: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gptbridge import service

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(service, "guard_sql", broken)
    with pytest.raises(RuntimeError):
        service.answer_question("who works in HR", answer_format="rows", engine="offline")
    log = QueryLog.objects.get()
    assert (log.status_code, log.error_code) == (500, "server_error")


@pytest.mark.django_db
def test_a_leaked_stop_iteration_is_a_500_never_a_hung_request(
    seeded: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A StopIteration cannot be set on a future: left alone, it would leave the request
    awaiting its thread forever instead of failing."""
    from gptbridge import service

    def broken(*args: object, **kwargs: object) -> str:
        return next(iter(()))

    monkeypatch.setattr(service, "guard_sql", broken)
    with pytest.raises(RuntimeError):
        service.answer_question("who works in HR", answer_format="rows", engine="offline")
    log = QueryLog.objects.get()
    assert (log.status_code, log.error_code) == (500, "server_error")
