"""Wordings of people writing English as a second language, each with one meaning: Portuguese's
"quantity of" and "relation of" ("the quantity of collaborators", "the relation of all
collaborators of HR": the number, the list), "in relation to the total" (out of all), "in the
year of 2019"; French "compagnie", "courriel"; Chinese word order ("each department how many
Manager", "average tenure of employee is how many year?"); a column restated in brackets ("per
cargo (title)"). Each was met at first sight (README, stops 44-45). Applied by `spoken.as_written`,
through `phrasings.PHRASINGS`, after the literal and everyday phrasings; anything else is left
to the grammar."""

import re

from gptbridge.engines.offline.formal_phrasings import Rewrite
from gptbridge.engines.offline.words import TENS

# French words in English: "in the compagnie", "the courriel of ...".
COMPAGNIE = re.compile(r"\bcompagnie\b", re.IGNORECASE)
COURRIEL = re.compile(r"\bcourriels?\b", re.IGNORECASE)
# "the total quantity of employees": the number of them.
QUANTITY_OF = re.compile(r"\b(?:the\s+)?(?:total\s+)?quantity\s+of\b", re.IGNORECASE)
# "which sector has the smaller quantity?": the fewest people (the biggest: the most).
_FEWER = r"smaller|smallest|lowest|lesser|least|minor"
_MORE = r"bigger|biggest|larger|largest|greater|greatest|higher|highest|major"
SMALLER_QUANTITY = re.compile(rf"\b(?:the\s+)?(?:{_FEWER})\s+quantity\b", re.IGNORECASE)
BIGGER_QUANTITY = re.compile(rf"\b(?:the\s+)?(?:{_MORE})\s+quantity\b", re.IGNORECASE)
# "I need the relation of all collaborators of the HR sector": the list of them.
RELATION_OF = re.compile(r"\b(?:the\s+)?relation\s+of\b", re.IGNORECASE)
# "the percentage of interns in relation to the total of collaborators", "... over the total?":
# out of all employees.
TO_THE_TOTAL = re.compile(
    r"\b(?:in\s+relation\s+to|relative\s+to|(?:with\s+)?respect\s+to|over)\s+the\s+total"
    r"(?:\s+(?:of\s+)?(?:the\s+)?(?:employees|staff|people|personnel|collaborators|workers))?"
    r"(?=\W*$)",
    re.IGNORECASE,
)
# "share of headcount in Accounting vs total, as a percent": out of all employees. Without a
# share asked ("Marketing vs the whole company") it is left to the grammar, and refused.
VS_THE_TOTAL = re.compile(
    r"\s+(?:vs\.?|versus|against|compared\s+(?:to|with))\s+(?:the\s+)?(?:total|whole)"
    r"(?:\s+(?:headcount|company|staff|workforce))?(?=,?\s*as\s+an?\s|\W*$)",
    re.IGNORECASE,
)
SHARE_ASKED = re.compile(r"\b(?:share|percent|percentage|proportion|fraction)\b|%", re.I)
IN_RELATION_TO_THE_TOTAL_OF = re.compile(
    r"\bin\s+relation\s+to\s+the\s+total\s+of\s+(?:the\s+)?(?:employees|staff|people|personnel"
    r"|collaborators|workers)\b",
    re.IGNORECASE,
)
# "admitted in the year of 2019": in 2019.
THE_YEAR_OF = re.compile(r"\bthe\s+year\s+of\s+(?=(?:19|20)\d\d\b)", re.IGNORECASE)
# "per cargo (title)", "more than 10 years of house (tenure)": the column said again.
_RESTATED = r"tenure|seniority|title|job\s+title|department|dept|e-?mail|hire\s+date|start\s+date"
COLUMN_IN_BRACKETS = re.compile(rf"\s*\(\s*(?:{_RESTATED})\s*\)", re.IGNORECASE)
# "how many managers we have in total, considering all sectors": across all of them.
CONSIDERING_ALL = re.compile(
    r"\s*,?\s+considering\s+all\s+(?:the\s+)?(?:sectors|departments|depts|areas|titles)\b", re.I
)
# "Please help count each department how many Manager": how many Managers per department.
EACH_GROUP_HOW_MANY = re.compile(
    r"^\W*(?:please\s+)?(?:help\s+(?:me\s+)?(?:to\s+)?)?(?:count\s+)?(?:each|every)\s+"
    r"(department|dept|title|year|month)\s+(?:have\s+|has\s+)?how\s+many\s+(?P<counted>[\w\s-]*?)"
    r"\s*(?=[?.!]*\s*$)",
    re.IGNORECASE,
)
# "Average tenure of employee is how many year?": the average tenure, in years.
IS_HOW_MANY_YEARS = re.compile(
    r"\s+(?:is|are)\s+how\s+many\s+(?:years?|yrs?)(?=\s*[?.!]*\s*$)", re.IGNORECASE
)
# "how many years since Lorenza Ortiz was hired": how long since (the days, years and months).
HOW_MANY_YEARS_SINCE = re.compile(
    r"\bhow\s+many\s+(?:years|yrs)\s+(?:since|ago)\b(?=.*\b(?:was|were)\s+(?:hired|employed))", re.I
)
# "Is there employee call Loyal Moen?": called.
CALL_SOMEONE = re.compile(
    r"\b((?:employee|employees|anyone|someone|somebody|people|person)\s+)call\s+(?=[A-Z])"
)
# "yahoo share pct": its share, in percent.
SHARE_PCT = re.compile(r"\bshare\s+(?:pct|percent|%)|\b(?:pct|percent|%)\s+share\b", re.I)
# "Engineering vs Sales - which one's bigger and by how much?": the comparison says by how much.
AND_BY_HOW_MUCH = re.compile(
    r"(\b(?:vs\.?|versus|or)\b.*?)\s*,?\s+and\s+(?:by\s+how\s+(?:many|much)|how\s+much(?:\s+is\s+the"
    r"|\s+of\s+a)?\s+difference|what(?:'s|\s+is)\s+the\s+difference"
    r"|(?:state|give|show|tell\s+me)\s+the\s+difference)(?=\s*[?.!]*\s*$)",
    re.I,
)
# Korean "직급 종류" (title kinds), "what types of titles": the titles themselves.
KINDS_OF = re.compile(
    r"\b(?:kinds|types|sorts|varieties)\s+of\s+(?=(?:titles?|departments?|depts?|roles?|positions?)\b)"
    r"|\b(title|department|dept|role|position)s?\s+(?:kinds|types|sorts|varieties)\b",
    re.IGNORECASE,
)

