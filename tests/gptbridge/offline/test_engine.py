"""The offline engine from question to plan: phrasings -> plans, and refusals that name what was
not understood. The tables are the previous engine's, with the same answers (or a better one,
noted where it changed).

No database: the directory's names come from a fixed list.
"""

import datetime as dt
from dataclasses import replace

import pytest

from gptbridge.domain import ComposeContext, Deadline
from gptbridge.engines.offline.engine import (
    OfflineEngine,
    out_of_data_message,
    parse_question,
)
from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import (
    AnyOf,
    AverageGroupSize,
    AverageTenure,
    Column,
    Count,
    CountDistinct,
    CrossCount,
    DateFilter,
    DatePartFilter,
    DistinctValues,
    GroupCount,
    GroupHireExtreme,
    Having,
    HireDateBound,
    HireDates,
    HireExtreme,
    LengthExtreme,
    LengthFilter,
    MedianHireDate,
    OrderKey,
    PeopleList,
    PersonCheck,
    QueryPlan,
    SameAsFilter,
    SameDayFilter,
    SameInitialsFilter,
    Share,
    TextFilter,
    ValueFilter,
)
from gptbridge.engines.offline.render import render_sql
from gptbridge.engines.offline.words import CHANGES
from gptbridge.errors import Unanswerable

TODAY = dt.date(2024, 1, 15)
NAMES = DirectoryNames(
    first=frozenset({"leopold", "jailyn", "albert", "june", "mark", "zackery"}),
    last=frozenset({"johnston", "mcclure", "pfeffer", "o'hara", "smith", "king", "welch"}),
)


def parse(question: str, today: dt.date = TODAY) -> QueryPlan:
    return parse_question(question, today=today, names=lambda: NAMES)


def refusal(question: str) -> NotUnderstood:
    """The refusal, with questions about data the directory lacks as refusals naming the words."""
    with pytest.raises((NotUnderstood, OutOfData)) as raised:
        parse(question)
    if isinstance(raised.value, OutOfData):
        return NotUnderstood([raised.value.text], raised.value.topic)
    assert isinstance(raised.value, NotUnderstood)
    return raised.value


def dept(*values: str, negated: bool = False) -> ValueFilter:
    return ValueFilter("department", values, negated)


def title(*values: str, negated: bool = False) -> ValueFilter:
    return ValueFilter("title", values, negated)


def dates(plan: QueryPlan) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(f.start, f.end) for f in plan.filters if isinstance(f, DateFilter)]


def without_labels(plan: QueryPlan) -> tuple[object, ...]:
    """Filters with the wording-only fields blanked, for comparing meaning."""
    return tuple(_meaning(f) for f in plan.filters)


def _meaning(condition: object) -> object:
    if isinstance(condition, DateFilter | DatePartFilter):
        return type(condition)(**{**condition.__dict__, "label": ""})
    if isinstance(condition, TextFilter):
        return TextFilter(condition.column, condition.op, condition.value, condition.negated)
    if isinstance(condition, AnyOf):
        return AnyOf(tuple(_meaning(o) for o in condition.options), condition.negated)  # type: ignore[misc]
    return condition


# --- departments and titles ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who works in Marketing?", (dept("Marketing"),)),
        ("list all the engineers", (dept("Engineering"),)),
        ("the engineering team", (dept("Engineering"),)),
        ("people in customer support", (dept("Customer Service"),)),
        ("human resources staff", (dept("HR"),)),
        ("accountants", (dept("Accounting"),)),
        ("our sales reps", (dept("Sales"),)),
        ("the department of marketing", (dept("Marketing"),)),
        ("VPs", (title("Vice-President"),)),
        ("vice presidents", (title("Vice-President"),)),
        ("vice-presidents", (title("Vice-President"),)),
        ("interns", (title("Intern"),)),
        ("junior execs", (title("Junior Executive"),)),
        ("product managers", (dept("Product"), title("Manager"))),
        ("managers in sales or marketing", (title("Manager"), dept("Sales", "Marketing"))),
        ("in Sales, Marketing and HR", (dept("Sales", "Marketing", "HR"),)),
        ("contractors and interns in product", (title("Contractor", "Intern"), dept("Product"))),
        ("everyone not in HR", (dept("HR", negated=True),)),
        ("everyone except HR and Sales", (dept("HR", "Sales", negated=True),)),
        ("everyone but the interns", (title("Intern", negated=True),)),
        ("non-managers", (title("Manager", negated=True),)),
        ("who aren't interns or contractors", (title("Intern", "Contractor", negated=True),)),
        ("neither in HR nor in Sales", (dept("HR", "Sales", negated=True),)),
        ("interns outside of engineering", (title("Intern"), dept("Engineering", negated=True))),
        ("with the title of Associate", (title("Associate"),)),
        ("people working as an assistant", (title("Assistant"),)),
        ("sales but not managers", (dept("Sales"), title("Manager", negated=True))),
    ],
)
def test_departments_and_titles(question: str, expected: tuple[ValueFilter, ...]) -> None:
    assert parse(question).filters == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("marketting people", dept("Marketing")),
        ("enginering managers", dept("Engineering")),
        ("how many accountnts", dept("Accounting")),
        ("list vice presdents", title("Vice-President")),
    ],
)
def test_typos_in_known_words_are_corrected(question: str, expected: ValueFilter) -> None:
    assert expected in parse(question).filters


def test_typo_in_a_hire_verb_is_corrected() -> None:
    assert dates(parse("marketing ppl hird after 2018")) == [(dt.date(2019, 1, 1), None)]


# --- hire dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("hired in 2019", "2019-01-01", "2019-12-31"),
        ("who joined during 2019", "2019-01-01", "2019-12-31"),
        ("hired before 2015", None, "2014-12-31"),
        ("hired prior to March 2021", None, "2021-02-28"),
        ("hired after 2018", "2019-01-01", None),
        ("hired after 2021-03-15", "2021-03-16", None),
        ("hired since 2018", "2018-01-01", None),
        ("hired between 2018 and 2020", "2018-01-01", "2020-12-31"),
        ("hired from 2018 to 2020", "2018-01-01", "2020-12-31"),
        ("hired 2018-2020", "2018-01-01", "2020-12-31"),
        ("hired in March 2021", "2021-03-01", "2021-03-31"),
        ("hired in march of 2021", "2021-03-01", "2021-03-31"),
        ("hired on March 15, 2021", "2021-03-15", "2021-03-15"),
        ("hired on the 15th of March 2021", "2021-03-15", "2021-03-15"),
        ("hired 3/15/2021", "2021-03-15", "2021-03-15"),
        ("hired in Q2 2022", "2022-04-01", "2022-06-30"),
        ("hired in the first quarter of 2020", "2020-01-01", "2020-03-31"),
        ("hired in the second half of 2019", "2019-07-01", "2019-12-31"),
        ("hired in the 2010s", "2010-01-01", "2019-12-31"),
        ("hired in 2018 or later", "2018-01-01", None),
        ("hired no later than 2015", None, "2015-12-31"),
        ("hired on or after June 2023", "2023-06-01", None),
        # relative to TODAY = 2024-01-15
        ("hired in the last 3 years", "2021-01-15", "2024-01-15"),
        ("joined within the past 6 months", "2023-07-15", "2024-01-15"),
        ("hired in the past year", "2023-01-15", "2024-01-15"),
        ("hired last year", "2023-01-01", "2023-12-31"),
        ("hired this year", "2024-01-01", "2024-01-15"),
        ("hired last month", "2023-12-01", "2023-12-31"),
        ("hired in the last decade", "2014-01-15", "2024-01-15"),
        ("with more than 10 years of service", None, "2014-01-14"),
        ("who have been here for at least 5 years", None, "2019-01-15"),
        ("hired less than 2 years ago", "2022-01-16", None),
        ("hired more than 12 years ago", None, "2012-01-14"),
        ("here for over a decade", None, "2014-01-14"),
        ("with 10+ years of tenure", None, "2014-01-15"),
    ],
)
def test_hire_dates(question: str, start: str | None, end: str | None) -> None:
    expected = (
        dt.date.fromisoformat(start) if start else None,
        dt.date.fromisoformat(end) if end else None,
    )
    assert dates(parse(question)) == [expected]


def test_relative_dates_follow_today() -> None:
    assert dates(parse("hired this year", today=dt.date(2023, 6, 30))) == [
        (dt.date(2023, 1, 1), dt.date(2023, 6, 30))
    ]
    assert dates(parse("hired in the last 3 years", today=dt.date(2024, 2, 29))) == [
        (dt.date(2021, 2, 28), dt.date(2024, 2, 29))
    ]


def test_several_years_are_alternatives() -> None:
    plan = parse("hired in 2019 or 2020")
    assert without_labels(plan) == (
        AnyOf(
            (
                DateFilter(dt.date(2019, 1, 1), dt.date(2019, 12, 31), ""),
                DateFilter(dt.date(2020, 1, 1), dt.date(2020, 12, 31), ""),
            )
        ),
    )
    assert without_labels(parse("hired in 2019 and 2020")) == without_labels(plan)


def test_bounds_joined_by_and_all_apply() -> None:
    assert dates(parse("hired after 2015 and before 2018")) == [
        (dt.date(2016, 1, 1), None),
        (None, dt.date(2017, 12, 31)),
    ]


def test_a_month_without_a_year_means_every_year() -> None:
    assert without_labels(parse("who was hired in december")) == (
        DatePartFilter("month", (12,), ""),
    )


def test_negated_date() -> None:
    (condition,) = parse("employees not hired in 2019").filters
    assert isinstance(condition, DateFilter)
    assert condition.negated


# --- names and e-mail ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("first name starts with ANDI", TextFilter("first_name", "starts", "andi")),
        ("whose first name starts with An", TextFilter("first_name", "starts", "an")),
        ("last name begins with the letter M", TextFilter("last_name", "starts", "m")),
        ('people whose last name begins with "Mc"', TextFilter("last_name", "starts", "mc")),
        ("last names ending in 'er'", TextFilter("last_name", "ends", "er")),
        ("name contains son", TextFilter("full_name", "contains", "son")),
        ("employees with 'son' in their last name", TextFilter("last_name", "contains", "son")),
        ("with the surname Smith", TextFilter("last_name", "equals", "smith")),
        ("first name is Leopold", TextFilter("first_name", "equals", "leopold")),
        ("anyone named O'Hara?", TextFilter("any_name", "equals", "o'hara")),
        ("somebody called Leopold Johnston", TextFilter("full_name", "equals", "leopold johnston")),
        ("find Leopold Johnston", TextFilter("full_name", "equals", "leopold johnston")),
        ("when was jailyn mcclure hired", TextFilter("full_name", "equals", "jailyn mcclure")),
        ("Who is Leopold?", TextFilter("any_name", "equals", "leopold")),
        ("people with gmail addresses", TextFilter("email", "contains", "@gmail.")),
        ("yahoo users", TextFilter("email", "contains", "@yahoo.")),
        ("email ends with hotmail.com", TextFilter("email", "ends", "hotmail.com")),
        ("emails at example.org", TextFilter("email", "ends", "@example.org")),
        ("email contains flatley", TextFilter("email", "contains", "flatley")),
        (
            "whose email is Nasir.Auer@yahoo.com",
            TextFilter("email", "equals", "nasir.auer@yahoo.com"),
        ),
    ],
)
def test_names_and_email(question: str, expected: TextFilter) -> None:
    assert without_labels(parse(question)) == (expected,)


def test_names_are_not_typo_corrected() -> None:
    # "Salas" is one letter from "sales", but after "named" it is a name.
    assert without_labels(parse("anyone named Salas")) == (
        TextFilter("any_name", "equals", "salas"),
    )


def test_possessive_name_asks_for_the_field() -> None:
    plan = parse("What is Leopold Johnston's email?")
    assert plan.shape == PeopleList(fields=("first_name", "last_name", "email"))
    assert without_labels(plan) == (TextFilter("full_name", "equals", "leopold johnston"),)


def test_quotes_in_names_are_escaped_in_sql() -> None:
    sql = render_sql(parse("anyone named O'Hara"), "postgres")
    assert "'o''hara'" in sql


def test_like_wildcards_in_the_question_are_literal() -> None:
    sql = render_sql(parse('email contains "nash_f"'), "sqlite")
    assert "LIKE '%nash!_f%' ESCAPE '!'" in sql


