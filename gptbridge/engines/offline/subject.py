"""What the answers say of the people asked about, and how they list things.

`Subject` words a plan's conditions ("Managers in Sales hired after 2018"); `key_words` and
`group_label` name groups as people say them; long lists are cut at `LIST_MAX_CHARS`.
"""

import re
from dataclasses import replace
from typing import Any

from gptbridge import budget
from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.lexicon import lexicon
from gptbridge.engines.offline.result_columns import MATCHING_ALIAS, TENURE_ALIAS
from gptbridge.engines.offline.words import ANSWER_WORDS, MONTH_NAMES, WEEKDAY_NAMES

Rows = list[dict[str, Any]]  # a result's rows, by column name

# A list is given in full when it fits in LIST_MAX_CHARS ("the e-mails of everyone in HR": all
# 73); a longer one shows the items that fit and "and N more" (the rows carry the rest). The
# bound keeps the whole answer within budget.MESSAGE_MAX_CHARS, with room for its sentence.
LIST_MAX_CHARS = budget.MESSAGE_MAX_CHARS - 1_500
COMPARISON_WORDS: dict[str, str] = ANSWER_WORDS["comparisons"]


def key_words(key: str) -> str:
    """How answers name a column or group key ("e-mail domain"); else its name with spaces."""
    return ANSWER_WORDS["key_words"].get(key, key.replace("_", " "))


def title_plural(value: str) -> str:
    return lexicon().plurals.get(("title", value), value)


def group_label(key: str, value: Any) -> str:
    """A group's value as people say it: months and weekdays by name, Q1-Q4."""
    if value is None:
        return "(none)"
    if key == "hire_month":
        return MONTH_NAMES[int(value)]
    if key == "hire_weekday":
        return WEEKDAY_NAMES[int(value)]
    if key == "hire_quarter":
        return f"Q{int(value)}"
    if key == "hire_season":
        return str(value).capitalize()
    return str(value)


# --- what the filters say ----------------------------------------------------------------------


def _on_email(condition: plans.Filter) -> bool:
    if isinstance(condition, plans.AnyOf):
        return any(_on_email(option) for option in condition.options)
    return isinstance(condition, plans.TextFilter) and condition.column in ("email", "email_name")


class Subject:
    """The people a plan is about, in words: "Managers in Sales hired after 2018"."""

    def __init__(self, filters: tuple[plans.Filter, ...]):
        self.filters = filters
        self.titles: tuple[str, ...] = ()
        self.fixed: set[str] = set()  # columns every one of them shares ("Managers in Sales")
        self.clauses: list[str] = []
        # Picked by their e-mail ("hotmail addresses of interns"), or by their full name ("all
        # info about Retha Toy"): each one's e-mail is shown.
        self.by_email = any(map(_on_email, filters)) or any(map(_names_in_full, filters))
        for condition in filters:
            value = condition if isinstance(condition, plans.ValueFilter) else None
            value = value if value is not None and not value.negated else None
            if value is not None and value.column == "title" and not self.titles:
                self.titles = value.values
            else:
                self.clauses.append(_left_out_once(_describe(condition), self.clauses))
            if value is not None and len(value.values) == 1:
                self.fixed.add(value.column)

    def noun(self, count: int) -> str:
        if self.titles:
            names = [t if count == 1 else title_plural(t) for t in self.titles]
            return " or ".join(names)
        return "employee" if count == 1 else "employees"

    def phrase(self, count: int) -> str:
        return " ".join([self.noun(count), *_hires_joined(self.clauses)])

    def among(self) -> str:
        """ "among Managers in Sales", or "" when the question had no conditions."""
        if not self.titles and not self.clauses:
            return ""
        return f" among {self.phrase(2)}"


def _left_out_once(clause: str, said: list[str]) -> str:
    """ "with the same department as X and the same hire year as X (X not included)": who is
    left out is said once, at the last clause about them."""
    left_out = re.search(r" \(([^()]+) not included\)$", clause)
    if left_out is None:
        return clause
    for index, earlier in enumerate(said):
        said[index] = earlier.removesuffix(left_out.group(0))
    return clause


def _hires_joined(clauses: list[str]) -> list[str]:
    """ "hired before 2015 and after 2012", "hired on a Thursday and in 2019": "hired" once."""
    joined: list[str] = []
    for clause in clauses:
        after_a_hire = bool(joined) and joined[-1].startswith(("hired ", "not hired "))
        joined.append(
            f"and {clause.removeprefix('hired ')}"
            if after_a_hire and clause.startswith("hired ")
            else clause
        )
    return joined


