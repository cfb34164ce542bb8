"""What to return, from the parts that are not conditions: a list, a count, groups (shares and
averages: averages.py).

Each rule below takes the parts it uses from the `Bag`; `Bag.finish` refuses the question when
a part is left over, so "average" next to "engineers" can never become a plain list.
"""

import datetime as dt
from dataclasses import replace
from typing import cast

from gptbridge.engines.offline import comparisons, named_people, refusals
from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.anniversaries import in_the_years_month
from gptbridge.engines.offline.assemble import (
    PEOPLE_NOUNS,
    Bag,
    split_conditions,
)
from gptbridge.engines.offline.averages import (
    GROUPABLE_COLUMNS,
    against_average,
    average,
    average_size,
    group_key,
    key_from,
    share_plan,
    spanned,
)
from gptbridge.engines.offline.comparisons import refuse_two_providers
from gptbridge.engines.offline.crossed import (
    cross_count,
    extreme_pairs,
    extreme_within_each,
    is_headcount,
    keys_joined_by_and,
)
from gptbridge.engines.offline.distinct import distinct_per_group, distinct_values
from gptbridge.engines.offline.groupings import top_groups_said
from gptbridge.engines.offline.hire_extremes import (
    hire_dates,
    hire_extremes,
    newest_first,
    refuse_a_place_not_kept,
    refuse_a_place_of_one_named,
    said_as_a_grouping,
    tenure_of_extremes,
    top_hires,
    with_tenures,
)
from gptbridge.engines.offline.lexicon import Entry, lexicon
from gptbridge.engines.offline.listing import people_list
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.part_kinds import SEPARATORS
from gptbridge.engines.offline.person_dates import a_persons_date_part
from gptbridge.engines.offline.readings import reread, said_again


def build_plan(parts: list[Part], today: dt.date) -> plans.QueryPlan:
    parts = _each_ones_tenure_said_after(_counted_per_column(_counted_and_listed(parts)))
    positioned, rest = split_conditions(parts)
    share_at = next((index for index, part in enumerate(rest) if part.kind == "share"), -1)
    positioned = in_the_years_month(_values_said_once(positioned, parts, share_at), parts)
    refusals.refuse_contradictions(list(dict.fromkeys(c for _, c in positioned)))
    refuse_two_providers([condition for _, condition in positioned])
    filters = tuple(dict.fromkeys(condition for _, condition in positioned))  # said twice: once
    names_someone = any(map(named_people.names_someone, filters))
    at = tuple(position for position, _ in positioned)
    bag = Bag(rest, names_someone, has_conditions=bool(filters), conditions_at=at)
    if bag.has("share"):
        plan = share_plan(bag, positioned, rest)
    else:
        plan = plans.QueryPlan(
            filters, with_tenures(bag.first_shape(RULES, today) or people_list(bag), bag, today)
        )
    bag.finish()
    plan = comparisons.in_whole_years(reread(spanned(plan, today), parts), today)
    for refuse in (*refusals.OF_A_PLAN, refuse_a_place_not_kept, refuse_a_place_of_one_named):
        refuse(plan, parts)
    return plan


def _values_said_once(
    positioned: list[tuple[int, plans.Filter]], parts: list[Part], share_at: int
) -> list[tuple[int, plans.Filter]]:
    """ "how many accountants (Accounting dept)": a department or title said again as written
    is one condition (a word read as the nearest value, "who mngs the eng team", is refused);
    on either side of "as a percentage of" it is said of the part and the whole: both kept."""
    kept: list[tuple[int, plans.Filter]] = []
    values_again = False
    for position, condition in positioned:
        said = [c for p, c in kept if (p <= share_at) == (position <= share_at)]  # same side
        again = isinstance(condition, plans.ValueFilter) and condition in said
        values_again = values_again or again
        if not (again or said_again(condition, said, [c for _, c in kept])):
            kept.append((position, condition))
    guessed = [p.text for p in parts if p.kind == "value" and not _said_as_written(p)]
    if values_again and guessed:
        raise NotUnderstood(guessed)
    return kept


