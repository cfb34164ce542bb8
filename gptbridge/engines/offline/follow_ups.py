"""What may follow a question in a message of several sentences ("Is anyone in Sales a VP? How
many?", "Is there a Jacky Fay? If so, what's their title?", "... than Product? By how many?",
"Who joined in 2023? What are their titles?"): the form of its answer, or what its answer says
already. `with_follow_ups` joins them to the question; anything else after it is refused."""

import re
from collections.abc import Callable

from gptbridge.engines.offline.answer_forms import (
    GOING_ON_FROM,
    HOW_MANY_THEN,
    OPENING,
    REQUESTED,
    THEN,
    WHAT_OF,
    WHO_ASKED,
    YES_OR_NO,
    YES_OR_NO_WORDS,
    form_said,
)
from gptbridge.engines.offline.more_of_someone import (
    FOLLOW_UP_AFTER_IS_THERE,
    FOLLOW_UP_IN_THE_SAME_SENTENCE,
    MORE_OF_SOMEONE_IN_THE_SAME_SENTENCE,
    PERSON_ASKED,
)
from gptbridge.engines.offline.subsets import COUNTING, plainly

# A question answered yes or no, and what may follow it to ask for the people instead; a question
# for people ("who else is in Sales?") may be followed by a count ("how many?").
LISTING = re.compile(
    OPENING
    + rf"(?:{YES_OR_NO_WORDS}|who|list|show|which (?:people|employees|staff|co-?workers))\b",
    re.IGNORECASE,
)
# People named with no question word ("hires on a weekend?? how many"): a count may follow.
NAMED_ONLY = re.compile(
    OPENING + r"(?!(?:how|what|which|who|whom|whose|when|where|why|is|are|was|were|do|does|did"
    r"|has|have|can|could|would|will|list|show|give|tell|count|name|average|avg|median)\b)[a-z]",
    re.IGNORECASE,
)
FOLLOW_UP_COUNT = re.compile(
    THEN + r"(?:(?:please|just|only)\s+)?(?:(?:give|tell)\s+(?:me|us)\s+(?:just\s+|only\s+)?)?"
    r"(?:an?\s+)?"
    r"(?:how many|how many of (?:them|em|'em)|how many are there|how many people|how many ppl"
    r"|(?:the\s+)?(?:exact\s+)?numbers?|what number|the count|count|count them|total"
    r"|what(?:'s|\s+is|\s+was)\s+(?:that|the|its|their)\s+(?:number|count|figure|headcount))"
    r"(?:\s+(?:please|pls|only|is\s+fine))?\W*$",
    re.IGNORECASE,
)
FOLLOW_UP_SHARE = re.compile(
    THEN + r"what\s+(?:%|percent(?:age)?|share|proportion|fraction)\s+(?:of\s+(?:the\s+)?(?:total"
    r"|all(?:\s+staff|\s+employees)?|everyone|headcount)\s+)?(?:is|does)\s+(?:that|this|it)\W*$",
    re.IGNORECASE,
)
FOLLOW_UP_LIST = re.compile(
    THEN
    + r"(?:who|whom|who are they|who is it|which ones?|list|names?|show me|who\s+(?:pls|please)"
    r"|(?:list|show|name) (?:them|em|'em)(?: all)?(?: out)?|(?:list|show|give)(?: me)? names"
    # "Please tell me their names.", "and what are their names"
    r"|(?:please\s+)?(?:(?:tell|give|show|list)\s+(?:me\s+|us\s+)?)?(?:what\s+are\s+|what'?s\s+)?"
    r"their\s+names)"
    r"\W*(?:pls|please)?\W*$",
    re.IGNORECASE,
)

