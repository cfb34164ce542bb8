import itertools

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import (
    AverageTenure,
    Count,
    CountDistinct,
    CrossCount,
    GroupCount,
    Having,
    PeopleList,
    PersonCheck,
    ValueFilter,
)

from .conftest import TODAY, plan_of


def test_conditions_on_one_named_person_are_a_yes_or_no() -> None:
    plan = plan_of("is Albert Pfeffer in Sales")
    assert isinstance(plan.shape, PersonCheck)
    assert plan.shape.conditions == (ValueFilter("department", ("Sales",)),)
    assert len(plan.filters) == 1  # the person alone: their own details are shown


def test_a_named_person_alone_is_looked_up_not_checked() -> None:
    assert isinstance(plan_of("Albert Pfeffer").shape, PeopleList)


def test_groups_with_none_of_them_are_counted_with_zero() -> None:
    plan = plan_of("which departments have no interns")
    assert plan.shape == GroupCount("department", having=Having("=", 0))
    assert plan.filters == (ValueFilter("title", ("Intern",)),)


@pytest.mark.parametrize(
    "question", ["departments with employees not hired in 2023", "is nobody in Sales a manager"]
)
def test_none_said_of_the_others_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_names_counted_give_both_the_people_and_the_names() -> None:
    plan = plan_of("how many last names start with B")
    assert plan.shape == CountDistinct("last_name", people_too=True)


def test_a_month_range_restating_a_season_is_said_once() -> None:
    assert plan_of("hired in summer 2021 (June to August)") == plan_of("hired in summer 2021")
    with pytest.raises(NotUnderstood):  # autumn is not October to December
        plan_of("who joined in autumn 2020 (Oct-Dec)")


@pytest.mark.parametrize(
    "question",
    [
        "how long has Leopold been here",  # a first name several people may share
        "how long has leopold been here",  # lower case, but a person is asked about
        "how long have Leopold Johnston and Jailyn McClure worked here",
    ],
)
def test_the_tenure_of_people_named_is_each_ones(question: str) -> None:
    assert plan_of(question).shape == PeopleList(tenure_on=TODAY)


def test_one_full_name_keeps_its_one_tenure_and_an_average_stays_an_average() -> None:
    assert isinstance(plan_of("how long has Leopold Johnston been here").shape, AverageTenure)
    with pytest.raises(NotUnderstood):  # of several people: say whose
        plan_of("average tenure of people named Leopold")


def test_a_lower_case_first_name_after_the_tenure_of_is_a_person() -> None:
    assert plan_of("whats the tenure of leopold").shape == PeopleList(tenure_on=TODAY)


def test_sharing_a_persons_two_columns_shares_both() -> None:
    both = plan_of("who has the same title and department as Leopold Johnston")
    assert plan_of("who shares Leopold Johnston's title and department") == both
    assert len(both.filters) == 2


@pytest.mark.parametrize(
    "question",
    [
        "employees with Leopold Johnston's title and department",
        "who has the same title as Leopold Johnston and department",
        "who shares a title with Leopold Johnston and her department",
    ],
)
def test_a_second_column_after_a_persons_is_asked_back(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert refused.value.words == ["and"]


def test_a_persons_own_columns_are_shown() -> None:
    plan = plan_of("what is Leopold Johnston's title and department")
    assert plan.shape == PeopleList(fields=("first_name", "last_name", "title", "department"))


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "which other employees were hired in the same year as Leopold Johnston",
            "who was hired in the same year as Leopold Johnston",
        ),
        (
            "how many were hired in the same month and year as Leopold Johnston",
            "how many were hired in the same month as Leopold Johnston",
        ),
    ],
)
def test_words_a_relation_to_a_person_says_already(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    ["how many colleagues does Leopold Johnston have", "who are Leopold Johnston's coworkers"],
)
def test_people_said_of_a_person_are_a_relation_the_directory_lacks(question: str) -> None:
    with pytest.raises(OutOfData):
        plan_of(question)


def test_the_same_column_said_again_is_of_the_same_person() -> None:
    again = plan_of("who is in the same department as Leopold Johnston and has the same title")
    assert again == plan_of("who has the same department and title as Leopold Johnston")


@pytest.mark.parametrize(
    "question",
    [
        "how many presidents and vps",
        "number of Presidents and Vice-Presidents",
        "how many presidents, vps and managers",
    ],
)
def test_values_joined_by_and_are_counted_each_and_added_up(question: str) -> None:
    shape = plan_of(question).shape
    assert isinstance(shape, GroupCount)
    assert (shape.key, shape.total) == ("title", True)
    assert shape.compared == question.count(",") + 2  # each of them


@pytest.mark.parametrize(
    "question",
    [
        "Give me the number of Presidents and Vice-Presidents in each department.",
        "how many interns and contractors per department",
    ],
)
def test_values_joined_by_and_per_group_are_counted_each_per_group(question: str) -> None:
    assert plan_of(question).shape == CrossCount("department", "title")


@pytest.mark.parametrize(
    "question",
    [
        "how many presidents or vps",
        "how many interns and contractors combined",
        "how many interns and contractors together",
    ],
)
def test_values_joined_by_or_or_said_together_are_one_count(question: str) -> None:
    assert plan_of(question).shape == Count()


