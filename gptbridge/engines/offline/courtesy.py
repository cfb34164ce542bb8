"""Courtesies: what the writer says to the reader, or about themselves, around a question.

"Dear directory team, would you be so kind as to list the interns in Marketing? Many thanks. Kind
regards, Margaret", "I am arranging the holiday lunch. How many people are in Accounting?". The
closed world still holds: a sentence, or a lead-in before the question, is a courtesy only when
1. it is a greeting ("Good morning,", "Dear helper,"), or a formula of words.toml [courtesies]:
   one of its openings, then only its words ("Many thanks in advance for your help!", "Hope all
   is well.", "Have a lovely weekend."), with the writer's name after it or not ("Kind regards,
   Margaret"); or
2. the writer speaks: it opens with "I", "we", "my", "our" or a request to the reader ("would
   you", "could you", "might I") and nothing in it is read as part of a question. No reading
   of it holds a value, name, date, number, column or keyword other than a joining word; it has
   no question word, negation or word of `INSTRUCTIONS`, and no capitalised word after its first
   (a name, a team, a place: "I'm in the London office."). Its other words need not be known:
   they are the writer's business ("I need to order welcome mugs.").
A column right before a noun only describes it ("name badges"), and so does a season, a named
day or "anniversary" before an occasion ("the summer barbecue", "the Christmas party",
"anniversary cards"; but "the summer report" may say when); "to order" before a noun is
buying, not sorting, and a day after a word describing it is an occasion ("the open day"). A
request may also ask whether it is possible ("Would it be possible to see who ...").
"""

import itertools
import re
from collections.abc import Callable, Iterable

from gptbridge.engines.offline.english import is_common_word
from gptbridge.engines.offline.names import DirectoryNames, is_someones_name
from gptbridge.engines.offline.subsets import COUNTING
from gptbridge.engines.offline.tokens import Lexeme, Word, tokenize
from gptbridge.engines.offline.words import (
    COURTESIES,
    INSTRUCTIONS,
    MONTHS,
    NAMED_DAYS,
    SEASONS,
    WEEKDAYS,
)

Reader = Callable[[str], Iterable[list[Lexeme]]]

_HELLO = (
    r"(?:hi+|hey+|hello|hiya|yo|howdy|morning|greetings|afternoon"
    r"|good\s+(?:morning|afternoon|evening|day))"
    r"(?:\s+(?:team|all|everyone|everybody|folks|guys|y'all|there|people|bot|chatbot|buddy"
    r"|to\s+you|po|sir|ma'?am|madam))?"  # Filipino "po": respect
)
_DEAR = r"(?:dear|respected)(?:\s+[^,:;!.?]{1,60})?"  # "Dear,", "Respected team,"
_SMILE = r"(?::\)|:-\)|[!.,:])"
# A greeting, to whoever reads it ("hi team", "heyy", "Dear directory team,", "morning all :)").
GREETING = re.compile(rf"^(?:{_HELLO}|{_DEAR})\s*{_SMILE}*$", re.IGNORECASE)
# ... and one that opens a sentence ("Hello there, I am arranging the holiday lunch.").
GREETING_LEAD = re.compile(rf"^(?:{_HELLO}|{_DEAR})\s*{_SMILE}+\s*", re.IGNORECASE)
# The writer's name closing a formula ("Kind regards, Margaret", "thanks Priya", "Yours
# faithfully, Mrs. E. Pembroke").
SIGNATURE = re.compile(
    r"[,.!-]?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rev)\.?\s+)?(?:[A-Z]\.\s*)*[A-Z][\w'-]*"
    r"(?:\s+[A-Z][\w'-]*){0,2}[.!]?$"
)
# A letter's closing, signed or not, after its last sentence ("... in 2015. Yours faithfully,
# Mrs. E. Pembroke", "...? With many thanks, E. Pembroke"): nothing of the question.
_CLOSING = (
    r"(?i:yours(?:\s+(?:sincerely|faithfully|truly|respectfully|ever))?"
    r"|(?:sincerely|faithfully|respectfully|truly|gratefully)(?:\s+yours)?"
    r"|(?:with\s+)?(?:kind|kindest|best|warm|warmest|many|my\s+sincere|sincere|my)?\s*"
    r"(?:regards|thanks|wishes)|with\s+(?:many\s+)?thanks|with\s+gratitude|cheers)"
    r"(?:\s*[,.!-]?\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rev)\.?\s+)?(?:[A-Z]\.\s*)*[A-Z][\w'-]*"
    r"(?:\s+[A-Z][\w'-]*){0,2})?\s*[.!]?\s*$"
)
SIGN_OFF = re.compile(rf"(?<=[.!?])\s+{_CLOSING}")
# A message that is only a closing ("Best wishes, Tom"): nothing is asked, not even of Tom.
ONLY_A_SIGN_OFF = re.compile(rf"^\s*{_CLOSING}")


