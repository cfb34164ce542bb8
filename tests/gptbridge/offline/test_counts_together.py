import pytest

from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many interns and how many contractors", "interns vs contractors"),
        (
            "How many employees have a Yahoo email, and how many have a Hotmail email?",
            "how many Yahoo vs Hotmail email",
        ),
        ("How many have yahoo mail please and how many hotmail?", "how many yahoo vs hotmail"),
        ("how many are on yahoo and how many on hotmail?", "how many yahoo vs hotmail"),
        ("how many use hotmail and how many use yahoo", "how many hotmail vs yahoo"),
        ("How many people joined in 2015 and how many in 2016?", "how many hired in 2015 vs 2016"),
        (
            "How many in Marketing were hired before 2015, and how many from 2015 onwards?",
            "how many in Marketing hired before 2015 vs from 2015 onwards",
        ),
        (
            "How many in Marketing were hired in 2015 and how many in 2016?",
            "how many in Marketing hired in 2015 vs 2016",
        ),
        ("how many interns in Sales and how many in Marketing", "interns in Sales vs Marketing"),
        ("how many hired in the 2010s and how many in the 2020s", "hired in the 2010s vs 2020s"),
        ("hotmail count vs gmail count", "hotmail vs gmail count"),
        ("intern count versus contractor count", "interns vs contractors"),
    ],
)
def test_two_counts_asked_together_are_compared(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "how many people hired in 2015 and how many in Sales",
        "how many interns were hired in 2012 and how many contractors in 2013",
        "how many hired in 2015 and how many after 2015-03-01",  # periods that overlap
    ],
)
def test_two_counts_of_other_things_are_still_two_questions(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)
