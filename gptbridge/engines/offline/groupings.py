"""Whether a question asks for groups, and which: "A and B" together or each of them, the
quarters of two years each or added up, people sorted by a key or counted per key."""

from dataclasses import replace

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.assemble import Bag
from gptbridge.engines.offline.averages import group_key
from gptbridge.engines.offline.meaning import NotUnderstood, Part


def refuse_pooling(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "average tenure of managers and interns", "the newest manager and intern": of both
    together, or of each? Refused; "or" (one answer) and "per title" (one each) say which."""
    pooled = plans.AverageTenure | plans.Share | plans.HireExtreme | plans.HireDateBound
    top = isinstance(plan.shape, plans.PeopleList) and plan.shape.limit is not None
    if not isinstance(plan.shape, pooled) and not top:  # "the 3 newest in Sales and HR"
        return
    part = plan.shape.part if isinstance(plan.shape, plans.Share) else ()
    each = plan.shape.key if isinstance(plan.shape, plans.AverageTenure) else None
    lists = [  # "excluding contractors and interns" leaves both out: no question of pooling
        f  # nor "compare average tenure between Sales and Marketing": each is averaged
        for f in (*plan.filters, *part)
        if isinstance(f, plans.ValueFilter)
        and len(f.values) > 1
        and not f.negated
        and f.column != each
    ]
    # "the percentage with hotmail, gmail and yahoo": providers listed, the same question
    providers = [
        " and ".join(option.shown for option in f.options if isinstance(option, plans.TextFilter))
        for f in (*plan.filters, *part)
        if isinstance(f, plans.AnyOf) and not f.negated and all(map(_is_a_provider, f.options))
    ]
    together = any(p.kind == "together" for p in parts)  # "A and B combined": one whole
    if (lists or providers) and any(p.kind == "sep_and" for p in parts) and not together:
        said = " and ".join(lists[0].values) if lists else providers[0]
        raise NotUnderstood(
            [said], f"'{said}' could mean them together or each of them; say 'or' or 'per'"
        )


def _is_a_provider(condition: plans.Filter) -> bool:
    return isinstance(condition, plans.TextFilter) and condition.value.startswith("@")


# Keys that repeat every year: grouped over two listed years, each group adds both years up.
YEARLY_KEYS = ("hire_quarter", "hire_month", "hire_season", "hire_weekday")


def each_years_months(plan: plans.QueryPlan, parts: list[Part]) -> plans.QueryPlan:
    """ "hires each month over the last 4 years", "hires per quarter since 2021": over more than
    one calendar year, each year's months (quarters) in turn, as "per year and month" — never
    the Januaries of all those years added up, unless said "together". Without a period ("hires
    per month") the months of the year are meant, all years together."""
    shape = plan.shape
    if not isinstance(shape, plans.GroupCount) or shape.key not in ("hire_month", "hire_quarter"):
        return plan
    if any(p.kind == "together" for p in parts):
        return plan
    periods = [f for f in plan.filters if isinstance(f, plans.DateFilter) and not f.negated]
    if not periods or all(period.in_one_year for period in periods):
        return plan
    if shape.having is not None:  # "months since 2010 with at least one hire": which months?
        raise NotUnderstood(
            [periods[0].label], "each year's months, or all years' added up? say 'together'"
        )
    if shape != plans.GroupCount(shape.key):
        return plan
    return replace(plan, shape=plans.CrossCount("hire_year", shape.key))


def refuse_pooled_years(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "hires by quarter for 2021 and 2022" (or "2021, 2022", "2021/2022", "2021 plus 2022"):
    each year's quarters, or both years' added up? Refused unless said "together"."""
    shape = plan.shape
    if not isinstance(shape, plans.GroupCount | plans.Share) or shape.key not in YEARLY_KEYS:
        return
    conditions = (*plan.filters, *(shape.part if isinstance(shape, plans.Share) else ()))
    listed = [f for f in conditions if isinstance(f, plans.AnyOf) and _all_dated(f)]
    if listed and not any(p.kind == "together" for p in parts):
        raise NotUnderstood(
            [" or ".join(o.label for o in listed[0].options if isinstance(o, plans.DateFilter))],
            "each year on its own, or the years added up? ask for one year at a time, or say "
            "'together'",
        )


SORT_WORDS = ("sort", "order", "arrang", "rank")
COUNTING = ("count", "per", "per_year", "breakdown", "share")  # a group count said as such


def refuse_sorting_by_a_derived_key(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "sort engineers by hire year", "engineers sorted by season": people in that order, or
    how many per year? A key only groups; said with sorting and no count, it is refused."""
    shape = plan.shape
    if not isinstance(shape, plans.GroupCount) or any(p.kind in COUNTING for p in parts):
        return
    keyed = [p for p in parts if p.kind == "by" and p.value == f"key_{shape.key}"]
    sorting = any(p.kind == "sorted" for p in parts) or any(
        p.text.lower().startswith(SORT_WORDS) for p in keyed
    )
    if keyed and sorting:
        raise NotUnderstood(
            [keyed[0].text],
            "people in that order, or how many per group? say 'by hire date' or 'how many per'",
        )


def _all_dated(condition: plans.AnyOf) -> bool:
    return all(isinstance(option, plans.DateFilter) for option in condition.options)


def refuse_values_in_all_groups(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "which titles exist in all departments": in every one of them, or in any? Refused;
    "how many interns in all departments" (in any of them) is answered."""
    values = isinstance(plan.shape, plans.DistinctValues | plans.CountDistinct)
    whole = [part for part in parts if part.kind == "whole"]
    if values and whole:
        raise NotUnderstood([whole[0].text], "in every one of them, or in any of them?")


def top_groups_said(bag: Bag) -> bool:
    """ "top 3 titles in HR": a column in the plural right after "top N" ranks its values by
    headcount ("top 3 hires" are people)."""
    for top in bag.peek("limit_top"):
        at = bag.parts.index(top)
        after = bag.parts[at + 1] if at + 1 < len(bag.parts) else None
        if after is not None and after.kind == "fields" and group_key(after.value):
            return after.text.lower().endswith("s")
    return False
