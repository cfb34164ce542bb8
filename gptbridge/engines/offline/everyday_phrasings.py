"""Everyday wordings of a question the grammar reads once rewritten, each with one meaning: "the
average length of time people have been with us" (the average tenure), "over the total of
employees" (Spanish "sobre el total": out of all of them), "sorted from longest to shortest"
(longest first), "10+ yrs" (10 or more years of service), met at first sight (README, stops
43-45). Applied by `spoken.as_written`, through `phrasings.PHRASINGS`."""

import re

from gptbridge.engines.offline.answer_forms import SHARE_ASKED, TENURE_ASKED
from gptbridge.engines.offline.formal_phrasings import Rewrite
from gptbridge.engines.offline.group_phrasings import (
    GROUP_PHRASINGS,
    GROUPS_AND_HOW_MANY_IN_EACH,
    HOW_MANY_AND_WHAT_ARE_THEY,
    LIST_AND_HOW_MANY,
)

_HERE = r"(?:with\s+us|here|(?:in|at|with)\s+(?:the|this|our)\s+(?:company|firm|organi[sz]ation))"
# "the average length of time people have been with us", "the length of time spent here", "the
# average time, in years, that people in Accounting have been with the company".
LENGTH_OF_TIME_HERE = re.compile(
    r"\b(?:length\s+of\s+time|(?<=\baverage\s)time)(?P<unit>\s*,?\s+in\s+years\s*,?)?\s+"
    r"(?:(?:that\s+)?(?P<who>[\w-]+)"
    r"(?P<where>\s+in\s+(?:the\s+)?[\w&-]+(?:\s+[\w&-]+){0,2}?)?\s+"
    rf"(?:have|has|'ve)\s+been\s+|spent\s+)?{_HERE}",
    re.IGNORECASE,
)
# "the average number of years (of service)": the average of the years.
AVERAGE_NUMBER_OF_YEARS = re.compile(r"\b(average|mean|avg)\s+number\s+of\s+(?=years\b)", re.I)
# "How many Assistants do we have, and what is their average tenure?": the average tenure of
# them, which is said with how many they are.
COUNT_AND_THEIR_AVERAGE = re.compile(
    r"^\W*how\s+many\s+(?P<counted>[\w\s-]+?)\s+(?:do\s+we\s+have|are\s+there|have\s+we"
    r"|(?:are|work)\s+(?P<where>in\s+[\w\s-]+?))"
    r"(?:\s+(?:in\s+total|overall))?\s*,?\s+and\s+what(?:\s+is|'s|\u2019s)\s+their\s+average\s+"
    r"(?P<averaged>tenure|seniority|time\s+here)\b",
    re.IGNORECASE,
)
OVER_THE_TOTAL = re.compile(
    r"\bover\s+(?:the\s+)?total\s+(?:of\s+)?(?:the\s+)?(?:employees|staff|people|personnel"
    r"|collaborators|workers|headcount|company)\b",
    re.IGNORECASE,
)

