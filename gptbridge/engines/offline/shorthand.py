"""Chat shorthand met at first sight, each with one meaning: "1st hire ever" (the first), "avg
hires/yr" (per year), "ratio interns:mgrs" (interns to managers), "yoy hiring growth by year"
(the year said twice), "avg tenure of the team" (everyone, when no department is named).
Applied first by `spoken.as_written`, through `phrasings.PHRASINGS`."""

import re

from gptbridge.engines.offline.formal_phrasings import Rewrite

FIRST_AS_1ST = re.compile(
    r"\b1st\s+(?=(?:hire|hired|hires|employee|person|joiner|starter|one|ever)\b)", re.IGNORECASE
)
# "/" between what is counted and a unit or a key is "per" ("hires/yr"); between two keys
# ("department/title breakdown") or values ("HR/Sales") it stays "and" or "or", and "w/" is with.
_UNITS = r"yr|year|month|mo|qtr|quarter|dept|department|title|role|week|day"
PER_AS_A_SLASH = re.compile(rf"\b([a-z]+)\s*/\s*((?:{_UNITS})s?)\b", re.IGNORECASE)
NOT_COUNTED = re.compile(rf"(?:{_UNITS}|w|y|per|by|each)s?", re.IGNORECASE)


def _per_unit(match: re.Match[str]) -> str:
    counted, unit = match.groups()
    return match.group(0) if NOT_COUNTED.fullmatch(counted) else f"{counted} per {unit}"


RATIO_WITH_A_COLON = re.compile(
    r"\b(ratio(?:\s+of)?)\s+([a-z][a-z .'-]*?)\s*:\s*(?=[a-z])", re.IGNORECASE
)
YEAR_OVER_YEAR_BY_YEAR = re.compile(
    r"\b(yoy|y/y|y-o-y|year[-\s]over[-\s]year)\b(.*?)\s+(?:by|per|each)\s+year\b", re.IGNORECASE
)
# "the team" with no department before it ("the Sales team" names one): everyone.
THE_WHOLE_TEAM = re.compile(
    r"\s+(?:of|on|in|across)\s+(?:the|our|my)\s+(?:whole\s+|entire\s+)?team(?=\s*(?:in\s+years"
    r"\b|[?.!,]|$))",
    re.IGNORECASE,
)

SHORTHAND: tuple[Rewrite, ...] = (
    (FIRST_AS_1ST, "first "),
    (PER_AS_A_SLASH, _per_unit),
    (RATIO_WITH_A_COLON, r"\1 \2 to "),
    (YEAR_OVER_YEAR_BY_YEAR, r"\1\2"),
    (THE_WHOLE_TEAM, ""),
)
