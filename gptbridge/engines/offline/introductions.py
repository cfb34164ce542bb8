"""The asker named: "I'm Brianne Jones - who else is on my team?", "who was hired before me? (I'm
Brianne Jones)". When the question says who is asking, by a full name the directory holds, the
introduction is dropped and "me", "my team" and "my title" are that person; a name the directory
does not hold as one person leaves the question as it is (and "me" is not understood). The
asker's department said ("I'm joining marketing, how many people are on my team?") is "my team".
"""

import re
from collections.abc import Callable, Iterable

from gptbridge.engines.offline.answer_forms import GOING_ON_FROM
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.tokens import Lexeme

Reader = Callable[[str], Iterable[list[Lexeme]]]

# "I'm X Y", "I am X Y", "my name is X Y", "this is X Y" up to the end of its clause: a comma,
# a dash, a bracket or a sentence's end ("I'm Brianne Jones, just started in HR 👋 who ...").
INTRODUCTION = re.compile(
    r"\(?\b(?:i\s*'?\s*m|i\s+am|my\s+name\s+is|this\s+is)\s+"
    r"(?P<name>[^\W\d_][\w'-]*\s+[^\W\d_][\w'-]*)(?P<rest>[^,;:.!?()\u2013\u2014]*?)"
    r"(?:\s+[-\u2013\u2014]\s+|[,;:.!?)]+|$)"
    # "..., just started in HR": what the asker says of themselves goes with it.
    r"(?:\s*(?:and\s+)?(?:i\s+)?(?:just|recently)\s+(?:started|joined)(?:\s+(?:in|on|at)\s+"
    r"(?:the\s+)?[\w&]+(?:\s+(?:service|resources|team))?)?\s*[,;:.!?-]*)?",
    re.IGNORECASE,
)
# "my team", "in my department": the asker's department.
MY_TEAM = re.compile(r"\b(?:(?:on|in|of|from)\s+)?my\s+(?:team|department|dept|group|org)\b", re.I)
# What the rest of the question may say of the asker, and how it is said of them by name.
SAID_OF_ME = (
    (MY_TEAM, "in {name}'s department"),
    (re.compile(r"\bmy\s+(?:title|role|position|job title|job)\b", re.I), "{name}'s title"),
    (re.compile(r"\b(as|than|before|after|like|with)\s+me\b", re.I), r"\1 {name}"),
    (
        re.compile(r"\b(as|than|before|after)\s+i\s+(?:did|was|joined|started)\b", re.I),
        r"\1 {name}",
    ),
)
# Words an introduction may go on with, which say nothing the question needs ("I'm Brianne
# Jones btw", "I'm Brianne Jones, just started in HR").
AFTER_A_NAME = re.compile(r"^\s*(?:btw|by the way|here|from \w+(?: \w+)?|lol|haha|:\)|\W)*$", re.I)


# "I'm joining marketing, how many people are on my team?", "who is in my team? I'm in Customer
# Service": the asker's department, when the question asks about "my team" (else the
# introduction stays, and is not understood).
MY_DEPARTMENT = re.compile(
    r"\(?\b(?:(?:i\s*'?\s*m|i\s+am)\s+(?:joining|in|on|with|part\s+of)|i\s+(?:work|am)\s+in|"
    r"i\s+joined)\s+(?:the\s+)?(?P<group>[\w&]+(?:\s+[\w&]+)?)"
    r"(?:\s+(?:team|department|dept))?\s*(?:[,;:.!?)]+|\s+[-\u2013\u2014]\s+|$)",
    re.IGNORECASE,
)


def with_the_asker_named(question: str, read: Reader, names: Callable[[], DirectoryNames]) -> str:
    """`question` with the asker's introduction dropped and what it says of "me" said of them."""
    question = _with_the_askers_department(question, read)
    for found in INTRODUCTION.finditer(question):
        name = found.group("name")
        if not _is_one_person(name, read, names()) or not _only_context(found.group("rest")):
            continue
        rest = (question[: found.start()] + " " + question[found.end() :]).strip()
        for said, by_name in SAID_OF_ME:
            rest = said.sub(by_name.replace("{name}", name), rest)
        return rest
    return question