# Spanish "el más antiguo / el más nuevo": "the more old employee (the first hired)", "the more
# new one": the longest-serving, the newest (an age is never asked so).
THE_MORE_OLD = re.compile(r"\bthe\s+more\s+old\b", re.IGNORECASE)
THE_MORE_NEW = re.compile(r"\bthe\s+more\s+new\b", re.IGNORECASE)
# "who is most old employee (by hire date)", "the most oldest": the oldest, which an age or a
# hire date may say
MOST_OLD = re.compile(r"\b(?:the\s+)?most\s+old(?:est)?\b", re.IGNORECASE)
# "what is seniority average of all employee" (Spanish "antigüedad promedio"): the average
AVERAGE_SAID_AFTER = re.compile(r"\b(tenure|seniority)\s+(?:average|avg|mean)\b", re.IGNORECASE)
# "employees that have more of 10 years in company" (Spanish "más de"): more than
MORE_OF_A_NUMBER = re.compile(r"\b(more|less|fewer)\s+of\s+(?=\d)", re.IGNORECASE)
# "Who is the first entered personnel to the company?" (Turkish "şirkete giren ilk personel"):
# the first hired
ENTERED_PERSON_TO_THE_COMPANY = re.compile(
    r"\b(entered|joined|hired)\s+((?:personnel|employees?|persons?|people|staff|workers?))"
    r"\s+(?:to|in|into)\s+(?:the\s+)?company\b",
    re.IGNORECASE,
)
# "how many employees with the name Savanna?": named Savanna.
WITH_THE_NAME = re.compile(r"\bwith\s+the\s+name\s+(?=[A-Z])")
# "Which year had the most new hirings?": hires (a hiring is one).
NEW_HIRINGS = re.compile(r"\bnew\s+(?:hirings|employments|recruitments)\b", re.IGNORECASE)
# "When did X start with the company?": at it.
START_WITH_THE_COMPANY = re.compile(
    r"\b(start|started|begin|began)\s+with\s+(?=(?:the\s+)?(?:company|firm|us)\b)", re.I
)