# "Who uses hotmail? Only in Marketing.", "How many Vice-Presidents are there? Per department.":
# a condition or a grouping said after the question narrows it.
FOLLOW_UP_NARROWING = re.compile(
    THEN
    + r"(?:(?:only|just)\s+)?(?P<narrowed>(?!by\s+how\b)(?:in|from|within|per|by|for\s+each)\s+"
    r"\w[\w &'-]*?)(?:\s+only)?(?:\s+(?:please|pls))?\W*$",
    re.IGNORECASE,
)
# ... but "how many interns are there? and in Sales?" asks for a second count, not a narrower one
# (refused); "... and per department?" groups it, and the groups say the whole.
GROUPING = re.compile(r"(?:per|by|for\s+each)\b", re.IGNORECASE)
# "How many Presidents? List them with their department.": the people, with those columns.
FOLLOW_UP_LIST_WITH = re.compile(
    THEN + r"(?:could\s+you\s+(?:also\s+)?|can\s+you\s+(?:also\s+)?|please\s+|kindly\s+)?"
    r"(?:list|show|name|give\s+me|include|state|provide|what\s+are)(?:\s+them(?:\s+all)?\s+(?:with|w/)"
    r"|\s+all\s+(?:with|w/)|\s+(?:with|w/)|\s+their|(?<=include)\s+(?:the|his|her))"
    r"\s*(?:their\s+)?(?P<shown>[a-z][a-z ,&+/-]*?)"
    r"(?:\s+(?:please|pls))?\W*$",
    re.IGNORECASE,
)

# What the answer to a yes-or-no question about people says of them already ("Is there a Jacky
# Fay? If so, what's their title?"), and what a comparison says already ("... than Product? By
# how many?").
FOLLOW_UP_DETAIL = re.compile(
    THEN
    + r"(?:(?:what(?:'s|\s+is|\s+was)|which\s+is)\s+(?:her|his|their)\s+(?:actual\s+|current\s+"
    r"|exact\s+|real\s+)?(?:position|"
    r"title|role|job(?:\s+title)?|department|dept|team)|when\s+(?:was|did)\s+(?:she|he|they)"
    r"\s+(?:get\s+)?(?:hired|join|joined|start|started))\W*$",
    re.IGNORECASE,
)
# "any people named Mikel? what teams are they on?", "Who joined in 2023? What are their
# titles?": the columns to show with the people listed.
# "Who are they and where do they work?", "Where does she work?": their department; "What
# department she in?" (the verb left out) likewise.
FOLLOW_UP_COLUMNS = re.compile(
    THEN + r"(?:who\s+(?:are|is)\s+(?:they|she|he)\s*,?\s+and\s+)?"
    r"(?:(?:what|which)\s+(?P<asked>[a-z -]+?)\s+(?:(?:is|are)\s+)?(?:they|she|he|each\s+one)"
    r"(?:\s+(?:in|on|at))?|(?:what|which)(?:\s+is|\s+are|'s|s)\s+(?:their|his|her)\s+"
    r"(?P<theirs>[a-z -]+?)"
    r"|(?:kindly\s+|please\s+)?(?:confirm|share|state|give|tell\s+(?:me|us))\s+(?:their|his|her)\s+"
    r"(?P<told>department|dept|team|title|job\s+title|role|position|e-?mail(?:\s+address)?"
    r"|hire\s+date|start\s+date|joining\s+date)"  # "Kindly confirm her department."
    r"|(?P<where>where\s+(?:do|does)\s+(?:they|she|he)\s+work)"
    r"|(?P<job>what\s+(?:(?:do|does)\s+)?(?:they|she|he)\s+do(?:es)?))\W*$",
    re.IGNORECASE,
)
_DIFFERENCE = (
    r"(?:by\s+how\s+(?:many|much)(?:\s+(?:people|employees|staff|persons|heads))?"
    r"|how\s+many\s+more|what'?s\s+the\s+difference"
    # "... compare to 2015, increase or decrease": the direction, which the difference says
    r"|(?:(?:is|was)\s+it\s+|did\s+it\s+go\s+)?(?:an?\s+)?(?:increase|rise|up|higher|more)\s+or\s+"
    r"(?:an?\s+)?(?:decrease|drop|fall|down|lower|less|fewer))"
)
# "... vs Sales — which is bigger and by how much?", "which bigger + by how many"
FOLLOW_UP_DIFFERENCE = re.compile(
    THEN + r"(?:which\s+(?:one\s+)?(?:(?:is|has)\s+)?(?:bigger|larger|greater|more|smaller|fewer)"
    rf"(?:\s*,?\s*(?:and\s+|&\s*|\+\s*)?{_DIFFERENCE})?|{_DIFFERENCE})\W*$",
    re.IGNORECASE,
)
# "Which departments have at least 70 employees? Give the counts.", "How many hires per year?
# Give every year.": what an answer per group gives already.
_GIVEN = (
    r"(?:the\s+|every\s+|each\s+|all\s+(?:the\s+)?)?"
    r"(?:counts?|numbers?|headcounts?|years?|months?|dep(?:artmen)?ts?|titles?)"
)
FOLLOW_UP_GROUPS = re.compile(
    THEN + r"(?:please\s+|just\s+)?(?:give|show|list|include|a\s+list\s+of)\s+(?:me\s+|us\s+)?"
    rf"(?:by\s+|per\s+)?{_GIVEN}(?:\s*(?:,|and|&|\+)\s*{_GIVEN})?"  # "Show year and count."
    r"(?:\s+(?:for|of)\s+(?:each|every)(?:\s+one)?)?"  # "... the numbers for each one."
    r"(?:\s+too|\s+as\s+well)?\W*$",
    re.IGNORECASE,
)
GROUPED = re.compile(
    r"\b(?:per|each|every|by|breakdown)\b|\b(?:which|what)\s+(?:(?:e-?mail\s+)?domains|departments"
    r"|titles|years|months)\b|\bacross\s+(?:all\s+)?(?:the\s+)?(?:departments|titles|teams)\b",
    re.IGNORECASE,
)
# ... never "2016 year", a year said as one ("in 2019 year")
AVERAGED = re.compile(r"\b(?:average|avg|mean|median|tenure|(?<!\d )years?|longer|shorter)\b", re.I)
COMPARING = re.compile(
    r"\b(?:more|fewer|less|bigger|smaller|larger|greater|higher|lower)\b.*\bthan\b|\bvs\b|\bversus\b"
    r"|\bcompared\b|\bcompare\s+(?:to|with)\b|^\W*(?:(?:please|pls|kindly|can\s+you)\s+)?compare\b",
    re.IGNORECASE,
)

