"""Groups set side by side ("Sales vs Marketing", "gmail vs yahoo", "2021 vs 2022"): which key
tells the alternatives of a condition apart, so each can be counted (or averaged) on its own.
"""

import datetime as dt
import itertools
from dataclasses import replace
from typing import cast

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.words import SEASONS


def unmarked(rest: list[Part]) -> bool:
    return not any(part.kind == "compared" for part in rest)


def alternatives_in(condition: plans.Filter) -> int:
    if isinstance(condition, plans.ValueFilter):
        return len(condition.values) if len(condition.values) > 1 else 0
    return len(condition.options) if isinstance(condition, plans.AnyOf) else 0


def compared_part(condition: plans.Filter, said: list[Part], negated: bool) -> Part:
    """ "Sales vs Marketing", "gmail vs yahoo": the groups to count (or average) one by one."""
    text = " ".join(part.text for part in said)
    key = compared_key(condition)
    if negated or key is None or not alternatives_in(condition):
        raise NotUnderstood(
            [text],
            "only departments, titles, e-mail providers or periods that do not overlap can be "
            "compared",
        )
    return Part("compared", (key, alternatives_in(condition), condition), text)


def compared_key(condition: plans.Filter) -> plans.GroupKey | None:
    """The key a set of alternatives can be counted by, side by side, or None."""
    if isinstance(condition, plans.ValueFilter):
        return condition.column
    options = condition.options if isinstance(condition, plans.AnyOf) else ()
    keys = {_option_key(option) for option in options}
    if keys == {"hire_year", "hire_period"}:  # "this year (to date) vs last year": two periods
        keys = {"hire_period"}
    if keys == {"hire_period"} and _overlap(cast(tuple[plans.DateFilter, ...], options)):
        return None  # "Q1 2021 vs the first half of 2021": a hire would count in both
    return keys.pop() if len(keys) == 1 else None


def apart(first: plans.DateFilter, second: plans.DateFilter) -> bool:
    """Periods no day is in both of: joined by "and" they are each, never both at once."""
    earlier, later = sorted((first, second), key=lambda period: period.start or dt.date.min)
    return None not in (earlier.end, later.start) and earlier.end < later.start  # type: ignore[operator]


def _overlap(periods: tuple[plans.DateFilter, ...]) -> bool:
    spans = sorted((period.start or dt.date.min, period.end or dt.date.max) for period in periods)
    return any(later[0] <= earlier[1] for earlier, later in itertools.pairwise(spans))


DATE_PART_KEYS: dict[str, plans.GroupKey] = {
    "month": "hire_month",
    "weekday": "hire_weekday",
    "quarter": "hire_quarter",
}


def _option_key(option: plans.Filter) -> plans.GroupKey | None:
    """The group an alternative is: an e-mail provider, a calendar year, a month of any year."""
    if _is_email_condition(option):
        return "email_domain"
    if isinstance(option, plans.DatePartFilter) and len(option.values) == 1:
        return DATE_PART_KEYS.get(option.part)
    if isinstance(option, plans.DatePartFilter) and option.part == "month":
        return "hire_season" if tuple(option.values) in SEASONS.values() else None
    whole_year = (
        isinstance(option, plans.DateFilter)
        and option.start is not None
        and option.end is not None
        and (option.start.month, option.start.day, option.end.month, option.end.day)
        == (1, 1, 12, 31)
        and option.start.year == option.end.year
    )
    if whole_year:
        return "hire_year"
    if isinstance(option, plans.DateFilter) and not option.anniversary:
        return None if option.negated else "hire_period"  # "before 2015", "2 to 5 years ago"
    return None


def refuse_two_providers(filters: list[plans.Filter]) -> None:
    """ "how many of each email provider, gmail hotmail yahoo": an address is at one provider, so
    two said as conditions together hold for no one; "or" or "per provider" says which."""
    providers = [f for f in filters if isinstance(f, plans.TextFilter) and _is_email_condition(f)]
    said = [provider.shown or provider.value for provider in providers if not provider.negated]
    if len(set(said)) > 1:
        raise NotUnderstood(said, "an address is at one provider; say 'or', or 'per provider'")


def is_email_part(part: Part) -> bool:
    return part.kind == "filter" and _is_email_condition(part.value)


def _is_email_condition(condition: object) -> bool:
    """An e-mail provider or domain ("gmail", "example.org"), not a whole address or prefix."""
    return (
        isinstance(condition, plans.TextFilter)
        and condition.column == "email"
        and condition.op in ("contains", "ends")
        and "@" in condition.value
    )


