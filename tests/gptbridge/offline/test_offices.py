import pytest

from gptbridge.engines.offline.lexer import OutOfData

from .conftest import plan_of


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many Interns we have in the Sales office?", "how many interns in sales"),
        ("who are the Presidents of the office Accounting?", "the presidents in accounting"),
        ("who is in the office of Engineering", "who is in engineering"),
    ],
)
def test_an_office_next_to_a_department_is_the_department(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    ["how many per office", "which office is Mark Smith in", "who works in the London office"],
)
def test_any_other_office_is_a_place_of_work_and_refused(question: str) -> None:
    with pytest.raises(OutOfData):
        plan_of(question)


@pytest.mark.parametrize(
    "question",
    [
        "which office is sales in",
        "Which office is the Sales team in?",
        "which office are the sales ppl in",
        "which office are the sales team members in",
    ],
)
def test_the_office_a_department_is_in_is_a_place(question: str) -> None:
    """ "which office is sales in" listed Sales; where a department sits is not recorded."""
    with pytest.raises(OutOfData):
        plan_of(question)
    assert plan_of("how many in the office of Sales") == plan_of("how many in Sales")
