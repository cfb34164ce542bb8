"""What the recognizers make of runs of words, before they are assembled into a `QueryPlan`.

A chunk records what a phrase *says* ("in Sales", "sorted by", "how many"); deciding what the
whole question asks is `assemble`'s job, which sees all chunks at once.
"""

from dataclasses import dataclass
from typing import Literal

from gptbridge.engines.offline.plan import Comparison, Filter


@dataclass(frozen=True)
class Filler:
    """Words that change nothing ("please", "the", "employees")."""

    people: bool = False  # a people noun ("employees", "staff"), noted for distinct lists


@dataclass(frozen=True)
class Connector:
    kind: Literal["and", "or", "list"]  # "list": a comma, "and" or "or" by what it joins


@dataclass(frozen=True)
class Negation:
    pass


@dataclass(frozen=True)
class Break:
    """ "but": ends the reach of a negation and of a list of alternatives."""


@dataclass(frozen=True)
class Attribute:
    """A department or title value ("engineers", "in Marketing", "VPs")."""

    column: Literal["department", "title"]
    value: str
    people: bool  # said as people ("engineers", "managers"), not as a unit ("engineering")


@dataclass(frozen=True)
class Condition:
    """A date, name or e-mail condition, complete in itself."""

    filter: Filter
    kind: Literal["date", "name", "email"]
    # dates: a span the date falls in ("in 2019"); names: an exact name. Such conditions joined
    # by "and" mean alternatives ("hired in 2019 and 2020", "Smith and Jones").
    alternative_on_and: bool = False
    possessive: bool = False  # "Leopold's": what follows belongs to that person


@dataclass(frozen=True)
class FieldWord:
    """A column named as something to show ("names", "hire dates") or to group by ("year")."""

    field: Literal[
        "id",
        "first_name",
        "last_name",
        "name",
        "email",
        "department",
        "title",
        "hire_date",
        "hire_year",
    ]


@dataclass(frozen=True)
class Personal:
    """ "their", "his", "her": the fields belong to each person."""


@dataclass(frozen=True)
class Who:
    """ "who": the answer is people (so "who ... in each department" lists, not counts)."""


@dataclass(frozen=True)
class When:
    """ "when": the answer is a date."""


@dataclass(frozen=True)
class SortWord:
    """ "sorted", "order" without a key; a key or direction must come with it."""


@dataclass(frozen=True)
class OrderBy:
    key: str  # a column, "name" or "count"
    explicit: bool  # said with a sort verb ("sorted by"), not just "by"
    descending: bool | None = None


@dataclass(frozen=True)
class Direction:
    descending: bool
    key: str | None = None  # "newest first" names its key; "descending" does not


@dataclass(frozen=True)
class CountWord:
    per_group: bool = False  # "titles with counts": one count per title


@dataclass(frozen=True)
class NewHires:
    """ "new hires": meaningful only with a date ("new hires this year")."""


@dataclass(frozen=True)
class DistinctWord:
    pass


@dataclass(frozen=True)
class GroupBy:
    key: Literal["department", "title", "hire_year"]


@dataclass(frozen=True)
class Most:
    """ "the most", "the fewest", "biggest": the group(s) with the highest or lowest count."""

    highest: bool


@dataclass(frozen=True)
class Recency:
    """ "newest", "hired first", "longest-serving": by hire date."""

    latest: bool


@dataclass(frozen=True)
class TopN:
    number: int
    latest: bool | None  # None: "top 5" orders by whatever the question sorts by


@dataclass(frozen=True)
class NumberWord:
    number: int


@dataclass(frozen=True)
class HavingCount:
    comparison: Comparison
    number: int


@dataclass(frozen=True)
class Unclear:
    """Words the engine recognises as ambiguous ("by 2015": before it, or during it?)."""

    reason: str


Chunk = (
    Filler
    | Unclear
    | Connector
    | Negation
    | Break
    | Attribute
    | Condition
    | FieldWord
    | Personal
    | Who
    | When
    | SortWord
    | OrderBy
    | Direction
    | CountWord
    | NewHires
    | DistinctWord
    | GroupBy
    | Most
    | Recency
    | TopN
    | NumberWord
    | HavingCount
)


@dataclass(frozen=True)
class Placed:
    """A chunk and the words it was made from."""

    chunk: Chunk
    start: int
    end: int
    words: str
