"""/api/employees/ and /api/employees/{id}/: reads for any token, writes with model permissions."""

import datetime as dt
import uuid
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework import serializers
from rest_framework.test import APIClient

from apitokens.models import ApiToken
from employees.models import Department, Employee, Title
from employees.serializers import EmployeeSerializer
from employees.validation import EMAIL_TAKEN
from tests.conftest import STATIC_KEY
from tests.factories import EmployeeFactory
from tests.hardening.support import assert_error_shape

LIST_URL = "/api/employees/"


def detail_url(pk: Any) -> str:
    return f"/api/employees/{pk}/"


def token_client(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    return client


def client_with_perms(username: str, *codenames: str) -> APIClient:
    user = get_user_model().objects.create_user(username)
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="employees", codename__in=codenames)
    )
    _, key = ApiToken.objects.create_key(name=f"{username} token", user=user)
    return token_client(key)


@pytest.fixture
def editor_client(db: None) -> APIClient:
    """A named token whose user may add, change and delete employees."""
    return client_with_perms("editor", "add_employee", "change_employee", "delete_employee")


@pytest.fixture
def reader_client(user_token: tuple[Any, str]) -> APIClient:
    """A named token whose user holds no permissions."""
    return token_client(user_token[1])


def new_employee(**overrides: Any) -> dict[str, Any]:
    return {
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada.lovelace@example.com",
        "department": "Engineering",
        "title": "Manager",
        "hire_date": "2021-03-04",
        **overrides,
    }


def names(response: Any) -> list[str]:
    return [f"{row['first_name']} {row['last_name']}" for row in response.json()["results"]]


# --- Authentication and reading -------------------------------------------------------------