# Nigerian English "resume" (start work): "when did X resume", "the first staff to resume"; never
# a CV ("X's resume"), which the directory does not hold.
RESUME_WORK = re.compile(
    r"\b((?:did|do|does|to|will)\s+(?:(?-i:[A-Z])[\w'-]*\s+){0,3})resume\b", re.IGNORECASE
)
# "the 3 departments with more workers" (Spanish "con más"): with the most.
N_WITH_MORE = re.compile(
    r"\b((?:top\s+)?\d+\s+[\w-]+\s+with\s+)(?:more|most)\b(?!\s+than\b)", re.IGNORECASE
)

# "the 10 persons assumed more recently", "the more recent incorporated": the most recent.
MORE_RECENT = re.compile(
    r"\b((?:the|\d+)(?:\s+[\w-]+){0,2}\s+)more\s+(recent(?:ly)?)\b(?!\s+than\b)", re.I
)

# "assumed in the decade 2010-2019": the years said.
DECADE_OF_YEARS = re.compile(
    r"\bthe\s+decade\s+(?:of\s+|from\s+)?(?=(?:19|20)\d\d\s*(?:-|\u2013|to|through)\s*\d)", re.I
)

# "compare number staffs of Sales and Marketing": the number of them.
NUMBER_WITHOUT_OF = re.compile(
    r"\bnumber\s+(?=(?:staffs?|employees?|people|persons?|workers?)\b)", re.IGNORECASE
)
# "how many year Madie Ledner work for company": years.
HOW_MANY_YEAR = re.compile(r"\bhow\s+many\s+year\b", re.IGNORECASE)
# "first name starting on letter K": with it.
STARTING_ON = re.compile(
    r"\b(start(?:s|ing)?|begin(?:s|ning)?)\s+on\s+(?=(?:the\s+)?letter\b)", re.IGNORECASE
)

# "how many staff did we employ in 2020": hire ("employ" alone is a filler: "the firm employs").
DID_WE_EMPLOY = re.compile(r"\b(did|do|does|will)\s+(we|you|they|i)\s+employ\b", re.IGNORECASE)
# "how many people were hired in quarter 1 of 2019": q1.
QUARTER_NUMBERED = re.compile(r"\bquarter\s+([1-4])\b(?:\s+of\s+(?=(?:year\s+)?\d{4}))?", re.I)
# Malaysian "which dept one ah", "how many got yahoo email one": "one" said last is emphasis;
# never a number's last word ("in march twenty twenty one", "two thousand and one").
_NUMBER_BEFORE = "".join(rf"(?<!\b{word})" for word in (*TENS, "hundred", "thousand", "and", "oh"))
ONE_SAID_LAST = re.compile(
    r"(?<!\bthe)(?<!\btop)(?<!\bjust)(?<!\bonly)(?<!\bany)(?<!\bno)(?<!\bthan)(?<!\bwhich)"
    rf"(?<!\beach)(?<!\bevery)(?<!\bthat)(?<!\bthis)(?<!\d){_NUMBER_BEFORE}\s+one"
    r"(?=(?:\s+(?:ah|lah|leh|lor))?\s*[?.!]*\s*$)",
    re.IGNORECASE,
)