def test_values_joined_by_or_per_group_stay_one_count_per_group() -> None:
    assert plan_of("presidents or vps per department").shape == GroupCount("department")


def test_how_many_groups_have_none_is_those_groups() -> None:
    assert plan_of("how many departments have no interns at all?") == plan_of(
        "which departments have no interns"
    )


@pytest.mark.parametrize(
    ("question", "key", "count"),
    [
        ("how many employees were hired in 2015, in 2016 and in 2017", "hire_year", 3),
        ("how many engineers were hired in 2019 and 2020", "hire_year", 2),
        ("how many hired in Q1 2021 and Q2 2021", "hire_period", 2),
    ],
)
def test_periods_said_with_and_are_counted_each_and_together(
    question: str, key: str, count: int
) -> None:
    shape = plan_of(question).shape
    assert isinstance(shape, GroupCount)
    assert (shape.key, shape.compared, shape.total) == (key, count, True)


@pytest.mark.parametrize(
    "question", ["how many hires in 2015 or 2016", "how many hired in 2015 and 2016 together"]
)
def test_periods_said_with_or_or_together_are_one_count(question: str) -> None:
    assert plan_of(question).shape == Count()


def test_bands_of_service_that_touch_are_counted_apart() -> None:
    """ "0-5, 5-10 and 10-15 years": someone with exactly 5 years counts once, in "5 to 10"."""
    shape = plan_of("how many employees have been here 0-5 years, 5-10 years and 10-15 years").shape
    assert isinstance(shape, GroupCount)
    assert (shape.key, shape.compared, shape.total) == ("hire_period", 3, True)
    bands = sorted(shape.periods, key=lambda band: str(band.start))
    assert [band.label for band in bands] == [
        "with 10 to 15 years of service",
        "with 5 to under 10 years of service",
        "with 0 to under 5 years of service",
    ]
    for earlier, later in itertools.pairwise(bands):
        assert later.start is not None
        assert earlier.end is not None
        assert (later.start - earlier.end).days == 1


@pytest.mark.parametrize(
    "question",
    [
        "how many employees have been here 0-5 years, 5-10 years and more than 10 years",
        "how many have less than 5 years, 5-10 years and more than 10 years of service",
        "how many were hired before 2012 and after 2022",
    ],
)
def test_open_periods_that_cannot_both_hold_joined_by_and_are_each(question: str) -> None:
    shape = plan_of(question).shape
    assert isinstance(shape, GroupCount)
    assert shape.key == "hire_period"
    assert shape.total


@pytest.mark.parametrize(
    "question",
    ["how many were hired after 2015 and before 2018", "hired before 2012 or after 2022"],
)
def test_open_periods_that_overlap_or_are_said_with_or_are_one_condition(question: str) -> None:
    assert not isinstance(plan_of(question).shape, GroupCount)


@pytest.mark.parametrize(
    "said",
    [
        "how many were hired in 2019 (from 1 Jan 2019 to 31 Dec 2019 inclusive)",
        "how many hired in 2019, i.e. between 2019-01-01 and 2019-12-31",
    ],
)
def test_the_same_days_said_again_are_one_condition(said: str) -> None:
    assert plan_of(said) == plan_of("how many were hired in 2019")


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("how many hired in summer and winter", "hire_season"),
        ("how many hired in January and February", "hire_month"),
        ("how many were hired in Q1 and Q2", "hire_quarter"),
    ],
)
def test_parts_of_any_year_said_with_and_are_counted_each_and_together(
    question: str, key: str
) -> None:
    shape = plan_of(question).shape
    assert isinstance(shape, GroupCount)
    assert (shape.key, shape.total) == (key, True)


def test_two_seasons_side_by_side_are_compared() -> None:
    shape = plan_of("spring vs autumn hires").shape
    assert isinstance(shape, GroupCount)
    assert (shape.key, shape.compared) == ("hire_season", 2)


def test_weekend_days_said_with_and_stay_one_count() -> None:
    assert plan_of("how many hired on Saturdays and Sundays").shape == Count()


@pytest.mark.parametrize(
    "question",
    [
        "How many ppl were hired in the last 3 yrs of data (2021-2023)?",
        "How many people joined in the last 5 years of hiring, that is since 2018?",
        "hires in the last 10 years, i.e. since 2015",
        "How many people were hired in the last 5 years, so since december 2018?",
    ],
)
def test_a_period_restated_as_other_days_is_asked_back(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert refused.value.reason.endswith("are different days: which one?")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("hired in 2019 (from 1 Jan 2019 to 31 Dec 2019)", "hired in 2019"),
        (
            "hires since 2015 and before 2020 (Sales only)",
            "hires since 2015 and before 2020 in Sales",
        ),
    ],
)
def test_the_same_days_or_one_range_said_with_a_restatement_are_answered(
    question: str, plainly: str
) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_period_said_again_in_a_share_is_one_condition_not_the_whole() -> None:
    """ "% hired in the 2010s (2010-2019)" had become the 2010s hires as a share of themselves."""
    asked = plan_of("percentage of employees hired in 2010s decade (2010-2019)")
    assert asked == plan_of("percentage of employees hired in the 2010s")
