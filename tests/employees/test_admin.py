"""Smoke tests for every HR admin page, as a superuser, on the 500 reference employees."""

import datetime as dt
import re
import time
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.db.models.functions import Lower
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pytest_django.fixtures import Settings

from apitokens.models import ApiToken
from employees import admin as employee_admin
from employees import import_storage
from employees.models import Department, Employee, Title
from employees.validation import EMAIL_TAKEN

CHANGELIST = reverse("admin:employees_employee_changelist")
ADD = reverse("admin:employees_employee_add")
EXPORT = reverse("admin:employees_employee_export")
IMPORT = reverse("admin:employees_employee_import")
PROCESS_IMPORT = reverse("admin:employees_employee_process_import")
CSV_HEADER = "id,first_name,last_name,email,department,title,hire_date"
EXPORT_FIELDS = ["id", "first_name", "last_name", "email", "department", "title", "hire_date"]


@pytest.fixture(autouse=True)
def _admin_test_settings(settings: Settings) -> None:
    # Pages render without `collectstatic`; the admin user's password hash need not be slow.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def client_(seeded: None, admin_client: Client) -> Client:
    """A logged-in superuser's client, with the reference employees loaded."""
    return admin_client


def changelist(client: Client, **params: str) -> Any:
    response = client.get(CHANGELIST, params)
    assert response.status_code == 200, response.content[:500]
    return response


def shown(response: Any) -> list[Employee]:
    """Every employee the changelist selects (all pages)."""
    return list(response.context["cl"].queryset)


def upload(client: Client, csv_text: str) -> Any:
    csv_file = SimpleUploadedFile("employees.csv", csv_text.encode(), content_type="text/csv")
    return client.post(IMPORT, {"import_file": csv_file, "format": "0", "resource": "0"})


def csv_row(employee_id: str, first: str, last: str, email: str, dept: str, title: str) -> str:
    return f"{employee_id},{first},{last},{email},{dept},{title},2024-02-01"


def messages_of(response: Any) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


# --- changelist, search, filters, date hierarchy ------------------------------------------------


def test_changelist_lists_employees_in_name_order_with_bounded_queries(client_: Client) -> None:
    with CaptureQueriesContext(connection) as queries:
        response = changelist(client_)

    page = list(response.context["cl"].result_list)
    assert len(page) == 50
    expected = list(Employee.objects.order_by(Lower("last_name"), Lower("first_name"), "-pk")[:50])
    assert page == expected
    assert f"{page[0].last_name}, {page[0].first_name}" in response.content.decode()
    sql = [query["sql"].upper() for query in queries.captured_queries]
    # One count (no unfiltered second count), no facet counts, no DISTINCT over dates.
    assert sum("COUNT(" in statement for statement in sql) == 1
    assert not any("DISTINCT" in statement for statement in sql)


@pytest.mark.parametrize("page", ["6", "10"])
def test_pages_past_the_middle_are_the_same_rows_read_from_the_end(
    client_: Client, page: str
) -> None:
    in_order = list(Employee.objects.order_by(Lower("last_name"), Lower("first_name"), "-pk"))
    start = (int(page) - 1) * 50

    rows = list(changelist(client_, p=page).context["cl"].result_list)

    assert rows == in_order[start : start + 50]


def test_search_matches_prefixes_of_names_and_email_in_any_case(client_: Client) -> None:
    albert = Employee.objects.get(email="Nash_Flatley35@gmail.com")

    by_last = shown(changelist(client_, q=albert.last_name[:4].upper()))
    by_words = shown(changelist(client_, q=f"{albert.first_name.lower()} {albert.last_name[:3]}"))
    by_email = shown(changelist(client_, q="nash_flat"))
    inside_a_word = shown(changelist(client_, q=albert.last_name[1:]))

    assert albert in by_last
    assert all(
        e.last_name.lower().startswith(albert.last_name[:4].lower())
        or e.first_name.lower().startswith(albert.last_name[:4].lower())
        or e.email.lower().startswith(albert.last_name[:4].lower())
        for e in by_last
    )
    assert albert in by_words
    assert by_email == [albert]  # "_" is matched literally, not as a wildcard
    assert albert not in inside_a_word


