import pytest

from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    "question",
    [
        "how many hires in the last 18 months of data",
        "hires in the past year of records",
        "who joined in the last 2 years of the data",
    ],
)
def test_periods_counted_back_from_the_data_are_refused(question: str) -> None:
    """Counted back from the latest record, not from today: no date phrase here means that."""
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_a_period_counted_back_from_today_is_read() -> None:
    assert plan_of("how many hires in the last 18 months").filters
