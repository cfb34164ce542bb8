"""Phrasings of lawyers, drafters and formal letter-writers met at first sight, each with one
meaning: a defined term in brackets ('the employee directory (the "Directory")'), "set forth",
"in the aggregate", "the period commencing ... and ending ...", "by what margin", "and if so, how
many", "the twelve-month period between ...", "measured from their hire date", courtesies ("if
you would be so kind", "I should be grateful to know") and why it is asked ("; I ask because
..."), and a number of years before a date said with "preceding" too ("the preceding five years
prior to 2023" is the five years before 2023, never the last five years as well). Applied after
`formal_phrasings` by `phrasings.PHRASINGS`; anything else is left for the grammar to understand
or refuse."""

import re

from gptbridge.engines.offline.formal_phrasings import Rewrite

# '(the "Directory")', '(the “Most Senior Employee”)': a name given to what was just said.
DEFINED_TERM = re.compile(
    r"\s*\(\s*(?:the|an?)\s+[\"'\u2018\u201c][A-Z][^\"\u2019\u201d()]*[\"'\u2019\u201d]\s*\)"
)
SET_FORTH = re.compile(r"\bset\s+(?:forth|out)\b", re.IGNORECASE)
IN_THE_AGGREGATE = re.compile(r",?\s*\bin\s+the\s+aggregate\b(?:\s*,)?", re.IGNORECASE)
PREVALENT = re.compile(r"\bprevalent\b", re.IGNORECASE)
# "the period commencing 1 January 2016 and ending 31 December 2017": between the two days.
COMMENCING_AND_ENDING = re.compile(
    r"\b(?:(?:in|during|within|over)\s+)?(?:the\s+(?:[\w-]+\s+)?)?period\s+(?:commencing|beginning"
    r"|starting)\s+(?:on\s+|with\s+)?(.+?)\s+and\s+(?:ending|concluding|terminating|expiring)"
    r"\s+(?:on\s+|with\s+)?",
    re.IGNORECASE,
)
# "in the twelve-month period between 1 July 2021 and 30 June 2022": between them (the length
# said is the one the two days give).
PERIOD_OF_A_LENGTH = re.compile(
    r"\b(?:(?:in|during|within|over)\s+)?the\s+(?:[\w-]+[\s-](?:month|year|day|week)s?"
    r"(?:[\s-]long)?\s+)?period\s+(?=between\b|from\b)",
    re.IGNORECASE,
)
BY_WHAT_MARGIN = re.compile(r"\bby\s+what\s+(?:margin|amount)\b", re.IGNORECASE)
# "Does any employee hold the title X in Product, and if so, how many?": the answer to "does
# any" names them and says how many, and so does one to "if there's more than one, list them".
AND_IF_SO = re.compile(
    r"[,.?;]?\s*(?:and\s*,?\s*)?if\s+(?:so|yes|there(?:'s|\s+is|\s+are)\s+(?:more\s+than\s+one"
    r"|several|multiple))\s*,?\s*(?:then\s+)?(?:how\s+many(?:\s+(?:are\s+there|of\s+them"
    r"|are\s+they))?|who(?:\s+(?:are\s+they|is\s+it))?|which\s+ones?|(?:please\s+)?(?:list|name"
    r"|show|give)\s+(?:me\s+)?(?:them|each|every\s+one)(?:\s+all)?|what\s+are\s+their\s+"
    r"(?:full\s+)?names(?:\s+and\s+departments)?)(?=\W*$)",
    re.IGNORECASE,
)
# "How many employees share the last name Smith, if any such persons exist?": a count of none
# is an answer too.
IF_ANY_AT_ALL = re.compile(
    r",?\s*\bif\s+(?:indeed\s+)?(?:there\s+(?:were|are|was|is)\s+any(?:\s+at\s+all)?|any\s+such"
    r"\s+(?:persons?|people|employees?)\s+exists?(?:\s+in\s+the\s+directory)?)(?=\W*$)",
    re.IGNORECASE,
)
# What a courteous writer says around the question ("(if you would be so kind)", "If it is not
# too much trouble, might you inform me as to ...", "I should be grateful to know ...").
COURTEOUS_ASIDE = re.compile(
    r"(?:^\W*|\s*[,(]\s*)(?:if\s+you\s+(?:would\s+be\s+so\s+kind|please)|if\s+(?:it\s+is|it's)"
    r"\s+not\s+too\s+much\s+(?:trouble|bother)|for\s+my\s+(?:own\s+)?records|for\s+(?:the\s+sake"
    r"\s+of\s+)?completeness)\s*(?:[,)]\s*|(?=[?.]?$))",
    re.IGNORECASE,
)
COURTEOUS_REQUEST = re.compile(
    r"\b(?:(?:would|could|will)\s+you\s+be\s+so\s+kind\s+as\s+to|i\s+wonder(?:\s+(?:whether|if)"
    r"\s+you\s+(?:might|could|would|can))?|i\s+(?:should|would)\s+be\s+(?:most\s+|very\s+)?grateful"
    r"\s+to\s+know|(?:might|could|would|will|can)\s+you\s+inform\s+(?:me|us)(?:\s+as\s+to"
    r"|\s+of)?)\s*,?\s*",
    re.IGNORECASE,
)
# "...; I ask because it seems an unusual name", "; I am told it is a popular provider", "Vince
# Toy, whom I believe to be in Engineering": why it is asked, or what the writer believes.
WHY_ASKED = re.compile(
    r"\s*(?:[;,(]\s*|\s(?=i\s+ask\b))(?:i\s+(?:ask|am\s+asking)(?:\s+this)?\s+(?:because|since|as)"
    r"|i\s+am\s+told)\b[^;()?]*\)?(?=\W*$)"
    r"|,\s*(?:whom|who)\s+i\s+(?:believe|think|understand|gather)\s+(?:to\s+be|is)\s+in\s+[^,;?]+",
    re.IGNORECASE,
)
AMONG_EVERYONE = re.compile(
    r",?\s*\bamong\s+(?:all\s+)?(?:the\s+)?(?:employees|staff|people|personnel)\s*,?", re.I
)
IN_ORDER_OF_HIRING = re.compile(
    r"\bin\s+(?:the\s+)?order\s+of\s+(?:their\s+)?(?:hiring|hire|joining)\b", re.IGNORECASE
)
DATE_ITSELF_EXCLUDED = re.compile(
    r"\s*\(\s*(?:the\s+(?:date|day)\s+itself\s+(?:being\s+)?(?:excluded|not\s+included))\s*\)", re.I
)
BOTH_TAKEN_TOGETHER = re.compile(
    r"\s*\(\s*(?:the\s+)?(?:two|both|2)\s+(?:departments|titles)\s+(?:taken\s+)?(?:together"
    r"|combined)\s*\)",
    re.IGNORECASE,
)
NAME_EACH_OF_THEM = re.compile(r"\bname\s+(?:each|all)\s+of\s+them\b", re.IGNORECASE)