# "... each year? A year-by-year breakdown would be great.", "Give the count per year.", "kindly
# give me year by year", "A list by year would be lovely.": the groups asked, said again.
_KEY = r"(?:year|month|quarter|department|dept|title|domain)"
_BY_KEY = rf"\s+(?:by|per|for\s+each)\s+(?P<after>{_KEY})s?"
A_BREAKDOWN = re.compile(  # of what is asked
    r"\b(?:breakdown|distribution|break\s+(?:it|them)\s+down)\b", re.IGNORECASE
)
FOLLOW_UP_BREAKDOWN = re.compile(
    THEN + r"(?:(?:please|kindly|pls)\s+)?(?:(?:give|show|share)\s+(?:me\s+|us\s+)?)?"
    rf"(?:(?:a|the)\s+)?(?:full\s+|complete\s+)?(?:(?P<before>{_KEY})[- ](?:by[- ]{_KEY}|wise)"
    r"(?:\s+|(?=\W*$)))?(?:(?:breakdown|break\s+(?:it|them)\s+down|split|distribution|counts?|numbers|figures"
    r"|(?:list|table)(?=\s+(?:by|per|for\s+each)\b))"
    rf"(?:{_BY_KEY})?)?(?:\s+(?:would\s+be\s+(?:(?:most|very|really)\s+)?"
    r"(?:great|nice|good|ideal|perfect|helpful|lovely|useful)"
    r"|is\s+fine|please|pls|plz|thanks))*\W*$",
    re.IGNORECASE,
)
# "Please one number per department.", "Per year one line please.": one row per group.
_ONE_ROW = r"one\s+(?:number|line|row|figure|count|value)"
FOLLOW_UP_ONE_PER = re.compile(
    THEN + rf"(?:please\s+|pls\s+)?(?:{_ONE_ROW}\s+(?:per|for\s+each|each)\s+(?P<before>{_KEY})"
    rf"|(?:per|for\s+each|each)\s+(?P<after>{_KEY})\s+{_ONE_ROW})(?:\s+(?:please|pls))?\W*$",
    re.IGNORECASE,
)
# "which email domains are in use? list distinct domains": the values asked for, listed.
FOLLOW_UP_LIST_KEYS = re.compile(
    THEN + r"(?:please\s+|pls\s+)?(?:list|show|give\s+me)\s+(?:the\s+|all\s+(?:the\s+)?)?"
    rf"(?:distinct\s+|unique\s+|different\s+)?(?P<after>{_KEY})s(?:\s+(?:please|pls))?\W*$",
    re.IGNORECASE,
)
# "How many hires per year? Please sort by year.": the order the groups are given in already.
FOLLOW_UP_SORTED_BY_THE_KEY = re.compile(
    THEN + r"(?:(?:please|kindly|pls)\s+)?(?:sort|order|arrange|group)(?:ed)?\s+(?:it\s+|them\s+)?"
    r"(?:by|per)\s+(?:the\s+)?"
    rf"(?P<after>{_KEY})s?(?:\s+(?:please|pls))?\W*$",
    re.IGNORECASE,
)
FOLLOW_UP_GIVEN = re.compile(
    f"{FOLLOW_UP_GROUPS.pattern}|{FOLLOW_UP_SORTED_BY_THE_KEY.pattern}", re.I
)
KEY_ROOTS = {"dept": "department"}


