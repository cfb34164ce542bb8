"""SQL's own clauses, as someone who writes SQL types a question ("employees where title !=
'Intern'", "count(*) by dept", "min(hire_date) in sales", "engineers order by hire_date desc limit
5"), each rewritten to the words the grammar reads ("title is not Intern", "count by dept",
"earliest hire date in sales", "engineers sorted by hire date descending, top 5"), and the same
typed as keys ("group_by=title", "sort=hire_date desc", "{department: HR}"), and a spreadsheet's
words ("unique values of department", "last names that appear more than 3 times"; "the sales
table" is no table the directory has, and is refused). Only the
clauses' meaning is taken: the question is still parsed, planned and rendered by the engine, so
nothing typed here reaches the database as SQL. Applied first by `spoken.as_written`."""

import re

from gptbridge.engines.offline.formal_phrasings import Rewrite
from gptbridge.engines.offline.lexicon import lexicon
from gptbridge.engines.offline.meaning import NotUnderstood

# A date column as written in SQL or said: "hire_date", "hiredate", "hire date", "hired".
_HIRE_DATE = r"(?:hire_?date|hire\s+date|date_?hired|hired)"

# "select * from employees where ...", "select first_name, email from employees": the columns
# asked of the people; "*" asks for the people themselves.
SELECT_FROM = re.compile(
    r"^\W*select\s+(?:(\*)|(.+?))\s+from\s+(?:the\s+)?(?:employees|staff|directory)\b\s*",
    re.IGNORECASE,
)


def _select_from(match: re.Match[str]) -> str:
    return "employees " if match.group(1) else f"{match.group(2)} of employees "


# A bare condition as SQL writes it ("title not in ('Intern') and dept = 'Sales'", "hire_date >=
# 2020-01-01"): the people it holds for, as after "where".
BARE_CONDITION = re.compile(
    rf"^\W*(?=(?:dept|department|title|first_?name|last_?name|e-?mail|{_HIRE_DATE})\s*"
    r"(?:==?|!=|<>|[<>]|not\s+in\b|in\s*\(|i?like\b))",
    re.IGNORECASE,
)

# "count where email domain = gmail.com": the people where it holds (the column after "where"
# is a condition, never what is counted).
COUNT_WHERE = re.compile(r"^\W*(?:count|how\s+many|number)\s+(?=where\b)", re.IGNORECASE)
# A spreadsheet's "countif department = Sales", "COUNTIFS(title = Intern)": count where.
COUNT_IF = re.compile(r"^\W*count[\s_-]?ifs?\b\s*\(?", re.IGNORECASE)
# "email domain = gmail.com", "email_domain is yahoo.com": an address at that domain.
DOMAIN_EQUALS = re.compile(
    r"\be-?mail[_ ]?domain\s*(?:==?|is)\s*['\"]?@?([a-z0-9-]+(?:\.[a-z0-9-]+)+)['\"]?", re.I
)
# Filters and shaping typed as keys ("group_by=title", "sort=hire_date desc", "limit=5",
# "fields=first_name,department", "{department: HR, title: Intern}"): the words they stand for.
GROUP_BY_KEY = re.compile(r"\bgroup_?by\s*[=:]\s*(\w+)", re.IGNORECASE)
SORT_KEY = re.compile(
    r"\b(?:sort|order)(?:_?by)?\s*[=:]\s*(\w+)(?:\s+(asc|desc)(?:ending)?)?\b", re.IGNORECASE
)
LIMIT_KEY = re.compile(r"\s*\blimit\s*[=:]\s*(\d+)\b", re.IGNORECASE)
FIELDS_KEY = re.compile(r"\b(?:fields|columns|select)\s*[=:]\s*([\w]+(?:\s*,\s*\w+)*)", re.I)
# "hire_year", "email_domain": the keys as answers name them ("hire year", "email domain").
DERIVED_KEY = re.compile(r"\b(hire|email|e-mail)_(year|month|quarter|weekday|domain)\b", re.I)
# "hire year=2015": hired that year.
HIRE_YEAR_EQUALS = re.compile(r"\bhire\s+year\s*(?:==?|:|is)\s*(\d{4})\b", re.IGNORECASE)
BRACES = re.compile(r"\{([^{}]{1,200})\}")


def _sort_key(match: re.Match[str]) -> str:
    direction = {"asc": " ascending", "desc": " descending"}.get((match.group(2) or "").lower(), "")
    return f"sorted by {match.group(1)}{direction}"


