"""Phrasings met at first sight that the grammar reads once rewritten, each with one meaning:
office shorthand ("hires per year, YoY", "min and max hire date", "headcount share by
department", "Mgr to employee ratio"), audit wording ("within the period ... to ...", "hosted
on gmail.com"), conditions named with their columns ("dept is Engineering and title is
Manager"), speech ("like, what's ...", "and there departments"), initials ("T.G.") and "neither
... nor". Applied by `spoken.as_written`; anything else is left for the grammar to understand or
refuse."""

import re

from gptbridge.engines.offline.drafted_phrasings import DRAFTED_PHRASINGS
from gptbridge.engines.offline.everyday_phrasings import EVERYDAY_PHRASINGS
from gptbridge.engines.offline.formal_phrasings import FORMAL_PHRASINGS, Rewrite
from gptbridge.engines.offline.learner_phrasings import LEARNER_PHRASINGS
from gptbridge.engines.offline.lexicon import lexicon
from gptbridge.engines.offline.literal_phrasings import LITERAL_PHRASINGS
from gptbridge.engines.offline.occasions import OCCASIONS
from gptbridge.engines.offline.provider_phrasings import PROVIDER_PHRASINGS
from gptbridge.engines.offline.shorthand import DEFINED_BY_VALUES, SHORTHAND, defined_by_values
from gptbridge.engines.offline.tokens import PROVIDER_NAMES

# "the ratio of contractors to total employees in engineering": contractors as a percentage (of
# the employees in Engineering: the whole is everyone the other conditions leave); "the ratio
# of Managers to employees in Customer Service" too.
_EVERYONE = r"(?:employees|people|staff|headcount|workforce|employee\s+count|everyone|resources)"
RATIO_TO_ALL = re.compile(
    r"\b(?:the\s+)?ratio\s+of\s+((?:[\w'-]+\s+){0,4}?[\w'-]+)\s+to\s+(?:the\s+)?"
    rf"(?:(?:total|all|overall|whole)(?:\s+number\s+of)?(?:\s+{_EVERYONE})?|{_EVERYONE})\b",
    re.IGNORECASE,
)
# "the date of the first hiring", "the most recent hiring in HR": one hire, not hiring in general.
ONE_HIRING = re.compile(
    r"\b(first|earliest|last|latest|most\s+recent|newest)\s+hiring\b(?!\s+(?:date|day))"
    r"|\b(the)\s+hiring(?=\s+of\s+(?-i:[A-Z][a-z'-]+\s+[A-Z]))",  # "since the hiring of Jo Doe"
    re.I,
)

# "employees with initials T.G.", "initials JD": the first name starts with T, the last with G
# (capitals only: "the same initials as X" is a relation).
INITIALS_SAID = re.compile(
    r"\b(?:the\s+)?initials?\s+(?:of\s+)?(?!(?:as|is|of|in|at|on|to|or|an|by|be|do)\b)"
    r"(?-i:([A-Z])\.?\s?([A-Z]))\.?(?=[\s?,!]|$)",
    re.I,
)

# "which employee owns Leonie87@yahoo.com": has it ("who owns Sales" is a relation, refused).
OWNS_AN_ADDRESS = re.compile(r"\b(?:owns|own)\s+(?=[\w.+-]+@)", re.IGNORECASE)

# "count where dept is Engineering and title is Manager": a condition on each of two columns,
# so both hold ("Engineering and Manager" alone could mean either); one column twice stays a list.
_COLUMN_IS = (
    r"(?:the\s+)?(dept|department|team|division|title|role|position|job\s+title)\s*(?:==?|is|:)"
)
CONDITIONS_ON_TWO_COLUMNS = re.compile(
    rf"\b{_COLUMN_IS}(\s*'?[\w -]+?'?)\s*,?\s+and\s+(?={_COLUMN_IS})", re.IGNORECASE
)
COLUMN_SAID = {"dept": "department", "team": "department", "division": "department"}
COLUMN_SAID |= {"role": "title", "position": "title", "job title": "title"}

