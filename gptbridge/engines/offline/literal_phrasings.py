"""Phrasings translated word for word from another language, each with one meaning: Spanish's
"el personal" ("the personal of HR": the staff), "el mayor número" ("the major number of
employees": the most), "el más antiguo" ("the most antique employee": the longest-serving);
German's "sortiert nach" ("sorted after hire date": by it), "die E-Mail von" ("the email from
Janiya West": hers), "beginnend mit 2015" ("per year, beginning with 2015": since 2015), "am
längsten im Unternehmen" ("working the longest time in the company": here the longest). Applied
first by `spoken.as_written`, through `phrasings.PHRASINGS`."""

import re
from functools import cache

from gptbridge.engines.offline.formal_phrasings import Rewrite
from gptbridge.engines.offline.how_much import HOW_MUCH_FOR_HOW_MANY
from gptbridge.engines.offline.words import PROVIDERS
from gptbridge.schema import describe_directory

_COMPANY = r"(?:the|this|our)\s+(?:company|firm|organi[sz]ation|business)"
# "sorted after hire date", "ordered after surname": by it.
SORTED_AFTER = re.compile(r"\b(sorted|ordered|sort|order)\s+after\b", re.IGNORECASE)
# "the email from Janiya West", "the hire date from Koby Cole": of the person ("the emails
# from Sales" are those of Sales too).
COLUMN_FROM = re.compile(
    r"(?<!\bby\s)\b(e-?mails?(?:\s+ad+res+(?:es)?)?|titles?|departments?|dept|hire\s+dates?"
    r"|start\s+dates?)\s+from\s+(?!(?:the\s+)?(?:\d|last|past|this|next|since|before|after"
    r"|between|q[1-4]\b|smallest|largest|biggest|most|fewest|least|highest|lowest|oldest"
    r"|newest|earliest|latest|first|top|bottom|[a-z]\b))",
    re.IGNORECASE,
)
# "hires per year, beginning with 2015", "starting from 2018": since that year.
BEGINNING_WITH = re.compile(
    r"\b(?:beginning|starting|commencing)\s+(?:with|from|in)\s+(?=\d{4}\b)", re.IGNORECASE
)
# "who is working the longest time in the company", "been in the company the longest": here.
LONGEST_IN_THE_COMPANY = re.compile(
    rf"\b(working|worked|been|is|are)\s+(the\s+(?:longest|shortest))(?:\s+time)?\s+"
    rf"(?:in|at|with|for)\s+{_COMPANY}\b",
    re.IGNORECASE,
)
# "the 5 collaborators who are the longest in Engineering": here the longest, in that group.
LONGEST_IN_A_GROUP = re.compile(
    r"\b(who|that)\s+(is|are)\s+(the\s+(?:longest|shortest))\s+(?=in\s+\w)", re.IGNORECASE
)
# "the most long employed medewerker": the longest-serving.
MOST_LONG = re.compile(r"\bmost\s+long(?=\s+(?:employed|serving|working|here)\b)", re.I)
IN_THE_COMPANY_LONGEST = re.compile(
    rf"\b(working|worked|been)\s+(?:in|at|with|for)\s+{_COMPANY}\s+(?=the\s+(?:longest|shortest)\b)",
    re.IGNORECASE,
)

# "What is Kendall Larson working as?", "what does X work as", "as what is X working": the
# title ("working as" is otherwise dropped, as in "who is working as an intern").
# Only when nothing follows "as" ("what is the number of people working as interns" counts).
WORKING_AS = re.compile(
    r"\bwhat\s+(?:is|'s|does)\s+(.+?)\s+(?:working|work|employed|employed\s+here)\s+as\b"
    r"(?=\s*(?:$|[?.!,;]|and\b|since\b|now\b|currently\b|today\b))"
    r"|\bas\s+what\s+(?:is|does)\s+(.+?)\s+(?:working|work|employed)\b",
    re.IGNORECASE,
)


def _working_as(match: re.Match[str]) -> str:
    return f"what is the title of {match.group(1) or match.group(2)}"


