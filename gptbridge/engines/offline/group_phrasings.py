"""Everyday wordings that ask for the groups or the people themselves, and how many they are:
"How many titles are there in the company, and what are they?" (the titles, which the answer
counts), "list all the departments with the number of employees in each" (how many per
department), "list everyone in HR and tell me how many there are" (the list, which says how many).
Met at first sight (README, stops 45 and 51); applied by `spoken.as_written`, through
`everyday_phrasings.EVERYDAY_PHRASINGS`."""

import re

from text_to_num import text2num

from gptbridge.engines.offline.formal_phrasings import Rewrite
from gptbridge.engines.offline.words import TENS
from gptbridge.schema import describe_directory

_GROUPS = r"(departments|depts|titles|teams)"

# "How many titles are there (in the company), and what are they (called)?": the titles.
HOW_MANY_AND_WHAT_ARE_THEY = re.compile(
    rf"^\W*how\s+many\s+{_GROUPS}\s+(?:are\s+there|there\s+are|do\s+we\s+"
    r"(?:even\s+|actually\s+|really\s+)?have)(?:\s+(?:in|at|across)\s+(?:the|our|this)\s+"
    r"(?:company|organi[sz]ation|firm|business|directory)|\s+in\s+total|\s+altogether)?"
    r"\s*,?\s+and\s+(?:(?:what|which)\s+are\s+they"
    r"(?:\s+called)?|what\s+are\s+(?:their|the)\s+names|(?:name|list)\s+them)\b",
    re.IGNORECASE,
)

# "list all the departments and how many employees are in each (one)", "the departments (along)
# with the number of employees in each": how many per department.
GROUPS_AND_HOW_MANY_IN_EACH = re.compile(
    r"\b(?:list\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:(?:distinct|different|unique)\s+)?"
    r"(?:job\s+)?(departments?|depts?|titles?|teams?)\s+(?:and|(?:along\s+|together\s+)?with)\s+(?:how\s+many"
    r"|#\s*of|(?:the\s+)?(?:number|count)\s+of)\s+([\w-]+)\s+(?:(?:(?:are\s+|there\s+are\s+)?in"
    r"|have|hold|has|for)\s+)?each"
    r"(?:\s+(?:one|department|dept|title|team))?\b",
    re.IGNORECASE,
)

