"""Yes or no is said first where the question asks it and the rows settle it."""

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import HireExtreme
from gptbridge.engines.offline.yes_or_no import said_yes_or_no

from .conftest import plan_of

INTERNS = [{"first_name": "Ann", "last_name": "Lee", "title": "Intern"}]


@pytest.mark.parametrize(
    ("question", "rows", "text", "said"),
    [
        (
            "any HR interns? y/n",
            INTERNS,
            "Found 7 Interns in HR: ...",
            "Yes. Found 7 Interns in HR",
        ),
        ("did we hire anyone in 2019", [], "I found no employees hired in 2019.", "No. I found no"),
        ("who are the interns in HR", INTERNS, "Found 7 Interns in HR: ...", "Found 7"),
        ("are all interns in HR hired in 2019", INTERNS, "Found 7 Interns in HR: ...", "Found 7"),
        ("did Ann Lee join before or after 2019", INTERNS, "Found 7 Interns in HR: ...", "Found 7"),
    ],
)
def test_whether_anyone_matches_is_answered_yes_or_no(
    question: str, rows: list[dict[str, object]], text: str, said: str
) -> None:
    plan = plan_of("interns in HR hired in 2019")
    assert said_yes_or_no(question, plan, rows, text).startswith(said)


COUNTS = [{"title": "Contractor", "employee_count": 64}, {"title": "Intern", "employee_count": 62}]
YEARS = [{"hire_year": 2021, "employee_count": 36}, {"hire_year": 2022, "employee_count": 34}]


@pytest.mark.parametrize(
    ("question", "rows", "said"),
    [
        ("are there more interns than contractors?", COUNTS, "No."),
        ("are there more contractors than interns?", COUNTS, "Yes."),
        ("are there fewer interns than contractors?", COUNTS, "Yes."),
        ("did we hire more people in 2021 than in 2022?", YEARS, "Yes."),
        ("did we hire fewer people in 2021 than in 2022?", YEARS, "No."),
        ("more interns or contractors?", COUNTS, "Counted"),  # no yes or no asked
    ],
)
def test_which_of_two_groups_is_bigger_is_answered_yes_or_no(
    question: str, rows: list[dict[str, object]], said: str
) -> None:
    plan = plan_of(question)
    assert said_yes_or_no(question, plan, rows, "Counted.").startswith(said)


def test_more_said_in_dialect_still_gets_a_verdict() -> None:
    question = "Are there mair Contractors than Interns?"  # Scots "mair": more
    assert said_yes_or_no(question, plan_of(question), COUNTS, "Counted.").startswith("Yes. ")


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that the earliest hire date in the directory is 2010-01-08?",
        "was the first hire on 2010-01-08",
        "is the newest hire in Engineering a Manager?",
        "True or false: the most recent hire date is 2023-09-11",
        "were the 5 newest hires all in Sales?",
        "are there any interns among the 5 newest hires",
        "is the longest last name in Sales Abernathy",
    ],
)
def test_a_yes_or_no_about_the_first_latest_or_top_ones_is_refused(question: str) -> None:
    """Read as conditions on whom the extreme is of, any claim would seem confirmed."""
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert refused.value.reason.startswith("a yes or no about the first, latest or top ones")


@pytest.mark.parametrize(
    "question",
    ["who is the newest hire in Engineering", "do you know who the newest hire in Engineering is"],
)
def test_asking_which_is_the_first_or_latest_is_answered(question: str) -> None:
    assert isinstance(plan_of(question).shape, HireExtreme)