# "top 5 workers with longest seniority", "the longest working time", "the biggest stazh"
# (Russian): the longest tenure.
LONGEST_SENIORITY = re.compile(
    r"\b(?:longest|greatest|biggest|highest)\s+(?:seniority|antiquity|anzianity|tenure|stazh|staj"
    r"|(?:work\s+|working\s+)?experience|working\s+time|employment(?:\s+time)?)\b",
    re.IGNORECASE,
)

# "Which employee has the shortest time with us?": the shortest tenure.
SHORTEST_TIME_WITH_US = re.compile(
    r"\bshortest\s+(?:time\s+(?:with\s+us|here|in\s+the\s+company)|employment(?:\s+time)?"
    r"|working\s+time|seniority)\b",
    re.IGNORECASE,
)
# Thai "average work year of staff", "average year work in Accounting": years worked (tenure),
# never the average hire year.
AVERAGE_WORK_YEARS = re.compile(
    r"\baverage\s+(?:work(?:ing)?\s+years?|years?\s+(?:of\s+)?work(?:ed|ing)?)\b", re.IGNORECASE
)
# "top 10 staff work longest": the 10 longest-serving.
TOP_N_WORK_LONGEST = re.compile(
    r"\b(top\s+\d+)\s+([\w-]+)\s+(?:who\s+(?:have\s+)?)?(?:work(?:ed|s|ing)?|served)"
    r"(?:\s+here)?\s+(?:the\s+)?longest\b",
    re.IGNORECASE,
)
# "total staff how many", "interns in Sales how many?": the count asked last.
HOW_MANY_SAID_LAST = re.compile(
    r"^\W*(?P<asked>(?!(?:how|which|what|who|whom|when|where|is|are|do|does|did|list|show|give"
    r"|tell)\b)[a-z][^?,]*?)(?<!\band)(?<!\bor)\s+(?:is\s+|are\s+)?how\s+many(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# "for each department, when was the first person hired": the first hire date of each.
EACH_GROUPS_FIRST_WHEN = re.compile(
    r"^\W*(?:for|in)\s+(?:each|every)\s+(department|dept|title|year),?\s+when\s+(?:was|did)\s+"
    r"the\s+(first|last|earliest|latest)\s+(?:person|employee|one|hire)\s+"
    r"(?:hired|employed|join|joined|start|started)\b",
    re.IGNORECASE,
)

# Hinglish "Ari Brekke ka designation", "Darby Jast ka tenure": the person's (never Thai "ka", a
# courtesy said last: "how many staff in Sales ka").
HINDI_POSSESSIVE = re.compile(
    r"(?<=[a-z])\s+(?:ka|ki|ke)\s+(?=(?:designation|e-?mail|tenure|title|department|dept|doj"
    r"|joining|full|first\s+name|last\s+name|hire|start)\b)",
    re.IGNORECASE,
)

# Ukrainian "who came to work in 2018" (прийшов працювати): came, which is hired; never a day's
# attendance ("who came to work on Saturday", "came to work late").
CAME_TO_WORK = re.compile(
    r"\b(came|come|comes)\s+to\s+work(?!\s+(?:on|today|yesterday|late|early|this|at|by|in\s+the"
    r"\s+(?:morning|afternoon|evening)))\b",
    re.IGNORECASE,
)


# "how many have the last name Weimann, and who they are?": asked as "and who are they".
WHO_THEY_ARE = re.compile(r",?\s+and\s+who\s+(they|he|she)\s+(are|is)(?=\W*$)", re.IGNORECASE)
# "the current calendar year", "per calendar month": the year, the month.
CALENDAR = re.compile(r"\bcalendar\s+(?=(?:year|month|quarter|week)s?\b(?!\s+\d))", re.IGNORECASE)
# "how many of the team have a gmail address": how many people, not how many teams.
OF_THE_TEAM = re.compile(
    r"\bhow\s+many\s+of\s+(?:the|our|this)\s+(?:team|department|dept|group|org|company)\b(?![-'\w])",
    re.IGNORECASE,
)
# "the 3rd quarter of any year", "in the fourth quarter": that quarter of every year (said of a
# year, "the third quarter of 2019", it is read by the grammar).
ORDINAL_QUARTER = re.compile(
    r"\b(?:the\s+)?(1st|2nd|3rd|4th|third|fourth)\s+quarter\b"
    r"(?!\s+(?:of\s+)?(?:\d|the\b|this\b|last\b|next\b|each\b|every\b|previous\b))",
    re.IGNORECASE,
)
QUARTER_NUMBERS = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "third": 3, "fourth": 4}
# "best yr for hiring", "the worst month for hires": the most, the fewest hires ("the best
# employee" is still a rating, which the directory does not record).
BEST_FOR_HIRING = re.compile(
    r"\b(best|worst)\s+(yr|year|month|quarter|day|weekday|season)\s+(?:for|of|in)\s+"
    r"(?:hiring|hires|recruiting|recruitment|joiners)\b",
    re.IGNORECASE,
)
# "when did X join up?": join, said last ("joined up to 2015" is up to 2015).
JOIN_UP = re.compile(r"\b(join|joined)\s+up(?=\W*$)", re.IGNORECASE)
# "the difference in headcount between the biggest and smallest dept", "gap between largest and
# smallest department": both ends, which the answer gives with the difference between them.
ENDS_DIFFERENCE = re.compile(
    r"\b(?:the\s+)?(?:dif+e?rence|diff|gap)\s+(?:in\s+(?:headcount|size)\s+)?between\s+(?:the\s+)?"
    r"(biggest|largest|smallest)\s+and\s+(?:the\s+)?(smallest|biggest|largest)\b",
    re.IGNORECASE,
)
# "the distinct job titles used in Accounting": the titles there.
VALUES_USED = re.compile(r"\b(titles|departments|domains|providers)\s+used\b", re.IGNORECASE)