# "Can you list everyone in HR and tell me how many of them there are?": the list, whose answer
# says how many (the count alone dropped the list).
LIST_AND_HOW_MANY = re.compile(
    r"^(\W*(?:(?:please|can\s+you|could\s+you|would\s+you)\s+)*(?:list|show|name)\b.*?)\s*,?\s+"
    r"and\s+(?:also\s+)?(?:tell\s+me\s+|say\s+)?how\s+many(?:\s+of\s+them)?(?:\s+there\s+are"
    r"|\s+are\s+there|\s+they\s+are)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)

# "compare the number of Sales staff and Marketing staff": the staff of both ("Sales and Marketing
# staff").
_GROUP_SAID = r"(?!(?:the|all|our|their|and|or|of)\b)[\w&-]+(?:\s+(?!(?:and|or|vs|of)\b)[\w&-]+)?"
STAFF_SAID_OF_EACH = re.compile(
    rf"\b(?P<first>{_GROUP_SAID})\s+(?P<people>staff|people|employees|folks|team|members)\s+"
    rf"(?P<joiner>and|or|vs\.?|versus)\s+(?P<second>{_GROUP_SAID})\s+(?P=people)\b",
    re.IGNORECASE,
)
# "how many HR interns and HR assistants": the group said once ("HR interns and assistants");
# never a year ("March 2022 or March 2021" is not "March 2022 or 2021", all of 2021).
GROUP_SAID_BEFORE_EACH = re.compile(
    r"\b(?!(?:in|on|at|for|of|from|to|by|with|since|before|after|the|a|an|not|no|all|any"
    rf"|nineteen|{'|'.join(TENS)}|hundred|thousand)\b)"  # "twenty twelve and twenty fourteen"
    r"(?P<group>[A-Za-z][\w&-]*)\s+(?P<first>[A-Za-z][\w-]*)\s+(?P<joiner>and|or|vs\.?|versus)\s+"
    r"(?P=group)\s+(?=[\w-]+)",
    re.IGNORECASE,
)

# "for each of the eight titles", "all 7 departments": how many there are, said; a number that
# is not how many there are is left to be refused ("the 7 departments with the most" is a top 7).
_COLUMN_OF = {"departments": "department", "depts": "department", "titles": "title"}
GROUPS_COUNTED = re.compile(
    r"\b(each\s+of\s+the|all(?:\s+of\s+the|\s+the)?)\s+(\d{1,2}|[a-z]+)\s+"
    r"(departments|depts|titles)\b",
    re.IGNORECASE,
)


def groups_counted(match: re.Match[str]) -> str:
    said, number, groups = match.groups()
    try:
        count = int(number) if number.isdigit() else text2num(number.lower(), "en")
    except ValueError:
        return match.group(0)
    column = _COLUMN_OF[groups.lower()]
    values = next(
        c.allowed_values for c in describe_directory("sqlite").columns if c.name == column
    )
    return f"{said} {groups}" if count == len(values) else match.group(0)


# Applied after the other everyday phrasings, in this order.
# "distinct titles + count per title", "departments and headcount by department": the groups
# are those counted, said twice (without this, "count per title" read nothing more).
GROUPS_AND_A_COUNT_PER_GROUP = re.compile(
    r"\b(?:(?:distinct|different|unique|all|the)\s+)*(?P<group>title|department|dept|team)s?"
    r"\s*(?:and|with|\+|&)\s+(?:the\s+|their\s+)?(?:count|number|headcount|#)s?"
    r"\s+(?:per|by|for\s+each|in\s+each|of\s+each)\s+(?:the\s+)?(?P=group)\b",
    re.IGNORECASE,
)
# "which team is smallest team?": the group said twice; "how many title kind we have": kinds of
# titles.
GROUP_SAID_AGAIN = re.compile(
    r"\b((?:which|what)\s+(department|dept|team|title)\s+is\s+(?:the\s+)?(?:\w+est|most\s+\w+))\s+"
    r"\2\b",
    re.IGNORECASE,
)
KIND_OF_GROUP = re.compile(r"\b(title|department|dept|role)s?\s+(?:kinds?|types?)\b", re.IGNORECASE)
# "emails for every manager in Engineering": the e-mails of each of them, no grouping.
FOR_EACH_OF_THEM = re.compile(
    r"\b(e-?mails?|names?|titles?|hire\s+dates?|start\s+dates?)\s+for\s+(?:every|each|all)\s+"
    r"(?!(?:department|dept|title|role|team|year|month|quarter|week|day)s?\b)",
    re.IGNORECASE,
)
# "the staff under Customer Service", "hired in 2019 under Engineering": in it ("under" before a
# number stays "less than").
_DEPARTMENTS = next(c for c in describe_directory("sqlite").columns if c.name == "department")
UNDER_A_DEPARTMENT = re.compile(
    r"\bunder\s+(?:the\s+)?(?=(?:"
    + "|".join(re.escape(value) for value in _DEPARTMENTS.allowed_values)
    + r")\b)",
    re.IGNORECASE,
)
# A school's "faculties": its departments ("which faculty has the most staff", "headcount for each
# faculty"); "how many faculty" stays its staff.
A_FACULTY = re.compile(
    r"\b(which|what|each|every|per|smallest|largest|biggest)\s+faculty\b(?!\s+members?\b)", re.I
)
FACULTIES = re.compile(r"\bfaculties\b", re.IGNORECASE)
GROUP_PHRASINGS: tuple[Rewrite, ...] = (
    (GROUPS_AND_A_COUNT_PER_GROUP, r"how many employees per \g<group>"),
    (GROUP_SAID_AGAIN, r"\1"),
    (FOR_EACH_OF_THEM, r"\1 of every "),
    (UNDER_A_DEPARTMENT, "in "),
    (A_FACULTY, r"\1 department"),
    (FACULTIES, "departments"),
    (KIND_OF_GROUP, r"kinds of \1s"),
    (STAFF_SAID_OF_EACH, r"\g<first> \g<joiner> \g<second> \g<people>"),
    (GROUPS_COUNTED, groups_counted),
    (GROUP_SAID_BEFORE_EACH, r"\g<group> \g<first> \g<joiner> "),
)
