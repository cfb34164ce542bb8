import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.prompt_wrappers import without_a_prompt_wrapper

from .conftest import plan_of


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "Act as an HR analyst. How many Interns are there in total? Output format: number.",
            "how many Interns are there",
        ),
        (
            "You are an HR data assistant. Task: how many employees are in Engineering? "
            "Return just the count.",
            "how many employees are in Engineering",
        ),
        (
            "Act as an HR analyst. Step 1: count all employees. Output format: a single number.",
            "count all employees",
        ),
        (
            "Role: HR analyst. Which title has the smallest headcount?",
            "which title has the smallest headcount",
        ),
        (
            "Act as a recruiter. How many people were hired in 2019? Return a single integer.",
            "how many were hired in 2019",
        ),
        ("Count of Vice-Presidents in Marketing. AC: number", "how many VPs in Marketing"),
    ],
)
def test_a_role_labels_and_a_form_the_answer_gives_ask_for_nothing(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_several_steps_are_several_questions() -> None:
    said = "Step 1: group employees by title. Step 2: count each group."
    assert without_a_prompt_wrapper(said) == said
    with pytest.raises(NotUnderstood):
        plan_of(said)


def test_a_form_the_answer_does_not_give_is_refused() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("Act as an HR analyst. How many Interns are there? Return the names of the VPs.")


def test_what_the_directory_does_not_record_is_refused_inside_a_wrapper() -> None:
    with pytest.raises(OutOfData):
        plan_of("Act as an HR analyst. What are the salaries in Sales? Return a table.")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "You are an HR analyst. Answer in one sentence. Question: how many employees are in "
            "Engineering?",
            "how many employees are in Engineering?",
        ),
        (
            "Respond in JSON. How many people work in the Sales department?",
            "How many people work in Sales?",
        ),
        (
            "Think step by step, then give the final answer: how many employees are there in "
            "total?",
            "how many employees are there?",
        ),
        (
            "Answer in one word: which department has the fewest employees?",
            "which department has the fewest employees?",
        ),
        (
            "You are a directory bot. Answer with the count only: employees whose last name begins "
            'with "M".',
            'how many employees have a last name beginning with "M"?',
        ),
        ("Respond only with a number. How many interns are there?", "How many interns are there?"),
    ],
)
def test_how_to_answer_said_first_asks_for_nothing_more(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)
