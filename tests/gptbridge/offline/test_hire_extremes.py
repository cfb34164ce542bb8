"""The first and last hires: their dates, the people, each one's tenure and the time since."""

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import HireDateBound, HireExtreme, OrderKey, PeopleList

from .conftest import TODAY, plan_of


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("interns in HR and their tenure", PeopleList(tenure_on=TODAY)),
        ("list managers with their tenure", PeopleList(tenure_on=TODAY)),
        ("newest hire in sales and their tenure", HireExtreme(True, tenure_on=TODAY)),
        ("how long has the newest engineer been here", HireExtreme(True, tenure_on=TODAY)),
        ("what's the tenure of the earliest hire in Sales", HireExtreme(False, tenure_on=TODAY)),
        (
            "how long have the 3 newest managers been here",
            PeopleList(order=(OrderKey("hire_date", descending=True),), limit=3, tenure_on=TODAY),
        ),
    ],
)
def test_each_ones_tenure_beside_the_people_listed(question: str, shape: object) -> None:
    assert plan_of(question).shape == shape


def test_a_tenure_in_months_of_the_newest_hire_is_refused() -> None:
    with pytest.raises(NotUnderstood):  # each one's tenure is given in years only
        plan_of("how many months has the newest engineer been here")


@pytest.mark.parametrize(
    ("question", "latest"),
    [
        ("how many days since the last hire", True),
        ("how long ago was the first hire in Sales", False),
        ("how long has it been since the most recent hire", True),
        ("how many months ago was the last hire", True),
    ],
)
def test_time_since_a_hire_date_is_that_date_and_the_days_since(
    question: str, latest: bool
) -> None:
    assert plan_of(question).shape == HireDateBound(latest, ago_on=TODAY)


@pytest.mark.parametrize(
    "question",
    [
        "how long ago did Leopold Johnston join",
        "how many days has it been since Leopold Johnston was hired",
        "How many days passed since the hiring of Leopold Johnston?",
        "how many years ago was Leopold Johnston hired",
    ],
)
def test_time_since_a_persons_hire_is_their_hire_date_and_the_days_since(question: str) -> None:
    plan = plan_of(question)
    assert plan.shape == HireDateBound(True, ago_on=TODAY)
    assert plan.filters == plan_of("Leopold Johnston's hire date").filters


@pytest.mark.parametrize(
    "question", ["how many days since 2020", "how many days since Sales hired"]
)
def test_time_since_anything_but_a_hire_date_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    "question",
    [
        "how long has the newest engineer been a manager",
        "how long has the newest hire been in Engineering",
        "how long has Leopold Johnston been an assistant",
    ],
)
def test_time_in_a_title_or_department_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert refused.value.words == ["been"]
    assert refused.value.reason.startswith("only the time since each hire is recorded")


def test_hire_dates_newest_first_are_an_order_not_both_ends() -> None:
    plan = plan_of("list the interns in Product with their hire dates, newest first")
    assert plan.shape == PeopleList(
        fields=("first_name", "last_name", "hire_date"),
        order=(OrderKey("hire_date", descending=True),),
    )


def test_and_how_long_they_have_been_here_is_each_ones_tenure() -> None:
    each = plan_of("list the VPs in Marketing and how long they have been here")
    assert each.shape == PeopleList(tenure_on=TODAY)
    assert plan_of("the newest hire in Sales and how long they have been here").shape == (
        HireExtreme(True, tenure_on=TODAY)
    )


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("first hire in each department, with the date", "first hire in each department"),
        ("earliest hire in each department and their hire date", "earliest hire per department"),
        (
            "Who is the earliest hire in each department, and on what date were they hired?",
            "earliest hire per department",
        ),
        ("Who is our longest-serving VP, and when did they join?", "the earliest hired VP"),
        ("who was the first engineer hired, and what year was that", "the first engineer hired"),
    ],
)
def test_the_date_asked_beside_the_first_hires_is_said_with_them(
    question: str, plainly: str
) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_the_first_hire_date_alone_is_the_date() -> None:
    assert (
        plan_of("earliest hire date in each department").shape
        != plan_of("earliest hire in each department").shape
    )


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("Who was the second newest hire?", HireExtreme(True, place=2)),
        ("the 3rd earliest hire in HR", HireExtreme(False, place=3)),
    ],
)
def test_a_place_among_the_hire_dates(question: str, shape: HireExtreme) -> None:
    assert plan_of(question).shape == shape


@pytest.mark.parametrize(
    "question",
    ["second newest hire per department", "the second latest hire date", "the 1st newest hire"],
)
def test_a_place_is_never_dropped(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    "question",
    [
        "What rank is Leopold Johnston by tenure among Accounting employees?",
        "is Leopold Johnston in the top 10 longest serving",
        "Leopold Johnston sorted by hire date",
    ],
)
def test_the_place_of_one_named_person_is_refused(question: str) -> None:
    """Their own row sorted would say nothing of their place among the others."""
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert "place of one person" in refused.value.reason


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("What is the longest tenure in HR?", HireExtreme(False, tenure_on=TODAY)),
        ("the shortest tenure in Sales", HireExtreme(True, tenure_on=TODAY)),
        ("What is the longest anyone has worked here?", HireExtreme(False, tenure_on=TODAY)),
        ("who is the longest-serving employee", HireExtreme(False)),  # the person asked
    ],
)
def test_the_longest_tenure_asked_is_given_in_years(question: str, shape: HireExtreme) -> None:
    assert plan_of(question).shape == shape


@pytest.mark.parametrize(
    "question",
    [
        "first and last hire in HR",
        "who was the first and who was the last hire in HR",
        "the earliest and latest hire in HR",
        "the first and the last person hired in HR",
    ],
)
def test_the_first_and_last_hire_are_both_ends(question: str) -> None:
    plan = plan_of(question)
    assert plan.shape == HireExtreme(False, both=True)
    assert plan.filters == plan_of("the first hire in HR").filters


def test_both_ends_with_fields_show_the_hire_date_to_tell_them_apart() -> None:
    shape = plan_of("the emails of the first and last hire").shape
    assert shape == HireExtreme(False, ("first_name", "last_name", "email", "hire_date"), both=True)


def test_who_and_when_of_an_end_is_the_people_with_their_date() -> None:
    plan = plan_of("earliest hire in Customer Service who ah, when join")
    assert plan == plan_of("who was the earliest hire in Customer Service")
    assert isinstance(plan.shape, HireExtreme)


def test_columns_asked_of_an_end_come_with_its_date() -> None:
    """ "Who was hired last, with their department and title" had dropped the date that makes
    them the newest."""
    shape = plan_of("Who was the latest hire, with their department and title").shape
    assert shape == HireExtreme(
        True, ("first_name", "last_name", "department", "title", "hire_date")
    )