# "hires per year, YoY", "per year and the yoy change": per year, each with its change.
PER_YEAR_AND_ITS_CHANGE = re.compile(
    r"\b(?:per|by|each)\s+year\s*(?:,|\band\b|\bwith\b|&|\+)?\s*(?:the\s+|its\s+|their\s+)?"
    r"(?:yoy|y/y|y-o-y|year[-\s]over[-\s]year|yr\s+over\s+yr)(?:\s+(?:change|growth|delta|diff"
    r"|difference|%|percent(?:age)?(?:\s+change)?))?(?!\w)",
    re.IGNORECASE,
)

# "min and max hire date by title", "max start date": of dates, the earliest and the latest.
_MIN_MAX = r"(min(?:imum)?|max(?:imum)?)"
MIN_MAX_DATE = re.compile(
    rf"\b{_MIN_MAX}(?:\s*(?:and|&|/|,)\s*{_MIN_MAX})?\s+(?=(?:of\s+)?(?:the\s+)?(?:hire|start"
    r"|joining)[\s_]+dates?\b)",
    re.IGNORECASE,
)

# "headcount share by department": the share of the headcount, per department.
HEADCOUNT_SHARE = re.compile(
    r"\b(?:headcount|head\s+count|hc|workforce)\s+(share|percentage|percent|%)(?:\s+(?=by\b|per\b))",
    re.IGNORECASE,
)

# "like whats the email for X", "so like how many ...": a spoken "like" first says nothing.
LIKE_FIRST = re.compile(r"^\W*(?:(?:so|um+|uh+|ok|okay)[,\s]+)*like\b[,\s]+(?=\w)", re.IGNORECASE)
# "hired within the period 2015-01-01 to 2019-12-31": from one to the other.
WITHIN_THE_PERIOD = re.compile(
    r"\bwithin\s+the\s+(?:time\s+)?(?:period|date\s+range|range|window)\s+(?:of\s+|from\s+)?",
    re.IGNORECASE,
)
# "an e-mail address hosted on gmail.com": at gmail.com.
HOSTED_ON = re.compile(r"\bhosted\s+(?:on|at|by|with)\s+(?=@?[\w-]+\.\w)", re.IGNORECASE)
# "the share of Managers in Marketing relative to its total headcount": of its own headcount,
# as a share in a department is.
RELATIVE_TO_ITS_OWN = re.compile(
    r",?\s*\b(?:relative\s+to|compared\s+(?:to|with)|out\s+of)\s+(?:its|their)\s+(?:own\s+)?"
    r"(?:total\s+)?(?:headcount|size|total|staff)\b",
    re.IGNORECASE,
)
# "employees neither in HR nor managers": not in HR and not managers.
NEITHER_NOR = re.compile(
    r"(?<!starts with )(?<!ends with )(?<!ends in )(?<!contains )"
    r"\bneither\s+([^,?]{1,40}?)\s+nor\s+",
    re.IGNORECASE,
)
# "list the presidents and there departments": their (a homophone).
THERE_FOR_THEIR = re.compile(
    r"\b(and|with)\s+there\s+(?=(?:departments?|depts?|titles?|e-?mails?|hire\s+dates?|start"
    r"\s+dates?|names?|teams?|roles?)\b)",
    re.IGNORECASE,
)
# "Mgr to employee ratio overall": managers as a share of everyone.
RATIO_OF_ALL = re.compile(
    r"\b([\w-]+)\s+to\s+(?:total\s+)?(?:employees?|staff|headcount|people|workforce)\s+ratio\b",
    re.IGNORECASE,
)


FEWEST_SAID = frozenset({"lowest", "smallest", "minimum", "min"})


def _the_most_or_fewest(said: str) -> str:
    return "the fewest" if said.lower() in FEWEST_SAID else "the most"