@pytest.mark.django_db
def test_list_needs_a_token(anon_client: APIClient) -> None:
    response = anon_client.get(LIST_URL)
    assert_error_shape(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_list_first_page_in_name_order(seeded: None, api_client: APIClient) -> None:
    response = api_client.get(LIST_URL)
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 500
    assert len(body["results"]) == 50
    assert body["previous"] is None
    assert "page=2" in body["next"]
    expected = Employee.objects.order_by("last_name", "first_name", "id").values_list(
        "id", flat=True
    )[:50]
    assert [row["id"] for row in body["results"]] == [str(pk) for pk in expected]
    assert set(body["results"][0]) == {
        "id",
        "first_name",
        "last_name",
        "email",
        "department",
        "title",
        "hire_date",
    }


def test_pages_cover_every_employee_once(seeded: None, api_client: APIClient) -> None:
    seen: list[str] = []
    url: str | None = f"{LIST_URL}?ordering=hire_date&page_size=80"
    while url:
        body = api_client.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url = body["next"]
    assert len(seen) == len(set(seen)) == 500


@pytest.mark.parametrize(("asked", "served"), [("80", 80), ("7", 7), ("007", 7), ("1", 1)])
def test_page_size(seeded: None, api_client: APIClient, asked: str, served: int) -> None:
    response = api_client.get(LIST_URL, {"page_size": asked})
    assert len(response.json()["results"]) == served


def test_second_and_last_page(seeded: None, api_client: APIClient) -> None:
    first = api_client.get(LIST_URL).json()
    second = api_client.get(LIST_URL, {"page": 2}).json()
    assert not {row["id"] for row in first["results"]} & {row["id"] for row in second["results"]}
    last = api_client.get(LIST_URL, {"page": 10}).json()
    assert len(last["results"]) == 50
    assert last["next"] is None


@pytest.mark.django_db
@pytest.mark.parametrize(
    "asked", ["0", "-5", "abc", "false", "2.5", "", "\u0663", "81", "501", "9" * 40]
)
def test_bad_page_size_is_400(api_client: APIClient, asked: str) -> None:
    body = assert_error_shape(api_client.get(LIST_URL, {"page_size": asked}), 400, "invalid")
    assert list(body["fields"]) == ["page_size"]


@pytest.mark.parametrize("page", ["11", "0", "abc", "9" * 5000])
def test_page_out_of_range_is_404(seeded: None, api_client: APIClient, page: str) -> None:
    assert_error_shape(api_client.get(LIST_URL, {"page": page}), 404, "not_found")


def test_read_with_a_user_token_without_permissions(seeded: None, reader_client: APIClient) -> None:
    assert reader_client.get(LIST_URL).status_code == 200


@pytest.mark.django_db
def test_read_with_a_userless_named_token() -> None:
    _, key = ApiToken.objects.create_key(name="read-only")
    assert token_client(key).get(LIST_URL).status_code == 200


# --- Filters --------------------------------------------------------------------------------


def test_department_filter(seeded: None, api_client: APIClient) -> None:
    body = api_client.get(LIST_URL, {"department": "Marketing", "page_size": "80"}).json()
    assert body["count"] == Employee.objects.filter(department=Department.MARKETING).count() > 0
    assert {row["department"] for row in body["results"]} == {"Marketing"}


def test_title_filter(seeded: None, api_client: APIClient) -> None:
    body = api_client.get(LIST_URL, {"title": "Vice-President", "page_size": "80"}).json()
    assert body["count"] == Employee.objects.filter(title=Title.VICE_PRESIDENT).count() > 0
    assert {row["title"] for row in body["results"]} == {"Vice-President"}


@pytest.fixture
def hired_on_three_days(db: None) -> None:
    for day in (1, 2, 3):
        EmployeeFactory.create(
            first_name=f"Day{day}", last_name="Hire", hire_date=dt.date(2020, 1, day)
        )


@pytest.mark.usefixtures("hired_on_three_days")
@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"hired_after": "2020-01-01"}, ["Day2", "Day3"]),
        ({"hired_before": "2020-01-03"}, ["Day1", "Day2"]),
        ({"hired_after": "2020-01-01", "hired_before": "2020-01-03"}, ["Day2"]),
        ({"hired_after": "2020-01-03"}, []),
    ],
)
def test_hire_date_bounds_are_exclusive(
    api_client: APIClient, params: dict[str, str], expected: list[str]
) -> None:
    response = api_client.get(LIST_URL, {**params, "ordering": "hire_date"})
    assert [row["first_name"] for row in response.json()["results"]] == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"department": "Nope"}, "department"),
        ({"department": "marketing"}, "department"),
        ({"title": "CEO"}, "title"),
        ({"hired_after": "2018-13-45"}, "hired_after"),
        ({"hired_before": "yesterday"}, "hired_before"),
        ({"ordering": "salary"}, "ordering"),
        ({"ordering": "-hire_date,password"}, "ordering"),
        ({"ordering": "hire_date,"}, "ordering"),
        ({"title": ""}, "title"),
        ({"department": ""}, "department"),
        ({"hired_after": ""}, "hired_after"),
        ({"search": "ada\x00"}, "search"),
        ({"ordering": "hire_date\x00"}, "ordering"),
    ],
)
def test_bad_filter_values_are_400_with_fields(
    api_client: APIClient, params: dict[str, str], field: str
) -> None:
    body = assert_error_shape(api_client.get(LIST_URL, params), 400, "invalid")
    assert list(body["fields"]) == [field]
    assert body["fields"][field]
    assert all(isinstance(m, str) for m in body["fields"][field])


@pytest.mark.django_db
def test_bad_choice_message_lists_the_valid_values(api_client: APIClient) -> None:
    body = api_client.get(LIST_URL, {"department": "Nope"}).json()
    assert "Marketing" in body["fields"]["department"][0]


@pytest.mark.django_db
def test_every_bad_filter_is_reported_at_once(api_client: APIClient) -> None:
    params = {"department": "Nope", "title": "CEO", "hired_after": "soon"}
    body = assert_error_shape(api_client.get(LIST_URL, params), 400, "invalid")
    assert set(body["fields"]) == {"department", "title", "hired_after"}


