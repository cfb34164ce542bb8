import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import DateFilter

from .conftest import plan_of


@pytest.mark.parametrize(
    "question",
    [
        "how many hires in the last 18 months of data",
        "hires in the past year of records",
        "who joined in the last 2 years of the data",
        "who joined in the last 2 years of the data, in Sales",
    ],
)
def test_periods_counted_back_from_the_data_are_refused(question: str) -> None:
    """Counted back from the latest record, not from today: no date phrase here means that."""
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_a_period_of_the_data_said_again_is_what_was_meant() -> None:
    # "like 2019 onwards" says again the one thing not understood (once: both at once, 56)
    said = "how many people got hired in the last 5 years of the data innit, like 2019 onwards"
    assert plan_of(said) == plan_of("how many people got hired since 2019")


def test_a_period_counted_back_from_today_is_read() -> None:
    assert plan_of("how many hires in the last 18 months").filters


@pytest.mark.parametrize(
    "question", ["who is the most senior person in hr", "the most junior engineer"]
)
def test_seniority_is_refused_unless_said_by_hire_date(question: str) -> None:
    """By title (a President) or by time here? Refused rather than guessed."""
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_seniority_by_hire_date_is_the_earliest_hire() -> None:
    assert plan_of("the most senior person in HR by hire date") == plan_of(
        "the longest-serving person in HR"
    )


def test_from_a_day_alone_is_on_it_or_since_it() -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of("how many hires from 2019-01-01")
    assert refused.value.reason == "'from 2019-01-01' could mean on 2019-01-01 or since 2019-01-01"


def test_of_the_people_with_a_name_in_the_plural_is_among_them() -> None:
    assert plan_of("How many of the McClures work outside Sales?") == plan_of(
        "how many McClures work outside Sales"
    )


@pytest.mark.parametrize("question", ["interns in eng since 2021?", "engineers since 2020"])
def test_people_there_since_a_date_were_hired_since_it(question: str) -> None:
    """Only "in 2016" may mean employed then; there since 2021 is hired since 2021."""
    (since,) = [f for f in plan_of(question).filters if isinstance(f, DateFilter)]
    assert since.end is None


@pytest.mark.parametrize(
    "question",
    ["how many Associates in Accounting were employed before 2013", "engineers there before 2015"],
)
def test_people_there_before_a_date_were_hired_before_it(question: str) -> None:
    """There at some time before 2013 is hired before 2013, however it is read."""
    (before,) = [f for f in plan_of(question).filters if isinstance(f, DateFilter)]
    assert before.start is None


@pytest.mark.parametrize(
    ("question", "hired"),
    [
        ("how many staff were employed in the year 2015", "how many people were hired in 2015"),
        ("interns employed after 2020", "interns hired after 2020"),
        ("the staff in Marketing who were employed in 2020", "who in Marketing was hired in 2020"),
    ],
)
def test_people_employed_at_a_time_were_hired_then(question: str, hired: str) -> None:
    """Ghanaian and Nigerian English: "employed in 2015" is taken on in 2015."""
    assert plan_of(question) == plan_of(hired)


@pytest.mark.parametrize(
    "question",
    [
        "how many people worked here in 2015",
        "headcount since 2019",
        "how many engineers were there in 2016",
        "how many engineers were there after 2020",
    ],
)
def test_headcount_at_a_time_is_still_asked_back(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_one_group_put_first_is_refused() -> None:
    """ "hires per department in 2020, sales first" was read as Sales' first hire of 2020."""
    with pytest.raises(NotUnderstood) as refused:
        plan_of("hires per department in 2020, sales first please")
    assert refused.value.reason == "one group first is no order"


def test_a_group_first_without_groups_asks_for_its_first_hire() -> None:
    assert plan_of("who was hired in Sales first") == plan_of("the first hire in Sales")


def test_colleagues_with_a_column_said_are_people() -> None:
    """ "colleagues with surname Smith" are people; "Mark Smith's colleagues with title
    Manager" are his, and not recorded."""
    assert plan_of("all the colleagues with surname Smith") == plan_of(
        "people with last name Smith"
    )
    with pytest.raises(OutOfData):
        plan_of("Mark Smith's colleagues with title Manager")
    with pytest.raises(OutOfData):
        plan_of("the colleagues with Mark Smith")


def test_the_most_senior_of_one_title_is_the_earliest_hire() -> None:
    """One title, one rank: "the most senior Intern" can only be by time here."""
    assert plan_of("who is the most senior intern") == plan_of("the longest-serving intern")
    with pytest.raises(NotUnderstood):
        plan_of("the most senior interns or managers")


@pytest.mark.parametrize("question", ["which function is the smallest", "headcount by function"])
def test_functions_as_groups_are_asked_back(question: str) -> None:
    """A business function may be a department; a person's function is the title held."""
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert "a title or a department" in refused.value.reason
    assert plan_of("the function of Mark Smith") == plan_of("the title of Mark Smith")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many collaborators have the function of Intern?", "how many interns"),
        ("the function with the most people in Engineering", "the title with most in Engineering"),
    ],
)
def test_a_function_said_with_a_title_or_within_a_department_is_the_title(
    question: str, plainly: str
) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_function_alone_is_still_asked_back() -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of("which function has the most people")
    assert refused.value.reason == "a title or a department? say which"


@pytest.mark.parametrize(
    "question",
    [
        "When was the Sales department started?",
        "When was the Sales department incorporated into the company?",
        "when did the sales team start",
    ],
)
def test_when_a_department_began_is_refused(question: str) -> None:
    """Never each of its people's hire dates: a department's start is not recorded."""
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert refused.value.reason.startswith("when a department began is not recorded")


@pytest.mark.parametrize(
    "question", ["when did the sales people start", "when did the Sales Managers start"]
)
def test_when_a_departments_people_started_is_answered(question: str) -> None:
    assert plan_of(question).filters


@pytest.mark.parametrize(
    "question", ["Who is working in HR since 2010?", "How many are working for us since 2015?"]
)
def test_working_somewhere_since_a_year_is_asked_back(question: str) -> None:
    # There since then (hired by then), or hired since then? "who is working in HR since 2010"
    # had listed everyone in HR hired from 2010 on.
    with pytest.raises(NotUnderstood):
        plan_of(question)
    assert plan_of("interns in eng since 2021") == plan_of("interns in eng hired since 2021")
