"""Everyday wordings that ask for the groups or the people themselves, and how many they are:
"How many titles are there in the company, and what are they?" (the titles, which the answer
counts), "list all the departments with the number of employees in each" (how many per
department), "list everyone in HR and tell me how many there are" (the list, which says how many).
Met at first sight (README, stops 45 and 51); applied by `spoken.as_written`, through
`everyday_phrasings.EVERYDAY_PHRASINGS`."""

import re

_GROUPS = r"(departments|depts|titles|teams)"

# "How many titles are there (in the company), and what are they (called)?": the titles.
HOW_MANY_AND_WHAT_ARE_THEY = re.compile(
    rf"^\W*how\s+many\s+{_GROUPS}\s+(?:are\s+there|do\s+we\s+"
    r"(?:even\s+|actually\s+|really\s+)?have)(?:\s+(?:in|at|across)\s+(?:the|our|this)\s+"
    r"(?:company|organi[sz]ation|firm|business|directory)|\s+in\s+total|\s+altogether)?"
    r"\s*,?\s+and\s+(?:(?:what|which)\s+are\s+they"
    r"(?:\s+called)?|what\s+are\s+(?:their|the)\s+names|(?:name|list)\s+them)\b",
    re.IGNORECASE,
)

# "list all the departments and how many employees are in each (one)", "the departments with
# the number of employees in each": how many per department.
GROUPS_AND_HOW_MANY_IN_EACH = re.compile(
    r"\b(?:list\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:(?:distinct|different|unique)\s+)?"
    rf"{_GROUPS}\s+(?:and|with)\s+(?:how\s+many|#\s*of|(?:the\s+)?(?:number|count)\s+of)\s+"
    r"([\w-]+)\s+(?:(?:are\s+|there\s+are\s+)?in|have|hold|has|for)\s+each"
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