# Whom the question is said to: a voice assistant, with what it is asked to do ("Alexa, ask the
# directory how many ...", "Hey Google, who ...", "ask the directory whether ..."), or a person
# no one in the directory is named after ("Sarah, how many interns ..."): never a condition.
_ASSISTANT = r"(?:alexa|google|siri|cortana|bixby|chatgpt|claude|copilot|gemini|computer)"
_ASK_THE_DIRECTORY = (
    r"(?:(?:please\s+)?(?:ask|tell|check\s+with)\s+(?:the\s+)?(?:employee\s+|staff\s+|company\s+|hr\s+)?"
    r"(?:directory|database|db|bot|app|system)\s*,?\s*(?:to\s+|whether\s+|if\s+|about\s+)?)"
)
# ... or a chat bot, greeted or mentioned ("hey bot ...", "@directory ...", "@hrbot, ...").
_BOT = r"(?:@[\w.-]+|(?:hey|hi|hello|yo|ok|okay)\s+(?:the\s+)?(?:bot|directory|assistant|hr\s*bot))"
ADDRESSED = re.compile(
    rf"^\s*{_BOT}\b\s*[,:!.]?\s*{_ASK_THE_DIRECTORY}?"
    rf"|^\W*(?:(?:(?:hey|hi|ok|okay|yo)\s+)?{_ASSISTANT}\b\s*[,:!.]?\s*{_ASK_THE_DIRECTORY}?"
    rf"|{_ASK_THE_DIRECTORY}"
    r"|(?:(?:hey|hi|hello)\s+)?(?P<person>[A-Z][a-z]{2,})(?:\s*,\s*(?=(?:how|what|who|which|when|where"
    r"|can|could|would|please|pls|list|show|give|tell|is|are|do|does|did)\b)"
    r"|\s+(?=(?:how\s+many|can\s+you|could\s+you|would\s+you|please|pls)\b)))",
    re.IGNORECASE,
)


# ... or said to them last: "how many interns are in Sales, Sarah?"
ADDRESSED_LAST = re.compile(r"\s*,\s*(?P<person>[A-Za-z][a-z]{2,})\s*(?P<end>[?.!]*)\s*$")
# ... or a word for whoever answers, said last: Scouse "..., la?", "... for us la", "..., boss?",
# "..., our kid", Yorkshire "How many in HR then?"; "boss" only after a comma ("who is Sarah's
# boss" asks), "la" never after a place word ("in LA" is a place, refused), nor "since then".
CALLED_LAST = re.compile(
    r"(?:\s*,\s*(?:boss|chief|sound|our\s+kid|lad|la)"
    r"|(?<!\bin)(?<!\bat)(?<!\bfrom)(?<!\bto)(?<!\bnear)(?<!\bof)\s+(?:la|our\s+kid)"
    r"|(?<!\bsince)(?<!\buntil)(?<!\bbefore)(?<!\bafter)(?<!\bby)(?<!\bfrom)(?<!\band)(?<!\bhired)"
    r"(?<!\bjoined)(?<!\bstarted)\s+then)"
    r"\s*(?P<end>[?.!]*)\s*$",
    re.IGNORECASE,
)


def without_an_addressee(message: str) -> str:
    found = ADDRESSED.match(message)
    person = found and found.group("person")
    if not found or (person and not is_someones_name(person.lower())):
        return message
    return message[found.end() :]


def without_an_addressee_last(message: str, names: Callable[[], DirectoryNames]) -> str:
    """ "how many interns are in Sales, Sarah?": said to Sarah, when no one here is named so
    ("..., Jones" may ask for a Jones, and is left to the grammar); "..., boss?" likewise."""
    message = CALLED_LAST.sub(r"\g<end>", message)
    last = ADDRESSED_LAST.search(message)
    said = last.group("person").lower() if last else ""
    if not last or not is_someones_name(said) or said in names().first or said in names().last:
        return message
    return message[: last.start()] + last.group("end")


