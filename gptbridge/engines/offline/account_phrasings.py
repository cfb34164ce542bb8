"""An IT administrator's words for the directory, each with one meaning: a person's "account"
(the person: "how many accounts in Engineering"), "mailbox" (the e-mail address), "resolve user
X" (look X up), a record's number ("employee 100": refused), and "accounts" as the department,
where it is one ("the accounts team", "works in accounts"). Applied first by
`spoken.as_written`; "user accounts" stays a question about the service's own logins, which the
directory does not hold, and is refused."""

import re

from gptbridge.engines.offline.formal_phrasings import Rewrite

# "the accounts team", "accounts dept", "accounts headcount": the Accounting department.
_GROUP_OR_PEOPLE = (
    r"team|teams|dept|depts|department|division|section|function|staff|people|employees"
    r"|headcount|hc|folks|personnel|resources|members|ppl|persons|peeps|guys|crew|workers"
    r"|colleagues"
)
ACCOUNTS_DEPARTMENT = re.compile(rf"\baccounts\s+(?=(?:{_GROUP_OR_PEOPLE})\b)", re.IGNORECASE)
# "how many work in accounts", "anyone from accounts hired in 2020": in Accounting.
IN_ACCOUNTS = re.compile(
    r"\b(in|from|within)\s+(?:the\s+)?accounts\b(?!\s+(?:created|opened|made|added|set\s+up)\b)",
    re.IGNORECASE,
)
# "the account details for Dayna Morissette": her details.
ACCOUNT_DETAILS = re.compile(r"\baccount\s+(?=(?:details|info|information|record)\b)", re.I)
# "how many accounts in Engineering", "which department has the most accounts": people; not
# "user accounts" (logins), nor an e-mail's or a bank's.
ACCOUNTS_AS_PEOPLE = re.compile(
    r"(?<!\buser\s)(?<!\bemail\s)(?<!\be-mail\s)(?<!\bmail\s)(?<!\blogin\s)(?<!\badmin\s)"
    r"(?<!\bbank\s)\baccounts\b(?!\s+(?:created|opened|set\s+up)\b)",
    re.IGNORECASE,
)
# "a gmail acct", "lookup acct:", "how many accts use gmail": an account; "acct" is the
# department only where one is said ("in acct", "the acct team", "acct interns", "sales vs acct").
_TITLES = r"interns?|managers?|assistants?|associates?|contractors?|presidents?|vice|vps?|junior"
ACCT_AN_ACCOUNT = re.compile(
    r"(?<!\bin\s)(?<!\bfrom\s)(?<!\bwithin\s)(?<!\bof\s)(?<!\bthe\s)(?<!\bat\s)(?<!\bvs\s)"
    r"(?<!\bversus\s)(?<!\band\s)\bacct(s?)\b"
    rf"(?!\s+(?:{_GROUP_OR_PEOPLE}|{_TITLES}|hired|joined)\b)(?!\?)",
    re.IGNORECASE,
)
# "bridget turcotte mailbox?", "the mailbox address of X", "how many mailboxes in Sales".
MAILBOX = re.compile(r"\bmail\s?box(es)?(?:\s+address(?:es)?)?\b", re.IGNORECASE)
# "who owns the address olaf_kling@gmail.com", "is the address X@y.com in use": an address
# followed by an e-mail is that e-mail, not a street address.
ADDRESS_OF_AN_EMAIL = re.compile(r"\baddress(?:es)?\s+(?=[\w.+'-]+@[\w-]+\.)", re.IGNORECASE)
# "who owns the email X@y.com", "who owns olaf_kling@gmail.com": who has it ("who owns Sales"
# asks for a reporting line, and is refused).
OWNS_AN_EMAIL = re.compile(
    r"\bowns\s+(?=(?:the\s+|this\s+|that\s+)?(?:e-?mail|address|mailbox)\b|[\w.+'-]+@)", re.I
)
# "the owner of Mavis.Towne@hotmail.com": the employee with it; "which email belongs to X":
# X's ("belongs to" before a department is a copula: "who belongs to Sales").
OWNER_OF_AN_EMAIL = re.compile(
    r"\b(?:the\s+)?owner\s+of\s+(?=(?:the\s+)?(?:e-?mail|address|mailbox)\b|[\w.+'-]+@)", re.I
)
EMAIL_BELONGS_TO = re.compile(
    r"\b(e-?mail(?:\s+address)?|address|mailbox)\s+(?:belongs|belonged|belonging)\s+to\b", re.I
)
# "resolve user VITO JENKINS", "resolve ernesto baumbach": look the person up.
RESOLVE = re.compile(
    r"^\W*(?:pls\s+|please\s+|can\s+you\s+)?resolve\s+(?:the\s+)?(?:user\s+)?", re.I
)

# "resolve ernesto baumbach -> email": an arrow from the person to what is wanted of them;
# between two years ("hires 2021 -> 2022") it sets them side by side. "=>" before a number is
# "at least" ("tenure => 15 years").
ARROW = re.compile(r"\s*(?:-+>|=>(?!\s*\d)|\u2192)\s*")
YEAR_TO_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*(?:-+>|=>|\u2192)\s*(?=(?:19|20)\d\d\b)")


def _account(match: re.Match[str]) -> str:
    return "accounts" if match.group(1) else "account"


def _mailbox(match: re.Match[str]) -> str:
    return "emails" if match.group(1) else "email"


# In this order, before the other phrasings.
# "employee 100", "staff #7": a record's number, which the directory does not have (refused as
# such, never read as "the first 100").
NUMBERED_RECORD = re.compile(
    r"\b(employee|staff|worker|user|record)\s+(?:#\s*)?(\d+)\b(?!\s*(?:years?|months?|weeks?|days?"
    r"|%|percent|people|employees|hires|more|fewer|less|or\b|and\b|to\b))",
    re.IGNORECASE,
)

# "the employee number of each title", "staff number in HR": how many, never a record's number.
NUMBER_OF_EACH = re.compile(
    r"\b(?:employee|staff|worker)s?\s+number\s+(?=(?:of|in|for)\s+(?:each|every|all)\b|per\b|by\b)",
    re.IGNORECASE,
)

ACCOUNT_PHRASINGS: tuple[Rewrite, ...] = (
    (NUMBER_OF_EACH, "number of employees "),
    (NUMBERED_RECORD, r"\1 number \2"),
    (ACCT_AN_ACCOUNT, _account),
    (ACCOUNTS_DEPARTMENT, "Accounting "),
    (IN_ACCOUNTS, r"\1 Accounting"),
    (ACCOUNT_DETAILS, ""),
    (ACCOUNTS_AS_PEOPLE, "employees"),
    (MAILBOX, _mailbox),
    (ADDRESS_OF_AN_EMAIL, "email "),
    (OWNS_AN_EMAIL, "has "),
    (OWNER_OF_AN_EMAIL, "the employee with "),
    (EMAIL_BELONGS_TO, r"\1 of"),
    (RESOLVE, "look up "),
    (YEAR_TO_YEAR, r"\1 vs "),
    (ARROW, " "),
)