# --- Search and ordering --------------------------------------------------------------------


def test_search_by_full_name(seeded: None, api_client: APIClient) -> None:
    response = api_client.get(LIST_URL, {"search": "jailyn MCCLURE"})
    assert names(response) == ["Jailyn McClure"]


def test_search_matches_email_ignoring_case(seeded: None, api_client: APIClient) -> None:
    body = api_client.get(LIST_URL, {"search": "GMAIL.COM"}).json()
    assert body["count"] == Employee.objects.filter(email__icontains="gmail.com").count() > 0


def test_search_without_match(seeded: None, api_client: APIClient) -> None:
    assert api_client.get(LIST_URL, {"search": "zzzzqqq"}).json()["count"] == 0


def test_ordering_descending(seeded: None, api_client: APIClient) -> None:
    rows = api_client.get(LIST_URL, {"ordering": "-hire_date", "page_size": "80"}).json()["results"]
    dates = [row["hire_date"] for row in rows]
    assert dates == sorted(dates, reverse=True)


def test_ordering_by_two_fields(seeded: None, api_client: APIClient) -> None:
    rows = api_client.get(
        LIST_URL, {"ordering": "department,-hire_date", "page_size": "80"}
    ).json()["results"]
    keys = [(row["department"], row["hire_date"]) for row in rows]
    expected = Employee.objects.order_by("department", "-hire_date").values_list(
        "department", "hire_date"
    )[:80]
    assert keys == [(d, h.isoformat()) for d, h in expected]


def test_walk_through_example(seeded: None, api_client: APIClient) -> None:
    """'Marketing employees hired after 2018, by hire date': equal dates come in name order."""
    params = {"department": "Marketing", "hired_after": "2018-12-31", "ordering": "hire_date"}
    body = api_client.get(LIST_URL, params).json()
    assert body["count"] == 22
    rows = body["results"]
    assert [(f"{r['first_name']} {r['last_name']}", r["hire_date"]) for r in rows[:2]] == [
        ("Leopold Johnston", "2019-02-21"),
        ("Jailyn McClure", "2019-02-21"),
    ]
    assert (rows[-1]["first_name"], rows[-1]["last_name"], rows[-1]["hire_date"]) == (
        "Zackery",
        "Welch",
        "2023-09-08",
    )


# --- Retrieve -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_retrieve(api_client: APIClient) -> None:
    employee = EmployeeFactory.create(
        first_name="Grace", last_name="Hopper", hire_date=dt.date(2020, 5, 6)
    )
    response = api_client.get(detail_url(employee.pk))
    assert response.status_code == 200
    assert response.json() == {
        "id": str(employee.pk),
        "first_name": "Grace",
        "last_name": "Hopper",
        "email": employee.email,
        "department": employee.department,
        "title": employee.title,
        "hire_date": "2020-05-06",
    }


@pytest.mark.django_db
@pytest.mark.parametrize("pk", ["0b5e2f4c-3a55-4d6e-9c1f-2b8f6a7d9e10", "not-a-uuid", "123"])
def test_retrieve_unknown_or_malformed_id_is_404(api_client: APIClient, pk: str) -> None:
    assert_error_shape(api_client.get(detail_url(pk)), 404, "not_found")


@pytest.mark.django_db
def test_retrieve_needs_a_token(anon_client: APIClient) -> None:
    employee = EmployeeFactory.create()
    assert_error_shape(anon_client.get(detail_url(employee.pk)), 401, "not_authenticated")


# --- Writes ---------------------------------------------------------------------------------


