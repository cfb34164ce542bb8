"""The verify page of the question log and the verified-question admin pages."""

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pytest_django.fixtures import Settings

from gptbridge.models import QueryLog, VerifiedQuestion

pytestmark = pytest.mark.usefixtures("seeded")

GOOD_SQL = "SELECT first_name, last_name FROM employees WHERE department = 'Marketing'"
CHANGELIST = reverse("admin:gptbridge_verifiedquestion_changelist")
IMPORT = reverse("admin:gptbridge_verifiedquestion_import")


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def log_entry(sql: str = "SELECT * FROM employees WHERE department = 'Sales'") -> QueryLog:
    return QueryLog.objects.create(
        question="Who works in Marketing?",
        answer_format="rows",
        requested_engine="auto",
        engine="openai",
        final_sql=sql,
        status_code=200,
        helpful=False,
        feedback_comment="These are the sales people.",
    )


def verify_url(log: QueryLog) -> str:
    return reverse("admin:gptbridge_querylog_verify", args=[log.pk])


def staff(*codenames: str) -> Client:
    user = get_user_model().objects.create_user("hr", password="pw-hr-1", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="gptbridge", codename__in=codenames)
    )
    client = Client()
    client.force_login(user)
    return client


def test_verify_page_shows_the_entry_and_its_sql(admin_client: Client) -> None:
    log = log_entry()
    response = admin_client.get(verify_url(log))
    assert response.status_code == 200
    assert b"Who works in Marketing?" in response.content
    assert b"department = &#x27;Sales&#x27;" in response.content
    assert b"These are the sales people." in response.content


def test_a_dry_run_shows_the_rows_and_saves_nothing(admin_client: Client) -> None:
    log = log_entry()
    response = admin_client.post(
        verify_url(log), {"question": log.question, "sql": GOOD_SQL, "run": "Dry run"}
    )
    assert response.status_code == 200
    assert b"Rows the query returns" in response.content
    assert b"<th>first_name</th>" in response.content
    assert VerifiedQuestion.objects.count() == 0


def test_a_corrected_query_is_saved_with_its_source_and_author(admin_client: Client) -> None:
    log = log_entry()
    response = admin_client.post(
        verify_url(log),
        {"question": log.question, "sql": GOOD_SQL, "notes": "fixed dept", "save": "Save"},
    )
    verified = VerifiedQuestion.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "admin:gptbridge_verifiedquestion_change", args=[verified.pk]
    )
    assert verified.sql == GOOD_SQL
    assert verified.source_id == log.pk
    assert verified.created_by is not None
    assert verified.normalised_question == "who works in marketing"
    assert verified.notes == "fixed dept"


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("DELETE FROM employees", "guard refused"),
        ("SELECT username FROM auth_user", "guard refused"),
        ("SELECT * FROM public.employees", "guard refused"),
        ("SELECT salary FROM employees", "could not run"),
        ("", "required"),
    ],
)
def test_a_query_the_guard_or_database_refuses_cannot_be_saved(
    admin_client: Client, sql: str, reason: str
) -> None:
    log = log_entry()
    response = admin_client.post(
        verify_url(log), {"question": log.question, "sql": sql, "save": "Save"}
    )
    assert response.status_code == 200
    assert reason in response.content.decode()
    assert VerifiedQuestion.objects.count() == 0


def test_verifying_needs_the_permission(db: None) -> None:
    log = log_entry()
    without = staff("view_querylog")
    assert without.get(verify_url(log)).status_code == 403
    posted = without.post(verify_url(log), {"question": "q", "sql": GOOD_SQL, "save": "Save"})
    assert posted.status_code == 403
    assert VerifiedQuestion.objects.count() == 0


def test_hr_staff_with_the_permission_can_verify(db: None) -> None:
    log = log_entry()
    hr = staff("view_querylog", "verify_question", "view_verifiedquestion")
    assert hr.get(verify_url(log)).status_code == 200
    hr.post(verify_url(log), {"question": log.question, "sql": GOOD_SQL, "save": "Save"})
    assert VerifiedQuestion.objects.get().sql == GOOD_SQL