@pytest.mark.parametrize(
    ("param", "value", "attribute"),
    [
        ("department__exact", Department.MARKETING, "department"),
        ("title__exact", Title.INTERN, "title"),
    ],
)
def test_choice_filters(client_: Client, param: str, value: str, attribute: str) -> None:
    found = shown(changelist(client_, **{param: value}))

    assert found
    assert {getattr(employee, attribute) for employee in found} == {value}
    assert len(found) == Employee.objects.filter(**{attribute: value}).count()


def test_hire_year_filter_lists_years_and_filters(client_: Client) -> None:
    response = changelist(client_)
    assert "?hire_year=2019" in response.content.decode()
    assert "?hire_year=2010" in response.content.decode()

    found = shown(changelist(client_, hire_year="2019", department__exact="HR"))

    assert found
    assert all(e.hire_date.year == 2019 and e.department == "HR" for e in found)
    assert len(found) == Employee.objects.filter(hire_date__year=2019, department="HR").count()


def test_hire_year_filter_rejects_a_non_year(client_: Client) -> None:
    response = client_.get(CHANGELIST, {"hire_year": "nineteen"})

    assert response.status_code == 302
    assert response["Location"].endswith("?e=1")


def test_date_hierarchy_drills_down_from_years_to_a_day(client_: Client) -> None:
    years = changelist(client_).content.decode()
    assert "?hire_date__year=2010" in years
    assert "?hire_date__year=2023" in years

    months = changelist(client_, hire_date__year="2019")
    assert "hire_date__month=4" in months.content.decode()
    assert all(e.hire_date.year == 2019 for e in shown(months))

    days = changelist(client_, hire_date__year="2019", hire_date__month="4")
    in_april = shown(days)
    assert in_april
    assert all((e.hire_date.year, e.hire_date.month) == (2019, 4) for e in in_april)
    day = in_april[0].hire_date.day
    assert f"hire_date__day={day}" in days.content.decode()

    one_day = shown(
        changelist(client_, hire_date__year="2019", hire_date__month="4", hire_date__day=str(day))
    )
    assert one_day == [e for e in in_april if e.hire_date.day == day]


# --- add, change, delete ------------------------------------------------------------------------


def employee_form(email: str) -> dict[str, str]:
    return {
        "first_name": "Grace",
        "last_name": "Hopper",
        "email": email,
        "department": Department.ENGINEERING,
        "title": Title.MANAGER,
        "hire_date": "2024-05-06",
    }


def test_add_page_creates_an_employee(client_: Client) -> None:
    assert client_.get(ADD).status_code == 200

    response = client_.post(ADD, employee_form("grace.hopper@example.com"))

    assert response.status_code == 302
    grace = Employee.objects.get(email="grace.hopper@example.com")
    assert (grace.last_name, grace.hire_date) == ("Hopper", dt.date(2024, 5, 6))


def test_add_page_refuses_an_email_taken_in_another_case(client_: Client) -> None:
    before = Employee.objects.count()

    response = client_.post(ADD, employee_form("NASH_FLATLEY35@GMAIL.COM"))

    assert response.status_code == 200
    assert EMAIL_TAKEN in response.content.decode()
    assert Employee.objects.count() == before


def test_change_page_shows_and_saves_an_employee(client_: Client) -> None:
    employee = Employee.objects.get(email="Nash_Flatley35@gmail.com")
    url = reverse("admin:employees_employee_change", args=[employee.pk])

    page = client_.get(url)
    assert page.status_code == 200
    assert str(employee.pk) in page.content.decode()  # the id, read-only
    form = {**employee_form(employee.email), "first_name": "Alberta"}
    assert client_.post(url, form).status_code == 302

    employee.refresh_from_db()
    assert employee.first_name == "Alberta"


