"""A kind of employee the directory does not record, defined in brackets:

- by whom it leaves out: "How many permanent staff do we have (i.e. not contractors or
  interns)?", "core employees in Sales (excluding interns)". Only a word of employment status
  (`STATUS`), and only a definition that leaves people out ("not", "excluding", "other than");
  without one the word stays, and is refused ("the permanent headcount": not recorded).
- by who they are: "How many seniors (more than 10 years of service) are in Sales?", "veterans
  (hired before 2012)", "early joiners (hired in 2010)". The writer's own label (a word the
  vocabulary does not know, or a topic it does not record) is its definition; a label the
  directory holds ("interns (hired in 2020)") keeps its meaning and the brackets add to it."""

import itertools
import re
from functools import partial

from gptbridge.engines.offline.formal_phrasings import Rewrite
from gptbridge.engines.offline.lexicon import lexicon

STATUS = r"(?:permanent|regular|full[\s-]?time|core|salaried|non[\s-]?temporary)"
LEAVING_OUT = r"(?:not|excluding|excl\.?|without|except|other\s+than|no)"
DEFINITION = (
    r"\(\s*(?:(?:i\.?\s?e\.?|ie|meaning|that\s+is|=)\s*,?\s*)?"
    rf"{LEAVING_OUT}\s+(?P<left_out>[^()]+?)\s*\)"
)
DEFINED_STATUS = re.compile(rf"\b{STATUS}\s+(?P<said>[^().?!]*?)\s*{DEFINITION}", re.IGNORECASE)


def is_employment_status(said: str) -> bool:
    """ "permanent", "full-time": what a definition may only narrow, never name ("regular staff
    (i.e. Managers)" is not read)."""
    return re.fullmatch(STATUS, said.strip(), re.IGNORECASE) is not None


def _as_defined(match: re.Match[str]) -> str:
    return f"{match.group('said')} excluding {match.group('left_out')}"


_WHO = r"(?:anyone|everyone|people|those|employees|staff)\b"
_WHEN = (
    r"(?:hired|joined|started|with|having|more\s+than|less\s+than|fewer\s+than|over|under"
    r"|at\s+least|at\s+most)\b"
)
_MARKED = r"(?:i\.?\s?e\.?|meaning|defined\s+as|that\s+is|=)"
LABEL_DEFINED = re.compile(
    r"\b(?P<label>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s*\(\s*(?P<marked>" + _MARKED + r"\s*,?\s*)?"
    rf"(?P<definition>(?P<who>{_WHO})?(?(who)|(?(marked)|{_WHEN}))[^()]*?)\s*\)",
    re.IGNORECASE,
)
# Words for how long people have been here, which a definition of hire dates or service fills:
# "How many seniors (more than 10 years of service) are in Sales?", "veterans (hired before 2012)".
TENURE_LABELS = frozenset(
    {"seniors", "senior", "veterans", "veteran", "juniors", "newbies", "newcomers", "rookies"}
    | {"old-timers", "oldtimers", "long-timers", "freshers", "newbie", "rookie", "old-timer"}
)
PEOPLE_OR_HIRES = frozenset({"people", "hires", "hired", "new hires"})
AN_AMOUNT_FIRST = re.compile(r"^(?:more|less|fewer|over|under|at)\b", re.IGNORECASE)


def _label_as_defined(match: re.Match[str]) -> str:
    """The writer's own words right before the brackets become the definition; a noun for
    people or hires after them stays ("newcomers hires (hired in 2023)": hires in 2023); groups
    marked as the definition are one group ("senior leaders (i.e. Presidents and VPs)"). Only
    a definition marked as one ("(i.e. ...)", "(meaning ...)"), one of who they are ("(anyone
    hired in 2023)"), or one of time here for a word of time here ("seniors (more than 10 years of
    service)"); "women (hired in 2020)" and "interns (hired in 2020)" keep their word."""
    said = match.group("label").split()
    noun = said[-1:] if said and _says_people(said[-1]) else []
    before = said[: len(said) - len(noun)]
    defined = match.group("marked") or match.group("who")
    own = list(itertools.takewhile(partial(_the_writers_own, defined), reversed(before)))
    if not own:
        return match.group(0)
    definition = match.group("definition")
    if not (match.group("who") or re.match(_WHEN, definition, re.IGNORECASE)):
        if any(map(is_employment_status, own)):  # "regular staff (i.e. Managers)": not read
            return match.group(0)
        return f"{' '.join(before[: len(before) - len(own)])} {definition} together"  # groups
    kept = before[: len(before) - len(own)] + (noun or ["people"])
    with_it = "with " if AN_AMOUNT_FIRST.match(definition) else ""
    return f"{' '.join(kept)} {with_it}{definition}"


def _says_people(word: str) -> bool:
    entry = lexicon().entry((word.lower(),))
    return entry is not None and entry.terminal == "KW" and entry.payload in PEOPLE_OR_HIRES


def _the_writers_own(defined: str | None, word: str) -> bool:
    """A word of time here, or, defined as such, a word of no phrase the engine knows."""
    said = word.lower()
    return said in TENURE_LABELS or (bool(defined) and said not in lexicon().known)


DEFINED_TERMS: tuple[Rewrite, ...] = (
    (DEFINED_STATUS, _as_defined),
    (LABEL_DEFINED, _label_as_defined),
)
