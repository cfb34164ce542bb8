"""Plans whose meaning shows only once all their conditions are known: a yes or no about one
person, the groups none of some people are in, names counted both ways."""

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import cast

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.comparisons import compared_key
from gptbridge.engines.offline.groupings import each_years_months
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.named_people import names_a_person, names_someone
from gptbridge.engines.offline.part_kinds import PEOPLE_NOUNS
from gptbridge.engines.offline.refusals import date_part_of, said_with_its_column


def reread(plan: plans.QueryPlan, parts: list[Part]) -> plans.QueryPlan:
    for step in REREADINGS:
        plan = step(plan, parts)
    nobody = [part.text for part in parts if part.kind == "negation" and part.value == "nobody"]
    if nobody and not _counts_groups_with_none(plan):  # never "people not in Sales"
        raise NotUnderstood(
            nobody, "of which groups? e.g. 'which departments hired nobody in 2023'"
        )
    return plan


# "in the last 5 years, that is since 2018", "the last 3 yrs of data (2021-2023)": a period said
# again another way. The same days are one condition (`_restated_period`); other days are not
# a second condition to add, for neither of the two is surely what was meant.
RESTATING = re.compile(
    r"\([^)]*\d{4}|\b(?:that\s+is|i\.\s?e\b|ie|meaning|in\s+other\s+words|namely|aka)\b"
    r"|,\s*so\b",  # "in the last 5 years, so since december 2021"
    re.IGNORECASE,
)


def refuse_a_period_restated_otherwise(question: str, plan: plans.QueryPlan) -> None:
    periods = [f for f in plan.filters if isinstance(f, plans.DateFilter) and not f.negated]
    if len(periods) < 2 or RESTATING.search(question) is None:
        return
    ends = sorted((f.start is None, f.end is None) for f in periods)
    if ends == [(False, True), (True, False)]:
        return  # "since 2015 and before 2020 (Sales only)": one range, bounded on each side
    first, second = (period.label for period in periods[:2])
    raise NotUnderstood([first, second], f"'{first}' and '{second}' are different days: which one?")


def _counts_groups_with_none(plan: plans.QueryPlan) -> bool:
    shape = plan.shape
    return isinstance(shape, plans.GroupCount) and shape.having == plans.Having("=", 0)


def _restated_period(plan: plans.QueryPlan, parts: list[Part]) -> plans.QueryPlan:
    """ "in 2019 (from 1 Jan 2019 to 31 Dec 2019)", "in the 2010s (2010-2019)": the same days
    said again are one condition, said the first way."""
    seen: set[tuple[object, object]] = set()
    kept: list[plans.Filter] = []
    for condition in plan.filters:
        days = (condition.start, condition.end) if isinstance(condition, plans.DateFilter) else None
        if days is not None and not condition.negated and days in seen:
            continue
        if days is not None and not condition.negated:
            seen.add(days)
        kept.append(condition)
    return replace(plan, filters=tuple(kept))


def _restated_months(plan: plans.QueryPlan, parts: list[Part]) -> plans.QueryPlan:
    """ "Summer 2021 (June to August)", "winter months (December to February)": a range of
    months that only restates another date condition is dropped, so the answer says it once."""
    ranges = [f for f in plan.filters if isinstance(f, plans.DatePartFilter) and _is_month_range(f)]
    if len(ranges) != 1:
        return plan
    months = set(ranges[0].values)
    others = [f for f in plan.filters if f is not ranges[0] and not f.negated]
    if any(_months_of(f) == months for f in others):
        return replace(plan, filters=tuple(f for f in plan.filters if f is not ranges[0]))
    _refuse_other_months(ranges[0], others)
    return plan


def _refuse_other_months(said: plans.DatePartFilter, others: list[plans.Filter]) -> None:
    """ "Who joined in autumn 2020? (Oct-Dec)", "Q3 2018 (Jun-Sep)": a range of months beside a
    part of a year that names other months for it; neither of them, nor both together, would be
    what was meant."""
    for condition in others:
        months = _months_of(condition)
        if months and len(months) < 12 and months != set(said.values):
            raise NotUnderstood([said.label], "which months? the two periods said differ")


def _is_month_range(condition: plans.Filter) -> bool:
    return (
        isinstance(condition, plans.DatePartFilter)
        and condition.part == "month"
        and condition.label.startswith("from ")
        and not condition.negated
    )


def _months_of(condition: plans.Filter) -> set[int]:
    """The months of the year a date condition falls in (within one year), or none."""
    if isinstance(condition, plans.DatePartFilter) and condition.part == "month":
        return set(condition.values)
    if isinstance(condition, plans.DatePartFilter) and condition.part == "quarter":
        return {3 * quarter - offset for quarter in condition.values for offset in (2, 1, 0)}
    start, end = (
        (condition.start, condition.end)
        if isinstance(condition, plans.DateFilter)
        else (None, None)
    )
    if start is not None and end is not None and start.year == end.year:
        return set(range(start.month, end.month + 1))
    return set()


