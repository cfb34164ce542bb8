"""`QueryPlan`: what the offline engine understood a question to ask, before any SQL exists.

The parser produces a plan, the renderer turns it into SQL and the narrator into prose, so the
three agree by construction and each can be tested alone.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Literal, get_args

Column = Literal["id", "first_name", "last_name", "email", "department", "title", "hire_date"]
COLUMNS: tuple[Column, ...] = get_args(Column)
# Keys people group by: a column, or a part of the hire date or of the e-mail address.
GroupColumn = Literal["department", "title", "first_name", "last_name"]
GroupKey = Literal[
    GroupColumn,
    "hire_year",
    "hire_month",
    "hire_quarter",
    "hire_weekday",
    "hire_season",
    "email_domain",
    "hire_period",  # periods set side by side ("Q1 2021 vs Q2 2021"), each a group as asked
]
GROUP_KEYS: tuple[GroupKey, ...] = get_args(GroupKey)
DatePart = Literal["month", "weekday", "quarter", "monthday", "day"]
OrderName = Literal[Column, "name", "count", "group"]
# "email_name": the part before the @ (where a character asked for is looked for: every
# e-mail has a dot after it).
TextColumn = Literal["first_name", "last_name", "full_name", "any_name", "email", "email_name"]
TextOp = Literal["equals", "starts", "ends", "contains", "has_digit"]
Comparison = Literal[">", ">=", "<", "<=", "="]


@dataclass(frozen=True)
class ValueFilter:
    """department or title IN / NOT IN a set of the stored values."""

    column: Literal["department", "title"]
    values: tuple[str, ...]
    negated: bool = False


@dataclass(frozen=True)
class DateFilter:
    """hire_date within inclusive bounds; `label` says it the way the question did."""

    start: dt.date | None
    end: dt.date | None
    label: str
    negated: bool = False
    # Said as an N-year anniversary ("a 10-year anniversary in 2027" is hired in 2017): N, and 0
    # for a hire date; a bare year joined to it ("or 2028") is no hire year, and is refused.
    anniversary: int = 0

    @property
    def in_one_year(self) -> bool:
        return in_one_year(self.start, self.end)

    @property
    def whole_year(self) -> bool:
        return one_whole_year(self.start, self.end)


def in_one_year(start: dt.date | None, end: dt.date | None) -> bool:
    """Both bounds, in the same calendar year ("in March 2019", "in 2019", "Q1 2020")."""
    return start is not None and end is not None and start.year == end.year


def one_whole_year(start: dt.date | None, end: dt.date | None) -> bool:
    """January 1 to December 31 of one year ("in 2019")."""
    if start is None or end is None or not in_one_year(start, end):
        return False
    return (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def dated_in_one_year(filters: tuple["Filter", ...]) -> bool:
    """A hire-date condition within one calendar year ("in 2022", "in Q3 2019")."""
    return any(isinstance(f, DateFilter) and f.in_one_year for f in filters)


@dataclass(frozen=True)
class DatePartFilter:
    """hire_date's month, weekday (0 = Sunday), quarter, month*100+day or day of the month, in
    any year."""

    part: DatePart
    values: tuple[int, ...]
    label: str
    negated: bool = False
    # Hired before this day too: a work anniversary today is no hire of today's.
    before: dt.date | None = None


@dataclass(frozen=True)
class SameDayFilter:
    """Hired on (or before, or after) the day a named person was hired, that person excluded;
    or on a day shared with anyone else (`person` None)."""

    person: tuple[str, str] | None
    shown: str = ""
    negated: bool = False
    relation: Literal["same", "before", "after"] = "same"


# What people share with someone else: a group key, or a whole e-mail or full name ("duplicate
# emails", "a full name someone else also has"), compared case-insensitively.
SharedKey = GroupKey | Literal["email", "full_name"]


@dataclass(frozen=True)
class SameAsFilter:
    """The same department, title, name, hire year (...) as a named person, that person
    excluded ("in the same department as Kendall Larson") or, `with_person`, included ("how
    many people are in Kendall Larson's department"); or as anyone else (`person` None: "who
    shares a last name with someone else"). A month or quarter is of the same year ("hired the
    same month as X": July 2012, not every July)."""

    key: SharedKey
    person: tuple[str, str] | None
    shown: str = ""
    negated: bool = False
    with_person: bool = False


@dataclass(frozen=True)
class TextFilter:
    """A case-insensitive comparison on a name or the e-mail; `value` is lower case
    ("has_digit": any of 0-9, `value` unused)."""

    column: TextColumn
    op: TextOp
    value: str
    negated: bool = False
    shown: str = ""  # the value as typed, for the answer ("O'Hara", "McClure")


@dataclass(frozen=True)
class LengthFilter:
    """A name's or the e-mail's length in characters (as stored), compared to a number."""

    column: Literal["first_name", "last_name", "email"]
    comparison: Comparison
    number: int
    negated: bool = False


@dataclass(frozen=True)
class SameInitialsFilter:
    """First and last name start with the same letter, in any case ("Anna Adams")."""

    negated: bool = False


@dataclass(frozen=True)
class AnyOf:
    """Alternatives of one kind ("hired in 2019 or 2020", "named Smith or Jones")."""

    options: tuple["Filter", ...]
    negated: bool = False


Filter = (
    ValueFilter
    | DateFilter
    | DatePartFilter
    | SameDayFilter
    | SameAsFilter
    | TextFilter
    | LengthFilter
    | SameInitialsFilter
    | AnyOf
)


@dataclass(frozen=True)
class OrderKey:
    # "name" is last name then first name; "count" and "group" exist only for GroupCount.
    key: "OrderName"
    descending: bool = False


BY_HIRE_DATE = (OrderKey("hire_date"),)


@dataclass(frozen=True)
class PeopleList:
    """Employees, with every column (`fields` None) or the ones asked for; and, from
    `tenure_on`, each one's tenure that day (days since hire / 365.25, rounded to 1 decimal)."""

    fields: tuple[Column, ...] | None = None
    order: tuple[OrderKey, ...] = ()
    limit: int | None = None
    tenure_on: dt.date | None = None


@dataclass(frozen=True)
class PersonCheck:
    """Whether the person the filters name meets `conditions` ("is Sven O'Hara a manager?"),
    with what the directory holds for them either way."""

    conditions: tuple[Filter, ...]


@dataclass(frozen=True)
class HireExtreme:
    """The employee(s) hired first or last; all of them when several share the date (each
    one's tenure too, from `tenure_on`, as in PeopleList)."""

    latest: bool
    fields: tuple[Column, ...] | None = None
    tenure_on: dt.date | None = None
    # "the second newest hire": those hired on the 2nd latest (earliest) hire date.
    place: int | None = None
    both: bool = False  # "the first and last hire in Product": each end, the earliest first


@dataclass(frozen=True)
class LengthExtreme:
    """The employee(s) with the longest (shortest) first name, last name or e-mail; ties kept."""

    column: Literal["first_name", "last_name", "email"]
    longest: bool


@dataclass(frozen=True)
class HireDateBound:
    """The earliest or latest hire date itself ("when was the last hire in Sales?"), and how
    long before `ago_on` it was, when asked ("how many days since the last hire?")."""

    latest: bool
    ago_on: dt.date | None = None


@dataclass(frozen=True)
class HireDates:
    """The earliest and/or latest hire date itself, per group ("latest hire date by title") or
    both overall ("the earliest and latest hire dates in Marketing")."""

    key: GroupKey | None
    earliest: bool
    latest: bool


@dataclass(frozen=True)
class Count:
    # "are there more than 50 managers": the count, and whether it passes (">", 50)
    against: tuple[Comparison, int] | None = None


@dataclass(frozen=True)
class CountDistinct:
    column: GroupKey
    people_too: bool = False  # "how many last names start with B": the people holding them too
    per: GroupKey | None = None  # "how many different titles per department"


@dataclass(frozen=True)
class DistinctValues:
    column: GroupKey
    descending: bool = False


@dataclass(frozen=True)
class GroupHireExtreme:
    """Per group, the employee(s) hired last (or first), or the `limit` hired last (first); all
    of those hired on the same day as the last one kept."""

    key: GroupKey
    latest: bool
    limit: int | None = None


@dataclass(frozen=True)
class AverageTenure:
    """Mean (or median) years since hire (days / 365.25, as of `today`), rounded to 1 decimal;
    per group. The median is the middle value, or the mean of the two middle values."""

    today: dt.date
    key: GroupKey | None = None
    extreme: Literal["max", "min"] | None = None  # only the group(s) with the highest/lowest
    statistic: Literal["mean", "median"] = "mean"
    unit: Literal["years", "months"] = "years"
    ranked: Literal["longest", "shortest"] | None = None  # groups in this order, not by name
    limit: int | None = None  # ranked: only the first N groups, a group tied with the N-th kept


@dataclass(frozen=True)
class MedianHireDate:
    """The middle hire date (the two middle ones for an even count), overall or per group; with
    `mean`, the average hire year instead, rounded to 1 decimal ("average hire year for Sales")."""

    key: GroupKey | None = None
    mean: bool = False
    year: bool = False  # "the median hire year": said as the year the middle date(s) are in


@dataclass(frozen=True)
class AverageGroupSize:
    """Employees counted / groups, rounded to 1 decimal ("average hires per year", "average
    department size"). The groups: every value of the key in the directory (that the question's
    conditions on the key itself allow), or every period of the time asked about, up to `today`;
    when some have none of those counted, the average without them is given too."""

    key: GroupKey
    # The first and last period asked about (years; months or quarters of one year), where the
    # question says them ("since 2018": 2018 to this year); else the directory's first and last.
    span: tuple[int | None, int | None] = (None, None)
    # Months (quarters) over more than one year: each month of each year is a group, numbered
    # year * 12 + month - 1 (year * 4 + quarter - 1) in `span` ("average hires per month").
    each_year: bool = False


PERIODS_IN_A_YEAR = {"hire_month": 12, "hire_quarter": 4}


@dataclass(frozen=True)
class Share:
    """Percentage of the plan's employees (the whole) matching `part`, rounded to 1 decimal; per
    group, each group's own percentage and its part of all who match (`extreme`: only the
    group(s) with the highest/lowest percentage)."""

    part: tuple[Filter, ...]
    key: GroupKey | None = None
    extreme: Literal["max", "min"] | None = None
    # "% contractors in Engineering": of two conditions, which is the whole was not said, so
    # those meeting both are given as a share of each ("of Engineering", "of all Contractors").
    each_whole: bool = False
    ranked: Literal["highest", "lowest"] | None = None  # per group: by their share, not by name


@dataclass(frozen=True)
class Having:
    comparison: Comparison
    number: int


@dataclass(frozen=True)
class GroupCount:
    """Employees counted per group; `extreme` keeps only the group(s) with the most/fewest."""

    key: GroupKey
    order: tuple[OrderKey, ...] = ()
    having: Having | None = None
    extreme: Literal["max", "min"] | None = None
    # With `extreme`: the group(s) at this place counted from the most (fewest), tied groups
    # sharing a place ("the second biggest department"); the groups before it are shown too.
    place: int | None = None
    limit: int | None = None
    share: bool = False  # also each group's percentage of the whole, rounded to 1 decimal
    compared: int = 0  # how many groups the question set side by side ("Sales vs Marketing")
    # By hire year: each year's change from the year before, or (compared) from the first to
    # the second year asked about, as a number and a percentage of the earlier year.
    change: bool = False
    periods: tuple["DateFilter", ...] = ()  # by "hire_period": the periods, in the order asked
    # Groups compared whose sum is asked too ("how many presidents and VPs": each, and both).
    total: bool = False
    # Only the groups bigger (">") or smaller ("<") than the average group, every group of the
    # directory counted, 0 included ("departments above average size").
    against_average: Literal[">", "<"] | None = None
    # "the most and the fewest": every group, most first, and the groups at both ends named.
    ends: bool = False
    # By hire year, in time order: each year with the running total up to it ("cumulative").
    cumulative: bool = False

    @property
    def counts_low(self) -> bool:
        """Whether groups with none of those counted belong in the answer: "the fewest", "fewer
        than 5", "the 3 with the fewest"."""
        fewest = (
            self.extreme == "min"
            or self.ends
            or self.place is not None
            or (  # 0 may take a place
                self.limit is not None and self.order[:1] == (OrderKey("count"),)
            )
        )
        having = self.having
        if self.against_average is not None:  # every group is in the average
            return True
        # Groups compared side by side are all shown, with 0 when no one counted is in one;
        # periods are not (a period with no hire at all has no row: narrate.py says so).
        compared = bool(self.compared) and not self.key.startswith("hire_")
        return (
            fewest
            or compared
            or (having is not None and (having.comparison in ("<", "<=") or not having.number))
        )


@dataclass(frozen=True)
class CrossCount:
    """Employees counted per pair of groups ("by department and title"); a pair with no one in
    it has no row."""

    key: GroupKey
    then: GroupKey
    # "department and title pairs with at least 10 people": only pairs with someone, so never a
    # bound that a pair with none would meet (see shapes._crossed_having).
    having: "Having | None" = None
    # "which year and month had the most hires": only the pair(s) with the most, ties all kept
    # (the fewest is refused: a pair with none has no row to be the fewest).
    extreme: Literal["max"] | None = None
    # With `extreme`: per value of `key`, the value(s) of `then` with the most, ties all kept
    # ("the most common title in each department"), not the pairs with the most of all.
    within: bool = False


Shape = (
    PeopleList
    | PersonCheck
    | HireExtreme
    | LengthExtreme
    | HireDateBound
    | HireDates
    | Count
    | CountDistinct
    | DistinctValues
    | GroupCount
    | CrossCount
    | GroupHireExtreme
    | AverageTenure
    | MedianHireDate
    | AverageGroupSize
    | Share
)


@dataclass(frozen=True)
class QueryPlan:
    filters: tuple[Filter, ...]
    shape: Shape