def _the_most_or_fewest_employees(match: re.Match[str]) -> str:
    return f"{match.group(1)}{_the_most_or_fewest(match.group(2))} employees"


def _the_most_or_fewest_of_people(match: re.Match[str]) -> str:
    return _the_most_or_fewest(match.group(1))


def _earliest_or_latest(match: re.Match[str]) -> str:
    ends = [said for said in match.groups() if said]
    return (
        " and ".join("earliest" if end.lower().startswith("min") else "latest" for end in ends)
        + " "
    )


def _conditions_on_two_columns(match: re.Match[str]) -> str:
    first, value, second = match.group(1), match.group(2), match.group(3)
    columns = [COLUMN_SAID.get(" ".join(c.lower().split()), c.lower()) for c in (first, second)]
    if columns[0] == columns[1]:
        return match.group(0)  # "department is Sales and department is HR": a list
    return f"{match.group(0)[: match.start(2) - match.start(0)]}{value} "


# "the same first and last name initial": matching initials.
SAME_INITIAL_OF_BOTH = re.compile(
    r"\b(?:the\s+)?same\s+first\s+and\s+last(?:\s+name)?\s+initials?\b", re.IGNORECASE
)


# "what % of the whole company are Contractors": what % are (everyone is the whole already).
SHARE_OF_THE_WHOLE_COMPANY = re.compile(
    r"\b(percentage|percent|%|share|proportion|fraction)\s+of\s+(?:the\s+)?(?:whole|entire|total)"
    r"\s+(?:company|workforce|organi[sz]ation|org|staff|headcount|place|force)\s+(?=(?:are|is)\b)",
    re.IGNORECASE,
)
# "which department has the largest team": the most employees ("who has the biggest team": no)
LARGEST_TEAM = re.compile(
    r"\b((?:which|what)\s+(?:department|dept|division|group)\s+(?:has|have|had)\s+)(?:the\s+)?"
    r"(largest|biggest|smallest)\s+(?:team|headcount|staff)\b",
    re.IGNORECASE,
)
# "distinct titles and how many ppl have each": the titles, and how many of each.
DISTINCT_AND_HOW_MANY = re.compile(
    r"\b(?:distinct|different|unique)\s+((?:job\s+)?titles|departments|depts|teams|e-?mail\s+domains"
    r"|domains)\s+and\s+how\s+many\b",
    re.IGNORECASE,
)
# "hires in H1 vs H2 of 2017", "Q1 or Q2 2020": the year said once for both parts.
_PART = r"(h[12]|q[1-4]|first\s+half|second\s+half)"
PARTS_OF_ONE_YEAR = re.compile(
    rf"\b{_PART}\s+(vs\.?|versus|and|or|compared\s+to)\s+(?:the\s+)?{_PART}\s+(?:of\s+)?(\d{{4}})\b",
    re.IGNORECASE,
)


