"""The writer correcting themselves (`corrections.py`)."""

import pytest

from gptbridge.engines.offline.corrections import as_corrected
from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


def test_what_follows_a_correction_is_what_was_meant() -> None:
    assert as_corrected("how many interns? Sorry, I mean how many managers?") == (
        "how many managers?"
    )
    assert as_corrected("how many interns") is None
    assert as_corrected("what I mean is simple") is None  # no correction: nothing before it


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        (
            "Which title has the most contractors? Sorry, I mean which department has the most "
            "contractors?",
            "which department has the most contractors?",
        ),
        (
            "what is the email of the person named first name wait no i mean how many interns "
            "are there",
            "how many interns are there",
        ),
        ("how many interns - or rather, how many engineers?", "how many engineers?"),
        ("how many interns? scratch that, list the managers", "list the managers"),
    ],
)
def test_only_what_was_meant_is_answered(question: str, meant: str) -> None:
    assert plan_of(question) == plan_of(meant)


def test_a_correction_of_some_words_is_refused() -> None:
    """ "how many interns, I mean engineers": which words "engineers" replaces is not guessed."""
    with pytest.raises(NotUnderstood) as refused:
        plan_of("how many interns, I mean engineers")
    assert refused.value.reason == "corrected in part: ask the whole question again"


def test_what_was_meant_is_read_like_any_question() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("how many interns? sorry I meant how many blorps")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many interns in blorp, I mean Sales", "how many interns in Sales"),
        ("who is the most senior staff, i mean joined earliest?", "who joined earliest"),
        (
            "Who is the oldest employee in the company, I mean the one hired first?",
            "the 1 hired first",
        ),
    ],
)
def test_what_was_meant_takes_the_place_of_what_was_not_understood(
    question: str, plainly: str
) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_correction_of_a_question_understood_must_say_the_same() -> None:
    assert plan_of("how many accountants we got? i mean people in Accounting") == plan_of(
        "how many in Accounting"
    )
    with pytest.raises(NotUnderstood):  # a kind said twice: which one it corrects is a guess
        plan_of("how many hired in 2019 after March, I mean 2020")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many interns in Sales, I mean in Marketing", "how many interns in Marketing"),
        ("how many engineers? sorry, I meant sales", "how many in Sales"),
        ("how many in Engineering - sorry, I meant Marketing?", "how many in Marketing"),
        ("how many interns in Sales, I mean Managers", "how many Managers in Sales"),
        ("how many hired on a Monday, sorry, I mean on a Friday?", "how many hired on a Friday"),
        (
            "what year was Mark Smith hired, sorry I meant Albert Pfeffer?",
            "when was Albert Pfeffer hired",
        ),
    ],
)
def test_a_correction_puts_a_condition_in_place_of_the_one_of_its_kind(
    question: str, plainly: str
) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "which department has the most employees, I mean the fewest?",  # no condition meant
        "how many interns, I mean engineers",  # a department in place of a title: a guess
    ],
)
def test_a_correction_that_is_no_condition_of_a_kind_said_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "how many people name is Albert? i mean first name",
            "how many people named Albert (first name)",
        ),
        ("how many people named Pfeffer, I mean last name", "how many with last name Pfeffer"),
    ],
)
def test_the_part_of_a_name_meant_says_which_name_it_is(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_a_part_of_a_name_meant_with_no_name_is_refused() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("how many in Sales? i mean last name")


def test_never_mind_starts_the_question_again() -> None:
    said = "What department is the employee with email starting with a ... never mind, how many "
    assert plan_of(said + "engineers have a first name starting with A?") == plan_of(
        "how many engineers have a first name starting with A?"
    )
    assert as_corrected("how many interns in sales, nvm, how many in HR") == "how many in HR"


def test_a_condition_meant_is_added_only_to_a_question_with_none() -> None:
    assert plan_of("how many pts... i mean ppl in Engineering") == plan_of(
        "how many people in Engineering"
    )
    with pytest.raises(NotUnderstood):  # instead of "interns", or besides? not guessed
        plan_of("how many interns, sorry I mean hired in 2020")
    assert plan_of(
        "Please give me the email of Ahmed... sorry, I mean the email of the first employee hired"
    ) == plan_of("the email of the first employee hired")
