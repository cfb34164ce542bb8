import datetime as dt

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import DateFilter, DatePartFilter, DistinctValues
from gptbridge.engines.offline.restated import restated
from gptbridge.engines.offline.tokens import Lexeme

from .conftest import plan_of

SALES = Lexeme("VALUE", ("department", "Sales"), "Sales")
HR = Lexeme("VALUE", ("department", "HR"), "HR")
HOW_MANY = Lexeme("KW", "how many", "how many")


def keywords(lexemes: list[Lexeme]) -> list[object]:
    return [lexeme.payload if lexeme.terminal == "KW" else lexeme.text for lexeme in lexemes]


def test_two_groups_compared_are_set_side_by_side() -> None:
    bigger = [SALES, Lexeme("KW", "more than", "bigger than"), HR]
    assert keywords(restated(bigger)) == ["Sales", "vs", "HR"]


def test_a_split_between_groups_compares_them() -> None:
    split = [Lexeme("KW", "breakdown", "split"), Lexeme("KW", "between", "between"), SALES]
    assert keywords(restated([*split, Lexeme("KW", "and", "and"), HR])) == [
        "compare", "Sales", "and", "HR",
    ]  # fmt: skip


def test_a_total_said_last_after_a_count_is_dropped() -> None:
    total = Lexeme("KW", "how many", "total")
    assert keywords(restated([HOW_MANY, SALES, total])) == ["how many", "Sales"]
    assert keywords(restated([HOW_MANY, total])) == ["how many", "how many"]


def test_the_oldest_by_hire_date_is_the_earliest_hired() -> None:
    by = Lexeme("KW", "by", "by")
    hire_date = Lexeme("FIELD", "hire_date", "hire date")
    oldest = Lexeme("TOPIC", "ages or birthdays", "oldest employees")
    assert keywords(restated([oldest, by, hire_date])) == ["earliest", "people", "by", "hire date"]
    assert restated([oldest]) == [oldest]  # an age, refused as such


def test_top_n_groups_for_hiring_are_the_n_with_the_most_hires() -> None:
    top = [Lexeme("KW", "top", "top"), Lexeme("NUMBER", 3, "3")]
    months = [Lexeme("KW", "new hires", "hiring"), Lexeme("KW", "month", "months")]
    assert keywords(restated([*top, *months])) == ["3", "most", "new hires", "month"]
    people = [Lexeme("VALUE", ("title", "Intern"), "interns"), Lexeme("KW", "hired", "hired")]
    assert restated([*top, *people]) == [*top, *people]  # top 3 interns: by what?


def test_a_day_said_alone_is_that_day_of_any_month() -> None:
    on, fifteenth = Lexeme("KW", "on", "on"), Lexeme("ORDINAL", 15, "15th")
    assert keywords(restated([on, fifteenth])) == ["on", "15th", "of", "month"]
    march = Lexeme("MONTHNAME", 3, "March")
    assert restated([on, fifteenth, Lexeme("KW", "of", "of"), march])[-1] == march


def test_years_of_service_are_a_tenure_unless_counted() -> None:
    year, of, service = (Lexeme("KW", word, word) for word in ("year", "of", "tenure"))
    how_long = Lexeme("KW", "how long", "how many years")
    # "how many years of service has X", "the years of service of X"
    assert keywords(restated([how_long, of, service])) == ["how long"]
    assert keywords(restated([year, of, service])) == ["tenure"]
    # "more than 10 years of service": an amount of years, as said
    ten = [Lexeme("KW", "more than", "more than"), Lexeme("NUMBER", 10, "10")]
    assert keywords(restated([*ten, year, of, service])) == [
        "more than",
        "10",
        *["year", "of", "tenure"],
    ]


def test_or_not_said_last_asks_yes_or_no() -> None:
    either, no = Lexeme("KW", "or", "or"), Lexeme("KW", "not", "not")
    person = Lexeme("FULLNAME", ("johnnie", "parker"), "Johnnie Parker")
    assert keywords(restated([person, SALES, either, no])) == ["Johnnie Parker", "Sales"]
    # elsewhere it joins conditions, and is kept to be refused
    assert keywords(restated([SALES, either, no, HR])) == ["Sales", "or", "not", "HR"]


def test_a_decade_said_twice_and_an_owner_said_after_the_column() -> None:
    decade = Lexeme("DECADENUM", 2010, "2010s")
    assert restated([decade, Lexeme("KW", "decade", "decade")]) == [decade]
    department = Lexeme("FIELD", "department", "department")
    person = Lexeme("FULLNAME", ("paul", "mills"), "Paul Mills")
    owned = restated([department, Lexeme("KW", "of", "of"), person])
    assert keywords(owned) == ["Paul Mills", "'s", "department"]
    team = Lexeme("FIELD", "department", "team")  # "the team of X" asks for a reporting line
    assert keywords(restated([team, Lexeme("KW", "of", "of"), person])) == [
        "team",
        "of",
        "Paul Mills",
    ]