# "total employee count", "emp count": how many employees.
EMPLOYEE_COUNT = re.compile(
    r"\b(?:the\s+)?(?:total\s+)?(?:emp|employee|staff|people)\s+count\b", re.IGNORECASE
)
# "which designation is having highest nos. in Sales": the most (of people).
HIGHEST_NUMBER = re.compile(
    r"\b(?:the\s+)?(highest|lowest|largest|smallest|maximum|minimum|max|min)\s+"
    r"(?:number|nos?|count)\b\.?(?!\s*of\b)",
    re.IGNORECASE,
)
# "email domain split as % of total", "department breakdown in percent": each one's share.
SPLIT_AS_SHARES = re.compile(
    r"\b(e-?mail\s+domains?|domains?|departments?|depts?|titles?)\s+(?:split|breakdown"
    r"|distribution|mix)\s+(?:as\s+(?:a\s+)?|in\s+)(?:%|percentages?|percent)"
    r"(?:\s+of\s+(?:the\s+)?total)?",
    re.IGNORECASE,
)
# "breakdown of titles in HR as percentages", "a percentage breakdown of titles in HR".
_KEYS = r"(e-?mail\s+domains?|domains?|departments?|depts?|titles?)"
BREAKDOWN_AS_SHARES = re.compile(
    rf"\b(?:(?:a|the)\s+)?(?:breakdown|split|distribution|mix)\s+(?:of|by)\s+{_KEYS}\b"
    r"((?:\s+(?!as\b|with\b|in\s+(?:%|percent))[\w'-]+){0,3}?)\s+(?:as\s+(?:a\s+)?|in\s+|with\s+)"
    r"(?:%|percentages?|percent)\b"
    rf"|\b(?:(?:a|the)\s+)?(?:%|percentage|percent)\s+(?:breakdown|split|distribution|mix)\s+(?:of|by)\s+{_KEYS}",
    re.IGNORECASE,
)
# "employees in the company since before 2011": here since a day before 2011, hired before it.
HERE_SINCE_BEFORE = re.compile(
    r"\b(?:(?:are|is|have\s+been|has\s+been|been|were|was)\s+)?(?:in\s+the\s+company|at\s+the"
    r"\s+company|with\s+(?:us|the\s+company)|here|on\s+board)\s+since\s+before\b",
    re.IGNORECASE,
)
# "the longest employed person": the longest-serving.
LONGEST_EMPLOYED = re.compile(
    r"\blongest[\s-]+(?:employed|working(?!\s+time)|tenured|standing)\b", re.I
)
# "hires in the year before last", "the month preceding last month": 2 years (months) ago.
BEFORE_LAST = re.compile(
    r"\b(?:in\s+|during\s+)?the\s+(year|month|quarter)\s+(?:before|preceding|prior\s+to)\s+(?:the\s+)?"
    r"last(?:\s+(?:one|year|month|quarter))?\b",
    re.IGNORECASE,
)
# "the 5 oldest hires", "oldest 3 hires in Sales": the earliest hired (an "oldest employee" is
# about age, and refused).
OLDEST_HIRES = re.compile(r"\boldest(\s+\d+)?(?=\s+(?:hires|joiners|starters)\b)", re.I)
# "hired before 2015 and how many after?": before 2015 vs since 2015, the rest of the time.
BEFORE_AND_AFTER = re.compile(
    r"\b(before|after|until|since)\s+(\d{4})\s+(?:and|vs\.?|versus|compared\s+to)\s+"
    r"(?:how\s+many\s+)?(after|before|since)\b(?!\s+(?:that\b|then\b|\d))",
    re.IGNORECASE,
)
# The other side of a cut said once: "before 2018 vs after" leaves no year out.
OTHER_SIDE = {"before": "since", "after": "through", "since": "before", "until": "after"}


def _before_and_after(match: re.Match[str]) -> str:
    said, year = match.group(1), match.group(2)
    return f"{said} {year} vs {OTHER_SIDE[said.lower()]} {year}"


