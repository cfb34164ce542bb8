"""An occasion a question is asked for ("..., for the Christmas do", "for our Halloween party",
"for the New Year's cards"): the named day names the occasion, never a hire date, and is
dropped. "Hired on Christmas" is a day of hiring, and "the Christmas bonus" is pay (refused):
neither is an occasion. A period's nickname beside the period ("2020 to 2021 (the covid
years)") is dropped too, and so is a year's name before its own days ("the academic year 1 Sept
2019 to 31 Aug 2020"). Applied first by `phrasings.PHRASINGS`."""

import re

from gptbridge.engines.offline.formal_phrasings import Rewrite
from gptbridge.engines.offline.words import NAMED_DAYS

_DAYS = "|".join(re.escape(day).replace(r"\ ", r"\s+") for day in sorted(NAMED_DAYS, key=len)[::-1])
_EVENTS = (
    r"do|party|parties|cards?|lunch|dinner|drinks|bash|celebrations?|gifts?|hampers?|raffle"
    r"|event|night\s+out|social|decorations|jumper\s+day|quiz|dance|potluck|planning|list"
)
FOR_AN_OCCASION = re.compile(
    rf",?\s*\bfor\s+(?:the|our|a|an|this\s+year'?s)\s+(?:office\s+|staff\s+|team\s+)?(?:{_DAYS})"
    rf"\s+(?:{_EVENTS})\b",
    re.IGNORECASE,
)

# "during 2020 to 2021 (the covid years)", "in 2020, the year of the covid": a period's nickname
# beside the period itself, which says it.
_NICKNAME = (
    r"(?:the\s+)?(?:(?:year|years|time)\s+of\s+(?:the\s+)?)?(?:covid(?:-19)?|pandemic|lockdowns?)"
    r"(?:\s+(?:years?|era|period|times))?"
)
PERIOD_NICKNAMED = re.compile(
    rf"\s*\(\s*{_NICKNAME}\s*\)|,\s*{_NICKNAME}(?=\s*[?.!]*\s*$)", re.IGNORECASE
)

# "in the academic year 1 Sept 2019 to 31 Aug 2020": the year's name before its own dates.
YEAR_NAMED_BEFORE_ITS_DAYS = re.compile(
    r"\b(?:the\s+)?(?:academic|school|fiscal|financial)\s+year\s+(?=(?:from\s+)?\d{1,2}(?:st|nd|rd|th)?"
    r"\s+[a-z]{3,9}\.?\s+\d{4}\s+(?:to|-|until|through)\s)",
    re.IGNORECASE,
)

OCCASIONS: tuple[Rewrite, ...] = (
    (FOR_AN_OCCASION, ""),
    (PERIOD_NICKNAMED, ""),
    (YEAR_NAMED_BEFORE_ITS_DAYS, ""),
)
