"""A year in which no one was hired has no row in a count per hire year: the answer says which
of the years asked about had none (" None in 2020."), and never a year that was not asked
about ("2010 vs 2023" asks about those two years only)."""

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.subject import Subject


def years_with_none(shape: plans.GroupCount, subject: Subject, pairs: list[tuple[str, int]]) -> str:
    """A year has no row when no one was hired in it: the years asked about ("from 2020 to
    2023"), or between the first and last listed, said to have none (" None in 2020.")."""
    if shape.key != "hire_year" or not pairs:
        return ""
    listed = {int(name) for name, _ in pairs}
    asked = sorted(_years_asked(subject.filters, listed))
    gaps = [str(year) for year in asked if year not in listed]
    if not gaps:
        return ""
    return f" None in {gaps[0] if len(gaps) == 1 else ', '.join(gaps[:-1]) + ' or ' + gaps[-1]}."


def _years_asked(filters: tuple[plans.Filter, ...], listed: set[int]) -> set[int]:
    """The years of the period asked about, or of each period said as an alternative ("2010 vs
    2023" asks about those two years only); an open end reaches the years listed. Without a
    period, or with several, the years between the first and last listed."""
    dated = [f for f in filters if isinstance(f, plans.DateFilter) and not f.negated]
    alternatives = [f.options for f in filters if isinstance(f, plans.AnyOf) and not f.negated]
    periods = [*dated, *(alternatives[0] if alternatives and not dated else ())]
    if len(dated) > 1 or not all(isinstance(p, plans.DateFilter) for p in periods):
        periods = []
    years: set[int] = set()
    for period in periods or [plans.DateFilter(None, None, "")]:
        assert isinstance(period, plans.DateFilter)
        first = period.start.year if period.start else min(listed)
        last = period.end.year if period.end else max(listed)
        years.update(range(first, last + 1))
    return years