# "Who is the longest with us?", "Which Manager is the longest in the company?", "who from
# Sales is with us the longest": has been here the longest ("am längsten bei uns").
_HERE = rf"(?:with\s+us|here|(?:in|at|with)\s+{_COMPANY})"
LONGEST_WITH_US = re.compile(
    rf"\b(?:is|are)\s+(?:{_HERE}\s+)?(the\s+(?:longest|shortest))(?:\s+time)?\s+{_HERE}"
    rf"|\b(?:is|are)\s+{_HERE}\s+(the\s+(?:longest|shortest))\b",
    re.IGNORECASE,
)
# "Has X the same department like Y?": as Y. "since which date": since when.
# "who has more seniority, X or Y": longer tenure; with no one compared ("who has more antiquity
# in the company", Spanish "más antigüedad"), the longest.
MORE_TENURE = re.compile(
    r"\b(?P<has>has|have|had|with)\s+more\s+(?:tenure|seniority|antiquity|years\s+of\s+service)\b"
    r"(?=(?P<compared>.*\b(?:or|than|vs)\b)?)",
    re.IGNORECASE,
)


def _longer_tenure(match: re.Match[str]) -> str:
    said = "longer tenure" if match.group("compared") else "the longest tenure"
    return f"{match.group('has')} {said}"