def _fields_key(match: re.Match[str]) -> str:
    return "with " + ", ".join(field.strip() for field in match.group(1).split(","))


def _braces(match: re.Match[str]) -> str:
    pairs = [pair.split(":", 1) for pair in match.group(1).split(",") if ":" in pair]
    return " and ".join(f"{_bare(key)} = {_bare(value)}" for key, value in pairs)


def _bare(said: str) -> str:
    return said.strip(" '\"")


# "an e-mail address on the yahoo.com domain": at it.
ON_THE_DOMAIN = re.compile(
    r"\b(?:on|at|in|from|under)\s+the\s+@?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s+domain\b", re.I
)
# "the title column": the column.
COLUMN_SAID = re.compile(
    r"\b(dept|department|title|first[_ ]?name|last[_ ]?name|e-?mail|hire[_ ]?date)\s+column\b", re.I
)
# "select * where last_name = 'Smith'": the people, with no table named.
SELECT_ALL_WHERE = re.compile(r"^\W*select\s+\*\s+(?=where\b)", re.IGNORECASE)
# A part of the hire date as SQL takes it ("year(hire_date)", "extract(month from hire_date)",
# "strftime('%Y', hire_date)"): the hire year, month or quarter.
_PARTS = {"year": "hire year", "y": "hire year", "month": "hire month", "m": "hire month"}  # %Y, %m
_PARTS |= {"quarter": "hire quarter", "qtr": "hire quarter"}
DATE_PART = re.compile(
    rf"\b(?:(year|month|quarter|qtr)\s*\(\s*{_HIRE_DATE}\s*\)"
    rf"|extract\s*\(\s*(year|month|quarter)\s+from\s+{_HIRE_DATE}\s*\)"
    rf"|strftime\s*\(\s*['\"]%([Ym])['\"]\s*,\s*{_HIRE_DATE}\s*\)"
    r"|(year|month|quarter)\s+of\s+hire_date)",  # "count by year of hire_date"
    re.IGNORECASE,
)


def _date_part(match: re.Match[str]) -> str:
    part = next(group for group in match.groups() if group)
    return _PARTS[part.lower()]


# "last_name, count(*) group by last_name having count(*) > 2": the groups with more than 2.
_HAVING = {">": "more than", ">=": "at least", "<": "fewer than", "<=": "at most", "=": "exactly"}
HAVING_COUNT = re.compile(
    r"(?:^\W*(?:select\s+)?[\w ]+?\s*,\s*count\s*\(\s*(?:\*|1|id)\s*\)\s+"
    r"(?:from\s+employees\s+)?)?\bgroup\s+by\s+(\w+)\s+having\s+count\s*\(\s*(?:\*|1|id)\s*\)\s*"
    r"(>=|<=|>|<|==?)\s*(\d+)",
    re.IGNORECASE,
)


def _having_count(match: re.Match[str]) -> str:
    groups = match.group(1).replace("_", " ")
    compared = _HAVING[match.group(2).replace("==", "=")]
    return f"{groups}s with {compared} {match.group(3)} employees"


# "count(*)", "count(1)", "count(id)": a count of rows, that is of employees, whatever follows
# ("count(*) where first_name like 'J%'" is no count of first names); "count(distinct title)":
# how many different.
COUNT_ALL = re.compile(
    r"\bcount\s*\(\s*(?:\*|1|id|\w+_id)\s*\)(?:\s+of\s+employees\b)?", re.IGNORECASE
)
COUNT_DISTINCT = re.compile(r"\bcount\s*\(\s*distinct\s+([\w ]+?)\s*\)", re.IGNORECASE)
# "min(hire_date)", "max(hire date)": the earliest or latest hire date.
HIRE_DATE_EXTREME = re.compile(rf"\b(min|max)\s*\(\s*{_HIRE_DATE}\s*\)", re.IGNORECASE)


def _hire_date_extreme(match: re.Match[str]) -> str:
    return "earliest hire date" if match.group(1).lower() == "min" else "latest hire date"


# "max(tenure)": the longest tenure.
TENURE_EXTREME = re.compile(r"\b(min|max)\s*\(\s*tenure\s*\)", re.IGNORECASE)


def _tenure_extreme(match: re.Match[str]) -> str:
    return "shortest tenure" if match.group(1).lower() == "min" else "longest tenure"


