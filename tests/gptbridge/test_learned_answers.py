"""Verified answers, examples in the prompt and the stage-1 cache, end to end through POST /search
with the real openai client against the fake Chat Completions server (which records prompts)."""

from typing import Any

import pytest
from pytest_django.fixtures import Settings as SettingsWrapper
from rest_framework.test import APIClient

from gptbridge.models import QueryLog, VerifiedQuestion
from tests.fakes.openai_server import FakeOpenAI, is_compose_request, sql_reply, text_reply

pytestmark = pytest.mark.usefixtures("seeded")

MARKETING_SQL = "SELECT first_name, last_name FROM employees WHERE department = 'Marketing'"
ENGINEERS_2019_SQL = (
    "SELECT first_name, last_name, hire_date FROM employees WHERE department = 'Engineering' "
    "AND hire_date >= '2019-01-01' ORDER BY hire_date"
)
SALES_SQL = "SELECT first_name, last_name FROM employees WHERE department = 'Sales'"


def ask(client: APIClient, message: str, answer_format: str = "rows") -> Any:
    return client.post("/search", {"message": message, "format": answer_format}, format="json")


def verify(question: str, sql: str, **fields: Any) -> VerifiedQuestion:
    return VerifiedQuestion.objects.create(question=question, sql=sql, **fields)


def compose_requests(fake: FakeOpenAI) -> list[dict[str, Any]]:
    return [request for request in fake.requests if is_compose_request(request)]


def prompt_text(request: dict[str, Any]) -> str:
    return "\n".join(str(message["content"]) for message in request["messages"])


# --- exact answers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "asked",
    [
        "Which engineers joined in 2019 or later?",
        "which ENGINEERS joined in 2019 or later",
        "  Which   engineers joined, in 2019 or later ?!",
        "Which enginers joined in 2019 or later?",  # a typo in a directory word
    ],
)
def test_a_verified_question_is_answered_without_a_stage_1_call(
    api_client: APIClient, fake_openai: FakeOpenAI, asked: str
) -> None:
    verified = verify("Which engineers joined in 2019 or later?", ENGINEERS_2019_SQL)

    response = ask(api_client, asked)

    assert response.status_code == 200, response.content
    body = response.json()
    assert body["engine"] == "verified"
    assert body["row_count"] > 0
    assert "LIMIT" in body["sql"].upper()  # still through the guard
    assert compose_requests(fake_openai) == []
    assert fake_openai.call_count == 0
    log = QueryLog.objects.get(pk=body["question_id"])
    assert log.verified_question_id == verified.pk
    assert log.engine == "verified"
    verified.refresh_from_db()
    assert verified.times_used == 1
    assert verified.last_used_at is not None