def _said_as_written(part: Part) -> bool:
    """Whether a value was typed as the vocabulary has it ("eng"), not read as the nearest."""
    return lexicon().entry(tuple(part.text.lower().split())) == Entry("VALUE", part.value)


def _each_ones_tenure_said_after(parts: list[Part]) -> list[Part]:
    """ "list the VPs in Marketing and how long they have been here": each one's tenure beside
    them, not their average ("how long have the VPs been here" is the average)."""
    for index in range(1, len(parts) - 1):
        joined, asked = parts[index : index + 2]
        if joined.kind == "sep_and" and asked.kind == "how_long" and asked.value is None:
            shown = Part("tenure_shown", None, f"{joined.text} {asked.text}")
            return [*parts[:index], shown, *parts[index + 2 :]]
    return parts


def _counted_and_listed(parts: list[Part]) -> list[Part]:
    """ "how many VPs are there and who are they", "how many interns in HR, and who?": the
    people, whose list says how many they are; a count and a list asked together."""
    kinds = [part.kind for part in parts]
    if kinds.count("count") != 1 or parts[0].kind != "count" or parts[0].value is not None:
        return parts
    who = max((index for index, kind in enumerate(kinds) if kind == "noun_who"), default=0)
    shown = parts[who + 1 :]  # "... and who are they, with their hire date"
    if not who or any(part.kind not in SHOWN_AFTER_WHO for part in shown):
        return parts
    start = who
    while start > 1 and kinds[start - 1] in ("sep_and", "sep_comma"):
        start -= 1
    if start == who or start < 2:
        return parts
    return [*parts[1:start], *(part for part in shown if part.kind not in SEPARATORS)]


SHOWN_AFTER_WHO = ("sep_and", "sep_comma", "fields", "tenure_shown")


def _groups_by(part: Part) -> bool:
    """A column that people can be counted by ("titles"), or a key ("e-mail domains")."""
    fields = part.kind == "fields" and part.value in GROUPABLE_COLUMNS
    return fields or (part.kind == "key" and group_key(part.value) is not None)


def _counted_per_column(parts: list[Part]) -> list[Part]:
    """A count and a column joined by "and": the count per value of the column ("how many
    presidents are there and in which departments", "which departments have interns and how
    many"; but not a count of a column: "how many departments and titles"); a headcount said
    of groups compared with a number is their size ("departments with headcount above 70")."""
    kinds = [part.kind for part in parts]
    column = [i for i, p in enumerate(parts) if _groups_by(p)]
    if not column or "count" not in kinds:
        return parts
    extreme = "most" in kinds or "fewest" in kinds  # "... the most, and how many people?"
    if kinds[-3:-1] == ["sep_and", "count"] and kinds[-1] in PEOPLE_OR_HIRES and not extreme:
        kinds, parts = kinds[:-1], parts[:-1]  # "which titles exist and how many people"
    if "having" in kinds and column[0] < kinds.index("count"):
        return [p for p in parts if not (p.kind == "count" and p.value == "headcount")]
    if kinds[-2:] == ["fields", "prep_place"]:  # "and which departments are they in"
        kinds, parts = kinds[:-1], parts[:-1]
    asked_after = kinds[-2:] == ["sep_and", "fields"] or kinds[-3:] == [
        "sep_and",
        "prep_place",
        "fields",
    ]
    counts_a_column = kinds[kinds.index("count") + 1 : kinds.index("count") + 2] == ["fields"]
    if asked_after and column[-1] == len(parts) - 1 and kinds.count("count") == 1:
        if counts_a_column:  # "how many departments and titles": two counts, not one per title
            raise NotUnderstood([parts[-1].text], "one count at a time")
        start = kinds.index("sep_and", len(parts) - 3)
        start -= 1 if kinds[start - 1] == "sep_comma" else 0
        return [*parts[:start], Part("per", parts[-1].value, parts[-1].text)]
    if kinds[-2:] == ["sep_and", "count"] and column[0] == 0:
        said = parts[0]
        return [parts[-1], Part("per", said.value, said.text), *parts[1:-2]]
    return parts


