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
    ],
)
def test_two_counts_asked_together_are_compared(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_two_counts_of_other_things_are_still_two_questions() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("how many people hired in 2015 and how many in Sales")