def _as_check(plan: plans.QueryPlan, parts: list[Part]) -> plans.QueryPlan:
    """ "Is Sven O'Hara a manager?", "was Leopold Johnston hired before 2015": one named person
    and conditions on them are answered yes or no, with the person's own details."""
    if plan.shape != plans.PeopleList():
        return plan
    named = [f for f in plan.filters if names_a_person(f)]
    if len(named) != 1 or len(plan.filters) < 2:
        return plan
    others = tuple(f for f in plan.filters if f is not named[0])
    return plans.QueryPlan((named[0],), plans.PersonCheck(others))


def _groups_without(plan: plans.QueryPlan, parts: list[Part]) -> plans.QueryPlan:
    """ "Which departments have no interns", "which departments did not hire anyone in 2023":
    the groups with none of them (every group of the directory counted, 0 included). With the
    "not" after the people ("departments with employees not hired in 2023": the departments of
    the others?) or said as "except", the plan stays as it is, and is refused. "How many
    departments have no interns" is the same groups: the answer says how many."""
    shape = plan.shape
    plain_count = isinstance(shape, plans.CountDistinct) and shape == plans.CountDistinct(
        shape.column
    )
    if not (isinstance(shape, plans.DistinctValues) or plain_count):
        return plan
    assert isinstance(shape, plans.DistinctValues | plans.CountDistinct)
    negated = [f for f in plan.filters if f.negated and not _on_column(f, shape.column)]
    said = [index for index, part in enumerate(parts) if part.kind == "negation"]
    people = [index for index, part in enumerate(parts) if part.kind in PEOPLE_NOUNS]
    if len(negated) != 1 or len(said) != 1 or parts[said[0]].value == "except":
        return plan
    if any(index < said[0] for index in people):
        return plan
    counted = tuple(replace(f, negated=False) if f is negated[0] else f for f in plan.filters)
    return plans.QueryPlan(counted, plans.GroupCount(shape.column, having=plans.Having("=", 0)))


def _on_column(condition: plans.Filter, column: str) -> bool:
    return isinstance(condition, plans.ValueFilter) and condition.column == column


def _counted_names(plan: plans.QueryPlan, parts: list[Part]) -> plans.QueryPlan:
    """ "How many (different) last names start with B": people, or different names? Both are
    given."""
    if plan.shape != plans.Count():
        return plan
    said = [part for part in parts if part.kind != "different"]  # "how many different ..."
    for counted, condition in itertools.pairwise(said):
        column = said_with_its_column(condition)
        # "how many duplicate titles" (of a group key; a whole e-mail or name is no group)
        shared = isinstance(condition.value, plans.SameAsFilter) and column in plans.GROUP_KEYS
        names = column in ("first_name", "last_name")
        if counted.kind == "count" and (names or (shared and column)):
            key = cast(plans.GroupKey, column)
            return plans.QueryPlan(plan.filters, plans.CountDistinct(key, people_too=True))
    return plan


def _named_tenures(plan: plans.QueryPlan, parts: list[Part]) -> plans.QueryPlan:
    """ "How long has Dave been here" (each Dave), "how long have Jailyn McClure and Owen McClure
    worked here": each one named, with their tenure, never an average of several people.
    One full name keeps its one tenure ("the tenure of the employee named Lori Will")."""
    shape = plan.shape
    if not isinstance(shape, plans.AverageTenure) or shape.key is not None:
        return plan
    if shape.statistic != "mean" or shape.unit != "years":
        return plan
    if any(part.kind == "average" for part in parts) or not plan.filters:
        return plan
    if not all(map(names_someone, plan.filters)) or _one_full_name(plan.filters):
        return plan
    return replace(plan, shape=plans.PeopleList(tenure_on=shape.today))


def _one_full_name(filters: tuple[plans.Filter, ...]) -> bool:
    return len(filters) == 1 and (
        isinstance(filters[0], plans.TextFilter) and filters[0].column == "full_name"
    )


def _each_of_values_said_with_and(plan: plans.QueryPlan, parts: list[Part]) -> plans.QueryPlan:
    """ "how many presidents and VPs" (each, and both added up), "the number of Presidents and
    Vice-Presidents in each department" (each title per department): values joined by "and"
    are counted each on its own, never only pooled as if "or" had been said."""
    listed = [f for f in plan.filters if isinstance(f, plans.ValueFilter) and len(f.values) > 1]
    together = any(part.kind == "together" for part in parts)
    if len(listed) != 1 or listed[0].negated or together or not _joined_by_and(listed[0], parts):
        return plan
    column = cast(plans.GroupKey, listed[0].column)
    shape = plan.shape
    if shape == plans.Count():  # each of them side by side, and all of them
        compared = len(listed[0].values)
        return replace(plan, shape=plans.GroupCount(column, compared=compared, total=True))
    if not isinstance(shape, plans.GroupCount) or shape != plans.GroupCount(shape.key):
        return plan
    if shape.key == column:
        return plan
    return replace(plan, shape=plans.CrossCount(shape.key, column))