def test_delete_confirmation_then_delete(client_: Client) -> None:
    employee = Employee.objects.get(email="Nash_Flatley35@gmail.com")
    url = reverse("admin:employees_employee_delete", args=[employee.pk])

    page = client_.get(url)
    assert page.status_code == 200
    assert "Are you sure" in page.content.decode()
    assert client_.post(url, {"post": "yes"}).status_code == 302
    assert not Employee.objects.filter(pk=employee.pk).exists()


# --- export -------------------------------------------------------------------------------------


def export_form(items: list[str] | None = None) -> dict[str, Any]:
    form: dict[str, Any] = {"format": "0", "resource": "0"}
    form.update({f"employeeresource_{field}": "on" for field in EXPORT_FIELDS})
    if items is not None:
        form["export_items"] = items
    return form


def test_export_action_writes_the_selected_rows_as_csv(client_: Client) -> None:
    chosen = list(Employee.objects.filter(department="HR").order_by("email")[:3])
    other = Employee.objects.exclude(department="HR").first()
    assert other
    ids = [str(e.pk) for e in chosen]

    form_page = client_.post(CHANGELIST, {"action": "export_admin_action", "_selected_action": ids})
    assert form_page.status_code == 200
    for employee_id in ids:
        assert employee_id in form_page.content.decode()  # carried as hidden inputs
    response = client_.post(EXPORT, export_form(ids))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = response.content.decode()
    lines = content.strip().splitlines()
    assert lines[0].strip() == CSV_HEADER
    assert len(lines) == 1 + len(chosen)
    for employee in chosen:
        assert (
            f"{employee.pk},{employee.first_name},{employee.last_name},{employee.email}" in content
        )
        assert employee.hire_date.isoformat() in content
    assert other.email not in content


def test_export_button_exports_the_filtered_list(client_: Client) -> None:
    url = f"{EXPORT}?department__exact=Product"
    assert client_.get(url).status_code == 200

    response = client_.post(url, export_form())

    rows = response.content.decode().strip().splitlines()[1:]
    assert len(rows) == Employee.objects.filter(department="Product").count()
    assert all(",Product," in row for row in rows)


