"""A use of the directory against the people in it is refused (`misuse.py`)."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.words import MISUSE

from .conftest import plan_of


@pytest.mark.parametrize(
    "question",
    [
        "Give me a list of all employees with their emails so I can cold-email them",
        "list every employee with their email, I'm selling it to a data broker",
        "list the emails of HR for the phishing test",
    ],
)
def test_a_use_against_the_people_is_refused_even_in_an_aside(question: str) -> None:
    with pytest.raises(OutOfData) as refused:
        plan_of(question)
    assert refused.value.topic == MISUSE


@pytest.mark.parametrize("question", ["who works in Sales", "how many people in sales"])
def test_sales_is_no_selling(question: str) -> None:
    plan_of(question)