# "working by us" (German "bei uns"): with us.
BY_US = re.compile(r"\b(work|works|working|worked|been|is|are)\s+by\s+us\b", re.IGNORECASE)
# Chat around an exact question: "roughly how many", "..., in years roughly?", "over in
# Marketing", "these days", "..., do you think?", "percentage-wise", "the last 5 years or so",
# "in Sales or somewhere else?", "the most people in it?". The answer is exact either way.
ROUGHLY = re.compile(
    r"\b(?:roughly|approximately|approx\.?|more\s+or\s+less)\s+(?=how\b|what\b|which\b)"
    r"|,?\s+(?:roughly|approximately|more\s+or\s+less)\s*(?=(?:,?\s*(?:eh|lol|thx|thanks))?[?.!]*$)",
    re.IGNORECASE,
)
OVER_IN = re.compile(r"\bover\s+(?=in\s)", re.IGNORECASE)
THESE_DAYS = re.compile(r"\bthese\s+days\b", re.IGNORECASE)
DO_YOU_THINK = re.compile(r",?\s+do\s+you\s+(?:think|know|reckon)\s*(?=[?.!]*$)", re.I)
PERCENTAGE_WISE = re.compile(r",?\s+(?:percentage|percent)[\s-]wise\b", re.IGNORECASE)
OR_SO = re.compile(r"\b(years|months|weeks|days)\s+or\s+so\b", re.IGNORECASE)
OR_ELSEWHERE = re.compile(r"\s+or\s+(?:somewhere|someplace|anywhere)\s+else\b", re.I)
# "the employees what are in Sales and are managers": "and are" adds a second condition on the
# same people, as "and who are" does.
AND_ARE = re.compile(
    r"\b((?:who|what|that|which)\s+(are|is|were|was)\s+[^?.!,]+?)\s+and\s+\2\s+"
    r"(?!there\b|they\b|the\b|those\b|these\b|any\b|all\b)",
    re.IGNORECASE,
)
# "first name starts with A and last name with B": the verb said once serves both.
TEXT_VERB_ONCE = re.compile(
    r"\b((?:starts?|starting|begins?|beginning|ends?|ending)\s+with)\s+(\S+)\s+and\s+"
    r"((?:(?:their|the|his|her)\s+)?(?:first|last|sur|family|given)\s*name|e-?mail)\s+with\b",
    re.IGNORECASE,
)
# "what percentage of emails have a digit in them": contain one.
HAVE_IN_THEM = re.compile(
    r"\b(?:have|has)\s+((?:an?|any|some)\s+[\w']+)\s+in\s+(?:them|it)(?=\s*[?.!]*$)",
    re.IGNORECASE,
)
IN_IT = re.compile(r"(?<=\bpeople)\s+in\s+it(?=\s*[?.!]*$)", re.IGNORECASE)
# "list all the Presidents and which department each of them is in": with their department
# (after a count, how many in each: `pointing.py`).
AND_WHICH_COLUMN = re.compile(
    r",?\s+(?:and|along\s+with|together\s+with)\s+(?:which|what)\s+(department|dept|team|title|role)s?\s+(?:each(?:\s+of\s+them"
    r"|\s+one)?\s+|they\s*|he\s+|she\s+)?(?:is|are|'re)(?:\s+they)?\s+(?:in|at)?\s*(?=[?.!]*$)"
    r"|,?\s+and\s+(?:which|what)\s+(department|dept|team|title|role)\s+(?:he|she)'s\s+(?:in|at)\s*"
    r"(?=[?.!]*$)",
    re.IGNORECASE,
)
# "in which departments do they sit", "what team does she work in": which one they are in.
WHERE_THEY_SIT = re.compile(
    r"\b(?:in\s+)?(which|what)\s+(departments?|depts?|teams?)\s+(?:do\s+(they)|does\s+(he|she))\s+"
    r"(?:sit|work|belong)(?:\s+(?:in|to))?\b",
    re.IGNORECASE,
)


def _with_their_column(match: re.Match[str]) -> str:
    counted = re.match(r"\W*how\s+many\b", match.string, re.IGNORECASE)
    column = match.group(1) or match.group(2)  # "... and what department she's in"
    return match.group(0) if counted else f" with their {column}"


def _where_they_sit(match: re.Match[str]) -> str:
    which, column, they, one = match.groups()
    return f"{which} {column} are they in" if they else f"{which} {column} is {one} in"


