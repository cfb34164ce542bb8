"""What is said or typed in a form the grammar reads another way: numbers in words ("the five
newest", "twenty twenty", "the two thousand tens"), letters spelled out ("h r", "v p's", "q four"),
dates with dots ("01.03.2016"), "since 3 years" (for 3 years), "department wise" (per department),
"how much employees" (how many), "hires did Sales make" (hires), "first, last, hire date" (the
names), code ("hire_date", "!=", "!Sales"). Each rewrite has one meaning; anything else is left
for the grammar to understand or refuse."""

import re

from text_to_num import alpha2digit

from gptbridge.engines.offline.account_phrasings import ACCOUNT_PHRASINGS
from gptbridge.engines.offline.defined_terms import DEFINED_TERMS
from gptbridge.engines.offline.learner_phrasings import CLIPPED, DROPPED_G, THEM_CLIPPED, unclipped
from gptbridge.engines.offline.lexicon import lexicon
from gptbridge.engines.offline.lists_going_on import LISTS_GOING_ON
from gptbridge.engines.offline.literal_phrasings import values_unquoted
from gptbridge.engines.offline.phrasings import PHRASINGS, Rewrite
from gptbridge.engines.offline.spoken_dates import (
    AMOUNTS_OF_TIME,
    ANNIVERSARIES_COMING_UP,
    EACH_OF_THE_LAST,
    EXCLUDING_THE_END,
    SEASON_SPELLED_OUT,
    TODAYS_DATE,
    TRAILING,
    UP_TO_TODAY,
    WEEK_OF_A_MONTH,
    dates_written,
    each_of_the_last,
    season_spelled_out,
    to_the_one_before,
    week_of_a_month,
    with_range_bounds_said,
)
from gptbridge.engines.offline.sql_phrasings import SQL_PHRASINGS
from gptbridge.engines.offline.words import CHARACTER_WORDS, MONTHS, TENS

# "first" and "second" are words of the grammar ("first half", "hired first", "the first of
# May"), not numbers: text2num never sees them, and a typed "1st" stays a day's ordinal.
# Plural number words are no number: text2num would read "the two thousands" as 2000 and "tens
# of people" as 10; kept as words, they are understood or refused as words.
# An underscore ends a word here as text2num sees it ("first_nm" is no "1st_nm").
GRAMMAR_ORDINALS = re.compile(  # and fillers, and "no one" (nobody)
    r"(?<![^\W_])(first|second|one more|which one|quick one|no one|not one|each one"
    r"|ones|tens|dozens|hundreds|thousands|millions)(?![^\W_])",
    re.IGNORECASE,
)