def restates_the_groups(asked: str, following: str) -> bool:
    """The follow-up names only groups the question asks for already (a year said of "each
    year"); "a month-by-month breakdown" or "show departments" after "each year" is new."""
    patterns = (FOLLOW_UP_GROUPS, FOLLOW_UP_BREAKDOWN, FOLLOW_UP_ONE_PER, FOLLOW_UP_LIST_KEYS)
    if not any(p.match(following.strip()) for p in (*patterns, FOLLOW_UP_SORTED_BY_THE_KEY)):
        return False
    keys = _keys_named(following)  # "Give the counts." names none: what any grouping gives
    named = keys or FOLLOW_UP_GROUPS.match(following.strip()) or A_BREAKDOWN.search(following)
    return keys <= _keys_named(asked) and bool(named)


def _keys_named(said: str) -> set[str]:
    return {KEY_ROOTS.get(key, key) for key in re.findall(_KEY, said.lower())}


# "How many hires in each quarter of 2021? Which quarter was the busiest?", "What's the
# breakdown of interns across departments? I want to see which team has the most.": after
# counts per group, the group with the most (fewest) is the first of them in that order.
_MOST = r"busiest|most|biggest|largest|highest|greatest|top"
_FEWEST = r"quietest|fewest|least|smallest|lowest|slowest"
_WHICH_END = (
    r"(?:i\s+(?:want|would\s+like|'d\s+like)\s+to\s+(?:see|know)\s+)?(?:which|what)\s+(?P<key>[a-z]+)\s+"
    rf"(?:was|is|has|had|were|are|got|gets|saw|took)\s+(?:the\s+)?(?:(?P<most>{_MOST})|(?P<fewest>{_FEWEST}))"
    r"(?:\s+(?:common|frequent))?"
    r"(?:\s+(?:one|hires|people|employees|(?P<of_them>of\s+(?:them|those|these|'?em))|(?P<again>[a-z-]+)))?"
)
FOLLOW_UP_END = re.compile(THEN + _WHICH_END + r"\W*$", re.IGNORECASE)
# ... or said in the same sentence: "How many hires each quarter of 2021, and which quarter was
# the busiest?"
END_IN_THE_SAME_SENTENCE = re.compile(
    r"^(?P<asked>.+?)(?:\s*,?\s+and|\s+[-\u2013\u2014]|\s*[\u2013\u2014])\s+(?P<following>"
    + _WHICH_END
    + r")\W*$",
    re.IGNORECASE,
)


