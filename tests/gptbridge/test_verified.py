"""Normalisation, validation and lookup of verified questions, and example retrieval."""

import datetime as dt
from typing import Any

import pytest

from gptbridge.examples import Example, ExampleIndex, examples_for
from gptbridge.models import VerifiedQuestion
from gptbridge.verified import (
    InvalidVerifiedSql,
    find_verified,
    normalise_question,
    validate_verified_sql,
    verified_version,
)

GOOD = "SELECT first_name FROM employees WHERE department = 'Marketing'"
TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("asked", "normalised"),
    [
        ("Who works in Marketing?", "who works in marketing"),
        ("  WHO\tworks   in MARKETING!!! ", "who works in marketing"),
        ("Who works in Marketting?", "who works in marketing"),  # a directory word, misspelt
        ("Who works in Engeneering", "who works in engineering"),
        ("Ann's e-mail (ann@example.com)", "ann's e-mail ann@example.com"),
        ("Who was fired in 2020?", "who was fired in 2020"),  # not a directory word: kept
        ("ﬁrst names", "first names"),  # NFKC
    ],
)
def test_normalise_question(asked: str, normalised: str) -> None:
    assert normalise_question(asked) == normalised


@pytest.mark.django_db
def test_validation_runs_the_query_and_returns_rows(seeded: None) -> None:
    result = validate_verified_sql(GOOD)
    assert result.columns == ["first_name"]
    assert result.row_count > 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("DROP TABLE employees", "guard refused it"),
        ("SELECT julianday(hire_date) FROM employees", "for postgres"),  # SQLite only
        ("SELECT 1; SELECT 2", "guard refused it"),
        ("SELECT nope FROM employees", "could not run it"),
        ("   ", "empty"),
    ],
)
def test_validation_refuses_what_is_not_safe_everywhere(sql: str, reason: str) -> None:
    with pytest.raises(InvalidVerifiedSql, match=reason):
        validate_verified_sql(sql)


@pytest.mark.django_db
def test_find_by_text_then_by_plan_and_never_retired(seeded: None) -> None:
    version = verified_version()
    assert (
        find_verified("Who works in Marketing?", dialect="sqlite", today=TODAY, version=version)
        is None
    )
    verified = VerifiedQuestion.objects.create(question="Who works in Marketing?", sql=GOOD)
    version = verified_version()
    by_text = find_verified(
        "who works in marketing", dialect="sqlite", today=TODAY, version=version
    )
    assert by_text is not None
    assert (by_text.id, by_text.how) == (verified.pk, "text")
    by_plan = find_verified(
        "list everyone in the marketing department", dialect="sqlite", today=TODAY, version=version
    )
    assert by_plan is not None
    assert (by_plan.id, by_plan.how) == (verified.pk, "plan")
    assert (
        find_verified("Who works in Sales?", dialect="sqlite", today=TODAY, version=version) is None
    )
    verified.retired = True
    verified.save()
    version = verified_version()
    assert (
        find_verified("Who works in Marketing?", dialect="sqlite", today=TODAY, version=version)
        is None
    )


@pytest.mark.django_db
def test_the_version_changes_on_add_edit_retire_and_delete() -> None:
    VerifiedQuestion.objects.create(question="kept", sql=GOOD)
    seen = [verified_version()]
    verified = VerifiedQuestion.objects.create(question="q", sql=GOOD)
    seen.append(verified_version())
    verified.sql = GOOD + " ORDER BY first_name"
    verified.save()
    seen.append(verified_version())
    verified.retired = True
    verified.save()
    seen.append(verified_version())
    verified.delete()
    assert len(set(seen)) == 4
    # Back to the same set of questions as at first: the same version, correctly.
    assert verified_version() == seen[0]


PAIRS = [
    ("Who works in Marketing?", "SELECT * FROM employees WHERE department = 'Marketing'"),
    (
        "How many engineers are there?",
        "SELECT COUNT(*) FROM employees WHERE department = 'Engineering'",
    ),
    (
        "Engineers hired after 2019",
        "SELECT * FROM employees WHERE department = 'Engineering' AND hire_date > '2019-12-31'",
    ),
    ("What is Ann Lee's e-mail?", "SELECT email FROM employees WHERE first_name = 'Ann'"),
]


def test_most_similar_first_within_k() -> None:
    index = ExampleIndex.build(PAIRS)
    found = index.most_similar("how many engineers were hired after 2019?", k=2, budget=10_000)
    assert [example.question for example in found] == [
        "Engineers hired after 2019",
        "How many engineers are there?",
    ]
    assert found[0].similarity >= found[1].similarity


def test_the_budget_skips_pairs_that_do_not_fit() -> None:
    index = ExampleIndex.build(PAIRS)
    budget = len(PAIRS[1][0]) + len(PAIRS[1][1])
    found = index.most_similar("how many engineers were hired after 2019?", k=3, budget=budget)
    assert [example.question for example in found] == ["How many engineers are there?"]
    assert sum(example.size for example in found) <= budget


def test_unrelated_questions_get_no_examples() -> None:
    assert ExampleIndex.build(PAIRS).most_similar("zzz qqq", k=3, budget=10_000) == []
    assert ExampleIndex.build([]).most_similar("anything", k=3, budget=10_000) == []


@pytest.mark.django_db
def test_examples_for_reads_the_active_pairs(settings: object) -> None:
    VerifiedQuestion.objects.create(question=PAIRS[0][0], sql=PAIRS[0][1])
    VerifiedQuestion.objects.create(question=PAIRS[1][0], sql=PAIRS[1][1], retired=True)
    found = examples_for("how many people work in marketing", version=verified_version())
    assert [example.question for example in found] == [PAIRS[0][0]]
    assert isinstance(found[0], Example)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("verified_question", "asked"),
    [
        ("Who was hired this year?", "who was hired this year"),  # the dates moved on
        ("Who joined in the last 2 years?", "who joined in the last 2 years?"),
        ("Who was hired today?", "who was hired today"),
    ],
)
def test_questions_relative_to_today_are_never_served(
    seeded: None, verified_question: str, asked: str
) -> None:
    VerifiedQuestion.objects.create(
        question=verified_question, sql="SELECT * FROM employees WHERE hire_date >= '2023-01-01'"
    )
    version = verified_version()
    assert find_verified(asked, dialect="sqlite", today=TODAY, version=version) is None


@pytest.mark.django_db
def test_an_explicit_order_is_not_the_same_plan_as_none(seeded: None) -> None:
    # The offline engine sorts both by name, but only one asked for it: not the same question.
    VerifiedQuestion.objects.create(question="Who works in Marketing?", sql=GOOD)
    version = verified_version()
    asked = "list marketing employees by last name"
    assert find_verified(asked, dialect="sqlite", today=TODAY, version=version) is None


@pytest.mark.django_db
def test_the_plan_index_is_built_once_per_version(
    seeded: None, django_assert_max_num_queries: Any
) -> None:
    VerifiedQuestion.objects.create(question="Who works in Marketing?", sql=GOOD)
    version = verified_version()
    asked = "list everyone in the marketing department"
    assert find_verified(asked, dialect="sqlite", today=TODAY, version=version) is not None
    with django_assert_max_num_queries(2):  # text look-up and the matched row: no rebuild
        assert find_verified(asked, dialect="sqlite", today=TODAY, version=version) is not None
