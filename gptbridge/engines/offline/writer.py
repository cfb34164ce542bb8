"""What the writer says around the question of themselves, or of someone they met: their own
start before it ("hi! just started here this week. how many people work here?": no condition on
it), someone they met, named before the question about them ("there's a guy named Kaleb Bayer,
what's his title?": the name is kept, and the pronoun after it is that person, lexer.py), and
that they are unsure of a name's spelling ("(sp?)": names are matched with typos forgiven).
Used by asides.py."""

import itertools
import re

from gptbridge.engines.offline.courtesy import JOINING_KEYWORDS, Reader
from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is
from gptbridge.engines.offline.words import INSTRUCTIONS

# Unsure of a name's spelling ("(not sure of spelling)", "(sp?)"): names are matched with typos
# forgiven anyway, so the remark asks for nothing more.
SPELLING_UNSURE = re.compile(
    r"[,;]?\s*\(?\b(?:i'?m\s+|am\s+)?not\s+sure\s+(?:of|about|on)\s+(?:the\s+|my\s+)?"
    r"spelling\b\)?|\s*\((?:sp|spelling)\?\)"
    # "(sorry typo)", "(sorry for the typo)", "(typo)": the writer's own slip, said
    r"|\s*\(\s*(?:sorry(?:\s+for\s+the)?(?:\s+typos?)?|typos?|excuse\s+the\s+typos?)\s*\)",
    re.IGNORECASE,
)
# Someone the writer met or heard of, named before the question about them ("there's a guy
# named Kaleb Bayer, what's his title?", "i met someone called Shanon yesterday, what team is
# she in?"): the name is kept, and the pronoun after it is that person (lexer.py).
SOMEONE_NAMED = re.compile(
    r"^\W*(?:(?:hi|hey)\W+)?(?:i\s+think\s+)?(?:there'?s|there\s+is|i\s+(?:just\s+)?(?:met|know|saw|talked\s+to|"
    r"spoke\s+(?:to|with)|worked\s+with))\s+(?:a\s+(?:guy|man|woman|lady|girl|person|colleague|"
    r"co-?worker)|someone|somebody|an?\s+employee)\s+(?:named|called)\s+"
    r"(?P<name>[\w'.-]+(?:\s+(?!(?:yesterday|today|earlier|this|at|in|last|recently)\b)[\w'.-]+)?)"
    r"(?:\s+(?:in|at|near|by)\s+the\s+(?:kitchen|lobby|elevator|lift|hallway|corridor|cafeteria"
    r"|canteen|coffee\s+machine|break\s?room|parking\s+lot|gym))?"
    r"(?:\s+(?:yesterday|today|earlier|this\s+morning|at\s+lunch|last\s+week|recently))?"
    r"\s*[,:-]\s*",
    re.IGNORECASE,
)
# The writer's own start ("just started here this week.", "I joined last month!"), and words
# of a question after it that may point back at it.
OWN_START = re.compile(
    r"^\W*(?:(?:hi|hey|hello)\b\W*)?(?:(?:i\s*(?:'ve|have)?\s+)?(?:just|recently)\s+"
    r"(?:started|joined|got\s+hired|began)|i\s*(?:'ve|have)?\s+(?:started|joined)"
    r"|(?:i\s*'?m|i\s+am|im)\s+(?:new|just\s+starting)"  # "(it's my) first day here"
    r"|(?:it'?s\s+)?(?:my\s+)?first\s+(?:day|week)(?:\s+(?:here|at\s+work|on\s+the\s+job))?"
    r"(?=\W*$))\b",
    re.IGNORECASE,
)
POINTING_AT_THE_WRITER = re.compile(
    r"\b(?:else|then|too|also|same|that|those|them|me|my|i|we|our|us)\b", re.IGNORECASE
)


def without_unsure_spelling(question: str) -> str:
    return SPELLING_UNSURE.sub("", question)


