"""Two groupings at once: "headcount by department and title", "hires per year per
department", "department x title breakdown", "a breakdown of department and title": a count per
pair of keys."""

import datetime as dt
import re
from typing import cast

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.assemble import Bag
from gptbridge.engines.offline.averages import group_key
from gptbridge.engines.offline.meaning import NotUnderstood, Part


def cross_count(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "headcount by department and title", "hires per year per department", "hires by
    department and year": per pair ("hires" counts them, as "2016 hires by department")."""
    hires = any(p.value in ("plural", "new") for p in bag.peek("noun_hires"))
    counted = bag.has("count", "breakdown") or hires
    if not counted or bag.has("most", "fewest", "having", "limit_top"):
        return None
    keyed = [part for part in bag.parts if _pair_key(bag, part) is not None]
    keys = [_pair_key(bag, part) for part in keyed]
    if len(keyed) != 2 or keys[0] == keys[1]:
        return None
    bag.use(*keyed, *_joiners_between(bag, *keyed))
    bag.take("count", "breakdown")
    return plans.CrossCount(*cast(tuple[plans.GroupKey, plans.GroupKey], tuple(keys)))


def extreme_pairs(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "which year and month had the most hires", "the department and title combination with
    the most employees": the pair(s) of values with the most people, ties all kept."""
    ends = bag.peek("most", "fewest")
    keys = [p for p in bag.peek("fields", "key") if group_key(p.value)]
    if len(ends) != 1 or ends[0].value or len(keys) != 2:  # "the second most": one column
        return None
    first, then = (cast(plans.GroupKey, group_key(key.value)) for key in keys)
    if not keys_joined_by_and(bag, keys) or first == then:
        return None
    if ends[0].kind == "fewest":
        raise NotUnderstood([ends[0].text], "a pair with nobody has no row; ask per one column")
    bag.use(*keys, *ends, bag.parts[bag.parts.index(keys[0]) + 1])  # the "and" between them
    bag.take("count")
    return plans.CrossCount(first, then, extreme="max")


# With these, "most ... per ..." asks something else: "the 3 most common titles per department",
# "the most hires per year on average", "departments with the most interns, as a share".
_NOT_WITHIN = ("count", "having", "limit_top", "limit_bare", "limit_first", "limit_last")
_NOT_WITHIN_TOO = ("average", "share", "newest", "earliest", "how_long", "change")
EACH = re.compile(r"\b(?:each|every)\b", re.IGNORECASE)


def extreme_within_each(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "the most common title in each department", "which department hired the most each
    year": per value of one column, the value(s) of another with the most people, ties all
    kept. The fewest is refused: a value with nobody in a group has no row to be the fewest."""
    ends, per = bag.peek("most", "fewest"), bag.peek("per")
    keys = [p for p in bag.peek("fields", "key") if group_key(p.value)]
    if len(ends) != 1 or ends[0].value or len(per) != 1 or len(keys) != 1:
        return None
    within, then = group_key(per[0].value), group_key(keys[0].value)
    if within is None or within == then or bag.has(*_NOT_WITHIN, *_NOT_WITHIN_TOO):
        return None
    if within.startswith("hire_") and not EACH.search(per[0].text):  # "the most hires per year"
        return None  # may be a rate: only "in each year" is each year's own
    if ends[0].kind == "fewest":
        raise NotUnderstood([ends[0].text, per[0].text], "the fewest of each is not answered")
    bag.use(*keys, *per, *ends)
    bag.take("sep_comma")  # "for each department, the most common title"
    return plans.CrossCount(within, cast(plans.GroupKey, then), extreme="max", within=True)


def keys_joined_by_and(bag: Bag, keys: list[Part]) -> bool:
    """ "department and title", "year and month": two keys with only "and" between them."""
    start, end = (bag.parts.index(key) for key in keys)
    return [part.kind for part in bag.parts[start + 1 : end]] == ["sep_and"]


def _pair_key(bag: Bag, part: Part) -> plans.GroupKey | None:
    """A key said as a grouping ("per year", "by department", "and title" after one of those,
    "e-mail provider breakdown", "department and title breakdown", "dept by title headcount")."""
    index = next(i for i, p in enumerate(bag.parts) if p is part)
    if bag.used[index] or not _says_a_grouping(bag.parts, index):
        return None
    return group_key(part.value)


def _says_a_grouping(parts: list[Part], index: int) -> bool:
    part = parts[index]
    before = parts[index - 1] if index else None
    after = parts[index + 1] if index + 1 < len(parts) else None
    if part.kind == "per" or (part.kind == "by" and _said_by(part)):
        return True
    before_is_breakdown = _after_breakdown(parts, index)
    if part.kind not in ("fields", "key") or after is None:
        if before_is_breakdown and part.kind in ("fields", "key"):
            return True
        return before is not None and _after_a_grouping(parts, index)
    if after.kind == "breakdown" or is_headcount(after) or before_is_breakdown:
        return True  # "department breakdown", "a breakdown of department and title"
    if after.kind == "by" and _said_by(after) and _crossed(parts):  # "dept by title breakdown"
        return True
    joined = after.kind in ("sep_and", "sep_comma") and index + 2 < len(parts)
    if joined and parts[index + 2].kind in ("fields", "key"):  # "department and title ..."
        return _says_a_grouping(parts, index + 2) or _after_a_grouping(parts, index)
    return _after_a_grouping(parts, index)


def _after_a_grouping(parts: list[Part], index: int) -> bool:
    """ "by department, title", "a breakdown of department and title": a column joined to a
    grouping before it."""
    joined = index > 1 and parts[index - 1].kind in ("sep_and", "sep_comma")
    if not joined or parts[index].kind not in ("fields", "key"):
        return False
    return parts[index - 2].kind in ("per", "by") or _after_breakdown(parts, index - 2)


def _after_breakdown(parts: list[Part], index: int) -> bool:
    """Right after "breakdown" or "breakdown of"."""
    said = [part.kind for part in parts[max(index - 2, 0) : index]]
    return said[-1:] == ["breakdown"] or said == ["breakdown", "prep"]


def _said_by(part: Part) -> bool:
    return part.text.lower().startswith(("by", "per"))


def is_headcount(part: Part) -> bool:
    return part.kind == "count" and part.value == "headcount"


def _crossed(parts: list[Part]) -> bool:
    """ "department by title" is two groupings in a breakdown or headcount ("how many titles
    by department" counts titles)."""
    return any(part.kind == "breakdown" or is_headcount(part) for part in parts)


def _joiners_between(bag: Bag, first: Part, second: Part) -> list[Part]:
    start = next(i for i, p in enumerate(bag.parts) if p is first)
    end = next(i for i, p in enumerate(bag.parts) if p is second)
    return [p for p in bag.parts[start:end] if p.kind in ("sep_and", "sep_comma")]