# ... or greeted first in words the directory knows nothing of ("kia ora, how many ...", "Góðan
# dag, who ...", "Namaste - ..."): words no one here is named, each a name or no English word
# ("Unpaid, how many interns?" says which), and no reading of which holds anything but unknown
# words and names. A question that asks of such a person ("Maria Garcia, what's her email?",
# "Maria Garcia, what is the email?") is left to the grammar.
ADDRESSED_FIRST = re.compile(
    r"^\s*(?P<said>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2})\s*(?:[,!:]|\s[-\u2013\u2014])\s*"
    r"(?=(?:how|what|whats|who|which|when|where|can|could|would|please|pls|plz|kindly|list|show"
    r"|give|tell|is|are|do|does|did|any|avg|average|number|count|total)\b)",
    re.IGNORECASE,
)
UNKNOWN_TERMINALS = frozenset({"WORD", "NAME", "FULLNAME"})
# "what is the email?", "title?": a column asked of no one in particular.
_COLUMN = r"(?:e-?mail(?:\s+address)?|title|job\s+title|role|position|department|dept|hire\s+date"
_COLUMN += r"|start\s+date|details|info)"
ASKED_OF_SOMEONE = re.compile(
    r"^\W*(?:(?:what|which|when|where)(?:'s|\s+is|\s+was|\s+are)?\s+)?(?:the\s+|his\s+|her\s+"
    rf"|their\s+)?{_COLUMN}\W*$"
    r"|\b(?:he|she|him|her|his|hers|they|them|their)\b",
    re.IGNORECASE,
)


def without_an_unknown_greeting(
    message: str, read: Reader, names: Callable[[], DirectoryNames]
) -> str:
    first = ADDRESSED_FIRST.match(message)
    if first is None:
        return message
    said, rest = first.group("said"), message[first.end() :]
    words = [next(same) for _, same in itertools.groupby(said.split(), key=str.lower)]  # "X x"
    if any(word.lower() in names().first or word.lower() in names().last for word in words):
        return message
    if not all(map(_no_english_word, words)):  # "Unpaid, how many interns?" says which
        return message
    if not all(_knows_nothing_of(reading, len(words)) for reading in read(said)):
        return message
    return message if ASKED_OF_SOMEONE.search(rest) else rest


def _knows_nothing_of(lexemes: list[Lexeme], words: int) -> bool:
    """Every word read, as a word or a name, none corrected (a filler is known: "Today, ...")."""
    read_whole = sum(len(lexeme.text.split()) for lexeme in lexemes) == words
    return read_whole and all(
        lexeme.terminal in UNKNOWN_TERMINALS and not lexeme.corrected for lexeme in lexemes
    )


def _no_english_word(word: str) -> bool:
    """Someone's name ("Maria", "Sharp" with its capital), or a word no English list holds
    ("namaste", "góðan")."""
    said = word.lower()
    return is_someones_name(said, word[:1].isupper()) or not is_common_word(said)


# "who is the HR manager? (there might be several)", "... President? Or are there more than
# one?": every answer lists all who match, so the writer's doubt about how many changes nothing.
MORE_THAN_ONE_EXPECTED = re.compile(
    r"\s*[,(]?\s*(?:or\s+)?(?:are\s+there|is\s+there|there\s+(?:might|may|could)\s+be"
    r"|if\s+there\s+(?:is|are|be)|(?:might|may|could)\s+be)\s+(?:more\s+than\s+one|several"
    r"|multiple|a\s+few)(?:\s+(?:lol|haha|though|of\s+them))?\s*\)?[?.!]*\s*$",
    re.IGNORECASE,
)


def without_doubt_about_how_many(message: str) -> str:
    return MORE_THAN_ONE_EXPECTED.sub("", message, count=1)


def without_a_sign_off(message: str) -> str:
    return "" if ONLY_A_SIGN_OFF.match(message) else SIGN_OFF.sub("", message)