def _with_the_askers_department(question: str, read: Reader) -> str:
    found = MY_DEPARTMENT.search(question)
    if found is None:
        return question
    said_last = not question[found.end() :].strip()  # "who is in my team? I'm in Sales"
    before = said_last and MY_TEAM.search(question[: found.start()])
    if not MY_TEAM.search(question[found.end() :]) and not before:
        return question
    group = found.group("group")
    said = list(read(group))
    one_department = all(
        len(reading) == 1
        and reading[0].terminal == "VALUE"
        and reading[0].payload[0] == "department"
        for reading in said
    )
    if not said or not one_department:
        return question
    rest = (question[: found.start()] + " " + question[found.end() :]).strip()
    return MY_TEAM.sub(f"in {group}", rest)


def _is_one_person(name: str, read: Reader, names: DirectoryNames) -> bool:
    """Whether `name` is the full name of someone in the directory (typos forgiven)."""
    return any(
        len(reading) == 1
        and reading[0].terminal == "FULLNAME"
        and reading[0].payload in names.people
        for reading in read(name)
    )


def _only_context(rest: str) -> bool:
    return bool(AFTER_A_NAME.match(rest))


# What the question points back at in a conversation the engine never had ("the headcount for
# the period we discussed", "the people I mentioned", "same as last time"): asked back, never
# read without it.
EARLIER_CONVERSATION = re.compile(
    r"\b(?:we|you|i)\s+(?:just\s+|already\s+)?(?:discussed|talked\s+about|mentioned|agreed(?:\s+on)?"
    r"|spoke\s+about|looked\s+at|went\s+over|asked\s+(?:about|for))\b"
    r"|\b(?:as|like)\s+(?:discussed|mentioned|agreed|before)\b|\b(?:same\s+as|as|like)\s+last\s+time\b"
    r"|\b(?:mentioned|discussed)\s+(?:earlier|before|above|previously)\b"
    # "how many were hired in that period": a period said nowhere here ("in the period 2019 to
    # 2020" says it)
    r"|\b(?:in|during|over|for|within)\s+(?:that|the\s+same)\s+(?:period|time)"
    r"(?!\s*(?:of\s+|from\s+|between\s+|as\s+|\d))",
    re.IGNORECASE,
)


# "what about the smallest department, which one is it?": the question that follows is asked;
# "what about Sales?" alone asks the earlier question again, for Sales.
WHAT_ABOUT = re.compile(r"^\W*(?:and\s+)?(?:what|how)\s+(?:about|abt|bout)\s+", re.IGNORECASE)
ASKS = re.compile(r"\b(?:which|who|how\s+many|what|when|list)\b", re.IGNORECASE)
ON_ITS_OWN = "each question is read on its own: say what it points back at"
# "And how many of them are managers?", "And in Sales?" (a question going on from one never asked
# here): what it points back at, or what it asks again, is not said.
OF_THEM = re.compile(r"\b(?:of|among|amongst)\s+(?:them|those|these)\b", re.IGNORECASE)
ONLY_A_CONDITION = re.compile(r"^\W*(?:and|also|plus)\s+(?:in|for|from|within|at|on)\b", re.I)


def on_its_own(question: str) -> str:
    """The question without an opener that points back ("what about ..."), when it asks a
    question of its own; one that points back at an earlier conversation is refused."""
    found = EARLIER_CONVERSATION.search(question)
    if found is not None:
        raise NotUnderstood([found.group()], ON_ITS_OWN)
    if GOING_ON_FROM.match(question) and (
        OF_THEM.search(question) or (ONLY_A_CONDITION.match(question) and not ASKS.search(question))
    ):
        raise NotUnderstood([question.strip()], ON_ITS_OWN)
    opener = WHAT_ABOUT.match(question)
    if opener is None:
        return question
    if ASKS.search(question, opener.end()) is None:
        raise NotUnderstood([opener.group().strip()], ON_ITS_OWN)
    return question[opener.end() :]