# Someone the writer means to reach, named before a question about them by a pronoun ("I'd like
# to send a card to Jeffrey Abbott. What is his email?", "We want to thank Koby Cole - when did he
# join?"): the name is kept, as for someone met.
SOMEONE_REACHED = re.compile(
    r"^\W*(?:(?:hi|hey)\W+)?(?:(?:i'?d|i\s+would|we'?d|we\s+would|i|we)\s+(?:like|want|need|have)"
    r"\s+to\s+(?:(?:send|write|mail|give|get|buy|order)\s+(?:[\w'-]+\s+){0,3}?(?:to|for)"
    r"|thank|congratulate|invite|call|reach|contact|e-?mail|message|ping|welcome|visit|meet)"
    r"|(?:my|our)\s+(?:onboarding\s+)?(?:buddy|mentor|colleague|co-?worker|teammate|friend"
    r"|neighbou?r|contact|manager|boss|lead)\s+is)\s+"
    r"(?P<name>(?-i:[A-Z][\w'.-]+\s+[A-Z][\w'.-]+))(?:\s+(?:on|for)\s+(?:his|her|their)"
    r"(?:\s+[\w'-]+){1,3})?\s*[,:.;!\u2013\u2014-]+\s*"
    r"(?=.*\b(?:his|her|their|he|she|they|them|him)\b)",
    re.IGNORECASE,
)


# The writer's own group, then a question about "us" ("I'm in HR - how many of us are there?").
OWN_GROUP_COUNTED = re.compile(
    r"^\W*(?:(?:hi|hey)\W+)?(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:in|from|on)\s+(?:the\s+)?"
    r"(?P<group>[\w&' -]+?)(?:\s+(?:team|department|dept))?\s*[-,:.;!\u2013\u2014]+\s*"
    r"how\s+many\s+of\s+us(?:\s+are\s+there)?",
    re.IGNORECASE,
)


# Someone the writer works for, wanting the answer, opening the question ("The CEO would like to
# know the number of ...", "Hello, our chairman needs the hire date of X"): as the writer's own
# wish. Never a title the directory holds ("the President wants" is no question about Presidents).
REQUESTER = (
    r"(?:the|our|my)\s+(?:ceo|cfo|cto|coo|board|chairman|chairwoman|chair|founders?|owner|leadership"
    r"|exec\s+team|executive\s+team)"
)
REQUESTER_WANTS = re.compile(
    r"(^\W*(?:(?:hi|hey|hello|good\s+(?:morning|afternoon|evening))\W+)?|,\s*)"
    rf"{REQUESTER}\s+(would\s+like|would\s+love|wants|needs|has\s+asked(?:\s+me)?|asked\s+me"
    r"|is\s+asking(?:\s+me)?)(?:\s+to(?=\s+(?:compare|list|count|check|confirm)\b))?(?=\s)",
    re.IGNORECASE,
)
WISHES = {"wants": "I want", "needs": "I need"}


def _as_the_writers_wish(match: re.Match[str]) -> str:
    return match.group(1) + WISHES.get(match.group(2).lower(), "I would like")


# The team the writer runs, said around a question about "my team" ("how many in my team - I run
# Product", "I lead Sales: who in my team joined in 2023?"): that team.
_RUN = r"i\s+(?:run|lead|manage|head(?:\s+up)?)\s+(?:the\s+)?(?P<group>[\w&'-]+(?:\s+[\w&'-]+)?)"
_TEAM = r"(?:team|department|dept|group|division)"
MY_TEAM_RUN = re.compile(
    rf"\bmy\s+{_TEAM}\b(?P<asked>[^-:;(]*?)\s*[-:;(]+\s*{_RUN}(?:\s+{_TEAM})?\s*\)?(?P<end>\W*)$",
    re.IGNORECASE,
)
RUN_BEFORE_MY_TEAM = re.compile(
    rf"^\W*{_RUN}(?:\s+{_TEAM})?\s*[-:;,.!]+\s*(?P<asked>.*?)\bmy\s+{_TEAM}\b", re.IGNORECASE
)


def as_the_team_run(question: str) -> str:
    question = MY_TEAM_RUN.sub(lambda run: f"{run['group']}{run['asked']}{run['end']}", question)
    return RUN_BEFORE_MY_TEAM.sub(lambda run: f"{run['asked']}{run['group']}", question)