# --- what to return ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("names and hire dates of engineers", ("first_name", "last_name", "hire_date")),
        ("emails of everyone in HR", ("first_name", "last_name", "email")),
        ("first names and emails of interns", ("first_name", "email")),
        (
            "list interns with their departments and titles",
            ("first_name", "last_name", "department", "title"),
        ),
        ("When was Leopold Johnston hired?", ("first_name", "last_name", "hire_date")),
        ("What department is Albert Pfeffer in?", ("first_name", "last_name", "department")),
        ("Who works in Marketing?", None),
    ],
)
def test_projection(question: str, fields: tuple[str, ...] | None) -> None:
    shape = parse(question).shape
    assert isinstance(shape, PeopleList)
    assert shape.fields == fields


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("list the departments", DistinctValues("department")),
        ("What titles do we have?", DistinctValues("title")),
        ("which departments have interns", DistinctValues("department")),
        ("how many departments are there", CountDistinct("department")),
        ("how many different job titles are there", CountDistinct("title")),
        ("List the distinct job titles in use.", DistinctValues("title")),
        ("list the different departments", DistinctValues("department")),
    ],
)
def test_distinct_values(question: str, shape: object) -> None:
    assert parse(question).shape == shape


# --- counting and grouping -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("how many employees do we have", Count()),
        ("How many interns are in marketing?", Count()),
        ("number of people hired in 2019", Count()),
        ("count the contractors", Count()),
        ("num interns?", Count()),
        ("What was the quietest hiring year?", GroupCount("hire_year", extreme="min")),
        (
            "which last names appear more than once",
            GroupCount("last_name", having=Having(">", 1)),
        ),
        ("headcount per department", GroupCount("department")),
        ("how many people in each department", GroupCount("department")),
        ("how many of each title are there?", GroupCount("title")),
        ("breakdown of employees by title", GroupCount("title")),
        ("department breakdown", GroupCount("department")),
        ("how many hired per year", GroupCount("hire_year")),
        ("number of hires by year", GroupCount("hire_year")),
        ("which department has the most employees", GroupCount("department", extreme="max")),
        ("what's the biggest department", GroupCount("department", extreme="max")),
        ("which title is the least common", GroupCount("title", extreme="min")),
        ("which year did we hire the most people", GroupCount("hire_year", extreme="max")),
        (
            "departments with more than 70 employees",
            GroupCount("department", having=Having(">", 70)),
        ),
        (
            "count per department, biggest first",
            GroupCount("department", order=(OrderKey("count", descending=True),)),
        ),
        (
            "top 3 titles by headcount",
            GroupCount("title", order=(OrderKey("count", descending=True),), limit=3),
        ),
        (
            "hires per year, most recent year first",
            GroupCount("hire_year", order=(OrderKey("group", descending=True),)),
        ),
    ],
)
def test_counting_and_grouping(question: str, shape: object) -> None:
    assert parse(question).shape == shape


def test_who_per_group_lists_people_rather_than_counting() -> None:
    shape = parse("Who are the presidents in each department?").shape
    assert shape == PeopleList(order=(OrderKey("department"),))


# --- ordering and limits ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "order", "limit"),
    [
        ("engineers sorted by hire date", (OrderKey("hire_date"),), None),
        ("sort them by hire date, newest first", (OrderKey("hire_date", True),), None),
        ("sales reps newest first", (OrderKey("hire_date", True),), None),
        ("Sort Sales staff by hire date, newest first", (OrderKey("hire_date", True),), None),
        ("interns in descending order of hire date in HR", (OrderKey("hire_date", True),), None),
        (
            "HR in alphabetical order of title then hire date",
            (OrderKey("title"), OrderKey("hire_date")),
            None,
        ),
        ("alphabetically by last name", (OrderKey("last_name"),), None),
        ("HR in reverse alphabetical order", (OrderKey("name", True),), None),
        (
            "sorted by last name then first name",
            (OrderKey("last_name"), OrderKey("first_name")),
            None,
        ),
        ("list the sales team by seniority", (OrderKey("hire_date"),), None),
        ("the 5 most recent hires", (OrderKey("hire_date", True),), 5),
        ("10 longest-serving engineers", (OrderKey("hire_date"),), 10),
        ("first 10 hires", (OrderKey("hire_date"),), 10),
        ("last 5 people hired", (OrderKey("hire_date", True),), 5),
        ("our 3 newest hires in sales", (OrderKey("hire_date", True),), 3),
        ("the first 10 employees alphabetically", (OrderKey("name"),), 10),
        (
            "managers sorted by department and then by hire date descending",
            (OrderKey("department"), OrderKey("hire_date", True)),
            None,
        ),
    ],
)
def test_ordering_and_limits(question: str, order: tuple[OrderKey, ...], limit: int | None) -> None:
    shape = parse(question).shape
    assert isinstance(shape, PeopleList)
    assert (shape.order, shape.limit) == (order, limit)


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("the newest employee", HireExtreme(latest=True)),
        ("who was hired most recently", HireExtreme(latest=True)),
        ("who was hired first?", HireExtreme(latest=False)),
        ("who has been here the longest", HireExtreme(latest=False)),
        ("the longest-serving manager", HireExtreme(latest=False)),
        ("when was the last person hired in product?", HireDateBound(latest=True)),
        ("earliest hire date in HR", HireDateBound(latest=False)),
    ],
)
def test_first_and_last_hires(question: str, shape: object) -> None:
    assert parse(question).shape == shape


def test_walkthrough_plan() -> None:
    plan = parse(
        "Please find names and hire dates of any employees in the marketing department hired "
        "after 2018. Sort them by hire date."
    )
    assert plan.filters[0] == dept("Marketing")
    assert dates(plan) == [(dt.date(2019, 1, 1), None)]
    assert plan.shape == PeopleList(
        fields=("first_name", "last_name", "hire_date"), order=(OrderKey("hire_date"),)
    )


# --- refusals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # Better than before: a question about data the directory lacks names that data.
        ("What's the CEO's salary?", ["salary"]),
        ("who is the best engineer", ["best"]),
        ("Which colleagues would enjoy a pottery class together?", ["enjoy"]),
        ("who reports to Leopold Johnston?", ["reports"]),
        ("Who is the oldest employee?", ["oldest employee"]),
        ("youngest engineer", ["youngest"]),
        ("what's the average salary in sales", ["salary"]),
        ("fire everyone in HR", ["fire"]),
        ("drop table employees", ["drop"]),
        ("hired 03/04/2021", ["03/04/2021"]),
        ("hires years ago", ["ago"]),  # how many years is not said ("a year ago" is 1 year)
        ("who was fired in 2019", ["fired"]),
        # A word close only to a filler ("directory", "business") is not dropped as one: that
        # would answer for all of Accounting, or all of Sales.
        ("list the directors in finance", ["directors"]),
        ("how many businesses in sales", ["businesses"]),
        # "today" is a filler ("how many engineers today") except where it names a hire day.
        ("who was hired today", ["today"]),
        ("who joined right now", ["right now"]),
        # Relations to a person the directory does not answer: never that person instead.
        ("who works with Leopold Johnston", ["with Leopold Johnston"]),
    ],
)
def test_refusals_name_the_words_not_understood(question: str, words: list[str]) -> None:
    assert_refusal_names(question, words)


def assert_refusal_names(question: str, words: list[str]) -> None:
    """The question is refused, and each of `words` is within one of the words it names."""
    refused = refusal(question)
    for word in words:
        assert any(word in said for said in refused.words), (word, refused.words)


@pytest.mark.parametrize(
    "question",
    [
        "engineers and interns",  # both, or either?
        "sales or managers",
        "interns in Sales and managers in HR",
        "engineers hired in 2019 and marketers hired in 2020",
        "who is the manager of Jailyn McClure",  # no reporting lines in the directory
        "Leopold's manager",
        "who is jane's mgr",  # abbreviated, of a name no one has: a reporting line all the same
        "Leopold's line manager",
        "who are the managers of the people hired in Q1 2021?",  # theirs, not the Managers
        "hired by 2015",  # before 2015, or during it?
        "top 5",  # top by what?
        "show 5 engineers",
        "sorted",
        "descending",
        "not",
        "hello",
        "",
    ],
)
def test_ambiguous_or_incomplete_questions_are_refused(question: str) -> None:
    refusal(question)


def test_questions_the_previous_engine_refused_are_now_answered() -> None:
    # Seasons and "after <person>" are understood now (issue 10).
    assert dates(parse("employees hired in the spring of 2020")) == [
        (dt.date(2020, 3, 1), dt.date(2020, 5, 31))
    ]
    (condition,) = parse("list employees hired after Leopold Johnston").filters
    assert condition == SameDayFilter(("leopold", "johnston"), "Leopold Johnston", relation="after")


def test_lowercase_english_word_that_is_a_surname_is_not_a_name() -> None:
    # "King" is a surname in the directory; "king" in a sentence is not a request for it.
    assert refusal("who is the king of sales").words == ["king"]


def test_a_month_is_not_read_as_a_first_name() -> None:
    assert "June" in refusal("Show me June hires").words


def test_seasons_group_and_month_ranges_share_their_year() -> None:
    assert parse("how many hires per season").shape == GroupCount("hire_season")
    assert parse("which season do most people join").shape == GroupCount(
        "hire_season", extreme="max"
    )
    for question in ("between March and June 2021", "from march to june 2021", "Mar-Jun 2021"):
        assert dates(parse(question)) == [(dt.date(2021, 3, 1), dt.date(2021, 6, 30))]
    (either,) = parse("hired in march or june 2021").filters
    assert isinstance(either, AnyOf)
    assert refusal("hired between june and march 2021")


def test_a_lone_lower_case_surname_is_understood_unless_it_is_a_word() -> None:
    (mcclure,) = parse("who is mcclure").filters
    assert mcclure == TextFilter("any_name", "equals", "mcclure", shown="mcclure")
    refusal("who is king")  # the word, in lower case: no one named King
    assert refusal("list gay employees").reason == "personal characteristics"


# --- phrasings from independent probes (people who never saw the shipped questions) -------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # A person's team, manager or colleagues, typed without the apostrophe: reporting lines.
        ("leopold johnstons manager", ["leopold johnstons manager"]),
        ("who is on jailyn mcclures team", ["jailyn mcclures team"]),
        ("leopold johnston coworkers", ["leopold johnston coworkers"]),
        ("how many people does leopold johnston manage", ["manage"]),
        ("who did Leopold Johnston hire", ["Leopold Johnston"]),
        ("more than 2 years after Leopold Johnston", ["Leopold Johnston"]),
        # Pay, said without the word "salary".
        ("how much does a VP make", ["make"]),
        ("what do interns make", ["make"]),
        # Words that change the meaning are refused, never dropped or corrected away.
        ("how many new hires in engineering", ["new hires"]),
        ("how many people were rehired", ["rehired"]),
        ("who was hired in early 2015", ["early"]),
        ("hired at the start of 2015", ["2015"]),  # a start alone says no day
        ("how many employees did we have as of 2015", ["as of"]),
        ("how many employees will we hire in 2027", ["will"]),
        ("are we hiring", ["hiring"]),
        # A lower-case surname before a noun describes it: "king employees" asks for no Kings.
        ("how many king employees", ["king"]),
        # A name after "in", "on" or "from" is no date or place; a provider no employer.
        ("employees from King", ["from King"]),
        ("who works at yahoo", ["at yahoo"]),
        # "Not" over two columns, an "or" between kinds, dates that cannot all hold.
        ("how many employees are not engineers or interns", ["engineers", "interns"]),
        ("everyone except Sales managers", ["Sales managers"]),
        ("hired in March 2019 or May", ["or"]),
        # Together or each? An average or a share of "A and B" is refused; "or" says together.
        ("average tenure of managers and interns", ["Manager and Intern"]),
        ("what percentage of sales and marketing are interns", ["Sales and Marketing"]),
        # English words are not typos of the vocabulary: "near" is no "year", "fire" no "hire".
        ("who was hired near 2015", ["near"]),
        ("leavers in 2021", ["leavers"]),
        ("team of Leopold Johnston", ["team of Leopold Johnston"]),
        ("leopold johnston address", ["leopold johnston address"]),
        # Ordinary words that would hide the meaning are no fillers, months or seasons.
        ("how many people work in IT", ["IT"]),
        ("how many account managers do we have", ["account"]),
        ("count Sales or HR separately", ["separately"]),  # "or" pools them
        ("how many people were offboarded in 2020", ["offboarded"]),
        ("how many people do we hire annually", ["annually"]),
        ("how many weeks has Leopold Johnston worked here", ["how many weeks"]),
        # the future: "will have" a 10-year anniversary this year excludes those already past
        ("who will have their 10-year work anniversary in 2026", ["will"]),
        ("who was hired on the first Friday of 2019", ["first Friday"]),
        ("who has been here since 2015", ["been here since"]),
        # Employment at a past date is not recorded, only the hire date.
        ("how many people worked here in 2015", ["in 2015"]),
        ("what was our headcount in 2018", ["in 2018"]),
        ("headcount per year", ["headcount"]),
        ("how many engineers were there in 2016", ["in 2016"]),
        ("who worked here in 2015", ["in 2015"]),
        # Plural hires need a number; groups of a person.
        ("list the latest hires", ["hires"]),
        ("which department has the longest tenure", ["the longest tenure"]),
        ("which departments have employees not hired in 2023", ["not"]),  # or of the others?
        ("who hired June Smith", ["hired June Smith"]),
        ("what's the average hires per year in the last 5 years", ["average"]),
        ("average hires per month in the last 5 years", ["average"]),  # from mid-month
        ("average hires per weekday", ["average"]),
        ("average per title", ["average"]),
        ("everyone except Sales and Marketing managers", ["except Sales and Marketing managers"]),
        ("hired in winter and spring 2020", ["in winter"]),
        ("how many Kenya employees", ["Kenya"]),
        # a word after a name column that says how, not which name (round AG)
        ("which last names are rare", ["rare"]),
        ("which emails are personal", ["personal"]),
        # a word after "starts with" that says how many or which, not the letters
        ("email ends in neither gmail.com nor yahoo.com", ["neither"]),
        ("last name starts with only A", ["only"]),
        ("yoy change in hires in 2022", ["change in"]),  # from which year?
        ("sort engineers by hire year", ["by hire year"]),  # in that order, or per year?
        ("who was the last spring hire", ["last spring"]),  # last spring's, or the latest?
        ("hires by quarter for 2021, 2022", ["in 2021 or in 2022"]),  # each, or added up?
    ],
)
def test_probed_questions_are_refused(question: str, words: list[str]) -> None:
    assert_refusal_names(question, words)


