"""Asides: context around a question that asks for nothing.

"For the board deck: how many people did we hire?", "Hi! I'm new here - who is in HR?", "The CEO
asked how many VPs we have", "How many presidents do we have? That seems like a lot.", "...
by department, so I can build a pie chart". The closed world still holds: a part of the question
is dropped as an aside only when
1. it is set off from the question: a sentence of its own, a lead-in before the first ':', spaced
   dash or ',', or before the first question word ("how", "who", ...) of the first sentence, or
   a closing clause after the last ',' or spaced dash (", so I can build a chart", ", need to
   ping him", " - their laptops are due"); and
2. read on its own by the lexer, every word of it is understood as context: a filler, a
   preposition, or a word of `words.ASIDE_WORDS` ("deck", "CEO", "asked", "thanks") — in every
   reading. A value, a name, a number, a date, any other keyword, or any word the engine does not
   know ("part-timers: who works in Sales?") keeps it in the question, to be understood or
   refused with it; so does a word that would change an answer ("reverse", "only", ...), and
   a word in capitals other than a few acronyms ("For IT:", "in the US": a team, a place).
Looser: a greeting ("hi team,"), and the writer's remark or context before or after the question
("? settling a bet lol", "I'm ordering chairs. ...?"), whose words need not be known but may not
name, ask, state, order or negate anything the question does not.
"""

import itertools
import re

from gptbridge.engines.offline.answer_forms import REQUESTED, YES_OR_NO, YES_OR_NO_ASKED, form_said
from gptbridge.engines.offline.courtesy import (
    GREETING_LEAD,
    JOINING_KEYWORDS,
    Reader,
    is_courtesy,
    without_a_closing_request,
)
from gptbridge.engines.offline.follow_ups import difference_said, plainly, with_follow_ups
from gptbridge.engines.offline.lead_ins import (
    ASKING,
    CORRECTING,
    WANTING,
    is_context_lead_in,
    refuse_a_sender_said_first,
    without_hedge,
    without_the_meetings_day,
    without_whom_and_who,
)
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.misuse import refuse_uses_against_people
from gptbridge.engines.offline.prompt_wrappers import without_a_prompt_wrapper
from gptbridge.engines.offline.subsets import COUNTING, subset_as_a_share
from gptbridge.engines.offline.tokens import Lexeme, Word, is_acronym, tokenize
from gptbridge.engines.offline.words import (
    ASIDE_WORDS,
    COPULAS,
    FILLERS,
    INSTRUCTIONS,
    REQUEST_VERBS,
)
from gptbridge.engines.offline.writer import (
    ASKED,
    CONTACTING,
    NAMING,
    PURPOSE,
    REMARK_OPENS,
    SHAPING_AFTER_A_QUESTION,
    WRITERS_OWN,
    as_said_of_the_writer,
    as_the_person_met,
    is_a_remark_after,
    is_own_start,
    says_why_or_sorry,
    without_a_remark_in_brackets,
    without_unsure_spelling,
)

SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
# The rounding every average, share and tenure is given with already ("rounded to one decimal
# place", "to 1 dp"): it asks for nothing more; any other is left in, and not understood.
ONE_DECIMAL = re.compile(
    r"[,;(]?\s*\b(?:(?:in\s+)?years?\s*,\s*)?(?:and\s+)?(?:(?:please\s+)?(?:give|show|express|state)"
    r"\s+(?:it|that|them)\s+(?=to\b))?(?:(?:please\s+)?(?:rounded|round(?:\s+it)?|rounding)\s+)?"
    r"(?:(?:off\s+)?to\s+(?:the\s+nearest\s+)?)?(?:(?:one|a single)\s+|1\s*)"
    r"(?:decimal(?:\s+(?:place|point|digit))?s?|d\.?p\.?)(?!\w)\)?",
    re.IGNORECASE,
)
# The first ':', a spaced dash, or a comma ends a lead-in; so does a request to the reader after
# a purpose ("for the org chart could you give me a count of ...").
LEAD_IN_END = re.compile(r":|;|\s[-\u2013\u2014]+\s|,|\s(?=(?:could|can|would)\s+you\b)", re.I)
# ... and so does a question word, when what comes before it is context ("The CEO asked how").
QUESTION_WORD = re.compile(
    r"\b(?:how|who|whom|which|what|when|whether|if(?!\s+(?:you|this|that|it|i)\b)|anyone"
    r"|anybody)\b",  # "Sorry if this is obvious, but ...": the courtesy goes on
    re.IGNORECASE,
)
# ... and so does a verb asking for the answer, after a request to the reader ("Would you be so
# kind as to list ...", "Could you possibly share ...").
ASKING_VERB = re.compile(
    r"\b(?:list|show|give|name|tell|send|share|provide|pull|find|get|count|look up|let me know"
    r"|fetch|check)\b",
    re.IGNORECASE,
)
JOINING_BUT = re.compile(r"\s+but\s*$", re.IGNORECASE)
LEADING_BUT = re.compile(r"^(?:but|and)\s+(?=\w)", re.IGNORECASE)
# The last one; a purpose said with no comma ("... in case I need to reach him") starts one too.
_CLAUSE_OPENS = r"(?:in\s+case|so\s+(?:that\s+)?i|for\s+(?:the|our|my|a|an))"
CLOSING_CLAUSE = re.compile(rf"[,;]|\s[-\u2013\u2014]+\s|\s(?={_CLAUSE_OPENS}\s)", re.I)
# A request to answer opening a sentence or following a comma ("Please state the number
# of ...", "Kindly confirm whether X is in HR", "Please confirm.", "Verify: how many ...", "For
# each department, state the latest hire date"): it asks for nothing more than the sentence does.
REQUEST = re.compile(
    r"(?:^|(?<=,)\s*)(?:(?:please|kindly|pls|plz)\s+)?(?:(?:can|could|would)\s+you\s+)?"
    r"(?:(?:please|kindly|pls|plz)\s+)?(?:"
    + "|".join(re.escape(verb) for verb in REQUEST_VERBS)
    + r")(?:\s+(?:whether(?:\s+or\s+not)?|if|that))?(?=[\s:,]|[.!?]*$)[.!?:,]*\s*",
    re.IGNORECASE,
)
# "list them out", "show 'em": a request for the answer's form, never an aside.
ASKS_TO_LIST = frozenset({"list", "show", "name"})
# A question that only points back at the one before ("Last hire in Sales, who is it?"): no more.
POINTING_BACK = re.compile(
    r"^(?:and\s+)?(?:who|what|which one)\s+(?:is|was|are|were)\s+(?:it|that|they|those|this)"
    r"\s*[?!.]*$",
    re.IGNORECASE,
)

DATE_ASKED = re.compile(r"\b(?:dates?|when)\b", re.IGNORECASE)

# After one of these prepositions, a person or a time of day is a condition, not context: "who
# shares a title, with her?", "hired in 2020, in the morning?" (the directory has no time).
RELATING = frozenset({"with", "as", "like", "than", "in", "at", "during", "from", "about"})
RELATED = frozenset(
    {"me", "him", "her", "us", "them", "you", "morning", "afternoon", "evening", "night"}
)
# Capitals say a name or an acronym ("For IT:", "For the US:"): context only if one of these.
CONTEXT_ACRONYMS = frozenset({"ceo", "cfo", "cto", "coo", "fyi", "btw", "re", "fw", "fwd", "pfb"})
# Every word an aside may hold, however read: a cheap first test (most parts are read once).
CONTEXT_WORDS = (
    ASIDE_WORDS
    | JOINING_KEYWORDS
    | {"for", "the", "a", "an"}
    | {word for phrase in (*FILLERS, *COPULAS) for word in phrase.split()}
)


