"""When conditions joined in a list are alternatives (people who match either), and when the
list only says one of them again: "hired 10 years ago, in 2016" is one year, said twice."""

import re

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.comparisons import apart
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.part_kinds import SEPARATORS

# A period said by its number ("in 2016", "March 2020"), not from today ("10 years ago").
BY_ITS_NUMBER = re.compile(r"^[^()]*\b\d{4}\b[^()]*$")


def said_again_in_the_list(options: list[plans.Filter], parts: list[Part], at: int) -> bool:
    """Whether the period after `parts[at]` (a separator) is one already in the list: "in 2016
    or in 2016". Two periods joined by a comma alone, one counted from today and the other said
    by its number, are one period said twice ("10 years ago, in 2016"): other days are refused,
    for neither is surely what was meant ("last year, in 2024")."""
    if _days(parts[at + 1].value) in map(_days, options):
        return True
    first = parts[at - 1]
    restated = (
        len(options) == 1
        and parts[at].kind == "sep_comma"
        and not (at + 2 < len(parts) and parts[at + 2].kind in SEPARATORS)
        and bool(BY_ITS_NUMBER.match(first.text)) != bool(BY_ITS_NUMBER.match(parts[at + 1].text))
    )
    if restated:
        raise NotUnderstood(
            [first.text, parts[at + 1].text],
            f"'{first.text}' and '{parts[at + 1].text}' are different days: which one?",
        )
    return False


def _days(condition: plans.Filter) -> tuple[object, ...]:
    """What a condition holds for: a period's days, or the condition itself."""
    if not isinstance(condition, plans.DateFilter):
        return (condition,)
    return (condition.start, condition.end, condition.negated, condition.anniversary)


def part_of_a_year_then_a_year(first: plans.Filter, said: Part) -> bool:
    """ "Q1 of 2020 and 2021", "March 2019, 2020": is the second year all of it, or its Q1? A
    year not said by its number is whole ("this year vs last year": to date, and all of 2025)."""
    second = said.value
    if not (isinstance(first, plans.DateFilter) and isinstance(second, plans.DateFilter)):
        return False
    by_number = any(character.isdigit() for character in said.text)
    return first.in_one_year and not first.whole_year and second.whole_year and by_number


def mixes_anniversaries(first: plans.Filter, second: plans.Filter) -> bool:
    """ "a 10-year anniversary in 2026 or 2027": is 2027 a hire year or an anniversary year?"""
    dates = [f for f in (first, second) if isinstance(f, plans.DateFilter)]
    return len(dates) == 2 and bool(dates[0].anniversary) != bool(dates[1].anniversary)


def alternatives(first: plans.Filter, second: plans.Filter, joiner: str) -> bool:
    """ "in 2019 or 2020", "in 2019 and 2020" (both: either year); bounds joined by "and" both
    apply ("after 2015 and before 2018"), so they are not alternatives."""
    if joiner in ("sep_or", "sep_vs"):
        return True
    if isinstance(first, plans.DateFilter) and isinstance(second, plans.DateFilter):
        closed = None not in (first.start, first.end, second.start, second.end)
        return closed or apart(first, second)  # "0-5, 5-10 and more than 10 years"
    return one_of(first) == one_of(second) is not None


def one_of(condition: plans.Filter) -> str | None:
    """What a condition picks one of, so that two such joined by "and" are alternatives:
    "Saturdays and Sundays", "gmail and hotmail", "Smith and Jones" (no one is both)."""
    if isinstance(condition, plans.DatePartFilter):
        return condition.part
    if isinstance(condition, plans.TextFilter) and condition.op == "equals":
        return "name" if condition.column in ("full_name", "any_name") else condition.column
    if isinstance(condition, plans.TextFilter) and condition.value.startswith("@"):
        return "email provider"
    return None