SEPARATOR_KINDS = ("sep_and", "sep_or", "sep_comma", "sep_vs")


def regroup(parts: list[Part]) -> list[Part]:
    """The groups of a comparison side by side, as in "A vs B": "does Sales have more people
    than Marketing" is "more people: Sales vs Marketing", "Sales headcount vs Marketing
    headcount" is "Sales vs Marketing headcount", "the change in hires from 2022 to 2023" is
    "2022 vs 2023, the change". Anything else is left as it is."""
    parts = _change_between_years(parts)
    return _said_twice_once(_first_group_forward(_commas_around_groups(_superlative_of_two(parts))))


def _change_between_years(parts: list[Part]) -> list[Part]:
    """With "change" said, "as a percentage" says nothing more (a change is given as a
    percentage too), and a range of two years ("from 2022 to 2023") is its two ends, unless
    each year is asked for ("year over year from 2018 to 2021")."""
    if not any(part.kind == "change" for part in parts):
        return parts
    parts = [part for part in parts if not (part.kind == "share" and part.value == "said after")]
    ranges = [i for i, part in enumerate(parts) if _two_years(part) is not None]
    yearly = any(p.kind in ("per", "by") and p.value == "key_hire_year" for p in parts)
    if len(ranges) != 1 or yearly:
        return parts
    first, last = cast(tuple[int, int], _two_years(parts[ranges[0]]))
    ends = [Part("filter", _year(year), str(year)) for year in (first, last)]
    vs = Part("sep_vs", None, "vs")
    return [*parts[: ranges[0]], ends[0], vs, ends[1], *parts[ranges[0] + 1 :]]


def _two_years(part: Part) -> tuple[int, int] | None:
    """The years of a range said as two years ("from 2022 to 2023"; not "the 2010s to the
    2020s", whose dates are the same as "2010 to 2029": periods.py labels ranges by their ends)."""
    condition = part.value
    if part.kind != "filter" or not isinstance(condition, plans.DateFilter) or condition.negated:
        return None
    start, end = condition.start, condition.end
    if start is None or end is None or start.year >= end.year:
        return None
    if condition.label != f"between {start.year} and {end.year}":
        return None
    return start.year, end.year


def _year(year: int) -> plans.DateFilter:
    return plans.DateFilter(dt.date(year, 1, 1), dt.date(year, 12, 31), f"in {year}")


def _superlative_of_two(parts: list[Part]) -> list[Part]:
    """ "Sales or Marketing, which is bigger": with groups listed and no other grouping said,
    "bigger" (or "smaller") compares them ("the biggest title in Sales or Marketing" does not)."""
    ranks = [i for i, part in enumerate(parts) if part.kind in ("most", "fewest")]
    grouped = any(part.kind in GROUPINGS for part in parts)
    listed = any(
        part.kind == "sep_or"
        and 0 < i < len(parts) - 1
        and _groups_of_one_kind(parts[i - 1], parts[i + 1])
        for i, part in enumerate(parts)
    )
    if listed:
        _refuse_a_hire_compared_between_groups(parts)
    if len(ranks) != 1 or grouped or not listed:
        return parts
    rank = parts[ranks[0]]
    return [*parts[: ranks[0]], Part("side_by_side", None, rank.text), *parts[ranks[0] + 1 :]]


# Comparatives of a hire date ("longer tenure", "joined earlier"): said of groups listed, of
# one person, or of the groups on average?
COMPARATIVES = ("longer", "shorter", "earlier", "later", "newer", "older", "more recent")


def _refuse_a_hire_compared_between_groups(parts: list[Part]) -> None:
    """ "do interns or contractors have longer tenure": the longest-serving of them, or the
    group with the longer tenure on average? Refused; two people compared are answered ("who
    has been here longer, A or B")."""
    said = [p for p in parts if p.kind in ("earliest", "newest") and _comparative(p.text)]
    if said:
        raise NotUnderstood(
            [said[0].text],
            "on average, or the longest-serving person? say 'average tenure' or 'the earliest "
            "hire'",
        )


def _comparative(text: str) -> bool:
    return any(word in COMPARATIVES for word in text.lower().split())


# Parts that say a grouping of their own: with one, "the most" is not between the groups listed.
GROUPINGS = ("fields", "key", "per", "by", "side_by_side", "newest", "earliest", "share")