def without_asides(question: str, read: Reader) -> str:
    """`question` without its asides (see the module's docstring), as typed."""
    refuse_uses_against_people(question)  # never dropped as an aside
    refuse_a_sender_said_first(question)
    said = without_unsure_spelling(ONE_DECIMAL.sub("", without_a_prompt_wrapper(question)))
    said = subset_as_a_share(said)
    said = without_a_closing_request(said)  # "...? kindly revert with same": after any sentence
    said = without_the_meetings_day(as_the_person_met(without_whom_and_who(said)))
    sentences = SENTENCE_BREAK.split(said.strip())
    sentences = with_follow_ups(_without_yes_or_no_asked(sentences))
    requests = {s.strip() for s in sentences if REQUESTED.match(s)}  # "List the VPs."
    requests |= {_without_request(r).strip() for r in requests}  # "the VPs." once read
    sentences = [_without_request(sentence) for sentence in sentences]
    sentences = [without_a_remark_in_brackets(sentence, read) for sentence in sentences if sentence]
    sentences = sentences or [""]
    while len(sentences) > 1 and (
        _is_aside(sentences[0], read)
        or is_own_start(sentences[0], sentences[1])
        or _is_own_context(sentences[0], sentences[1:], read)
    ):
        sentences.pop(0)
    while len(sentences) > 1 and (
        (_is_aside(sentences[-1], read) and not _asks_for_the_counted(*sentences[-2:]))
        or _is_a_remark(sentences[-2], sentences[-1], read)
        or _is_own_context(sentences[-1], sentences[:-1], read, after=True)
        or is_a_remark_after(sentences[-2], sentences[-1], read)
    ):
        sentences.pop()
    sentences[0] = _without_request(_without_lead_ins(sentences[0], read))
    sentences[-1] = without_hedge(sentences[-1])  # "..., if that is possible?"
    sentences[-1] = without_a_closing_request(_without_closing_clause(sentences[-1], read))
    _refuse_more_after_a_question(sentences, read, requests)
    return " ".join(sentences)


def _without_request(sentence: str) -> str:
    """The sentence without the first request to answer it ("State the number of ...", "For
    each department, state ...")."""
    return REQUEST.sub("", sentence, count=1)


def _without_yes_or_no_asked(sentences: list[str]) -> list[str]:
    """ "Is anyone in HR a VP? Answer yes or no.", "is Lori Will in Sales, yes or no?": a
    yes-or-no question answered as one; after any other question it is kept (and refused)."""
    if not YES_OR_NO.match(plainly(sentences[0])):
        return sentences
    kept = [YES_OR_NO_ASKED.sub("?", sentence) for sentence in sentences]
    return [sentence for sentence in kept if sentence.strip(" ?")] or sentences


def _asks_for_the_counted(asked: str, following: str) -> bool:
    """ "How many VPs are in Sales? Who are they?": after a count, "who are they" asks for the
    people as well; after a date ("the earliest hire date in HR, and who was it?"), for whoever
    was hired then. It does not point back at an answer already asked for."""
    asks_who = bool(POINTING_BACK.match(following.strip()))
    return asks_who and bool(COUNTING.match(asked) or DATE_ASKED.search(asked))


def _refuse_more_after_a_question(sentences: list[str], read: Reader, requests: set[str]) -> None:
    """ "How many joined in December? christmas hires lol": after a question mark (or a request,
    "List the VPs. How many?"), a second question or a remark, never a condition on the first; but
    for an aside (dropped above), columns ("? Name and hire date.") or a restatement in brackets."""
    for asked, following in itertools.pairwise(sentences):
        said = following.strip()
        after_a_request = said.endswith("?") and asked.strip() in requests
        if not (asked.rstrip().endswith("?") or after_a_request) or said.startswith("("):
            continue
        if not all(map(_names_only_columns, read(said))):
            raise NotUnderstood([said], "one question at a time, in one sentence, please")


def _names_only_columns(lexemes: list[Lexeme]) -> bool:
    """What may follow a question mark: columns to show ("? list w/ dept and title"), or how to
    give a count ("? As a percentage.")."""
    joins = {",", "and", "with", "with their"}
    if [lexeme.payload for lexeme in lexemes] in (["as a percentage"], ["percentage"]):
        return True
    return all(
        lexeme.terminal == "FIELD" or (lexeme.terminal == "KW" and lexeme.payload in joins)
        for lexeme in lexemes
    )


def _without_lead_ins(sentence: str, read: Reader) -> str:
    """Lead-ins one after another, and the request they end in ("Can you check whether ...")."""
    shorter = _one_lead_in_less(sentence, read)
    while shorter != sentence:
        sentence, shorter = shorter, _one_lead_in_less(shorter, read)
    return sentence


def _one_lead_in_less(sentence: str, read: Reader) -> str:
    """The writer's own context up to a dash or colon is read whole, before any request inside
    it is dropped ("I'd like to send a card to our newest colleague - who is ...": not "send a
    card to ...")."""
    end = LEAD_IN_END.search(sentence)
    rest = sentence[end.end() :] if end else ""
    if end and rest.strip() and _is_own_context(sentence[: end.start()], [rest], read):
        return rest.lstrip()
    return _without_lead_in(_without_request(sentence), read)


