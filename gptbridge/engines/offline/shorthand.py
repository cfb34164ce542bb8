"""Shorthand and business phrasings met at first sight, each with one meaning: chat shorthand
("1st hire ever", "avg hires/yr", "ratio interns:mgrs", "interns per manager ratio", "yoy hiring
growth by year", "avg tenure of the team", "month by month", "has kling in it", "w/ counts"
after a ranking), a statistician's ("n", "desc order", "the mode of", "pooled"), a finance or
payroll clerk's ("hc at end of 2015" and "the headcount as at 31 December 2022": those hired by
then, as the directory keeps no leavers; "yoy growth in hires 2018 vs 2017 %"; a fiscal year
with its dates in brackets; "hits exactly 10 years of service"; "best hiring year"), and what
brackets add without changing the question (a whole week, year or set of quarters; an example,
"(like O'Connell)"), and values in brackets that say what the words before them mean
("managers or above (Manager, VP, President)").
Applied first by `spoken.as_written`, through `phrasings.PHRASINGS`."""

import itertools
import re

from gptbridge.engines.offline.formal_phrasings import Rewrite
from gptbridge.engines.offline.lexicon import lexicon

FIRST_AS_1ST = re.compile(
    r"\b1st\s+(?=(?:hire|hired|hires|employee|person|joiner|starter|one|ever)\b)", re.IGNORECASE
)
# "/" between what is counted and a unit or a key is "per" ("hires/yr"); between two keys
# ("department/title breakdown") or values ("HR/Sales") it stays "and" or "or", and "w/" is with.
_UNITS = r"yr|year|month|mo|qtr|quarter|dept|department|title|role|week|day"
PER_AS_A_SLASH = re.compile(rf"\b([a-z]+)\s*/\s*((?:{_UNITS})s?)\b", re.IGNORECASE)
NOT_COUNTED = re.compile(rf"(?:{_UNITS}|w|y|per|by|each)s?", re.IGNORECASE)


def _per_unit(match: re.Match[str]) -> str:
    counted, unit = match.groups()
    return match.group(0) if NOT_COUNTED.fullmatch(counted) else f"{counted} per {unit}"


RATIO_WITH_A_COLON = re.compile(
    r"\b(ratio(?:\s+of)?)\s+([a-z][a-z .'-]*?)\s*:\s*(?=[a-z])", re.IGNORECASE
)
# "interns per manager ratio": the ratio of one to the other.
RATIO_PER = re.compile(r"\b([a-z][a-z-]*)\s+per\s+([a-z][a-z-]*)\s+ratio\b", re.IGNORECASE)
# "yoy growth in hires 2018 vs 2017 %": the change from the earlier year to the later one.
GROWTH_BETWEEN_YEARS = re.compile(
    r"\b(?:(?:yoy|y/y|year[-\s]over[-\s]year)\s+)?(?:%\s*|percent(?:age)?\s+)?"
    r"(?:growth|change|increase)\s+(?:in\s+)?"
    r"(hires|hiring)\s+((?:19|20)\d\d)\s+(?:vs\.?|versus|over|compared\s+(?:to|with))\s+"
    r"((?:19|20)\d\d)(?:\s*(?:in\s+)?(?:%|percent))?",
    re.IGNORECASE,
)


def _growth_between_years(match: re.Match[str]) -> str:
    earlier, later = sorted((match.group(2), match.group(3)))
    return f"growth in {match.group(1)} from {earlier} to {later}"


YEAR_OVER_YEAR_BY_YEAR = re.compile(
    r"\b(yoy|y/y|y-o-y|year[-\s]over[-\s]year)\b(.*?)\s+(?:by|per|each)\s+year\b", re.IGNORECASE
)
# "the team" with no department before it ("the Sales team" names one): everyone, not "my team".
THE_WHOLE_TEAM = re.compile(
    r"\s+(?:of|on|in|across)\s+(?:the|our)\s+(?:whole\s+|entire\s+)?team(?=\s*(?:in\s+years"
    r"\b|[?.!,]|$))",
    re.IGNORECASE,
)