def _best_for_hiring(match: re.Match[str]) -> str:
    most = "most" if match[1].lower() == "best" else "fewest"
    return f"{match[2]} with the {most} hires"


def _quarter_named(match: re.Match[str]) -> str:
    return f"q{QUARTER_NUMBERS[match[1].lower()]}"


def _out_of_all_when_a_share(match: re.Match[str]) -> str:
    return " out of all employees" if SHARE_ASKED.search(match.string) else match[0]


def _kinds_of(match: re.Match[str]) -> str:
    return f"{match[1]}s" if match[1] else ""


# "How many interns are there in Sales, is it?" (South African), "..., right?", "..., innit?": a
# tag after a question that asks it again, dropped.
TAG_AFTER_A_QUESTION = re.compile(
    r"^(\W*(?:how|what|which|who|whom|whose|when)\b.*?),\s*(?:is\s+it|isn'?t\s+it|right|innit"
    r"|not\s+so|eh)\s*\?*\s*$",
    re.IGNORECASE,
)
# "How many are in Sales, then?", "How many joined in 2022 then?": "then" last in a question, said
# of the talk, not of a time: set off, or after a date ("who was hired then?" asks of a time).
THEN_LAST = re.compile(
    r"^(\W*(?:how|what|which|who|whom|whose|when|faint)\b(?:(?!\bthen\b).)*?"
    r"(?:\s*,|\d\s+))\s*then\s*(\?+)\s*$",
    re.IGNORECASE,
)


# "Which title is most few person?", "which department is most small", "who is hired most
# first": the superlative ("most old" stays an age, "most recent" is English, and "most first"
# alone orders a list: most first); "how many heads in Engineering": people (a head of a team is
# a reporting line).
MOST_SAID_OF_A_SHORT_WORD = re.compile(
    r"\bmost\s+(small|long|short|large|few(?:est)?)\b|(?<=\bhired\s)most\s+(first|last)\b", re.I
)
SUPERLATIVES = {"small": "smallest", "long": "longest", "short": "shortest", "large": "largest"}
SUPERLATIVES |= {"few": "fewest", "fewest": "fewest"}
HOW_MANY_HEADS = re.compile(r"\b(how\s+many|number\s+of|count\s+of)\s+heads\b", re.IGNORECASE)
# "count the number of interns": count them.
COUNT_THE_NUMBER = re.compile(r"\bcount\s+(?:up\s+)?(?:the\s+)?(?:total\s+)?number\s+of\b", re.I)
# "Who is most new employee in company?": the newest ("which department has the most new hires"
# counts them).
WHO_IS_MOST_NEW = re.compile(r"^(\W*who(?:'s|\s+is|\s+was)\s+(?:the\s+)?)most\s+new\b", re.I)