def test_create(editor_client: APIClient) -> None:
    response = editor_client.post(LIST_URL, new_employee(), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    employee = Employee.objects.get(pk=body["id"])
    assert (employee.full_name, employee.email, employee.hire_date) == (
        "Ada Lovelace",
        "ada.lovelace@example.com",
        dt.date(2021, 3, 4),
    )
    assert body == {"id": str(employee.pk), **new_employee()}


def test_create_ignores_a_client_chosen_id(editor_client: APIClient) -> None:
    chosen = str(uuid.uuid4())
    response = editor_client.post(LIST_URL, new_employee(id=chosen), format="json")
    assert response.status_code == 201
    assert response.json()["id"] != chosen


def test_update(editor_client: APIClient) -> None:
    employee = EmployeeFactory.create()
    response = editor_client.put(
        detail_url(employee.pk), new_employee(title="President"), format="json"
    )
    assert response.status_code == 200, response.content
    employee.refresh_from_db()
    assert (employee.first_name, employee.title) == ("Ada", "President")


def test_update_needs_every_field(editor_client: APIClient) -> None:
    employee = EmployeeFactory.create()
    body = assert_error_shape(
        editor_client.put(detail_url(employee.pk), {"title": "Intern"}, format="json"),
        400,
        "invalid",
    )
    assert set(body["fields"]) == {"first_name", "last_name", "email", "department", "hire_date"}


def test_partial_update(editor_client: APIClient) -> None:
    employee = EmployeeFactory.create(department="Sales")
    response = editor_client.patch(detail_url(employee.pk), {"department": "HR"}, format="json")
    assert response.status_code == 200
    assert response.json()["department"] == "HR"
    employee.refresh_from_db()
    assert employee.department == "HR"


def test_delete(editor_client: APIClient) -> None:
    employee = EmployeeFactory.create()
    response = editor_client.delete(detail_url(employee.pk))
    assert response.status_code == 204
    assert response.content == b""
    assert not Employee.objects.filter(pk=employee.pk).exists()


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_writes_to_an_unknown_id_are_404(editor_client: APIClient, method: str) -> None:
    response = getattr(editor_client, method)(
        detail_url(uuid.uuid4()), new_employee(), format="json"
    )
    assert_error_shape(response, 404, "not_found")


@pytest.fixture(params=["static key", "user without permissions", "userless token"])
def read_only_client(request: pytest.FixtureRequest, db: None) -> APIClient:
    if request.param == "static key":
        return request.getfixturevalue("api_client")
    if request.param == "user without permissions":
        return request.getfixturevalue("reader_client")
    _, key = ApiToken.objects.create_key(name="read-only")
    return token_client(key)


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_read_only_tokens_cannot_write(read_only_client: APIClient, method: str) -> None:
    employee = EmployeeFactory.create(first_name="Unchanged")
    url = LIST_URL if method == "post" else detail_url(employee.pk)
    response = getattr(read_only_client, method)(url, new_employee(), format="json")
    assert_error_shape(response, 403, "permission_denied")
    assert list(Employee.objects.values_list("first_name", flat=True)) == ["Unchanged"]


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_need_a_token(anon_client: APIClient, method: str) -> None:
    employee = EmployeeFactory.create()
    url = LIST_URL if method == "post" else detail_url(employee.pk)
    response = getattr(anon_client, method)(url, new_employee(), format="json")
    assert_error_shape(response, 401, "not_authenticated")


@pytest.mark.django_db
def test_each_write_needs_its_own_permission() -> None:
    client = client_with_perms("changer", "change_employee")
    employee = EmployeeFactory.create()
    assert (
        client.patch(detail_url(employee.pk), {"title": "Intern"}, format="json").status_code == 200
    )
    assert_error_shape(client.delete(detail_url(employee.pk)), 403, "permission_denied")
    assert_error_shape(client.post(LIST_URL, new_employee(), format="json"), 403)


@pytest.mark.django_db
def test_a_deactivated_users_token_stops_working() -> None:
    client = client_with_perms("leaver", "add_employee")
    get_user_model().objects.filter(username="leaver").update(is_active=False)
    assert_error_shape(client.post(LIST_URL, new_employee(), format="json"), 401)


# --- Write validation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"department": "Legal"}, "department"),
        ({"title": "CEO"}, "title"),
        ({"first_name": "x" * 65}, "first_name"),
        ({"last_name": "y" * 65}, "last_name"),
        ({"first_name": "   "}, "first_name"),
        ({"email": "not-an-email"}, "email"),
        ({"hire_date": "2021-02-30"}, "hire_date"),
    ],
)
def test_create_rejects_bad_values(
    editor_client: APIClient, overrides: dict[str, Any], field: str
) -> None:
    response = editor_client.post(LIST_URL, new_employee(**overrides), format="json")
    body = assert_error_shape(response, 400, "invalid")
    assert list(body["fields"]) == [field]
    assert not Employee.objects.exists()


