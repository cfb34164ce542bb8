"""Shares and averages, from the parts that are not conditions: "what percentage of engineers
are managers", "average tenure per title", "average hires per year"."""

import datetime as dt
from dataclasses import replace
from typing import Literal, cast, get_args

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.assemble import PEOPLE_NOUNS, Bag
from gptbridge.engines.offline.meaning import NotUnderstood, Part

GROUPABLE_COLUMNS = get_args(plans.GroupColumn)


def group_key(value: object) -> plans.GroupKey | None:
    if isinstance(value, str) and value.startswith("key_"):  # the grammar's "key_hire_month"
        return cast(plans.GroupKey, value.removeprefix("key_"))
    if value in GROUPABLE_COLUMNS:
        return cast(plans.GroupKey, value)
    return None


def key_from(bag: Bag, *kinds: str) -> plans.GroupKey | None:
    for part in bag.peek(*kinds):
        key = group_key(part.value)
        if key is not None:
            bag.use(part)
            return key
    return None


# --- shares and averages ------------------------------------------------------------------------


def share_plan(
    bag: Bag, positioned: list[tuple[int, plans.Filter]], rest: list[Part]
) -> plans.QueryPlan:
    bag.take("share")
    are = [index for index, part in enumerate(rest) if _splits_a_share(part)]
    if are == [len(rest) - 1] and rest[0].kind == "count":  # "how many X, and what share is that"
        are = []
    among = [index for index, part in enumerate(rest) if part.kind == "among"]
    if not are and not among:  # "contractors as a % of Eng": the part first, then the whole
        among = _share_said_between(positioned, rest)
    bag.take("are", "among")

    excluded = _excluded_last(positioned, rest)

    def in_whole(position: int) -> bool:
        """Before "are" ("of engineers are managers") or after "among" ("are managers among
        engineers") a condition says the whole; the rest is the part counted."""
        before = bool(are and position <= are[0]) or bool(among and position > among[0])
        return before or position == excluded

    whole = tuple(condition for position, condition in positioned if in_whole(position))
    part = tuple(condition for position, condition in positioned if not in_whole(position))
    part = tuple(condition for condition in part if condition not in whole) or part
    key = key_from(bag, "per", "by")
    if key is None and not part:  # "dept share of headcount": each department's share
        key = key_from(bag, "fields", "key")
    extreme: Literal["max", "min"] | None = None
    if key is None and bag.has("most", "fewest"):  # "the department with the highest share"
        key = key_from(bag, "fields", "key")
        if key is not None:  # else "the highest" is left over, and refused
            extreme = "max" if bag.take("most") else "min" if bag.take("fewest") else None
    bag.take("count")
    if key is not None:  # "break down headcount by title, with percentages"
        bag.take("breakdown")
    if key is not None and part:  # "the percentage of interns in each department"
        if not are and len(part) > 1:  # "of interns in each department joined after 2020"
            raise NotUnderstood(
                ["percentage"], "of which of them? say which, with 'are' or 'among'"
            )
        return plans.QueryPlan(whole, _share_ranked(bag, plans.Share(part, key, extreme)))
    if key is not None and extreme is None:
        return plans.QueryPlan(whole, plans.GroupCount(key, share=True))
    if not part:
        raise NotUnderstood(
            ["percentage"],
            "a percentage of what? name the part, e.g. "
            "'what percentage of employees are engineers'",
        )
    return plans.QueryPlan(whole, _share_of_a_whole_said_or_not(part, bool(are or among)))


def _share_of_a_whole_said_or_not(part: tuple[plans.Filter, ...], are: bool) -> plans.Share:
    """ "share of VPs in Sales": of Sales, or of all VPs? Both are given; of three conditions,
    which whole is asked back."""
    if are or len(part) == 1:
        return plans.Share(part)
    if len(part) == 2:
        return plans.Share(part, each_whole=True)
    raise NotUnderstood(
        ["percentage"],
        "a share of which whole? say it with 'are', e.g. 'what percentage of Product "
        "are contractors' or 'what percentage of contractors are in Product'",
    )


# A mean number per group: not per weekday or season (each Monday, or Mondays as one group?);
# per month or quarter, each of its year (`spanned`).
AVERAGED_KEYS = (
    *GROUPABLE_COLUMNS,
    "email_domain",
    "hire_year",
    "hire_month",
    "hire_quarter",
)