def test_bare_but_joins_conditions_and_but_not_negates() -> None:
    plan = parse("who is in Sales but was hired before 2015")
    assert plan.filters[0] == dept("Sales")
    assert dates(plan) == [(None, dt.date(2014, 12, 31))]
    assert parse("everyone but the interns").filters == (title("Intern", negated=True),)


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("number of contractors by department sorted descending", "count desc"),
        ("count per department in ascending order", "count asc"),
        ("departments sorted from most to fewest employees", "count desc"),
        ("titles held by more than 60 people", "having"),
        ("how many departments have VPs", "distinct"),
        ("how many VPs are there across all departments", "count"),
        ("how many VPs are there inclusive of all departments", "count"),
    ],
)
def test_directions_and_distinct_counts(question: str, shape: str) -> None:
    if shape == "refused":
        refusal(question)
        return
    expected = {
        "count desc": GroupCount("department", order=(OrderKey("count", descending=True),)),
        "count asc": GroupCount("department", order=(OrderKey("count"),)),
        "having": GroupCount("title", having=Having(">", 60)),
        "distinct": CountDistinct("department"),
        "count": Count(),
    }[shape]
    assert parse(question).shape == expected


def test_days_said_without_a_year_and_weekdays() -> None:
    (first,) = parse("who was hired on March 1st").filters
    assert first == DatePartFilter("monthday", (301,), "on March 1st (March 1, any year)")
    (weekday,) = parse("how many were hired on a weekday").filters
    assert isinstance(weekday, DatePartFilter)
    assert weekday.values == (1, 2, 3, 4, 5)
    assert parse("How many employees were hired in December, across all years").shape == Count()
    assert dates(parse("how many new hires in 2023")) == [
        (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    ]
    (surname,) = parse("anyone w/ last name smith").filters
    assert surname == TextFilter("last_name", "equals", "smith", shown="smith")


def test_alternatives_joined_by_and_are_either() -> None:
    """No one is hired on two weekdays or named two names: "and" there means either."""
    (days,) = parse("hired on Saturdays and Sundays").filters
    assert isinstance(days, AnyOf)
    (names,) = parse("employees named Smith and King").filters
    assert isinstance(names, AnyOf)
    (quarters,) = parse("how many hired in Q3 and Q4 2019").filters
    assert isinstance(quarters, AnyOf)
    assert dates(parse("hired in July and on a Monday")) == []  # both hold: no alternatives
    assert len(parse("hired in July and on a Monday").filters) == 2


def test_tenure_orders_run_opposite_to_hire_dates() -> None:
    assert parse("engineers sorted by tenure descending").shape == PeopleList(
        order=(OrderKey("hire_date"),)
    )
    assert parse("engineers sorted by tenure ascending").shape == PeopleList(
        order=(OrderKey("hire_date", descending=True),)
    )


def test_fewest_counts_every_group_of_the_directory() -> None:
    plan = parse("which title had the fewest hires in 2023")
    assert plan.shape == GroupCount("title", extreme="min")
    sql = render_sql(plan, "sqlite")
    assert "SUM(CASE WHEN hire_date BETWEEN '2023-01-01' AND '2023-12-31' THEN 1 ELSE 0 END)" in sql
    assert "WHERE" not in sql
    assert "WHERE" in render_sql(parse("which title had the most hires in 2023"), "sqlite")


def test_having_worked_here_says_a_tenure() -> None:
    assert (
        parse("who has worked here for more than 10 years").filters
        == parse("who has more than 10 years of service").filters
    )


def test_characters_said_by_name_and_both_ends_at_once() -> None:
    (apostrophe,) = parse("how many people have an apostrophe in their last name").filters
    assert apostrophe == TextFilter("last_name", "contains", "'", shown="apostrophe (')")
    assert parse("what is the earliest and the latest hire date").shape == HireDates(
        None, True, True
    )


def test_the_last_copula_after_a_share_word_divides_whole_and_part() -> None:
    plan = parse("what percentage of employees that are in Sales are managers")
    assert plan.filters == (dept("Sales"),)
    assert plan.shape == Share((title("Manager"),))


def test_but_only_restricts_and_a_bare_direction_follows_the_key_for_periods() -> None:
    assert parse("list the managers but only Sales").filters == (title("Manager"), dept("Sales"))
    assert parse("hires by year descending").shape == GroupCount(
        "hire_year", order=(OrderKey("group", descending=True),)
    )


def test_a_surname_two_letters_off_is_another_name() -> None:
    refusal("how many johnsons work here")  # not "Johnston"
    (one_off,) = parse("when was leopold jonston hired").filters
    assert isinstance(one_off, TextFilter)
    assert one_off.value == "leopold johnston"


def test_after_or_before_inclusive_is_refused_since_and_ranges_are_not() -> None:
    assert refusal("hired after 2015 inclusive").words == ["after 2015 inclusive"]
    assert dates(parse("hired between 2015 and 2017 inclusive")) == [
        (dt.date(2015, 1, 1), dt.date(2017, 12, 31))
    ]


@pytest.mark.parametrize(
    "question",
    [
        "how many presidents are in HR and who are they",
        "how many presidents in HR, and who?",
        "How many presidents are in HR, and who are they?",
    ],
)
def test_a_count_and_who_they_are_is_the_people_whose_list_says_how_many(question: str) -> None:
    assert parse(question) == parse("presidents in HR")


def test_a_count_with_a_second_question_is_refused() -> None:
    assert refusal("how many presidents are in HR and who is the newest").words
    assert refusal("how many people named Leopold and what do they do").words == ["and"]
    assert parse("list engineers and their hire dates").shape == PeopleList(
        fields=("first_name", "last_name", "hire_date")
    )


def test_text_conditions_take_letters_and_characters_not_classes_or_articles() -> None:
    (starts,) = parse("first name starts with an A").filters
    assert starts == TextFilter("first_name", "starts", "a", shown="A")
    (letter,) = parse("who has an a in their first name").filters
    assert letter == TextFilter("first_name", "contains", "a", shown="a")
    refusal("emails that contain vowels")
    refusal("names longer than 8 letters")  # first, last or both?
    refusal("emails that start with a number")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A character said by name is contained, never the whole value (it was "= '_'").
        ("how many emails have an underscore in them", TextFilter("email_name", "contains", "_")),
        ("emails with a digit", TextFilter("email_name", "has_digit", "")),
        ("email addresses that contain a number", TextFilter("email_name", "has_digit", "")),
        ("emails without numbers", TextFilter("email_name", "has_digit", "", negated=True)),
        ("last names with an apostrophe", TextFilter("last_name", "contains", "'")),
        # Before the @: every e-mail has a dot after it.
        (
            "emails that do not contain a dot",
            TextFilter("email_name", "contains", ".", negated=True),
        ),
        ("first name does not start with A", TextFilter("first_name", "starts", "a", negated=True)),
    ],
)
def test_characters_and_digits_are_contained(question: str, expected: TextFilter) -> None:
    (condition,) = parse(question).filters
    assert isinstance(condition, TextFilter)
    assert replace(condition, shown="") == expected


def test_how_many_per_group_on_average() -> None:
    for question, shape in (
        ("average number of employees per department", AverageGroupSize("department")),
        ("avg headcount per dept", AverageGroupSize("department")),
        ("average department size", AverageGroupSize("department")),
        ("on average how many people do we hire per year", AverageGroupSize("hire_year")),
        ("average hires per month in 2020", AverageGroupSize("hire_month", (1, 12))),
        ("average hires per year since 2018", AverageGroupSize("hire_year", (2018, 2024))),
        ("average hires per year before 2015", AverageGroupSize("hire_year", (None, 2014))),
    ):
        assert parse(question).shape == shape, question
    # Tenure said, or "how long": the average tenure, as before.
    assert isinstance(parse("average tenure of employees per department").shape, AverageTenure)


def test_among_says_the_whole_of_a_share() -> None:
    plan = parse("what share are managers among engineers")
    assert plan.filters == (dept("Engineering"),)
    assert plan.shape == Share((title("Manager"),))


def test_except_before_two_conditions_is_refused_but_non_is_not() -> None:
    refusal("all employees except the interns in Marketing")
    assert parse("non-managers in Sales").filters == (title("Manager", negated=True), dept("Sales"))


# --- groups side by side, and other phrasings from the last independent probes ----------------


@pytest.mark.parametrize(
    ("question", "filters", "shape"),
    [
        ("how many engineers vs marketers", (dept("Engineering", "Marketing"),), "department"),
        ("compare Sales and Marketing headcount", (dept("Sales", "Marketing"),), "department"),
        ("the Sales headcount compared with HR", (dept("Sales", "HR"),), "department"),
        ("how does Sales's headcount compare to HR", (dept("Sales", "HR"),), "department"),
        ("Difference in headcount between Sales and HR", (dept("Sales", "HR"),), "department"),
        ("are there more interns than contractors?", (title("Intern", "Contractor"),), "title"),
        ("how many more VPs than managers", (title("Vice-President", "Manager"),), "title"),
        ("difference between accounting and HR", (dept("Accounting", "HR"),), "department"),
        (
            "Compare the number of managers in Sales and Marketing",
            (title("Manager"), dept("Sales", "Marketing")),
            "department",
        ),
    ],
)
def test_groups_said_side_by_side_are_counted_each(
    question: str, filters: tuple[ValueFilter, ...], shape: str
) -> None:
    plan = parse(question)
    assert set(plan.filters) == set(filters)
    assert plan.shape == GroupCount(shape, compared=2)  # type: ignore[arg-type]
    assert plan.shape.counts_low  # a group with none of them counted shows 0


@pytest.mark.parametrize(
    "question", ["Sales hires in 2020 vs Marketing", "Sales engineers vs Marketing"]
)
def test_a_condition_said_of_the_first_group_only_is_not_moved_to_both(question: str) -> None:
    refusal(question)


def test_a_date_after_the_second_group_is_said_of_both() -> None:
    plan = parse("Did Sales hire more people than Marketing in 2020?")
    assert plan == parse("Sales vs Marketing hires in 2020")
    assert dept("Sales", "Marketing") in plan.filters
    assert plan.shape == GroupCount("department", compared=2)
    first = parse("in 2020, did Sales hire more people than Marketing?")
    assert (set(first.filters), first.shape) == (set(plan.filters), plan.shape)
    assert parse("how many sales ppl were hired in 2020 vs marketing in 2020") == plan


