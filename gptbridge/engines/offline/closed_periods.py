"""The fewest hires per month, quarter or weekday of whole years: "which month in 2021 had the
fewest hires", "the quietest quarter of 2022". A month with no hire at all has no row, so the
query asks for every month's count and the answer is worked out here, over all twelve months
(four quarters, seven weekdays), those with none counted as 0. Any other low count of periods
("fewer than 3 hires", a month of a part of a year) is still refused (`refusals.py`)."""

from dataclasses import replace
from typing import Any

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.result_columns import COUNT_ALIAS
from gptbridge.engines.offline.subject import Subject, group_label, join

# Every value a period key can have: month 1-12, quarter 1-4, weekday 0 (Sunday) to 6.
PERIODS: dict[str, range] = {
    "hire_month": range(1, 13),
    "hire_quarter": range(1, 5),
    "hire_weekday": range(7),
}


def fewest_of_every_period(plan: plans.QueryPlan) -> bool:
    """The fewest per period, over whole calendar years: every period is one to count."""
    shape = plan.shape
    if not isinstance(shape, plans.GroupCount) or shape.key not in PERIODS:
        return False
    fewest = plans.GroupCount(shape.key, extreme="min")
    return shape == fewest and _whole_years(plan.filters)


def _whole_years(filters: tuple[plans.Filter, ...]) -> bool:
    dated = [f for f in filters if isinstance(f, plans.DateFilter | plans.DatePartFilter)]
    if len(dated) != 1 or not isinstance(dated[0], plans.DateFilter) or dated[0].negated:
        return False
    start, end = dated[0].start, dated[0].end
    if start is None or end is None:
        return False
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def every_count(plan: plans.QueryPlan) -> plans.QueryPlan:
    """What the query asks for: each period's count (the periods with none have no row)."""
    assert isinstance(plan.shape, plans.GroupCount)
    return replace(plan, shape=plans.GroupCount(plan.shape.key))


def fewest_said(plan: plans.QueryPlan, rows: list[dict[str, Any]]) -> str:
    """ "April and July had the fewest employees hired in 2023 (none)"."""
    assert isinstance(plan.shape, plans.GroupCount)
    key = plan.shape.key
    counts = dict.fromkeys(PERIODS[key], 0)
    counts.update({int(row[key]): int(row[COUNT_ALIAS]) for row in rows})
    lowest = min(counts.values())
    fewest = [group_label(key, value) for value, count in counts.items() if count == lowest]
    how_many = "none" if lowest == 0 else f"{lowest} each" if len(fewest) > 1 else str(lowest)
    verb = "has" if len(fewest) == 1 else "have"
    counted = f"every {key.removeprefix('hire_')} counted, those with none as 0"
    subject = Subject(plan.filters).phrase(2)
    return f"{join(fewest)} {verb} the fewest {subject} ({how_many}; {counted})."
