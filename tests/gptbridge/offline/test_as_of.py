import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import TODAY, plan_of


@pytest.mark.parametrize(
    "question",
    [
        f"average tenure as of today ({TODAY.isoformat()})",
        f"average tenure (as of {TODAY.isoformat()})",
        f"average tenure as at {TODAY.day} {TODAY:%B} {TODAY.year}?",
        f"average tenure (today being {TODAY.isoformat()})",
        f"average tenure, assuming today is {TODAY.day} {TODAY:%B} {TODAY.year}",
        f"average tenure (today's date is {TODAY.isoformat()})?",
        f"average tenure, counting from today, {TODAY:%B} {TODAY.day}, {TODAY.year}",
        f"average tenure as of today, {TODAY.isoformat()}",
        f"average tenure (today {TODAY:%b} {TODAY.day})",
    ],
)
def test_today_said_as_a_date_says_nothing_more(question: str) -> None:
    """Never a hire date: "as of today (<today>)" is no one hired that day."""
    assert plan_of(question) == plan_of("average tenure")


@pytest.mark.parametrize(
    "question",
    [
        "average tenure (today being 2020-01-01)",
        "average tenure, today is 2020-01-01",
        "hired in the last ten years, counting from today, January 1, 2020",
        f"work anniversaries this week (today {TODAY:%b} {TODAY.day + 1})",
    ],
)
def test_a_remark_naming_another_day_today_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert refused.value.reason == f"today is {TODAY.isoformat()}"


def test_another_day_said_as_today_is_refused() -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of("average tenure as of today (2020-01-01)")
    assert refused.value.words == ["today (2020-01-01)"]
    with pytest.raises(NotUnderstood):  # tenure is not kept as of a day gone by
        plan_of("average tenure as of 2020-01-01")


@pytest.mark.parametrize(
    "question",
    [
        "how many employees were hired in 2030",  # answered "no one" before
        f"who was hired after {TODAY.year}",
        f"hires in March {TODAY.year + 1}",
        "hires in 2020 vs 2030",
        "engineers hired since 2031",
    ],
)
def test_a_period_that_begins_after_today_is_refused(question: str) -> None:
    with pytest.raises(OutOfData, match="after today"):
        plan_of(question)


@pytest.mark.parametrize(
    "question",
    [
        f"how many hired in {TODAY.year}",  # begins before today: no one, so far
        f"hired after {TODAY.year - 1}",
        "who has a 10 year work anniversary in 2030",  # hired in 2020
        "hired between 2020 and 2030",
    ],
)
def test_a_period_that_begins_by_today_is_answered(question: str) -> None:
    assert plan_of(question).filters


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("who reaches 10 years next year (2025)?", "who reaches 10 years next year"),
        (
            "How many reach their 10-year anniversary this year (2024)?",
            "How many reach their 10-year anniversary this year?",
        ),
        ("how many hired last year (2023)?", "how many hired last year?"),
    ],
)
def test_the_year_said_again_in_brackets_says_nothing_more(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_another_year_said_in_brackets_is_refused() -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of("how many hired last year (2019)?")
    assert refused.value.reason == "last year is 2023"