def test_periods_that_overlap_are_not_compared() -> None:
    plan = parse("Q1 2021 vs Q2 2021")
    assert plan.shape.key == "hire_period"  # type: ignore[union-attr]
    assert len(plan.shape.periods) == 2  # type: ignore[union-attr]
    assert parse("Q1 vs Q2 2021") == plan  # the year said last is both quarters
    assert "do not overlap" in refusal("Q1 2021 vs the first half of 2021").reason
    refusal("average tenure of hires in Q1 2021 vs Q2 2021")  # only counts per period


def test_periods_and_providers_side_by_side() -> None:
    years = parse("hires in 2021 vs 2022")
    assert years.shape == GroupCount("hire_year", compared=2)
    assert not years.shape.counts_low  # a year with no hire has no row: the answer says so
    assert parse("gmail vs yahoo vs hotmail").shape == GroupCount("email_domain", compared=3)
    assert parse("March vs April hires").shape == GroupCount("hire_month", compared=2)
    tenure = parse("average tenure in sales vs marketing").shape
    assert tenure == AverageTenure(TODAY, "department")
    # a longer average between groups listed: each group's average, side by side
    for compared in (
        "is average tenure higher in Sales or in HR",
        "who has a longer average tenure, sales or hr?",
    ):
        assert parse(compared).shape == AverageTenure(TODAY, "department")
    longer = parse("do interns or contractors have a longer average tenure").shape
    assert longer == AverageTenure(TODAY, "title")
    newest = parse("newest hire in sales vs marketing").shape
    assert newest == GroupHireExtreme("department", latest=True)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Johnston vs McClure", ["Johnston vs McClure"]),  # people are no groups
        ("hired in the first half vs the second half", ["vs"]),  # of which year?
        ("engineers vs 2020 hires", ["vs"]),
        ("compare the engineers", ["compare"]),
        ("not Sales vs Marketing", ["Sales vs Marketing"]),
    ],
)
def test_what_cannot_be_set_side_by_side_is_refused(question: str, words: list[str]) -> None:
    assert_refusal_names(question, words)


def date_bounds(question: str) -> tuple[dt.date | None, dt.date | None]:
    (condition,) = parse(question).filters
    assert isinstance(condition, DateFilter)
    return condition.start, condition.end


def test_tenure_between_two_amounts_includes_both() -> None:
    (condition,) = parse("how many people have between 5 and 10 years of tenure").filters
    assert condition == DateFilter(
        dt.date(2014, 1, 15), dt.date(2019, 1, 15), "with 5 to 10 years of service"
    )
    assert date_bounds("who was hired 2 to 5 years ago") == (
        dt.date(2019, 1, 15),
        dt.date(2022, 1, 15),
    )
    assert_refusal_names("hired between 10 and 5 years ago", ["5"])


def test_or_after_and_or_before_bound_a_period_or_join_two() -> None:
    (either,) = parse("who was hired before 2015 or after 2022").filters
    assert isinstance(either, AnyOf)
    assert either.options == (
        DateFilter(None, dt.date(2014, 12, 31), "before 2015"),
        DateFilter(dt.date(2023, 1, 1), None, "after 2022"),
    )
    assert date_bounds("hired 2015 or after") == (dt.date(2015, 1, 1), None)
    assert date_bounds("hired 2016 or before") == (None, dt.date(2016, 12, 31))
    assert date_bounds("hired 2016 and before") == (None, dt.date(2016, 12, 31))
    # No one is hired in both: the people of each ("people hired in 2014 and after 2020").
    (each,) = parse("people hired in 2015 and after 2020").filters
    assert each == AnyOf(
        (
            DateFilter(dt.date(2015, 1, 1), dt.date(2015, 12, 31), "in 2015"),
            DateFilter(dt.date(2021, 1, 1), None, "after 2020"),
        )
    )


def test_an_ordinal_day_of_a_month_is_that_day_of_any_year() -> None:
    (day,) = parse("who was hired on the 4th of July").filters
    assert day == DatePartFilter("monthday", (704,), "on 4th of July (July 4, any year)")
    on_the_day = (dt.date(2015, 1, 15), dt.date(2015, 1, 15))
    assert date_bounds("who joined on the 15th of January 2015") == on_the_day
    assert_refusal_names("the 3 March hires", ["3"])  # a number is no day before a month


def test_letters_joined_by_or_are_alternatives_and_names_are_first_or_last() -> None:
    (letters,) = parse("last names starting with A, B or C").filters
    assert letters == AnyOf(
        tuple(TextFilter("last_name", "starts", c, shown=c.upper()) for c in "abc")
    )
    (mac,) = parse("surname begins with Mc or Mac").filters
    mc, letters_mac = (TextFilter("last_name", "starts", p.lower(), shown=p) for p in ("Mc", "Mac"))
    assert mac == AnyOf((mc, letters_mac))  # "Mac" is letters, not a person named Mac
    (any_name,) = parse("names starting with Z").filters
    assert any_name == TextFilter("any_name", "starts", "z", shown="Z")
    assert "LOWER(first_name) LIKE 'z%' OR LOWER(last_name) LIKE 'z%'" in render_sql(
        parse("names starting with Z"), "sqlite"
    )
    assert_refusal_names("first name contains a and e", ["and"])  # both, not either


def test_hires_by_a_column_are_counted_but_sorted_hires_are_listed() -> None:
    assert parse("2016 hires by department").shape == GroupCount("department")
    listed = parse("2016 hires sorted by department").shape
    assert isinstance(listed, PeopleList)
    # people by a column, said without a verb: counted too; asked as a list: sorted
    assert parse("contractors by dept").shape == GroupCount("department")
    assert isinstance(parse("list contractors by dept").shape, PeopleList)
    assert isinstance(parse("who are the contractors by department").shape, PeopleList)


def test_the_year_with_the_fewest_hires_is_among_the_years_with_any() -> None:
    assert parse("slowest hiring year?").shape == GroupCount("hire_year", extreme="min")
    assert parse("which year had the fewest hires") == parse("slowest hiring year")
    assert_refusal_names("which year since 2018 had the fewest hires", ["fewest"])


def test_a_roles_team_is_a_reporting_line() -> None:
    assert_refusal_names("which manager has the biggest team", ["manager team"])
    assert parse("which team has the most managers").shape == GroupCount(
        "department", extreme="max"
    )


def test_a_share_of_a_part_per_group_and_the_group_with_the_highest() -> None:
    interns = (title("Intern"),)
    assert parse("percentage of interns in each department").shape == Share(interns, "department")
    assert parse("what % of each department are interns").shape == Share(interns, "department")
    highest = parse("which department has the highest share of contractors").shape
    assert highest == Share((title("Contractor"),), "department", "max")
    assert parse("percentage of employees per department").shape == GroupCount(
        "department", share=True
    )


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("what % of the workforce are contractors", "what percentage of employees are contractors"),
        ("tell me about Leopold Johnston", "Leopold Johnston"),
        ("show me Jailyn's details", "who is Jailyn"),
        ("what's zackery's title", "zackery's title"),
        ("HR managers, oldest hire first", "HR managers, oldest first"),
        (
            "% of 2015 hires that went to Engineering",
            "percentage of 2015 hires that are in Engineering",
        ),
        ("which month sees the most hiring", "which month had the most hires"),
        ("titles from most to least common", "titles from most to fewest"),
        ("how many departments have more than 70 people", "departments with more than 70 people"),
        # chat shorthand and the ways round V and W said known things
        ("how many ppl in eng rn", "how many people in Engineering"),
        ("first names starting w/ J", "first names starting with J"),
        ("everyone in HR w/o contractors", "everyone in HR without contractors"),
        ("ppl hired b/w 2015 and 2017", "people hired between 2015 and 2017"),
        ("email of the prez", "email of the president"),
        ("List the distinct titles held in HR, alphabetically.", "distinct titles in HR a-z"),
        ("Name the department with the largest headcount.", "the largest department"),
        ("Give me a year-by-year breakdown of hiring.", "hires per year"),
        ("when was the most recent hire date?", "what was the latest hire date"),
        ("how many Marketing managers do we actually have?", "how many marketing managers"),
        ("what titles do we even have here?", "what titles are there"),
        (
            "Identify the department that has the least number of people.",
            "the smallest department",
        ),
        ("emails of everyone in HR titled manager", "emails of HR managers"),
        ("hired in the month of December", "hired in December"),
        ("which department is the largest by headcount", "which department is the largest"),
        ("employees with tenure between 5 and 10 years", "employees with 5 to 10 years of tenure"),
        (
            "who is celebrating a 5 year anniversary this year",
            "who has a 5 year anniversary this year",
        ),
        # rounds X and Y: plurals and spellings of non-native and voice typing
        ("how many peoples in HR", "how many people in HR"),
        ("how many staffs in HR", "how many people in HR"),
        ("headcount per department from big to small", "headcount per department, most first"),
        ("what titles are in Sales and how many each", "headcount per title in Sales"),
        ("which year had the less hires", "which year had the fewest hires"),
        ("hey quick one, how many engineers", "how many engineers"),
        ("tell me everything about Leopold Johnston", "all the details of Leopold Johnston"),
        ("what email has Leopold Johnston", "Leopold Johnston's email"),  # no address has a space
        ("what's our current headcount", "headcount"),
        ("roughly how many interns do we have", "how many interns"),
        ("approximately how many people work in sales", "how many people in sales"),
        ("info on Leopold Johnston", "Leopold Johnston"),
        ("details about Leopold Johnston", "Leopold Johnston"),
        ("who are teh VPs", "who are the VPs"),
        ("engineers hired through 2019", "engineers hired no later than 2019"),
        ("hires up to 2011", "hires on or before 2011"),
        ("hires per hire month", "hires per month"),
        ("employees by hire quarter", "employees by quarter"),
        ("employees per hire season", "employees per season"),
        ("which titles have no one in sales", "which titles have nobody in sales"),
        ("how many hired in month of March 2018", "how many hired in March 2018"),
        ("total how many departments are there", "how many departments are there"),
        ("what share of employees does each department account for", "percentage per department"),
        ("what percentage of the company do engineers make up", "what percentage are engineers"),
        ("how many interns and how many contractors are there", "how many interns vs contractors"),
    ],
)
def test_more_ways_of_saying_known_questions(question: str, same_as: str) -> None:
    assert parse(question) == parse(same_as)


def test_average_tenures_per_group_ranked() -> None:
    ranked = parse("average tenure by title, longest first").shape
    assert ranked == AverageTenure(TODAY, "title", ranked="longest")
    assert parse("Avg tenure by dept, ranked high to low").shape == AverageTenure(
        TODAY, "department", ranked="longest"
    )
    assert parse("median tenure per title, shortest first").shape == AverageTenure(
        TODAY, "title", statistic="median", ranked="shortest"
    )


def test_a_median_tenure_overall_or_per_group_and_what_stays_refused() -> None:
    assert parse("median tenure").shape == AverageTenure(TODAY, statistic="median")
    assert parse("median years of service per department").shape == AverageTenure(
        TODAY, "department", statistic="median"
    )
    assert parse("how long have people been here, median").shape == AverageTenure(
        TODAY, statistic="median"
    )
    assert parse("median hire date").shape == MedianHireDate()
    assert parse("median hire year per department").shape == MedianHireDate("department", year=True)
    assert_refusal_names("median", ["median"])  # of what?
    assert_refusal_names("median department size", ["median"])
    assert_refusal_names("average and median tenure", ["median"])
    assert_refusal_names("which department has the highest median tenure", ["median"])


def test_a_tenure_in_months_when_asked_and_months_of_nothing_else() -> None:
    assert parse("avg tenure company wide in months").shape == AverageTenure(TODAY, unit="months")
    assert parse("median tenure in months per department").shape == AverageTenure(
        TODAY, "department", statistic="median", unit="months"
    )
    assert parse("how many months has Leopold Johnston been here").shape == AverageTenure(
        TODAY, unit="months"
    )
    assert_refusal_names("how many engineers in months", ["in months"])
    assert_refusal_names("how many months have managers vs interns been here", ["months"])