def _end_of_the_groups(asked: str, following: str) -> str | None:
    """The groups asked for, most (fewest) first, when the follow-up asks for that end; after a
    count ("How many were hired in 2023 and which department got the most of them?"), the count
    per group the follow-up names, which says the total too. Without "of them" the most of what
    is not said ("How many interns are there? Which department has the most?")."""
    end = FOLLOW_UP_END.match(following.strip())
    if end is None:
        return None
    first = "most" if end.group("most") else "fewest"
    if GROUPED.search(asked):
        return f"{asked.rstrip(' ?')}, {first} first"
    key = KEY_ROOTS.get(end.group("key").lower(), end.group("key").lower())
    again = end.group("again") and re.search(rf"\b{re.escape(end.group('again'))}\b", asked, re.I)
    of_them = end.group("of_them") or again  # "... and which department has the most contractors"
    if of_them and COUNTING.match(plainly(asked)) and re.fullmatch(_KEY, key):
        return f"{asked.rstrip(' ?')} per {key}, {first} first"
    return None


# "How many Presidents do we have? When was each hired?": the people, who are listed with their
# hire dates, and how many they are.
FOLLOW_UP_WHEN = re.compile(
    THEN + r"when\s+(?:was|were|did)\s+(?:each(?:\s+one)?|they(?:\s+each)?|each\s+of\s+them)\s+"
    r"(?:hired|get\s+hired|join|joined|start|started)\W*$",
    re.IGNORECASE,
)
WHEN_IN_THE_SAME_SENTENCE = re.compile(
    r"^(?P<asked>.+?)\s*,?\s+and\s+(?P<following>when\s+(?:was|were|did)\s+.*)$", re.IGNORECASE
)
# "how many presidents, list them with their department", "..., kindly list them"
LIST_IN_THE_SAME_SENTENCE = re.compile(
    r"(?i)^(?P<asked>.+?)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?=(?:list|show|name) (?:them|em)\b))"
    r"(?P<following>(?:(?:kindly|please|pls|can\s+you|could\s+you)\s+)?(?:list|show|name"
    r"|what\s+are\s+their|what'?s\s+their)\b.*)$"
)
# "Which department has the most employees, and what is that number?": its count.
COUNT_IN_THE_SAME_SENTENCE = re.compile(
    r"(?i)^(?P<asked>.+?)\s*,?\s+and\s+(?P<following>(?:what|how)\b.*)$"
)
# "headcount per department, please give me the numbers": what a count per group gives already.
GROUPS_IN_THE_SAME_SENTENCE = re.compile(
    r"(?i)^(?P<asked>.+?)\s*,\s*(?P<following>(?:please|kindly)\b.*)"
)
# "how many hired in 2016 compared to 2015, increase or decrease": the difference asked after it.
DIFFERENCE_IN_THE_SAME_SENTENCE = re.compile(
    rf"^(?P<asked>.+?)\s*[,;:\u2013\u2014-]\s*(?:and\s+)?(?P<following>{_DIFFERENCE}\W*)$",
    re.IGNORECASE,
)