def test_names_of_64_characters_are_accepted(editor_client: APIClient) -> None:
    response = editor_client.post(
        LIST_URL, new_employee(first_name="x" * 64, last_name="y" * 64), format="json"
    )
    assert response.status_code == 201


def test_create_with_missing_fields(editor_client: APIClient) -> None:
    body = assert_error_shape(editor_client.post(LIST_URL, {}, format="json"), 400, "invalid")
    assert set(body["fields"]) == {
        "first_name",
        "last_name",
        "email",
        "department",
        "title",
        "hire_date",
    }


def test_email_is_unique_ignoring_case(editor_client: APIClient) -> None:
    EmployeeFactory.create(email="Ada.Lovelace@Example.com")
    response = editor_client.post(
        LIST_URL, new_employee(email="ADA.LOVELACE@EXAMPLE.COM"), format="json"
    )
    body = assert_error_shape(response, 400, "invalid")
    assert body["fields"] == {"email": [EMAIL_TAKEN]}
    assert Employee.objects.count() == 1


def test_update_may_keep_or_recase_its_own_email(editor_client: APIClient) -> None:
    employee = EmployeeFactory.create(email="grace@example.com")
    response = editor_client.patch(
        detail_url(employee.pk), {"email": "Grace@Example.com"}, format="json"
    )
    assert response.status_code == 200
    assert response.json()["email"] == "Grace@Example.com"


def test_update_may_not_take_anothers_email(editor_client: APIClient) -> None:
    EmployeeFactory.create(email="taken@example.com")
    employee = EmployeeFactory.create(email="mine@example.com")
    response = editor_client.patch(
        detail_url(employee.pk), {"email": "TAKEN@example.com"}, format="json"
    )
    assert assert_error_shape(response, 400, "invalid")["fields"] == {"email": [EMAIL_TAKEN]}


@pytest.mark.django_db
def test_an_email_taken_between_validation_and_save_is_a_validation_error() -> None:
    """Two concurrent requests both pass `validate_email`; the database constraint decides."""
    serializer = EmployeeSerializer(data=new_employee())
    assert serializer.is_valid(), serializer.errors
    EmployeeFactory.create(email="ADA.LOVELACE@example.com")  # the other request wins the race
    with pytest.raises(serializers.ValidationError) as caught:
        serializer.save()
    assert caught.value.detail == {"email": [EMAIL_TAKEN]}
    assert Employee.objects.count() == 1


# --- Issue 9: all errors at once, page sizes, writes through the services --------------------


def test_several_bad_parameters_are_reported_together(api_client: APIClient, db: None) -> None:
    response = api_client.get(
        LIST_URL,
        {
            "department": "Finance",
            "ordering": "salary",
            "hired_after": "2021-13-01",
            "page_size": "501",
        },
    )
    body = assert_error_shape(response, 400, "invalid")
    assert set(body["fields"]) == {"department", "ordering", "hired_after", "page_size"}
    assert "use one of: Accounting, Sales" in body["fields"]["department"][0]
    assert body["fields"]["page_size"] == ["Give a whole number from 1 to 80."]