def test_a_change_in_hires_between_two_years_or_from_each_year_to_the_next() -> None:
    between = parse("by what percentage did hiring change from 2022 to 2023?")
    assert between.shape == GroupCount("hire_year", compared=2, change=True)
    assert parse("growth in hires from 2018 to 2019 in percent").shape == GroupCount(
        "hire_year", compared=2, change=True
    )
    assert parse("year over year change in hires").shape == GroupCount("hire_year", change=True)
    assert_refusal_names("eng team growth year over year", ["growth"])  # of headcount or hires?
    assert_refusal_names("headcount change from 2015 to 2019", ["2015"])
    assert_refusal_names("change in hires per department", ["change"])
    # each year of a range when each year is asked for; whole years, one span, hires only
    assert parse("year over year change in hires from 2018 to 2021").shape == GroupCount(
        "hire_year", change=True
    )
    assert parse("annual change in hires from 2018 to 2021") == parse(
        "year over year change in hires from 2018 to 2021"
    )
    for partial in (
        "yoy change in hires in the last 10 years",
        "yoy change in hires before June 2015",
    ):
        assert_refusal_names(partial, ["change"])
    assert_refusal_names("yoy change in hires in 2016, 2018 and 2020", ["change"])
    assert_refusal_names(
        "change in the share of engineers among hires from 2018 to 2019", ["change"]
    )
    assert_refusal_names("the change in hires from 2018 to 2019 as a percentage of all", ["change"])
    assert_refusal_names("change in hires from the 2010s to the 2020s", ["change"])  # 2010-2029
    # this year is not over: a yearly change stops at the last whole year, two years refuse it
    (whole,) = parse("year over year change in hires").filters
    assert whole == DateFilter(None, dt.date(2023, 12, 31), "before 2024")
    assert_refusal_names("change in hires from 2023 to 2024", ["2024"])


def test_two_questions_in_one_are_refused() -> None:
    for question in (
        "how many engineers and how many interns",
        "how many engineers, how many interns",
        "how many engineers; how many interns",
    ):
        assert "one question at a time" in refusal(question).reason


@pytest.mark.parametrize(
    "question",
    ["how many engineers per manager", "headcount for every intern", "HC per manager, by dept"],
)
def test_a_group_per_member_of_another_is_a_ratio_and_refused(question: str) -> None:
    refusal(question)  # not the managers who are engineers, nor the managers per department


def test_each_and_every_before_a_group_are_its_members() -> None:
    assert parse("hire date of every intern in HR") == parse("hire date of the interns in HR")
    assert parse("list each manager in Sales") == parse("list the managers in Sales")


def test_counts_said_as_percentages_are_shares() -> None:
    assert parse("how many interns, as a percentage of everyone") == parse(
        "what percentage of employees are interns"
    )
    assert parse("headcount per department in percent").shape == GroupCount(
        "department", share=True
    )


def test_tenures_of_a_group_and_anniversary_lists_are_refused() -> None:
    assert_refusal_names("how long has each intern worked here", ["worked"])
    assert_refusal_names("who has a 10 year anniversary in 2026 or 2027", ["2027"])
    assert_refusal_names("how many engineers in the US", ["US"])
    # "today" said with hiring names a day, wherever it is ("Today, who joined?")
    assert_refusal_names("Today, how many people were hired?", ["Today"])
    assert parse("how many engineers today") == parse("how many engineers")
    # ", for Sales" after a group: one more group, or the group they are in?
    assert_refusal_names("how many engineers are there, for Sales", ["for Sales"])


def test_a_provider_said_in_two_words_is_the_provider() -> None:
    for question, domain in (("who has a g mail address", "@gmail."), ("hot mail", "@hotmail.")):
        (condition,) = parse(question).filters
        assert isinstance(condition, TextFilter)
        assert condition.value == domain


def test_a_place_counted_from_either_end_is_of_group_sizes_only() -> None:
    assert parse("the second largest department").shape == GroupCount(
        "department", extreme="max", place=2
    )
    assert parse("which title is the 3rd most common").shape == GroupCount(
        "title", extreme="max", place=3
    )
    assert parse("the second smallest dept by headcount").shape == GroupCount(
        "department", extreme="min", place=2
    )
    assert_refusal_names("the second longest last name", ["longest"])  # a length, not a count
    assert_refusal_names("the 2nd biggest title", ["biggest"])  # by rank or by count?
    assert_refusal_names("is Sales the second largest department", ["largest"])
    assert_refusal_names("the 1st biggest department", ["1st"])
    assert_refusal_names("the 3 biggest departments, second most", ["most"])


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("the first and last 3 hires", ["first", "last"]),  # never the first 3
        ("the first and last hire per department", ["first", "last"]),
        ("are we hiring?", ["hiring"]),  # new hires since when?
    ],
)
def test_both_ends_at_once_and_undated_hiring_are_refused(question: str, words: list[str]) -> None:
    assert_refusal_names(question, words)


def test_the_same_column_as_a_named_person() -> None:
    (same,) = parse("which employees have the same title as Leopold Johnston").filters
    assert same == SameAsFilter("title", ("leopold", "johnston"), "Leopold Johnston")
    (year,) = parse("who was hired the same year as Jailyn McClure").filters
    assert year == SameAsFilter("hire_year", ("jailyn", "mcclure"), "Jailyn McClure")
    sql = render_sql(parse("who has the same department as Leopold Johnston"), "postgres")
    assert (
        "department IN (SELECT department FROM employees WHERE LOWER(first_name) = 'leopold' "
        "AND LOWER(last_name) = 'johnston') AND NOT (LOWER(first_name) = 'leopold'"
    ) in sql
    assert_refusal_names("same department as Leopold", ["Leopold"])  # a full name, one person
    (month,) = parse("hired the same month as Leopold Johnston").filters  # of the same year
    assert month == SameAsFilter("hire_month", ("leopold", "johnston"), "Leopold Johnston")
    assert_refusal_names("hired the same season as Leopold Johnston", ["Leopold Johnston"])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is in Leopold Johnston's department", ("department", ())),
        ("how many people are in Leopold Johnston's dept", ("department", ())),
        ("managers in Leopold Johnston's department", ("department", (title("Manager"),))),
        ("who has Leopold Johnston's job title", ("title", ())),
        ("list everyone with Jailyn McClure's title", ("title", ())),
    ],
)
def test_a_named_persons_group_asked_of_people_is_a_condition_with_them(
    question: str, expected: tuple[str, tuple[ValueFilter, ...]]
) -> None:
    key, others = expected
    plan = parse(question)
    (same,) = [f for f in plan.filters if isinstance(f, SameAsFilter)]
    assert same.key == key
    assert same.with_person
    assert [f for f in plan.filters if not isinstance(f, SameAsFilter)] == list(others)
    sql = render_sql(plan, "postgres")
    assert f"{key} IN (SELECT {key} FROM employees WHERE LOWER(first_name)" in sql
    assert "NOT (LOWER(first_name)" not in sql  # the person is in their own department


def test_a_named_persons_group_with_a_value_of_its_own_column_is_refused() -> None:
    refusal("Leopold Johnston's title is manager?")  # "'s manager": a reporting line too


def test_a_named_persons_group_alone_is_what_to_show_of_them() -> None:
    for question in ("Leopold Johnston's department", "what is Leopold Johnston's title"):
        plan = parse(question)
        assert plan.filters == (
            TextFilter("full_name", "equals", "leopold johnston", shown="Leopold Johnston"),
        )


@pytest.mark.parametrize(
    ("question", "words"),
    [
        # A group's size said of people: which group, or which of them?
        ("which manager has the biggest department", ["manager", "biggest", "department"]),
        ("which interns work in the smallest department", ["interns", "smallest", "department"]),
        ("who has the biggest team", ["who team"]),  # a team someone has: a reporting line
        ("whose team is the biggest", ["whose team"]),
        # "How many people" is a count of people, whatever column follows.
        ("how many people are in a department", ["department"]),
        # Second round.
        ("highest share of interns among people hired after 2018", ["highest"]),
        ("which manager's department is the biggest", ["manager's"]),
        (
            "which manager has the most employees in their department",
            ["in their department"],
        ),
        (
            "hired the same year as Leopold Johnston and Jailyn McClure",
            ["Leopold Johnston and Jailyn McClure"],
        ),
        # Third round.
        ("Will there be any hires in 2024?", ["Will"]),  # a capital that only starts a sentence
        ("where is Leopold Johnston", ["where is"]),
        ("hired in the past 99999 years", ["99999 years"]),  # no date that far back
        ("is Sales the largest department", ["largest"]),  # compared only with itself
        ("is Leopold Johnston the first hire", ["first"]),
        ("who has the longest name", ["longest"]),  # first, last or both?
        ("the highest rank", ["highest"]),
        ("engineers and 2019 hires", ["engineers and in 2019 hires"]),  # both, or either?
        ("managers and people hired in 2019", ["managers and people hired"]),
        ("engineers who share a last name with someone else", ["last name"]),
        ("how many names start with S", ["names start with S"]),  # first or last, people or names?
        ("how many of June's hires were engineers", ["June's hires"]),
        ("everyone except interns hired in 2019", ["except interns hired"]),
        ("top 0 newest hires", ["0"]),
        ("not in Sales but Engineering", ["not in Sales Engineering"]),
        ("hired Mon-Fri", ["on a Friday"]),  # a Monday and a Friday at once
        ("newest hire in their department", ["in their department"]),
        # a highest average without groups, or two highest at once: never half answered; a
        # hire date compared between groups: on average, or the longest-serving person?
        ("who has the longest average tenure", ["longest"]),
        ("do interns or contractors have longer tenure", ["longer tenure"]),
        ("who joined earlier, interns or contractors", ["earlier"]),
        # "comp" is pay
        ("what's avg comp for sales reps", ["comp"]),
        ("which dept has the longest average tenure and the most people", ["most"]),
        ("how many employees per state", ["state"]),
    ],
)
def test_adversarial_probes_are_refused(question: str, words: list[str]) -> None:
    assert_refusal_names(question, words)


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("first name is Mark or Albert", "first name Mark or first name Albert"),
        ("who was the first person ever to join Sales", "the earliest hire in Sales"),
        ("the last person to be hired in HR", "the newest hire in HR"),
        ("last name Welch and King", "last name Welch or last name King"),
        ("how many hired 2015 to date", "how many hired since 2015"),
        ("hired in march april or may", "hired in march, april or may"),
        (
            "how many employees, excluding contractors, are in Sales",
            "how many in Sales except contractors",
        ),
        (
            "who shares a last name with at least one other employee",
            "who shares a last name with someone else",
        ),
        ("the difference between hires in 2014 and 2016", "hires in 2014 vs 2016"),
        ("list interns from oldest to newest", "list interns sorted by hire date"),
        ("interns in reverse chronological order", "interns sorted by hire date descending"),
        ("how many hired in or after 2020", "how many hired since 2020"),
        ("interns showing their title", "interns with their title"),
        ("last name containing the word son", "last name contains son"),
        ("who will hit their 5 year anniversary next year", "who reaches 5 years next year"),
        ("how many managers total across all depts", "how many managers"),
        ("the median tenure in years, as of today", "the median tenure"),
        ("how many whose hire date falls on 29 February", "how many hired on 29 February"),
        (
            "how many hired in the last 5 years, counting from today",
            "how many hired in the last 5 years",
        ),
        ("is Leopold Johnston assistant or not?", "is Leopold Johnston an assistant"),
        ("which is the quantity of interns", "how many interns"),
        ("who is joined to company in 2019", "who was hired in 2019"),
        ("hired from 2015 until 2017, both years included", "hired from 2015 to 2017 inclusive"),
        ("how many hired in the 2010s decade", "how many hired in the 2010s"),
        (
            "how long time has Leopold Johnston worked here",
            "how long has Leopold Johnston worked here",
        ),
        (
            "how many people are in the department of Leopold Johnston",
            "how many in Leopold Johnston's department",
        ),
    ],
)
def test_adversarial_probes_answered_as_meant(question: str, same_as: str) -> None:
    assert parse(question) == parse(same_as)


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("hired on the first of May", 501),
        ("first and last names of people hired on the 1st of March", 301),
    ],
)
def test_the_first_of_a_month_is_a_day(question: str, day: int) -> None:
    (condition,) = parse(question).filters
    assert isinstance(condition, DatePartFilter)
    assert condition.values == (day,)


def test_a_full_name_starts_with_its_first_name() -> None:
    (condition,) = parse("full name starts with Z").filters
    assert condition == TextFilter("full_name", "starts", "z", shown="Z")


