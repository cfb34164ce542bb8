"""A lead-in that says what the question is for: "For our quarterly review, ...", "As part of an
onboarding audit, ...", "I'm preparing a headcount summary for leadership - ...". It is dropped
(`asides.py`) only when

1. it opens with a purpose ("for the/our/a ...", "as part of ...", "ahead of ...") or the
   writer's own work ("I'm preparing ...", "we're reviewing ...", "the CEO is preparing ..."),
   and ends at the first ',', ':', ';' or spaced dash, or at what is wanted ("... and need",
   "... and would like to know"), before the question;
2. it ends in a thing (a word the vocabulary does not read: "review", "deck", "audit"), never
   in a keyword ("For each department, ..." is a grouping); and
3. no word in it names anything (a department, title, person, date, season, number, e-mail),
   groups, orders, negates or corrects, asks, instructs, or is an acronym ("For IT, ...");
   the nouns of the work may be keywords ("a headcount summary", "the tenure analysis").

Its words need not be known: "review" or "updating" in a lead-in are the writer's work, not a
question about performance reviews or a change to make."""

import re
from collections.abc import Callable, Iterable

from gptbridge.engines.offline.courtesy import without_an_addressee
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.tokens import Lexeme, is_acronym, tokenize
from gptbridge.engines.offline.words import INSTRUCTIONS

Reader = Callable[[str], Iterable[list[Lexeme]]]

OPENER = re.compile(
    r"^\W*(?:(?:(?:just\s+|quick\s+one\s+|quick\s+question\s+|just\s+checking\s+)?for"
    r"|as\s+part\s+of|ahead\s+of|in\s+preparation\s+for)"
    r"\s+(?:the|our|a|an|my|this|upcoming|an\s+upcoming|the\s+upcoming)\b"
    r"|(?:i'?m|i\s+am|we'?re|we\s+are|(?:the|our|my)\s+[a-z]+\s+(?:is|are))\s+[a-z]+ing\b"
    r"|(?:the|our|my)\s+(?:ceo|cfo|cto|coo|board|chairman|chair|founders?)\s+(?:has|had)\b)",
    re.IGNORECASE,
)
# What the writer (or the one they work for) wants, after saying why: "I'm organising the party
# and need the e-mails of ...", "The CEO is preparing the board deck and would like to know how
# many ...". The lead-in before it is dropped on the terms above, and so is this.
WANTING = re.compile(
    r"\s(?:and|so)\s+(?:i\s+|we\s+|he\s+|she\s+|they\s+)?(?:would\s+(?:like|love)|'d\s+like"
    r"|needs?|wants?)(?:\s+to\s+(?:know|see|get|have|find\s+out)|\s+to(?=\s+(?:compare|list"
    r"|count|check|confirm)\b))?\s",
    re.IGNORECASE,
)
# Keywords that may name the work, not ask about it: "a headcount summary", "the tenure
# analysis", "the anniversary program", "our workforce composition slide", "hiring trends",
# "the yearly report".
WORK_NOUNS = frozenset(
    {"headcount", "tenure", "anniversary", "people", "breakdown", "new hires", "hires", "hired"}
    | {"change"}  # "for the growth slide"
)
JOINING = frozenset({"of", "for", "in", "on", "at", "to", "with", "as", "and", "'s", "this"})
WORK_ADJECTIVES = frozenset({"quarterly", "annual", "yearly", "monthly", "weekly"})
THINGS = frozenset({"WORD", "UNKNOWN", "TOPIC"})
SAID_OF_THE_WRITER = frozenset({"FILLER", "COPULA"})
# Words that ask, or correct or negate what is said (shared with the other asides).
ASKING = frozenset({"who", "whom", "which", "what", "when", "where", "whether", "how", "if"})
CORRECTING = frozenset(
    {"not", "no", "never", "only", "except", "without", "instead", "rather", "actually", "mean"}
    | {"meant", "exclude", "excluding", "nobody", "none", "neither", "nor"}
)
ACRONYMS_SAID = frozenset({"ceo", "cfo", "cto", "coo", "hr", "fyi"})