# A statistician's "n": the count ("n hired in 2015?", "top-3 departments by n", "..., n=?"),
# "desc order" (descending), "the mode of title" (the most common), "all years pooled"
# (combined).
N_FIRST = re.compile(r"^(\W*)n\s+(?=[a-z])", re.IGNORECASE)
N_ASKED_LAST = re.compile(r"^(?P<asked>.+?)[,;:]?\s+n\s*=\s*\?*\s*$", re.IGNORECASE)
N_AS_A_COUNT = re.compile(r"\b(by|max|min|the|highest|lowest|largest|smallest)\s+n\b", re.I)
WITH_N = re.compile(r"\bwith\s+n\b", re.IGNORECASE)
DESC_ORDER = re.compile(r"\b(?:in\s+)?(desc|asc)(?:ending)?\s+order\b", re.IGNORECASE)
MODE_OF = re.compile(r"\b(?:the\s+)?mode\s+of\s+(?:the\s+)?(?=[a-z])", re.IGNORECASE)
_POOLED_OVER = r"(?:\s+(?:across\s+|over\s+)?(?:all\s+)?(?:the\s+)?(?:years|departments|titles))?"
POOLED = re.compile(rf"\b(?:all\s+years\s+)?pool(?:ed|ing){_POOLED_OVER}\b", re.IGNORECASE)
UNIT_BY_UNIT = re.compile(r"\b(month|quarter|week|day)(?:\s+|-)by(?:\s+|-)\1\b", re.IGNORECASE)
# "whose email has kling in it", "names with 'ann' in them": contains it.
TEXT_IN_IT = re.compile(
    r"\b(e-?mails?(?:\s+address(?:es)?)?|(?:first\s+|last\s+)?names?|surnames?)\s+(?:has|have"
    r"|with)\s+(\"[^\"]+\"|'[^']+'|[a-z][\w.-]*)\s+in\s+(?:it|them)\b",
    re.IGNORECASE,
)
# "avg tenure by department, years": the unit the tenure is said in, as it is.
UNIT_SAID_LAST = re.compile(
    r"^(?=.*\b(?:tenure|service|seniority)\b)(.*?)\s*,\s*(?:in\s+)?years\s*([?.!]*)$", re.I
)
# "hc at end of 2015", "engineering headcount as of year-end 2020": the directory keeps no
# leavers, so the people then are those hired by then (and the answer says so: "hired no later
# than 2015"). Not said of tenure, which is measured to a day and not a year.
AT_THE_END_OF_A_YEAR = re.compile(
    r"^(?!.*\b(?:tenure|service|seniority|anniversar\w*)\b)(.*?)\b(?:at|as\s+of|as\s+at|by)\s+"
    r"(?:the\s+)?(?:(?:end|close)\s+of\s+(?:(?:the\s+)?year\s+)?|year[\s-]?end\s+(?:of\s+)?|ye\s+)"
    r"(\d{4})\b",
    re.IGNORECASE,
)
# "a last name starting O' (like O'Connell)": an example of what is asked, in brackets.
EXAMPLE_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:like|e\.?\s?g\.?|for\s+(?:example|instance)|such\s+as)[\s,:][^()]*\)", re.I
)
# "a last name starting O'", "emails ending yahoo.com": starting or ending with it.
TEXT_STARTING = re.compile(
    r"\b((?:first|last|given|family)\s*names?|surnames?|e-?mails?(?:\s+address(?:es)?)?|names?)\s+"
    r"(starting|beginning|ending)\s+(?!(?:with|in|on|from|after|before|since|between|by)\b|w\s+\w|w/|\d)",
    re.IGNORECASE,
)
# "top 3 most common first names w/ counts": the counts the answer says anyway.
COUNTS_OF_THE_RANKED = re.compile(
    r"^(?=.*\b(?:most|least)\s+(?:common|frequent|popular)\b)(.*?)[,\s]+(?:with\s+|w/\s*)"
    r"(?:their\s+|the\s+)?counts?\b",
    re.IGNORECASE,
)
# "the headcount as at 31 December 2022", "Product headcount as of 2015-06-30": likewise, those
# hired on or before that day.
_ON_A_DAY = (
    r"(?:\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\b"
)
HEADCOUNT_ON_A_DAY = re.compile(
    r"^(?!.*\b(?:tenure|service|seniority|anniversar\w*)\b)(.*?\b(?:headcount|hc|head\s+count)\b"
    rf".*?)\s+(?:as\s+(?:at|of)|at|on)\s+(?={_ON_A_DAY})",
    re.IGNORECASE,
)
_DATE_SAID = (
    r"\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}"
    r"|[a-z]{3,9}\.?\s+\d{4}"
)
_YEARS = r"'?\d{2,4}(?:\s*[/-]\s*'?\d{2,4})?"
_KIND_OF_YEAR = r"(?:fiscal|financial|academic|school)"
# "in fiscal year 2020/21 (1 Jul 2020 - 30 Jun 2021)", "FY 2021/22 (1 July 2021 to 30 June
# 2022)", "the 2019-2020 academic year (Sept 2019 thru Aug 2020)": the dates said in brackets;
# such a year alone stays unread (when does it start?).
FISCAL_YEAR_WITH_ITS_DATES = re.compile(
    rf"\b(?:in\s+|during\s+)?(?:the\s+)?(?:{_KIND_OF_YEAR}?\s*(?:year|fy)\s*{_YEARS}"
    rf"|{_YEARS}\s+{_KIND_OF_YEAR}\s+year)\s*\(\s*(?:from\s+)?({_DATE_SAID})\s*"
    rf"(?:-|\u2013|to|through|thru|until|till)\s*({_DATE_SAID})\s*\)",
    re.IGNORECASE,
)
# "who hits exactly 10 years of service this month": their anniversary then, "of service" said.
MILESTONE_OF_SERVICE = re.compile(
    r"\b(hits?|hitting|reach(?:es|ing)?|celebrat(?:es?|ing)|complet(?:es|ing))\s+(?:exactly\s+)?"
    r"(\d+)\s+(years?|yrs?)\s+of\s+service\b",
    re.IGNORECASE,
)
# "which dept added the most hires": had them.
ADDED_THE_MOST = re.compile(r"\badded\s+(?=(?:the\s+)?(?:most|fewest|least)\b)", re.IGNORECASE)
# "interns sorted by last name, with email": the columns shown, said after the order (never a
# second key to sort by).
COLUMNS_AFTER_THE_ORDER = re.compile(
    r"^(?P<asked>.+?)\s+(?P<order>(?:sorted|ordered|sort|order)\s+by\s+[\w -]+?)\s*,\s*"
    r"(?P<shown>with\s+(?:their\s+)?[a-z][\w -]*?)\s*(?P<end>[?.!]*)$",
    re.IGNORECASE,
)
# "how are email domains distributed within marketing": their breakdown there.
HOW_DISTRIBUTED = re.compile(
    r"^\W*how\s+(?:are|is)\s+(?:the\s+|our\s+)?(.+?)\s+(?:distributed|spread|split)\b", re.I
)
# "best hiring yr", "slowest hiring month": the one with the most, or the fewest, hires.
_MOST_HIRES = {"best", "strongest", "peak", "top", "busiest"}
HIRING_PERIOD_RANKED = re.compile(
    r"\b(?:the\s+|our\s+)?(best|strongest|peak|top|busiest|worst|weakest|slowest|quietest)\s+"
    r"(?:hiring|recruiting)\s+(year|yr|month|quarter|qtr|weekday)\b",
    re.IGNORECASE,
)

