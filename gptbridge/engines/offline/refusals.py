"""Plans that would answer something other than what was asked, refused after they are built:
`shapes.py` builds one plan from the parts; these checks look at the plan and the parts
together: dates that cannot all hold, "A and B" where each of them may be meant, periods or
groups with no one in them, one person where a group was asked about, times the directory does
not record. Each raises `NotUnderstood` with the words and the reason."""

import datetime as dt
import itertools

from gptbridge.engines.offline import comparisons, groupings
from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.closed_periods import fewest_of_every_period
from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.named_people import (
    names_someone,
    refuse_a_count_of_one_named,
    refuse_two_people_at_once,
)
from gptbridge.engines.offline.words import AFTER_A_NAME


def refuse_unseen_groups(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """Answers that would need a group no row stands for, or one person a name may not pick."""
    shape = plan.shape
    dated = any(isinstance(f, plans.DateFilter | plans.DatePartFilter) for f in plan.filters)
    by_date = isinstance(shape, plans.GroupCount) and shape.key.startswith("hire_")
    every_period = fewest_of_every_period(plan)  # counted here over every period, 0 included
    if (
        by_date
        and dated
        and isinstance(shape, plans.GroupCount)
        and shape.counts_low
        and not every_period
    ):
        raise NotUnderstood(  # "which year since 2018 had the fewest hires": 2024, with none?
            [part.text for part in parts if part.kind in ("fewest", "having", "limit_top")],
            "a period with no hires at all would be missed",
        )
    listed = shape.column if isinstance(shape, plans.DistinctValues | plans.CountDistinct) else ""
    others = [  # "departments other than Sales" negates what is listed: clear
        f
        for f in plan.filters
        if f.negated and not (isinstance(f, plans.ValueFilter) and f.column == listed)
    ]
    if isinstance(shape, plans.DistinctValues | plans.CountDistinct) and others:
        raise NotUnderstood(  # "which departments don't have interns"
            ["not"], "groups without them, or groups of the others? ask per group instead"
        )
    names = [f for f in plan.filters if isinstance(f, plans.TextFilter) and f.column == "any_name"]
    if isinstance(shape, plans.AverageTenure) and names:
        raise NotUnderstood(
            [names[0].shown], "several people may have that name; say the full name"
        )
    plural = any(_says_several(part) for part in parts)
    if isinstance(shape, plans.HireExtreme) and plural:
        raise NotUnderstood(["hires"], "how many? e.g. 'the 5 most recent hires'")
    if isinstance(shape, plans.AverageTenure) and str(shape.key).startswith("hire_"):
        raise NotUnderstood(  # "the average hires per year"
            [part.text for part in parts if part.kind == "average"],
            "only the average tenure is known, and per hire year it says little",
        )
    kinds = {part.kind for part in parts}
    if isinstance(shape, plans.AverageTenure) and "how_long" in kinds:
        _refuse_other_times(plan, kinds)
        _refuse_tenures_of_many(plan, parts)
    if _lists_values_as_people(plan, parts):  # "what departments and titles are there"
        raise NotUnderstood(
            [part.text for part in parts if part.kind == "fields"],
            "one at a time, e.g. 'what departments are there'",
        )
    if _asks_when_of_everyone(plan, parts) or _ranks_groups_by_one_person(plan, parts):
        raise NotUnderstood(
            [part.text for part in parts if part.kind in ("when", "newest", "earliest")],
            "of whom? name a person, a group, or 'the longest average tenure per department'",
        )


PLURAL_PEOPLE = frozenset({"people", "ppl", "folks", "persons", "staff members"})


def _says_several(part: Part) -> bool:
    """ "the latest hires", "our most senior people": how many of them is not said."""
    if part.kind == "noun_hires":
        return bool(part.value == "plural")
    said = part.text.lower()
    return part.kind == "noun_people" and (said in PLURAL_PEOPLE or said.endswith("ees"))


def refuse_unbounded_average(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """An average per period must say its periods: "per month" of one year ("in 2020"), and
    "per year" over whole years ("since 2015"), not "the last 5 years" (a part of 2021?)."""
    shape = plan.shape
    if not isinstance(shape, plans.AverageGroupSize) or not shape.key.startswith("hire_"):
        return
    said = [part.text for part in parts if part.kind == "average"]
    dates = [f for f in plan.filters if isinstance(f, plans.DateFilter | plans.DatePartFilter)]
    if shape.key == "hire_year":
        if not all(_whole_years(condition) for condition in dates):
            raise NotUnderstood(said, "over which whole years? e.g. 'per year since 2015'")
        return
    if shape.each_year:  # "per month since 2020": each month of each year
        key = shape.key.removeprefix("hire_")
        if not all(_whole_periods(condition, shape.key) for condition in dates):
            raise NotUnderstood(said, f"over which whole {key}s? e.g. 'per {key} since 2020'")
        return
    if not any(isinstance(f, plans.DateFilter) and _within_one_year(f) for f in dates):
        key = shape.key.removeprefix("hire_")
        raise NotUnderstood(said, f"per {key} of which year? e.g. 'per {key} in 2020'")


def _whole_years(condition: plans.Filter) -> bool:
    if not isinstance(condition, plans.DateFilter) or condition.negated:
        return False
    starts = condition.start is None or (condition.start.month, condition.start.day) == (1, 1)
    ends = condition.end is None or (condition.end.month, condition.end.day) == (12, 31)
    return starts and ends


def _whole_periods(condition: plans.Filter, key: plans.GroupKey) -> bool:
    """From a first day of a month (quarter) to a last day of one, or open at either end."""
    if not isinstance(condition, plans.DateFilter) or condition.negated:
        return False
    months = 12 // plans.PERIODS_IN_A_YEAR[key]
    first, last = condition.start, condition.end
    starts = first is None or (first.day == 1 and (first.month - 1) % months == 0)
    following = None if last is None else last + dt.timedelta(days=1)
    ends = following is None or (following.day == 1 and (following.month - 1) % months == 0)
    return starts and ends


def _within_one_year(condition: plans.DateFilter) -> bool:
    return not condition.negated and condition.in_one_year


def refuse_groups_of_others(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "Which departments have no jeremies": the departments with none of them, or the
    departments of everyone else? A list of people is no answer to either: refused."""
    asked = [  # the groups said first, in the plural, then "no": "which departments have no"
        index
        for index, part in enumerate(parts)
        if part.kind == "fields"
        and part.value in ("department", "title")
        and part.text.lower().endswith("s")
        and " their " not in f" {part.text.lower()} "
    ]
    said_not = [index for index, part in enumerate(parts) if part.kind == "negation"]
    before = bool(asked and said_not) and asked[0] < said_not[0]
    if isinstance(plan.shape, plans.PeopleList) and before:
        raise NotUnderstood(["not"], "groups without them, or groups of the others?")


def refuse_people_sized_by_group(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "Which manager has the biggest department", "who has the biggest team": a group's size
    said of people. Which group has the most of them, or which of them are in the biggest group?
    Refused; and a team someone has is a reporting line, which the directory does not record."""
    sizes = [i for i, part in enumerate(parts) if part.kind in ("most", "fewest")]
    owned = [p for p in parts if p.kind == "possessive" and _is_title_pair(p.value[1])]
    if owned and sizes:  # "which manager's department is the biggest"
        said = [owned[0].text, parts[sizes[0]].text]
        raise NotUnderstood(said, "the group with the most of them, or those in the biggest?")
    people = [i for i, part in enumerate(parts) if _is_title(part) or part.kind in PEOPLE]
    for index, (previous, part) in enumerate(itertools.pairwise(parts)):
        said_of = [parts[i] for i in people if i <= index]
        team = AFTER_A_NAME.get(part.text.lower()) if part.kind == "fields" else None
        if said_of and team and (previous.kind in ("most", "fewest") or _is_title(previous)):
            raise OutOfData(team, f"{said_of[0].text} {part.text}")  # not "the Sales team"
    groups = [i for i, part in enumerate(parts) if part.value in ("department", "title")]
    for size in sizes:
        said_of = [parts[i] for i in people if i < size]
        after = [parts[i] for i in groups if i > size and parts[i].kind == "fields"]
        if said_of and after:  # "which manager has the most employees in their department"
            raise NotUnderstood(
                [said_of[0].text, parts[size].text, after[0].text],
                f"the {after[0].text} with the most (fewest) of them, or those in the biggest "
                f"(smallest) {after[0].text}?",
            )


PEOPLE = ("noun_who", "noun_people")
# Superlatives of size or rank: of a name they mean its length, of a title its rank, neither of
# which the directory orders ("the longest last name", "the highest title").
SIZE_WORDS = frozenset(
    {"longest", "shortest", "longer", "shorter", "biggest", "largest", "smallest", "highest"}
    | {"lowest", "greatest", "top", "senior", "most senior", "junior", "most junior"}
)


def refuse_yes_no_and_sizes(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "Is Sales the largest department?", "is Mark Torp the first hire?": the group or person
    asked about would be the only one compared, so the answer would always be yes; and "the
    longest last name" is no count. Both refused; "which department is the largest" is answered."""
    shape = plan.shape
    ends = ("most", "fewest", "newest", "earliest", "limit_first", "limit_last")
    sizes = [p.text for p in parts if p.kind in ends]
    if isinstance(shape, plans.GroupCount) and (shape.extreme or shape.limit):
        named = [f for f in plan.filters if _picks_one(f, shape.key)]
        if named:
            raise NotUnderstood(sizes, "compared only with itself; ask which one is, instead")
        said = [s for s in sizes if s.lower() in SIZE_WORDS]
        if shape.key in ("first_name", "last_name", "title") and said:
            raise NotUnderstood(said, "by length or rank, or the most common? say 'most common'")
    person = any(isinstance(f, plans.TextFilter) and f.column == "full_name" for f in plan.filters)
    if isinstance(shape, plans.HireExtreme) and person:  # "is Mark Torp the first hire"
        raise NotUnderstood(sizes, "compared only with themselves; ask who the first hire is")


def _picks_one(condition: plans.Filter, key: str) -> bool:
    return (
        isinstance(condition, plans.ValueFilter)
        and condition.column == key
        and len(condition.values) == 1
        and not condition.negated
    )


def refuse_shared_within(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "Engineers who share a last name with someone else": another engineer, or anyone? The
    shared column is compared over everyone, so with other conditions it is refused."""
    shared = [
        f
        for f in plan.filters
        if isinstance(f, plans.SameAsFilter | plans.SameDayFilter) and f.person is None
    ]
    if shared and len(plan.filters) > 1:
        said = [p.text for p in parts if p.kind == "filter" and p.value in shared]
        raise NotUnderstood(said, "someone else among them, or anyone? ask without the rest")


def refuse_counted_names(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "How many names start with S": people, or different names, and first or last? Refused
    (readings.py gives both counts for a first or last name)."""
    if not isinstance(plan.shape, plans.Count):
        return
    for counted, condition in itertools.pairwise(parts):
        named = condition.text.lower().startswith(("named", "called"))  # people so named
        if counted.kind == "count" and said_with_its_column(condition) and not named:
            raise NotUnderstood([condition.text], "people, or different names? say which")


def refuse_distinct_of_one_value(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "how many different last names ... zork": those whose last name is "zork" have one at
    most; a word read as a value of the column counted leaves no question."""
    if not isinstance(plan.shape, plans.CountDistinct):
        return
    named = plan.shape.column in ("first_name", "last_name")
    columns = (plan.shape.column, "any_name") if named else (plan.shape.column,)
    for condition in plan.filters:
        if not isinstance(condition, plans.TextFilter) or condition.op != "equals":
            continue
        if condition.column in columns and not condition.negated:
            raise NotUnderstood([condition.shown], "different values of one value?")


def said_with_its_column(condition: Part) -> str:
    """The name column a name condition was said with ("last names start with B"), or ""."""
    value = condition.value
    plural = condition.text.lower().endswith("names")  # "first names exactly 4 letters long"
    if condition.kind == "filter" and isinstance(value, plans.LengthFilter) and plural:
        return value.column
    shared = isinstance(value, plans.SameAsFilter) and value.person is None  # "duplicate names"
    if condition.kind == "filter" and shared and condition.text.lower().endswith("s"):
        return value.key
    if condition.kind != "filter" or not isinstance(value, plans.TextFilter):
        return ""
    if value.column not in ("first_name", "last_name", "full_name", "any_name"):
        return ""
    said_column = len(condition.text.split()) > len(value.shown.split())
    return value.column if said_column else ""


def _is_title_pair(owner: object) -> bool:
    return isinstance(owner, tuple) and owner[:1] == ("title",)


def _is_title(part: Part) -> bool:
    return part.kind == "value" and part.value[0] == "title"


def _refuse_other_times(plan: plans.QueryPlan, kinds: set[str]) -> None:
    """ "How many years were interns hired" is no tenure, nor is "how long has Ephraim Mann
    been President" (time in a title is not recorded): only time since hire is."""
    in_a_role = any(isinstance(f, plans.ValueFilter) for f in plan.filters)
    named = any(isinstance(f, plans.TextFilter) and f.op == "equals" for f in plan.filters)
    if "noun_hires" in kinds or (named and in_a_role):
        raise NotUnderstood(["how long"], "only the time since each hire is recorded")


def _refuse_tenures_of_many(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "The tenure of Sven O'Hara" is his; "the tenure of engineers" is each one's, or the
    average? ("how long have engineers been here" and "average tenure" say which.)"""
    said = [p.text for p in parts if p.kind == "how_long" and not p.text.lower().startswith("how")]
    if said and not any(map(names_someone, plan.filters)):
        raise NotUnderstood(said, "each one's, or the average? say 'average tenure'")
    several = [f for f in plan.filters if isinstance(f, plans.AnyOf) and names_someone(f)]
    if several:  # "how long have Jailyn McClure and Owen McClure worked here"
        asked = [p.text for p in parts if p.kind == "how_long"]
        raise NotUnderstood(asked, "each one's, or the average? ask about one person at a time")


def _lists_values_as_people(plan: plans.QueryPlan, parts: list[Part]) -> bool:
    shape = plan.shape
    if not isinstance(shape, plans.PeopleList) or shape.fields is None or plan.filters:
        return False
    asked = set(shape.fields) - {"first_name", "last_name"}
    people = {"noun_people", "noun_who", "noun_hires", "possessive"}
    named = any(part.kind in people or part.value == "name" for part in parts)
    return bool(asked) and asked <= {"department", "title"} and not named


def _asks_when_of_everyone(plan: plans.QueryPlan, parts: list[Part]) -> bool:
    """ "When did the company start?": no one is named, so every hire date would answer."""
    return (
        isinstance(plan.shape, plans.PeopleList)
        and not plan.filters
        and any(part.kind == "when" for part in parts)
    )


def _ranks_groups_by_one_person(plan: plans.QueryPlan, parts: list[Part]) -> bool:
    """ "Which department has the longest tenure": of its longest-serving person, or on average?"""
    shape = plan.shape
    if not isinstance(shape, plans.HireExtreme) or shape.fields is None:
        return False
    asked = set(shape.fields) - {"first_name", "last_name", "hire_date"}  # the date: always shown
    nouns = {"noun_people", "noun_who", "noun_hires"} & {part.kind for part in parts}
    return bool(asked) and asked <= {"department", "title"} and not nouns


def refuse_second_question(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "How many presidents are in HR, and who is the newest?", "how many named Elnora and what
    do they do": a count answers the first question only, so neither is answered ("and who are
    they" alone asks for the people, whose list says how many: shapes._counted_and_listed)."""
    people = (plans.PeopleList, plans.HireExtreme, plans.GroupHireExtreme)
    aggregate = not isinstance(plan.shape, people)
    if isinstance(plan.shape, plans.CrossCount):  # "by department and title": both keys
        return
    for part, following in zip(parts, [*parts[1:], None], strict=False):
        if part.kind != "sep_and":
            continue
        asks_more = following is not None and following.kind in ("noun_who", "fields", "when")
        if following is None or (aggregate and asks_more):
            raise NotUnderstood([part.text or "and"], "one question at a time, please")


def refuse_undated_new_hires(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "How many new hires in Engineering": new since when? Everyone was hired once."""
    said = [part.text for part in parts if part.kind == "noun_hires" and part.value == "new"]
    if not said:
        return
    dated = plans.DateFilter | plans.DatePartFilter | plans.SameDayFilter
    keyed = plans.GroupCount | plans.GroupHireExtreme | plans.AverageTenure
    grouped = isinstance(plan.shape, keyed) and str(plan.shape.key).startswith("hire_")
    periods = [o for f in plan.filters for o in (f.options if isinstance(f, plans.AnyOf) else [f])]
    if not grouped and not any(isinstance(f, dated) for f in periods):  # "in 2024 or 2025"
        raise NotUnderstood(said[:1], "new since when? say a period, e.g. 'hired in 2023'")


def refuse_places_of_anything_but_group_sizes(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "the second biggest department" is answered; a place of anything else ("the second
    longest name", "the third newest hire") is refused rather than read as the first."""
    shape = plan.shape
    placed = [p for p in parts if p.kind in ("most", "fewest") and p.value is not None]
    if placed and not (isinstance(shape, plans.GroupCount) and shape.place is not None):
        raise NotUnderstood([placed[0].text], "only the size of groups is ranked by place")


def refuse_months_of_anything_but_a_tenure(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "How many months have managers vs interns been here" is not answered in years."""
    months = [p for p in parts if p.kind == "how_long" and p.value == "months"]
    tenure = isinstance(plan.shape, plans.AverageTenure) and plan.shape.unit == "months"
    if months and not tenure:
        raise NotUnderstood([months[0].text], "only a tenure is counted in months")


def refuse_both_ends(plan: plans.QueryPlan, parts: list[Part]) -> None:
    """ "the newest and the earliest hire", "the most and fewest": one answer at a time, never
    half of two; both hire dates themselves are one answer ("the earliest and latest hire
    dates in Marketing")."""
    shape = plan.shape
    both = isinstance(shape, plans.HireDates) and shape.earliest and shape.latest
    both = both or (isinstance(shape, plans.HireExtreme) and shape.both)
    if both or (isinstance(shape, plans.GroupCount) and shape.ends):
        return
    kinds = {part.kind for part in parts}
    ends = {"limit_first": "earliest", "limit_last": "newest"}  # "the first and last hire"
    kinds |= {ends[part.kind] for part in parts if part.kind in ends and part.value is None}
    for one, other in (("newest", "earliest"), ("most", "fewest")):
        if one in kinds and other in kinds:
            said = [part.text for part in parts if ends.get(part.kind, part.kind) in (one, other)]
            raise NotUnderstood(said, "ask for one of them at a time")


def _some_day_fits(dates: list[plans.DateFilter | plans.DatePartFilter]) -> bool:
    """Whether the bounds leave a day, in one of the months or quarters asked for."""
    ranges = [f for f in dates if isinstance(f, plans.DateFilter)]
    start = max((f.start for f in ranges if f.start is not None), default=dt.date(1900, 1, 1))
    end = min((f.end for f in ranges if f.end is not None), default=dt.date(2100, 12, 31))
    months: set[int] = set()
    month = start.replace(day=1)
    while month <= end and len(months) < 12:
        months.add(month.month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    for part in (f for f in dates if isinstance(f, plans.DatePartFilter)):
        if part.part == "month" and not months & set(part.values):
            return False
        if part.part == "quarter" and not {(m + 2) // 3 for m in months} & set(part.values):
            return False
    return start <= end


def _span(condition: plans.Filter) -> plans.Filter:
    """Alternative periods as the span from the first to the last ("in 2018 or 2019")."""
    options = condition.options if isinstance(condition, plans.AnyOf) else ()
    ranges = [o for o in options if isinstance(o, plans.DateFilter)]
    if not options or len(ranges) != len(options):
        return condition
    starts = [o.start for o in ranges]
    ends = [o.end for o in ranges]
    start = None if None in starts else min(s for s in starts if s is not None)
    end = None if None in ends else max(e for e in ends if e is not None)
    return plans.DateFilter(start, end, " or ".join(o.label for o in ranges))


def refuse_contradictions(filters: list[plans.Filter]) -> None:
    """ "engineers in Accounting": one column, two values; no one is both. "The last quarter of
    2015": hire dates that cannot all hold."""
    spans = [_span(f) for f in filters if not f.negated]
    dates = [f for f in spans if isinstance(f, plans.DateFilter | plans.DatePartFilter)]
    if dates and not _some_day_fits(dates):
        labels = [f.label for f in dates]
        raise NotUnderstood(labels, "no one can be hired " + " and ".join(labels))
    parts_of_dates: dict[str, set[int]] = {}
    for condition in filters:  # "hired Mon-Fri", "in oct nov or dec": two at once
        part = date_part_of(condition)  # ... "on the weekend (friday or saturday)": half of it
        if part is not None:
            values = parts_of_dates.setdefault(part[0], set(part[1]))
            if not (values <= set(part[1]) or set(part[1]) <= values):
                both = "said two ways that only partly agree: say which"
                said = both if values & set(part[1]) else "no one is hired on both; say 'or'"
                raise NotUnderstood([_label(condition)], said)
            values &= part[1]
    seen: dict[str, str] = {}
    for condition in filters:
        if isinstance(condition, plans.ValueFilter) and not condition.negated:
            said = " or ".join(condition.values)
            if condition.column in seen:
                raise NotUnderstood(
                    [seen[condition.column], said],
                    f"an employee has one {condition.column}, so '{seen[condition.column]}' and "
                    f"'{said}' cannot both hold; did you mean either?",
                )
            seen[condition.column] = said


def date_part_of(condition: plans.Filter) -> tuple[str, set[int]] | None:
    """The part of a hire date a condition holds to, and the values it allows: "in March",
    "in November or in December"."""
    if isinstance(condition, plans.DatePartFilter) and not condition.negated:
        return condition.part, set(condition.values)
    if not isinstance(condition, plans.AnyOf) or condition.negated:
        return None
    options = [date_part_of(option) for option in condition.options]
    parts = {option[0] for option in options if option is not None}
    if None in options or len(parts) != 1:
        return None
    return parts.pop(), set().union(*(option[1] for option in options if option is not None))


def _label(condition: plans.Filter) -> str:
    if isinstance(condition, plans.AnyOf):
        return " or ".join(map(_label, condition.options))
    return condition.label if isinstance(condition, plans.DatePartFilter) else ""


# Checked, in this order, on every plan built (shapes.build_plan).
OF_A_PLAN = (
    refuse_places_of_anything_but_group_sizes,
    refuse_months_of_anything_but_a_tenure,
    comparisons.refuse_changes_of_anything_but_years,
    comparisons.refuse_periods_compared_outside_another,
    refuse_both_ends,
    groupings.refuse_pooling,
    groupings.refuse_pooled_years,
    groupings.refuse_sorting_by_a_derived_key,
    groupings.refuse_values_in_all_groups,
    refuse_two_people_at_once,
    refuse_a_count_of_one_named,
    refuse_undated_new_hires,
    refuse_unseen_groups,
    refuse_second_question,
    refuse_people_sized_by_group,
    refuse_yes_no_and_sizes,
    refuse_shared_within,
    refuse_counted_names,
    refuse_distinct_of_one_value,
    refuse_unbounded_average,
    refuse_groups_of_others,
)
