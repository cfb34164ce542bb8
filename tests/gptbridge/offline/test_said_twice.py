"""A question said twice, after "i.e." or "that is" (`said_twice.py`)."""

import datetime as dt

import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import DateFilter
from gptbridge.engines.offline.said_twice import said_twice

from .conftest import plan_of


def test_what_is_said_again_is_split_off() -> None:
    assert said_twice("the mode of title, i.e. which title occurs most often?") == [
        ("the mode of title?", "which title occurs most often")
    ]
    assert said_twice("how many hired in December (i.e. any December)") == [
        ("how many hired in December", "any December")
    ]
    assert said_twice("how many interns") == []


def test_said_again_between_commas_is_split_off_both_ways() -> None:
    """Where "X, i.e. Y, Z" says Y again is read both ways: "X Z" said again as "Y", then "X"
    said again as "Y, Z" (with the question's end)."""
    assert said_twice("How many employees, i.e. personnel, use yahoo in Sales?") == [
        ("How many employees use yahoo in Sales?", "personnel"),
        ("How many employees?", "personnel, use yahoo in Sales"),
    ]


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "what's the mode of the title column, i.e. which title occurs most often",
            "mode of title",
        ),
        ("how many hired in December (i.e. hired in any December)", "how many hired in December"),
        ("how many engineers, that is people in Engineering?", "how many engineers"),
        ("How many people hired last year? (2023)", "how many hired last year"),  # TODAY: 2024
        (
            "how many hired in the first half of 2019 (1 January to 30 June, inclusive)?",
            "how many hired in the first half of 2019",
        ),
        ("hires in Q1 2020 (Jan 1 - Mar 31)", "hires in Q1 2020"),
    ],
)
def test_said_again_the_same_way_is_the_question(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "how many hired in 2020, i.e. in Sales",  # a condition the first did not say
        "how many engineers, i.e. blorp",  # not understood
        "how many hired last year (2022)",  # another year
        "how many hired in the first half of 2019 (1 January to 31 December)",  # other days
        "how many hired in the last 5 years, like 2019 onwards",  # once both at once: 56
        "how many hired in 2020, like since 2019",
        # "term" not understood: what was meant in its place left autumn too (September to
        # November, of September to December)
        "How many staff joined in the autumn term of 2018, i.e. September through December?",
    ],
)
def test_said_again_otherwise_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_said_again_as_the_whole_reads_it_is_the_question() -> None:
    assert plan_of("how many hired on a weekend, i.e. a Saturday or a Sunday?") == plan_of(
        "how many hired on a weekend"
    )


def test_said_again_after_i_e_with_no_comma() -> None:
    assert plan_of("How many joined in the previous year i.e. 2023?") == plan_of(
        "how many joined last year"
    )


def test_said_again_in_brackets_inside_the_question() -> None:
    """ "interns (i.e. people with the title Intern) in Sales": some of the conditions again."""
    assert plan_of("How many interns (i.e. people with the title Intern) are in Sales?") == plan_of(
        "how many interns in Sales"
    )
    with pytest.raises(NotUnderstood):  # said again otherwise: never "i.e" as a name
        plan_of(
            "How many with a hotmail address (i.e. email ending in @hotmail.com) work in Sales?"
        )


def test_said_again_with_an_order_takes_the_order() -> None:
    assert plan_of(
        "How many employees in each department, i.e. the headcount by department, most first?"
    ) == plan_of("headcount by department, most first")


