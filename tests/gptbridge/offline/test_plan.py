import datetime as dt

import pytest

from gptbridge.engines.offline.plan import (
    DateFilter,
    GroupCount,
    Having,
    OrderKey,
    dated_in_one_year,
    in_one_year,
    one_whole_year,
)

D = dt.date


def test_a_period_in_one_year_has_both_ends_in_it() -> None:
    assert in_one_year(D(2019, 3, 1), D(2019, 3, 31))
    assert not in_one_year(D(2019, 12, 1), D(2020, 2, 29))  # a winter
    assert not in_one_year(None, D(2019, 12, 31))  # "before 2020" is open


def test_a_whole_year_runs_from_january_1_to_december_31() -> None:
    assert one_whole_year(D(2019, 1, 1), D(2019, 12, 31))
    assert not one_whole_year(D(2019, 1, 1), D(2019, 6, 30))
    assert DateFilter(D(2020, 1, 1), D(2020, 12, 31), "in 2020").whole_year
    assert not DateFilter(D(2020, 1, 1), None, "since 2020").whole_year


def test_dated_in_one_year_looks_at_the_hire_date_conditions_only() -> None:
    q3 = DateFilter(D(2019, 7, 1), D(2019, 9, 30), "in Q3 2019")
    assert dated_in_one_year((q3,))
    assert not dated_in_one_year((DateFilter(D(2015, 1, 1), None, "since 2015"),))
    assert not dated_in_one_year(())


@pytest.mark.parametrize(
    ("shape", "low"),
    [
        (GroupCount("department", extreme="min"), True),  # the fewest: 0 may be it
        (GroupCount("department", extreme="max"), False),
        (GroupCount("department", having=Having("<", 5)), True),  # fewer than 5 includes 0
        (GroupCount("department", having=Having(">", 70)), False),
        (GroupCount("department", limit=3, order=(OrderKey("count"),)), True),  # 3 fewest
        (GroupCount("department", compared=2), True),  # each side shown, 0 included
        (GroupCount("hire_year", compared=2), False),  # a year with no hire has no row
    ],
)
def test_groups_with_none_count_when_the_question_asks_for_the_low_end(
    shape: GroupCount, low: bool
) -> None:
    assert shape.counts_low is low