# "which year was our peak hiring year": the period asked is the ranked one.
PERIOD_ASKED_OF_ITSELF = re.compile(
    r"\b(?:which|what)\s+(year|yr|month|quarter|qtr|weekday)\s+(?:was|is|has\s+been)\s+"
    r"(?=(?:the\s+|our\s+)?(?:best|strongest|peak|top|busiest|worst|weakest|slowest|quietest)\s+"
    r"(?:hiring|recruiting)\s+\1\b)",
    re.IGNORECASE,
)
# "exactly how many sales managers", "how many are there exactly": every count is exact.
EXACTLY_ASKED = re.compile(
    r"^\W*exactly\s+(?=how\s+many\b)|,?\s+exactly(?=\s*[?.!]*$)", re.IGNORECASE
)
# "what percentage of your staff": the company's, as the reader speaks for it.
YOUR_PEOPLE = re.compile(
    r"\byour\s+(?=(?:staff|employees|people|workforce|personnel|team\s+members)\b)", re.I
)
# "each department's share of the total": the share of all employees in each department.
_OF_ALL = r"(?:\s+of\s+(?:the\s+)?(?:total|all(?:\s+employees)?|whole|company|headcount))?"
EACH_ONES_SHARE = re.compile(
    rf"\b(?:each|every)\s+(department|dept|title|team|role|domain)'?s\s+(share|percentage|proportion)"
    rf"{_OF_ALL}",
    re.IGNORECASE,
)
# "how many per department, and what is each department's share of the total": with percentages.
AND_THEIR_SHARE = re.compile(
    r",?\s+and\s+(?:what\s+is\s+|what's\s+|give\s+(?:me\s+)?|show\s+)?(?:each\s+[\w-]+'s|each\s+one's"
    rf"|their|its|the)\s+(?:share|percentage|percent|proportion){_OF_ALL}(?=\s*[?.!]*$)",
    re.IGNORECASE,
)
# "the ratio of Sales employees to Marketing employees": of Sales to Marketing.
_PEOPLE = r"(?:employees|people|staff|ppl|workers|members|headcount)"
RATIO_OF_PEOPLE = re.compile(
    rf"\b(ratio\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+{_PEOPLE}\s+(to|and|vs\.?|versus)\s+"
    rf"(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)\s+{_PEOPLE}\b",
    re.IGNORECASE,
)
# A ticket's or a note's own words before the ask ("AC: list of hires Q1 2021", "TODO get
# email for X", "FYI need dept w/ most ppl").
TICKET_PREFIX = re.compile(
    r"^\W*(?:(?i:todo|fyi|nb|need|ask|req|request|task)\s*:|(?i:todo|fyi)\b|AC\s*:)\s*"
)
# "approx % of staff on gmail", "avg hire year, approx": every figure is exact anyway; "around
# 2015" (a date said roughly) stays refused.
APPROXIMATELY = re.compile(
    r"^\W*(?:approx\.?|approximately|roughly)\s+(?=(?:%|percent|share|avg|average|mean|number"
    r"|count|#|total)\b|%)|,?\s+(?:approx\.?|approximately|roughly)\s*(?=[?.!]*$)",
    re.IGNORECASE,
)
# "earliest hire + date", "email for X + her dept": shown with it.
PLUS_SHOWN = re.compile(
    r"\s\+\s*(?:(?:her|his|their)\s+)?(?=(?:dates?|e-?mails?|depts?|departments?|titles?|names?"
    r"|hire\s+dates?|start\s+dates?)\b)",
    re.IGNORECASE,
)
# Words said twice in a row, by a stutter or a phone ("how many how many"); a number ("twenty
# twenty") or a negation ("not not in Sales": refused, never one "not") is kept as said.
SAID_TWICE_IN_A_ROW = re.compile(
    r"\b(?!(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|nineteen|oh|not|no|never"
    r"|none|nor|non|neither|without|except|excluding)\b)"
    r"([a-z]\w*(?:\s+\w+)?)(?:\s+\1\b)+",
    re.IGNORECASE,
)
# Spoken: "what's the deal with HR, how many ...", "in like sales", "June to August like".
THE_DEAL_WITH = re.compile(
    r"^\W*(?:(?:hey|ok|okay|so|um+|uh+)\W+)*(?:directory\W+)?what'?s\s+the\s+(?:deal|story|scoop"
    r"|situation)\s+with\s+",
    re.IGNORECASE,
)
LIKE_SAID_IN_PASSING = re.compile(
    r"(?:\b(in|on|at|for|of|from|since|during|before|after|last|about)|(,))\s+like\s+"
    r"(?!(?:me|us|you|him|her|them|mine|ours|yours|hers|his|theirs)\b)"
    r"|\s+like\s*(?=[?.!]*$)",
    re.IGNORECASE,
)
# Arabic-influenced "which his last name starts with S": whose; "both together": together.
WHICH_HIS = re.compile(r"\bwhich\s+(?:his|her|their)\b", re.IGNORECASE)
BOTH_TOGETHER = re.compile(r"\bboth\s+(?=together\b)", re.IGNORECASE)
# Work anniversaries counted by group: those hired in that month of any year ("work
# anniversaries per month": hires per month, all years together; "december anniversaries (by
# department)"); "which calendar month": which month.
_ANNIVERSARIES = r"(?:(?:work|job|hire|hiring|employment|service)\s+)?anniversaries"
ANNIVERSARIES_PER_MONTH = re.compile(
    rf"\b{_ANNIVERSARIES}\s+(per|by|each|in\s+each)\s+month\b", re.IGNORECASE
)
MONTHS_ANNIVERSARIES_GROUPED = re.compile(
    rf"\b(january|february|march|april|may|june|july|august|september|october|november|december)"
    rf"\s+{_ANNIVERSARIES}(?=\s+(?:per|by|in\s+each|for\s+each)\s|\s*[?.!]*$)",
    re.IGNORECASE,
)
CALENDAR_MONTH = re.compile(r"\bcalendar\s+(?=months?\b)", re.IGNORECASE)
# "in 2019 year" (2019年), "the 2021 calendar year", "calendar year 2021": the year.
YEAR_SAID_AS_A_YEAR = re.compile(
    r"\b(?:the\s+)?((?:19|20)\d\d)\s+(?:calendar\s+)?year\b(?![-\s]*(?:end|start|to|on|over|'s))"
    r"|\b(?:the\s+)?calendar\s+year\s+(?=(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


def _hiring_period_ranked(match: re.Match[str]) -> str:
    most = "most" if match.group(1).lower() in _MOST_HIRES else "fewest"
    return f"the {match.group(2)} with the {most} hires"


# "which dept has the fewest ppl in it": the people of each group, "it" the group.
PEOPLE_IN_IT = re.compile(
    r"^(?=.*\b(?:dept|department|team|division|title|role)s?\b)(.*?\b(?:people|ppl|employees|staff"
    r"|folks|persons|members))\s+in\s+it\b",
    re.IGNORECASE,
)
_TO = r"\s*(?:to|through|thru|till|until|-|\u2013|\.\.)\s*"
# Every day of the week, month of the year or quarter, in brackets: all of them.
WHOLE_CYCLE = re.compile(
    rf"\s*\(\s*(?:(?:mon|sun)\w*{_TO}(?:sun|sat)\w*|jan\w*{_TO}dec\w*|q1{_TO}q4)"
    r"(?:\s*,?\s*all\s+years(?:\s+combined)?)?\s*\)",
    re.IGNORECASE,
)

# "managers or above (Manager, VP, President)": words the values in brackets define, either asked.
DEFINED_BY_VALUES = re.compile(r"((?:[\w'-]+\s+){0,2}[\w'-]+)\s*\(([^()]{2,80})\)")
VALUE_SEPARATORS = re.compile(r"\s*(?:,|/|\+|&|\band\b|\bor\b|\bvs\b\.?)\s*", re.IGNORECASE)
KEPT_BEFORE_A_GROUP = frozenset(
    {"are", "is", "of", "the", "who", "in", "many", "what", "which", "how", "for", "among", "all",
     "list", "show", "count", "percentage", "percent", "%", "share", "number", "our", "any",
     "most", "fewest", "least", "more", "fewer", "less", "no", "not"}  # "the most X (Interns)"
)  # fmt: skip


VALUES = frozenset({"VALUE", "PROVIDER"})  # "Sales", "gmail"
GROUPS = frozenset({"per", "by"})
SHARE_SAID = re.compile(r"\b(?:share|percent\w*|proportion)\b|%", re.IGNORECASE)


def _values_said(text: str) -> list[object] | None:
    """The directory's values a bracket lists, or None if anything else is in it."""
    said = [part for part in VALUE_SEPARATORS.split(text.strip()) if part]
    entries = [lexicon().entry(tuple(part.lower().split())) for part in said]
    if not said or any(entry is None or entry.terminal not in VALUES for entry in entries):
        return None
    return [entry.payload for entry in entries if entry is not None]


def defined_by_values(match: re.Match[str]) -> str:
    words, listed = match.group(1).split(), match.group(2)
    values = _values_said(listed)
    kept = list(itertools.takewhile(lambda word: word.lower() in KEPT_BEFORE_A_GROUP, words))
    defined = words[len(kept) :]
    if (
        values is None
        or not defined
        or any(not word.replace("-", "").isalpha() for word in defined)
    ):
        return match.group(0)
    named = [lexicon().entry((word.lower().replace("-", ""),)) for word in defined]
    others = [
        e for e in named if e is not None and e.terminal == "VALUE" and e.payload not in values
    ]
    grouped = [e for e in named if e is not None and (e.terminal == "FIELD" or e.payload in GROUPS)]
    alternatives = " or ".join(part for part in VALUE_SEPARATORS.split(listed.strip()) if part)
    if grouped:  # "per e-mail domain (gmail, hotmail, yahoo)": the groups listed; each
        shares = SHARE_SAID.search(match.string)  # group's share is of everyone, listed or not
        return match.group(1) if shares else f"{match.group(1)}, {alternatives}"
    if others:  # "Sales staff (Interns and Managers)"
        return match.group(0)
    return " ".join([*kept, alternatives])


COLUMN_WORDS = re.compile(
    r"\b(?:dates?|e-?mails?|depts?|departments?|titles?|names?|roles?)\s*$", re.IGNORECASE
)


def _plus_shown(match: re.Match[str]) -> str:
    """ "title + dept" stays two columns joined; "earliest hire + date" shows the date."""
    return match.group(0) if COLUMN_WORDS.search(match.string[: match.start()]) else " with their "


def _like_said_in_passing(match: re.Match[str]) -> str:
    before = match.group(1) or match.group(2)
    return f"{before} " if before else ""


# "oldest seniority date first", "newest start date first": the order of the hire dates.
DATE_SAID_IN_AN_ORDER = re.compile(
    r"\b(?:by\s+)?(earliest|oldest|newest|latest|most\s+recent)\s+(?:(?:hire|hiring|start|seniority|join"
    r"|joining)\s+)?(?:dates?|years?|months?)\s+(first|last)\b",
    re.IGNORECASE,
)


def _dates_in_an_order(match: re.Match[str]) -> str:
    oldest = match.group(1).lower() in ("earliest", "oldest")
    if match.group(2).lower() == "last":  # "latest hire date last": the oldest first
        oldest = not oldest
    return "oldest first" if oldest else "newest first"


# "the seniority list for HR": those of HR in order of seniority, not their average tenure.
SENIORITY_LIST = re.compile(r"\bseniority\s+(?:list|listing|roster|order)\b", re.IGNORECASE)

# "can you make the count of the emails by domain": "make" asks for the count, no pay.
MAKE_THE_COUNT = re.compile(
    r"\bmake\s+(?:me\s+|us\s+)?(?:the|a)\s+(count|list|number|total|breakdown|ranking|sum)\b",
    re.IGNORECASE,
)

# "is he still an intern or what": a yes or no asked either way.
OR_WHAT_SAID_LAST = re.compile(r",?\s+or\s+what\s*(?=[?.!]*\s*$)", re.IGNORECASE)

# "average seniority for department": per department; "for department Sales" names one.
FOR_A_BARE_KEY = re.compile(
    r"\bfor\s+(departments?|depts?|titles?|roles?)\s*(?=[,?.!]|please\b|$)", re.IGNORECASE
)
# "the most common first name between the employees": among them.
BETWEEN_EVERYONE = re.compile(
    r"\bbetween\s+(?:all\s+)?(?:the\s+|our\s+)?(employees|staff|people|workers|persons)\b",
    re.IGNORECASE,
)
# "in the last 4 years from today": counted back from today, as the last 4 years are.
BACK_FROM_TODAY = re.compile(
    r"\b((?:last|past)\s+\w+\s+(?:years?|months?|weeks?|days?))\s+(?:from|until|till|up\s+to)"
    r"\s+(?:today|now)\b",
    re.IGNORECASE,
)

# "who was the first employee", "our last staff member": the first or last hire; "the first 3
# employees" and "the first employee hired" say theirs.
FIRST_EMPLOYEE = re.compile(
    r"\b(first|last)\s+(?:employee|staff\s+member|staffer|worker|team\s+member)"
    r"\b(?!\s*(?:'s|hired|to|who|that|we|brought|recruited|onboarded|on|in\s+the\s+list))",
    re.IGNORECASE,
)

# "after 2023 January": January 2023; "march month", "in month January": the month.
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
YEAR_BEFORE_ITS_MONTH = re.compile(
    rf"\b((?:19|20)\d\d)\s+({_MONTHS})\b(?!\s*\d|\s*(?:to|through|until|till|-)\b)",
    re.IGNORECASE,
)
MONTH_SAID_A_MONTH = re.compile(
    rf"\b(?:({_MONTHS})\s+month\b|month\s+({_MONTHS})\b)(?!\s*\d)", re.IGNORECASE
)


def _the_month(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


# "the oldest hire date", "the department with the oldest average hire date": the earliest;
# "the oldest employee by hire date": the longest-serving. "The oldest employee" is an age.
OLDEST_DATE = re.compile(
    r"\b(?:oldest|most\s+old)\s+(?=(?:average\s+|avg\s+|mean\s+)?(?:hire|hiring|start|joining"
    r"|seniority)\s+dates?\b)",
    re.IGNORECASE,
)
OLDEST_BY_HIRE_DATE = re.compile(
    r"\b(?:oldest|most\s+old)\s+([a-z]+)\s+by\s+(?:hire|start|joining)\s+date\b", re.IGNORECASE
)
# "people that started before 2012, how much?": how many, asked last.
HOW_MUCH_ASKED_LAST = re.compile(r",\s*how\s+much\s*(?=[?.!]*\s*$)", re.IGNORECASE)
# "between January 2018 until June 2018": and.
BETWEEN_UNTIL = re.compile(r"\b(between\s+\S+(?:\s+\d{4})?)\s+(?:until|till|to)\s+", re.I)

# "who is the most new employee": the newest; "the most new hires" and "which year have most
# new employee" are the most hires.
MOST_NEW = re.compile(
    r"(?<=\bthe\s)most\s+new\b(?!\s+(?:hires|starters|joiners|people|employees|staff|recruits"
    r"|members|persons))",
    re.IGNORECASE,
)


SHORTHAND: tuple[Rewrite, ...] = (
    (DATE_SAID_IN_AN_ORDER, _dates_in_an_order),
    (SENIORITY_LIST, "list by seniority"),
    (MAKE_THE_COUNT, r"the \1"),
    (OR_WHAT_SAID_LAST, ""),
    (FOR_A_BARE_KEY, r"per \1"),
    (BETWEEN_EVERYONE, r"among \1"),
    (BACK_FROM_TODAY, r"\1"),
    (FIRST_EMPLOYEE, r"\1 hire"),
    (YEAR_BEFORE_ITS_MONTH, r"\2 \1"),
    (OLDEST_DATE, "earliest "),
    (HOW_MUCH_ASKED_LAST, ", how many"),
    (MOST_NEW, "newest"),
    (BETWEEN_UNTIL, r"\1 and "),
    (OLDEST_BY_HIRE_DATE, r"longest-serving \1"),
    (MONTH_SAID_A_MONTH, _the_month),
    (N_ASKED_LAST, r"how many \g<asked>"),
    (N_FIRST, r"\1number of "),
    (N_AS_A_COUNT, r"\1 count"),
    (WITH_N, "with counts"),
    (DESC_ORDER, r"\1ending"),
    (MODE_OF, "the most common "),
    (POOLED, "overall"),
    (HOW_DISTRIBUTED, r"distribution of \1"),
    (PERIOD_ASKED_OF_ITSELF, ""),
    (TICKET_PREFIX, ""),
    (ANNIVERSARIES_PER_MONTH, r"hires \1 month, all years together"),
    (MONTHS_ANNIVERSARIES_GROUPED, r"hires in \1 of any year"),
    (CALENDAR_MONTH, ""),
    (THE_DEAL_WITH, ""),
    (SAID_TWICE_IN_A_ROW, r"\1"),
    (APPROXIMATELY, ""),
    (PLUS_SHOWN, _plus_shown),
    (LIKE_SAID_IN_PASSING, _like_said_in_passing),
    (WHICH_HIS, "whose"),
    (BOTH_TOGETHER, ""),
    (EXACTLY_ASKED, ""),
    (AND_THEIR_SHARE, " with percentages"),
    (EACH_ONES_SHARE, r"the \2 of the total per \1"),
    (RATIO_OF_PEOPLE, r"\1 \2 \3"),
    (YOUR_PEOPLE, ""),
    (HIRING_PERIOD_RANKED, _hiring_period_ranked),
    (YEAR_SAID_AS_A_YEAR, r"\1"),
    (UNIT_BY_UNIT, r"per \1"),
    (TEXT_IN_IT, r"\1 containing \2"),
    (PEOPLE_IN_IT, r"\1"),
    (WHOLE_CYCLE, ""),
    (FISCAL_YEAR_WITH_ITS_DATES, r"between \1 and \2"),
    (MILESTONE_OF_SERVICE, r"\1 \2 \3"),
    (ADDED_THE_MOST, "had "),
    (EXAMPLE_IN_BRACKETS, ""),
    (COLUMNS_AFTER_THE_ORDER, r"\g<asked> \g<shown> \g<order>\g<end>"),
    (COUNTS_OF_THE_RANKED, r"\1"),
    (TEXT_STARTING, r"\1 \2 with "),
    (UNIT_SAID_LAST, r"\1 in years\2"),
    (AT_THE_END_OF_A_YEAR, r"\1hired by the end of \2"),
    (HEADCOUNT_ON_A_DAY, r"\1 hired on or before "),
    (FIRST_AS_1ST, "first "),
    (PER_AS_A_SLASH, _per_unit),
    (RATIO_WITH_A_COLON, r"\1 \2 to "),
    (RATIO_PER, r"ratio of \1 to \2"),
    (GROWTH_BETWEEN_YEARS, _growth_between_years),
    (YEAR_OVER_YEAR_BY_YEAR, r"\1\2"),
    (THE_WHOLE_TEAM, ""),
)