def _without_lead_in(sentence: str, read: Reader) -> str:
    ends = (LEAD_IN_END, QUESTION_WORD, ASKING_VERB, WANTING)
    found = (pattern.search(sentence) for pattern in ends)
    for end in sorted((end for end in found if end), key=lambda end: end.start()):
        if not sentence[end.end() :].strip():
            continue
        lead_in = sentence[: end.start()]
        if end.re is not LEAD_IN_END:  # "sorry, dumb q but how many ...": "but" only joins
            lead_in = JOINING_BUT.sub("", lead_in)
        by_whom = is_courtesy if end.re is ASKING_VERB else _is_aside  # "what share are ..."
        said_for = end.re in (LEAD_IN_END, WANTING)  # and what it is for: lead_ins.py
        rest_said = [sentence[end.end() :]]  # "I'm looking at Marketing - how many in Marketing"
        if lead_in.strip() and (
            by_whom(lead_in, read)
            or (said_for and is_context_lead_in(lead_in, read))
            or (said_for and _is_own_context(lead_in, rest_said, read))
        ):
            rest = sentence[end.end() :] if said_for else sentence[end.start() :]
            return LEADING_BUT.sub("", rest.lstrip())
    return sentence


def _without_closing_clause(sentence: str, read: Reader) -> str:
    found = list(CLOSING_CLAUSE.finditer(sentence))
    if not found or not sentence[: found[-1].start()].strip():
        return sentence
    asked, clause = sentence[: found[-1].start()], sentence[found[-1].end() :]
    said = clause.rstrip("?!. ")
    aside = _is_aside(said, read) and not _asks_for_the_counted(asked, clause)
    aside = aside or is_context_lead_in(said, read) or is_a_remark_after(f"{asked}?", said, read)
    said_before = difference_said(asked, clause) or form_said(asked, said)  # ", just the count"
    if aside or said_before or _counts_per_the_same(asked, clause):
        shorter = sentence[: found[-1].start()] + sentence[len(sentence.rstrip("?!. ")) :]
        return _without_closing_clause(shorter, read)  # ", for a speech, please": each one
    return sentence


# "Title breakdown for Marketing - count per title": the grouping said again, as a count.
_THANKS = r"(?:pls|please|plz|thanks|thx)\b"
COUNT_PER = re.compile(
    r"^\s*(?:(?:the|a|just)\s+)?(?:counts?|numbers?|headcount|list(?:ed)?)\s+(?:per|by|for each)"
    rf"\s+([\w-]+(?:\s+(?!{_THANKS})[\w-]+)?)(?:\s+{_THANKS})?\W*$",
    re.IGNORECASE,
)


def _counts_per_the_same(asked: str, clause: str) -> bool:
    """A closing "count per title" after a question that groups by title already."""
    found = COUNT_PER.match(clause)
    if found is None:
        return False
    key = found.group(1).lower().rstrip("s")
    said = asked.lower()
    return bool(re.search(rf"\b{re.escape(key)}s?\b", said)) and bool(
        re.search(r"\b(?:breakdown|per|by|each|split)\b", said)
    )


# Why the question is asked, said in the first person ("I need to invite them to a budget
# meeting", "so I can plan desks"): its words need not be known, but none may be read as anything
# but a word (a value, a name, a date, a keyword...), nor ask or deny anything.
STATING = frozenset({"is", "are", "was", "were", "be", "been", "am", "isn't", "aren't"})


def _is_aside(text: str, read: Reader) -> bool:
    if POINTING_BACK.match(text.strip()) or is_courtesy(text, read):
        return True
    purpose = PURPOSE.match(text.strip())
    if purpose and _says_only_a_purpose(text.strip()[purpose.end() :], read):
        return True
    found = tokenize(text)
    words = [word.norm for word in found]
    if not words or INSTRUCTIONS.intersection(words) or any(map(_is_acronym, found)):
        return False
    if _relates(words) or words[0] in ASKS_TO_LIST or not CONTEXT_WORDS.issuperset(words):
        return False
    return all(_says_only_context(reading) for reading in read(text))


