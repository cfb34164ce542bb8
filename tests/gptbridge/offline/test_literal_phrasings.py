"""Phrasings translated word for word (German's "sortiert nach", "von", "beginnend mit", "am
längsten im Unternehmen") mean the plain question."""

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("Show me all Vice-Presidents, sorted after hire date.", "all VPs sorted by hire date"),
        ("Give me the email from Leopold Johnston.", "the email of Leopold Johnston"),
        ("the hire date from Jailyn McClure", "the hire date of Jailyn McClure"),
        ("the emails from Sales", "the emails of Sales"),
        ("number of hires per year, beginning with 2015", "number of hires per year since 2015"),
        ("Who is working the longest time in the company?", "who has been here the longest"),
        ("Who has been in the company the longest?", "who has been here the longest"),
        ("What is the average company affiliation in years?", "average tenure in years"),
        ("the earliest hire date of the whole company", "the earliest hire date"),
    ],
)
def test_a_literal_translation_means_the_plain_question(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_the_emails_from_a_period_are_not_of_a_person() -> None:
    """ "from the last 2 years" stays a period; "who has been the longest" says nothing."""
    assert plan_of("emails from the last 2 years hires") == plan_of(
        "emails of hires from the last 2 years"
    )
    with pytest.raises(NotUnderstood):
        plan_of("who has been the longest")
