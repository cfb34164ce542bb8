import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import (
    AverageTenure,
    Count,
    CountDistinct,
    CrossCount,
    GroupCount,
    GroupHireExtreme,
    HireDateBound,
    OrderKey,
    PeopleList,
    QueryPlan,
    Share,
    TextFilter,
    ValueFilter,
)

from .conftest import TODAY, plan_of


def test_average_next_to_engineers_is_an_average_never_a_list() -> None:
    # The previous engine's structural hole: an "average" chunk was silently dropped.
    plan = plan_of("average tenure of engineers")
    assert plan.shape == AverageTenure(TODAY)
    assert plan.filters == (ValueFilter("department", ("Engineering",)),)


def test_groups_shares_and_per_group_extremes() -> None:
    assert plan_of("hires per weekday").shape == GroupCount("hire_weekday")
    assert plan_of("which month has the most hires").shape == GroupCount(
        "hire_month", extreme="max"
    )
    assert plan_of("percentage of employees per department").shape == GroupCount(
        "department", share=True
    )
    assert plan_of("latest hire in each department").shape == GroupHireExtreme("department", True)
    assert plan_of("how many distinct email domains").shape == CountDistinct("email_domain")


def test_share_splits_whole_and_part_at_the_verb() -> None:
    plan = plan_of("what percent of engineers are managers")
    assert plan.filters == (ValueFilter("department", ("Engineering",)),)
    assert plan.shape == Share((ValueFilter("title", ("Manager",)),))


@pytest.mark.parametrize(
    "question", ["what % of eng uses gmail", "what percentage of engineers have a gmail address"]
)
def test_having_and_using_split_a_share_like_are(question: str) -> None:
    plan = plan_of(question)
    assert plan.filters == (ValueFilter("department", ("Engineering",)),)
    assert plan.shape == Share((TextFilter("email", "contains", "@gmail.", shown="gmail"),))


@pytest.mark.parametrize(
    "question", ["descending", "top 5", "engineers in accounting", "percentage", "show 5 engineers"]
)
def test_questions_that_ask_nothing_definite_are_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_who_per_group_lists_people() -> None:
    assert isinstance(plan_of("Who are the presidents in each department?").shape, PeopleList)


def test_highest_average_per_group() -> None:
    assert plan_of("which department has the longest average tenure").shape == AverageTenure(
        TODAY, "department", "max"
    )


def test_a_share_of_two_conditions_without_a_verb_is_given_of_each() -> None:
    # Of all contractors, or of Product? Not guessed: both are given.
    shape = plan_of("what is the proportion of contractors in product").shape
    assert isinstance(shape, Share)
    assert shape.each_whole


@pytest.mark.parametrize(
    "question",
    ["who joined in the most recent month", "hires in the latest year", "hires in the newest year"],
)
def test_people_of_the_latest_period_are_never_read_as_the_latest_date(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_the_year_of_the_latest_hire_is_its_date() -> None:
    assert isinstance(plan_of("what year was the most recent hire").shape, HireDateBound)


def test_the_first_or_last_hire_date_is_the_date() -> None:
    assert plan_of("what was the first hire date ever").shape == HireDateBound(False)
    assert plan_of("the last hire date") == plan_of("the latest hire date")


@pytest.mark.parametrize(
    ("question", "against"),
    [
        ("are there more than 50 managers", (">", 50)),
        ("does accounting have more than 90 people", (">", 90)),
        ("is there at least one vp in marketing", (">=", 1)),
        ("did we hire fewer than 40 people in 2019", ("<", 40)),
    ],
)
def test_a_count_asked_against_a_number(question: str, against: tuple[str, int]) -> None:
    assert plan_of(question).shape == Count(against=against)  # type: ignore[arg-type]


def test_a_number_said_of_no_one_is_refused() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("which employees have more than 10")


@pytest.mark.parametrize(
    "question",
    [
        "departments with more than 65 but fewer than 75 people",
        "are there more than 50 and fewer than 70 managers",
    ],
)
def test_a_second_size_to_compare_with_is_refused_never_dropped(question: str) -> None:
    # An earlier reading kept "more than 65" and answered with Accounting's 92 too.
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many presidents are there and in which departments", "presidents per department"),
        ("which departments have interns and how many", "how many interns per department"),
        ("how many people joined in 2022 and in which departments", "hires in 2022 per department"),
        ("show departments with headcount above 70", "departments with more than 70 people"),
        ("list all departments and their headcount", "headcount per department"),
    ],
)
def test_a_count_and_a_column_joined_are_the_count_per_column(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_the_first_hires_per_group_with_their_name_and_date_are_the_people() -> None:
    assert plan_of("Earliest hire in each department, with name and date") == plan_of(
        "earliest hire in each department"
    )


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Which e-mail domains appear in the table and how many employees use each one?",
            "how many employees per e-mail domain",
        ),
        ("which titles exist and how many people have each", "how many people per title"),
        ("which departments are there and how many people", "how many people per department"),
    ],
)
def test_a_column_and_how_many_of_each_is_a_count_per_value(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("which departments are above average size", GroupCount("department", against_average=">")),
        ("titles with below-average headcount", GroupCount("title", against_average="<")),
        ("departments bigger than average", GroupCount("department", against_average=">")),
        (
            "which departments are above the average department size",
            GroupCount("department", against_average=">"),
        ),
        (
            "departments with more employees than the average department",
            GroupCount("department", against_average=">"),
        ),
        ("which titles have fewer people than average", GroupCount("title", against_average="<")),
        (
            "departments whose headcount is above average",
            GroupCount("department", against_average=">"),
        ),
    ],
)
def test_groups_against_the_average_group(question: str, shape: GroupCount) -> None:
    assert plan_of(question).shape == shape
    assert shape.counts_low  # every group is in the average, 0 included