# "which is the year when we hired most": the year in which.
THE_YEAR_WHEN = re.compile(r"\b(the\s+(?:year|month|quarter))\s+when\b", re.IGNORECASE)
# "what proportion of each department is interns, in percentage terms": as a percentage.
IN_PERCENTAGE_TERMS = re.compile(r"\bin\s+(?:percentage|percent|%)\s+terms\b", re.IGNORECASE)
# "avg hires per year over 2010-2023", "over the years 2012 to 2015": from the first to the last.
OVER_YEARS = re.compile(
    r"\bover\s+(?:the\s+(?:whole\s+|entire\s+)?(?:years|period)\s+)?"
    r"(?=(?:19|20)\d\d\s*(?:-|\u2013|to|through)\s*(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# "my eng team", "my Customer Service department": the team named; "my team" alone is refused.
MY_NAMED_TEAM = re.compile(
    r"\bmy\s+(?=(?:[\w&-]+\s+){1,2}(?:team|dept|department|division)\b)", re.IGNORECASE
)
# "Where works X?": "where does X work", asked as a learner orders it (refused as a place, never
# dropped as the "where" of "employees where ...", which would answer only the rest).
WHERE_WORKS = re.compile(r"^\W*where\s+(?:works?|working)\b", re.IGNORECASE)
# "the split of titles in HR, as percentages": the comma sets nothing apart.
COMMA_BEFORE_AS_PERCENTAGES = re.compile(
    r",\s*(?=as\s+(?:a\s+)?(?:percentages?|percent|%)\b)", re.I
)
# "hired year to date", "so far this year": this year (no one is hired after today).
YEAR_TO_DATE = re.compile(
    r"\b(?:(?:the\s+)?(?:current\s+|this\s+)?(?:calendar\s+)?year[\s-]to[\s-]date"
    r"|so\s+far\s+this\s+year)\b",
    re.I,
)

# "all the employees under HR department": in it (never under a person: a reporting line).
UNDER_A_DEPARTMENT = re.compile(
    r"\bunder\s+(?:the\s+)?(?=[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?\s+(?:department|dept|team)\b)"
)

# "how many staff do we have under each title": per title (never under a person)
UNDER_EACH = re.compile(
    r"\bunder\s+(?:each|every)\s+(?=(?:title|department|dept|team|role|position)\b)", re.I
)
# "hired before 2015 and hold the title of Vice-President": and are Vice-Presidents
AND_HOLD_THE_TITLE = re.compile(
    r"\band\s+(?:hold|holds|have|has|carry|carries)\s+(?:the\s+|a\s+)?(?:job\s+)?"
    r"(?:title|position|rank)\s+(?:of\s+)?",
    re.IGNORECASE,
)

# "hired over the summer of 2021": during it (never "over 12 years": more than); "over the
# summer" alone may be the last one, and is left to the grammar, which refuses it.
OVER_A_SEASON = re.compile(
    r"\bover\s+(?=(?:the\s+)?(?:summer|winter|spring|autumn|fall)(?:\s+of)?\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)

# "top dept for new hires", "top title in Sales": the one group with the most (never "top 3")
TOP_GROUP = re.compile(
    r"\btop\s+(?=(?:dept|department|title|role|position|team|year|month|quarter|weekday"
    r"|(?:e-?mail\s+)?(?:domain|provider))\b)",
    re.IGNORECASE,
)

# "the best year for hiring": the busiest (a best employee or review is still refused)
BEST_FOR_HIRING = re.compile(
    r"\bbest\s+(?=(?:year|month|quarter|weekday|day\s+of\s+the\s+week|season)\s+"
    r"(?:for|of|in\s+terms\s+of)\s+(?:hiring|hires|new\s+hires|recruiting|recruitment)\b)",
    re.IGNORECASE,
)

# "How long has X been with us (tenure in years)?": what the answer gives, when it asks how long
TENURE_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:tenure|seniority|years\s+of\s+service)(?:\s+in\s+years)?\s*\)", re.I
)