# "How many people are in my department, Engineering?": the department named after it.
MY_GROUP_NAMED = re.compile(
    r"\b(?i:(?:my|our)\s+(?:own\s+)?(?:department|dept|team))\s*(?:,|\(|:|-)\s*(?=[A-Z])"
)


# Scots words clipped with an apostrophe, in lower case ("starting wi' A", "a list o' the folk"):
# the words. A name goes on after its apostrophe ("O'Hara"), and a letter is typed as written
# ("starting with O' (like O'Hara)").
CLIPPED = re.compile(r"(?<!\bwith\s)\b(wi|o|an)'(?=\s)")
UNCLIPPED = {"wi": "with", "o": "of", "an": "and"}


def unclipped(match: re.Match[str]) -> str:
    return UNCLIPPED[match.group(1).lower()]


# "How many folks we got workin' in Sales?", "startin' with Z", "how many of 'em": clipped.
DROPPED_G = re.compile(r"\b([A-Za-z][a-z]+in)'(?=[\s?.!,;:]|$)")
THEM_CLIPPED = re.compile(r"(?<![\w'])'em\b", re.IGNORECASE)


# "people in Customer Service and with the title President", "who is an Associate and works in
# Marketing": the second condition said with its own relation is on the same people (both).
AND_WITH_THE_TITLE = re.compile(
    r"\s+and\s+(?=(?:with|having|holding)\s+(?:the\s+)?(?:job\s+)?title\b)", re.IGNORECASE
)
AND_WORKS_IN = re.compile(
    r"\s+and\s+(?:also\s+)?(?:works?|working|sits?)\s+in\s+(?=(?:the\s+)?[A-Z])", re.IGNORECASE
)


def _each_group_counted(match: re.Match[str]) -> str:
    counted = match.group("counted") or "employees"
    return f"how many {counted} per {match.group(1)}"


# "average tenure in Sales as of today? (from hire date)", "tenure from their hire date to today":
# what tenure is counted from and to, said.
TENURE_FROM_THE_HIRE_DATE = re.compile(
    r"(\btenure\b.*?)\s*\(?\s*(?:counted\s+|measured\s+)?(?:from|since)\s+(?:the\s+|their\s+)?"
    r"(?:hire\s+date|date\s+of\s+hire|start\s+date|joining\s+date)"
    r"(?:\s+(?:to|until|till)\s+(?:today|now|date))?(?:\s*\))?",
    re.IGNORECASE,
)

# "in the calendar years 2020, 2021 and 2022", "the full years 2010 through 2022", "during calendar
# 2027": those years
# ("calendar year 2019" is read in `spoken`).
CALENDAR_YEARS = re.compile(
    r"\b(?:calendar|full|whole|complete)\s+(?=(?:years\s+(?:of\s+)?)?\d{4}\b)", re.IGNORECASE
)

# "how many have an apostrophe in their last name, like O'Connell?": an example of what a
# condition on the letters of a name or e-mail asks for, said last (as "(like O'Connell)" is).
EXAMPLE_SAID_LAST = re.compile(
    r"^(?=.*\b(?:apostrophes?|hyphens?|hyphenated|dash(?:es)?|letters?|characters?|starts?"
    r"|starting|begins?|beginning|ends?|ending|contains?|containing|spaces?|dots?|underscores?"
    r"|digits?|initials?)\b)(.*?)\s*[,;:\u2013\u2014-]\s*(?:like|e\.?\s?g\.?|for\s+(?:example"
    r"|instance)|such\s+as)[\s,:]+[\w'.@-]+(?:\s+[\w'.@-]+)?\s*([?.!]*)\s*$",
    re.IGNORECASE,
)