def test_a_column_word_before_the_values_it_excludes_only_names_them() -> None:
    people = parse("how many people in departments other than HR")
    assert people == QueryPlan((dept("HR", negated=True),), Count())
    departments = parse("how many departments other than HR")
    assert departments.shape == CountDistinct("department")


def test_a_persons_hire_year_and_tenure_asked_in_other_words() -> None:
    assert parse("what year did Leopold Johnston join") == parse("when did Leopold Johnston join")
    assert parse("tenure of Leopold Johnston") == parse("how long has Leopold Johnston been here")
    assert_refusal_names("tenure for engineers", ["tenure for"])  # each one's, or the average?


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("Did Engineering or Product hire more in 2020?", "Engineering vs Product hires in 2020"),
        ("sales or marketing, which has more people", "sales vs marketing"),
        ("wat dept is Leopold Johnston in", "what dept is Leopold Johnston in"),
        ("emp count by title", "employee count by title"),
        ("very first person hired into Sales", "first person hired in Sales"),
        ("average tenure across the whole company", "average tenure"),
        (
            "What fraction of 2022 hires went to Customer Service?",
            "what percentage of 2022 hires are in Customer Service",
        ),
    ],
)
def test_chat_words_and_a_comparison_said_after_the_groups(question: str, same_as: str) -> None:
    assert parse(question) == parse(same_as)


def test_a_column_shared_with_someone_else_or_with_a_named_person() -> None:
    (shared,) = parse("who shares a last name with someone else").filters
    assert shared == SameAsFilter("last_name", None)
    assert parse("which employees share a last name") == parse(
        "employees with the same last name as someone else"
    )
    assert parse("who shares a department with Leopold Johnston") == parse(
        "who has the same department as Leopold Johnston"
    )
    (day,) = parse("who shares a hire date with someone else").filters
    assert day == SameDayFilter(None)
    sql = render_sql(parse("how many people share a first name"), "sqlite")
    assert "first_name IN (SELECT first_name FROM employees GROUP BY first_name HAVING" in sql


def test_not_the_same_as_a_person_still_leaves_the_person_out() -> None:
    sql = render_sql(parse("who is not in the same department as Leopold Johnston"), "sqlite")
    assert sql.count("NOT (") == 2  # not the department, and not Leopold Johnston either
    assert "WHERE NOT (department IN (SELECT department FROM employees WHERE" in sql


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("people whose last name is not Smith or King", "people not with last name Smith or King"),
        ("surname other than Smith", "last name not Smith"),
        ("people with last name Smith or named King", "last name Smith or named King"),
        ("hired in 2019 and after Leopold Johnston", "hired in 2019 after Leopold Johnston"),
    ],
)
def test_negated_names_keep_their_column_and_and_after_a_person_is_a_bound(
    question: str, same_as: str
) -> None:
    assert parse(question) == parse(same_as)


def test_a_name_said_after_or_named_is_anyone_with_that_name() -> None:
    (either,) = parse("people with last name Smith or named King").filters
    assert either == AnyOf(
        (
            TextFilter("last_name", "equals", "smith", shown="Smith"),
            TextFilter("any_name", "equals", "king", shown="King"),
        )
    )


def test_bottom_n_groups_and_people_with_a_column_of_theirs() -> None:
    bottom = parse("bottom 2 departments by headcount").shape
    assert bottom == GroupCount("department", order=(OrderKey("count"),), limit=2)
    listed = parse("the Presidents hired in 2019 with their departments").shape
    assert listed == PeopleList(fields=("first_name", "last_name", "department"))
    assert parse("what share of all employees sit in Accounting") == parse(
        "what percentage of employees are in Accounting"
    )


def test_relative_periods_and_short_years() -> None:
    assert date_bounds("who was hired within the last year") == (
        dt.date(2023, 1, 15),
        TODAY,
    )
    assert date_bounds("who was hired the previous year") == (
        dt.date(2023, 1, 1),
        dt.date(2023, 12, 31),
    )
    assert date_bounds("hired in Jan '19") == (dt.date(2019, 1, 1), dt.date(2019, 1, 31))


def test_a_count_of_nothing_named_is_refused_but_headcount_is_everyone() -> None:
    assert_refusal_names("how many?", ["how many"])
    assert parse("headcount?") == parse("how many employees")
    assert parse("total headcount") == parse("how many employees")


def test_a_name_that_is_also_a_topic_and_chat_openings() -> None:
    names = DirectoryNames(
        first=frozenset({"gay"}), last=frozenset({"lakin"}), people=frozenset({("gay", "lakin")})
    )
    plan = parse_question("What department is Gay Lakin in?", today=TODAY, names=lambda: names)
    assert plan.filters == (TextFilter("full_name", "equals", "gay lakin", shown="Gay Lakin"),)
    with pytest.raises(OutOfData):
        parse_question("is anyone gay", today=TODAY, names=lambda: names)
    assert parse("Thank you! One more: how many interns were hired in 2013?") == parse(
        "how many interns were hired in 2013"
    )
    assert parse("hires per department in 2019, sorted high to low") == parse(
        "hires per department in 2019, most first"
    )
    assert_refusal_names("Show me the data for the team.", ["team"])


def test_each_ones_column_lists_the_people() -> None:
    assert parse("each engineer's title").shape == PeopleList(
        fields=("first_name", "last_name", "title")
    )
    assert parse("what titles do engineers have").shape == DistinctValues("title")


@pytest.mark.parametrize(
    ("question", "groups", "condition"),
    [
        ("does Sales have more people than Marketing", ("Sales", "Marketing"), None),
        ("does HR have more VPs than Accounting", ("HR", "Accounting"), "Vice-President"),
        ("sales team size vs marketing team size", ("Sales", "Marketing"), None),
        ("Sales headcount vs Marketing headcount", ("Sales", "Marketing"), None),
        ("which is bigger, sales or marketing", ("Sales", "Marketing"), None),
        ("Sales vs Marketing headcount - which one is bigger?", ("Sales", "Marketing"), None),
        ("which has more VPs, accounting or HR?", ("Accounting", "HR"), "Vice-President"),
        ("which has fewer interns: HR or Sales?", ("HR", "Sales"), "Intern"),
        ("which department has more people, sales or hr", ("Sales", "HR"), None),
        ("is Sales bigger than Marketing?", ("Sales", "Marketing"), None),
        ("is HR smaller than Sales", ("HR", "Sales"), None),
    ],
)
def test_two_groups_compared_however_the_comparison_is_said(
    question: str, groups: tuple[str, ...], condition: str | None
) -> None:
    plan = parse(question)
    assert plan.shape == GroupCount("department", compared=2)
    assert dept(*groups) in plan.filters
    assert (title(condition) in plan.filters) if condition else len(plan.filters) == 1


def test_a_superlative_next_to_another_grouping_does_not_compare_the_groups_listed() -> None:
    plan = parse("most common title in sales or marketing")
    assert plan.shape == GroupCount("title", extreme="max")
    assert plan.filters == (dept("Sales", "Marketing"),)


@pytest.mark.parametrize(
    ("question", "keys"),
    [
        ("count of employees by department and title", ("department", "title")),
        ("headcount by department and title", ("department", "title")),
        ("headcount by dept, title", ("department", "title")),
        ("count by title, department", ("title", "department")),
        ("number of hires per year per department", ("hire_year", "department")),
        ("how many of each title in each department", ("title", "department")),
        ("email provider split per department", ("email_domain", "department")),
    ],
)
def test_counts_per_pair_of_groups(question: str, keys: tuple[str, str]) -> None:
    assert parse(question).shape == CrossCount(*keys)  # type: ignore[arg-type]


def test_tenure_said_after_the_number_or_with_ago() -> None:
    at_least = [(None, dt.date(2016, 12, 2))]
    for question in (
        "who has been here 10 years or more",
        "engineers hired 10+ years ago",
        "hired at least 10 years ago",
        "employees with 10 or more years of service",
    ):
        assert dates(parse(question, today=dt.date(2026, 12, 2))) == at_least, question
    at_most = dates(parse("staff with 5 years or less tenure", today=dt.date(2026, 12, 2)))
    assert at_most == [(dt.date(2021, 12, 2), None)]


def test_name_lengths_and_initials() -> None:
    assert parse("last names longer than 8 letters").filters == (LengthFilter("last_name", ">", 8),)
    assert parse("who has the longest last name").shape == LengthExtreme("last_name", True)
    assert parse("shortest first name in Sales").shape == LengthExtreme("first_name", False)
    for question in (
        "first and last name start with the same letter",
        "employees whose initials are the same",
        "how many people have matching initials",
    ):
        assert parse(question).filters == (SameInitialsFilter(),), question


@pytest.mark.parametrize(
    ("question", "bounds"),
    [
        ("hired since the start of 2019", (dt.date(2019, 1, 1), None)),
        ("hired after the beginning of 2019", (dt.date(2019, 1, 1), None)),
        ("hired before the start of 2019", (None, dt.date(2018, 12, 31))),
        ("hired before the end of 2018", (None, dt.date(2018, 12, 31))),
        ("hired on or before the end of 2018", (None, dt.date(2018, 12, 31))),
        ("hired after the end of 2020", (dt.date(2021, 1, 1), None)),
        ("how many hired in twenty twenty", (dt.date(2020, 1, 1), dt.date(2020, 12, 31))),
        ("hired in nineteen ninety-nine", (dt.date(1999, 1, 1), dt.date(1999, 12, 31))),
    ],
)
def test_the_edges_of_a_period_and_years_said_in_words(
    question: str, bounds: tuple[dt.date | None, dt.date | None]
) -> None:
    assert dates(parse(question)) == [bounds]


def test_the_start_of_a_period_alone_says_no_day() -> None:
    refusal("who was hired at the start of 2019")


def test_harmless_words_and_counts_said_after_the_number() -> None:
    assert parse("which last names appear 4 or more times").shape == GroupCount(
        "last_name", having=Having(">=", 4)
    )
    assert parse("how big is engineering").shape == Count()
    assert parse("which month do we usually hire the most people in").shape == GroupCount(
        "hire_month", extreme="max"
    )
    assert parse("total headcount of managers and presidents together").filters == (
        title("Manager", "President"),
    )


def test_phrasings_from_the_sixth_round_of_probes() -> None:
    assert parse("which year saw the highest number of hires").shape == GroupCount(
        "hire_year", extreme="max"
    )
    ranked = parse("rank the departments by number of hires in 2022").shape
    assert ranked == GroupCount("department", order=(OrderKey("count", True),))
    assert dates(parse("how many employees have a tenure of less than 5 years")) == [
        (dt.date(2019, 1, 16), None)
    ]
    fraction = parse("what fraction of Engineering employees were hired before 2015")
    assert fraction.filters == (dept("Engineering"),)
    assert isinstance(fraction.shape, Share)
    hotmail = parse("what proportion of email addresses are at hotmail.com")
    assert hotmail.shape == Share(
        (TextFilter("email", "ends", "@hotmail.com", shown="hotmail.com"),)
    )
    assert parse("hc by dept").shape == GroupCount("department")
    assert parse("how many diff titles r there").shape == CountDistinct("title")
    assert parse("oldest hire in accounting").shape == HireExtreme(latest=False)


def test_a_time_counted_from_a_persons_hire_date_is_refused() -> None:
    refusal("who was hired within a year of Leopold Johnston")
    assert parse("what year did Leopold Johnston join").shape == PeopleList(
        fields=("first_name", "last_name", "hire_date")
    )


def test_hire_dates_themselves_both_or_per_group() -> None:
    assert parse("earliest and latest hire dates in Marketing").shape == HireDates(None, True, True)
    assert parse("for each department, the earliest and latest hire date").shape == HireDates(
        "department", True, True
    )
    assert parse("latest hire date by title").shape == HireDates("title", False, True)
    assert parse("first and last hire date for each title").shape == HireDates("title", True, True)
    assert parse("earliest hire date per department").shape == HireDates("department", True, False)
    assert parse("when was the most recent hire in each department").shape == HireDates(
        "department", False, True
    )
    assert parse("who was the most recent hire in each department").shape == GroupHireExtreme(
        "department", True
    )
    refusal("the newest and the earliest hire per department")  # two per group: one at a time


def test_yes_or_no_about_a_named_person() -> None:
    plan = parse("is Leopold Johnston a manager?")
    assert plan.shape == PersonCheck((title("Manager"),))
    assert plan.filters == (
        TextFilter("full_name", "equals", "leopold johnston", shown="Leopold Johnston"),
    )
    assert parse("was Leopold Johnston hired before 2015").shape == PersonCheck(
        (DateFilter(None, dt.date(2014, 12, 31), "before 2015"),)
    )
    # Without the article, the word after a name is still what they have: refused.
    refusal("Leopold Johnston manager")


