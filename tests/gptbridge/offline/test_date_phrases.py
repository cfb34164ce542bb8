import datetime as dt

from gptbridge.engines.offline.date_phrases import tenure_filter
from gptbridge.engines.offline.plan import DateFilter, DatePartFilter

from .conftest import TODAY, plan_of


def test_tenure_bounds() -> None:
    assert tenure_filter("more_than", 10, "year", TODAY).value.end == dt.date(2014, 1, 14)
    assert tenure_filter("at_least", 5, "year", TODAY).value.end == dt.date(2019, 1, 15)
    assert tenure_filter("less_than", 2, "year", TODAY).value.start == dt.date(2022, 1, 16)


def test_compound_and_named_dates() -> None:
    (since_before,) = plan_of("hired since before 2015").filters
    assert since_before == DateFilter(None, dt.date(2014, 12, 31), "before 2015")
    (christmas,) = plan_of("who joined on christmas").filters
    assert isinstance(christmas, DatePartFilter)
    assert christmas.values == (1225,)
    (weekend,) = plan_of("hires on weekends").filters
    assert weekend == DatePartFilter("weekday", (0, 6), "on a weekend")