# A request to the reader ("Would you be so kind as to", "Could you please", "Might I ask").
ADDRESS = re.compile(
    r"^(?:please\s+)?(?:(?:would|could|can|will|might|may|if)\s+(?:you|i|we|u)\b"
    r"|(?:is|would|will|might)\s+it\s+(?:be\s+)?possible\b)",  # "Would it be possible to see"
    re.IGNORECASE,
)
BUT = re.compile(r",?\s+but\s+", re.IGNORECASE)
FIRST_PERSON = frozenset({"i", "we", "my", "our"})
# ... and someone the writer speaks of ("Someone mentioned he's been here forever"), or the
# writer's "just" ("Just trying to get my bearings").
WRITER_OPENS = FIRST_PERSON | {"someone", "somebody", "just"}
WRITER_WORKING = frozenset({"i", "i'll", "i'm", "i've", "i'd", "we", "we'll", "we're", "we've"})
PUTTING = frozenset({"put", "putting", "get", "getting", "pull", "pulling", "bring", "bringing"})
CLAUSE_OPENERS = frozenset({"when", "if", "how"})
SUBJECTS = frozenset({"i", "you", "we", "it", "this", "that", "things", "i'm", "it's", "that's"})
CAPITALISED_ANYWAY = frozenset(
    {"i", "i'm", "i'll", "i've", "i'd", *NAMED_DAYS, *SEASONS, *MONTHS, *WEEKDAYS}
)
# Words that ask, deny or instruct: never the writer's own business. "and" and "still" only
# join and last ("I'm new and still finding my way around"); "order" and "day" are read below.
ASKING = frozenset({"who", "whom", "which", "what", "when", "where", "how", "whose", "not"})
NOT_THE_WRITERS = ASKING | (INSTRUCTIONS - {"and", "still", "order", "day"})
# Keywords that only join words: prepositions, "and", "this".
JOINING_KEYWORDS = frozenset({"of", "in", "on", "at", "to", "from", "with", "as", "'s", "this"})
# ... "someone", and a negation: what it denies is the writer's alone (`_asks_or_instructs`).
WRITERS_KEYWORDS = JOINING_KEYWORDS | {"and", "people", "not"}
OCCASIONS = COURTESIES["occasions"]
PRONOUNS = frozenset({"it", "them", "they", "these", "those", "him", "her", "me", "us", "you"})


def is_courtesy(text: str, read: Reader) -> bool:
    """A greeting, a formula of thanks, wishes or apology, or the writer's own sentence."""
    said = text.strip()
    if GREETING.match(said):
        return True
    said = GREETING_LEAD.sub("", said, count=1)
    if not said:
        return True
    if _is_a_formula(said) or _is_the_writers(said, read):
        return True
    # "sorry for the long question but I'm trying to understand the org": each part is
    parts = BUT.split(said)
    return len(parts) > 1 and all(is_courtesy(part, read) for part in parts)


def _is_a_formula(said: str) -> bool:
    """ "Many thanks in advance!", "Have a lovely day", "Kind regards, Margaret"."""
    signed = SIGNATURE.search(said)
    if signed and signed.start() > 0 and _is_a_formula(said[: signed.start()]):
        return True
    words = [word.norm for word in tokenize(said) if word.kind != "symbol"]
    return any(
        words[: len(opening.split())] == opening.split()
        and _goes_on_courteously(words[len(opening.split()) :])
        for opening in COURTESIES["openings"]
    )


def _goes_on_courteously(words: list[str]) -> bool:
    previous = ["", *words]
    return all(
        word in COURTESIES["words"]
        or (word in COURTESIES["times"] and before in COURTESIES["wishing"])
        for before, word in zip(previous, words, strict=False)
    )


def _is_the_writers(said: str, read: Reader) -> bool:
    found = [word for word in tokenize(said) if word.kind != "symbol"]
    if not found or not (found[0].norm in WRITER_OPENS or ADDRESS.match(said)):
        return False
    if any(map(_asks_or_instructs, found, [*found[1:], None])):
        return False
    # past the first word; a contraction's second half ("We're": "we", "are") is that word
    later = [word for before, word in itertools.pairwise(found) if word.text != before.text]
    if any(map(_names_something, later)):
        return False
    readings = read(said)
    if all(map(_only_the_writers, readings)):
        return True
    return bool(WRITER_DOING.match(said)) and all(map(_names_only_their_work, readings))


# The writer at work, said first ("I'm preparing a welcome letter.", "We're checking email
# providers.", "I'm comparing departments."): the directory's words may name the work, but no
# value, date, period, number or name, nor a topic the directory lacks.
WRITER_DOING = re.compile(r"^\W*(?:i'?m|i\s+am|we'?re|we\s+are)\s+[a-z-]+ing\b", re.IGNORECASE)
WORK_KEYWORDS = (
    JOINING_KEYWORDS
    | {"by", "characters", "domain", "month", "year over year"}
    | {"tenure", "compare", "headcount", "anniversary", "hired", "people", "breakdown"}
)