def test_groups_without_someone_and_names_counted_both_ways() -> None:
    assert parse("which departments don't have interns") == QueryPlan(
        (title("Intern"),), GroupCount("department", having=Having("=", 0))
    )
    assert parse("which departments did not hire anyone in 2023").shape == GroupCount(
        "department", having=Having("=", 0)
    )
    assert parse("which departments have employees hired in 2023").shape == DistinctValues(
        "department"
    )
    assert parse("how many last names start with B").shape == CountDistinct(
        "last_name", people_too=True
    )


def test_a_ratio_of_two_groups_compares_them() -> None:
    assert parse("what's the ratio of interns to managers").shape == GroupCount("title", compared=2)
    assert parse("what ratio of engineers are managers").shape == Share((title("Manager"),))
    headcounts = parse("What's the ratio of Engineering headcount to Product headcount?")
    assert headcounts.shape == GroupCount("department", compared=2)
    teams = parse("Is the Product team bigger than the HR team?")
    assert teams.shape == GroupCount("department", compared=2)


def test_a_range_of_months_without_a_year_is_those_months_of_any_year() -> None:
    (months,) = parse("hired from march to june").filters
    assert months == DatePartFilter("month", (3, 4, 5, 6), "from March to June (any year)")
    (winter,) = parse("hired from november to february").filters
    assert isinstance(winter, DatePartFilter)
    assert winter.values == (11, 12, 1, 2)
    assert dates(parse("hired between March and June 2021")) == [
        (dt.date(2021, 3, 1), dt.date(2021, 6, 30))
    ]


def test_distinct_values_per_group_and_anniversaries_this_month() -> None:
    assert parse("for each department, how many distinct titles are represented").shape == (
        CountDistinct("title", per="department")
    )
    assert dates(parse("whose 10 year work anniversary is this month")) == [
        (dt.date(2014, 1, 1), dt.date(2014, 1, 31))
    ]


def test_who_of_two_people_has_been_here_longer() -> None:
    assert parse("who has been here longer, Leopold Johnston or Jailyn McClure").shape == (
        HireExtreme(latest=False)
    )
    assert parse("who was hired later, Leopold Johnston or Jailyn McClure").shape == (
        HireExtreme(latest=True)
    )
    assert dates(parse("who has been here longer than 10 years")) == [(None, dt.date(2014, 1, 14))]


def test_phrasings_from_the_last_probes() -> None:
    refusal("which first names are also somebody's last name")  # whose? never all names
    assert parse("how many first names are exactly 4 letters long").shape == CountDistinct(
        "first_name", people_too=True
    )
    assert parse("across all years, which month do we typically hire the most people in").shape == (
        GroupCount("hire_month", extreme="max")
    )


def test_nobody_asks_for_the_groups_with_none() -> None:
    assert parse("which titles had nobody hired in 2020").shape == GroupCount(
        "title", having=Having("=", 0)
    )
    refusal("is nobody in sales a manager")  # never "people not in Sales"
    assert dates(parse("hired between the start of 2015 and the end of 2016")) == [
        (dt.date(2015, 1, 1), dt.date(2016, 12, 31))
    ]


def test_a_range_of_months_that_restates_a_season_is_said_once() -> None:
    assert (
        parse("who joined in summer 2021 (june to august)").filters
        == parse("who joined in summer 2021").filters
    )
    assert (
        parse("hires during the summer months (June to August)").filters
        == parse("hires in summer").filters
    )


def test_a_day_of_any_month() -> None:
    (first,) = parse("how many employees were hired on the first day of a month").filters
    assert first == DatePartFilter("day", (1,), "on day 1 of a month (any month)")
    (fifteenth,) = parse("who was hired on the 15th of the month").filters
    assert isinstance(fifteenth, DatePartFilter)
    assert fifteenth.values == (15,)


def test_a_first_name_in_the_plural_in_either_case() -> None:
    (named,) = parse("how many leopolds do we have").filters
    assert named == TextFilter("any_name", "equals", "leopold", shown="leopold")
    (named,) = parse("how many Leopolds are there").filters
    assert named == TextFilter("any_name", "equals", "leopold", shown="Leopold")
    refusal("who are the kings of sales")  # after an article, an ordinary word


def test_groups_of_a_name_and_a_comparison_with_groups_added_up() -> None:
    refusal("which departments have no leopolds")  # a list of the other people was no answer
    assert isinstance(parse("list employees not in Sales with their departments").shape, PeopleList)
    refusal("is engineering bigger than marketing and sales combined")
    assert parse("count the assistants and associates together").shape == Count()


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("Till date how many persons joined in HR?", "how many people joined in HR"),
        ("Sorry for disturbing, how many interns?", "how many interns"),
        ("Please do the needful: how many interns?", "how many interns"),
        ("Please send me department wise count of contractors", "contractors per department"),
        ("Title with the lowest HC", "title with the fewest employees"),
        ("% split of HC by department", "percentage of employees per department"),
        ("How many JEs in Accounting?", "how many junior executives in Accounting"),
        ("whose been here the shortest in engineering", "the newest engineer"),
        ("which month of year we hire the most?", "which month of the year has the most hires"),
        ("How many hires landed on a weekend?", "how many hires on a weekend"),
        ("Share of all hires that fell in Q1", "share of hires in Q1"),
        ("Everyone with first name Mark, all columns", "everyone with first name Mark, all fields"),
        ("when was the last time we hired someone in HR", "when was the most recent hire in HR"),
        ("Which e-mail domain is used most?", "which e-mail domain is the most common"),
        ("cnt interns hired after 2020", "count of interns hired after 2020"),
        ("ugh how many interns", "how many interns"),
        ("Which Abteilung has the most Mitarbeiter?", "which department has the most employees"),
        ("average Betriebszugehörigkeit per Abteilung", "average tenure per department"),
        ("hired in März 2020", "hired in March 2020"),
        ("how many bods have we got in accounts", "how many people in Accounting"),
        ("which first names crop up more than twice", "which first names appear more than twice"),
        ("hires per calendar quarter", "hires per quarter"),
        ("departments that have no more than 70 employees", "departments with at most 70 people"),
        ("departments that have no fewer than 70 employees", "departments with at least 70 people"),
        ("2015 cohort broken down by title", "hires in 2015 per title"),
        ("how much medewerkers works on the afdeling Engineering", "how many engineers"),
        ("how much people came in dienst in the year 2015", "how many were hired in 2015"),
        ("what is the function of Leopold Johnston", "what is the title of Leopold Johnston"),
        ("how much different last names are there", "how many different last names"),
        ("who is the most long employed Manager", "who is the longest employed manager"),
        ("hiring pace 2022 vs 2021", "hires 2022 vs 2021"),
        ("how many employés hired depuis 2020", "how many employees hired since 2020"),
        ("how many hired entre 2015 et 2017", "how many hired between 2015 and 2017"),
        ("how many embauches per année", "how many hires per year"),
        ("hired on a weekend (samedi ou dimanche)", "hired on a weekend (Saturday or Sunday)"),
        ("the employé with the longest prénom", "the employee with the longest first name"),
        ("which month has seen the most hires, taking all years together", "hires per month, most"),
        (
            "which e-mail domain is most commonly used among Presidents",
            "which e-mail domain is most common among Presidents",
        ),
        ("departments where contractors exceed 10", "departments with more than 10 contractors"),
    ],
)
def test_everyday_and_second_language_phrasings(said: str, plainly: str) -> None:
    assert parse(said) == parse(plainly)


def test_anyone_else_asks_about_anyone_and_others_alone_is_refused() -> None:
    (day,) = parse("did anyone else start the same day as Leopold Johnston").filters
    assert day == SameDayFilter(("leopold", "johnston"), "Leopold Johnston")
    assert parse("is anybody else in Sales").filters == (dept("Sales"),)
    (shared,) = parse("who shares a last name with anyone else").filters
    assert shared == SameAsFilter("last_name", None)
    refusal("what percent of others are interns")  # others than whom?


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("what's the split between sales, marketing and hr", "compare Sales, Marketing and HR"),
        ("headcount split between interns and contractors", "compare interns and contractors"),
        ("the split between gmail, yahoo and hotmail", "compare gmail, yahoo and hotmail"),
    ],
)
def test_a_split_between_groups_counts_each(question: str, same_as: str) -> None:
    assert parse(question) == parse(same_as)


def test_a_split_between_years_is_refused_not_read_as_a_range() -> None:
    refusal("split between 2019 and 2020 hires")  # each year, or the years from 2019 to 2020?


def test_a_tenure_range_with_a_dash_is_from_to() -> None:
    assert parse("employees with 5-10 years of tenure") == parse(
        "employees with 5 to 10 years of tenure"
    )


@pytest.mark.parametrize(
    "question", ["headcount by year of hire", "headcount by hire year", "headcount by start year"]
)
def test_a_headcount_by_a_year_said_to_be_of_hire_is_answered(question: str) -> None:
    plan = parse(question)
    assert plan.shape == GroupCount("hire_year")
    refusal("headcount per year")  # employed then, or hired then?


def test_a_total_said_after_a_count_is_the_same_count() -> None:
    assert parse("how many VPs total") == parse("how many VPs")
    assert_refusal_names("how many interns, how many total", ["how many"])  # two questions


def test_the_year_of_the_latest_or_first_hire_is_its_date() -> None:
    assert parse("what year was the most recent HR hire").shape == HireDateBound(True)
    assert parse("which month was our earliest hire").shape == HireDateBound(False)
    assert parse("employees hired last year").shape == PeopleList()  # "last" is no superlative


@pytest.mark.parametrize(
    "question",
    [
        "managers hired after 2020 in any dept",
        "managers hired after 2020 in all departments",
        "managers hired after 2020 from any department",
        "managers hired after 2020 regardless of department",
    ],
)
def test_any_or_all_of_a_group_is_no_condition(question: str) -> None:
    assert parse(question) == parse("managers hired after 2020")


def test_values_found_in_all_groups_are_refused() -> None:
    assert_refusal_names("what titles exist in all departments", ["in all departments"])


@pytest.mark.parametrize(
    "question",
    ["delete all interns", "update Leopold Johnston's title to Manager", "add a new employee"],
)
def test_a_request_to_change_the_directory_is_refused_as_read_only(question: str) -> None:
    with pytest.raises(OutOfData) as raised:
        parse(question)
    assert raised.value.topic == CHANGES
    assert out_of_data_message(raised.value).startswith("This service only reads the directory")


def test_the_oldest_ranked_by_hire_date_are_the_earliest_hired() -> None:
    plan = parse("oldest 10 employees by hire date")
    assert plan.shape == PeopleList(order=(OrderKey("hire_date"),), limit=10)
    assert parse("oldest employee by hire date").shape == HireExtreme(latest=False)
    with pytest.raises(OutOfData):
        parse("oldest employee")


def test_joined_or_started_splits_a_share_like_were_hired() -> None:
    joined = parse("what share of engineers joined before 2015")
    assert joined == parse("what share of engineers were hired before 2015")
    per = parse("what percentage of interns in each department joined after 2020")
    assert per.filters == (title("Intern"),)
    assert isinstance(per.shape, Share)
    assert per.shape.key == "department"
    # Of all hired before 2015, or of the engineers? Both are given.
    both = parse("what share of engineers hired before 2015").shape
    assert isinstance(both, Share)
    assert both.each_whole


def test_a_quarter_said_in_words_before_a_relative_year_is_that_quarter_of_it() -> None:
    assert parse("people hired in the first quarter of last year") == parse(
        "people hired in Q1 of last year"
    )
    assert parse("hires in the first quarter of 2022") == parse("hires in Q1 2022")


@pytest.mark.parametrize(
    ("question", "same_as"),
    [
        ("HC excl. interns and contractors", "headcount excluding interns and contractors"),
        ("# hires Jan-Mar 2020", "number of hires Jan-Mar 2020"),
        ("Sales HC vs Mktg HC - diff?", "Sales HC vs Mktg HC"),
        ("gmail vs yahoo vs hotmail split", "gmail vs yahoo vs hotmail"),
        ("depts with >70 HC", "departments with more than 70 employees"),
        ("interns hired in 2023 - names pls", "names of interns hired in 2023"),
        ("what is the difference between sales and hr", "compare sales and hr"),
    ],
)
def test_business_shorthand(question: str, same_as: str) -> None:
    assert parse(question) == parse(same_as)