# Words that mark a sentence as a remark about the question, not a part of it: the writer, a
# reason or a mood ("planning pizza lol", "settling a bet", "need it for a report, ty"). A
# laugh or thanks alone is no such mark: "part-timers lol" may be a condition.
REMARK_MARKERS = frozenset(
    {
        "need", "needed", "want", "wanna", "gonna", "planning", "trying", "asking", "doing",
        "settling", "curious", "random", "sorry", "i", "im", "i'm", "we", "we're", "my", "our",
        "me", "us", "bet", "nerdy", "wondering",
    }
)  # fmt: skip
REMARK_KEYWORDS = frozenset({"people", "hires", "hired", "new hires", ","})


def _is_a_remark(question: str, text: str, read: Reader) -> bool:
    """A sentence after the question mark that only remarks on it ("? settling a bet lol",
    "? need a list for the onboarding thing, thanks"): marked as a remark, and none of its
    words is read as a value, name, date, number or any keyword but a noun for people, nor asks,
    states, orders or negates anything. Anything else after a question is refused."""
    found = tokenize(text)
    words = {word.norm for word in found}
    if not question.rstrip().endswith("?") or "?" in text:
        return False
    if ABOUT_THE_ASKER.match(text) and not words & CORRECTING:
        return all(not any(map(_names_something, reading)) for reading in read(text))
    if says_why_or_sorry(text):  # "? sorry if that's a weird ask", "? my manager asked"
        return all(map(_only_about_the_asking, read(as_said_of_the_writer(text))))
    if not words & REMARK_MARKERS:
        return False
    if words & (INSTRUCTIONS | ASKING | STATING) or any(map(_is_acronym, found)):
        return False
    return all(all(map(_is_remark_word, reading)) for reading in read(text))


# A remark about the asker or how they feel ("? I think she started around when I did", "? feels
# like a lot", "? we have the same last name haha"): it may use any word but one that names
# something (a value, a person, a date, a number) or corrects the question ("only", "not").
ABOUT_THE_ASKER = re.compile(
    r"^\W*(?:i think|i thought|i met|i guess|i just|i was|we have|we both|we've|just want|"
    r"just wanted|just curious|wondering|feels like|(?:it\s+|that\s+)?seems|sounds like|like|"
    r"lol|haha|btw|"
    r"i forget|i forgot|i can'?t remember|i don'?t remember|can'?t remember)\b",
    re.IGNORECASE,
)
# A reason or an apology after the question (writer.py): no word that names something or shapes
# an answer (a column, a key, an order, a missing topic); keywords of people and joining only.
ABOUT_THE_ASKING_KEYWORDS = frozenset(
    {*REMARK_KEYWORDS, "who", "not", "and", "to", "in", "of", "for", "on", "at", "with"}
)


def _is_own_context(sentence: str, others: list[str], read: Reader, after: bool = False) -> bool:
    """ "I'm ordering chairs for the Sales team. How many people are in Sales?" (or "...? Planning
    an award."): the writer's own sentence, which names and shapes nothing the question does not
    say itself; "We only count interns. How many ...?" keeps its condition, and is refused."""
    said = GREETING_LEAD.sub("", sentence.strip(), count=1)  # "Hello, we're ordering ..."
    asked = any(
        ASKED.match(other) or other.rstrip().endswith("?") or QUESTION_WORD.match(other.lstrip())
        for other in others
    )
    shaping = after and {word.norm for word in tokenize(said)} & SHAPING_AFTER_A_QUESTION
    opens = (REMARK_OPENS if after else WRITERS_OWN).match(said)
    if said.endswith("?") or not asked or shaping or not opens:
        return False
    # what the question says itself, the context may say too ("for the Sales offsite. How many
    # people are in Sales?")
    repeated = {
        _said(lexeme)
        for other in others
        for lexeme in _read_all(read, other)
        if lexeme.terminal != "TOPIC"  # a topic the directory lacks is never context
    }
    return all(
        _about_the_asking(lexeme)
        or _said(lexeme) in repeated
        or _names_its_value(reading, at)
        or _names_the_work(reading, at)
        or _when_the_writer_needs_it(lexeme)
        for reading in read(as_said_of_the_writer(said))
        for at, lexeme in enumerate(reading)
    )


