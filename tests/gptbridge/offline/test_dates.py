import datetime as dt

from gptbridge.engines.offline import dates


def test_periods_are_inclusive_days() -> None:
    assert dates.month(2024, 2) == dates.Period(
        dt.date(2024, 2, 1), dt.date(2024, 2, 29), "in February 2024"
    )
    assert dates.quarter(2022, 2).end == dt.date(2022, 6, 30)
    assert dates.half(2019, 2).start == dt.date(2019, 7, 1)
    assert dates.decade(90).start == dt.date(1990, 1, 1)
    assert dates.decade(2010).end == dt.date(2019, 12, 31)


def test_relative_periods() -> None:
    today = dt.date(2024, 1, 15)
    assert dates.previous("year", today).start == dt.date(2023, 1, 1)
    assert dates.previous("month", today) == dates.Period(
        dt.date(2023, 12, 1), dt.date(2023, 12, 31), "last month"
    )
    assert dates.previous("quarter", today).end == dt.date(2023, 12, 31)
    assert dates.current("quarter", today).start == dt.date(2024, 1, 1)


def test_month_arithmetic_clamps_to_the_month_end() -> None:
    assert dt.date(2024, 2, 29) - dates.units("year", 3) == dt.date(2021, 2, 28)
    assert dates.unit_words("year", 1) == "1 year"