def average_size(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "average hires per year", "average department size", "on average how many interns per
    title": the number counted per group, averaged. "Average tenure" says the other average."""
    said = bag.peek("average")
    if not said or said[0].value == "tenure" or bag.has("how_long"):
        return None
    if any(_years_served(part) for part in bag.peek("key")):  # "average years people have ..."
        return None
    if not bag.has("count", "noun_hires", *PEOPLE_NOUNS):
        return None  # "average per department": average() asks of what
    key = key_from(bag, "per", "by") or key_from(bag, "fields")
    if key is None:
        return None
    if key not in AVERAGED_KEYS:
        raise NotUnderstood([said[0].text], f"each {key.removeprefix('hire_')}, or all as one?")
    bag.take("average", "count", "noun_hires", *PEOPLE_NOUNS)
    return plans.AverageGroupSize(key)


def average(bag: Bag, today: dt.date) -> plans.Shape | None:
    """An average (or median) tenure, in years or, when asked, in months."""
    months = any(part.value == "months" for part in bag.peek("how_long"))
    shape = _average(bag, today)
    if isinstance(shape, plans.AverageTenure) and (bag.take("in_months") or months):
        shape = replace(shape, unit="months")
    if isinstance(shape, plans.AverageTenure) and shape.key and shape.extreme is None:
        shape = _ranked(bag, shape)
    return shape


def _share_ranked(bag: Bag, shape: plans.Share) -> plans.Share:
    """ "the share of interns per department, highest first" (or "sorted descending")."""
    if shape.extreme is not None:
        return shape
    direction = _direction_said(bag)
    if direction is None:
        return shape
    return replace(shape, ranked="highest" if direction == "most" else "lowest")


def _ranked(bag: Bag, shape: plans.AverageTenure) -> plans.AverageTenure:
    """ "average tenure by title, longest first" ("descending", as counts per group are):
    the groups by their tenure."""
    direction = _direction_said(bag)
    if direction is None:
        return shape
    return replace(shape, ranked="longest" if direction == "most" else "shortest")


def _direction_said(bag: Bag) -> Literal["most", "fewest"] | None:
    if bag.take("order_most_first", "order_desc"):
        bag.take("sorted")
        return "most"
    if bag.take("order_fewest_first", "order_asc"):
        bag.take("sorted")
        return "fewest"
    return None


def _average(bag: Bag, today: dt.date) -> plans.Shape | None:
    typically = [p for p in bag.peek("average") if p.text.lower() in ("typically", "usually")]
    if typically and bag.has("most", "fewest"):  # "which month do we typically hire the most"
        bag.use(*typically)
        return None
    if any(part.value == "ago" for part in bag.peek("how_long")):
        if bag.names_someone:  # "how many days since X was hired": X's hire date, days ago
            bag.take("how_long", "fields")
            return plans.HireDateBound(latest=True, ago_on=today)
        return None  # "how many days since 2020": no tenure; left over, and refused
    median = bag.take("median")
    said = bag.take("average", "how_long")
    if median:
        return _median_tenure(bag, median, said, today)
    by_average = [part for part in bag.peek("by") if part.value == "average_tenure_key"]
    if not said and not by_average:
        return None
    bag.use(*by_average)
    key = key_from(bag, "per", "by")
    bare = bool(said) and all(p.kind == "average" and p.value is None for p in said)
    years = [p for p in bag.peek("key", "fields") if p.value == "key_hire_year"]
    if bare and len(years) == 1 and not bag.has("most", "fewest"):
        bag.use(*years)
        if _years_served(years[0]):  # "the average (number of) years per department"
            bag.take("count")
            return plans.AverageTenure(today, key)
        return plans.MedianHireDate(key, mean=True)  # "avg hire yr by dept"
    if bare:  # "the average?"
        raise NotUnderstood(
            [said[0].text], "of what? e.g. 'average tenure per title' or 'average headcount'"
        )
    if key is None and (bag.has("most", "fewest") or by_average):
        return _groups_by_average(bag, today, by_average)
    return plans.AverageTenure(today, key)


def _years_served(said: Part) -> bool:
    """ "the average years (at the company)" is a tenure, in years; "the average hire year" and
    "the average year" are the mean of the hire years."""
    return said.text.lower() in ("years", "yrs")


def _groups_by_average(bag: Bag, today: dt.date, by_average: list[Part]) -> plans.AverageTenure:
    """ "which department has the longest average tenure", "the 3 titles with the highest
    average tenure", "top 3 departments by average tenure", "titles ranked by average tenure"."""
    key = key_from(bag, "fields", "key")
    extreme = bag.take("most", "fewest")
    if key is None:  # "who has the longest average tenure"
        said = (extreme or by_average)[0].text
        raise NotUnderstood([said], "the highest average of what? ask per group")
    if len(extreme) > 1:  # "the longest average tenure and the most people"
        raise NotUnderstood([extreme[1].text], "one highest or lowest at a time, please")
    limit = bag.take_one("limit_top", "limit_bottom", "limit_bare")
    bottom = limit is not None and limit.kind == "limit_bottom"
    if extreme and bottom and extreme[0].kind == "most":  # "the bottom 3 with the longest"
        raise NotUnderstood([limit.text if limit else "", extreme[0].text])
    shortest = bottom or (extreme and extreme[0].kind == "fewest")
    if limit is None and not by_average:
        return plans.AverageTenure(today, key, "min" if shortest else "max")
    bag.take("sorted")
    ranked: Literal["longest", "shortest"] = "shortest" if shortest else "longest"
    return plans.AverageTenure(today, key, ranked=ranked, limit=limit.value if limit else None)


def _median_tenure(bag: Bag, median: list[Part], said: list[Part], today: dt.date) -> plans.Shape:
    """ "median tenure (per department)"; a bare "median" says of what only with "how long"."""
    means = [p for p in said if p.kind == "average"]
    if means or len(median) > 1:
        raise NotUnderstood([median[0].text, *(p.text for p in means)], "which one? ask for one")
    dates = [p for p in bag.peek("fields", "key") if p.value in ("hire_date", "key_hire_year")]
    if median[0].value is None and not said and dates and not bag.has("most", "fewest"):
        bag.use(dates[0])  # "the median hire date (year)": the middle hire date(s)
        year = dates[0].value == "key_hire_year"
        return plans.MedianHireDate(key_from(bag, "per", "by"), year=year)
    if median[0].value is None and not said:
        raise NotUnderstood([median[0].text], "of what? e.g. 'median tenure'")
    if bag.has("most", "fewest"):
        raise NotUnderstood([median[0].text], "the highest median is not offered; ask per group")
    return plans.AverageTenure(today, key_from(bag, "per", "by"), statistic="median")


def spanned(plan: plans.QueryPlan, today: dt.date) -> plans.QueryPlan:
    """An average per period is over every period of the time asked about, those with none
    included: "per year since 2018" is over 2018 to this year."""
    shape = plan.shape
    if not isinstance(shape, plans.AverageGroupSize) or not shape.key.startswith("hire_"):
        return plan
    dated = [f for f in plan.filters if isinstance(f, plans.DateFilter) and not f.negated]
    starts = [f.start for f in dated if f.start is not None]
    ends = [f.end for f in dated if f.end is not None]
    start, end = max(starts, default=None), min(ends, default=None)
    if dated and end is None:
        end = today
    if shape.key in plans.PERIODS_IN_A_YEAR and not plans.in_one_year(start, end):
        each_year = (_period_of_a_year(shape.key, start), _period_of_a_year(shape.key, end))
        return replace(plan, shape=replace(shape, span=each_year, each_year=True))
    return replace(
        plan, shape=replace(shape, span=(_period(shape.key, start), _period(shape.key, end)))
    )


def _period_of_a_year(key: plans.GroupKey, day: dt.date | None) -> int | None:
    """ "March 2020" as 2020 * 12 + 2: the months (quarters) of several years numbered on."""
    period = _period(key, day)
    if day is None or period is None:
        return None
    return day.year * plans.PERIODS_IN_A_YEAR[key] + period - 1


def _period(key: plans.GroupKey, day: dt.date | None) -> int | None:
    """The year, month or quarter a day is in, for the key averaged over."""
    if day is None:
        return None
    if key == "hire_year":
        return day.year
    return (day.month - 1) // (3 if key == "hire_quarter" else 1) + 1


def _excluded_last(positioned: list[tuple[int, plans.Filter]], rest: list[Part]) -> int | None:
    """ "What percentage of Engineering use yahoo, excluding Contractors?": an exclusion said last,
    after a comma, leaves people out of the whole the share is of (and so of its part)."""
    if not positioned:
        return None
    position, condition = max(positioned, key=lambda entry: entry[0])
    negated = isinstance(condition, plans.ValueFilter) and condition.negated
    after_a_comma = 0 < position <= len(rest) and rest[position - 1].kind == "sep_comma"
    return position if negated and after_a_comma else None


def _share_said_between(positioned: list[tuple[int, plans.Filter]], rest: list[Part]) -> list[int]:
    """Where "as a percentage of" stands between the part and the whole, as "among" would;
    "interns in Sales as a percentage of everyone" says the whole too: all employees."""
    at = [index for index, part in enumerate(rest) if part.kind == "share"]
    if not at:
        return []
    before = any(position <= at[0] for position, _ in positioned)
    after = any(position > at[0] for position, _ in positioned)
    of_everyone = [part.kind for part in rest[at[0] + 1 :]] == ["noun_people"]
    return at[:1] if before and (after or of_everyone) else []


def _splits_a_share(part: Part) -> bool:
    """ "are" in "what share of engineers are managers", or "were hired" ("joined") in "what
    fraction of engineers were hired before 2015": the whole before it, the part after ("hired"
    alone may still describe the whole: "of engineers hired before 2015")."""
    said = part.text.lower()
    finite = ("were", "was", "joined", "started", "got hired")  # "of engineers joined before"
    return part.kind == "are" or (part.kind == "noun_hires" and said.startswith(finite))


def against_average(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "which departments are above average size", "titles with below-average headcount": the
    groups bigger (smaller) than the average group of one column."""
    said = bag.take_one("against_average")
    if said is None:
        return None
    keys = [p for p in bag.peek("fields", "key", "per", "by") if group_key(p.value)]
    if len(keys) != 1:
        raise NotUnderstood([said.text], "the average of which groups? e.g. 'departments'")
    bag.use(keys[0])
    bag.take("count", *PEOPLE_NOUNS)
    key = cast(plans.GroupKey, group_key(keys[0].value))
    operator, of_groups = said.value
    # "titles above the average department": the groups averaged are the groups counted
    if of_groups is not None and group_key(of_groups) != key:
        raise NotUnderstood([said.text], f"the average {of_groups} is no {key}")
    return plans.GroupCount(key, against_average=operator)