def test_export_over_the_cap_is_refused_with_a_message(
    client_: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(employee_admin, "EXPORT_MAX_ROWS", 10)
    ids = [str(pk) for pk in Employee.objects.values_list("pk", flat=True)[:11]]

    too_many_selected = client_.post(
        CHANGELIST, {"action": "export_admin_action", "_selected_action": ids}, follow=True
    )
    whole_list = client_.post(EXPORT, export_form())

    assert "limited to 10 employees" in " ".join(messages_of(too_many_selected))
    assert whole_list.status_code == 200
    assert not whole_list["Content-Type"].startswith("text/csv")
    assert "limited to 10 employees" in whole_list.content.decode()


# --- import -------------------------------------------------------------------------------------


def test_import_preview_reports_a_bad_row_and_offers_no_confirm(client_: Client) -> None:
    before = Employee.objects.count()
    csv_text = "\n".join(
        [
            CSV_HEADER,
            csv_row("", "Ada", "Lovelace", "ada@example.com", "Engineering", "Manager"),
            csv_row("", "Bad", "Row", "bad.row@example.com", "Nope", "Manager"),
            csv_row("", "Dup", "Mail", "NASH_FLATLEY35@gmail.com", "Sales", "Intern"),
            csv_row("", "No", "Mail", "not-an-email", "Sales", "Intern"),
            "not-a-uuid,Odd,Row,odd@example.com,Sales,Intern,2024-13-45",
        ]
    )

    response = upload(client_, csv_text)

    assert response.status_code == 200
    result = response.context["result"]
    invalid = {row.number: row.error_dict for row in result.invalid_rows}
    assert set(invalid) == {2, 3, 4, 5}
    assert "department" in invalid[2]
    assert invalid[3]["email"] == [EMAIL_TAKEN]
    assert "email" in invalid[4]
    assert invalid[5]  # neither the id nor the date can be read
    assert "confirm_form" not in response.context
    page = response.content.decode()
    assert "Nope" in page
    assert "&#x27;Nope&#x27; is not a department; use one of: Accounting," in page
    assert Employee.objects.count() == before
    assert not Employee.objects.filter(email="ada@example.com").exists()


def confirm_data(preview: Any) -> dict[str, str]:
    form = preview.context["confirm_form"]
    return {name: str(form.initial.get(name, "")) for name in form.fields}


def test_import_confirm_writes_valid_rows_and_updates_by_id(client_: Client) -> None:
    existing = Employee.objects.get(email="Nash_Flatley35@gmail.com")
    before = Employee.objects.count()
    csv_text = "\n".join(
        [
            CSV_HEADER,
            csv_row("", "Ada", "Lovelace", "ada@example.com", "Engineering", "Manager"),
            csv_row(
                "6f1c1a2e-3f7b-4c55-9a55-3f0a7f4c2b10",
                "Alan",
                "Turing",
                "alan@example.com",
                "Product",
                "Vice-President",
            ),
            csv_row(str(existing.pk), "Albert", "Pfeffer", existing.email, "HR", "Manager"),
        ]
    )

    preview = upload(client_, csv_text)
    assert preview.status_code == 200
    assert not preview.context["result"].has_validation_errors()
    assert Employee.objects.count() == before  # the preview writes nothing
    response = client_.post(PROCESS_IMPORT, confirm_data(preview), follow=True)

    assert response.status_code == 200
    assert "Import finished: 2 new, 1 updated" in " ".join(messages_of(response))
    assert Employee.objects.count() == before + 2
    assert str(Employee.objects.get(email="alan@example.com").pk).startswith("6f1c1a2e")
    existing.refresh_from_db()
    assert (existing.department, existing.title) == ("HR", "Manager")


def test_import_without_id_column_creates_employees(client_: Client) -> None:
    csv_text = "first_name,last_name,email,department,title,hire_date\n"
    csv_text += "Katherine,Johnson,katherine@example.com,Engineering,Associate,2023-03-01\n"

    preview = upload(client_, csv_text)
    client_.post(PROCESS_IMPORT, confirm_data(preview))

    assert Employee.objects.filter(email="katherine@example.com").exists()


def test_import_confirm_writes_nothing_if_a_row_fails_then(client_: Client) -> None:
    before = Employee.objects.count()
    csv_text = "\n".join(
        [
            CSV_HEADER,
            csv_row("", "Ada", "Lovelace", "ada@example.com", "Engineering", "Manager"),
            csv_row("", "Alan", "Turing", "alan@example.com", "Product", "Associate"),
        ]
    )
    preview = upload(client_, csv_text)
    # Someone takes Alan's e-mail between the preview and the confirmation.
    Employee.objects.create(
        first_name="Other",
        last_name="Alan",
        email="ALAN@example.com",
        department="Sales",
        title="Intern",
        hire_date=dt.date(2020, 1, 1),
    )

    response = client_.post(PROCESS_IMPORT, confirm_data(preview), follow=True)

    text = " ".join(messages_of(response))
    assert "Nothing was imported: row(s) 2 failed" in text
    assert Employee.objects.count() == before + 1  # only the one created above
    assert not Employee.objects.filter(email="ada@example.com").exists()


def test_import_page_renders(admin_client: Client) -> None:
    page = admin_client.get(IMPORT)

    assert page.status_code == 200
    assert re.search(r"first_name.*last_name.*email", page.content.decode(), re.S)


def test_import_needs_add_and_change_permissions(client: Client, seeded: None) -> None:
    viewer = get_user_model().objects.create_user("viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_employee"))
    client.force_login(viewer)

    page = changelist(client)

    assert IMPORT not in page.content.decode()
    assert EXPORT in page.content.decode()
    assert client.get(IMPORT).status_code == 403
    assert upload(client, CSV_HEADER + "\n").status_code == 403


# --- Issue 9 / 8.7: labels, ids, reasons in the API's words, formulas, uploads ------------------

UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def test_choices_read_as_the_values_are_stored(client_: Client) -> None:
    page = changelist(client_).content.decode()
    assert ">HR</a>" in page  # the filters
    assert ">Vice-President</a>" in page
    assert ">Hr<" not in page
    assert "Vice President" not in page
    form = client_.get(ADD).content.decode()
    assert '<option value="HR">HR</option>' in form
    assert '<option value="Vice-President">Vice-President</option>' in form


def test_add_page_shows_no_id_and_the_change_page_does(client_: Client) -> None:
    assert not UUID_TEXT.search(client_.get(ADD).content.decode())
    employee = Employee.objects.first()
    assert employee is not None
    change = client_.get(reverse("admin:employees_employee_change", args=[employee.pk]))
    assert str(employee.pk) in change.content.decode()


@pytest.mark.parametrize("hire_date", ["2099-01-01", "1899-12-31"])
def test_add_page_refuses_an_implausible_hire_date(client_: Client, hire_date: str) -> None:
    response = client_.post(
        ADD, {**employee_form("new.person@example.com"), "hire_date": hire_date}
    )
    assert response.status_code == 200
    assert "is not plausible; check the year" in response.content.decode()
    assert not Employee.objects.filter(email="new.person@example.com").exists()


def test_import_preview_of_new_rows_shows_no_generated_ids(client_: Client) -> None:
    csv_text = "\n".join(
        [CSV_HEADER, csv_row("", "Ada", "Lovelace", "ada@example.com", "Engineering", "Manager")]
    )
    preview = upload(client_, csv_text)
    assert "confirm_form" in preview.context
    table = preview.content.decode().split('class="import-preview"')[1]
    assert "Lovelace" in table
    assert not UUID_TEXT.search(table)


def test_import_preview_writes_each_reason_out_in_the_apis_words(client_: Client) -> None:
    csv_text = "\n".join(
        [
            CSV_HEADER,
            ",Bad,Date,bad.date@example.com,Sales,Intern,2024-13-45",
            ",Far,Future,far.future@example.com,Sales,Intern,2202-05-01",
            csv_row("", "Bad", "Dept", "bad.dept@example.com", "Finance", "Intern"),
            csv_row("", "=HYPERLINK(1)", "Formula", "formula@example.com", "Sales", "Intern"),
        ]
    )
    page = upload(client_, csv_text).content.decode()
    errors = page.split('id="invalid-rows"')[1]
    assert "validation-error-container" not in errors  # nothing hidden behind a hover
    assert "<strong>hire_date</strong>: Enter a date as YYYY-MM-DD." in errors
    assert "2202-05-01" in errors
    assert "is not plausible; check the year" in errors
    assert (
        "<strong>department</strong>: &#x27;Finance&#x27; is not a department; use one of: "
        "Accounting, Sales, Engineering, Marketing, Product, Customer Service, HR." in errors
    )
    assert "<strong>first_name</strong>: Must not start with =, +, - or @" in errors


def test_export_defuses_cells_a_spreadsheet_would_run(client_: Client) -> None:
    Employee.objects.bulk_create(  # written past validation, as old data might be
        [
            Employee(
                first_name="=cmd|' /C calc'!A0",
                last_name="@SUM(1)",
                email="-x@example.com",
                department="Sales",
                title="Intern",
                hire_date=dt.date(2020, 1, 1),
            )
        ]
    )
    response = client_.post(f"{EXPORT}?department__exact=Sales", export_form())
    text = response.content
    line = next(row for row in text.decode().splitlines() if "calc" in row)
    assert "'=cmd|' /C calc'!A0" in line
    assert ",'@SUM(1)," in line
    assert ",'-x@example.com," in line