# "min(last_name)": first in the alphabet. Said so, and left unread: "min last name" alone reads
# as the last name fewest people have.
TEXT_EXTREME = re.compile(r"\b(min|max)\s*\(\s*([\w ]+?)\s*\)", re.IGNORECASE)

# "avg(tenure)": the average tenure.
AVERAGE_OF = re.compile(r"\bavg\s*\(\s*([\w ]+?)\s*\)", re.IGNORECASE)
# A value compared in quotes ("title != 'Intern'", "dept = \"HR\""): the value itself.
QUOTED_COMPARED = re.compile(
    r"(==?|!=|<>|\u2260)\s*(['\"\u2018\u201c])([^'\"\u2019\u201d]+)['\"\u2019\u201d]"
)
# "dept != HR": not equal, as code writes it (the tokenizer drops a bare "!" as punctuation).
NOT_EQUAL = re.compile(r"\s*(?:!=|<>|\u2260|=/=)\s*")
# "hire_date >= 2020-01-01", "hired < '2015-06-30'": on or after, before, ...
_SIDES = {">=": "on or after", ">": "after", "<=": "on or before", "<": "before"}
_SIDES |= {"=>": _SIDES[">="], "=<": _SIDES["<="], "\u2265": _SIDES[">="], "\u2264": _SIDES["<="]}
# "hire_date >= 2018-01-01 and < 2019-01-01": the column said once, for both bounds.
SECOND_BOUND = re.compile(
    rf"\b({_HIRE_DATE}\s*(?:>=|<=|>|<)\s*['\"]?\d{{4}}(?:-\d{{2}}-\d{{2}})?['\"]?\s+and\s+)"
    r"(?=(?:>=|<=|>|<)\s*['\"]?\d{4})",
    re.IGNORECASE,
)
HIRE_DATE_COMPARED = re.compile(
    rf"\b{_HIRE_DATE}\s*(>=|<=|=>|=<|>|<|\u2265|\u2264)\s*(['\"]?)(\d{{4}}(?:-\d{{2}}-\d{{2}})?)\2",
    re.IGNORECASE,
)


def _hire_date_compared(match: re.Match[str]) -> str:
    return f"hired {_SIDES[match.group(1)]} {match.group(3)}"


# "department in ('Sales', 'Marketing')", "title not in (Intern, Contractor)": is one of them,
# or none of them.
IN_LIST = re.compile(
    r"\b(dept|department|title|role|designation)\s+(not\s+)?in\s*\(([^()]+)\)", re.IGNORECASE
)


def _in_list(match: re.Match[str]) -> str:
    values = [value.strip(" '\"") for value in match.group(3).split(",")]
    said = " or ".join(value for value in values if value)
    return f"{match.group(1)} is {'not ' if match.group(2) else ''}{said}"


# "countifs dept=Sales, title=Vice-President": each condition names its column, so both hold.
CONDITIONS_LISTED = re.compile(r"(\b[\w-]+\s*=\s*['\"]?[\w-]+['\"]?)\s*,\s*(?=[\w-]+\s*=)")
# "order by hire_date desc": sorted by it, the direction said in words.
ORDER_BY = re.compile(r"\border\s+by\s+([\w ]+?)(?:\s+(asc|desc))?(?=\s*(?:,|limit\b|$|\?))", re.I)


# The columns a direction may sort by; a department or title before one is a group.
_SORT_KEY = r"hire[\s_]dates?|start[\s_]dates?|last[\s_]names?|first[\s_]names?|surnames?|e-?mails?"
# "sort hire_date desc": sorted by that column (had sorted by name, showing the hire dates);
# "sort departments by ..." sorts the departments.
SORT_COLUMN = re.compile(
    rf"\b(?:sort|order)\s+(?!by\b)((?:{_SORT_KEY})\b)(?:\s+(asc|desc)(?:ending)?\b)?"
    r"(?!\s+(?:by|on)\b)",
    re.IGNORECASE,
)

# "engineers hire_date desc", "hire dates descending": sorted by the column the direction follows
# (had sorted by name, Z to A, showing the hire dates); a department or title before a direction
# is a group ("headcount per department desc", "titles desc": the groups in that order).
COLUMN_THEN_DIRECTION = re.compile(
    rf"(?<!by\s)\b({_SORT_KEY})\s*,?\s+(asc|desc)(?:ending)?\b", re.IGNORECASE
)

