"""POST /feedback: only the token that asked may rate its answer; anything else is a 404."""

from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from apitokens.models import ApiToken
from gptbridge.models import QueryLog

pytestmark = pytest.mark.usefixtures("seeded")


def bearer(key: str) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {key}")
    return client


def asked(client: APIClient, question: str = "Who works in Marketing?") -> int:
    response = client.post("/search", {"message": question, "format": "rows"}, format="json")
    assert response.status_code == 200, response.content
    return int(response.json()["question_id"])


def rate(client: APIClient, body: Any) -> Any:
    return client.post("/feedback", body, format="json")


@pytest.fixture
def token_client(db: None) -> APIClient:
    _, key = ApiToken.objects.create_key(name="asker")
    return bearer(key)


def test_the_asker_rates_an_answer(token_client: APIClient) -> None:
    question_id = asked(token_client)
    response = rate(
        token_client, {"question_id": question_id, "helpful": False, "comment": "Ann left."}
    )
    assert response.status_code == 200, response.content
    assert response.json() == {"question_id": question_id, "helpful": False}
    log = QueryLog.objects.get(pk=question_id)
    assert log.helpful is False
    assert log.feedback_comment == "Ann left."
    assert log.feedback_at is not None


def test_a_rating_can_be_changed(token_client: APIClient) -> None:
    question_id = asked(token_client)
    rate(token_client, {"question_id": question_id, "helpful": False})
    assert rate(token_client, {"question_id": question_id, "helpful": True}).status_code == 200
    assert QueryLog.objects.get(pk=question_id).helpful is True


def test_the_static_key_rates_its_own_questions(api_client: APIClient) -> None:
    question_id = asked(api_client)
    assert rate(api_client, {"question_id": question_id, "helpful": True}).status_code == 200


def test_someone_elses_question_is_not_found(token_client: APIClient, db: None) -> None:
    question_id = asked(token_client)
    _, other_key = ApiToken.objects.create_key(name="someone else")
    foreign = rate(bearer(other_key), {"question_id": question_id, "helpful": False})
    unknown = rate(bearer(other_key), {"question_id": question_id + 1000, "helpful": False})
    assert foreign.status_code == unknown.status_code == 404
    assert foreign.json() == unknown.json()  # nothing tells the two apart
    assert foreign.json()["code"] == "not_found"
    assert QueryLog.objects.get(pk=question_id).helpful is None


def test_a_question_asked_with_the_static_key_is_foreign_to_a_token(
    api_client: APIClient, token_client: APIClient
) -> None:
    question_id = asked(api_client)
    assert rate(token_client, {"question_id": question_id, "helpful": True}).status_code == 404


def test_needs_authentication(anon_client: APIClient) -> None:
    response = rate(anon_client, {"question_id": 1, "helpful": True})
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"helpful": True}, "question_id"),
        ({"question_id": "1", "helpful": True}, "question_id"),
        ({"question_id": True, "helpful": True}, "question_id"),
        ({"question_id": 0, "helpful": True}, "question_id"),
        ({"question_id": 2**70, "helpful": True}, "question_id"),
        ({"question_id": 1}, "helpful"),
        ({"question_id": 1, "helpful": "false"}, "helpful"),
        ({"question_id": 1, "helpful": 0}, "helpful"),
        ({"question_id": 1, "helpful": True, "comment": 5}, "comment"),
        ({"question_id": 1, "helpful": True, "comment": "x" * 2001}, "comment"),
    ],
)
def test_bad_bodies_are_400_naming_the_field(
    api_client: APIClient, body: dict[str, Any], field: str
) -> None:
    response = rate(api_client, body)
    assert response.status_code == 400, response.content
    assert field in response.json()["fields"]


def test_the_admin_filters_unhelpful_answers(api_client: APIClient, admin_client: Client) -> None:
    bad = asked(api_client, "Who works in Marketing?")
    good = asked(api_client, "Who works in Sales?")
    rate(api_client, {"question_id": bad, "helpful": False, "comment": "wrong people"})
    rate(api_client, {"question_id": good, "helpful": True})
    response = admin_client.get("/admin/gptbridge/querylog/?feedback=unhelpful")
    assert response.status_code == 200
    assert [log.pk for log in response.context["cl"].queryset] == [bad]
    for value in ("helpful", "none"):
        assert admin_client.get(f"/admin/gptbridge/querylog/?feedback={value}").status_code == 200


def test_the_schema_offers_rate_answer_to_the_gpt(api_client: APIClient) -> None:
    schema = api_client.get("/api-docs/openapi.json")
    operation = schema.json()["paths"]["/feedback"]["post"]
    assert operation["operationId"] == "rateAnswer"
    assert "right" in operation["description"]
    assert "wrong" in operation["description"]
