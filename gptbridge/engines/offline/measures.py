"""Answers for the computed shapes: shares, average tenure, the latest hire in each group.

Definitions, said in every answer:
- tenure: (today - hire date) in days / 365.25, in years; an average is rounded to 1 decimal;
- percentage: 100 * matching / all employees in scope, rounded to 1 decimal.
"""

from typing import Any, Protocol

from gptbridge.engines.offline.plan import AverageTenure, GroupHireExtreme, Shape, Share
from gptbridge.engines.offline.render import COUNT_ALIAS, KEY_ALIASES, SHARE_ALIAS, TENURE_ALIAS

TENURE_DEFINITION = "tenure = days since hire / 365.25, averaged and rounded to 1 decimal"
SHARE_DEFINITION = "percent, rounded to 1 decimal"


class Described(Protocol):
    def phrase(self, count: int) -> str: ...

    def among(self) -> str: ...


def is_measure(shape: Shape) -> bool:
    return isinstance(shape, AverageTenure | GroupHireExtreme | Share)


def describe_measure(shape: Shape, subject: Described, rows: list[dict[str, Any]]) -> str:
    if isinstance(shape, AverageTenure):
        return _average_tenure(shape, subject, rows)
    if isinstance(shape, Share):
        return _share(shape, subject, rows)
    assert isinstance(shape, GroupHireExtreme)
    return _group_hire_extreme(shape, subject, rows)


def _average_tenure(shape: AverageTenure, subject: Described, rows: list[dict[str, Any]]) -> str:
    as_of = shape.today.isoformat()
    if shape.key is None:
        row = rows[0] if rows else {}
        value = row.get(TENURE_ALIAS)
        if value is None:
            return f"No one matches, so there is no average tenure{subject.among()}."
        count = row.get(COUNT_ALIAS, 0)
        return (
            f"The average tenure{subject.among()} is {value} years ({count} employees, as of "
            f"{as_of}; {TENURE_DEFINITION})."
        )
    from gptbridge.engines.offline.narrate import GROUP_WORDS, group_label

    alias = KEY_ALIASES.get(shape.key, shape.key)
    items = [f"{group_label(shape.key, row[alias])} {row[TENURE_ALIAS]} years" for row in rows]
    if shape.extreme is not None:
        which = "highest" if shape.extreme == "max" else "lowest"
        return (
            f"The {which} average tenure per {GROUP_WORDS[shape.key]}{subject.among()} (as of "
            f"{as_of}; {TENURE_DEFINITION}): {_join(items)}."
        )
    return (
        f"Average tenure per {GROUP_WORDS[shape.key]}{subject.among()} (as of {as_of}; "
        f"{TENURE_DEFINITION}): {_join(items)}."
    )


def _share(shape: Share, subject: Described, rows: list[dict[str, Any]]) -> str:
    from gptbridge.engines.offline.narrate import Subject

    row = rows[0] if rows else {}
    part = Subject(shape.part).phrase(2)
    whole = subject.phrase(2)
    total = int(row.get("total_count") or 0)
    if total == 0:
        return f"There are no {whole}, so there is no percentage to give."
    matching = int(row.get("matching_count") or 0)
    return (
        f"{row.get(SHARE_ALIAS)}% of {whole} are {part.removeprefix('employees ')}: {matching} "
        f"of {total} ({SHARE_DEFINITION})."
    )


def _group_hire_extreme(
    shape: GroupHireExtreme, subject: Described, rows: list[dict[str, Any]]
) -> str:
    from gptbridge.engines.offline.narrate import GROUP_WORDS, group_label

    which = "most recent" if shape.latest else "earliest"
    if not rows:
        return f"I found no {subject.phrase(2)}."
    alias = KEY_ALIASES.get(shape.key, shape.key)
    items = [
        f"{group_label(shape.key, row.get(alias))}: {row.get('first_name')} "
        f"{row.get('last_name')} (hired {row.get('hire_date')})"
        for row in rows
    ]
    return (
        f"The {which} hire{subject.among()} in each {GROUP_WORDS[shape.key]} (everyone hired on "
        f"that date when several were): {_join(items)}."
    )


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return "; ".join(items[:-1]) + f" and {items[-1]}"