# "contractors by dept" with no verb: how many per department, as "hires by year" is, and
# "contractors by dept - top 5" ranks the departments; "list contractors by dept" sorts them.
BARE_BREAKDOWN = re.compile(
    r"^\W*(?!(?:list|show|give|display|print|sort|order|arrange|rank|who|whom|what|which|name|names"
    r"|get|fetch|find|pull|tell|can|could|would|please|pls|kindly|all|every|everyone|everybody"
    r"|how)\b)((?:[\w'-]+\s+){0,4}?[\w'-]+)\s+by\s+(dept|depts|departments?|teams?|titles?"
    r"|roles?|job\s+titles?|divisions?)(?:\s*[,:;\u2013\u2014-]*\s*(?P<ranked>(?:top|bottom)\s+\d+))?"
    r"\s*[?.!]*$",
    re.IGNORECASE,
)
# ... of people only: not "avg hire yr by dept", "min and max hire date by title", "headcount
# share by department", "2016 hires sorted by department".
NOT_PEOPLE_ALONE = re.compile(
    r"%|\b(?:avg|average|mean|median|min|max|minimum|maximum|earliest|latest|oldest|newest|first"
    r"|last|share|percent\w*|split|dates?|years?|yrs?|tenure|service|count|cnt|num|nos|number|total|hc"
    r"|headcount|sorted|ordered|most|fewest|top|breakdown|distribution|ratio|emails?|names?)\b",
    re.IGNORECASE,
)


def _bare_breakdown(match: re.Match[str]) -> str:
    if NOT_PEOPLE_ALONE.search(match.group(1)):
        return match.group(0)
    ranked = f", {match.group('ranked')}" if match.group("ranked") else ""
    return f"how many {match.group(1)} per {match.group(2)}{ranked}"


# "hired this month (on this day) in any year": an anniversary this month (today), never this
# month of this year ("in any year" is otherwise a filler); "celebrates a work anniversary in
# January"; "which month has the most work anniversaries" (the month with the most hires).
THIS_MONTH_OF_ANY_YEAR = re.compile(
    r"\b(?:(?:were|was|been|got)\s+)?(?:(?:hired|joined|started)(?:\s+(?:in|on))?\s+)?\b(?:(this|next"
    r"|last)\s+month|this\s+day|this\s+date|today(?:'s\s+date)?)\s+(?:in|of|across|for)\s+(?:any"
    r"|every|all|previous|past|other|earlier)\s+(?:the\s+)?years?\b",
    re.IGNORECASE,
)
CELEBRATES = re.compile(
    r"\bcelebrat(?:es|ing|e)\s+(?:a|an|their|his|her)\s+(?=(?:work\s+)?anniversary\b)", re.I
)
MONTH_OF_MOST_ANNIVERSARIES = re.compile(
    r"\b(which|what)\s+month\b(.{0,40}?)\bthe\s+most\s+(?:work\s+)?anniversaries\b", re.I
)
# "Q3'21 adds", "H1'21 hires": the quarter or half of 2021.
PART_OF_A_SHORT_YEAR = re.compile(r"\b([qh][1-4])'(?=\d{2}\b)", re.IGNORECASE)
# "hires before 2015 vs from 2015 on": since 2015.
FROM_ON = re.compile(r"\bfrom\s+(\d{4})\s+on\b(?!\s+(?:the\b|\d|[a-z]+day))", re.IGNORECASE)
# "hc sales mktg combined": the two, together.
TWO_COMBINED = re.compile(r"\b([\w&-]+)\s+([\w&-]+)\s+(?=combined\b)", re.IGNORECASE)


def _two_combined(match: re.Match[str]) -> str:
    said = [lexicon().entry((word.lower(),)) for word in match.groups()]
    values = [entry.payload for entry in said if entry is not None and entry.terminal == "VALUE"]
    if len(values) != 2 or values[0][0] != values[1][0]:
        return match.group(0)
    return f"{match.group(1)} and {match.group(2)} "


# "employees who completed 15 yrs with the company", "how many have reached 10 years of service
# (as of today)": at least that many years of service, now. Reached in a period ("who reached 10
# years this year") is the anniversary, read elsewhere.
COMPLETED_YEARS = re.compile(
    r"\b(?:(?:have\s+|has\s+)?completed|(?:have|has)\s+(?:already\s+)?"
    r"(?:reached|hit|passed|crossed|clocked(?:\s+up)?|done|served))\s+(\d+)\s+(?:years?|yrs?)"
    r"(?:\s+of\s+service)?(?:\s+(?:with|in|at)\s+(?:the\s+|our\s+)?"
    r"(?:company|us|org|organi[sz]ation|firm|business))?(?:\s+(?:so\s+far|to\s+date|already|yet"
    r"|(?:as\s+of\s+)?(?:today|now)))?",
    re.IGNORECASE,
)