# "what dept is Carleton Friesen under?": in (never under a person: a reporting line)
DEPARTMENT_SOMEONE_IS_UNDER = re.compile(
    r"\b((?:what|which)\s+(?:dept|department|team)\s+(?:is|are)\s+[\w\s'.-]+?)\s+under"
    r"(?=\s*(?:po\s*)?[?.!]*\s*$)",
    re.IGNORECASE,
)
# "the share in percent of each title": the share of each title, in percent.
SHARE_IN_PERCENT_OF = re.compile(
    r"\b(share|proportion)\s+in\s+percent(?:age)?\s+(of\s+[\w\s-]+)", re.IGNORECASE
)
# "the percentage of Engineering employees versus the whole company": out of all employees.
SHARE_VERSUS_THE_WHOLE = re.compile(
    r"(\b(?:percentage|percent|share|proportion|fraction)\b.*?)\s+(?:versus|vs\.?|against)\s+"
    r"(?:the\s+)?(?:whole|entire|total)\s+(?:company|headcount|workforce|organi[sz]ation|staff)\b",
    re.IGNORECASE,
)
# "..., and what % of total is that?": the share, which says the count too.
AND_WHAT_SHARE_OF_ALL = re.compile(
    r"\band\s+what\s+(?:%|percent(?:age)?|share|proportion)\s+of\s+(?:the\s+)?(?:total|all|everyone"
    r"|headcount|the\s+company)\s+(?:is\s+)?(?:that|this|it)\b",
    re.IGNORECASE,
)
# "the most common first name, and how many people share it?": the answer says how many.
MOST_COMMON_AND_HOW_MANY = re.compile(
    r"(\bmost\s+(?:common|frequent|popular)\b.*?)\s*,?\s+and\s+how\s+many\s+(?:\w+\s+)?"
    r"(?:share|have|has|carry)\s+(?:it|that|them|this)(?:\s+name)?\b",
    re.IGNORECASE,
)
# "are there any two employees with the same name": any employees.
ANY_TWO = re.compile(r"\bany\s+(?:two|2)\s+(?=(?:employees|people|persons|staff|users)\b)", re.I)

# "In the Sales, what is the ratio of the interns?": of Sales, the share who are interns (the
# group said first is the whole).
FRONTED_WHOLE = re.compile(
    r"^(\W*)in\s+(?:the\s+)?(?P<whole>[\w&' -]+?)\s*,?\s+what(?:'s|\s+is)\s+the\s+"
    r"(?P<share>ratio|percentage|percent|share|proportion|fraction)\s+of\s+(?:the\s+)?(?=\w)",
    re.IGNORECASE,
)

# "hotmail pct of total": its share of everyone; "tenure 10+ yrs": 10 or more years; "tenure of
# 10 years or more": at least 10 years of it.
PERCENT_OF_TOTAL = re.compile(r"\b(?:pct|percent|percentage|%)\s+of\s+(?:the\s+)?total\b", re.I)
N_PLUS_YEARS = re.compile(
    r"\b(?:(?:tenure|service)\s+(?:of\s+)?)?(\d+)\s*\+\s*(?:years?|yrs?)\b"
    r"(?:\s+(?:of\s+)?(?:tenure|service))?"
    r"(?!\s+(?:here|with|in|at|ago|back|before|after|now)\b)",
    re.IGNORECASE,
)
_SPELLED = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty"
TENURE_OF_N_OR_MORE = re.compile(
    rf"\b(?:a\s+)?(?:tenure|service)\s+of\s+(\d+|{_SPELLED})\s+(years?|yrs?)\s+or\s+"
    r"(?:more|longer|above)\b",
    re.IGNORECASE,
)

# "sorted from longest to shortest", "from the biggest department down to the smallest", "going
# from the earliest year to the latest": the first end first.
_GROUP = r"(?:\s+(?:department|dept|team|title|year|month|quarter|one)s?)?"
FROM_ONE_END_TO_THE_OTHER = re.compile(
    r"\b(?:(?:sorted|ordered|ranked|arranged|going|listed)\s+)?from\s+(?:the\s+)?"
    rf"(?P<first>[a-z]+est){_GROUP}\s+(?:(?:all\s+the\s+way\s+)?(?:down|up)\s+)?to\s+(?:the\s+)?"
    rf"(?P<last>[a-z]+est){_GROUP}\b",
    re.IGNORECASE,
)
OPPOSITE_ENDS = {
    frozenset({"longest", "shortest"}),
    frozenset({"highest", "lowest"}),
    frozenset({"biggest", "smallest"}),
    frozenset({"largest", "smallest"}),
    frozenset({"earliest", "latest"}),
    frozenset({"oldest", "newest"}),
}
# "what's the average tenure here, roughly in years?": asked roughly, answered exactly.
ROUGHLY = re.compile(
    r",?\s*\b(?:roughly|approximately|approx\.?)(?=\s+in\s+(?:years|months)\b)", re.I
)

