"""Distinct values: "what titles are there", "which departments hired anyone in 2023", "how
many different titles per department"."""

import datetime as dt
from typing import cast

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.assemble import Bag
from gptbridge.engines.offline.averages import group_key
from gptbridge.engines.offline.meaning import Part
from gptbridge.engines.offline.part_kinds import PEOPLE_NOUNS
from gptbridge.engines.offline.words import AFTER_A_NAME


def distinct_values(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "what titles are there", "which departments hired anyone in 2023", "which departments
    have employees hired in 2023": the values themselves (with people said, only when the
    column is said in the plural: "employees' departments" lists people)."""
    domains = [p for p in bag.peek("key") if group_key(p.value) == "email_domain"]
    fields = bag.peek("fields") or domains  # "list the e-mail domains"
    people = bag.peek(*PEOPLE_NOUNS)
    plural = len(fields) == 1 and fields[0].text.lower().endswith("s")
    if len(fields) != 1 or bag.has("when", "by"):
        return None
    if bag.names_someone and group_key(fields[0].value) != "email_domain":
        return None  # "Lori Will's title" is her row; "Lori Will's e-mail domain" is a value
    if people and not plural:
        return None
    said_with = fields[0].text.lower()
    if said_with.startswith(("with", "'s")) or " their " in f" {said_with} ":  # "and their titles"
        return None
    said = fields[0].text.lower()
    if said in AFTER_A_NAME and not said.endswith("s"):  # "the data for the team": which one?
        return None
    key = group_key(fields[0].value)
    if key not in ("department", "title", "email_domain"):
        return None
    different = said_right_before(bag, "different", fields[0])  # "the distinct titles"
    bag.use(fields[0], *people, *different)
    descending = bool(bag.take("order_za", "order_desc"))
    bag.take("order_az", "order_asc")
    return plans.DistinctValues(cast(plans.GroupKey, key), descending)


def said_right_before(bag: Bag, kind: str, part: Part) -> list[Part]:
    at = bag.parts.index(part)
    return [p for p in bag.parts[at - 1 : at] if p.kind == kind]


def distinct_per_group(bag: Bag, key: plans.GroupKey) -> plans.Shape | None:
    columns = [p for p in bag.peek("fields", "key") if group_key(p.value) not in (None, key)]
    if len(columns) != 1:
        return None
    bag.take("different")
    bag.use(columns[0])
    return plans.CountDistinct(cast(plans.GroupKey, group_key(columns[0].value)), per=key)
