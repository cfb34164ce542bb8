import datetime as dt

from gptbridge.engines.offline.measures import describe_measure
from gptbridge.engines.offline.narrate import Subject
from gptbridge.engines.offline.plan import (
    AverageTenure,
    GroupHireExtreme,
    Share,
    ValueFilter,
)

TODAY = dt.date(2024, 1, 15)


def test_average_tenure_states_its_definition() -> None:
    text = describe_measure(
        AverageTenure(TODAY), Subject(()), [{"average_tenure_years": 7.4, "employee_count": 500}]
    )
    assert text.startswith("The average tenure is 7.4 years (500 employees, as of 2024-01-15;")
    assert "365.25" in text
    assert "rounded to 1 decimal" in text


def test_average_tenure_per_group() -> None:
    text = describe_measure(
        AverageTenure(TODAY, "department"),
        Subject(()),
        [{"department": "HR", "average_tenure_years": 6.1, "employee_count": 70}],
    )
    assert "Average tenure per department" in text
    assert "HR 6.1 years" in text


def test_share_states_counts_and_rounding() -> None:
    shape = Share((ValueFilter("department", ("Sales",)),))
    rows = [{"percentage": 16.2, "matching_count": 81, "total_count": 500}]
    text = describe_measure(shape, Subject(()), rows)
    assert text == "16.2% of employees are in Sales: 81 of 500 (percent, rounded to 1 decimal)."
    empty = describe_measure(shape, Subject(()), [{"total_count": 0}])
    assert "no percentage" in empty


def test_latest_per_group() -> None:
    rows = [{"department": "HR", "first_name": "A", "last_name": "B", "hire_date": "2023-01-02"}]
    text = describe_measure(GroupHireExtreme("department", True), Subject(()), rows)
    assert text.startswith("The most recent hire in each department")
    assert "HR: A B (hired 2023-01-02)" in text
