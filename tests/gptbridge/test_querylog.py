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