# "Which Vice-Presidents use gmail? list dept too": the column beside the people, never the
# departments alone ("too" adds it to what is asked).
_COLUMN = r"(?:dept|department|title|role|job\s+title|e-?mail|hire\s+date|start\s+date)"
COLUMN_TOO = re.compile(
    r"(?:[?.,]\s*|\s+)(?:and\s+)?(?:also\s+)?(?:list|show|include|add|give(?:\s+me)?)\s+"
    r"(?:their\s+|the\s+)?"
    rf"({_COLUMN})s?\s+(?:too|as\s+well|also)\b",
    re.IGNORECASE,
)

# Cameroonian French "l'effectif du service de la comptabilité": the headcount of Accounting.
THE_SERVICE_OF = re.compile(r"\b(?:in\s+|of\s+)?the\s+service\s+of\s+(?=[A-Z])")
THE_EFFECTIVE = re.compile(
    r"\b(?:the\s+)?(?:total\s+)?effective(?=\s+(?:of|in|per|by)\b|\s*[?.!]*$)", re.I
)

# "the second half of the year 2018": of 2018.
OF_THE_YEAR = re.compile(r"\b(of|during)\s+the\s+year\s+(?=(?:19|20)\d\d\b)", re.IGNORECASE)

# "list all the presidents and vps w depts": with their departments.
W_A_COLUMN = re.compile(
    r"\bw/?(?=\s+(?:their\s+|a\s+|the\s+)?(?:depts?|departments?|titles?|roles?|e-?mails?"
    r"|hire\s+dates?|start\s+dates?|(?:first|last|sur|given|family)\s*names?)\b)",
    re.IGNORECASE,
)

# "which dept has the oldest avg tenure": the longest (a tenure has no age).
OLDEST_TENURE = re.compile(r"\boldest\s+(?=(?:avg|average|mean)\s+tenure\b|tenure\b)", re.I)
# "what is the (grand) total of interns", opening the question: how many there are.
THE_TOTAL_OF = re.compile(
    r"^\W*(?:what(?:\s+is|'s)\s+)?(?:the\s+)?(?:grand\s+)?total\s+of\s+(?:the\s+|all\s+)?(?=[a-z])",
    re.IGNORECASE,
)

# "how many associates in Product and in total" (or "in total and in Product"): how many of all
# of them are there, which the share says with both numbers.
_COUNTED_IN = r"(?P<counted>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:are\s+(?:there\s+)?)?"
_WHERE = r"in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?"
_IN_TOTAL = r"(?:how\s+many\s+)?(?:in\s+total|overall|altogether|in\s+all|company[\s-]wide)"
IN_ONE_AND_IN_TOTAL = re.compile(
    rf"^\W*how\s+many\s+{_COUNTED_IN}(?:(?P<where>{_WHERE})\s*,?\s+and\s+{_IN_TOTAL}"
    rf"|{_IN_TOTAL}\s*,?\s+and\s+(?:how\s+many\s+)?(?P<at>{_WHERE}))\W*$",
    re.IGNORECASE,
)

# "staff in Marketing and are Associates", "in Sales and is a Manager": the same people, both
# ("interns and also contractors" stays either).
AND_ARE_ALSO = re.compile(
    r"\s+and\s+(?:who\s+)?(?:are|is)\s+(?:also\s+)?"
    r"(?!(?:there|their|they|that|those|these|it|how|what|which|who)\b)",
    re.IGNORECASE,
)