# "for tomorrow's board meeting", "before Monday's call": the meeting, whenever it is.
_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|next\s+week)'?s"
_MEETING = (
    r"(?:meeting|call|presentation|sync|stand-?up|catch-?up|1:1|one-on-one|all-hands|town\s+hall"
    r"|offsite)"
)
DAYS_MEETING = re.compile(rf"\b{_DAY}\s+(?=(?:[\w-]+\s+){{0,2}}{_MEETING}\b)", re.IGNORECASE)
# Before or after a meeting is when the writer asks, not a time of hire: "Before Monday's
# meeting, ...", "Ahead of tomorrow's board call: ...". Read as "for the ..." when it ends in one
# (the day is "the" by then: `without_the_meetings_day`).
AROUND_A_MEETING = re.compile(
    r"^\W*(?:before|after|ahead\s+of|prior\s+to)\s+(?:the|our|my|this)\s+"
    rf"(?=(?:[\w-]+\s+){{0,2}}{_MEETING}\W*$)",
    re.IGNORECASE,
)


# A user story's role: "As an HR lead I want to see how many ...", "As a hiring manager, I'd
# like to know ...". Who the writer is filters nothing ("hiring manager" is not the title
# Manager), so the role and the wish are dropped; a role that says how to answer ("As a
# percentage, I want ...") is not a role.
ROLE_OPENER = re.compile(
    r"^\W*as\s+(?:a|an|the)\s+(?!(?:[\w&/'-]+\s+){0,4}?(?:percent|percentage|share|ratio|fraction"
    r"|proportion|list|table|number|count|total|csv|chart|whole)\b)(?:[\w&/'.-]+\s+){0,4}?[\w&/'.-]+"
    r"\s*,?\s+(?:i|we)\s*(?:want|need|would\s+like|'d\s+like|wish)(?:\s+(?:to|2)\s+(?:see|know|get"
    r"|find(?:\s+out)?|have|view|understand|check|list|count|pull|track|compare|be\s+able\s+to"
    r"\s+(?:see|view|get|list|find))\b)?[\s:,]*",
    re.IGNORECASE,
)


# A ticket the question is filed under: "TKT-4411 pls lookup ...", "[HR-102] how many ...",
# "Ticket #5021: ...", "... (ref INC0012345)". Never a period said the same way ("FY-2023").
_TICKET_WORD = r"(?:ticket|tkt|ref|req|case|incident|inc|issue)"
_TICKET = (
    rf"(?:(?i:{_TICKET_WORD}\s*(?:no\.?|number|#|:)\s*#?\s*)\d{{2,}}"  # "Ticket #5021"
    rf"|(?i:{_TICKET_WORD})\s+[A-Z]+-?\d{{3,}}"  # "ref INC0012345"
    r"|(?!(?:FY|CY|AY|YTD|QTD|MTD)-)[A-Z]{2,10}-\d{3,8}|#\d{2,})"  # "TKT-4411", "#4411"
)
TICKET_FIRST = re.compile(rf"^\W*?[\[(]?{_TICKET}[\])]?\s*(?:[:|,-]+|[\u2013\u2014])?\s+")
TICKET_LAST = re.compile(rf"\s*[\[(,-]?\s*(?i:re:?\s*)?{_TICKET}[\])]?[.\s]*$")


# South Asian English "Do one thing, tell me ...": please.
DO_ONE_THING = re.compile(r"^\W*(?:(?:please|kindly|pls)\s+)?do\s+one\s+thing\s*[,:;.!-]+\s*", re.I)


def without_whom_and_who(text: str) -> str:
    """Whom the question is said to ("Alexa, ask the directory ..."), who says it ("As an HR
    lead I want to see ...") and the ticket it is filed under: none is asked about."""
    text = TICKET_LAST.sub("", TICKET_FIRST.sub("", text, count=1), count=1)
    text = DO_ONE_THING.sub("", text, count=1)
    return ROLE_OPENER.sub("", without_an_addressee(text), count=1)


def without_the_meetings_day(text: str) -> str:
    return DAYS_MEETING.sub("the ", text)


def is_context_lead_in(text: str, read: Reader) -> bool:
    text = AROUND_A_MEETING.sub("for the ", text)
    if OPENER.match(text) is None:
        return False
    found = tokenize(text)
    words = {word.norm for word in found}
    capitals = any(is_acronym(word, ACRONYMS_SAID) for word in found)
    if words & (ASKING | CORRECTING | INSTRUCTIONS) or capitals:
        return False
    return all(_names_only_the_work(reading) for reading in read(text))


