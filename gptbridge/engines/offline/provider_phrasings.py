"""An e-mail provider said as people say it: "gmail id" (a gmail address), "email is from yahoo"
(its provider, not an employer), "emails ending in gmail" (no e-mail ends with a provider's name
alone: its provider), "yahoo dot com" (dictated). Applied by `phrasings`."""

import re

from gptbridge.engines.offline.formal_phrasings import Rewrite
from gptbridge.engines.offline.tokens import PROVIDER_NAMES

# "how many employees have gmail id": a gmail address.
_PROVIDERS = f"({PROVIDER_NAMES})"
PROVIDER_ID = re.compile(rf"\b{_PROVIDERS}\s+(?:mail\s+)?ids?\b", re.IGNORECASE)
# "everyone whose email is from yahoo" ("is in hotmail", "at gmail"): the e-mail said, its
# provider, not an employer.
EMAIL_FROM_A_PROVIDER = re.compile(
    r"\b(e-?mails?|e-?mail\s+(?:address(?:es)?|ids?))\s+(?:is\s+|are\s+|comes?\s+)?(?:from|in|at)\s+"
    rf"(?=@?{_PROVIDERS}\b)",
    re.IGNORECASE,
)
# "how many emails end in gmail", "addresses ending with @yahoo": a provider's name alone, which
# no e-mail ends with, is its provider ("ends with gmail.com" is as typed).
EMAIL_ENDING_IN_A_PROVIDER = re.compile(
    r"\b(e-?mails?|e-?mail\s+address(?:es)?|addresses)\s+(?:that\s+|which\s+)?(?:ends?|ending)\s+"
    rf"(?:in|with)\s+@?(?={_PROVIDERS}\b(?![.@\w]))",
    re.IGNORECASE,
)

# "what percentage of emails are hotmail vs yahoo vs gmail", "split of email providers - gmail vs
# hotmail vs yahoo": each provider's share (or count) of everyone, as "by email provider" gives
# it, for every provider (those not named too: the answer shows each one's own).
_SET_SIDE_BY_SIDE = (
    rf"@?{_PROVIDERS}(?:\.com)?(?:\s*(?:vs\.?|versus|/)\s*@?{_PROVIDERS}(?:\.com)?)+\b"
)
PROVIDERS_SIDE_BY_SIDE = re.compile(
    r"(?<!\w)(?:(?P<share>percentage|percent|%|share|proportion)|split|breakdown|distribution)\s+of\s+"
    r"(?:the\s+|all\s+|our\s+)?(?:e-?mails?(?:\s+addresses)?|e-?mail\s+providers|employees|staff"
    r"|people)?\s*(?:are|is|on|at|with|using|use|@|-|:)?\s*" + _SET_SIDE_BY_SIDE,
    re.IGNORECASE,
)


# "breakdown of email providers - gmail v hotmail v yahoo, how many each", "split by domain:
# gmail vs yahoo counts": the providers to count, named after a grouping by provider, as the
# grouping reads them in brackets ("by email domain (gmail, yahoo)": "..., gmail or yahoo").
_SET_NAMED = (
    rf"@?{_PROVIDERS}(?:\.com)?(?:\s*(?:vs\.?|v|versus|/|,|&|and|or)\s*@?{_PROVIDERS}(?:\.com)?)+"
)
PROVIDERS_NAMED_AFTER_THE_GROUPING = re.compile(
    r"(?P<grouping>\b(?:e-?mail\s+)?(?:providers|domains)\b|\b(?:per|by)\s+(?:e-?mail\s+)?"
    r"(?:domain|provider)\b)(?:\s+(?:po|pls|plz|please))?\s*(?:[-\u2013\u2014:,]\s*)?"
    rf"(?:\(\s*{_SET_NAMED}\s*\)|{_SET_NAMED}\b)"
    r"(?:\s*,?\s*(?:counts?|numbers|how\s+many)(?:\s+(?:for\s+)?each)?)?",
    re.IGNORECASE,
)
# "Email domain split: ...": a split (breakdown) by e-mail domain.
SPLIT_BY_PROVIDER = re.compile(
    r"\be-?mail\s+(?:domain|provider)\s+(?:split|breakdown|distribution)\b", re.IGNORECASE
)


def _providers_as_alternatives(match: re.Match[str]) -> str:
    named = re.findall(PROVIDER_NAMES, match.group()[len(match["grouping"]) :], re.IGNORECASE)
    return f"{match['grouping']}, {' or '.join(named)}"


def _by_provider(match: re.Match[str]) -> str:
    said = "percentage of employees" if match["share"] else "employees"
    return f"{said} by email provider"


# "yahoo dot com", dictated: "yahoo.com".
DOMAIN_SPOKEN = re.compile(r"\b([a-z0-9-]+)\s+dot\s+(com|net|org|edu|gov|io|co)\b", re.IGNORECASE)


PROVIDER_PHRASINGS: tuple[Rewrite, ...] = (
    (DOMAIN_SPOKEN, r"\1.\2"),
    (SPLIT_BY_PROVIDER, "breakdown by email domain"),
    (PROVIDERS_SIDE_BY_SIDE, _by_provider),
    (PROVIDERS_NAMED_AFTER_THE_GROUPING, _providers_as_alternatives),
    (PROVIDER_ID, r"\1 address"),
    (EMAIL_FROM_A_PROVIDER, r"\1 on "),
    (EMAIL_ENDING_IN_A_PROVIDER, r"\1 on "),
)