def _names_only_their_work(lexemes: list[Lexeme]) -> bool:
    return all(
        lexeme.terminal in ("WORD", "UNKNOWN", "FILLER", "COPULA", "FIELD")
        or (lexeme.terminal == "KW" and lexeme.payload in WORK_KEYWORDS)
        for lexeme in lexemes
    )


def _asks_or_instructs(word: Word, following: Word | None) -> bool:
    """A question word or instruction; but not "when I introduce myself", "if you have a sec",
    "how things are laid out" (a clause of the writer's), nor a negation: with nothing else in
    the sentence naming or shaping anything ("I don't want to get it wrong", "wasn't sure"), it
    denies only the writer's own business."""
    if word.norm not in NOT_THE_WRITERS or word.norm == "not":
        return False
    said_of = following.norm if following is not None else ""
    return not (word.norm in CLAUSE_OPENERS and said_of in SUBJECTS)


def _names_something(word: Word) -> bool:
    """A capitalised word past the first: a name, a team, a place; but "I", "I'm", and a day or
    season the lexer reads ("the Christmas party")."""
    return word.capitalized and word.norm not in CAPITALISED_ANYWAY


def _only_the_writers(lexemes: list[Lexeme]) -> bool:
    def at(index: int) -> Lexeme | None:
        return lexemes[index] if 0 <= index < len(lexemes) else None

    return all(
        _is_the_writers_word(at(index - 1), lexeme, at(index + 1))
        for index, lexeme in enumerate(lexemes)
    )


def _is_the_writers_word(before: Lexeme | None, lexeme: Lexeme, after: Lexeme | None) -> bool:
    if lexeme.terminal in ("WORD", "UNKNOWN", "FILLER", "COPULA"):
        return True
    if lexeme.terminal == "FIELD":  # "name badges"
        return _is_a_noun(after)
    if lexeme.terminal in ("SEASONNAME", "NAMEDDAY") or lexeme.payload == "anniversary":
        return _is_an_occasion(after)  # "the summer barbecue", "anniversary cards"
    if lexeme.terminal == "NUMBER" and lexeme.text == "1":  # "working with one of them"
        return before is not None and before.payload == "with"
    if lexeme.terminal != "KW":
        return False
    if lexeme.payload == "when":  # "when I introduce myself"
        return after is not None and after.text.lower() in SUBJECTS
    if lexeme.payload == "worked":  # "I'll be working with them"
        return before is not None and before.text.lower() in WRITER_WORKING
    if lexeme.payload == "sorted":  # "to order welcome mugs"
        return before is not None and before.payload == "to" and _is_a_noun(after)
    if lexeme.payload == "day":  # "the open day"
        return _is_a_noun(before)
    if lexeme.payload == "together":  # "putting together a card" ("a list together": pooled?)
        return before is not None and before.text.lower() in PUTTING and after is not None
    if lexeme.text.lower() == "later":  # "a meeting with him later"
        return before is not None and before.terminal == "WORD"
    return lexeme.payload in WRITERS_KEYWORDS


def _is_an_occasion(lexeme: Lexeme | None) -> bool:
    return lexeme is not None and _is_a_noun(lexeme) and lexeme.text.lower() in OCCASIONS


def _is_a_noun(lexeme: Lexeme | None) -> bool:
    return (
        lexeme is not None
        and lexeme.terminal in ("WORD", "UNKNOWN")
        and lexeme.text.lower() not in PRONOUNS
    )


# A request to answer closing the question ("... hired after 2020 kindly share", "... pls send").
CLOSING_REQUEST = re.compile(
    r"(?<=[\w?])[,;]?\s+(?:kindly|please|pls|plz)\s+(?:share|send|provide|give|list|tell|revert"
    r"|compare|help\s+(?:me\s+)?(?:to\s+)?(?:calculate|compute|check|count))(?:\s+(?:with\s+|on\s+)?(?:it|them|me|us|(?:the\s+)?(?:list|same|details)|asap))?\s*[.!?]*$",
    re.IGNORECASE,
)
# ... but after a count, "list them" asks for the people too: "How many interns in Sales? Kindly
# list them." (`follow_ups` joins the two).
LISTING_REQUEST = re.compile(r"\b(?:list|show|name)\s+(?:them|'em|em)\b", re.IGNORECASE)


def without_a_closing_request(said: str) -> str:
    found = CLOSING_REQUEST.search(said)
    if found is None or (LISTING_REQUEST.search(found.group()) and COUNTING.match(said)):
        return said
    return said[: found.start()] + said[found.end() :]
