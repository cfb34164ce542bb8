"""Groups set side by side ("Sales vs Marketing", "gmail vs yahoo", "2021 vs 2022"): which key
tells the alternatives of a condition apart, so each can be counted (or averaged) on its own.
"""

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.meaning import NotUnderstood, Part


def unmarked(rest: list[Part]) -> bool:
    return not any(part.kind == "compared" for part in rest)


def alternatives_in(condition: plans.Filter) -> int:
    if isinstance(condition, plans.ValueFilter):
        return len(condition.values) if len(condition.values) > 1 else 0
    return len(condition.options) if isinstance(condition, plans.AnyOf) else 0


def compared_part(condition: plans.Filter, said: list[Part], negated: bool) -> Part:
    """ "Sales vs Marketing", "gmail vs yahoo": the groups to count (or average) one by one."""
    text = " ".join(part.text for part in said)
    key = _compared_key(condition)
    if negated or key is None or not alternatives_in(condition):
        raise NotUnderstood(
            [text], "only departments, titles, e-mail providers, years or months can be compared"
        )
    return Part("compared", (key, alternatives_in(condition)), text)


def _compared_key(condition: plans.Filter) -> plans.GroupKey | None:
    if isinstance(condition, plans.ValueFilter):
        return condition.column
    options = condition.options if isinstance(condition, plans.AnyOf) else ()
    keys = {_option_key(option) for option in options}
    return keys.pop() if len(keys) == 1 else None


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
    whole_year = (
        isinstance(option, plans.DateFilter)
        and option.start is not None
        and option.end is not None
        and (option.start.month, option.start.day, option.end.month, option.end.day)
        == (1, 1, 12, 31)
        and option.start.year == option.end.year
    )
    return "hire_year" if whole_year else None


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