# "hired first of all employees": first of them all; "worked here longest time": the longest.
_ALL_OF_THEM = r"(?:the\s+)?(?:employees|staff|people|persons|workers|colleagues|personnel)"
OF_ALL_OF_THEM = re.compile(
    rf"\b(first|last|earliest|latest|longest|most\s+recently)\s+of\s+all\s+{_ALL_OF_THEM}\b",
    re.IGNORECASE,
)
LONGEST_TIME = re.compile(r"(?<!the\s)\blongest\s+time\b", re.IGNORECASE)
# "email breakdown by provider": a breakdown by e-mail provider.
EMAIL_BREAKDOWN = re.compile(
    r"\be-?mails?\s+(breakdown|split|distribution)\s+by\s+(?:e-?mail\s+)?(provider|domain)s?\b",
    re.IGNORECASE,
)
# "break down emails by domain", "breakdown of emails by provider": the people by it
EMAILS_BROKEN_DOWN = re.compile(
    r"\b(break\s*down|split|distribution)\s+(?:of\s+)?(?:the\s+|our\s+|all\s+)?e-?mails?\s+by\s+"
    r"(?:e-?mail\s+)?(provider|domain)s?\b",
    re.IGNORECASE,
)
# "Count of employees by email domain, ranked": the biggest first.
RANKED = re.compile(r"\s*,?\s+ranked\s*(?=[.?!]*\s*$)", re.IGNORECASE)
# "top 5 last names with counts": the 5 most common, which the answer counts.
_NAME_COLUMN = r"(?:first|last|given|family|sur)\s*names?|surnames"
TOP_NAMES = re.compile(
    rf"\btop\s+(\d+|three|five|ten)\s+(?:most\s+common\s+)?({_NAME_COLUMN})\b"
    r"(?:\s+with\s+(?:their\s+|the\s+)?counts?)?",
    re.IGNORECASE,
)
# "hires per year, all the years": every year, as a breakdown by year gives.
EVERY_YEAR_AGAIN = re.compile(
    r"\b((?:per|each|every|by)\s+year)\s*,?\s+(?:for\s+|in\s+)?(?:all\s+(?:the\s+)?years"
    r"|every\s+year|each\s+year)\b",
    re.IGNORECASE,
)
# "headcount by job title, with each title's share of the total (%)": each group in percent.
WITH_EACH_SHARE = re.compile(
    r"(\b(?:by|per)\s+(?:job\s+)?[\w-]+)\s*,?\s+(?:with|and)\s+(?:each\s+[\w-]+'s|their|its"
    r"|the)?\s*(?:share|percentage|percent|%)\s*(?:of\s+(?:the\s+)?(?:total|all|whole"
    r"|headcount))?(?:\s*\(%\))?",
    re.IGNORECASE,
)
# "What is the email to Vivianne Will?", "the e-mail addresses to all managers": theirs, not a
# message to send them.
EMAIL_TO_SOMEONE = re.compile(
    r"\b(?:what\s+is|what's|give\s+me|find)\s+(?:the\s+)?(e-?mail(?:\s+address(?:es)?)?)\s+to\s+"
    r"(?=(?-i:[A-Z])|(?:all|every|each)\s)",
    re.IGNORECASE,
)
# "employed first", "the most newly employed", "the most recently engaged": hired ("are the staff
# engaged" asks of engagement, which the directory does not record).
EMPLOYED_AT_AN_END = re.compile(
    r"\b(?:employed|recruited|engaged)\s+(?:as\s+)?(?=(?:first|last|earliest|latest|most\s+recently)\b)"
    r"|(?<=\bfirst\s)(?:(?:person|staff|employee|one)\s+)?(?:employed|recruited|engaged)\b"
    r"|(?<=\blast\s)(?:(?:person|staff|employee|one)\s+)?(?:employed|recruited|engaged)\b"
    r"|\bmost\s+(?:newly|recently)\s+(?:employed|hired|recruited|engaged)\b",
    re.IGNORECASE,
)
# "what's the newest intern's name and start date?": those of the newest intern.
SUPERLATIVES_DETAILS = re.compile(
    r"\b(the\s+(?:newest|latest|most\s+recent|first|last|earliest|longest-serving)\s+[\w-]+)'s\s+"
    r"((?:name|e-?mail|start\s+date|hire\s+date|department|dept|title)"
    r"(?:\s*(?:,|and|&)\s*(?:name|e-?mail|start\s+date|hire\s+date|department|dept|title))*)\b",
    re.IGNORECASE,
)
# "who is on my team in engineering": the department named ("my team" alone is a reporting line).
MY_TEAM_NAMED = re.compile(r"\b(?:on|in)\s+my\s+(?:team|group|department|dept)\s+(?=in\s)", re.I)
# "In which year did the company make the most hires?": had them (no pay is asked).
MAKE_HIRES = re.compile(
    r"\bmake\s+(?=(?:the\s+)?(?:most|fewest|least|more|fewer)\s+(?:new\s+)?hires\b)", re.I
)