def test_the_same_offline_plan_matches_a_differently_worded_question(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    verified = verify("Who works in Marketing?", MARKETING_SQL)
    response = ask(api_client, "list the people in the marketing department")
    assert response.json()["engine"] == "verified"
    assert QueryLog.objects.get().verified_question_id == verified.pk
    assert fake_openai.call_count == 0


def test_verified_comes_before_the_offline_engine(api_client: APIClient) -> None:
    # Even an offline-only deployment answers from the verified SQL first.
    verify("Who works in Marketing?", MARKETING_SQL)
    response = ask(api_client, "Who works in Marketing?")
    assert response.json()["engine"] == "verified"
    assert set(response.json()["rows"][0]) == {"first_name", "last_name"}


def test_answer_format_is_narrated_by_the_model_but_composed_from_verified_sql(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    verify("Who works in Marketing?", MARKETING_SQL)
    fake_openai.replies([text_reply("Twenty people work in Marketing.")])
    body = ask(api_client, "Who works in Marketing?", "answer").json()
    assert body["engine"] == "verified"
    assert body["message"] == "Twenty people work in Marketing."
    assert compose_requests(fake_openai) == []
    assert fake_openai.call_count == 1  # stage 2 only


def test_retired_questions_do_not_answer(api_client: APIClient, fake_openai: FakeOpenAI) -> None:
    verify("Which engineers joined in 2019 or later?", ENGINEERS_2019_SQL, retired=True)
    fake_openai.replies([sql_reply(ENGINEERS_2019_SQL)])
    body = ask(api_client, "Which engineers joined in 2019 or later?").json()
    assert body["engine"] == "openai"
    assert QueryLog.objects.get().verified_question_id is None


def test_a_verified_query_that_no_longer_runs_falls_through_to_the_model(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    # Saved directly (bypassing validation), as if the directory's columns had changed since.
    verify("Which engineers joined in 2019 or later?", "SELECT salary FROM employees")
    fake_openai.replies([sql_reply(ENGINEERS_2019_SQL)])
    body = ask(api_client, "Which engineers joined in 2019 or later?").json()
    assert body["engine"] == "openai"
    log = QueryLog.objects.get()
    assert log.verified_question_id is None
    assert log.attempts[0]["engine"] == "verified"


# --- examples in the stage-1 prompt -------------------------------------------------------------


def test_the_most_similar_verified_pairs_are_examples_in_the_prompt(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_EXAMPLES_K = 2
    verify("Which engineers joined in 2019 or later?", ENGINEERS_2019_SQL)
    verify(
        "How many people work in Sales?", "SELECT COUNT(*) FROM employees WHERE department='Sales'"
    )
    verify(
        "What is the e-mail of Leopold Johnston?",
        "SELECT email FROM employees WHERE last_name='Johnston'",
    )
    fake_openai.replies([sql_reply(ENGINEERS_2019_SQL)])

    response = ask(api_client, "Which engineers in Sales joined since 2019, sorted by name?")

    assert response.json()["engine"] == "openai"
    (request,) = compose_requests(fake_openai)
    text = prompt_text(request)
    assert "HR staff verified" in text
    assert ENGINEERS_2019_SQL in text
    assert "How many people work in Sales?" in text
    assert "Leopold Johnston" not in text  # k = 2: the least similar is left out
    # The examples come before the question, which stays the last user message but one.
    assert request["messages"][-2]["content"].startswith("Which engineers in Sales")


def test_examples_stay_within_the_character_budget(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_EXAMPLES_K = 5
    long_question = "Which engineers joined in 2019 or later?"
    verify(long_question, ENGINEERS_2019_SQL)
    short = verify(
        "Which engineers joined?", "SELECT * FROM employees WHERE department='Engineering'"
    )
    settings.GPTBRIDGE_EXAMPLES_CHARS = len(short.question) + len(short.sql) + 10
    fake_openai.replies([sql_reply(ENGINEERS_2019_SQL)])

    ask(api_client, "Which engineers joined in 2019 or 2020?")

    text = prompt_text(compose_requests(fake_openai)[0])
    assert short.sql in text
    assert ENGINEERS_2019_SQL not in text


def test_no_examples_without_verified_questions_or_with_k_zero(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    fake_openai.replies([sql_reply(SALES_SQL), sql_reply(SALES_SQL)])
    ask(api_client, "Who sells for us, alphabetically by their manager?")
    verify("Who works in Sales?", SALES_SQL)
    settings.GPTBRIDGE_EXAMPLES_K = 0
    ask(api_client, "Who sells for us, sorted by their manager?")
    for request in compose_requests(fake_openai):
        assert "HR staff verified" not in prompt_text(request)


def test_the_stage_1_rules_carry_the_guards_limits(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    fake_openai.replies([sql_reply(SALES_SQL)])
    ask(api_client, "Who sells for us, alphabetically by their manager?")
    rules = compose_requests(fake_openai)[0]["messages"][1]["content"]
    assert "COUNT" in rules
    assert "schema-qualified" in rules
    assert "exactly one statement" in rules


# --- the stage-1 cache --------------------------------------------------------------------------


def test_the_same_question_reuses_the_cached_sql(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    question = "Who sells for us, alphabetically by their manager?"
    fake_openai.replies([sql_reply(SALES_SQL)])
    first = ask(api_client, question).json()
    second = ask(api_client, "who sells for us alphabetically by their manager").json()
    assert first["engine"] == "openai"
    assert second["engine"] == "cached"
    assert second["rows"] == first["rows"]
    assert len(compose_requests(fake_openai)) == 1
    assert QueryLog.objects.get(pk=second["question_id"]).model_calls == 0


def test_the_cache_is_off_at_zero_seconds(
    api_client: APIClient, fake_openai: FakeOpenAI, settings: SettingsWrapper
) -> None:
    settings.GPTBRIDGE_SQL_CACHE_SECONDS = 0
    fake_openai.replies([sql_reply(SALES_SQL), sql_reply(SALES_SQL)])
    question = "Who sells for us, alphabetically by their manager?"
    assert ask(api_client, question).json()["engine"] == "openai"
    assert ask(api_client, question).json()["engine"] == "openai"
    assert len(compose_requests(fake_openai)) == 2


def test_a_verified_change_invalidates_the_cache(
    api_client: APIClient, fake_openai: FakeOpenAI
) -> None:
    question = "Who sells for us, alphabetically by their manager?"
    fake_openai.replies([sql_reply(SALES_SQL), sql_reply(SALES_SQL)])
    ask(api_client, question)
    verify("Which engineers joined in 2019 or later?", ENGINEERS_2019_SQL)  # unrelated, but new
    assert ask(api_client, question).json()["engine"] == "openai"
    assert len(compose_requests(fake_openai)) == 2


def test_failed_questions_are_not_cached(api_client: APIClient, fake_openai: FakeOpenAI) -> None:
    question = "What does everyone in Sales earn?"
    fake_openai.replies([sql_reply(None, "No salaries."), sql_reply(None, "No salaries, still.")])
    assert ask(api_client, question).status_code == 422
    assert ask(api_client, question).status_code == 422
    assert len(compose_requests(fake_openai)) == 2


def test_search_returns_the_question_id(api_client: APIClient, fake_openai: FakeOpenAI) -> None:
    fake_openai.replies([sql_reply(SALES_SQL)])
    body = ask(api_client, "Who sells for us, alphabetically by their manager?").json()
    assert QueryLog.objects.get().pk == body["question_id"]