def as_the_person_met(question: str) -> str:
    """ "i met someone called Shanon yesterday, what team is she in?": "Shanon, what team is
    she in?"; "I'd like to send a card to Jeffrey Abbott. What is his email?" likewise; "I'm in
    HR - how many of us are there?": how many in HR."""
    question = as_the_team_run(REQUESTER_WANTS.sub(_as_the_writers_wish, question, count=1))
    named = SOMEONE_NAMED.sub(lambda met: f"{met.group('name')}, ", question, count=1)
    named = SOMEONE_REACHED.sub(lambda reached: f"{reached.group('name')}, ", named, count=1)
    return OWN_GROUP_COUNTED.sub(lambda own: f"how many in {own.group('group')}", named, count=1)


def is_own_start(sentence: str, question: str) -> bool:
    """ "hi! just started here this week. how many people work here?": the writer's own start,
    said before a question that does not point back at it ("who else started then?" does)."""
    own = OWN_START.match(sentence) and not sentence.rstrip().endswith("?")
    return bool(own) and not POINTING_AT_THE_WRITER.search(question)


# Why the writer asks, or an apology for asking, after the question ("? sorry if that's
# confusing", "? my manager asked for it", "? not sure if you can do that"); asides.py checks
# what its words say.
WHY_OR_SORRY = re.compile(
    r"^\W*(?:sorry|apologies|no\s+worries|not\s+sure|my\s+(?:manager|boss|supervisor|lead)\b"
    r"|i'?m\s+(?:trying|making|still|planning|doing|working|putting)|i\s+am\s+(?:trying|making"
    r"|still|planning|doing|working)|trying\s+to|we\s+might|someone\s+(?:thought|said|asked)"
    r"|it'?s\s+for|this\s+is\s+for"
    # someone the writer works for, who wants the answer ("The CEO wants it for the deck.",
    # "The board asked me to check."): never a title the directory holds ("the President")
    rf"|{REQUESTER}(?:'s\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:wants|needs|asked|requested"
    r"|would\s+like|has\s+asked|is\s+(?:asking|curious|interested|fascinated|reviewing"
    r"|preparing|planning|writing)))\b",
    re.IGNORECASE,
)
SOMEONE_THEY_KNOW = re.compile(
    r"\bmy\s+(?:manager|boss|supervisor|lead|team\s+lead|director|colleagues?|coworkers?)\b", re.I
)
NOT_SURE = re.compile(r"\bnot\s+sure\b", re.IGNORECASE)


def says_why_or_sorry(remark: str) -> bool:
    return WHY_OR_SORRY.match(remark) is not None


# "the annual report", "the monthly newsletter": how often a document is written, not a key.
DOCUMENT_NAMED = re.compile(
    r"\b(?:annual|yearly|monthly|quarterly|weekly)\s+(?=(?:[\w-]+\s+)?(?:report|reports|summary"
    r"|review|newsletter|meeting|deck|presentation|update|audit|survey|all-hands|town\s*hall"
    r"|offsite|party|dinner|lunch|event|bulletin|memo)\b)",
    re.IGNORECASE,
)


def as_said_of_the_writer(remark: str) -> str:
    """ "my manager" is someone the writer knows, not the Manager title; "not sure" negates
    nothing in the question; "the annual report" is a document."""
    remark = DOCUMENT_NAMED.sub("", remark)
    return SOMEONE_THEY_KNOW.sub("someone", NOT_SURE.sub("unsure", remark))