def _commas_around_groups(parts: list[Part]) -> list[Part]:
    """ "Which is bigger, Sales or Marketing", "which has more VPs, HR or Accounting": in a
    comparison a comma only pauses before the groups (never "VPs or HR")."""
    if not any(part.kind == "side_by_side" for part in parts):
        return parts
    return [part for i, part in enumerate(parts) if not _pause(parts, i)]


def _pause(parts: list[Part], index: int) -> bool:
    if parts[index].kind != "sep_comma":
        return False
    before = parts[index - 1] if index else None
    after = parts[index + 1] if index + 1 < len(parts) else None
    if before is None or after is None or before.kind == "side_by_side":
        return before is not None
    return before.kind == after.kind == "value" and before.value[0] != after.value[0]


def _first_group_forward(parts: list[Part]) -> list[Part]:
    """ "A <more ...> than B" -> "<more ...> A than B", when A and B are groups of one kind."""
    marks = [i for i, part in enumerate(parts) if part.kind == "side_by_side"]
    if len(marks) != 1 or marks[0] == 0:
        return parts
    mark = marks[0]
    first = parts[mark - 1]
    than = next((j for j in range(mark + 1, len(parts) - 1) if parts[j].kind == "sep_vs"), None)
    if than is None or (mark > 1 and parts[mark - 2].kind in SEPARATOR_KINDS):
        return parts
    if not _groups_of_one_kind(first, parts[than + 1]):
        return parts
    return [*parts[: mark - 1], *parts[mark:than], first, *parts[than:]]


def _said_twice_once(parts: list[Part]) -> list[Part]:
    """ "A X vs B X" -> "A vs B X", when A and B are groups of one kind and X says no group; so
    is "A X vs B" with nothing after B ("the Sales headcount compared with Marketing"), or only
    dates, which are then said of both ("did Sales hire more people than Marketing in 2020")."""
    vs = [i for i, part in enumerate(parts) if part.kind == "sep_vs"]
    if len(vs) != 1:
        return parts
    than = vs[0]
    if than + 1 >= len(parts):
        return parts
    first = max(
        (i for i in range(than) if _groups_of_one_kind(parts[i], parts[than + 1])), default=None
    )
    if first is None:
        return parts
    said = parts[first + 1 : than]
    repeated = parts[than + 2 : than + 2 + len(said)]
    if all(map(_says_when, parts[than + 2 :])):  # nothing said after B, or only dates
        repeated = said
    kinds = [(part.kind, part.value) for part in said]
    if not said or kinds != [(part.kind, part.value) for part in repeated]:
        return parts
    again = [part.value for part in parts[than + 2 :] if part.kind == "filter"]
    if any(p.kind in ("value", "filter", *SEPARATOR_KINDS) and p.value not in again for p in said):
        return parts  # said of A only; said again after B it is said of both ("... in 2020")
    rest = parts[than + 2 + (len(repeated) if repeated is not said else 0) :]
    return [*parts[: first + 1], *parts[than : than + 2], *said, *rest]


def _says_when(part: Part) -> bool:
    return part.kind in ("prep", "prep_place") or (part.kind == "filter" and _dated(part.value))


def _groups_of_one_kind(first: Part, second: Part) -> bool:
    if first.kind == second.kind == "value":
        return bool(first.value[0] == second.value[0])
    if first.kind == second.kind == "filter":
        key = _option_key(first.value)
        return key is not None and key == _option_key(second.value)
    return False


# --- a change in hires ---------------------------------------------------------------------------


def in_whole_years(plan: plans.QueryPlan, today: dt.date) -> plans.QueryPlan:
    """A yearly change ends with the last whole year: this year is not over, and its hires so
    far against a whole year would say a fall that has not happened. Two years, one of them this
    year or later, are refused for the same reason."""
    shape = plan.shape
    if not isinstance(shape, plans.GroupCount) or not shape.change:
        return plan
    dates = [f for f in plan.filters if _dated(f)]
    if dates and max(map(_last_day, dates)).year < today.year:
        return plan
    if shape.compared:
        raise NotUnderstood([str(today.year)], "this year is not over; compare whole years")
    last_year = dt.date(today.year - 1, 12, 31)
    if not dates:
        whole = plans.DateFilter(None, last_year, f"before {today.year}")
        return replace(plan, filters=(*plan.filters, whole))
    open_ended = [f for f in dates if isinstance(f, plans.DateFilter) and f.end is None]
    if len(dates) != 1 or not open_ended:
        return plan  # refused below: not whole years in one span
    (span,) = open_ended
    cut = replace(span, end=last_year, label=f"{span.label} and before {today.year}")
    return replace(plan, filters=tuple(cut if f is span else f for f in plan.filters))


