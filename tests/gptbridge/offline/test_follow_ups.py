import pytest

from gptbridge.engines.offline.follow_ups import (
    FOLLOW_UP_COLUMNS,
    FOLLOW_UP_COUNT,
    FOLLOW_UP_DETAIL,
    FOLLOW_UP_DIFFERENCE,
    FOLLOW_UP_GROUPS,
    FOLLOW_UP_LIST,
    YES_OR_NO,
)


@pytest.mark.parametrize(
    ("pattern", "said"),
    [
        (YES_OR_NO, "is anyone in HR a VP?"),
        (FOLLOW_UP_COUNT, "how many?"),
        (FOLLOW_UP_LIST, "if so, who?"),
        (FOLLOW_UP_DETAIL, "If so, what's their title?"),
        (FOLLOW_UP_DIFFERENCE, "By how many?"),
        (FOLLOW_UP_DIFFERENCE, "which is bigger and by how much?"),
        (FOLLOW_UP_DIFFERENCE, "which one has more?"),
        (FOLLOW_UP_GROUPS, "Show year and count."),
        (FOLLOW_UP_GROUPS, "Give the counts."),
    ],
)
def test_what_may_follow_a_question(pattern: object, said: str) -> None:
    assert pattern.match(said)  # type: ignore[attr-defined]


def test_a_second_question_is_no_follow_up() -> None:
    assert not FOLLOW_UP_LIST.match("and how many are in Marketing?")
    assert not FOLLOW_UP_COUNT.match("how many of them are interns?")
    assert not FOLLOW_UP_DIFFERENCE.match("which is bigger in 2020?")


@pytest.mark.parametrize(
    "said", ["Who are they and where do they work?", "Where does she work?", "where do they work"]
)
def test_where_someone_works_asks_for_their_department(said: str) -> None:
    found = FOLLOW_UP_COLUMNS.match(said)
    assert found is not None
    assert found.group("where")