# "pivot by dept, earliest hire date per dept", "pivot by title, latest hire_date": what is asked
# of each group, per that group (said once).
PIVOT_BY = re.compile(r"\bpivot(?:\s+table)?\s+(?:by|on)\s+([\w-]+)\s*[,:;]\s*(\S.*?)(\W*)$", re.I)


def _pivot_by(match: re.Match[str]) -> str:
    group, asked, end = match.groups()
    said_again = re.search(rf"\b(?:per|by|each|for\s+each)\s+{re.escape(group)}\b", asked, re.I)
    return f"{asked}{end}" if said_again else f"{asked} per {group}{end}"


# "newest president -> name/dept/date": the columns shown, one of them no key to group by
# ("name/dept" had been "name per department"); "dept/title" stays a crossing of two keys.
_SHOWN = r"(?:full\s+)?names?|e-?mails?|(?:hire\s+|start\s+)?dates?|depts?|departments?|titles?"
COLUMNS_SLASHED = re.compile(
    rf"(?:->|=>|\u2192|:)?\s*\b((?:{_SHOWN})(?:\s*/\s*(?:{_SHOWN})){{1,3}})\b(?=\s*[?.!]*\s*$)",
    re.IGNORECASE,
)
_UNGROUPED = re.compile(r"names?|e-?mails?|dates?", re.IGNORECASE)


def _columns_slashed(match: re.Match[str]) -> str:
    columns = [column.strip() for column in match.group(1).split("/")]
    if not any(_UNGROUPED.search(column) for column in columns):
        return match.group(0)
    return f" with their {', '.join(columns[:-1])} and {columns[-1]}"


def _order_by(match: re.Match[str]) -> str:
    direction = {"asc": " ascending", "desc": " descending"}.get((match.group(2) or "").lower(), "")
    return f"sorted by {match.group(1)}{direction}"


# "limit 10" after an order: the top 10 of it. Without one it stays unread (which ten?).
LIMIT = re.compile(r"\s*\blimit\s+(\d+)\b", re.IGNORECASE)

# SQL's LIKE with its wildcards ("email like '%yahoo%'", "last_name LIKE 'Mc%'"): contains,
# starts with, ends with. Without a wildcard it stays unread: equal, or casually "similar"?
# Unquoted too, up to the next space ("last_name like Mc%").
LIKE_CONTAINS = re.compile(r"\bi?like\s+(['\"]?)%([^%'\"\s]+)%\1", re.IGNORECASE)
LIKE_STARTS = re.compile(r"\bi?like\s+(['\"]?)([^%'\"\s]+)%\1", re.IGNORECASE)
LIKE_ENDS = re.compile(r"\bi?like\s+(['\"]?)%([^%'\"\s]+)\1(?!\w)", re.IGNORECASE)
# In this order, before every other phrasing.
# A spreadsheet's words, met at first sight.
# "unique values of department", "distinct title values": the departments, the titles.
_COLUMNS = r"departments?|depts?|titles?|roles?|domains?|e-?mail\s+domains?"
VALUES_OF_A_COLUMN = re.compile(
    rf"\bvalues\s+(?:of|in|for)\s+(?:the\s+)?({_COLUMNS})(?:\s+(?:column|field))?\b"
    rf"|\b({_COLUMNS})\s+values\b",
    re.IGNORECASE,
)
# "last names that appear more than 3 times": shared by more than 3 people.
APPEARING_N_TIMES = re.compile(
    r"\b(?:that\s+|which\s+)?(?:appear|appears|appearing|occur|occurs|occurring|show\s+up|shows\s+up)\s+"
    r"((?:more|fewer|less)\s+than|at\s+least|at\s+most)\s+(\d+)\s+times\b",
    re.IGNORECASE,
)


def _column_named(match: re.Match[str]) -> str:
    column = (match.group(1) or match.group(2)).lower()
    return column if column.endswith("s") else f"{column}s"


# Names as code writes them: a column ("hire_date", "given_name") or a metric ("headcount_by_dept",
# "avg_tenure per title") is its words, when the whole is a column or every part is a word the
# engine knows or a number ("nash_f" stays a text; an underscore in an e-mail address stays).
SNAKE_CASE = re.compile(
    r"(?<![@.\w])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w.]*@|\w|\.\w)", re.IGNORECASE
)


def _spaced(match: re.Match[str]) -> str:
    parts = match.group(0).split("_")
    column = lexicon().entry(tuple(part.lower() for part in parts))
    known = all(part.isdigit() or lexicon().entry((part.lower(),)) for part in parts)
    spoken = column is not None and column.terminal == "FIELD"
    return " ".join(parts) if spoken or known else match.group(0)