# When the writer's own event is ("the breakfast next week", "Thursday's all-hands", "the away
# day"): never a time of hire, which is past.
EVENT_TIMES = frozenset({"'s", "together", "next", "week", "day", "this"})


def _when_the_writer_needs_it(lexeme: Lexeme) -> bool:
    said_as_keyword = lexeme.terminal == "KW" and lexeme.payload in EVENT_TIMES
    return said_as_keyword or lexeme.terminal == "DAYNAME"


# Keywords that name the writer's work in a sentence of context, not a condition: "Sales
# growth", "ahead of planning season"; never after "by" or "per" ("hiring by season").
WORK_KEYWORDS = frozenset(
    {"change", "season", "headcount", "breakdown", "hires", "hired", "tenure", "anniversary"}
)


def _names_the_work(reading: list[Lexeme], at: int) -> bool:
    lexeme, before = reading[at], reading[at - 1] if at else None
    grouped = before is not None and before.terminal == "KW" and before.payload in ("by", "per")
    return lexeme.terminal == "KW" and lexeme.payload in WORK_KEYWORDS and not grouped


def _names_its_value(reading: list[Lexeme], at: int) -> bool:
    """ "the Sales team": the column word after a value of it only names the value."""
    lexeme, before = reading[at], reading[at - 1] if at else None
    said_of = before is not None and before.terminal == "VALUE" and before.payload[0]
    return lexeme.terminal == "FIELD" and lexeme.payload == said_of


def _read_all(read: Reader, text: str) -> list[Lexeme]:
    return [lexeme for reading in read(text) for lexeme in reading]


def _said(lexeme: Lexeme) -> tuple[str, str]:
    return lexeme.terminal, str(lexeme.payload)


def _only_about_the_asking(lexemes: list[Lexeme]) -> bool:  # "the permanent ones" says more
    said = itertools.pairwise(lexemes)
    described = any(w.terminal in ("WORD", "UNKNOWN") and p.payload == "people" for w, p in said)
    return all(map(_about_the_asking, lexemes)) and not described


def _about_the_asking(lexeme: Lexeme) -> bool:
    """A word, or a keyword of people and joining: never a value, name, date, day, season,
    number, column, key, order or topic."""
    if lexeme.terminal == "KW":
        return lexeme.payload in ABOUT_THE_ASKING_KEYWORDS
    return lexeme.terminal in ("WORD", "UNKNOWN", "FILLER", "COPULA")


def _names_something(lexeme: Lexeme) -> bool:
    return lexeme.terminal in NAMING


def _is_remark_word(lexeme: Lexeme) -> bool:
    said_to_people = lexeme.terminal == "KW" and lexeme.payload in REMARK_KEYWORDS
    return _is_a_word(lexeme) or lexeme.terminal == "COPULA" or said_to_people


def _says_only_a_purpose(text: str, read: Reader) -> bool:
    """What follows "so I can", "need it for", "in case": no question, statement or known word
    (but reaching someone: "so I can email him", "in case I need to reach her")."""
    text = CONTACTING.sub(" ", as_said_of_the_writer(text))
    found = tokenize(text)
    words = {word.norm for word in found}
    if words & (INSTRUCTIONS | ASKING | STATING) or any(map(_is_acronym, found)):
        return False
    return all(all(map(_is_a_word, reading)) for reading in read(text))


def _is_a_word(lexeme: Lexeme) -> bool:
    return _is_context(lexeme) or lexeme.terminal in ("WORD", "UNKNOWN", "FILLER")


def _relates(words: list[str]) -> bool:
    said = [word for word in words if word not in ("the", "a", "an")]
    return any(a in RELATING and b in RELATED for a, b in itertools.pairwise(said))


def _is_acronym(word: Word) -> bool:
    return is_acronym(word, CONTEXT_ACRONYMS)


def _says_only_context(lexemes: list[Lexeme]) -> bool:
    return all(_is_context(lexeme) for lexeme in lexemes)


def _is_context(lexeme: Lexeme) -> bool:
    if lexeme.terminal == "COPULA":
        return True
    if lexeme.terminal == "KW":
        return lexeme.payload in JOINING_KEYWORDS
    said = str(lexeme.payload if lexeme.terminal == "WORD" else lexeme.text).lower()
    return lexeme.terminal in ("WORD", "UNKNOWN") and said in ASIDE_WORDS