def test_the_average_of_other_groups_is_refused() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("which titles have more people than the average department")


@pytest.mark.parametrize(
    ("question", "crossed"),
    [
        (
            "Compare the number of hires in Engineering vs Sales by year",
            ("hire_year", "department"),
        ),
        ("compare Engineering and Sales by title", ("title", "department")),
        ("interns vs contractors by department", ("department", "title")),
    ],
)
def test_two_groups_compared_by_another_key_are_counted_per_pair(
    question: str, crossed: tuple[str, str]
) -> None:
    plan = plan_of(question)
    assert plan.shape == CrossCount(*crossed)  # type: ignore[arg-type]
    assert len(plan.filters) == 1  # only the two compared


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("Which title is most and least common", "title"),
        ("which department is biggest and which is smallest", "department"),
        ("which year had the most and the fewest hires", "hire_year"),
    ],
)
def test_the_most_and_the_fewest_is_every_group_with_both_ends(question: str, key: str) -> None:
    shape = plan_of(question).shape
    assert shape == GroupCount(key, order=(OrderKey("count", descending=True),), ends=True)  # type: ignore[arg-type]
    assert shape.counts_low  # a group with none is the fewest


def test_both_ends_of_open_ended_groups_are_refused() -> None:
    """First names are too many to show each; the fewest would be cut off."""
    with pytest.raises(NotUnderstood):
        plan_of("the most and least common first names")


@pytest.mark.parametrize("question", ["how big is the team?", "how large is the department"])
def test_the_size_of_one_group_not_named_is_asked_back(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many accountants (Accounting dept) do we have?", "how many people in Accounting"),
        ("how many engineers in engineering", "how many engineers"),
    ],
)
def test_a_department_or_title_said_again_is_one_condition(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_two_departments_at_once_are_still_refused() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("engineers in accounting")


def test_a_value_said_twice_once_by_a_guess_is_refused_at_the_guess() -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of("who mngs the eng team")
    assert refused.value.words == ["mngs"]


def test_the_same_days_said_again_in_other_words_are_one_condition() -> None:
    assert plan_of("how many were hired on a weekend day (Saturday or Sunday)") == plan_of(
        "how many were hired on a weekend"
    )


def test_a_typo_beside_days_said_again_is_still_read() -> None:
    assert plan_of("engneers hired on a weekend (Saturday or Sunday)") == plan_of(
        "engineers hired on a weekend"
    )


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("top 3 titles in HR", "the 3 titles with the most employees in HR"),
        ("top 3 departments", "the 3 departments with the most employees"),
    ],
)
def test_top_n_of_a_column_in_the_plural_ranks_by_headcount(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_running_total_is_per_hire_year_in_time_order_only() -> None:
    shape = plan_of("cumulative hires by year").shape
    assert shape == GroupCount("hire_year", cumulative=True)
    assert plan_of("running total of engineers hired per year").shape == shape
    for question in ("cumulative hires per department", "cumulative hires per year, most first"):
        with pytest.raises(NotUnderstood):
            plan_of(question)


@pytest.mark.parametrize(
    ("question", "descending"),
    [
        ("hires per year, newest first", True),
        ("hires per year, most recent first", True),
        ("how many hires each year, oldest first", False),
        ("hires per year, earliest first", False),
    ],
)
def test_counts_per_period_are_ordered_by_the_period(question: str, descending: bool) -> None:
    """ "earliest first" orders the years; it does not ask for each year's earliest hire."""
    shape = plan_of(question).shape
    assert isinstance(shape, GroupCount)
    assert shape.key == "hire_year"
    assert shape.order == ((OrderKey("group", descending=True),) if descending else ())


def test_the_earliest_hire_of_each_period_is_still_asked_so() -> None:
    assert isinstance(plan_of("the earliest hire per year").shape, GroupHireExtreme)


@pytest.mark.parametrize("question", ["newest 3 per title", "earliest 2 hires per department"])
def test_an_end_and_a_number_per_group_are_the_first_of_each(question: str) -> None:
    """Only "first"/"last" right after the end is an order; a number is how many of each."""
    assert isinstance(plan_of(question).shape, GroupHireExtreme)


@pytest.mark.parametrize(
    "question",
    ["how many departments does Mark Smith have", "how many titles does Mark Smith have"],
)
def test_the_values_one_person_has_are_not_counted(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert "one person has one" in refused.value.reason


@pytest.mark.parametrize(
    "said",
    [
        "how many people joined us in each year, if you could break it down by year",
        "hires per year, broken down by year",
    ],
)
def test_a_grouping_said_again_is_one_grouping(said: str) -> None:
    assert plan_of(said) == plan_of("how many hired per year")


def test_sorted_by_the_key_is_no_grouping_said_again() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("headcount per department sorted by department descending")


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("How many hires per year in Product, sorted by year", "hires per year in Product"),
        ("headcount per department sorted by department", "headcount per department"),
    ],
)
def test_a_breakdown_sorted_by_its_own_groups_is_in_their_order(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_a_top_n_sorted_by_its_groups_is_refused() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("top 3 departments by headcount sorted by department")  # by which order?


def test_a_rule_that_declines_leaves_the_parts_it_took() -> None:
    """ "distinct titles and count per title" once became the distinct titles alone: the count
    rule took the count and "per title", found no distinct count per group, and declined."""
    assert plan_of("distinct titles and count per title") == plan_of("how many employees per title")
    assert plan_of("how many distinct titles per department") == QueryPlan(
        (), CountDistinct("title", per="department")
    )