def test_a_page_of_the_longest_valid_rows_stays_under_100k_characters(
    api_client: APIClient, db: None
) -> None:
    """Every field as long and as JSON-escaped as validation admits, and a long query string."""
    # A quoted local part of backslash-escaped quotes: every character doubles in JSON.
    quoted_local = '"' + '\\"' * 122 + '"'
    worst = []
    for number in range(80):
        domain = f"{number:03d}.com"
        employee = Employee(
            first_name='"' * 64,
            last_name="\\" * 64,
            email=f"{quoted_local}@{domain}",  # 254 characters
            department=Department.CUSTOMER_SERVICE,
            title=Title.JUNIOR_EXECUTIVE,
            hire_date=dt.date(1950, 6, 1),
        )
        employee.full_clean(validate_unique=False)
        worst.append(employee)
    Employee.objects.bulk_create(worst)
    # Page 1 hired before them, page 3 after: page 2 is all worst rows, with both links.
    Employee.objects.bulk_create(
        EmployeeFactory.build(email=f"extra{n}@example.com", hire_date=dt.date(1950 + n % 2, 1, 1))
        for n in range(160)
    )
    response = api_client.get(
        LIST_URL, {"page_size": "80", "page": "2", "ordering": "hire_date", "junk": "x" * 4000}
    )
    assert response.status_code == 200
    assert {row["first_name"] for row in response.json()["results"]} == {'"' * 64}
    assert len(response.content.decode()) < 100_000


def test_a_write_with_a_userless_token_says_the_token_may_only_read(db: None) -> None:
    _, key = ApiToken.objects.create_key(name="demo")
    for client in (token_client(key), token_client(STATIC_KEY)):
        body = assert_error_shape(
            client.post(LIST_URL, new_employee(), format="json"), 403, "permission_denied"
        )
        assert body["message"].startswith("This token may only read: it belongs to no user.")
        assert "create_api_token NAME --user USERNAME" in body["message"]


def test_a_write_by_a_user_without_the_permission_says_so(reader_client: APIClient) -> None:
    body = assert_error_shape(
        reader_client.post(LIST_URL, new_employee(), format="json"), 403, "permission_denied"
    )
    assert body["message"] == "This token's user lacks the permission for this action."


@pytest.mark.parametrize(
    ("hire_date", "status"),
    [("2202-05-01", 400), ("2099-01-01", 400), ("1899-12-31", 400), ("1900-01-01", 201)],
)
def test_hire_date_must_be_plausible(editor_client: APIClient, hire_date: str, status: int) -> None:
    response = editor_client.post(LIST_URL, new_employee(hire_date=hire_date), format="json")
    assert response.status_code == status, response.content
    if status == 400:
        assert "is not plausible; check the year" in response.json()["fields"]["hire_date"][0]


def test_a_hire_a_few_months_ahead_is_accepted(editor_client: APIClient) -> None:
    soon = (dt.date.today() + dt.timedelta(days=120)).isoformat()
    response = editor_client.post(LIST_URL, new_employee(hire_date=soon), format="json")
    assert response.status_code == 201, response.content


def test_write_errors_use_the_shared_words(editor_client: APIClient) -> None:
    response = editor_client.post(
        LIST_URL,
        new_employee(department="Finance", hire_date="04/03/2021", first_name="=1+2"),
        format="json",
    )
    fields = assert_error_shape(response, 400, "invalid")["fields"]
    assert fields["department"] == [
        "'Finance' is not a department; use one of: Accounting, Sales, Engineering, Marketing, "
        "Product, Customer Service, HR."
    ]
    assert fields["hire_date"] == ["Enter a date as YYYY-MM-DD."]
    assert fields["first_name"][0].startswith("Must not start with =, +, - or @")


def test_email_taken_is_one_lookup_on_the_lower_email_index(editor_client: APIClient) -> None:
    EmployeeFactory.create(email="Ada.Lovelace@Example.com")
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.post(LIST_URL, new_employee(), format="json")
    assert response.status_code == 400
    lookups = [q["sql"] for q in queries.captured_queries if '"employees"' in q["sql"]]
    assert lookups, queries.captured_queries
    assert all("UPPER(" not in sql for sql in lookups)
    assert any('LOWER("employees"."email")' in sql for sql in lookups)