UNITS = "one|two|three|four|five|six|seven|eight|nine"
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen")
TWO_DIGITS = {word: n for n, word in enumerate((*TEENS, "eighteen", "nineteen"), start=10)}
TWO_DIGITS |= {word: 10 * n for n, word in enumerate(TENS, start=2)}
# A year said the way people say it: "twenty twenty", "nineteen ninety-nine", "twenty oh five".
SPOKEN_YEAR = re.compile(
    rf"\b(nineteen|twenty)[\s-]+(?:(oh)[\s-]+({UNITS})|({'|'.join(TWO_DIGITS)})"
    rf"(?:[\s-]+({UNITS}))?)\b",
    re.IGNORECASE,
)
DECADES: tuple[str, ...] = ("tens", "twenties", "thirties", "forties", "fifties", "sixties")
DECADES += ("seventies", "eighties", "nineties")
# A decade said the way people say it: "the twenty tens", "the two thousand tens", "nineteen
# nineties" (the 2010s, the 2010s, the 1990s); "the two thousands" (the 2000s).
SPOKEN_DECADE = re.compile(
    rf"\b(nineteen|twenty|two thousand(?: and)?)[\s-]+({'|'.join(DECADES)})\b", re.IGNORECASE
)
TWO_THOUSANDS = re.compile(r"\btwo thousands\b", re.IGNORECASE)
TWICE = re.compile(r"\btwice\b", re.IGNORECASE)  # "appear more than twice"
DOZENS = {"half a dozen": "6", "a dozen": "12", "one dozen": "12", "two dozen": "24"}
DOZEN = re.compile(rf"\b(?:{'|'.join(DOZENS)})\b", re.IGNORECASE)  # text2num has no dozens
# "every junior executive's email", "each manager's hire date": of all of them (each one's,
# said as the plural owner "managers's"), not of one of them.
EVERY_ONES = re.compile(
    r"\b(every|each|all)\s+((?:[a-z-]+\s+)?(?!(?:who|that|it|what|there|he|she)'s)[a-z-]+?)'s\b",
    re.IGNORECASE,
)
# "what does X do and which team is she on": what X does is their title, beside what follows
# (alone, "what does X do" shows all of X's details already).
WHAT_THEY_DO = re.compile(
    r"\bwhat\s+(?:does|do|did)\s+([^,?]{1,60}?)\s+do(?:\s+here)?(?=\s*,?\s+and\b)",
    re.IGNORECASE,
)
# "since how many years is X working here": how long.
SINCE_HOW_LONG = re.compile(r"\b(?:since|for)\s+how\s+many\s+years\b", re.IGNORECASE)
# "at least 15 full years": a length of service compared is counted in whole years already
# (but "how long, in full years" asks for whole years, not the rounded tenure: not read).
FULL_YEARS = re.compile(r"\b(\d+\+?)\s+(?:full|complete|whole)\s+(years?|yrs?)\b", re.IGNORECASE)
# "have zero VPs" is have no VPs.
ZERO_OF = re.compile(r"\b(have|has|had|with)\s+(?:zero|0)\s+(?=[a-z])", re.IGNORECASE)
# "appear more than once"; not a bare "once" ("once hired", "hired once").
ONCE = re.compile(r"\b(more than|at least|exactly) (?:once|one time|1 time)\b", re.IGNORECASE)
UNIT_VALUES = {word: n for n, word in enumerate(UNITS.split("|"), start=1)}


def _spoken_year(match: re.Match[str]) -> str:
    century, oh, oh_unit, tens, unit = (part.lower() if part else "" for part in match.groups())
    last_two = UNIT_VALUES[oh_unit] if oh else TWO_DIGITS[tens] + UNIT_VALUES.get(unit, 0)
    if unit and TWO_DIGITS[tens] < 20:  # "twenty twelve three" is no year
        return match.group(0)
    return str(100 * TWO_DIGITS[century] + last_two)


def _spoken_decade(match: re.Match[str]) -> str:
    century = 1900 if match.group(1).lower() == "nineteen" else 2000
    return f"{century + 10 * (DECADES.index(match.group(2).lower()) + 1)}s"


def _digits(question: str) -> str:
    """Number words as digits ("the five newest" -> "the 5 newest", "twenty twenty" -> 2020),
    via text2num."""
    spoken = TWO_THOUSANDS.sub("2000s", SPOKEN_DECADE.sub(_spoken_decade, question))
    spoken = TWICE.sub("2 times", SPOKEN_YEAR.sub(_spoken_year, spoken))
    spoken = DOZEN.sub(lambda match: DOZENS[match.group(0).lower()], spoken)
    spoken = ONCE.sub(r"\1 1 times", spoken)
    pieces = GRAMMAR_ORDINALS.split(spoken)
    try:  # odd pieces are the ordinals the split kept
        converted = [
            piece if index % 2 else str(alpha2digit(piece, "en", threshold=0))
            for index, piece in enumerate(pieces)
        ]
    except (ValueError, IndexError):
        return question
    return "".join(converted)