# A follow-up asked politely ("Could you tell me how many?", "I'd like to know the number too.",
# "Just the number OK?"): the same follow-up.
POLITE_OPENING = re.compile(
    r"^(\W*(?:(?:and|so|also|if\s+so|if\s+yes|if\s+any)\b\W*)*)"
    r"(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:also\s+)?"
    r"(?:(?:tell|give|show)\s+(?:me|us)\s+|let\s+(?:me|us)\s+know\s+)?"
    r"|i(?:'d|\s+would)\s+(?:like|love)\s+(?:to\s+(?:know|see|have|get)\s+)?"
    r"|i\s+(?:want|need)\s+(?:to\s+(?:know|see)\s+)?|(?:kindly|please|pls)\s+)",
    re.IGNORECASE,
)
POLITE_CLOSING = re.compile(
    r"(?:\s+(?:too|as\s+well|also|ok|okay|please|pls|plz|thanks|thank\s+you))+(?=\W*$)", re.I
)


def _said_plainly(following: str) -> str:
    """The follow-up without the politeness around it."""
    return POLITE_CLOSING.sub("", POLITE_OPENING.sub(r"\1", following.strip(), count=1)).strip()


# Ties after an extreme ("If there's a tie, list all tied departments.", "If several share the
# latest date, list them all.", "List all if tied."): every answer keeps whoever ties already.
_IF_TIED = (
    r"(?:if\s+(?:there\s+is|there'?s|there\s+are)\s+(?:a\s+|any\s+)?ties?|if\s+tied|in\s+case\s+of"
    r"\s+(?:a\s+)?ties?|if\s+(?:there(?:\s+(?:are|is|were)|'?s)\s+)?(?:several|more\s+than\s+one"
    r"|multiple|many|two\s+or\s+more)\b[^,.?!]*)"
)
FOLLOW_UP_TIES = re.compile(
    THEN + rf"(?:{_IF_TIED}\s*,?\s*(?:please\s+)?(?:list|show|include|give|name|tell)\b[^.?!]*"
    rf"|(?:please\s+)?(?:list|show|include|give|name)\s+(?:them\s+)?(?:all|both|every\w*)\s+"
    rf"{_IF_TIED.replace('if', '(?:if|when)', 1)}[^.?!]*)\W*$",
    re.IGNORECASE,
)
# "Average tenure by department? Sort longest first.", "Kindly sort from highest to lowest.": the
# order, said after the question.
_ONE_END = (
    r"(?:the\s+)?(?:longest|shortest|highest|lowest|biggest|smallest|largest|most|fewest|newest"
    r"|oldest|earliest|latest)"
)
FOLLOW_UP_ORDER = re.compile(
    THEN + r"(?:(?:please|kindly|pls)\s+)?"
    r"(?:(?:sort|order|rank)(?:ed)?(?:\s+(?:it|them|by\s+\w+))?\s*,?\s*)?"
    rf"(?P<order>{_ONE_END}\s+(?:(?:hires?|hired|ones?)\s+)?first|(?:from\s+)?{_ONE_END}\s+to\s+{_ONE_END}|descending"
    r"|ascending)(?:\s+(?:please|pls))?\W*$",
    re.IGNORECASE,
)
EXTREME = re.compile(
    r"\b(?:most|fewest|least|biggest|smallest|largest|highest|lowest|first|last|earliest|latest"
    r"|newest|oldest|longest|shortest|busiest|quietest|top|bottom)\b|\b\w+est\b|most\s+recent",
    re.IGNORECASE,
)
# "Which department has the most people? And how many?": a group with the most (fewest) is
# answered with its count.
GROUP_EXTREME = re.compile(
    r"^\W*(?:in\s+)?(?:which|what)\s+(?:department|dept|team|title|role|job|year|month|quarter"
    r"|weekday|day|domain|e-?mail\s+domain)s?\b.*\b(?:most|fewest|least|biggest|smallest|largest|greatest"
    r"|highest|lowest|busiest|quietest)\b",
    re.IGNORECASE,
)


Check = Callable[[str], object]


def _grouped_or_counted(asked: str) -> bool:
    return bool(GROUPED.search(asked) or COUNTING.match(asked))


