import pytest

from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.plan import TextFilter

from .conftest import plan_of


@pytest.mark.parametrize(
    "question",
    [
        "how much people hire ludmila 2023",  # as "inna" (Jamaican "in") was: no one named
        "how many people was hire ludmila December any year",
        "how much people start ludmila summer 2017",
    ],
)
def test_a_name_no_one_here_has_is_no_filter_where_no_one_is_asked_about(question: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of(question)
    assert refused.value.words == ["ludmila"]


@pytest.mark.parametrize(
    "question",
    [
        "who is ludmila",
        "how many people named ludmila",
        "anyone called ludmila",
        "ludmila's email",
        "when did ludmila start",
        "what dept is ludmila in",
        "how long has ludmila been here",
    ],
)
def test_where_a_person_is_asked_about_it_is_still_a_name(question: str) -> None:
    (condition,) = plan_of(question).filters
    assert isinstance(condition, TextFilter)
    assert condition.value == "ludmila"


def test_a_name_someone_here_has_in_the_plural_is_still_counted() -> None:
    (condition,) = plan_of("how many mcclures do we have").filters
    assert isinstance(condition, TextFilter)


def test_a_value_said_of_a_name_leaves_it_a_name() -> None:
    # "Kenya engineers" describes; "which Johnston is a Manager" asks of the Johnstons
    assert plan_of("Which Johnston is a Manager?") == plan_of("which of the Johnstons is a Manager")