# "sales headcount as a % of engineering headcount": the ratio of one group to another.
GROUP_AS_A_SHARE_OF_ANOTHER = re.compile(
    r"\b([\w-]+(?:\s+(?!headcount\b)[\w-]+)?)\s+(?:headcount\s+)?as\s+(?:a\s+)?(?:%|percent(?:age)?)\s+of\s+"
    r"(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)\s+headcount\b",
    re.IGNORECASE,
)
# "the number of Associates and the number of Assistants, separately": each, as "and" says.
SEPARATELY = re.compile(r",?\s*\b(?:separately|individually|respectively)\s*(?=[.?!]*$)", re.I)

# "the 5 collaborators with the most seniority", "who has most tenure": the longest tenure.
MOST_SENIORITY = re.compile(
    r"\b(with|has|have|had)\s+(?:the\s+)?(?:most|highest|greatest|max(?:imum)?)\s+"
    r"(?:seniority|tenure|antiquity|years\s+of\s+service)\b",
    re.I,
)
# "any emp by name Lori Will": named Lori Will ("list employees by name" is an order).
BY_NAME = re.compile(
    r"\b(emps?|employees?|anyone|anybody|someone|somebody|persons?|people|staff|colleagues?)"
    r"\s+by\s+(?:the\s+)?name\s+(?=(?-i:[A-Z][a-z'-]+\s+[A-Z][a-z'-]+))",  # a full name
    re.IGNORECASE,
)

# "compare the number of hires in 2020 with the number of hires in 2019": hires in 2020 vs
# 2019, the two counts side by side (the second said again in full, or as "the number in").
_COUNTED = r"(?:(?:the\s+)?(?:number|count|total)\s+of\s+|how\s+many\s+)"
TWO_COUNTS_COMPARED = re.compile(
    rf"(\b(?:compare|comparing|comparison\s+of)\s+(?:the\s+)?{_COUNTED}?|\b{_COUNTED})"
    r"([\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(in|during|from|among|within|for)\s+"
    r"([\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:with|to|against|and|versus|vs\.?)\s+"
    r"(?:(?:the\s+)?(?:number|count|total)(?:\s+of)?\s+|how\s+many\s+)?(?:\2\s+|those\s+|the\s+ones\s+)?"
    r"\3\s+(?!(?:which|what|whose|how|each|every|all|any|total)\b)",
    re.IGNORECASE,
)


def _group_as_a_share_of_another(match: re.Match[str]) -> str:
    said = [lexicon().entry(tuple(group.lower().split())) for group in match.groups()]
    values = [entry.payload for entry in said if entry is not None and entry.terminal == "VALUE"]
    if len(values) != 2 or values[0][0] != values[1][0] or values[0] == values[1]:
        return match.group(0)
    return f"ratio of {match.group(1)} to {match.group(2)}"


def _each_said_with_and(match: re.Match[str]) -> str:
    """ "how many in Sales and HR separately": each (as "and" compares them); "having yahoo
    mail, hotmail and gmail separately", where providers joined are either: each provider's."""
    said = match.string
    joined = re.search(r"\band\b", said, re.I) and not re.search(r"\bor\b", said, re.I)
    if joined and len(set(re.findall(PROVIDER_NAMES, said, re.I))) > 1:
        return " by email domain"
    return "" if joined else match.group(0)