def _joined_by_and(condition: plans.ValueFilter, parts: list[Part]) -> bool:
    """Whether the values of `condition` were said joined by "and" ("interns and contractors",
    "Sales, Marketing and HR"), not by "or"."""
    said = [
        index
        for index, part in enumerate(parts)
        if part.kind == "value" and part.value[0] == condition.column
    ]
    if len(said) < 2:
        return False
    between = {part.kind for part in parts[said[0] : said[-1]]}
    return "sep_and" in between and "sep_or" not in between


# Periods said with "and" that are each counted: years, other periods, seasons, months.
PERIOD_KEYS = ("hire_year", "hire_period", "hire_season", "hire_month", "hire_quarter")


def _each_of_periods_said_with_and(plan: plans.QueryPlan, parts: list[Part]) -> plans.QueryPlan:
    """ "how many were hired in 2015, 2016 and 2017", "hires in Q1 2021 and Q2 2021": each
    period, and all of them added up (as values said with "and" are); "or" (or "together")
    asks for one count."""
    alternatives = [f for f in plan.filters if isinstance(f, plans.AnyOf) and not f.negated]
    if plan.shape != plans.Count() or len(alternatives) != 1:
        return plan
    condition = _bands_apart(alternatives[0])
    key = compared_key(condition)
    if key not in PERIOD_KEYS or any(p.kind == "together" for p in parts):
        return plan
    said = [index for index, part in enumerate(parts) if part.value in alternatives[0].options]
    between = {part.kind for part in parts[said[0] : said[-1]]} if len(said) > 1 else set()
    if "sep_and" not in between or "sep_or" in between:
        return plan
    periods = cast(tuple[plans.DateFilter, ...], condition.options) if key == "hire_period" else ()
    count = len(condition.options)
    filters = tuple(condition if f is alternatives[0] else f for f in plan.filters)
    shape = plans.GroupCount(key, compared=count, total=True, periods=periods)
    return replace(plan, filters=filters, shape=shape)


SERVICE_BAND = re.compile(r"with (\d+) to (\d+ \w+) of service")


def _bands_apart(condition: plans.AnyOf) -> plans.AnyOf:
    """ "0-5 years, 5-10 years and 10+ years of service": bands of service that touch at one
    day are counted apart, the shorter one up to under the next ("0 to under 5 years"), so
    someone with exactly 5 years counts once, in "5 to 10"."""
    if not all(isinstance(option, plans.DateFilter) for option in condition.options):
        return condition
    periods = cast(tuple[plans.DateFilter, ...], condition.options)
    bands = sorted(periods, key=lambda period: period.start or dt.date.min)
    apart = {
        id(later): _from_the_day_after(later)
        for earlier, later in itertools.pairwise(bands)
        if later.start == earlier.end and SERVICE_BAND.fullmatch(later.label)
    }
    return replace(condition, options=tuple(apart.get(id(band), band) for band in periods))


def _from_the_day_after(band: plans.DateFilter) -> plans.DateFilter:
    assert band.start is not None
    label = SERVICE_BAND.sub(r"with \1 to under \2 of service", band.label)
    return replace(band, start=band.start + dt.timedelta(days=1), label=label)


# In this order: a period or months said again first, values and periods said with "and" last.
REREADINGS: tuple[Callable[[plans.QueryPlan, list[Part]], plans.QueryPlan], ...] = (
    each_years_months,
    _restated_period,
    _restated_months,
    _as_check,
    _groups_without,
    _counted_names,
    _named_tenures,
    _each_of_values_said_with_and,
    _each_of_periods_said_with_and,
)


def said_again(
    condition: plans.Filter, same_side: list[plans.Filter], kept: list[plans.Filter]
) -> bool:
    """A date condition said again: the same days on the same side of a share ("in the 2010s
    (2010-2019)"), or the same days of the week, months or quarters in other words."""
    days = _days_of(condition)
    return (days is not None and days in map(_days_of, same_side)) or _same_days_again(
        condition, kept
    )


def _days_of(condition: plans.Filter) -> tuple[object, ...] | None:
    """ "hired in the 2010s (2010-2019)": the same days said twice, one condition."""
    if not isinstance(condition, plans.DateFilter):
        return None
    return (condition.start, condition.end, condition.negated)


def _same_days_again(condition: plans.Filter, kept: list[plans.Filter]) -> bool:
    """ "on a weekend day (Saturday or Sunday)": the same days of the week (months, quarters)
    said again, in other words."""
    days = date_part_of(condition)
    since = getattr(condition, "before", None)  # an anniversary's: of an earlier year only
    return days is not None and any(
        date_part_of(other) == days and getattr(other, "before", None) == since for other in kept
    )