# "the cumulative number of employees hired by the end of 2016": all of them hired by then, one
# number ("the cumulative number of hires per year" is a running total, read in the grammar).
CUMULATIVE_BY_A_YEAR = re.compile(
    r"\bcumulative\s+(?:number|count|total|headcount)(?:\s+of)?\s+(?=(?:(?!\bper\b|\beach\b)[^?])*?"
    r"\b(?:by|up\s+to|through|until|till|as\s+of|as\s+at)\s+(?:the\s+end\s+of\s+)?\d{4}\b)",
    re.IGNORECASE,
)

# "how many were hired in 2019, list only the count", "How many people total were hired ...":
# the count asked again, or said to be the total.
ONLY_THE_COUNT = re.compile(
    r"^(\W*how\s+many\b.*?)\s*,\s*(?:(?:please\s+)?(?:list|give|show|return|tell\s+me)\s+)?"
    r"(?:only|just)\s+the\s+(?:count|number|total)\W*$",
    re.IGNORECASE,
)
TOTAL_AFTER_HOW_MANY = re.compile(
    r"^(\W*how\s+many\s+[\w-]+)\s+(?:total|in\s+total|overall|altogether)\s+(?=\w)", re.I
)
# "what title is held by Gerry Boehm": his title.
HELD_BY = re.compile(
    r"\b(?:what|which)\s+(title|position|role|job\s+title|job)\s+is\s+held\s+by\s+", re.I
)

# "How many (of them) have a first name starting with J?": people, who have it ("how many first
# names start with J" may count the names too).
HOW_MANY_HAVE_A_NAME = re.compile(
    r"^(\W*how\s+many)\s+(?:of\s+(?:them|us)\s+)?(?=(?:have|has|got)\s+(?:a|the)\s+"
    r"(?:first|last|given|family|sur)\s*name)",
    re.IGNORECASE,
)

# "whose surname is King (surname, not first name)": the name column said already, said again.
_LAST = r"(?:surname|last\s+name|family\s+name)"
_FIRST = r"(?:first\s+name|given\s+name|forename)"
NAME_COLUMN_SAID_AGAIN = re.compile(
    rf"(\b(?:{_LAST}\b[^()]*?\s*\(\s*(?:the\s+)?{_LAST}\s*,?\s*not\s+(?:the\s+)?{_FIRST}"
    rf"|{_FIRST}\b[^()]*?\s*\(\s*(?:the\s+)?{_FIRST}\s*,?\s*not\s+(?:the\s+)?{_LAST})\s*\))",
    re.IGNORECASE,
)


def _without_the_brackets(match: re.Match[str]) -> str:
    return match.group(1)[: match.group(1).rindex("(")].rstrip()


# "who is Keaton Thompson's title": what it is ("who is in X's department": people).
WHO_IS_A_COLUMN_OF = re.compile(
    r"^(\W*)who(?:'s|\s+is)\s+(?!(?:in|from|on|with|at|of|under|like)\b)"
    r"(?=[\w' -]{1,60}?'s?\s+(?:job\s+)?(?:title|department|dept|e-?mail"
    r"(?:\s+address)?|hire\s+date|start\s+date)\W*$)",
    re.IGNORECASE,
)