def _in_a_single_figure(said: re.Match[str]) -> str:
    """ "tell me, in a single figure, how many ...": a count, which "how many" asks already."""
    return "" if re.search(r"\bhow\s+many\b", said.string, re.I) else said.group(0)


IN_A_SINGLE_FIGURE = re.compile(r",?\s*\bin\s+a\s+single\s+(?:figure|number)\b,?", re.I)
# "What year was the first Engineering staff hired?": when (the answer's date says the year).
YEAR_OF_THE_FIRST = re.compile(
    r"\b(?:in\s+)?(?:what|which)\s+year\s+(?=(?:was|were|did)\s+(?:the\s+)?(?:very\s+)?(?:first"
    r"|earliest|last|latest|newest|most\s+recent)\b)",
    re.IGNORECASE,
)
# "the preceding five years prior to 2023", "the last 3 years before 2020": the years before the
# date, said once ("last" is no second period, counted back from today).
LAST_YEARS_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:last|past|previous|preceding|prior)\s+((?:\d+|[a-z]+)\s+(?:full\s+)?"
    r"(?:calendar\s+)?(?:years?|months?|weeks?|days?))\s+(?=(?:before|prior\s+to|preceding)\s)",
    re.IGNORECASE,
)
AS_OF_THE_PRESENT = re.compile(
    r"\b(as\s+(?:of|at))\s+the\s+present(?:\s+(?:date|day|time))?\b", re.IGNORECASE
)
# "..., measured from their hire date", "reckoning from today's date": the engine's own measure
# of service, said.
MEASURED_FROM_HIRE = re.compile(
    r",?\s*\b(?:as\s+)?(?:measured|counted|calculated|computed|reckoning|reckoned)\s+from\s+"
    r"(?:(?:the\s+|their\s+|his\s+|her\s+|each\s+employee'?s\s+)?(?:hire|hiring|start)\s+dates?"
    r"|today(?:'s\s+date)?)\b",
    re.IGNORECASE,
)
# "headcount for each department, enumerated separately": each is given on its own.
ENUMERATED_SEPARATELY = re.compile(
    r",?\s*\b(?:enumerated|itemi[sz]ed|listed|stated|shown|set\s+out)\s+separately\b", re.I
)
EACH_DISTINCT = re.compile(r"\b(each|every|per)\s+(?:distinct|separate|individual)\s+", re.I)
# "Identify, by full name, each employee ...": named, as every list is.
BY_NAME_BETWEEN_COMMAS = re.compile(r"(?:^\W*|,\s*)by\s+(?:full\s+)?name\s*,", re.IGNORECASE)
# "whose hire date falls on or after 1 January 2020": is on or after it.
FALLS_ON_OR = re.compile(
    r"\b(?:falls?|fell|falling)\s+(?=(?:on|in|during)\s+or\s+(?:after|before)\b)", re.I
)
# "For each calendar year, the number of employees hired in that year": hired per year.
IN_THAT_YEAR = re.compile(
    r"(\b(?:each|every|per)\s+(?:calendar\s+)?year\b.*?)\s+(?:in|during)\s+(?:that|the\s+same"
    r"|such)\s+year\b",
    re.IGNORECASE,
)
REFLECTED_IN = re.compile(r"\b(?:reflected|represented)\s+in\b", re.IGNORECASE)