def test_the_log_lists_a_verify_link(admin_client: Client) -> None:
    log = log_entry()
    response = admin_client.get("/admin/gptbridge/querylog/")
    assert verify_url(log).encode() in response.content


def test_verified_pages_render(admin_client: Client) -> None:
    verified = VerifiedQuestion.objects.create(question="Who works in Marketing?", sql=GOOD_SQL)
    for url in [
        CHANGELIST,
        f"{CHANGELIST}?retired__exact=0",
        f"{CHANGELIST}?q=marketing",
        reverse("admin:gptbridge_verifiedquestion_add"),
        IMPORT,
    ]:
        assert admin_client.get(url).status_code == 200, url
    change = admin_client.get(
        reverse("admin:gptbridge_verifiedquestion_change", args=[verified.pk])
    )
    assert change.status_code == 200
    assert b"<th>first_name</th>" in change.content  # the dry run's rows


def test_editing_to_a_refused_query_is_an_error(admin_client: Client) -> None:
    verified = VerifiedQuestion.objects.create(question="Who works in Marketing?", sql=GOOD_SQL)
    url = reverse("admin:gptbridge_verifiedquestion_change", args=[verified.pk])
    response = admin_client.post(
        url, {"question": verified.question, "sql": "SELECT pg_sleep(10)", "notes": ""}
    )
    assert response.status_code == 200
    assert "guard refused" in response.content.decode()
    verified.refresh_from_db()
    assert verified.sql == GOOD_SQL


def test_adding_sets_the_author(admin_client: Client) -> None:
    response = admin_client.post(
        reverse("admin:gptbridge_verifiedquestion_add"),
        {"question": "Marketing people", "sql": GOOD_SQL, "notes": ""},
    )
    assert response.status_code == 302
    assert VerifiedQuestion.objects.get().created_by is not None


def test_retire_and_restore_actions(admin_client: Client) -> None:
    verified = VerifiedQuestion.objects.create(question="Who works in Marketing?", sql=GOOD_SQL)
    for action, retired in (("retire", True), ("restore", False)):
        admin_client.post(CHANGELIST, {"action": action, "_selected_action": [verified.pk]})
        verified.refresh_from_db()
        assert verified.retired is retired


@pytest.mark.parametrize(
    ("action", "marker"), [("export_jsonl", '"gold_sql"'), ("export_csv", "gold_sql")]
)
def test_export_actions(admin_client: Client, action: str, marker: str) -> None:
    verified = VerifiedQuestion.objects.create(question="Who works in Marketing?", sql=GOOD_SQL)
    response = admin_client.post(CHANGELIST, {"action": action, "_selected_action": [verified.pk]})
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    body = response.content.decode()
    assert marker in body
    assert "Who works in Marketing?" in body


def upload(client: Client, name: str, text: str) -> Any:
    return client.post(IMPORT, {"file": SimpleUploadedFile(name, text.encode())})


def test_import_in_the_admin(admin_client: Client) -> None:
    text = '{"question": "Who works in Marketing?", "gold_sql": "' + GOOD_SQL + '"}\n'
    response = upload(admin_client, "verified.jsonl", text)
    assert response.status_code == 302
    assert VerifiedQuestion.objects.get().sql == GOOD_SQL


def test_import_in_the_admin_reports_bad_lines_and_saves_nothing(admin_client: Client) -> None:
    text = (
        f'question,gold_sql\nWho works in Marketing?,"{GOOD_SQL}"\nDrop them,DROP TABLE employees\n'
    )
    response = upload(admin_client, "verified.csv", text)
    assert response.status_code == 200
    assert "line 3: The guard refused" in response.content.decode()
    assert VerifiedQuestion.objects.count() == 0


def test_import_needs_add_and_change_permissions(db: None) -> None:
    viewer = staff("view_verifiedquestion")
    assert viewer.get(IMPORT).status_code == 403