# In this order, after the other phrasings.
LEARNER_PHRASINGS: tuple[Rewrite, ...] = (
    (TENURE_FROM_THE_HIRE_DATE, r"\1"),
    (EXAMPLE_SAID_LAST, r"\1\2"),
    (CALENDAR_YEARS, ""),
    (CUMULATIVE_BY_A_YEAR, "total number of "),
    (ONLY_THE_COUNT, r"\1"),
    (TOTAL_AFTER_HOW_MANY, r"\1 "),
    (HELD_BY, r"what is the \1 of "),
    (HOW_MANY_HAVE_A_NAME, r"\1 people "),
    (NAME_COLUMN_SAID_AGAIN, _without_the_brackets),
    (WHO_IS_A_COLUMN_OF, r"\1what is "),
    (TAG_AFTER_A_QUESTION, r"\1?"),
    (THEN_LAST, r"\1\2"),
    (COUNT_THE_NUMBER, "count"),
    (MOST_SAID_OF_A_SHORT_WORD, lambda m: SUPERLATIVES[m[1].lower()] if m[1] else m[2]),
    (HOW_MANY_HEADS, r"\1 people"),
    (WHO_IS_MOST_NEW, r"\1newest"),
    (MY_GROUP_NAMED, ""),
    (AND_WITH_THE_TITLE, " "),
    (AND_WORKS_IN, " in "),
    (COMPAGNIE, "company"),
    (COURRIEL, "email"),
    (SMALLER_QUANTITY, "the fewest people"),
    (BIGGER_QUANTITY, "the most people"),
    (QUANTITY_OF, "the number of"),
    (RELATION_OF, "the list of"),
    (IN_RELATION_TO_THE_TOTAL_OF, "out of all employees"),
    (TO_THE_TOTAL, "out of all employees"),
    (VS_THE_TOTAL, _out_of_all_when_a_share),
    (WHO_THEY_ARE, r" and who \2 \1"),
    (VALUES_USED, r"\1"),
    (ENDS_DIFFERENCE, r"the \1 and \2"),
    (JOIN_UP, r"\1"),
    (CALENDAR, ""),
    (OF_THE_TEAM, "how many people"),
    (ORDINAL_QUARTER, _quarter_named),
    (BEST_FOR_HIRING, _best_for_hiring),
    (THE_YEAR_OF, ""),
    (COLUMN_IN_BRACKETS, ""),
    (CONSIDERING_ALL, ""),
    (EACH_GROUP_HOW_MANY, _each_group_counted),
    (IS_HOW_MANY_YEARS, " in years"),
    (HOW_MANY_YEARS_SINCE, "how long since"),
    (CALL_SOMEONE, r"\1called "),
    (SHARE_PCT, "share"),
    (AND_BY_HOW_MUCH, r"\1"),
    (KINDS_OF, _kinds_of),
    (THE_MORE_OLD, "the longest-serving"),
    (THE_MORE_NEW, "the newest"),
    (MOST_OLD, "the oldest"),
    (ENTERED_PERSON_TO_THE_COMPANY, r"\1 \2"),
    (AVERAGE_SAID_AFTER, r"average \1"),
    (MORE_OF_A_NUMBER, r"\1 than "),
    (WITH_THE_NAME, "named "),
    (START_WITH_THE_COMPANY, r"\1 at "),
    (NEW_HIRINGS, "hires"),
    (RESUME_WORK, r"\1start"),
    (N_WITH_MORE, r"\1the most"),
    (MORE_RECENT, r"\1most \2"),
    (DECADE_OF_YEARS, ""),
    (DID_WE_EMPLOY, r"\1 \2 hire"),
    (QUARTER_NUMBERED, r"q\1 "),
    (ONE_SAID_LAST, ""),
    (LONGEST_SENIORITY, "longest tenure"),
    (SHORTEST_TIME_WITH_US, "shortest tenure"),
    (AVERAGE_WORK_YEARS, "average tenure"),
    (TOP_N_WORK_LONGEST, r"the \1 longest-serving \2"),
    (HOW_MANY_SAID_LAST, r"how many \g<asked>"),
    (EACH_GROUPS_FIRST_WHEN, r"the \2 hire date for each \1"),
    (HINDI_POSSESSIVE, "'s "),
    (CAME_TO_WORK, r"\1"),
    (NUMBER_WITHOUT_OF, "number of "),
    (HOW_MANY_YEAR, "how many years"),
    (STARTING_ON, r"\1 with "),
)