# Each: where the sentence splits, what the question before it asks, what the follow-up is.
SAME_SENTENCE_FOLLOW_UPS: tuple[tuple[re.Pattern[str], Check, Check], ...] = (
    (
        END_IN_THE_SAME_SENTENCE,
        lambda a: GROUPED.search(a) or COUNTING.match(a),
        FOLLOW_UP_END.match,
    ),
    (DIFFERENCE_IN_THE_SAME_SENTENCE, COMPARING.search, FOLLOW_UP_DIFFERENCE.match),
    (WHEN_IN_THE_SAME_SENTENCE, COUNTING.match, FOLLOW_UP_WHEN.match),
    (FOLLOW_UP_IN_THE_SAME_SENTENCE, LISTING.match, FOLLOW_UP_COLUMNS.match),
    (FOLLOW_UP_AFTER_IS_THERE, LISTING.match, FOLLOW_UP_COLUMNS.match),
    (MORE_OF_SOMEONE_IN_THE_SAME_SENTENCE, PERSON_ASKED.match, FOLLOW_UP_COLUMNS.match),
    (LIST_IN_THE_SAME_SENTENCE, COUNTING.match, lambda following: _asks_for_a_list(following)),
    (GROUPS_IN_THE_SAME_SENTENCE, GROUPED.search, FOLLOW_UP_GIVEN.match),
    (COUNT_IN_THE_SAME_SENTENCE, GROUP_EXTREME.match, FOLLOW_UP_COUNT.match),
)


def _asks_for_a_list(following: str) -> bool:
    return bool(FOLLOW_UP_LIST.match(following) or FOLLOW_UP_LIST_WITH.match(following))


def _split_at_a_follow_up(sentence: str) -> list[str]:
    """The question and the follow-up said after it in the same sentence, as two sentences."""
    for split, asks, follows in SAME_SENTENCE_FOLLOW_UPS:
        said = split.match(sentence.strip())
        if (
            said
            and asks(plainly(said.group("asked")))
            and follows(_said_plainly(said.group("following")))
        ):
            return [f"{said.group('asked')}?", said.group("following")]
    return [sentence]


def with_follow_ups(sentences: list[str]) -> list[str]:
    """ "Is anyone in Sales a VP? How many?", "anyone join in 2023 in product? list them": a
    yes-or-no question, then only the form of its answer. A count asked after it makes it a
    count; a list asked after it is what it gives already. A list asked after a count ("How
    many VPs? Who are they?") asks for both: the people, and how many they are."""
    sentences = [part for sentence in sentences for part in _split_at_a_follow_up(sentence)]
    kept = [sentences[0]]
    for said in sentences[1:]:
        asked = kept[-1].rstrip()
        plain = plainly(asked)
        following = _said_plainly(said) or said
        if not asked.endswith("?"):  # "List the VPs. How many are there?": the list says it
            listed_then_counted = REQUESTED.match(asked) and FOLLOW_UP_COUNT.match(following)
            if not (form_said(asked, following) or listed_then_counted):
                kept.append(said)
            continue
        if _answered_with_it(plain, following):
            continue
        merged = _asked_of_the_answer(asked, plain, following)
        if merged is None and (said_already(asked, following) or form_said(asked, following)):
            continue  # "I need to know how many ... . Just the count please."
        merged = merged or _narrowing_it(asked, plain, following) or _going_on(asked, plain, said)
        if merged is not None:
            kept[-1] = merged
        elif not (YES_OR_NO.match(plain) and FOLLOW_UP_LIST.match(following)):
            kept.append(said)
    return kept


# "What's Harmony Yundt's job title? And which department is she in?", "...? Also his department
# please.", "...? And how many is that?": the question going on about what it asked, read as one
# sentence ("... and which department is she in"); what one sentence could not ask, the two
# cannot either. After people listed ("Who joined in 2023? And what is their average tenure?")
# it would ask something else of them, and is left (refused).
GOING_ON = re.compile(
    r"^\W*(?:and|also|plus)\b\s*,?\s*(?=(?:what|which|when|who|how|where|his|her|their)\b)",
    re.IGNORECASE,
)
POINTS_BACK = re.compile(
    r"\b(?:he|she|his|her|they|their|them|that|those|it)\b|^how\s+many\b", re.I
)