# "what is the longest anyone has worked here": the longest tenure.
LONGEST_ANYONE = re.compile(
    r"\bthe\s+(longest|shortest)(?:\s+time)?\s+(?:any\s*one|some\s*one|somebody|anybody"
    rf"|any\s+(?:employee|person))\s+(?:has|have|had)\s+(?:worked|been|stayed)\s+{_HERE}",
    re.IGNORECASE,
)
SAME_LIKE = re.compile(r"\b(same\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:like|than)\b", re.IGNORECASE)
SINCE_WHICH_DATE = re.compile(r"\bsince\s+which\s+(?:date|day|year|time)\b", re.IGNORECASE)
# "Which share (in percent) of the Sales people are Managers?": the share says it already.
SHARE_IN_PERCENT = re.compile(
    r"\b(share|proportion|fraction)\s*\(\s*(?:in|as\s+an?)\s*(?:percent(?:age)?|%)\s*\)",
    re.IGNORECASE,
)
# "Is Kaleb Bayer still Junior Executive or what title he has?": the answer to whether he is
# one says his title either way ("oder welchen Titel hat er").
OR_WHAT_ELSE = re.compile(
    r"\s*,?\s+or\s+(?:what|which)\s+(?:title|position|role|job|department|dept)\s+"
    r"(?:(?:does|do|is|are)\s+)?(?:he|she|they)(?:\s+(?:has|have|hold|holds|is\s+in|are\s+in"
    r"|work\s+in|works\s+in|is|are|in|on))?(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# "since 1-Jan-2020 onwards", "since 2020 and later": since then, said twice.
SINCE_ONWARDS = re.compile(
    r"\b(since\s+[\w/.,-]+(?:\s+[\w/.,-]+){0,2}?)\s+(?:onwards?|and\s+later|or\s+later)\b",
    re.I,
)
# "between 2018-01-01 ~ 2018-06-30" (Korean and Japanese "~"): between one and the other.
BETWEEN_WITH_A_TILDE = re.compile(r"\b(between\s+[\w-]+(?:\s+[\w-]+)?)\s*[~\uff5e]\s*", re.I)
# "how many of each one", "the number of employees in each one": of (in) each.
EACH_ONE = re.compile(r"\b((?:of|in|for)\s+each)\s+one\b(?!\s+of\b)", re.IGNORECASE)


def _tenure_or_the_longest(match: re.Match[str]) -> str:
    said = match.group(0).lower()
    return "the longest tenure" if said.startswith(("more", "most", "the")) else "tenure"


def _longest_here(match: re.Match[str]) -> str:
    return f"has been here {match.group(1) or match.group(2)}"


# Spanish: "the personal of HR", "how many personal has Marketing" (its staff; never "personal
# e-mail"), "the major number of"
# (the most), "the most antique employee" (the longest-serving).
THE_PERSONAL = re.compile(
    r"\b(the|how\s+many|much|total\s+of)\s+personal\b(?!\s+(?:e-?mails?|address|phone|details|data|info"
    r"|information|number|mobile|cell|life|reasons?))",
    re.IGNORECASE,
)
MAJOR_NUMBER = re.compile(r"\b(?:the\s+)?(?:major|mayor)\s+(?:number|quantity)\s+of\b", re.I)
MOST_ANTIQUE = re.compile(r"\b(?:the\s+)?most\s+(?:antique|ancient)\b", re.IGNORECASE)
# Spanish: "the 5 workers more antiques" (the 5 longest-serving), "were contracted" (hired),
# "starts by" (with), "the Vice-Presidents with his email" (their: Spanish "su").
N_MORE_ANTIQUE = re.compile(
    r"\b(\d+)\s+(workers|employees|people|persons|staff)\s+(?:more|most)\s+(?:antiques?|ancients?)\b",
    re.IGNORECASE,
)
# German: "with us since 5 years or longer" (or more), "how many new collaborators did we become
# in 2022" ("bekommen": get, i.e. hire), "an email address at hotmail" (a hotmail address).
OR_LONGER = re.compile(r"\b(\d+\s+(?:years?|yrs?|months?))\s+or\s+longer\b", re.IGNORECASE)
NEW_ONES_GOT = re.compile(
    r"\bnew\s+(?:employees|collaborators|people|staff|workers|colleagues)\s+did\s+we\s+"
    r"(?:become|get|gain|add|welcome)\b",
    re.IGNORECASE,
)
ADDRESS_AT = re.compile(
    r"\b(?:an?\s+)?e-?mail(?:\s+address)?\s+at\s+(gmail|yahoo|hotmail)\b(?!\.)", re.I
)
CONTRACTED = re.compile(r"\b(were|was|been|got|get|be|company|we)\s+contracted\b(?!\s+staff)", re.I)
STARTS_BY = re.compile(r"\b(starts?|starting|begins?|beginning|ends?|ending)\s+by\b(?!\s+\d)", re.I)
WITH_HIS = re.compile(r"\bwith\s+(?:his|her)\s+(?=e-?mails?|titles?|departments?|hire)", re.I)
# "hired since 2019 until 2021" ("desde ... hasta"): from 2019 to 2021.
SINCE_UNTIL = re.compile(
    r"\bsince\s+((?:19|20)\d{2}|\d{4}-\d{2}-\d{2})\s+(?:until|till|til|up\s+to)\s+(?=(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)

# French: "the enterprise" (the company), "engaged in 2018", "when was engaged X", "did we
# engage the most" ("engager": to hire; but "how many are engaged", "highly engaged staff" ask
# about engagement, which the directory does not record), "the more of employees" ("le plus
# de": the most), "in which service works X", "in her service" (the department), "since how
# long is X here" ("depuis combien de temps": how long).
ENTERPRISE = re.compile(r"\b(the|this|our)\s+(?:enterprise|club|society)\b", re.IGNORECASE)
# French "par service": a department ("per service", "in each service"; "service" alone is tenure).
PER_SERVICE = re.compile(r"\b(per|by|each|every)\s+service\b", re.IGNORECASE)
# ... but "the oldest person in the company by service" is the longest-serving (`spoken`).
OLDEST_SAID = re.compile(r"\b(?:oldest|eldest|most\s+senior)\s+(?:person|employee|one)\b", re.I)


def _per_department(said: re.Match[str]) -> str:
    by_time = said[1].lower() == "by" and OLDEST_SAID.search(said.string[: said.start()])
    return said.group() if by_time else f"{said[1]} department"


# "the oldest hands first" (longest-serving first), "by order of seniority" (French word order).
BY_ORDER_OF = re.compile(r"\bby\s+order\s+of\s+(?=seniority|tenure|hire\s+date)", re.IGNORECASE)
# Hong Kong English "is it" asking yes or no: "is it any intern in HR?", "is it Product got more
# staff than Marketing?" ("is it true that ..." is said whole: words.toml).
IS_IT = re.compile(
    r"^(\W*)is\s+it\s+(?!(?:true|tru|correct|accurate|right|the\s+case|possible|that)\b)(?=\w)",
    re.I,
)
# "Which department has the longest serving staff on average?": the longest average tenure.
# So is "the employees with the longest tenure on average" ("in average": Portuguese "em média").
_PEOPLE = r"(?:staff|people|employees|team|collaborators|workers|folks)"
_ON_AVERAGE = r"\s+(?:on|in)\s+(?:the\s+)?average\b"
LONGEST_ON_AVERAGE = re.compile(
    rf"\bthe\s+(longest|shortest)[\s-]serving\s+{_PEOPLE}{_ON_AVERAGE}"
    rf"|\b(?:(?:the\s+)?{_PEOPLE}\s+with\s+)?the\s+(longest|shortest|highest|lowest|most|least)"
    rf"\s+(?:tenure|seniority){_ON_AVERAGE}",
    re.IGNORECASE,
)
ENGAGED = re.compile(
    r"\b(?:(?P<before>[a-z]+)\s+)?(?P<verb>engag(?:ed|es|e))\b"
    r"(?!\s+(?:with(?!\s+(?:their|his|her)\b)|employees?|staff|people|workers?|members?|in\s+(?:their|the\s+work|work)"
    r"|at\s+work)\b)",
    re.IGNORECASE,
)
# Said right before "engaged", these make it engagement, not hiring.
ENGAGEMENT_WORDS = frozenset({
    "are", "is", "am", "be", "being", "feel", "feels", "most", "least", "more", "less",
    "highly", "very", "not", "fully", "actively", "really", "how",
})  # fmt: skip


def _hired_if_engaged(match: re.Match[str]) -> str:
    before, verb = match.group("before"), match.group("verb")
    if before is not None and before.lower() in ENGAGEMENT_WORDS:
        return match.group(0)
    hired = {"engaged": "hired", "engages": "hires", "engage": "hire"}[verb.lower()]
    return f"{before} {hired}" if before is not None else hired


SERVICE_OF_SOMEONE = re.compile(
    r"\b(her|his|their|my|your|the\s+same)\s+service\b(?!\s+(?:years?|length|anniversar"
    r"|dates?|time|awards?|records?)\b)",
    re.IGNORECASE,
)
# Portuguese: "more than 10 years of company" ("anos de empresa": of service), "the first
# semester of 2018" ("semestre": the half year), "exists some President in Product?" ("existe
# algum": is there any).
YEARS_OF_COMPANY = re.compile(
    r"(?<!hire\s)(?<!hiring\s)(?<!start\s)\b(years?|months?)\s+(?:of|in|at)\s+(?:the\s+)?"
    r"(?:company|house)\b",  # not "the median hire year of company"
    re.IGNORECASE,
)
# Portuguese "tempo de casa/empresa" ("time of house", "time of company": tenure), "o mais
# antigo" ("the collaborator more antique": the longest-serving), "média de" ("the average of
# tenure": the average tenure).
TIME_OF_HOUSE = re.compile(
    r"\b(?:(?:the\s+)?(?:most|more)\s+time\s+(?:of|in|at)|time\s+of)\s+(?:the\s+)?(?:house|company)\b",
    re.IGNORECASE,
)
MORE_ANTIQUE = re.compile(r"\bmore\s+(?:antique|ancient)s?\b", re.IGNORECASE)
AVERAGE_OF_TENURE = re.compile(
    r"\baverage\s+of\s+(?:the\s+)?(?=tenure|seniority|antiquity|years\s+(?:in|of|at|with)\b)", re.I
)
# Spanish: "entered to the company" ("entró a"), "the most recent contratation" ("contratación":
# hire), "employees that have his first name ..." ("su": their).
ENTERED_TO = re.compile(r"\b(entered|entering|enters|enter)\s+to\s+(?=the|our|this)", re.I)
CONTRATATION = re.compile(r"\bcontratations?\b", re.IGNORECASE)
HAVE_HIS = re.compile(
    r"\b(have|has|having)\s+(?:his|her)\s+(?=first|last|sur|e-?mails?|titles?|departments?|hire)",
    re.IGNORECASE,
)
SEMESTER = re.compile(r"\bsemesters?\b", re.IGNORECASE)
EXISTS_SOME = re.compile(r"^(\W*)(?:there\s+)?exists?\s+(?:some|any)\b", re.IGNORECASE)
# "Sales x Engineering" (versus); "department x title" stays two keys crossed.
_KEYS = r"(?!(?:department|dept|title|role|year|month|quarter|weekday|domain|team)s?\b)"
VERSUS_AS_X = re.compile(rf"\b{_KEYS}([a-z]{{2,}})\s+x\s+{_KEYS}(?=[a-z]{{2,}}\b)", re.IGNORECASE)
ANCIENNETE = re.compile(r"\bancienn?et[ée]\b", re.IGNORECASE)  # seniority
DATE_D_EMBAUCHE = re.compile(r"\bdates?\s+(?:d'|d\s|of\s+)embauche\b", re.IGNORECASE)
SINCE_HOW_LONG_IS = re.compile(r"\bsince\s+how\s+long\b", re.IGNORECASE)
# "what is the part of contractors in the total" ("la part de": the share).
PART_OF_THE_TOTAL = re.compile(
    r"\bthe\s+part\s+of\b(?=.*\b(?:total|all|whole|effectifs?|headcount)\b)", re.IGNORECASE
)
THE_MORE_OF = re.compile(r"\bthe\s+(more|less)\s+of\b", re.IGNORECASE)
# "Top 10 newest hires with department and title": "top" says nothing the order does not.
TOP_OF_AN_ORDER = re.compile(
    r"\btop[-\s]+(\d+)\s+(?=(?:newest|latest|most\s+recent(?:ly)?|recent|earliest|oldest"
    r"|(?:first|last)(?!\s*names?\b)|longest|shortest|most\s+senior|least\s+senior)\b)",
    re.IGNORECASE,
)
# "what is address of employees in HR": an address not said to be an e-mail is a street one, as
# "the address" is ("hotmail addresses of interns" are e-mails).
ADDRESS_OF = re.compile(r"\b(?:([\w.@-]+)\s+)?(address(?:es)?)\s+(?=(?:of|for)\b)", re.IGNORECASE)
# Sri Lankan English "list down", "joined upto 2015"; "in month January 2020" (Czech word order);
# "the 2nd half of year 2017"; "the Engineering lot" (British: that group's people).
LIST_DOWN = re.compile(r"\blist\s+down\b", re.IGNORECASE)
# "List the interns. Show their department too.": their column beside them, not the values;
# "every President, inclusive of department" too. "Inclusive of" anything else is "including"
# (not understood: "headcount of Accounting inclusive of Contractors" is no count of Contractors).
INCLUSIVE_OF = re.compile(r"\binclusive\s+of\b(?!\s+(?:all|both)\b)", re.IGNORECASE)
SHOW_THEIR = re.compile(
    r"\b(?:(?:show|include|add|give|display)\s+(?:me\s+)?(?:their|his|her)|including(?:\s+their)?)\s+"
    r"(?=(?:departments?|depts?|titles?|e-?mails?|hire\s+dates?|start\s+dates?)\b)",
    re.IGNORECASE,
)
DI = re.compile(r"\bdi\b(?=\s+[a-z])", re.IGNORECASE)  # Caribbean English: "the"
# "please help me count how many employee in Engineering": one count asked.
COUNT_HOW_MANY = re.compile(r"\bcount\s+(?=how\s+many\b)", re.IGNORECASE)
# "How many are employed in the firm?": how many employees there are (never "were employed in
# 2019", which may ask who was on the staff then); Norwegian "pr. year": per year.
HOW_MANY_EMPLOYED = re.compile(r"\bhow\s+many\s+are\s+(?:currently\s+)?employed\b", re.I)
PR = re.compile(r"\bpr\.\s*(?=year|month|quarter|department|dept|title)", re.IGNORECASE)
# "hired in 2015 G.C." (Ethiopia: the Gregorian calendar, the one the directory's dates are in).
GREGORIAN = re.compile(r"(?<=\d)\s+G\.\s?C\.?(?=\W|$)")
UPTO = re.compile(r"\bupto\b", re.IGNORECASE)
IN_MONTH = re.compile(
    r"\b(?:in|of|during|on)\s+(?:the\s+)?month\s+(?:of\s+)?"
    r"(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    re.IGNORECASE,
)
NTH_HALF = re.compile(r"\b(?:(1st)|2nd)\s+half\b", re.IGNORECASE)
THE_GROUP_LOT = re.compile(r"\b(the|that)\s+([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)\s+lot\b")
# "the people we employed in 2023", "the last person we employed": whom we hired (said of one
# time, never "were employed in 2019", which may ask who was on the staff then).
WE_EMPLOYED = re.compile(r"\b(we|i|they|you)\s+(?:have\s+)?employed\b", re.IGNORECASE)
# Dictation's homophones next to the words they stand for: "in the passed two years", "worked
# hear the longest", "compared two Engineering".
HOMOPHONES = (
    (
        re.compile(r"\b(the|these)\s+passed\s+(?=\w+\s+(?:years?|months?|weeks?|days?)\b)", re.I),
        r"\1 past ",
    ),
    (re.compile(r"\b(worked|working|been|work|works)\s+hear\b", re.I), r"\1 here"),
    (re.compile(r"\b(compared|relative)\s+two\b(?!\s+(?:years?|months?)\b)", re.I), r"\1 to"),
    (re.compile(r"\bfour\s+(?=each|every)\b", re.I), "for "),  # dictated "four each department"
)
# "the least frequently held title", "the most frequent first name": the most or least common.
FREQUENTLY = re.compile(
    r"\b(most|least)\s+frequent(?:ly)?(?:\s+(?:held|used|occurring|found|seen))?\b", re.I
)
# "the average length of service, expressed in years": in years.
EXPRESSED_IN = re.compile(r"\b(?:expressed|given|stated|measured)\s+in\s+(?=years|months)", re.I)
# "list department names", "the names of the departments": the departments, not their people.
GROUP_NAMES = re.compile(r"\b(department|dept|title|job\s+title)(s?)\s+name(s?)\b", re.IGNORECASE)
NAMES_OF_GROUPS = re.compile(
    r"\bthe\s+names\s+of\s+(?:all\s+)?(?:the\s+)?(departments|depts|titles|job\s+titles)\b", re.I
)
WHICH_SERVICE = re.compile(r"\b(which|what)\s+service\b(?!\s+(?:years?|anniversar|length))", re.I)
# Chinese: "list out" (list), "please help check X's email", "help me count": the request.
LIST_OUT = re.compile(r"\blist\s+out\b", re.IGNORECASE)
HELP_TO = re.compile(
    r"\bhelp\s+(?:me\s+)?(?:to\s+)?(?:check\s+(?!whether|if)|(?=(?:count|list|find|get|show)\b))",
    re.IGNORECASE,
)


# Indian English: "Kindly share department wise headcount": "share" as a request, first (after
# any courtesy), when no "of" ("share of interns": a percentage) or "the same" follows.
SHARE_AS_A_REQUEST = re.compile(
    r"^(\W*(?:(?:please|pls|kindly|can\s+you|could\s+you|would\s+you|do\s+the\s+needful"
    r"|and)\s+)*)share\s+(?!(?:of|the\s+same|same|in|a|an|with)\b|%)",
    re.IGNORECASE,
)

# ... or later, after a comma or a courtesy: "last 10 joinees, kindly share names and DOJ" (it
# was read as people sharing a name).
SHARE_ASKED_LATER = re.compile(
    r"((?:[,;:]|\b(?:kindly|please|pls|plz|pl))\s*)share\s+(?!(?:of|the\s+same|same|in|a|an"
    r"|with)\b|%)",
    re.IGNORECASE,
)

# Chinese and Indian English ask last: "total headcount of Engineering is how many?", "average
# working years in Accounting is how much?". A measure said first is what is asked.
ASKED_LAST = re.compile(
    r"^(?P<asked>.*\b(?:headcount|total|number|count|average|avg|percentage|share|tenure)\b.*?)"
    r"\s+(?:is|are)\s+how\s+(?:much|many)(?P<end>\s*[?.!]*\s*)$",
    re.IGNORECASE,
)


def _most_or_fewest(match: re.Match[str]) -> str:
    return "the most" if match.group(1).lower() == "more" else "the fewest"


_GROUPS = r"departments?|depts?|titles?|years?|months?|teams?|domains?"
# "which department's the smallest": "'s" is "is" before an end said of the groups.
IS_SAID_AS_S = re.compile(
    rf"\b({_GROUPS}|ones?)'s\s+(?=the\s+"
    r"(?:smallest|biggest|largest|most|least|fewest|newest|oldest|earliest|latest|highest"
    r"|lowest|busiest|quietest)\b)",
    re.IGNORECASE,
)
# "which department's got the most people": has.
HAS_SAID_AS_S = re.compile(rf"\b({_GROUPS})'s\s+got\b", re.IGNORECASE)

# "how many hires in2019": a preposition typed onto its year; "top3": a number onto its word.
JOINED_TO_A_YEAR = re.compile(
    r"\b(in|since|before|after|from|until|till|of|during)((?:19|20)\d\d)\b"
    r"|\b(top|bottom|first|last|newest|latest|oldest|earliest)(\d{1,2})\b",
    re.IGNORECASE,
)
# "10yr+ tenure": 10+ years.
YEARS_AND_MORE = re.compile(r"\b(\d{1,2})\s*(yrs?|years?)\s*\+", re.IGNORECASE)


# In this order, before the other phrasings.
def _a_street_address(match: re.Match[str]) -> str:
    said = (match.group(1) or "").lower()
    emailed = said.endswith("mail") or said in PROVIDERS or "." in said or "@" in said
    if emailed or said in ("the", "their", "his", "her", "an", "a"):
        return match.group(0)
    return f"{match.group(1) or ''} the {match.group(2)} ".lstrip()


def _first_or_second_half(match: re.Match[str]) -> str:
    return "first half" if match.group(1) else "second half"


LITERAL_PHRASINGS: tuple[Rewrite, ...] = (
    (SINCE_ONWARDS, r"\1"),
    (BETWEEN_WITH_A_TILDE, r"\1 and "),
    (JOINED_TO_A_YEAR, lambda m: f"{m[1] or m[3]} {m[2] or m[4]}"),
    (YEARS_AND_MORE, r"\1+ \2"),
    (IS_SAID_AS_S, r"\1 is "),
    (HAS_SAID_AS_S, r"\1 has"),
    (SORTED_AFTER, r"\1 by"),
    (THE_PERSONAL, r"\1 staff"),
    (MAJOR_NUMBER, "the most"),
    (MOST_ANTIQUE, "the longest-serving"),
    (N_MORE_ANTIQUE, r"\1 longest-serving \2"),
    (CONTRACTED, r"\1 hired"),
    (OR_LONGER, r"\1 or more"),
    (NEW_ONES_GOT, "people did we hire"),
    (ADDRESS_AT, r"a \1 address"),
    (STARTS_BY, r"\1 with"),
    (WITH_HIS, "with their "),
    (ENTERED_TO, r"\1 "),
    (CONTRATATION, lambda found: "hires" if found.group(0).lower().endswith("s") else "hire"),
    (HAVE_HIS, r"\1 their "),
    (ENTERPRISE, r"\1 company"),
    (PER_SERVICE, _per_department),
    (BY_ORDER_OF, "by "),
    (IS_IT, r"\1is "),
    (TIME_OF_HOUSE, _tenure_or_the_longest),
    (MORE_ANTIQUE, "longest-serving"),
    (AVERAGE_OF_TENURE, "average "),
    (LONGEST_ON_AVERAGE, lambda found: f"the {found.group(1) or found.group(2)} average tenure"),
    (ENGAGED, _hired_if_engaged),
    (SERVICE_OF_SOMEONE, r"\1 department"),
    (SINCE_HOW_LONG_IS, "how long"),
    (ANCIENNETE, "seniority"),
    (YEARS_OF_COMPANY, r"\1 of service"),
    (SEMESTER, "half"),
    (EXISTS_SOME, r"\1is there any"),
    (VERSUS_AS_X, r"\1 vs "),
    (DATE_D_EMBAUCHE, "hire date"),
    (PART_OF_THE_TOTAL, "the share of"),
    (THE_MORE_OF, _most_or_fewest),
    (FREQUENTLY, r"\1 common"),
    (LIST_DOWN, "list"),
    (INCLUSIVE_OF, "including"),
    (SHOW_THEIR, "with their "),
    (ADDRESS_OF, _a_street_address),
    (DI, "the"),
    (COUNT_HOW_MANY, ""),
    (HOW_MANY_EMPLOYED, "how many employees are"),
    (PR, "per "),
    (GREGORIAN, ""),
    (UPTO, "up to"),
    (IN_MONTH, "in "),
    (NTH_HALF, _first_or_second_half),
    (THE_GROUP_LOT, r"\1 \2 people"),
    (WE_EMPLOYED, r"\1 hired"),
    *HOMOPHONES,
    (TOP_OF_AN_ORDER, r"\1 "),
    (EXPRESSED_IN, "in "),
    (GROUP_NAMES, r"\1\2\3"),
    (NAMES_OF_GROUPS, r"the \1"),
    (WHICH_SERVICE, r"\1 department"),
    (ASKED_LAST, r"what is \g<asked>\g<end>"),
    (LIST_OUT, "list"),
    (HELP_TO, ""),
    (SHARE_AS_A_REQUEST, r"\1give "),
    (SHARE_ASKED_LATER, r"\1give "),
    (SINCE_UNTIL, r"from \1 to "),
    (WORKING_AS, _working_as),
    (COLUMN_FROM, r"\1 of "),
    (BEGINNING_WITH, "since "),
    (LONGEST_ANYONE, r"the \1 tenure"),
    (MORE_TENURE, _longer_tenure),
    (LONGEST_WITH_US, _longest_here),
    (SAME_LIKE, r"\1 as"),
    (SINCE_WHICH_DATE, "since when"),
    (EACH_ONE, r"\1"),
    (SHARE_IN_PERCENT, r"\1"),
    (OR_WHAT_ELSE, ""),
    (LONGEST_IN_THE_COMPANY, r"\1 here \2"),
    (IN_THE_COMPANY_LONGEST, r"\1 here "),
    (LONGEST_IN_A_GROUP, r"\1 \2 here \3 "),
    *HOW_MUCH_FOR_HOW_MANY,
    (MOST_LONG, "longest"),
)


def values_unquoted(question: str) -> str:
    """'anyone with the title "Junior Executive"': quotes around a department or title (a value
    the directory holds, not text to match) say nothing."""
    return _quoted_value().sub(r"\1", question)


@cache
def _quoted_value() -> re.Pattern[str]:
    columns = describe_directory("sqlite").columns
    values = sorted({value for column in columns for value in column.allowed_values}, key=len)
    said = "|".join(map(re.escape, reversed(values)))
    return re.compile(rf"[\"\u201c\u201d']\s*({said})\s*[\"\u201c\u201d']", re.IGNORECASE)