def test_an_upload_over_the_limit_is_refused(
    client_: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(employee_admin, "IMPORT_MAX_BYTES", 200)
    csv_text = CSV_HEADER + "\n" + csv_row("", "A" * 200, "B", "a@example.com", "Sales", "Intern")
    response = upload(client_, csv_text)
    assert response.status_code == 200
    assert "an import takes at most 200" in response.content.decode()
    assert "result" not in response.context


def test_process_import_opens_only_files_it_issued(client_: Client, tmp_path: Any) -> None:
    victim = import_storage.import_directory().parent / "directory_gpt-victim.csv"
    victim.write_text(CSV_HEADER + "\n")
    try:
        for name in (victim.name, f"../{victim.name}", str(victim), "0" * 32):
            response = client_.post(
                PROCESS_IMPORT,
                {
                    "import_file_name": name,
                    "original_file_name": "x.csv",
                    "format": "0",
                    "resource": "0",
                },
                follow=True,
            )
            assert response.status_code == 200
            assert "unknown or has expired; upload it again" in " ".join(messages_of(response))
        assert victim.exists()
    finally:
        victim.unlink()


def test_abandoned_uploads_are_removed_after_an_hour(client_: Client) -> None:
    csv_text = "\n".join(
        [CSV_HEADER, csv_row("", "Ada", "Lovelace", "ada@example.com", "Engineering", "Manager")]
    )
    name = confirm_data(upload(client_, csv_text))["import_file_name"]
    waiting = import_storage.import_directory() / name
    assert waiting.exists()
    assert oct(waiting.stat().st_mode & 0o777) == "0o600"
    assert import_storage.remove_abandoned(now=time.time() + 60) == 0
    assert import_storage.remove_abandoned(now=time.time() + 3601) >= 1
    assert not waiting.exists()


# --- API tokens ---------------------------------------------------------------------------------


def test_api_token_admin_changelist_and_add_shows_the_key_once(admin_client: Client) -> None:
    changelist_url = reverse("admin:apitokens_apitoken_changelist")
    add_url = reverse("admin:apitokens_apitoken_add")
    assert admin_client.get(changelist_url).status_code == 200
    assert admin_client.get(add_url).status_code == 200

    response = admin_client.post(add_url, {"name": "payroll export"}, follow=True)

    assert response.status_code == 200
    token = ApiToken.objects.get(name="payroll export")
    shown_keys = [
        match.group(1)
        for message in messages_of(response)
        for match in [re.search(r"The API key for payroll export is: (\S+)\.", message)]
        if match
    ]
    assert len(shown_keys) == 1
    assert ApiToken.objects.get_from_key(shown_keys[0]) == token
    assert shown_keys[0] not in admin_client.get(changelist_url).content.decode()


def test_revoking_asks_first_then_says_what_it_did(admin_client: Client) -> None:
    changelist_url = reverse("admin:apitokens_apitoken_changelist")
    first, _ = ApiToken.objects.create_key(name="payroll export")
    second, _ = ApiToken.objects.create_key(name="ChatGPT action")
    selected = {"action": "revoke_tokens", "_selected_action": [first.pk, second.pk]}

    confirmation = admin_client.post(changelist_url, selected)

    assert confirmation.status_code == 200
    page = confirmation.content.decode()
    assert "Revoking cannot be undone." in page
    assert "payroll export" in page
    assert "ChatGPT action" in page
    assert not ApiToken.objects.filter(revoked=True).exists()

    done = admin_client.post(changelist_url, {**selected, "post": "yes"}, follow=True)

    assert ApiToken.objects.filter(revoked=True).count() == 2
    assert "Revoked 2 tokens: ChatGPT action, payroll export." in " ".join(messages_of(done))


def test_token_list_says_each_status_in_words(admin_client: Client) -> None:
    from django.utils import timezone

    ApiToken.objects.create_key(name="current")
    ApiToken.objects.create_key(name="old", expiry_date=timezone.now() - dt.timedelta(days=2))
    ApiToken.objects.create_key(name="gone", revoked=True)
    page = admin_client.get(reverse("admin:apitokens_apitoken_changelist")).content.decode()
    assert '<td class="field-status">Active</td>' in page
    assert '<td class="field-status">Revoked</td>' in page
    assert "Expired on " in page
    assert "icon-no" not in page  # no red cross for "not expired"