# In this order.
PHRASINGS: tuple[Rewrite, ...] = (
    *OCCASIONS,
    *FORMAL_PHRASINGS,
    *DRAFTED_PHRASINGS,
    *LITERAL_PHRASINGS,
    *EVERYDAY_PHRASINGS,
    *LEARNER_PHRASINGS,
    *SHORTHAND,
    (RATIO_TO_ALL, r"\1 as a percentage of everyone"),
    (ONE_HIRING, r"\1\2 hire"),
    (OWNS_AN_ADDRESS, "has "),
    (MIN_MAX_DATE, _earliest_or_latest),
    (HEADCOUNT_SHARE, r"\1 of headcount "),
    (LIKE_FIRST, ""),
    (WITHIN_THE_PERIOD, "from "),
    (HOSTED_ON, "at "),
    (RELATIVE_TO_ITS_OWN, ""),
    (NEITHER_NOR, r"not \1 and not "),
    (THERE_FOR_THEIR, r"\1 their "),
    (RATIO_OF_ALL, r"\1 as a percentage"),
    (PER_YEAR_AND_ITS_CHANGE, "per year with year-over-year change"),
    (CONDITIONS_ON_TWO_COLUMNS, _conditions_on_two_columns),
    (INITIALS_SAID, r"first name starting with \1 and last name starting with \2"),
    (SAME_INITIAL_OF_BOTH, "matching initials"),
    (SHARE_OF_THE_WHOLE_COMPANY, r"\1 "),
    (LARGEST_TEAM, _the_most_or_fewest_employees),
    (DEFINED_BY_VALUES, defined_by_values),
    (DISTINCT_AND_HOW_MANY, r"\1 and how many"),
    (PARTS_OF_ONE_YEAR, r"\1 \4 \2 \3 \4"),
    (EMPLOYEE_COUNT, "how many employees"),
    (HIGHEST_NUMBER, _the_most_or_fewest_of_people),
    (SPLIT_AS_SHARES, r"share of headcount by \1"),
    (
        BREAKDOWN_AS_SHARES,
        lambda m: f"share of headcount by {m.group(1) or m.group(3)}{m.group(2) or ''}",
    ),
    *PROVIDER_PHRASINGS,
    (HERE_SINCE_BEFORE, "hired before"),
    (OLDEST_HIRES, r"earliest\1"),
    (BEFORE_LAST, r"2 \1s ago"),
    (LONGEST_EMPLOYED, "longest-serving"),
    (BEFORE_AND_AFTER, _before_and_after),
    (BY_US, r"\1 with us"),
    (BARE_BREAKDOWN, _bare_breakdown),
    (
        THIS_MONTH_OF_ANY_YEAR,
        lambda m: f"with a work anniversary {f'{m[1]} month' if m[1] else 'today'}",
    ),
    (CELEBRATES, "has a "),
    (MONTH_OF_MOST_ANNIVERSARIES, r"\1 month\2the most hires"),
    (PART_OF_A_SHORT_YEAR, r"\1 '"),
    (FROM_ON, r"since \1"),
    (TWO_COMBINED, _two_combined),
    (ROUGHLY, ""),
    (OVER_IN, ""),
    (THESE_DAYS, "now"),
    (DO_YOU_THINK, ""),
    (PERCENTAGE_WISE, " as a percentage"),
    (OR_SO, r"\1"),
    (OR_ELSEWHERE, ""),
    (IN_IT, ""),
    (HAVE_IN_THEM, r"contain \1"),
    (TEXT_VERB_ONCE, r"\1 \2 and \3 \1"),
    (AND_ARE, r"\1 and who \2 "),
    (WHERE_THEY_SIT, _where_they_sit),
    (AND_WHICH_COLUMN, _with_their_column),
    (COMPLETED_YEARS, r"with at least \1 years of service"),
    (GROUP_AS_A_SHARE_OF_ANOTHER, _group_as_a_share_of_another),
    (SEPARATELY, _each_said_with_and),
    (MOST_SENIORITY, r"\1 the longest tenure"),
    (BY_NAME, r"\1 named "),
    (TWO_COUNTS_COMPARED, r"\1\2 \3 \4 vs "),
)