def _last_day(condition: plans.Filter) -> dt.date:
    """The last hire date a condition allows (today's year, when it has no end)."""
    if isinstance(condition, plans.AnyOf):
        return max(_last_day(option) for option in condition.options)
    end = condition.end if isinstance(condition, plans.DateFilter) else None
    return end if end is not None else dt.date.max


def refuse_changes_of_anything_but_years(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """A change is of hires from one year to another, or from each year to the next, in order:
    not of departments, of months of any year, of a top N, or of three years at once."""
    shape = plan.shape
    said = [p.text for p in parts if p.kind == "change"]
    if not said or not isinstance(shape, plans.GroupCount) or not shape.change:
        return
    if shape.key != "hire_year" or shape.order or shape.limit or shape.compared not in (0, 2):
        raise NotUnderstood(said, "a change is of hires from one year to another, or per year")
    # "team growth", "headcount change": of the people there (every hire until then), or of
    # the hires of each year? Only a change in hires is answered.
    counted = [i for i, p in enumerate(parts) if p.kind == "count"]
    of_hires = all(_counts_hires(parts[i + 1 :]) for i in counted)  # "number of (people) hired"
    if not any(p.kind == "noun_hires" for p in parts) or not of_hires:
        raise NotUnderstood(said, "of hires, or of headcount? ask for the change in hires")
    if any(_asks_a_share(parts, index) for index, part in enumerate(parts) if part.kind == "share"):
        raise NotUnderstood(said, "a change of a share is not offered; ask for the change in hires")
    if not shape.compared and not _whole_years_in_one_span(plan.filters):
        raise NotUnderstood(said, "each year's change needs whole years, one after another")
    if not shape.compared and plans.dated_in_one_year(
        plan.filters
    ):  # "the yoy change in hires in 2022"
        raise NotUnderstood(said, "a change needs two years: say 'from 2021 to 2022'")


def _counts_hires(following: list[Part]) -> bool:
    """ "hires", "people hired", "staff did we hire": a count of hires, not of people there."""
    said = following[1:2] if following[:1] and following[0].kind == "noun_people" else following
    return bool(said[:1]) and said[0].kind == "noun_hires"


def _asks_a_share(parts: list[Part], index: int) -> bool:
    """ "the share of engineers", "as a percentage of all": another share than the change's own
    percentage (a bare "as a percentage" after a change says nothing more)."""
    following = parts[index + 1 : index + 2]
    return parts[index].value != "said after" or any(p.kind in ("prep", "among") for p in following)


def _whole_years_in_one_span(filters: tuple[plans.Filter, ...]) -> bool:
    """Hire-date conditions of a yearly change: none, or one range of whole years (or open)."""
    dated = [condition for condition in filters if _dated(condition)]
    if not dated:
        return True
    span = dated[0]
    return (
        len(dated) == 1
        and isinstance(span, plans.DateFilter)
        and not span.negated
        and (span.start is None or (span.start.month, span.start.day) == (1, 1))
        and (span.end is None or (span.end.month, span.end.day) == (12, 31))
    )


def _dated(condition: plans.Filter) -> bool:
    if isinstance(condition, plans.AnyOf):
        return any(map(_dated, condition.options))
    return isinstance(condition, plans.DateFilter)


def refuse_periods_compared_outside_another(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "hires in the 2010s (2010-2019) vs 2020 onward": the brackets had become a condition on
    both sides, and 2020 onward came back empty. A period compared must lie within every other
    period said; otherwise which one holds is not sure."""
    if not isinstance(plan.shape, plans.GroupCount) or not plan.shape.periods:
        return
    others = [f for f in plan.filters if isinstance(f, plans.DateFilter) and not f.negated]
    for period, other in itertools.product(plan.shape.periods, others):
        if not _within(period, other):
            raise NotUnderstood(
                [other.label, period.label], "compared outside the other period said"
            )


def _within(period: plans.DateFilter, other: plans.DateFilter) -> bool:
    starts_in = (period.start or dt.date.min) >= (other.start or dt.date.min)
    return starts_in and (period.end or dt.date.max) <= (other.end or dt.date.max)