# "a headcount by department, and confirm the department counts sum to the overall total": each
# breakdown's answer says its total.
CONFIRM_THE_TOTAL = re.compile(
    r",?\s*(?:and\s+)?(?:please\s+)?(?:confirm|check|verify)\s+(?:that\s+)?(?:it|they|these|the\s+"
    r"[\w\s]+?)\s+(?:sums?|adds?\s+up|totals?)\s+(?:up\s+)?to\s+(?:the\s+)?[\w\s]*?(?:total|count)\b",
    re.IGNORECASE,
)
BOTH_ENDS = re.compile(r"\binclusive\s+(?:on|at|of)\s+both\s+(?:ends|sides|dates|bounds)\b", re.I)

DRAFTED_PHRASINGS: tuple[Rewrite, ...] = (
    (DEFINED_TERM, ""),
    (SET_FORTH, "give"),
    (IN_THE_AGGREGATE, " "),
    (PREVALENT, "common"),
    (COMMENCING_AND_ENDING, r"between \1 and "),
    (PERIOD_OF_A_LENGTH, ""),
    (BY_WHAT_MARGIN, "by how much"),
    (AND_IF_SO, ""),
    (LAST_YEARS_BEFORE, r"the \1 "),
    (AS_OF_THE_PRESENT, r"\1 today"),
    (MEASURED_FROM_HIRE, ""),
    (ENUMERATED_SEPARATELY, ""),
    (EACH_DISTINCT, r"\1 "),
    (BY_NAME_BETWEEN_COMMAS, " "),
    (FALLS_ON_OR, ""),
    (IN_THAT_YEAR, r"\1"),
    (REFLECTED_IN, "in"),
    (IF_ANY_AT_ALL, ""),
    (COURTEOUS_ASIDE, " "),
    (COURTEOUS_REQUEST, ""),
    (WHY_ASKED, ""),
    (AMONG_EVERYONE, " "),
    (IN_ORDER_OF_HIRING, "by hire date"),
    (DATE_ITSELF_EXCLUDED, ", exclusive"),
    (BOTH_TAKEN_TOGETHER, " together"),
    (NAME_EACH_OF_THEM, "name them"),
    (IN_A_SINGLE_FIGURE, _in_a_single_figure),
    (YEAR_OF_THE_FIRST, "when "),
    (CONFIRM_THE_TOTAL, ""),
    (BOTH_ENDS, "inclusive"),
)