def _names_only_the_work(lexemes: list[Lexeme]) -> bool:
    """ "For the badge audit", "For the holiday party headcount" (a word of the work, then one
    that may name it): never a condition."""
    last = lexemes[-1] if lexemes else None
    if last is None or (last.terminal not in THINGS and not _names_it_after(last, lexemes)):
        return False
    return all(map(_is_of_the_work, lexemes))


def _names_it_after(last: Lexeme, lexemes: list[Lexeme]) -> bool:
    work_noun = last.terminal == "KW" and last.payload in WORK_NOUNS
    return work_noun and any(lexeme.terminal in THINGS for lexeme in lexemes[:-1])


def _is_of_the_work(lexeme: Lexeme) -> bool:
    if lexeme.terminal in THINGS or lexeme.terminal in SAID_OF_THE_WRITER:
        return True
    if lexeme.terminal == "FIELD":  # "a first-name audit", "the department heads"
        return True
    if lexeme.terminal != "KW":
        return False  # a value, a name, a date, a season, a number, an e-mail: a condition
    said = lexeme.text.lower()
    return lexeme.payload in WORK_NOUNS | JOINING or said in WORK_ADJECTIVES


# A closing hedge asks for nothing: "..., if that is possible?", "..., if that's something you
# can work out from the hire dates.", "..., if you don't mind" ("if y'all don't mind"), "..., if
# anyone?".
HEDGE = re.compile(
    r"[,;]?\s*\bif\s+(?:(?:that|it|this)(?:'s|\s+is)\s+(?:possible|ok|okay|alright"
    r"|something\s+you\s+can\s+[a-z' ]+)|possible|you\s+can|any(?:one|body)?"
    r"|(?:you|ya|y'?all|you\s+all)\s+(?:don'?t|do\s+not)\s+mind"
    r"|that\s+makes\s+sense)\s*(?=[?.!]*\s*$)",
    re.IGNORECASE,
)


# ... and so does the writer's own guess at the answer, said last: "which department has the
# most people, maybe sales?", "how many in HR, I think around 70?", "when was X hired, I think
# 2015?", or the hedge alone ("which title is least common i think"). A guessed word only after
# a question for one ("which ..."), a guessed number only after one for a number or a date.
GUESS_SAID_LAST = re.compile(
    r"\s*[,;-]?\s*\b(?:i\s+think|i\s+guess|i\s+believe|i\s+reckon|maybe|perhaps|probably)"
    r"(?:\s+(?:it'?s|its|it\s+is|it\s+was|about|around|roughly|like|over|under))*"
    r"(?:\s+(?P<number>\d[\d,.]*)|\s+(?P<word>[a-z][a-z-]*)(?<!\bnot))?\s*(?=[?.!]*\s*$)",
    re.IGNORECASE,
)
ASKS_FOR_A_NUMBER = re.compile(
    r"\b(?:how\s+many|when|what\s+year|which\s+year|number|count)\b", re.I
)
ASKS_FOR_ONE = re.compile(r"^\W*(?:which|what|who)\b", re.IGNORECASE)


def without_hedge(sentence: str) -> str:
    sentence = HEDGE.sub("", sentence)
    guess = GUESS_SAID_LAST.search(sentence)
    asked = sentence[: guess.start()] if guess else ""
    if guess is None or not asked.strip():
        return sentence
    if guess["number"] and not ASKS_FOR_A_NUMBER.search(asked):
        return sentence
    if guess["word"] and not ASKS_FOR_ONE.match(asked):
        return sentence
    return asked + sentence[guess.end() :]


# "From the VP: how many people were hired ...", "From Sales - who joined in 2020?": a sender, as
# an e-mail says it, or the people asked about ("from Sales" is "in Sales")? Either reading
# answers something; neither is sure, so the question is refused (", " after it is a condition).
FROM_SAID_FIRST = re.compile(
    r"^\W*(?P<said>from\s*:?\s*(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"[a-z][a-z'. ]{0,40}?)\s*(?::|\s[-\u2013\u2014]+\s)\s*(?=(?:how|who|what|which|when|list|show"
    r"|give|tell|can|could|please|is|are|do|does)\b)",
    re.IGNORECASE,
)


def refuse_a_sender_said_first(question: str) -> None:
    said = FROM_SAID_FIRST.match(question)
    if said is not None:
        raise NotUnderstood([said["said"]], "who it is from, or whom it asks about? ask without it")