def _describe_hire(label: str, negated: bool) -> str:
    """ "hired in 2020"; years of service are said as service: "with more than 10 years of
    service"."""
    if label.startswith("with "):
        return f"without {label.removeprefix('with ')}" if negated else label
    return f"not hired {label}" if negated else f"hired {label}"


def _describe(condition: plans.Filter) -> str:
    if isinstance(condition, plans.ValueFilter):
        values = " or ".join(condition.values)
        if condition.column == "department":
            return f"not in {values}" if condition.negated else f"in {values}"
        plural = " or ".join(title_plural(v) for v in condition.values)
        return f"who are not {plural}" if condition.negated else f"who are {plural}"
    if isinstance(condition, plans.DateFilter | plans.DatePartFilter):
        return _describe_hire(condition.label, condition.negated)
    if isinstance(condition, plans.SameDayFilter):
        said = "not " if condition.negated else ""
        if condition.person is None:
            return f"{said}hired on a day someone else was also hired"
        if condition.relation != "same":
            return f"{said}hired {condition.relation} {condition.shown}"
        return f"{said}hired the same day as {condition.shown} ({condition.shown} not included)"
    if isinstance(condition, plans.TextFilter):
        return _describe_text(condition)
    if isinstance(condition, plans.LengthFilter):
        said = COMPARISON_WORDS[condition.comparison]
        has = "does not have" if condition.negated else "has"
        return f"whose {key_words(condition.column)} {has} {said} {condition.number} characters"
    if isinstance(condition, plans.SameInitialsFilter):
        same = "different letters" if condition.negated else "the same letter"
        return f"whose first and last names start with {same}"
    if isinstance(condition, plans.SameAsFilter) and condition.person is None:
        said = "no one else has" if condition.negated else "someone else also has"
        shared = SHARED_WORDS.get(condition.key) or f"a {key_words(condition.key)}"
        return f"with {shared} {said}"
    if isinstance(condition, plans.SameAsFilter):
        return _describe_same_as(condition)
    return _describe_alternatives(condition)


# A whole value shared with someone else, as the answer says it.
SHARED_WORDS = {"email": "an e-mail address", "full_name": "a full name (first and last)"}


def _describe_same_as(condition: plans.SameAsFilter) -> str:
    key, person = key_words(condition.key), condition.shown
    if condition.with_person:  # "in Kendall Larson's department", "with her title"
        said = ("not " if condition.negated else "") + ("in" if key == "department" else "with")
        return f"{said} {person}'s {key}"
    if condition.key in ("hire_month", "hire_quarter"):  # of the same year
        key = f"{key.removeprefix('hire ')} of the same year"
        hired = "not hired" if condition.negated else "hired"
        return f"{hired} in the same {key} as {person} ({person} not included)"
    same = f"with a different {key} from" if condition.negated else f"with the same {key} as"
    return f"{same} {person} ({person} not included)"


def _describe_alternatives(condition: plans.AnyOf) -> str:
    if condition.negated and _one_text_test(condition.options):
        return _describe_none_of(condition.options)
    options = " or ".join(_describe(option) for option in condition.options)
    return f"not ({options})" if condition.negated else options


def _one_text_test(options: tuple[plans.Filter, ...]) -> bool:
    tests = {(o.column, o.op) for o in options if isinstance(o, plans.TextFilter)}
    return len(tests) == 1 and all(isinstance(o, plans.TextFilter) for o in options)


def _describe_none_of(options: tuple[plans.Filter, ...]) -> str:
    """'whose e-mail does not end with any of "gmail.com" or "yahoo.com"', 'without a gmail or
    yahoo address'."""
    texts = [o for o in options if isinstance(o, plans.TextFilter)]
    providers = [_provider(o) for o in texts]
    if all(providers):
        return f"without a {' or '.join(providers)} address"
    said = ANSWER_WORDS["text_verbs"][texts[0].op][True]
    values = " or ".join(f'"{o.shown or o.value}"' for o in texts)
    return f"whose {key_words(texts[0].column)} {said} any of {values}"


