"""Lists said to go on: "hires per month of the year (jan, feb, ...)" gives examples of the
groups, and says nothing more; "hires in jan, feb, ...", "Sales, HR and so on" do not say which
values are meant, so they are refused ("etc" is not understood) rather than read as the values
named. Applied first by `spoken.as_written`."""

import re

from gptbridge.engines.offline.formal_phrasings import Rewrite

# "hires per month of the year (jan, feb, ...)": examples of the groups, ending in "..." or
# "etc": dropped after a grouping; anywhere else, and in "jan, feb, ..." or "Sales, HR and so
# on", which values are meant is not said, so the list is refused ("etc" is not understood).
EXAMPLES_IN_BRACKETS = re.compile(
    r"\s*\([^()]*?(?:\.{2,}|\u2026|\betc\b\.?|\band\s+so\s+(?:on|forth)\b)\s*\)", re.I
)
LIST_GOING_ON = re.compile(
    r"(\w+\s*,\s*(?!(?:how|what|who|which|when)\b)[\w'-]+)\s*,?\s*(?:\.{3,}|\u2026"
    r"|\band\s+so\s+(?:on|forth)\b)",
    re.IGNORECASE,
)
GROUPING_SAID = re.compile(r"\b(?:per|by|each|every|wise)\b[^()]{0,40}$", re.IGNORECASE)


def _examples_in_brackets(match: re.Match[str]) -> str:
    grouped = GROUPING_SAID.search(match.string[: match.start()])
    return "" if grouped else " etc"


LISTS_GOING_ON: tuple[Rewrite, ...] = (
    (EXAMPLES_IN_BRACKETS, _examples_in_brackets),
    (LIST_GOING_ON, r"\1 etc"),
)