def _going_on(asked: str, plain: str, said: str) -> str | None:
    going_on = GOING_ON.match(said)
    if going_on is None or LISTING.match(plain):
        return None
    rest = said[going_on.end() :]
    return f"{asked.rstrip('? ')} and {rest}" if POINTS_BACK.search(rest) else None


def _asked_of_the_answer(asked: str, plain: str, following: str) -> str | None:
    """The question merged with a follow-up asking for more of its answer: its end, a count of
    the people listed, the people counted, their columns."""
    if ordered := _end_of_the_groups(asked, following):
        return ordered
    listing, counting = LISTING.match(plain), COUNTING.match(plain)
    if (listing or NAMED_ONLY.match(plain)) and FOLLOW_UP_COUNT.match(following):
        return f"how many {asked}"
    if counting and FOLLOW_UP_SHARE.match(following):  # "How many use gmail? What % is that?"
        return f"{asked.rstrip('?')}, and what share is that"
    if counting and (FOLLOW_UP_LIST.match(following) or FOLLOW_UP_WHEN.match(following.strip())):
        return f"{asked.rstrip('?')} and who are they"  # the people, and how many
    listed = FOLLOW_UP_LIST_WITH.match(following.strip())
    if counting and listed:
        return f"{asked.rstrip('?')} and who are they, with their {listed.group('shown')}"
    if listing and listed:
        return f"{asked.rstrip('?')}, with their {listed.group('shown')}"
    return None


def _narrowing_it(asked: str, plain: str, following: str) -> str | None:
    """The question merged with a follow-up that orders, narrows or adds columns to it."""
    if order := FOLLOW_UP_ORDER.match(following.strip()):
        return f"{asked.rstrip('? ')}, {order.group('order')}?"
    narrowed = FOLLOW_UP_NARROWING.match(following.strip())
    if narrowed and (GROUPING.match(narrowed["narrowed"]) or not GOING_ON_FROM.match(following)):
        return f"{asked.rstrip('? ')} {narrowed.group('narrowed')}?"
    columns = FOLLOW_UP_COLUMNS.match(following.strip())
    if (LISTING.match(plain) or PERSON_ASKED.match(asked)) and columns:
        job = "title" if columns.group("job") else "department"
        shown = columns.group("asked") or columns.group("theirs") or columns.group("told") or job
        return f"{asked.rstrip('?')}, with their {shown}"  # read as any columns asked
    return None


def _answered_with_it(asked: str, following: str) -> bool:
    """What the answer to an extreme gives with it: whoever ties, and a group's count; a list of
    who is something ("Who is the President of HR? If there are several, list all.") names all."""
    people_asked = EXTREME.search(asked) or WHO_ASKED.match(asked) or WHAT_OF.match(asked)
    ties = people_asked and FOLLOW_UP_TIES.match(following)
    counted = GROUP_EXTREME.match(asked) and (
        FOLLOW_UP_COUNT.match(following) or HOW_MANY_THEN.match(following)
    )
    return bool(ties or counted)


def said_already(asked: str, following: str) -> bool:
    """A follow-up whose answer the first question's gives: a person's details, a difference,
    the form of the answer."""
    details = YES_OR_NO.match(plainly(asked)) and FOLLOW_UP_DETAIL.match(following)
    groups = GROUPED.search(asked) and restates_the_groups(asked, following)
    return bool(
        details or groups or difference_said(asked, following) or form_said(asked, following)
    )


def difference_said(asked: str, following: str) -> bool:
    """ "... than Product? By how many?": two counts compared say their difference; averages
    compared do not, so "... and what's the difference" after them is not dropped."""
    counted = COMPARING.search(asked) and not AVERAGED.search(asked)
    return bool(counted and FOLLOW_UP_DIFFERENCE.match(following.strip()))