# Scots: "start wi us", "list aw the vice presidents", "whit's her title".
SCOTS_WITH = re.compile(
    r"\bwi\b(?=\s+(?:us|the|their|them|a|an|[a-z]+'s|(?-i:[A-Z][a-z]))\b)", re.IGNORECASE
)
SCOTS_ALL = re.compile(r"\baw\s+(?=the\b)", re.IGNORECASE)
SCOTS_WHAT = re.compile(r"^\W*whit(?='s\b|\s+is\b)", re.IGNORECASE)

# "avg tenure by dept (yrs)": in years.
UNIT_IN_BRACKETS = re.compile(r"\s*\(\s*(?:in\s+)?(yrs?|years?|months?)\s*\)", re.IGNORECASE)
# "hires per yr, grp by yr": the grouping said twice; "grp by title": by title.
GROUPED_AGAIN = re.compile(
    r"\b((?:per|by)\s+([\w-]+))\b(.*?)\s*,?\s+(?:grp|group|grouped)\s+by\s+\2\b", re.IGNORECASE
)
GRP_BY = re.compile(r"\bgrp\s+by\b", re.IGNORECASE)
# "How many Junior Executives in Sales and in Marketing, together?": the two added up (but "is
# Engineering bigger than Sales and Marketing combined" is refused: comparisons.py).
_COMPARED = r"than|vs|versus|compared?|comparison|bigger|smaller|larger|more|fewer|less"
ADDED_UP = re.compile(
    rf"^(\W*how\s+many\b(?:(?!\b(?:{_COMPARED})\b).)*?\band\b(?:(?!\b(?:{_COMPARED})\b).)*?)"
    r"(\s*,?\s+(?:combined|together|put\s+together|altogether))\s*(?=[?.!]*\s*$)",
    re.IGNORECASE,
)
# "List all the titles in the department of Product with the count": how many per title.
GROUPS_WITH_THE_COUNT = re.compile(
    r"^\W*(?:list|show|give\s+me)\s+(?:all\s+)?(?:the\s+)?(title|department|dept)s\b(?P<rest>.*?)"
    r"\s*,?\s+(?:with|and)\s+(?:the\s+|their\s+)?(?:counts?|headcounts?|number\s+of\s+"
    r"(?:employees|people))\s*(?=[?.!]*\s*$)",
    re.IGNORECASE,
)
AND_IN = re.compile(r"\band\s+in\s+", re.IGNORECASE)


def _added_up(match: re.Match[str]) -> str:
    """ "in Sales and in Marketing, together": in either, counted once ("and in" alone compares)."""
    return AND_IN.sub("and ", match.group(1)) + match.group(2)