def test_the_same_two_columns_as_someone_are_each_the_same() -> None:
    same, title, joined, department, as_ = (
        Lexeme("KW", "share", "same"),
        Lexeme("FIELD", "title", "title"),
        Lexeme("KW", "and", "and"),
        Lexeme("FIELD", "department", "department"),
        Lexeme("KW", "as", "as"),
    )
    person = Lexeme("FULLNAME", ("paul", "mills"), "Paul Mills")
    assert keywords(restated([same, title, joined, department, as_, person])) == [
        "share", "title", "as", "Paul Mills", "and", "share", "department", "as", "Paul Mills",
    ]  # fmt: skip


def test_two_counts_asked_together_are_set_side_by_side() -> None:
    count = Lexeme("KW", "how many", "how many")
    interns = Lexeme("VALUE", ("title", "Intern"), "interns")
    contractors = Lexeme("VALUE", ("title", "Contractor"), "contractors")
    joined = Lexeme("KW", "and", "and")
    assert restated([count, interns, joined, count, contractors]) == [
        count,
        interns,
        Lexeme("KW", "vs", "and how many"),
        contractors,
    ]
    in_sales = Lexeme("VALUE", ("department", "Sales"), "sales")
    unchanged = [count, interns, joined, count, in_sales]  # another column: two questions
    assert restated(unchanged) == unchanged


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Between Leopold Johnston and Albert Pfeffer, who has been here longer?",
            "who has been here longer, Leopold Johnston or Albert Pfeffer",
        ),
        ("For each title, how many employees hold it?", "how many employees per title"),
        ("for each department, how many interns does it have", "interns per department"),
        ("headcount by department-and-title combinations", "headcount by department and title"),
        ("headcount per department and title pair", "headcount by department and title"),
        ("accting mgrs", "accounting managers"),
        (
            "how many distinct first names in the employee directory",
            "how many distinct first names",
        ),
        ("median hire date across all employees", "median hire date"),
        ("What does the title breakdown look like in HR?", "title breakdown in HR"),
    ],
)
def test_said_another_way(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_the_last_quarter_of_a_year_is_its_fourth() -> None:
    quarter, year = plan_of("marketing hires from the last quarter of 2021").filters[1:]
    assert isinstance(quarter, DatePartFilter)
    assert quarter.values == (4,)
    assert isinstance(year, DateFilter)
    assert (year.start, year.end) == (
        dt.date(2021, 1, 1),
        dt.date(2021, 12, 31),
    )


@pytest.mark.parametrize("decade", ["the 90s", "the 90's", "the '90s", "The 90s"])
def test_a_decade_in_two_digits_after_the(decade: str) -> None:
    assert plan_of(f"hired in {decade}") == plan_of("hired in the 1990s")


def test_two_digits_and_s_without_the_are_no_decade() -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of("employees in their 30s")  # an age: not recorded


def test_the_oldest_joining_date_is_the_earliest() -> None:
    assert plan_of("Oldest joining date in the Sales department?") == plan_of(
        "earliest hire date in Sales"
    )


@pytest.mark.parametrize(
    ("said", "listed"),
    [
        (
            "emails for Leopold Johnston, Jailyn McClure and Mark Smith",
            "Leopold Johnston, Jailyn McClure and Mark Smith emails",
        ),
        (
            "the e-mails of Leopold Johnston and Jailyn McClure",
            "Leopold Johnston and Jailyn McClure's e-mails",
        ),
        (
            "the department of Leopold Johnston or Jailyn McClure",
            "Leopold Johnston or Jailyn McClure department",
        ),
    ],
)
def test_a_column_of_several_people_is_each_ones(said: str, listed: str) -> None:
    assert plan_of(said) == plan_of(listed)


def test_a_persons_work_anniversary_without_the_apostrophe_is_their_hire_date() -> None:
    assert plan_of("when is Leopold Johnston work anniversary") == plan_of(
        "when is Leopold Johnston's work anniversary"
    )


@pytest.mark.parametrize(
    "question",
    ["What is the ratio of gmail users to yahoo users?", "the ratio of gmail to yahoo users"],
)
def test_two_providers_in_a_ratio_are_compared(question: str) -> None:
    assert plan_of(question) == plan_of("gmail vs yahoo")


@pytest.mark.parametrize(
    "question", ["List all idara names we have.", "list all adran names", "list all role names"]
)
def test_a_groups_name_is_the_group_not_each_employees_name(question: str) -> None:
    """As "department names" is: the departments (titles), never a list of employees."""
    assert isinstance(plan_of(question).shape, DistinctValues)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "Compare the number of Interns hired in Engineering vs Product between 2019 and 2021.",
            "interns hired in Engineering vs Product from 2019 to 2021",
        ),
        (
            "Did Accounting hire more Assistants or Associates between 2014 and 2017?",
            "Accounting assistants vs associates hired from 2014 to 2017",
        ),
    ],
)
def test_years_between_after_other_groups_compared_are_a_period(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)
