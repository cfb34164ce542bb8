"""A kind of employee the directory does not record, defined in brackets by whom it leaves out:
"How many permanent staff do we have (i.e. not contractors or interns)?", "core employees in
Sales (excluding interns)". The kind is then its definition: those employees, excluding them.

Only a word of employment status (`STATUS`), and only a definition that leaves people out
("not", "excluding", "other than"); without one the word stays, and is refused ("the permanent
headcount": permanent is not recorded)."""

import re

from gptbridge.engines.offline.formal_phrasings import Rewrite

STATUS = r"(?:permanent|regular|full[\s-]?time|core|salaried|non[\s-]?temporary)"
LEAVING_OUT = r"(?:not|excluding|excl\.?|without|except|other\s+than|no)"
DEFINITION = (
    r"\(\s*(?:(?:i\.?\s?e\.?|ie|meaning|that\s+is|=)\s*,?\s*)?"
    rf"{LEAVING_OUT}\s+(?P<left_out>[^()]+?)\s*\)"
)
DEFINED_STATUS = re.compile(rf"\b{STATUS}\s+(?P<said>[^().?!]*?)\s*{DEFINITION}", re.IGNORECASE)


def _as_defined(match: re.Match[str]) -> str:
    return f"{match.group('said')} excluding {match.group('left_out')}"


DEFINED_TERMS: tuple[Rewrite, ...] = ((DEFINED_STATUS, _as_defined),)