# Why the writer asks, said as a purpose ("so I can build a chart", "need it for the pizza
# order", "in case I need to reach him"); asides.py checks what follows it, where reaching
# someone ("email him", "reach out to her") asks for nothing.
PURPOSE = re.compile(
    r"^\(?(?:(?:just\s+)?so\s+(?:that\s+)?(?:i|we)\s+(?:have|get|know)\b"  # "just so I have a ..."
    r"|(?:so\s+)?(?:(?:i\s*(?:'m|am)?\s*|just\s+)?(?:need|want|would like|'d like|have|hope|"
    r"hoping|trying|planning|plan)\s+to\b|(?:that\s+)?(?:i|we)\s+can\b|in\s+case\b"
    # "need it for the pizza order", "it's for the welcome cards", "(for place cards)"
    r"|(?:i\s+)?need\s+(?:it|this|these|them|that)\s+for\b|(?:it'?s|this\s+is)\s+for\b|for\b))",
    re.IGNORECASE,
)
CONTACTING = re.compile(
    r"\b(?:reach(?:\s+out)?|contact|e-?mail|message|ping|call|get\s+in\s+touch)\b(?:\s+(?:to|with))?",
    re.IGNORECASE,
)


# A sentence of the writer's own ("I'm ordering lunch for the team.", "We're planning desks.",
# "It's for the annual report."), and a sentence that asks ("Could you let me know ...").
WRITERS_OWN = re.compile(
    r"^\W*(?:i|i'm|im|i've|i'll|i'd|i\s+am|we|we're|we've|we'll|my|our|it'?s\s+for|this\s+is\s+for"
    r"|as\s+part\s+of)\b",
    re.IGNORECASE,
)
# ... and the writer's remark after the question: "...? Just settling a debate.", "...? Planning
# a long-service award.", "...? For the team's welcome wiki."
REMARK_OPENS = re.compile(
    WRITERS_OWN.pattern
    + r"|^\W*(?:just|need(?:ed)?|want(?:ed)?|trying|planning|working|doing|following|got|gotta"
    r"|would\s+love|same|they|it'?s|poor|embarrassing|for\s+(?:the|a|an|their|our|my)|thinking|sending"
    r"|booking|organi[sz]ing|preparing|hoping|nice\s+for|curious)\b",
    re.IGNORECASE,
)
# ... which may not shape the answer, nor gather it ("? I'm putting a list together.").
SHAPING_AFTER_A_QUESTION = INSTRUCTIONS | {"not", "don't", "together", "breakdown", "by", "per"}
SHAPING_AFTER_A_QUESTION |= {"list", "names", "emails", "details"}  # "? My boss wants the list."
ASKED = re.compile(
    r"^\W*(?:could|can|would|will)\s+you\b|^\W*(?:please|kindly|pls)\b", re.IGNORECASE
)


# A remark after the question, said of the writer, their life, or the answer to come ("? My friend
# Doris used to work in HR years ago.", "? Hopefully they're learning a lot."): a statement that
# opens on a pronoun or a cry, asks for nothing, and names nothing the question does not (a story
# of the writer's past may name its people and times, never another group: "? I was an intern
# once, back in 1962."). A word that asks, narrows, corrects or shapes ("only", "not", "since",
# "want", "list"), a keyword, or people described ("permanent staff") keep it in the question,
# to be refused with it.
STORY_OPENS = re.compile(
    r"^\W*(?:my\s+(?:late\s+)?(?:friend|grand\w*|daughter|son|husband|wife|cat|dog|mother|father"
    r"|mum|mom|dad|neighbou?r\W?s?|sister|brother|niece|nephew|cousin|aunt|uncle|family)\b"
    r"|i\s+(?:was|used\s+to|remember|still\s+use|once|worked|loved|miss|retired|grew\s+up)\b"
    r"|back\s+in\s+my\s+day\b)",
    re.IGNORECASE,
)
WHICH_OPENS = re.compile(r"^which\s+(?=(?:i|seems|sounds|must|might)\b)", re.IGNORECASE)
REMARK_SUBJECT = re.compile(
    r"^\W*(?:i|i'm|i'd|i've|my|we|we're|our|it|it's|that|that's|those|these|they|they're|he|she"
    r"|you|what\s+a|oh|well|ha|haha|lol|wow|gosh|goodness|heavens?|bless|hopefully|probably)\b",
    re.IGNORECASE,
)
NOT_IN_A_REMARK = frozenset(
    {
        "only", "just", "not", "no", "never", "dont", "didnt", "except", "excluding", "exclude",
        "excluded", "without", "besides", "include", "including", "included", "instead",
        "rather", "mean", "meant", "since", "before", "after", "between", "until", "want",
        "wants", "wanted", "need", "needs", "needed", "asked", "requested", "please", "list",
        "show", "give", "tell", "ask", "asking", "answer", "per", "each", "every", "how", "what",
        "which", "who", "whom", "whoever", "when", "where", "whether", "if", "count", "counting",
        "sort", "order", "also", "too", "plus", "again", "same", "other", "else", "all", "any",
        "still", "current", "currently", "now", "today", "left", "leave", "thinking", "talking",
        "looking", "referring", "wondering", "interested", "about", "regarding", "specifically",
        "particular", "particularly", "focus", "focusing",
    }
)  # fmt: skip
# Keywords a remark may use: joining words, and nouns for people.
SAID_IN_A_REMARK = JOINING_KEYWORDS | {"for", "and", "people", ","}
STORY_TIMES = frozenset({"year", "month", "week", "day", "ago"})
# What names something: a value, a person, a date or time, a number, an address, a quote.
NAMING = frozenset(
    {"VALUE", "NAME", "FULLNAME", "DATE", "YEARNUM", "PERIOD", "DECADENUM", "MONTHNAME"}
    | {"DAYNAME", "SEASONNAME", "NUMBER", "EMAIL", "QUOTED"}
)