# --- groups --------------------------------------------------------------------------------------


def _side_by_side(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "Sales vs Marketing", "more interns than contractors", "Q1 vs Q2 2021": each group."""
    compared = bag.take_one("compared")
    if compared is None:
        return None
    key, groups, condition = compared.value
    if key == "hire_period":  # "Q1 2021 vs Q2 2021": each period counted, nothing else
        bag.take("count", "most", "fewest")
        return plans.GroupCount(key, compared=groups, periods=condition.options)
    bag.use(*(p for p in bag.peek("key", "fields") if group_key(p.value) == key))  # "which year"
    if bag.take("average", "how_long"):
        return plans.AverageTenure(today, key)
    if bag.has("newest", "earliest"):  # "the newest hire in Sales vs Marketing"
        latest = bool(bag.take("newest"))
        bag.take("earliest")
        return plans.GroupHireExtreme(key, latest)
    bag.take("count", "most", "fewest")
    bag.use(*(p for p in bag.peek("per") if group_key(p.value) == key))  # "per year: 2021 vs 2022"
    by_other = [p for p in bag.peek("per", "by") if group_key(p.value) not in (None, key)]
    if len(by_other) == 1 and key != "hire_period" and not bag.has("change"):
        bag.use(*by_other)  # "Engineering vs Sales hires by year": each year, each of the two
        return plans.CrossCount(cast(plans.GroupKey, group_key(by_other[0].value)), key)
    return plans.GroupCount(key, compared=groups, change=bool(bag.take("change")))


PEOPLE_OR_HIRES = ("noun_people", "noun_hires")
# What the first (last) hires per group are shown with anyway.
SHOWN_PER_GROUP = frozenset({"hire_date", "name", "first_name", "last_name"})


def _per_group_extreme(bag: Bag, today: dt.date) -> plans.Shape | None:
    if not (bag.has("per") and bag.has("newest", "earliest", "limit_first", "limit_last")):
        return None
    counted = bag.peek("limit_first", "limit_last", "limit_top", "limit_bare")
    if newest_first(bag):  # "hires per year, earliest first": the years in order
        return None
    limit = [part.value for part in counted if part.value is not None]  # "the 3 newest per title"
    if len(limit) > 1:
        return None
    key = key_from(bag, "per")
    if key is None:
        return None
    latest = bag.take("newest", "limit_last")
    earliest = bag.take("earliest", "limit_first")
    if latest and earliest:  # "the first and last hire date for each title"
        said = [part.text for part in (*earliest, *latest)]
        raise NotUnderstood(said, "ask for one of them at a time")
    bag.take("limit_top", "limit_bare")
    shown = [part for part in bag.peek("fields") if part.value in SHOWN_PER_GROUP]
    bag.use(*shown)  # "with name and date": it shows them
    if len(shown) > 1:
        bag.take("sep_and")
    return plans.GroupHireExtreme(key, bool(latest), limit[0] if limit else None)


def _counting(bag: Bag, today: dt.date) -> plans.Shape | None:
    ranked = bag.has("most", "fewest") and any(
        group_key(p.value) for p in bag.peek("key", "fields")
    )
    if ranked:  # "which year saw the highest number of hires": see _extreme_groups
        return None
    counted = bag.take("count")
    if not counted:
        return None
    key = key_from(bag, "per", "by") or _key_said_before(bag, counted)
    if key is not None and (bag.has("different") or _values_counted(bag, counted[0], key)):
        return distinct_per_group(bag, key)  # "how many (distinct) titles per department"
    if key is not None:
        return _group_count(bag, key)
    asked = [part for part in bag.peek("key", "fields") if bag.said_together(counted[0], part)]
    distinct = bag.take("different")
    column = group_key(asked[0].value) if asked else None
    # "how many different titles do people in HR have": the people said only hold the values
    people = [] if not distinct else bag.peek(*PEOPLE_NOUNS)
    one_column = len(bag.peek("fields")) == 1 and (distinct or not bag.has(*PEOPLE_NOUNS))
    if column is not None and bag.has("having"):  # "how many departments have over 70 people"
        return _having(bag, today)
    if column is not None and (asked[0].kind == "key" or one_column):
        sized = counted[0].text.lower().startswith(("how big", "how large"))
        if sized and not asked[0].text.lower().endswith("s"):  # "how big is the team?"
            raise NotUnderstood([asked[0].text], "which one? e.g. 'how big is Sales'")
        if bag.names_someone:  # "X join company how many year already?": not the years X has
            hint = "how long has X worked here" if column.startswith("hire") else f"X's {column}"
            raise NotUnderstood([asked[0].text], f"one person has one; e.g. '{hint}'")
        bag.use(asked[0], *people)  # "how many (different) e-mail domains", "how many titles"
        return plans.CountDistinct(column)
    if distinct:
        raise NotUnderstood(["different"])
    said = all(p.value != "headcount" for p in counted)  # "headcount?": everyone; "how many?"
    if said and not (bag.has_conditions or bag.has(*PEOPLE_NOUNS, "noun_hires", "fields")):
        raise NotUnderstood([counted[0].text], "how many of what? e.g. 'how many employees'")
    return plans.Count()


def _values_counted(bag: Bag, counted: Part, key: plans.GroupKey) -> bool:
    """ "how many titles does each department have": a column said in the plural right after
    the count, with no people said, counts its values."""
    asked = [part for part in bag.peek("fields") if bag.said_together(counted, part)]
    column = group_key(asked[0].value) if asked else None
    plural = bool(asked) and asked[0].text.lower().endswith("s")
    return column not in (None, key) and plural and not bag.has(*PEOPLE_NOUNS, "noun_hires")


def _key_said_before(bag: Bag, counted: list[Part]) -> plans.GroupKey | None:
    """ "department headcount", "title headcount": the headcount of each."""
    for part in filter(is_headcount, counted):
        index = next(i for i, p in enumerate(bag.parts) if p is part)
        before = bag.parts[index - 1] if index else None
        key = group_key(before.value) if before and before.kind in ("fields", "key") else None
        if before is not None and key is not None and not bag.used[index - 1]:
            bag.use(before)
            return key
    return None


def _group_count(bag: Bag, key: plans.GroupKey) -> plans.GroupCount:
    bag.take("breakdown")  # "a breakdown of headcount by department" is the same grouping
    again = [
        p for p in bag.peek("per", "by") if said_as_a_grouping(p) and group_key(p.value) == key
    ]
    bag.use(*again)  # "in each year, ... by year": one grouping; "sorted by year" is no grouping
    order: list[plans.OrderKey] = []
    by_count = [part for part in bag.peek("by") if part.value == "count_key"]
    bag.use(*by_count)
    bottom = bag.has("limit_bottom")  # "the bottom 3 departments by headcount"
    if by_count and not bag.has("order_az", "order_fewest_first", "order_asc"):  # "by count"
        order += [plans.OrderKey("count", descending=not bottom)] * len(by_count)
    # A bare direction orders counts, except for periods, which have an order of their own:
    # "contractors by department, descending" vs "hires by year descending".
    timed = key in ("hire_year", "hire_month", "hire_quarter", "hire_weekday")
    if bag.take("order_most_first", *(() if timed else ("order_desc",))):
        order.append(plans.OrderKey("count", descending=True))
    if bag.take("order_fewest_first", *(() if timed else ("order_asc",))):
        order.append(plans.OrderKey("count"))
    if timed and bag.take("order_desc", "order_newest_first"):  # "hires per year, newest first"
        order.append(plans.OrderKey("group", descending=True))
    bag.take("order_asc", *(("order_earliest_first",) if timed else ()))
    if bag.take("order_za"):
        order.append(plans.OrderKey("group", descending=True))
    bag.take("order_az")
    limit = bag.take_one("limit_top", "limit_bottom")
    if not (order or limit):  # "hires per year, sorted by year": in the groups' own order
        bag.use(*(p for p in bag.peek("by") if group_key(p.value) == key))
    if limit is not None and not order:  # "top 3" by the most, "bottom 3" by the fewest
        order.append(plans.OrderKey("count", descending=limit.kind == "limit_top"))
    change = bool(bag.take("change"))
    running = key == "hire_year" and not (order or limit or change) and bool(bag.take("cumulative"))
    limited = limit.value if limit else None
    return plans.GroupCount(key, tuple(order), limit=limited, change=change, cumulative=running)


LENGTH_WORDS = {"longest": True, "shortest": False}


def _length_extreme(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "who has the longest last name", "the shortest first names in Sales": by length."""
    ranks = [p for p in bag.peek("most", "fewest") if p.text.lower() in LENGTH_WORDS]
    named = [p for p in bag.peek("fields") if p.value in ("first_name", "last_name", "email")]
    if len(ranks) != 1 or len(named) != 1 or len(bag.peek("most", "fewest")) != 1:
        return None
    bag.use(ranks[0], named[0])
    longest = LENGTH_WORDS[ranks[0].text.lower()]
    return plans.LengthExtreme(named[0].value, longest)


def _extreme_groups(bag: Bag, today: dt.date) -> plans.Shape | None:
    if not bag.has("most", "fewest"):
        return None
    key = key_from(bag, "fields", "key", "per", "by")
    if key is None:
        return None
    ends = bag.peek("most", "fewest")
    most, fewest = bool(bag.take("most")), bool(bag.take("fewest"))
    both = most and fewest
    bag.take("count")
    bag.use(*[p for p in bag.peek("by") if p.value == "count_key"])  # "largest by headcount"
    limit = bag.take_one("limit_top", "limit_bare")
    place = ends[0].value if len(ends) == 1 else None
    closed = key not in ("first_name", "last_name", "email_domain")  # every group shown
    if both and closed and limit is None and not any(end.value for end in ends):
        bag.take("sep_and", "sep_comma")  # "the most common title, and the least common"
        return plans.GroupCount(key, order=(plans.OrderKey("count", descending=True),), ends=True)
    if limit is not None and place is None:
        order = (plans.OrderKey("count", descending=most),)
        return plans.GroupCount(key, order=order, limit=limit.value)
    if limit is not None:
        raise NotUnderstood([limit.text, ends[0].text], "a place or how many, not both")
    return plans.GroupCount(key, extreme="max" if most else "min", place=place)


def _having(bag: Bag, today: dt.date) -> plans.Shape | None:
    if not bag.has("having"):
        return None
    having = bag.parts.index(bag.peek("having")[0])
    keys = [p for p in bag.parts[:having] if p.kind in ("fields", "key") and group_key(p.value)]
    if not keys:
        return None
    if len(keys) == 2 and keys_joined_by_and(bag, keys):
        return _crossed_having(bag, keys)
    bag.use(keys[0])
    operator, number = _one_bound(bag)
    key = cast(plans.GroupKey, group_key(keys[0].value))
    return plans.GroupCount(key, having=plans.Having(operator, number))


def _crossed_having(bag: Bag, keys: list[Part]) -> plans.Shape:
    """ "department-and-title combinations with exactly one employee": the pairs of values with
    that many people. A pair with none has no row, so a bound it would meet is refused."""
    bag.use(*keys, *bag.peek("sep_and")[:1])
    operator, number = _one_bound(bag)
    if operator in ("<", "<=") or number < 1:
        said = f"{operator} {number}"
        raise NotUnderstood([said], "pairs with nobody are not counted; ask per one column")
    first, then = (cast(plans.GroupKey, group_key(key.value)) for key in keys)
    return plans.CrossCount(first, then, having=plans.Having(operator, number))


def _one_bound(bag: Bag) -> tuple[plans.Comparison, int]:
    """The one size a count is compared with; a second one ("more than 65 but fewer than 75")
    is refused, never dropped."""
    bounds = bag.take("having")
    if len(bounds) > 1:
        raise NotUnderstood([bounds[1].text], "one size to compare with at a time, please")
    operator, number = bounds[0].value
    return operator, number


def _count_against(bag: Bag, today: dt.date) -> plans.Shape | None:
    """ "are there more than 50 managers", "does Accounting have more than 90 people": the
    count, with whether it passes (no column is grouped: "departments with over 70 people" is
    `_having`)."""
    if not bag.has("having") or bag.has("count", "key", "fields", "noun_who"):
        return None
    having = bag.parts.index(bag.peek("having")[0])
    after = bag.parts[having + 1 : having + 2]
    counted = [p for p in after if p.kind in (*PEOPLE_NOUNS, "noun_hires")]
    if not counted and having + 1 not in bag.conditions_at:  # "more than 50" of whom?
        return None
    operator, number = _one_bound(bag)
    bag.take(*PEOPLE_NOUNS, "noun_hires")
    return plans.Count(against=(operator, number))


def _breakdown(bag: Bag, today: dt.date) -> plans.Shape | None:
    if not bag.take("breakdown"):
        return None
    key = key_from(bag, "by", "per", "fields", "key")
    if key is None:
        raise NotUnderstood(["breakdown"], "a breakdown by what?")
    return _group_count(bag, key)


def _per(bag: Bag, today: dt.date) -> plans.Shape | None:
    derived = [p for p in bag.peek("by") if str(p.value).startswith("key_")]
    if derived:  # "hires by month": people cannot be sorted by a month, so it is a grouping
        bag.use(derived[0])
        return _group_count(bag, cast(plans.GroupKey, group_key(derived[0].value)))
    hires = [p for p in bag.peek("noun_hires") if p.value in ("plural", "new")]
    bare = [p for p in bag.peek("by") if p.text.lower().startswith("by ")]  # not "sorted by"
    columns = [p for p in bare if p.value in GROUPABLE_COLUMNS]
    if hires and columns:  # "2016 hires by department" counts them; "staff by department" lists
        bag.use(columns[0])
        return _group_count(bag, cast(plans.GroupKey, columns[0].value))
    if not bag.has("per"):
        return None
    if bag.has("noun_who"):
        key = key_from(bag, "per")
        if key in plans.COLUMNS:
            return plans.PeopleList(order=(plans.OrderKey(cast(plans.Column, key)),))
        return None
    key = key_from(bag, "per")
    return _group_count(bag, key) if key is not None else None


def _top_by_count(bag: Bag, today: dt.date) -> plans.Shape | None:
    by_count = [p for p in bag.peek("by") if p.value == "count_key"]
    ordered = bag.has("order_most_first", "order_fewest_first")
    if not by_count and not ordered and not top_groups_said(bag):
        return None  # "departments sorted from most to fewest employees" orders them by count
    key = key_from(bag, "fields", "key")
    if key is None:
        return None
    bag.use(*by_count[:1])
    shape = _group_count(bag, key)
    return shape if shape.order else replace(shape, order=(plans.OrderKey("count", True),))


RULES = (
    against_average,
    _side_by_side,
    a_persons_date_part,
    tenure_of_extremes,
    average_size,
    average,
    hire_dates,
    _per_group_extreme,
    extreme_pairs,
    extreme_within_each,
    cross_count,
    _counting,
    _length_extreme,
    _extreme_groups,
    _having,
    _count_against,
    _breakdown,
    _top_by_count,
    _per,
    hire_extremes,
    top_hires,
    distinct_values,
)