# "what's in the sales table": a table the directory does not have, refused as one; "the
# employees table" and "a pivot table" are the directory and a breakdown; "drop table" is a
# change, refused as one.
ANOTHER_TABLE = re.compile(
    r"\b(?!(?:employees?|staff|directory|people|personnel|main|whole|this|that|the|a|an|pivot"
    r"|same|data|your|our|my|in|of|as|one|entire|full|employee_directory"
    r"|drop|truncate|alter|create|delete|insert|update|lock)\b)"  # "DROP TABLE": a change
    r"([a-z][\w-]*)\s+(tables?)\b",
    re.IGNORECASE,
)

# "del Evangeline Smith", "del from employees": a command, a change refused as one. Said after
# other words it is Spanish "del" ("the President del Marketing dept": of, in).
DEL_COMMAND = re.compile(r"^\W*(?:please\s+|pls\s+|can\s+you\s+)?del\b(?=\s+\S)", re.IGNORECASE)

# "where manager = 'Smith'": a value compared as if a column ("title = 'Manager'" is one); no
# column holds it, refused (the "=" dropped, it was read "is Smith a Manager?").
WORD_COMPARED = re.compile(r"\b([a-z][\w-]*)\s*(?:==?|!=|<>|\u2260)\s*(?=['\"\w])", re.I)


def _refuse_a_value_as_a_column(match: re.Match[str]) -> str:
    said = lexicon().entry((match.group(1).lower(),))
    if said is not None and said.terminal == "VALUE":
        raise NotUnderstood(
            [match.group(0).strip()], "a value, not a column: say 'title = Manager'"
        )
    return match.group(0)


# "between '2012-06-01' and '2012-12-31'": a day, quoted as code quotes it.
QUOTED_DAY = re.compile(r"""(['"])(\d{4}-\d{1,2}-\d{1,2})\1""")

SQL_PHRASINGS: tuple[Rewrite, ...] = (
    (DEL_COMMAND, "delete"),
    (WORD_COMPARED, _refuse_a_value_as_a_column),
    (QUOTED_DAY, r"\2"),
    (BRACES, _braces),
    (DERIVED_KEY, r"\1 \2"),
    (HIRE_YEAR_EQUALS, r"hired in \1"),
    (GROUP_BY_KEY, r"per \1"),
    (SORT_KEY, _sort_key),
    (LIMIT_KEY, r", top \1"),
    (FIELDS_KEY, _fields_key),
    (COLUMN_SAID, r"\1"),
    (CONDITIONS_LISTED, r"\1 and "),
    (COUNT_IF, "count where "),
    (COUNT_WHERE, "count employees "),
    (DOMAIN_EQUALS, r"email ending in @\1"),
    (ON_THE_DOMAIN, r"at \1"),
    (HAVING_COUNT, _having_count),
    (SELECT_FROM, _select_from),
    (SELECT_ALL_WHERE, "employees "),
    (DATE_PART, _date_part),
    (BARE_CONDITION, "employees where "),
    (COUNT_DISTINCT, r"number of distinct \1"),
    (COUNT_ALL, "count employees"),
    (HIRE_DATE_EXTREME, _hire_date_extreme),
    (TENURE_EXTREME, _tenure_extreme),
    (TEXT_EXTREME, r"\1 \2 alphabetically"),
    (AVERAGE_OF, r"average \1"),
    (SECOND_BOUND, r"\1hire_date "),
    (HIRE_DATE_COMPARED, _hire_date_compared),
    (IN_LIST, _in_list),
    (QUOTED_COMPARED, r"\1 \3"),
    (NOT_EQUAL, " is not "),
    (LIKE_CONTAINS, r"contains \1\2\1"),
    (LIKE_STARTS, r"starts with \1\2\1"),
    (LIKE_ENDS, r"ends with \1\2\1"),
    (COLUMNS_SLASHED, _columns_slashed),
    (PIVOT_BY, _pivot_by),
    (ORDER_BY, _order_by),
    (SORT_COLUMN, _order_by),
    (COLUMN_THEN_DIRECTION, _order_by),
    (LIMIT, r", top \1"),
    (VALUES_OF_A_COLUMN, _column_named),
    (APPEARING_N_TIMES, r"shared by \1 \2 people"),
    (SNAKE_CASE, _spaced),
    (ANOTHER_TABLE, r"\1 other tables"),
)
