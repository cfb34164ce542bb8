"""A part of the counted asked after the count: "How many interns do we have, and how many of
them are in Engineering?" is the share of interns in Engineering, which says both numbers ("8 of
62"); "..., and which of them are not VPs?" asks for a count and a list at once, and is refused,
never merged into one count; "how many VPs total and how many are in Sales" is that share too.
Used by asides.py."""

import re

from gptbridge.engines.offline.meaning import NotUnderstood

COUNTING = re.compile(r"^\W*(?:how many|number of|the number of|count)\b", re.IGNORECASE)
# A part of the counted asked after the count ("How many interns, and how many of them are in
# Engineering?", "..., and which of them are not VPs?").
SUBSET_AFTER_A_COUNT = re.compile(
    r",?\s+and\s+(?P<asked>which|who|how\s+many)\s+(?:of\s+(?:them|those|these|'em)|among\s+them)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# "how many VPs total and how many are in Sales": the part of them, as "how many of them" says.
TOTAL_AND_A_PART = re.compile(
    r"\s+(?:in\s+)?total,?\s+and\s+how\s+many\s+(?:are\s+|work\s+|of\s+those\s+)?(?=(?:in|at)\s)",
    re.IGNORECASE,
)


# A question asked politely ("Could you please tell me how many ...", "tell me whether we have
# any ...") asks what it would ask plainly.
ASKED_POLITELY = re.compile(
    r"^\W*(?:(?:hi|hello|hey)\b\W*)?(?:(?:could|can|would|will)\s+you\s+)?(?:please\s+|kindly\s+"
    r"|pls\s+)?(?:(?:tell|show|give)\s+(?:me|us)\s+|let\s+(?:me|us)\s+know\s+"
    r"|(?:confirm|check|find\s+out|work\s+out)\s+)?",
    re.IGNORECASE,
)
WHETHER = re.compile(r"^(?:whether|if)\s+(?=we\b|there\b)", re.IGNORECASE)


def plainly(asked: str) -> str:
    return WHETHER.sub("do ", ASKED_POLITELY.sub("", asked, count=1), count=1)


def subset_as_a_share(question: str) -> str:
    """ "How many interns do we have, and how many of them are in Engineering?": the share of
    interns in Engineering, which says both numbers ("8 of 62"). "..., and which of them are not
    VPs?" asks for a count and a list at once: refused, never merged into one count."""
    question = TOTAL_AND_A_PART.sub(", and how many of them are ", question, count=1)
    if COUNTING.match(plainly(question)):  # "Can you confirm how many ..., and how many of them"
        question = plainly(question)
    subset = SUBSET_AFTER_A_COUNT.search(question)
    if not COUNTING.match(question) or subset is None:
        return question
    if subset.group("asked").lower() != "how many":
        raise NotUnderstood([subset.group(0).strip(" ,")], "the count, or the people? ask each")
    counted = COUNTING.sub("", question[: subset.start()], count=1).strip(" ?.!")  # "...? And"
    return f"what percentage of {_as_a_group(counted)} {subset.group('rest').strip()}"


# "employees were hired in 2023", "were hired in 2023", "people joined us in 2015": said of the
# counted, which the share names as a group ("employees hired in 2023"); its own "were" would
# make it part of the part.
SAID_OF_THE_COUNTED = re.compile(
    r"^(?P<noun>(?:\w+\s+)?)(?:(?:are|were|is|was|have\s+been|has\s+been|got)\s+"
    r"(?=(?:hired|employed|in|on|from|since|before|after|between|during)\b)"
    r"|(?P<joined>joined|started|came|began)(?:\s+(?:us|with\s+us|the\s+company))?\s+"
    r"(?=(?:in|on|since|before|after|between|during)\b))",
    re.IGNORECASE,
)


def _as_a_group(counted: str) -> str:
    said = SAID_OF_THE_COUNTED.match(counted)
    if said is None:
        return counted
    hired = "hired " if said.group("joined") else ""
    return f"{said.group('noun') or 'employees '}{hired}{counted[said.end() :]}"
