import pytest

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
    ],
)
def test_two_counts_asked_together_are_compared(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)