def test_a_dash_before_a_word_that_is_no_date_is_a_pause() -> None:
    assert dates(parse("hired March - June 2021")) == [(dt.date(2021, 3, 1), dt.date(2021, 6, 30))]


def test_a_part_as_a_percentage_of_a_whole() -> None:
    plan = parse("contractors as a percentage of engineering")
    assert plan.filters == (dept("Engineering"),)
    assert plan.shape == Share((title("Contractor"),))
    assert parse("contractors as % of Eng HC") == plan
    assert parse("interns as a % of the company").shape == Share((title("Intern"),))


def test_top_n_hiring_months_are_the_busiest() -> None:
    assert parse("top 3 hiring months in 2019") == parse("the 3 busiest hiring months in 2019")
    assert parse("top 3 departments for hiring in 2022") == parse(
        "the 3 departments with the most hires in 2022"
    )


def test_hired_on_the_15th_is_that_day_of_any_month() -> None:
    (day,) = parse("how many people were hired on the 15th").filters
    assert day == DatePartFilter("day", (15,), "on day 15 of a month (any month)")
    (march,) = parse("hired on the 15th of March").filters
    assert isinstance(march, DatePartFilter)
    assert march.part == "monthday"


def test_different_names_are_counted_both_ways_like_names() -> None:
    plan = parse("how many different last names start with B")
    assert plan == parse("how many last names start with B")
    assert plan.shape == CountDistinct("last_name", people_too=True)


def test_who_else_in_a_named_persons_department_leaves_them_out() -> None:
    (same,) = parse("who else is in Leopold Johnston's department").filters
    assert same == SameAsFilter("department", ("leopold", "johnston"), "Leopold Johnston")


def test_a_groups_share_of_the_headcount_is_each_groups_share() -> None:
    assert parse("dept share of headcount").shape == GroupCount("department", share=True)
    assert parse("dept share of headcount") == parse("share of headcount by department")


def test_from_a_window_up_to_today_is_that_window() -> None:
    assert parse("list the hires from the last 30 days") == parse(
        "list the hires in the last 30 days"
    )
    refusal("people hired from 2020")  # during 2020, or since?


def test_hires_from_a_year_are_the_hires_of_that_year() -> None:
    assert parse("hires from 2020") == parse("hires in 2020")
    assert parse("Engineering new hires from March 2021") == parse(
        "Engineering new hires in March 2021"
    )
    assert parse("hires from 2020 onwards") == parse("hires since 2020")


def test_assoc_is_an_associate() -> None:
    assert parse("how many assocs in hr").filters == (title("Associate"), dept("HR"))


def test_the_whole_team_and_all_the_titles_are_the_team_and_the_titles() -> None:
    assert parse("emails for the whole marketing team") == parse("emails for the marketing team")
    assert parse("what are all the different job titles") == parse("what are the job titles")
    refusal("are all the engineers in sales")  # a yes or no about everyone: not supported


def test_hires_by_two_keys_are_counted_per_pair() -> None:
    assert parse("hires by department and year").shape == CrossCount("department", "hire_year")
    assert parse("hires by year and quarter").shape == CrossCount("hire_year", "hire_quarter")
    assert parse("staff by department and title").shape == PeopleList(
        order=(OrderKey("department"), OrderKey("title"))
    )


@pytest.mark.parametrize(
    "question",
    [
        "hey folks, whats Leopold Johnston's title? sorry if this is a dumb q lol",
        "hey guys, what's Leopold Johnston's department?",
    ],
)
def test_a_greeting_to_people_never_turns_a_persons_title_into_everyone_with_it(
    question: str,
) -> None:
    """Round CF: "folks" in a greeting made "X's title" the people with that title."""
    try:
        plan = parse(question)
    except (NotUnderstood, OutOfData):
        return  # refused: safe
    assert not any(isinstance(f, SameAsFilter) for f in plan.filters)


def test_a_persons_work_anniversary_and_milestones() -> None:
    assert parse("when's Leopold Johnston's work anniversary?") == parse(
        "when is Leopold Johnston's hire date"
    )
    assert parse("who hits their 5 year mark next year?") == parse(
        "whose 5 year anniversary is next year"
    )


@pytest.mark.parametrize(
    "question",
    [
        "who's Leopold Johnston's department",
        "who is Leopold Johnston, and Leopold Johnston's title",
    ],
)
def test_who_is_before_a_persons_group_does_not_ask_for_its_people(question: str) -> None:
    try:
        plan = parse(question)
    except (NotUnderstood, OutOfData):
        return  # refused: safe
    assert not any(isinstance(f, SameAsFilter) for f in plan.filters)


def test_mark_is_a_year_mark_only_after_a_number_of_years() -> None:
    """Round CF at first sight answered "what year did mark torp join"; "year mark" as a phrase
    had made "mark" a known word, no longer a name."""
    names = DirectoryNames(first=NAMES.first, last=NAMES.last | {"torp"})
    plan = parse_question("what year did mark torp join", today=TODAY, names=lambda: names)
    assert plan.filters == (TextFilter("full_name", "equals", "mark torp", shown="mark torp"),)
    assert parse("who hits their 5 year mark next year?") == parse(
        "whose 5 year anniversary is next year"
    )


@pytest.mark.parametrize("question", ["people in the legal dept", "how many in the IT department"])
def test_a_department_the_directory_lacks_is_refused_with_the_ones_it_has(question: str) -> None:
    refused = refusal(question)
    assert "no such department" in refused.reason
    assert "Accounting" in refused.reason


def test_an_unknown_word_before_a_column_without_values_is_refused_plainly() -> None:
    """ "hyphenated names": names have no list of values to offer instead."""
    refused = refusal("employees with hyphenated names")
    assert refused.words == ["hyphenated"]
    assert refused.reason == ""


@pytest.mark.parametrize(
    ("chatty", "plain"),
    [
        ("now how many people were hired in 2016?", "how many people were hired in 2016"),
        ("Is it true that we have more VPs than managers?", "more VPs than managers"),
        ("I'd like to know the average tenure", "average tenure"),
        ("i want to see the interns in sales", "interns in sales"),
    ],
)
def test_lead_ins_that_ask_nothing_more_are_read_through(chatty: str, plain: str) -> None:
    assert parse(chatty) == parse(plain)


def test_now_after_a_hire_word_still_names_a_day() -> None:
    assert_refusal_names("who was hired now", ["now"])


def test_emoji_around_a_question_change_nothing() -> None:
    assert parse("how many engineers??? 🤔") == parse("how many engineers")
    assert parse("👋 who's in HR") == parse("who is in HR")


def test_with_the_same_column_and_no_one_named_is_a_shared_value() -> None:
    assert parse("people with the same first name") == parse("duplicate first names")
    assert parse("employees with the same hire date") == parse("who shares a hire date")
    assert parse("people with the same title as Leopold Johnston") == parse(
        "who has the same title as Leopold Johnston"
    )


def test_usually_asks_for_the_most_common() -> None:
    assert parse("which weekday are interns usually hired on") == parse(
        "which weekday are the most interns hired on"
    )
    assert parse("what month do people typically start") == parse(
        "which month do the most people start"
    )


def test_contact_is_the_e_mail_and_a_contact_number_is_not_recorded() -> None:
    assert parse("contact list for hr") == parse("emails of everyone in hr")
    assert parse("give me a roster of the marketing team") == parse("list the marketing team")
    assert_refusal_names("contact number for albert pfeffer", ["contact number"])
    assert_refusal_names("who is the contact person in hr", ["contact person"])  # a role


def test_new_employees_are_new_hires_and_need_a_period_too() -> None:
    assert parse("new staff in 2023") == parse("new hires in 2023")
    assert_refusal_names("who are the new employees", ["new employees"])


def test_rank_opening_a_question_is_the_verb_and_elsewhere_a_title() -> None:
    assert parse("rank departments by number of interns") == parse(
        "sort departments by number of interns"
    )
    assert parse("rank of Albert Pfeffer") == parse("title of Albert Pfeffer")


def test_over_the_years_is_per_hire_year_never_a_tenure() -> None:
    """ "over" is "more than" elsewhere: "hires over the years" was once read as more than a
    year of service."""
    assert parse("hires over the years") == parse("hires per year")
    assert parse("hiring trend over time") == parse("hires per year")
    assert parse("employees with over 5 years") == parse("employees with more than 5 years")


def test_on_a_named_persons_hire_date_is_the_same_day_as_them() -> None:
    """Once answered with the person alone: "who else" and "started on" were dropped."""
    same_day = parse("who joined the same day as Leopold Johnston")
    assert parse("who else started on Leopold Johnston's start date") == same_day
    assert parse("who has Leopold Johnston's hire date") == same_day
    assert parse("what is Leopold Johnston's start date") != same_day  # their own date


@pytest.mark.parametrize("bug", [AssertionError, IndexError, TypeError])
def test_a_reading_that_fails_an_internal_check_is_refused_and_logged(
    bug: type[Exception], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def failing(*args: object) -> None:
        raise bug

    monkeypatch.setattr("gptbridge.engines.offline.engine.build_plan", failing)
    refusal("how many engineers")  # a refusal for the user, never a 500
    assert "failed a check" in caplog.text  # and the traceback for the operator


def test_a_bound_said_out_of_place_is_refused() -> None:
    refusal("employees with a tenure between 3 and years 5")  # was an AssertionError


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("people with last name johnstn", "johnston"),
        ("surname pfefer", "pfeffer"),
        ("whose first name is albrt", "albert"),
    ],
)
def test_a_misspelled_name_after_its_column_is_the_directorys_name(
    question: str, value: str
) -> None:
    (condition,) = parse(question).filters
    assert isinstance(condition, TextFilter)
    assert (condition.op, condition.value) == ("equals", value)


def test_a_name_compared_by_its_start_stays_as_typed() -> None:
    (condition,) = parse("last name starts with johnsto").filters
    assert isinstance(condition, TextFilter)
    assert (condition.op, condition.value) == ("starts", "johnsto")


def test_an_address_ending_in_a_top_level_domain_is_compared_with_its_dot() -> None:
    (condition,) = parse("How many employees have an email ending in .com?").filters
    assert condition == TextFilter("email", "ends", ".com", shown=".com")


@pytest.mark.parametrize(
    "question",
    ["help", "What can you do?", "what columns are there?", "what data do you have about staff?"],
)
def test_help_asked_is_answered_with_what_the_directory_holds(question: str) -> None:
    """Still a refusal (no query runs), saying the columns and choices instead of a word not
    understood; "help me count interns" is a question like any other."""
    with pytest.raises(Unanswerable) as refused:
        OfflineEngine().compose(question, ComposeContext("sqlite", TODAY, 100, Deadline.after(5)))
    said = refused.value.message
    assert said.startswith("I answer questions about the employee directory")
    assert "department (Accounting, Sales" in said
    assert "and hire date." in said


def test_everything_about_someone_is_every_column() -> None:
    """ "tell me everything about Klocko": the e-mail too, which a plain list leaves out."""
    every: tuple[Column, ...] = (
        "first_name",
        "last_name",
        "email",
        "department",
        "title",
        "hire_date",
    )
    assert parse("tell me everything about Leopold Johnston").shape == PeopleList(fields=every)
    assert parse("all info on the interns in HR").shape == PeopleList(fields=every)
    assert parse("Leopold Johnston").shape == PeopleList()


def test_the_same_people_with_every_column_or_their_names_are_one_answer() -> None:
    """ "got anyone name Mark": everyone named Mark, not "it could mean X or X"."""
    assert parse("got anyone name Mark") == parse("anyone named Mark")


def test_name_read_as_a_column_or_with_the_name_after_it_lists_the_same_people() -> None:
    """ "everybody name Mark": "name" a column shown, or said with "Mark"; the same list."""
    plan = parse("give me title and department for everybody name Mark")
    assert plan == parse("title and department of everyone named Mark")


def test_with_a_name_said_before_it_is_a_condition_on_the_name() -> None:
    """ "with name X" names X; "with X" alone could mean X's colleagues, and is refused."""
    asked = parse("is there employee with name Leopold Johnston? what is his title")
    assert asked == parse("is there an employee named Leopold Johnston")
    assert parse("anyone with surname Pfeffer") == parse("anyone whose surname is Pfeffer")