# "exactly between 3 and 6 years", "exactly 10 (full years) or more": the bounds said after it
EXACTLY_THEN_A_BOUND = re.compile(
    r"\bexactly\s+(?=between\b|\d+\s+(?:(?:full\s+|whole\s+|complete\s+)?(?:years?|yrs?)\s+)?"
    r"or\s+(?:more|longer|over|above)\b)",
    re.IGNORECASE,
)
# "which department has the fewest folk in it?": in the department
GROUP_IN_IT = re.compile(
    r"(\b(?:which|what)\s+(?:department|dept|team|title)\b(?:(?!\band\b)[^?,])*?)\s+in\s+it"
    r"(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
# "how many use hotmail and how many use yahoo": how many of each.
AND_HOW_MANY_ARE = re.compile(
    r"\band\s+how\s+many\s+(?:(?:are|is|use|have|has)\s+)?(?:(?:on|in|with|using)\s+)?", re.I
)

# "ottilie doyle tenure years": her tenure in years.
TENURE_YEARS = re.compile(r"\btenure\s+(?=(?:years?|yrs?)\s*[?.!]*\s*$)", re.IGNORECASE)
# "how many use a yahoo address for their work email": the e-mail is the address.
FOR_THEIR_EMAIL = re.compile(
    r"(\baddress(?:es)?)\s+(?:for|as)\s+(?:their|his|her)\s+(?:work\s+)?e-?mail\b", re.I
)

# "earliest hire in HR and their date": the person, whose answer gives the date with them.
# "the longest-serving President, and on what date was that person hired?": the same.
_THAT_ONE = r"(?:that\s+person|this\s+person|the\s+person|he|she|they)"
THEIR_DATE_TOO = re.compile(
    r"(\b(?:earliest|latest|first|last|newest|most\s+recent)\s+(?:hire|joiner|joinee|starter)\b"
    r"[^?]*?|\blongest[\s-]serving\s+[\w-]+\b[^?]*?)\s*,?\s+(?:and|(?:along\s+)?with)\s+(?:doj\b"
    r"|(?:(?:their|his|her)\s+|(?<=with\s)(?:the\s+)?)(?:hire\s+|start\s+|joining\s+)?date"
    r"(?:\s+of\s+(?:hire|employment|joining|appointment))?\b(?!\s+of\b)"
    rf"|(?:on\s+)?(?:what|which)\s+date\s+(?:was|were|did)\s+{_THAT_ONE}\s+"
    r"(?:hired|join|joined|start|started)\b)",
    re.IGNORECASE,
)


def _hired_at_an_end(match: re.Match[str]) -> str:
    said = match.group(0).lower()
    if said.startswith("most"):
        return "most recently hired"
    return "hired " if said.startswith(("employed", "recruited", "engaged")) else "person hired"


def _both_said(match: re.Match[str]) -> str:
    """In a share, "... and are in Sales" says the part, which verbs.py reads."""
    return match.group(0) if SHARE_ASKED.search(match.string[: match.start()]) else " who are "


def _share_in_one(match: re.Match[str]) -> str:
    where = match.group("where") or match.group("at")
    return f"what share of {match.group('counted')} are {where}"


def _tenure_said_again(match: re.Match[str]) -> str:
    asked = match.string[: match.start()]
    return "" if TENURE_ASKED.search(asked) else match.group(0)


def _one_end_first(match: re.Match[str]) -> str:
    first, last = match.group("first").lower(), match.group("last").lower()
    return f"{first} first" if frozenset({first, last}) in OPPOSITE_ENDS else match.group(0)


def _tenure_said(match: re.Match[str]) -> str:
    said, who = "tenure in years" if match["unit"] else "tenure", match["who"] or "we"
    return said if who.lower() in ("we", "they") else f"{said} of {who}{match['where'] or ''}"


def _average_of_the_counted(match: re.Match[str]) -> str:
    where = match.group("where") or ""
    return f"what is the average {match.group('averaged')} of {match.group('counted')} {where}"


# In this order, with the other phrasings.
EVERYDAY_PHRASINGS: tuple[Rewrite, ...] = (
    (LENGTH_OF_TIME_HERE, _tenure_said),
    (AVERAGE_NUMBER_OF_YEARS, r"\1 "),
    (MY_TEAM_NAMED, ""),
    (SUPERLATIVES_DETAILS, r"the \2 of \1"),
    (COUNT_AND_THEIR_AVERAGE, _average_of_the_counted),
    (OVER_THE_TOTAL, "out of all employees"),
    (THE_YEAR_WHEN, r"\1 in which"),
    (YEAR_TO_DATE, "this year"),
    (UNDER_A_DEPARTMENT, "in the "),
    (UNDER_EACH, "per "),
    (OVER_A_SEASON, "during "),
    (TOP_GROUP, "most common "),
    (BEST_FOR_HIRING, "busiest "),
    (TENURE_IN_BRACKETS, _tenure_said_again),
    (DEPARTMENT_SOMEONE_IS_UNDER, r"\1 in"),
    (HOW_MANY_AND_WHAT_ARE_THEY, r"what \1 are there"),
    (LIST_AND_HOW_MANY, r"\1"),
    *GROUP_PHRASINGS,
    (AND_HOLD_THE_TITLE, "and are "),
    (SHARE_IN_PERCENT_OF, r"\1 \2, in percent"),
    (SHARE_VERSUS_THE_WHOLE, r"\1 out of all employees"),
    (AND_WHAT_SHARE_OF_ALL, "and what share is that"),
    (MOST_COMMON_AND_HOW_MANY, r"\1"),
    (ANY_TWO, "any "),
    (FRONTED_WHOLE, r"\1what \g<share> of \g<whole> are "),
    (PERCENT_OF_TOTAL, "share of total"),
    (N_PLUS_YEARS, r"\1 or more years of service"),
    (TENURE_OF_N_OR_MORE, r"\1 or more \2 of service"),
    (FROM_ONE_END_TO_THE_OTHER, _one_end_first),
    (ROUGHLY, ""),
    (COLUMN_TOO, r", with their \1"),
    (THE_SERVICE_OF, "in "),
    (OF_THE_YEAR, r"\1 "),
    (W_A_COLUMN, "with"),
    (OLDEST_TENURE, "longest "),
    (THE_EFFECTIVE, "the headcount"),
    (IN_PERCENTAGE_TERMS, "as a percentage"),
    (COMMA_BEFORE_AS_PERCENTAGES, " "),
    (MY_NAMED_TEAM, "the "),
    (WHERE_WORKS, "where does work"),
    (OVER_YEARS, "from "),
    (GROUPS_AND_HOW_MANY_IN_EACH, r"how many \2 per \1"),
    (THE_TOTAL_OF, "how many "),
    (IN_ONE_AND_IN_TOTAL, _share_in_one),
    (AND_ARE_ALSO, _both_said),
    (OF_ALL_OF_THEM, r"\1"),
    (LONGEST_TIME, "the longest"),
    (EMAIL_BREAKDOWN, r"\1 by email \2"),
    (EMAILS_BROKEN_DOWN, r"\1 by email \2"),
    (RANKED, ", most first"),
    (TOP_NAMES, r"the \1 most common \2"),
    (EVERY_YEAR_AGAIN, r"\1"),
    (WITH_EACH_SHARE, r"\1 in percent"),
    (EMAIL_TO_SOMEONE, r"what is the \1 of "),
    (EMPLOYED_AT_AN_END, _hired_at_an_end),
    (MAKE_HIRES, "have "),
    (SCOTS_WITH, "with"),
    (SCOTS_ALL, "all "),
    (SCOTS_WHAT, "what"),
    (UNIT_IN_BRACKETS, r" in \1"),
    (GROUPED_AGAIN, r"\1\3"),
    (GRP_BY, "by"),
    (ADDED_UP, _added_up),
    (GROUPS_WITH_THE_COUNT, r"how many employees per \1\g<rest>"),
    (EXACTLY_THEN_A_BOUND, ""),
    (GROUP_IN_IT, r"\1"),
    (AND_HOW_MANY_ARE, "and how many "),
    (TENURE_YEARS, "tenure in "),
    (FOR_THEIR_EMAIL, r"\1"),
    (THEIR_DATE_TOO, r"\1"),
)
