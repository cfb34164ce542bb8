import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import TextFilter

from .conftest import plan_of


@pytest.mark.parametrize(
    "question",
    [
        "how much people hire inna 2023",  # Jamaican "in": no Inna is meant
        "how many people was hire inna December any year",
        "how much people start inna summer 2017",
    ],
)
def test_a_name_no_one_here_has_is_no_filter_where_no_one_is_asked_about(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert refused.value.words == ["inna"]


@pytest.mark.parametrize(
    "question",
    [
        "who is inna",
        "how many people named inna",
        "anyone called inna",
        "inna's email",
        "when did inna start",
        "what dept is inna in",
        "how long has inna been here",
    ],
)
def test_where_a_person_is_asked_about_it_is_still_a_name(question: str) -> None:
    (condition,) = plan_of(question).filters
    assert isinstance(condition, TextFilter)
    assert condition.value == "inna"


def test_a_name_someone_here_has_in_the_plural_is_still_counted() -> None:
    (condition,) = plan_of("how many mcclures do we have").filters
    assert isinstance(condition, TextFilter)