def _describe_text(condition: plans.TextFilter) -> str:
    value = condition.shown or condition.value
    if condition.column in ("full_name", "any_name") and condition.op == "equals":
        return f"not named {value}" if condition.negated else f"named {value}"
    provider = _provider(condition)
    if provider:
        return (
            f"without a {provider} address" if condition.negated else f"with a {provider} address"
        )
    said = ANSWER_WORDS["text_verbs"][condition.op][condition.negated]
    if condition.op == "has_digit":
        return f"whose {key_words(condition.column)} {said}"
    return f'whose {key_words(condition.column)} {said} "{value}"'


def _provider(condition: plans.TextFilter) -> str:
    """ "gmail" for an e-mail containing "@gmail." (a provider said as a word), else ""."""
    pattern = condition.value
    if (
        condition.column == "email"
        and condition.op == "contains"
        and pattern[:1] + pattern[-1:] == "@."
    ):
        return pattern.strip("@.")
    return ""


def _names_in_full(condition: plans.Filter) -> bool:
    """ "Retha Toy", "Retha Toy or Mark Torp": people looked up by name, each shown whole."""
    if isinstance(condition, plans.AnyOf):
        return all(map(_names_in_full, condition.options))
    return isinstance(condition, plans.TextFilter) and condition.column == "full_name"


# The columns only a whole row has together: its e-mail was not asked for by name.
WHOLE_ROW = frozenset({"email", "department", "title", "hire_date"})


def person(row: dict[str, Any], subject: Subject, *, email_asked: bool = False) -> str:
    """ "Rita Klocko (Sales, Contractor, hired 2011-02-06)": a whole row leaves the e-mail out
    unless it was asked for or picked them."""
    row = {key: value for key, value in row.items() if key != MATCHING_ALIAS}  # of the list
    name = " ".join(str(row[key]) for key in ("first_name", "last_name") if row.get(key))
    details = []
    for key, value in row.items():
        if key in ("first_name", "last_name", "id") or value in (None, ""):
            continue
        if key in subject.fixed and len(row) > 4:
            continue  # "Managers in Sales": no need to say "Manager, Sales" for each
        if key == "email" and row.keys() >= WHOLE_ROW and not (subject.by_email or email_asked):
            continue  # whole rows: keep each item short
        details.append(_detail(key, value))
    if not name:
        return ", ".join(details)
    return f"{name} ({', '.join(details)})" if details else name


def _detail(key: str, value: object) -> str:
    if key == "hire_date":
        return f"hired {value}"
    if key == TENURE_ALIAS:
        return f"{one_decimal(value)} years here"
    return str(value)


def one_decimal(value: object) -> str:
    """One decimal, as rounded: PostgreSQL's 122.0 arrives as 122 (an integral Decimal)."""
    return f"{float(str(value)):.1f}"


def listing(items: list[str]) -> str:
    said, shown = first_items(items)
    return said if shown == len(items) else f"{said} and {len(items) - shown} more"


def first_items(items: list[str]) -> tuple[str, int]:
    """As many items as an answer has room for, joined, and how many they are."""
    whole = join(items)
    if len(whole) <= LIST_MAX_CHARS:
        return whole, len(items)
    shown: list[str] = []
    room = LIST_MAX_CHARS - len(" and 100000 more")
    for item in items:
        room -= len(item) + len(", ")
        if room < 0:
            break
        shown.append(item)
    return ", ".join(shown), len(shown)


def join(items: list[str], separator: str = ", ") -> str:
    """ "a, b and c"; items with commas of their own are separated by "; "."""
    if len(items) <= 1:
        return "".join(items)
    return separator.join(items[:-1]) + f" and {items[-1]}"


def names_as_stored(plan: plans.QueryPlan, rows: Rows) -> plans.QueryPlan:
    """ "named dave tromp": said as the directory spells it ("Dave Tromp") once the rows show it;
    a name typed with capitals, or not in the rows, is said as typed."""
    spelled = {
        str(value).lower(): str(value)
        for row in rows
        for column in ("first_name", "last_name")
        if (value := row.get(column))
    }
    return replace(plan, filters=tuple(_spelled(f, spelled) for f in plan.filters))


def _spelled(condition: plans.Filter, spelled: dict[str, str]) -> plans.Filter:
    named = isinstance(condition, plans.TextFilter) and condition.op == "equals"
    if not named or not isinstance(condition, plans.TextFilter) or not condition.shown.islower():
        return condition
    words = condition.shown.split()
    if not words or any(word not in spelled for word in words):
        return condition
    return replace(condition, shown=" ".join(spelled[word] for word in words))
