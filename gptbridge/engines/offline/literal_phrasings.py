"""Phrasings translated word for word from another language, each with one meaning: German's
"sortiert nach" ("sorted after hire date": by it), "die E-Mail von" ("the email from Janiya
West": hers), "beginnend mit 2015" ("per year, beginning with 2015": since 2015), "am längsten
im Unternehmen" ("working the longest time in the company": here the longest). Applied first by
`spoken.as_written`, through `phrasings.PHRASINGS`."""

import re

from gptbridge.engines.offline.formal_phrasings import Rewrite

_COMPANY = r"(?:the|this|our)\s+(?:company|firm|organi[sz]ation|business)"
# "sorted after hire date", "ordered after surname": by it.
SORTED_AFTER = re.compile(r"\b(sorted|ordered|sort|order)\s+after\b", re.IGNORECASE)
# "the email from Janiya West", "the hire date from Koby Cole": of the person ("the emails
# from Sales" are those of Sales too).
COLUMN_FROM = re.compile(
    r"(?<!\bby\s)\b(e-?mails?(?:\s+address(?:es)?)?|titles?|departments?|dept|hire\s+dates?"
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
IN_THE_COMPANY_LONGEST = re.compile(
    rf"\b(working|worked|been)\s+(?:in|at|with|for)\s+{_COMPANY}\s+(?=the\s+(?:longest|shortest)\b)",
    re.IGNORECASE,
)

# In this order, before the other phrasings.
LITERAL_PHRASINGS: tuple[Rewrite, ...] = (
    (SORTED_AFTER, r"\1 by"),
    (COLUMN_FROM, r"\1 of "),
    (BEGINNING_WITH, "since "),
    (LONGEST_IN_THE_COMPANY, r"\1 here \2"),
    (IN_THE_COMPANY_LONGEST, r"\1 here "),
)