def test_a_condition_said_again_as_the_query_says_it() -> None:
    """ "before 2018 (i.e., on or before 2017-12-31)": the same condition, said otherwise."""
    assert plan_of(
        "How many Associates were hired in Sales before 2018 (i.e., on or before 2017-12-31)?"
    ) == plan_of("how many associates hired in Sales before 2018")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "How many Managers are there? That is, how many people have the title Manager?",
            "how many managers",
        ),
        (
            "List the Marketing managers. In other words, those in Marketing with title Manager.",
            "List the Marketing managers.",
        ),
        (
            "Who is the most senior employee, i.e. the one which was hired first?",
            "the 1 hired first",
        ),
    ],
)
def test_said_again_in_a_sentence_of_its_own_or_for_a_word_not_understood(
    question: str, plainly: str
) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_status_defined_by_whom_it_takes_in_is_still_refused() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("regular staff (i.e. Managers)")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Who was hired last please? the most new employee", "who was hired last"),
        ("Who joined first? The longest-serving employee.", "who joined first"),
    ],
)
def test_the_question_said_again_as_a_noun_phrase_is_the_question(
    question: str, plainly: str
) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    ["Who was hired last? the newest employee in Sales", "who joined in 2020? the ones in HR"],
)
def test_a_noun_phrase_after_the_question_that_says_more_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("who joined the company first, oldest hire", "who was hired first"),
        ("who is newest employee, last hire", "who was hired last"),
    ],
)
def test_a_noun_phrase_after_a_comma_may_say_the_same_again(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_a_noun_phrase_after_a_comma_that_says_more_is_refused() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("who joined the company first, the newest hire")


@pytest.mark.parametrize(
    "question",
    [
        "How many hires each year? A department breakdown please.",  # answered per year alone
        "How many hires each year? A month-by-month breakdown please.",
    ],
)
def test_a_noun_phrase_after_that_asks_another_thing_is_refused(question: str) -> None:
    """A noun phrase after the question that reads as another query is not the question said
    again, though it has the same (no) conditions."""
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_a_correction_that_means_the_same_in_another_shape_is_the_question() -> None:
    """ "the one who joined first" is a list of one; it still says what the first did."""
    said = "Who is the most senior staff by hire date, I mean the one who joined first?"
    assert plan_of(said) == plan_of("who was hired first")


TODAY_S53 = dt.date(2026, 12, 6)


def test_a_period_back_from_today_said_again_as_its_first_day() -> None:
    """Whether the day five years back is in is the writer's to say: said, it is."""
    plan = plan_of("How many were hired in the last 5 years (i.e. since 2021-12-06)?", TODAY_S53)
    period = plan.filters[0]
    assert isinstance(period, DateFilter)
    assert (period.start, period.end) == (dt.date(2021, 12, 6), TODAY_S53)
    with pytest.raises(NotUnderstood):  # three days apart: another period
        plan_of("How many were hired in the last 5 years (i.e. since 2021-12-09)?", TODAY_S53)


def test_what_the_writer_would_like_to_know_is_said_again() -> None:
    said = "how many interns are there? I'd like to know how many interns we have"
    assert plan_of(said) == plan_of("how many interns are there")
    with pytest.raises(NotUnderstood):
        plan_of("How many people work in HR? I want to know how many are in Sales")


def test_last_year_said_again_in_brackets_with_i_mean() -> None:
    said = "how many ppl got hired last year? (2025 i mean)"
    assert plan_of(said, TODAY_S53) == plan_of("how many hired last year", TODAY_S53)


def test_meaning_says_the_question_again() -> None:
    said = "How many employees were hired on a weekend, meaning a Saturday or Sunday?"
    assert plan_of(said) == plan_of("how many were hired on a weekend")
    with pytest.raises(NotUnderstood):
        plan_of("how many hired in 2020, meaning in Sales")


def test_the_year_so_far_said_again_as_the_whole_year() -> None:
    """ "this year (2026)": no one is hired after today, so the year said whole is the same."""
    said = "how many associates were hired this year (2026)"
    assert plan_of(said, TODAY_S53) == plan_of("how many associates hired this year", TODAY_S53)
    for other in (
        "how many hired this year (2025)",
        "how many hired this year (first half of 2026)",
        "how many hired in the first half of 2019 (1 January to 31 December)",
    ):
        with pytest.raises(NotUnderstood):
            plan_of(other, TODAY_S53)


def test_legal_words_that_say_it_again() -> None:
    said = (
        "How many employees were hired in the calendar year 2015, being the period from"
        " 1 January 2015 to 31 December 2015 inclusive?"
    )
    assert plan_of(said) == plan_of("how many hired in 2015")
    for other in (
        "how many hired in 2015, being in Sales",
        "how many Contractors in Engineering, for the avoidance of doubt excluding interns",
        "how many hired in 2019, namely in 2020",
    ):
        with pytest.raises(NotUnderstood):
            plan_of(other)


def test_the_question_asked_again_in_other_words_is_the_question() -> None:
    said = "Who is the longest serving employee? First person hired?"
    assert plan_of(said) == plan_of("who was hired first")


@pytest.mark.parametrize(
    "question",
    ["How many interns? How many interns in Sales?", "Who was hired last? Who was hired first?"],
)
def test_another_question_after_the_question_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_the_start_of_a_period_said_again_in_brackets() -> None:
    today = dt.date(2026, 12, 6)
    assert plan_of("hired in the last 5 years (since 2021-12-06)", today) == plan_of(
        "hired in the last 5 years, i.e. since 2021-12-06", today
    )
    with pytest.raises(NotUnderstood):  # another day: which one?
        plan_of("hired in the last 5 years (since 2019-01-01)", today)