# Letters said one by one ("h r", "v p's"): joined when together they name a department or title.
# "a" and "i" are words of their own.
SPELLED = re.compile(r"\b[b-hj-z](?:\s+[b-hj-z]){1,2}\b(?!\.)", re.IGNORECASE)
QUARTER_SAID = re.compile(r"\bq\s+([1-4])\b", re.IGNORECASE)  # "q four" -> "q 4" -> "q4"
# "in HR since more than 10 years", "since 3 years": a length of time, as "for" says it.
SINCE_A_LENGTH = re.compile(
    r"\bsince\s+((?:more than|over|less than|under|at least|at most)\s+)?(\d+)\s*"
    r"(years?|yrs?|months?)\b",
    re.IGNORECASE,
)
YEARS_SHORT = re.compile(r"\b(\d{1,2})y\b", re.IGNORECASE)  # "> 10y"
# "How many hires did Sales make in 2019": hires made are hires, not pay.
HIRES_MADE = re.compile(
    r"\b((?:how many|number of)\s+(?:new\s+)?hires\s+did(?:\s+[\w-]+){1,3}?)\s+(?:make|made)\b",
    re.IGNORECASE,
)
# "first, last, hire date": in a list of columns, "first" and "last" are the names (but "the
# first and last hire date" are the earliest and the latest).
FIRST_LAST_COLUMNS = re.compile(
    r"\bfirst\s*,\s*last(?=\s*,|\s+and\s)|(?<=,)(\s*)first\s*,\s*last(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# "average tenure by title, longest first": the most first (not "the longest first name").
LENGTH_FIRST = re.compile(r"\b(longest|shortest)(?=\s+first\b(?!\s+names?\b))", re.IGNORECASE)
BANG_NOT = re.compile(r"(?<![^\s(])!(?=\w)")  # "!HR", "(!intern)": not
WISE = re.compile(  # "department wise", "year-wise", "yearwise", "department and title wise"
    # "company wise": company-wide; "smallest, headcount wise": by headcount, which it is
    r"\b(?!(?:company|organi[sz]ation|org|headcount|size|numbers?)[- ]wise)"
    r"((?:e-?mail|hire|hiring|joining)\s+(?:domain|year|month|quarter)|[a-z]+(?:\s+and\s+"
    r"[a-z]+(?=[- ]wise))?)[- ]wise\b"
    r"|\b(year|month|quarter|department|dept|title|domain)wise\b",
    re.IGNORECASE,
)

# ... a list asked for, and no count: "list VPs department wise" is the list in that order.
LISTED = re.compile(
    r"^\W*(?:(?:pls|plz|please|kindly)\s+)?(?:list|names\s+of|show|display|give|share|provide"
    r"|send)\b",
    re.IGNORECASE,
)
COUNT_SAID = re.compile(
    r"\b(?:counts?|numbers?|nos|no\s+of|how\s+many|headcounts?|totals?|strength|breakdown"
    r"|distribution|split|tally|percent\w*|share\s+of|average|avg)\b",
    re.IGNORECASE,
)

# "How much employees", "how much percent": right before people or a share, "how much" asks how
# many or what share, not pay ("how much do engineers get" stays a question of pay).
HOW_MUCH = re.compile(r"\bhow much\s+(?:(?:did\s+)?we\s+)?(?=(\S+)(?:\s+(\S+))?)", re.I)
COUNTED = frozenset({"people", "hires", "new hires", "hired", "year"})  # "how much we hired"
# ... unless the question goes on like a question of pay: "how much engineers get".
GETTING = re.compile(r"\b(?:get|gets|got|getting|receive|receives|cost|costs|take home)\b", re.I)


# "which department is the smallest one?": the one with the fewest, never the top 1.
SUPERLATIVE_ONE = re.compile(
    r"\b(\w+est|most\s+\w+|least\s+\w+)\s+one\b(?!\s*(?:of|hundred|thousand|-))",
    re.IGNORECASE,
)

# "who has been here the longest time", "with us the shortest amount of time": the longest
# (shortest) said of being here, where the earliest (most recent) hire is read.
HERE_THE_LONGEST_TIME = re.compile(
    r"\b(here|us|company)\s+(?:for\s+)?(the\s+(?:longest|shortest))(?:\s+amount\s+of)?\s+time\b",
    re.IGNORECASE,
)

# "what share of total headcount is in Sales": of the headcount, which is the total.
OF_TOTAL_HEADCOUNT = re.compile(r"\bof\s+(?:the\s+)?(?:total|overall)\s+(headcount)\b", re.I)

# "the most senior person in Engineering (earliest hire)": seniority said to be by time here.
# "the oldest Manager (the one with the earliest hire date)": oldest is said to be by time too.
SENIOR_BY_TIME = re.compile(
    r"\b(?:most\s+senior|senior\s*-?\s*most|oldest)\b([^()]*?)\s*\(\s*(?:i\.?e\.?\s+|meaning\s+)?"
    r"(?:the\s+one\s+(?:with|who\s+has)\s+)?(?:the\s+)?(?:earliest(?:\s+hired?(?:\s+date)?)?"
    r"|first\s+hired|by\s+(?:hire\s+date|tenure|seniority|(?:years\s+of\s+)?service)"
    r"|longest[\s-]serving|longest\s+(?:tenured?"
    r"|service|working)|earliest\s+(?:joining|joiner|start(?:ed)?|joined)|(?:hired?|join(?:ed)?)\s+"
    r"(?:the\s+)?(?:earliest|first)"
    r"|longest\s+here|here\s+the\s+longest)\s*\)",
    re.IGNORECASE,
)
# ... or after it: "the oldest employee in Sales by tenure".
SENIOR_BY_TIME_AFTER = re.compile(
    r"\b(?:most\s+senior|senior\s*-?\s*most|oldest)\b([^()]*?)\s+(?:by|as\s+per|based\s+on)\s+"
    r"(?:hire\s+date|tenure|seniority|start\s+date|joining\s+date|date\s+of\s+(?:joining|hire|hiring)"
    r"|(?:length\s+of\s+|years\s+of\s+)?service|doj)\W*$",
    re.IGNORECASE,
)
# "Kasey Kris's team (same dept)": a team said to be the department.
TEAM_SAID_AS_DEPARTMENT = re.compile(
    r"'s\s+(?:team|group)\s*\(\s*(?:i\.?e\.?\s+|meaning\s+|=\s*)?(?:the\s+)?"
    r"(?:same\s+|their\s+|his\s+|her\s+)?(?:dept|department)\s*\)",
    re.IGNORECASE,
)
# "koby cole what team", "X - which team is she on?": asked which, a team is the department
# (a person's own team, "X's team", is a reporting line and refused).
# When a team is said again ("and who else in that team"), it is left as said.
WHICH_TEAM = re.compile(r"\b(what|which)\s+(?:team|group|squad|crew)\b", re.IGNORECASE)
TEAM_WORDS = re.compile(r"\b(?:team|group|squad|crew)s?\b", re.IGNORECASE)


def _which_department(match: re.Match[str]) -> str:
    said_once = len(TEAM_WORDS.findall(match.string)) == 1
    return f"{match.group(1)} department" if said_once else match.group(0)


# "euna prosacco vs jonatan mccullough who started first": of the two, as "X or Y, who ...".
TWO_NAMED_VERSUS = re.compile(
    r"^(\W*[\w'\u2019-]+\s+[\w'\u2019-]+)\s+(?:vs\.?|versus)\s+([\w'\u2019-]+\s+[\w'\u2019-]+)"
    r"\s*[,:?-]*\s+(?=(?:who|which\s+one)\b)",
    re.IGNORECASE,
)
# "2022 H2", "2021 Q3": the part of the year first, as "H2 2022" is said.
YEAR_THEN_PART = re.compile(r"\b((?:19|20)\d{2})\s+(h[12]|q[1-4])\b", re.IGNORECASE)
# "which quarter (Q1-Q4) has the most hires": a key with all its values restated.
ALL_VALUES_RESTATED = re.compile(
    r"\b(quarters?|months?|weekdays?|days?\s+of\s+the\s+week)\s*\(\s*(?:q1\s*(?:-|\u2013|to)\s*q4"
    r"|jan(?:uary)?\s*(?:-|\u2013|to)\s*dec(?:ember)?|mon(?:day)?\s*(?:-|\u2013|to)\s*sun(?:day)?"
    r"|sun(?:day)?\s*(?:-|\u2013|to)\s*sat(?:urday)?)\s*\)",
    re.IGNORECASE,
)

# "how many in that dept": a group pointed at, which only "who else in that team" (after a
# person is named) says; elsewhere "this" keeps it, to be refused (never "how many depts").
# "in the department" said last is one not named either.
THAT_GROUP = re.compile(
    r"\b(?<!else in )(?<!else on )that\s+(?=(?:dept|department|team|title|division|group)\b)"
    # "how many in the team?", "the employees of the department": one not named either
    r"|(?<=\b(?:in|of|on) )the\s+(?=(?:dept|department|team|division|group)"
    r"(?:\s*(?:[?.!,]|$)|\s+(?:and|who|that|with|hired|sorted)\b))",
    re.IGNORECASE,
)

# "email usernames with an underscore": a character is looked for before the @ anyway.
EMAIL_NAME_WITH_A_CHARACTER = re.compile(
    r"\be-?mail\s+(?:user\s?names?|prefix(?:es)?|local\s+parts?|handles?)(?=\s+(?:with|containing"
    r"|that\s+(?:contain|have)|having)\s+(?:an?\s+|any\s+)?(?:"
    + "|".join(sorted(map(re.escape, CHARACTER_WORDS), key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)

# "(Could you please) share Rita Klocko's email": show it; never "share of interns" (a share)
# or "share the same title as X" (a relation).
SHARE_ASKED = re.compile(
    r"^\W*(?:(?:please|pls|plz|pl|kindly)\s+)*share\s+(?:with\s+(?:me|us)\s+)?(?=(?:me|us|their|his|her"
    r"|all|a\s+list|the\s+(?!same\b)|top|names|count|list|details|nos|number|how\s+many)\b"
    r"|[A-Z][\w'-]+\s+[A-Z][\w'-]+'s\b)",
    re.IGNORECASE,
)

# "is there some employee with last name Torp?": is there any.
THERE_SOME = re.compile(r"\b(is|are)\s+there\s+some\b", re.IGNORECASE)

# "how long has X been here (years)?": in years; "which dept is the smallest team?": which
# department is the smallest.
UNIT_IN_BRACKETS = re.compile(r"\s*\(\s*(?:in\s+)?(years?|months?)\s*\)", re.IGNORECASE)
GROUP_SAID_TWICE = re.compile(
    r"\b(which\s+(?:team|dept|department|division)\s+(?:is|was)\s+the\s+\w+est)\s+"
    r"(?:team|dept|department|division|group)\b",
    re.IGNORECASE,
)

# "headcount of Product as a % of total": as a percentage (of everyone); "across 2010-2023":
# in those years.
AS_A_SHARE_OF_ALL = re.compile(
    r"\bas\s+(?:a\s+)?(?:%|percent(?:age)?|share)\s+of\s+(?:the\s+)?(?:total(?:\s+headcount)?"
    r"|whole(?:\s+company)?|company|all(?:\s+employees)?)\b",
    re.IGNORECASE,
)
CHANGED = re.compile(
    r"\b(?:change|changes|growth|grow|grew|increase|decrease|difference|yoy)\b", re.I
)


def _as_a_share_of_all(question: str) -> str:
    """Of a count, never of a change ("the change in hires as a percentage of all": of what?)."""
    if CHANGED.search(question):
        return question
    return AS_A_SHARE_OF_ALL.sub("as a percentage of everyone", question)


ACROSS_YEARS = re.compile(r"\bacross\s+(?:the\s+years\s+)?(?=\d{4}\s*(?:-|to\b|through\b))", re.I)

# "employees who share the last name with someone else": a last name ("share the first name
# Leopold" is that name).
SHARE_THE = re.compile(
    r"\b(share|shares|sharing)\s+the\s+(?=(?:first\s+|last\s+|full\s+)?(?:name|surname|title"
    r"|department|dept|team|hire\s+date|start\s+date|e-?mail)\s+with\b)",
    re.IGNORECASE,
)


# "sorted from the largest department to the smallest": an order said with the groups' noun
# and articles, as "largest to smallest" is ("department to" is never a move to one).
ENDS_SAID_WITH_THE_GROUP = re.compile(
    r"\b(?:the\s+)?(largest|biggest|smallest|most|fewest|least|highest|lowest)"
    r"(?:\s+(?:departments?|depts?|teams?|titles?|groups?|divisions?|ones?))?\s+to\s+"
    r"(?:the\s+)?(largest|biggest|smallest|most|fewest|least|highest|lowest)"
    r"(?:\s+(?:departments?|depts?|teams?|titles?|groups?|divisions?|ones?))?\b",
    re.IGNORECASE,
)

# "in calendar year 2019, i.e. from 1 Jan 2019 to 31 Dec 2019 inclusive?": the restatement
# after "i.e." to the end, as one in brackets is read (restated.py, readings.py).
THAT_IS = re.compile(r",?\s*\b(?:i\.\s?e\.?|ie)(?:\s*,)?\s+([^?()]+?)\s*(?=[?.!]?\s*$)", re.I)

# "hires since jan": since the last January (the answer says which); a year, a day or "of"
# after the month says another one.
SINCE_A_MONTH = re.compile(
    rf"\b(since)\s+(?=(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b\.?"
    r"(?!\s*(?:[',]?\s*\d|of\b|the\b|,?\s*(?:twenty|nineteen|two\s+thousand)\b)))",
    re.IGNORECASE,
)

# "first hire date and last hire date", "the range of hire dates": both ends of the dates.
_END = r"(first|earliest|last|latest|most\s+recent|newest|oldest)"
BOTH_ENDS_SAID_APART = re.compile(
    rf"\b{_END}\s+(hire|start|joining)\s+dates?\s+and\s+(?:the\s+)?{_END}\s+(?:hire|start"
    r"|joining)\s+dates?\b",
    re.IGNORECASE,
)
DATES_RANGE = re.compile(
    r"\b(?:the\s+)?(?:range|span)\s+of\s+(hire|start|joining)\s+dates\b"
    r"|\b(?:the\s+)?(hire|start|joining)\s+dates?\s+(?:range|span)\b",
    re.IGNORECASE,
)

# Dictated numbers heard as words: "less than for years" (four), "in the last to years" (two).
_HEARD = r"\b(than|last|past|next|over|under|within)\s+{}\s+(?=(?:years?|months?|weeks?|days?)\b)"
FOUR_HEARD = re.compile(_HEARD.format("for"), re.IGNORECASE)
TWO_HEARD = re.compile(_HEARD.format("(?:to|too)"), re.IGNORECASE)
# "in the last fortnight": two weeks, as British English says them.
FORTNIGHT = re.compile(r"\b(?:a\s+)?fortnight\b", re.IGNORECASE)
# Dictation's homophones: "how many did we higher in 2021" (hire), "hires four the year 2018".
# After "was", "were", "be" or "get" only "highered" is heard: "was higher than" compares.
HIGHER_HEARD = re.compile(
    r"\b(did\s+(?:we|they|you)|we|they|newly)\s+higher(e?d)?\b"
    r"|\b(was|were|got|get|be|been)\s+higher(e?d)\b",
    re.IGNORECASE,
)


def _hire_heard(heard: re.Match[str]) -> str:
    said, past = heard.group(1) or heard.group(3), heard.group(2) or heard.group(4)
    return f"{said} hire{'d' if past else ''}"


FOUR_THE = re.compile(r"\bfour\s+(?=the\s+(?:year|month|quarter|period|last|past)\b)", re.I)
# "hired for years ago": four years ago ("for years" alone is a length of time).
AGO_HEARD = re.compile(r"\b(for|to|too)\s+(years?|months?|weeks?|days?)\s+ago\b", re.I)

# "# how many people joined in March 2021": a "#" before a question word says no number.
HASH_BEFORE_A_QUESTION = re.compile(
    r"^\s*#\s*(?=(?:how|what|which|who|when|whose|list|show|count|number|give)\b)", re.I
)

# Phrases rewritten first, in this order, each with what it becomes.
PHRASES_WRITTEN: tuple[Rewrite, ...] = (
    (CLIPPED, unclipped),
    (DROPPED_G, r"\1g"),
    (THEM_CLIPPED, "them"),
    *SQL_PHRASINGS,
    *ACCOUNT_PHRASINGS,
    (HASH_BEFORE_A_QUESTION, ""),
    (HERE_THE_LONGEST_TIME, r"\1 \2"),
    (ENDS_SAID_WITH_THE_GROUP, r"\1 to \2"),
    *LISTS_GOING_ON,
    (THAT_IS, r" (\1)"),
    *DEFINED_TERMS,
    (TEAM_SAID_AS_DEPARTMENT, "'s department"),
    (WHICH_TEAM, _which_department),
    (TWO_NAMED_VERSUS, r"\1 or \2, "),
    (YEAR_THEN_PART, r"\2 \1"),
    (ALL_VALUES_RESTATED, r"\1"),
    (SINCE_A_MONTH, r"\1 last "),
    (BOTH_ENDS_SAID_APART, r"\1 and \3 \2 date"),
    (DATES_RANGE, r"the earliest and latest \1\2 date"),
    (FORTNIGHT, "2 weeks"),
    (HIGHER_HEARD, _hire_heard),
    (FOUR_THE, "for "),
    (FOUR_HEARD, r"\1 4 "),
    (TWO_HEARD, r"\1 2 "),
    (
        AGO_HEARD,
        lambda heard: f"{'4' if heard.group(1).lower() == 'for' else '2'} {heard.group(2)} ago",
    ),
    (SUPERLATIVE_ONE, r"\1"),
    (EMAIL_NAME_WITH_A_CHARACTER, "emails"),
    (THAT_GROUP, "this "),
    (UNIT_IN_BRACKETS, r" in \1"),
    (GROUP_SAID_TWICE, r"\1"),
    *ANNIVERSARIES_COMING_UP,
    *PHRASINGS,
)
# ... then, after a share of all (`_as_a_share_of_all`), these.
PHRASES_WRITTEN_AFTER_SHARES: tuple[tuple[re.Pattern[str], str], ...] = (
    (ACROSS_YEARS, "in "),
    (SHARE_THE, r"\1 a "),
    (SHARE_ASKED, "show "),
    (THERE_SOME, r"\1 there any"),
    (SENIOR_BY_TIME, r"longest-serving\1"),
    (SENIOR_BY_TIME_AFTER, r"longest-serving\1"),
    (OF_TOTAL_HEADCOUNT, r"of \1"),
)


def as_written(question: str) -> str:
    """The question with the forms above written the way the grammar reads them."""
    question = values_unquoted(question)  # 'the title "Junior Executive"'
    for pattern, written_as in PHRASES_WRITTEN:
        question = pattern.sub(written_as, question)
    question = _as_a_share_of_all(question)
    for pattern, written_as in PHRASES_WRITTEN_AFTER_SHARES:
        question = pattern.sub(written_as, question)
    written = question if GETTING.search(question) else HOW_MUCH.sub(_how_much, question)
    written = HIRES_MADE.sub(r"\1", written)
    written = BANG_NOT.sub("not ", written)
    written = dates_written(_digits(written))
    written = TRAILING.sub(r"the last \1 \2", UP_TO_TODAY.sub(r"the last \1 \2", written))
    for pattern, written_as in AMOUNTS_OF_TIME:
        written = pattern.sub(written_as, written)
    written = TODAYS_DATE.sub("today", SEASON_SPELLED_OUT.sub(season_spelled_out, written))
    written = EACH_OF_THE_LAST.sub(each_of_the_last, written)
    written = SPELLED.sub(_joined_letters, QUARTER_SAID.sub(r"q\1", written))
    written = SINCE_A_LENGTH.sub(r"for \1\2 \3", FULL_YEARS.sub(r"\1 \2", written))
    written = WHAT_THEY_DO.sub(r"what is the title of \1", written)
    written = SINCE_HOW_LONG.sub("how long", written)
    written = WEEK_OF_A_MONTH.sub(week_of_a_month, written)
    written = EVERY_ONES.sub(r"\1 \2s's", written)
    written = with_range_bounds_said(written)
    written = ZERO_OF.sub(r"\1 no ", EXCLUDING_THE_END.sub(to_the_one_before, written))
    written = FIRST_LAST_COLUMNS.sub(r"\1first name, last name", written)
    written = LENGTH_FIRST.sub(_most_or_fewest, written)
    written = YEARS_SHORT.sub(r"\1 years", written)
    listed = LISTED.search(written) and not COUNT_SAID.search(written)
    return WISE.sub(_by_key if listed else _per_key, written)


def _per_key(match: re.Match[str]) -> str:
    return f"per {match.group(1) or match.group(2)}"


def _by_key(match: re.Match[str]) -> str:
    return f"by {match.group(1) or match.group(2)}"


def _joined_letters(match: re.Match[str]) -> str:
    """Joined when together they are a department or title ("h r", "v p"), never a keyword or a
    filler ("u s" is no "us", "m e" no "me")."""
    joined = "".join(match.group(0).split())
    entry = lexicon().entry((joined.lower(),))
    return joined if entry is not None and entry.terminal == "VALUE" else match.group(0)


def _how_much(match: re.Match[str]) -> str:
    following = [word.lower() for word in match.groups() if word]
    said = [lexicon().entry(tuple(following[:n])) for n in (2, 1)]
    if any(entry is not None and entry.terminal == "VALUE" for entry in said):
        return "how many "
    if any(entry is not None and entry.payload in COUNTED for entry in said):
        return "how many "
    if any(entry is not None and entry.payload == "percentage" for entry in said):
        return ""
    return match.group(0)


def _most_or_fewest(match: re.Match[str]) -> str:
    return "most" if match.group(1).lower() == "longest" else "fewest"
