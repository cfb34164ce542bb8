"""Conditions relative to a named person, or to anyone else: hired the same day as, before or
after them; the same department, title, name or hire year (month, quarter) as them."""

from typing import cast

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.meaning import Children, Context, NotUsed, Part, register, shown


@register("sameday_any")
def _same_day_as_anyone(kind: str, children: Children, context: Context) -> Part:
    """ "hired on the same day": as someone else."""
    return Part("filter", plans.SameDayFilter(None), "the same day")


@register("sameday", "date_before_person", "date_after_person")
def _person_day(kind: str, children: Children, context: Context) -> Part:
    """Hired the same day as, before or after a named person (or the same day as anyone)."""
    lexeme = children.leaf("person")
    if lexeme is None:
        return Part("filter", plans.SameDayFilter(None), "the same day")
    if lexeme.terminal != "FULLNAME":
        raise NotUsed(lexeme.text)
    relation = {"date_before_person": "before", "date_after_person": "after"}.get(kind, "same")
    condition = plans.SameDayFilter(lexeme.payload, shown(lexeme), relation=relation)  # type: ignore[arg-type]
    return Part("filter", condition, lexeme.text)


# "The same month (quarter) as X" is of the same year, as people who started together say it;
# "the same season as X" may be of any year: not taken.
SAME_KEYS = (
    "key_hire_year",
    "key_hire_month",
    "key_hire_quarter",
    "key_hire_weekday",
    "key_email_domain",
)


@register("same_as")
def _same_as(kind: str, children: Children, context: Context) -> Part:
    """ "the same department as Kendall Larson", "hired the same year as Sven O'Hara"."""
    field = children.token("FIELD")
    key = field.payload if field is not None else children.label(*SAME_KEYS)
    lexeme = children.leaf("person")
    assert lexeme is not None
    key = str(key).removeprefix("key_")
    if key == "hire_date" and lexeme.terminal == "FULLNAME":  # "the same hire date as X"
        same_day = plans.SameDayFilter(lexeme.payload, shown(lexeme))
        return Part("filter", same_day, lexeme.text)
    if key not in plans.GROUP_KEYS or lexeme.terminal != "FULLNAME":
        raise NotUsed(
            field.text if field is not None and key not in plans.GROUP_KEYS else lexeme.text
        )
    condition = plans.SameAsFilter(cast(plans.GroupKey, key), lexeme.payload, shown(lexeme))
    return Part("filter", condition, lexeme.text)


@register("shared")
def _shared(kind: str, children: Children, context: Context) -> Part:
    """ "who shares a last name with someone else", "the same hire date as someone else"."""
    field = children.token("FIELD")
    assert field is not None
    if field.payload == "hire_date":
        return Part("filter", plans.SameDayFilter(None), field.text)
    key = WHOLE_VALUES.get(field.payload, field.payload)
    if key not in plans.GROUP_KEYS and key not in WHOLE_VALUES.values():
        raise NotUsed(field.text)
    return Part("filter", plans.SameAsFilter(key, None), field.text)


# "duplicate emails", "the same full name as someone else": the whole value, not a group key.
WHOLE_VALUES: dict[str, plans.SharedKey] = {"email": "email", "name": "full_name"}