def is_a_remark_after(question: str, remark: str, read: Reader) -> bool:
    """ "? Hopefully they're learning a lot.", ", which I imagine was an unusual year" (a remark
    said as a clause after a comma): nothing asked, named or narrowed."""
    said = WHICH_OPENS.sub("that ", remark.strip())
    story = STORY_OPENS.match(said) is not None
    if not question.rstrip().endswith("?") or said.endswith("?"):
        return False
    words = {word.lower() for word in re.findall(r"[\w']+", said)}
    if words & NOT_IN_A_REMARK or any(word.endswith("n't") for word in words):
        return False
    if not (story or REMARK_SUBJECT.match(said)):
        return False
    asked = {
        (lexeme.terminal, str(lexeme.payload)) for reading in read(question) for lexeme in reading
    }
    return all(_only_remarks(reading, asked, story) for reading in read(remark))


def _only_remarks(reading: list[Lexeme], asked: set[tuple[str, str]], story: bool) -> bool:
    described = any(
        word.terminal in ("WORD", "UNKNOWN") and _is(people, "KW", "people")
        for word, people in itertools.pairwise(reading)
    )
    return not described and all(_is_remark_word(lexeme, asked, story) for lexeme in reading)


def _is_remark_word(lexeme: Lexeme, asked: set[tuple[str, str]], story: bool) -> bool:
    if (lexeme.terminal, str(lexeme.payload)) in asked:
        return True  # what the question said, the remark may say again
    if _is(lexeme, "KW", "year") and any(terminal == "YEARNUM" for terminal, _ in asked):
        return True  # "in 2020, which I imagine was an unusual year"
    if lexeme.terminal == "KW":  # a story says when: "for 30 years", "years ago"
        return lexeme.payload in SAID_IN_A_REMARK or (story and lexeme.payload in STORY_TIMES)
    if lexeme.terminal in NAMING:  # a story may name its own people and times, not a group
        return story and lexeme.terminal != "VALUE"
    return lexeme.terminal in ("WORD", "UNKNOWN", "FILLER", "COPULA")


# The same remark in brackets at the end of the question: "How many Interns (bless them, they do
# work so hard)?", "... in Engineering (I have always been curious about them)?".
REMARK_IN_BRACKETS = re.compile(r"^(?P<asked>.+?)\s*\((?P<remark>[^()]+)\)\s*(?P<end>[?.!]*)\s*$")


def without_a_remark_in_brackets(sentence: str, read: Reader) -> str:
    found = REMARK_IN_BRACKETS.match(sentence)
    if found is None or not is_a_remark_after(f"{found['asked']}?", found["remark"], read):
        return sentence
    return f"{found['asked']}{found['end']}"
