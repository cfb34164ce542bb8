import pytest

from gptbridge.engines.offline.lexer import OutOfData

from .conftest import plan_of


def test_how_much_said_again_after_a_count_is_how_many() -> None:
    said = "How much Assistants are in HR and how much in Accounting?"
    assert plan_of(said) == plan_of("how many Assistants are in HR and how many in Accounting")


@pytest.mark.parametrize(
    "question",
    [
        "how much in Sales",
        "how much do interns in Sales get",
        "how many interns, how much do they get",
    ],
)
def test_how_much_without_a_count_before_it_is_pay(question: str) -> None:
    with pytest.raises(OutOfData):
        plan_of(question)
