"""Words that point back at what the question said already."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import GroupCount, Having

from .conftest import plan_of


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Which department has the largest number of Presidents, and how many does it have?",
            "which department has the most presidents",
        ),
        ("which year had the fewest hires, and how many was it", "year with the fewest hires"),
        (
            "Which team is the smallest by headcount, and how many people are on it?",
            "which team is the smallest",
        ),
        ("which title is most common, and how many have it?", "the most common title"),
        (
            "In which year were the most employees hired, and how many were hired in that year?",
            "which year had the most hires",
        ),
        (
            "which dept had the fewest hires in 2022, and how many?",
            "dept with fewest hires in 2022",
        ),
    ],
)
def test_how_many_the_biggest_group_has_is_said_with_it(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "who is the newest vp and how many",  # the newest says no count
        "which department has the most interns and how many contractors does it have",
    ],
)
def test_a_second_question_the_first_answer_does_not_say_is_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("How many employees were hired on exactly 2012-02-29?", "how many hired on 2012-02-29"),
        ("how many hired strictly after 2023-01-01", "how many hired after 2023-01-01"),
        ("the exact headcount of Accounting", "the headcount of Accounting"),
        (
            "Between Leopold Johnston and Albert Pfeffer, who has been here longer?",
            "who has been here longer, Leopold Johnston or Albert Pfeffer",
        ),
        ("For each title, how many employees hold it?", "how many employees per title"),
    ],
)
def test_words_that_point_back_or_insist_change_nothing(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_exactly_a_number_still_compares() -> None:
    shape = plan_of("departments with exactly 63 employees").shape
    assert isinstance(shape, GroupCount)
    assert shape.having == Having("=", 63)


@pytest.mark.parametrize(
    "question",
    [
        "who is Leopold Johnston and when did they start?",
        "who is Leopold Johnston and what does he do",
        "who is Leopold Johnston and which department is he in",
    ],
)
def test_who_is_someone_says_what_follows_already(question: str) -> None:
    assert plan_of(question) == plan_of("who is Leopold Johnston")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many people are in Engineering, and how many in Product?", "Engineering vs Product"),
        ("how many interns in HR and how many in Sales", "interns in HR vs Sales"),
        (
            "Engineering vs Marketing: how many hires each in 2020",
            "Engineering vs Marketing hires in 2020",
        ),
        ("Is Marketing bigger or smaller than Sales?", "Marketing vs Sales"),
        (
            "What is the difference between the number of Junior Executives and the number of "
            "Associates?",
            "difference between Junior Executives and Associates",
        ),
        (
            "Was Leopold Johnston hired before or after Albert Pfeffer?",
            "when were Leopold Johnston and Albert Pfeffer hired",
        ),
    ],
)
def test_two_things_compared_either_way_are_set_side_by_side(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("hires per year with year-over-year change", "hires per year with change"),
        ("Show the number of hires per year, sorted by year.", "number of hires per year"),
        ("hires per year in chronological order", "hires per year"),
        ("hires per month sorted by month", "hires per month"),
    ],
)
def test_what_a_count_per_year_does_already(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    ["what's the manager's email address?", "the VP's email in sales", "sales manager's email"],
)
def test_one_holder_of_a_title_is_asked_back(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert refused.value.reason.startswith("which one?")


@pytest.mark.parametrize(
    "question",
    ["the managers' emails", "every manager's email", "each VP's email in Sales"],
)
def test_all_holders_of_a_title_are_listed(question: str) -> None:
    assert plan_of(question).filters


def test_how_many_people_the_biggest_group_has_is_said_with_it() -> None:
    assert plan_of("Which department has the most employees, and how many people is that?") == (
        plan_of("which department has the most employees")
    )


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Which first names are shared by three or more employees, and how many employees "
            "have each?",
            "which first names are shared by 3 or more employees",
        ),
        (
            "When did Leopold Johnston start, and how does that compare to Albert Pfeffer?",
            "when did Leopold Johnston and Albert Pfeffer start",
        ),
    ],
)
def test_a_second_clause_the_first_answer_gives(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "What is the earliest hire date among Interns in Marketing, and who was it?",
            "the earliest hire among Interns in Marketing",
        ),
        ("Which 3 years had the most hires, and how many each?", "the 3 years with the most hires"),
        ("Is Leopold Johnston's title Intern?", "is Leopold Johnston an intern"),
        ("is Leopold Johnston's department Sales", "is Leopold Johnston in Sales"),
        ("Who has been with the company the longest?", "who has been here the longest"),
        ("who has worked here the longest", "who has been here the longest"),
        ("who has worked here the shortest time", "who was hired last"),
        ("who's been in Marketing the shortest", "the newest hire in Marketing"),
        ("Number of employees per title, sorted alphabetically by title.", "employees per title"),
    ],
)
def test_more_said_of_what_is_asked_already(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "What is Leopold Johnston's tenure in years?",
        "Leopold Johnston tenure",
        "tenure Leopold Johnston",
    ],
)
def test_a_persons_tenure_is_the_tenure_of_them(question: str) -> None:
    assert plan_of(question) == plan_of("what is the tenure of Leopold Johnston")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("which department have more people", "which department has the most people"),
        ("which dept has more interns", "which department has the most interns"),
        ("which year had less hires", "which year had the fewest hires"),
        ("which title is the less common", "the least common title"),
        ("give me the 5 most newest hires", "the 5 newest hires"),
        ("percentage of contractor over all employees", "percentage of contractors"),
    ],
)
def test_a_comparative_with_nothing_to_compare_with_is_the_extreme(
    question: str, plainly: str
) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_more_between_two_groups_named_still_compares_them() -> None:
    compared = plan_of("which department has more people, Sales or HR").shape
    assert isinstance(compared, GroupCount)
    assert compared.compared == 2


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "How many people did we hire in 2022, and how does that compare with 2021?",
            "how many hires in 2022 vs 2021",
        ),
        ("how many engineers are there, and how does that compare to Marketing?", "eng vs mktg"),
        ("how many interns, and how does this compare with contractors?", "interns vs contractors"),
    ],
)
def test_a_count_compared_after_its_clause_is_the_two_side_by_side(
    question: str, plainly: str
) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_been_in_a_group_the_longest_is_its_earliest_hire() -> None:
    assert plan_of("who's been in Marketing the longest?") == plan_of(
        "who is the earliest hire in Marketing"
    )


@pytest.mark.parametrize(
    "question",
    [
        "who are the presidents and which department is each one in?",
        "who are the presidents and what department is each of them in",
    ],
)
def test_the_group_of_each_one_listed_is_shown_with_them(question: str) -> None:
    assert plan_of(question) == plan_of("list the presidents and their departments")


def test_each_one_of_the_groups_is_per_group() -> None:
    assert plan_of("how many interns in each one of the departments") == plan_of(
        "how many interns per department"
    )


def test_a_total_that_ends_the_first_clause_is_in_total() -> None:
    assert plan_of("how many interns do we have total and which depts are they in?") == plan_of(
        "how many interns and which departments are they in"
    )


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("How did hires in 2022 compare to 2021?", "hires in 2022 vs 2021"),
        (
            "By how much did the number of hires change between 2018 and 2022?",
            "change in hires from 2018 to 2022",
        ),
        ("how did the number of hires change from 2018 to 2022", "change in hires 2018 to 2022"),
        (
            "What percentage of Engineering hires happened in 2020 or later?",
            "what % of eng were hired since 2020",
        ),
    ],
)
def test_how_a_comparison_or_change_is_asked(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_the_order_the_newest_are_listed_in_anyway_asks_for_nothing_more() -> None:
    assert plan_of("the 5 most recently hired employees in HR, newest first") == plan_of(
        "the 5 most recently hired employees in HR"
    )
    with pytest.raises(NotUnderstood):
        plan_of("the 3 newest hires, earliest first")


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("when was the very first person hired, and who was it?", "who was the first hire"),
        ("when did the most recent person join Sales, and who was it?", "newest hire in Sales"),
    ],
)
def test_when_the_first_was_hired_and_who_is_the_person_with_their_date(
    said: str, plainly: str
) -> None:
    """A tester's partial answer: the date was given, and not who."""
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "Who has been in the Customer Service department the longest?",
        "who has been in the customer service dept the longest",
    ],
)
def test_the_longest_in_a_group_said_with_its_column(question: str) -> None:
    assert plan_of(question) == plan_of("who has been in Customer Service the longest")
