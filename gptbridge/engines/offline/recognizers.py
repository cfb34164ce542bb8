"""Recognizers: each looks at the words from one position and says what they mean, or None.

The scanner (`parser.scan`) tries them in order at every position and takes the first that
matches, so more specific constructs come first ("first name starts with" before "first 5",
"newest first" before "newest", "marketing department" before "department").
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Literal, TypeVar, cast

from gptbridge.engines.offline import lexicon as lx
from gptbridge.engines.offline.chunks import (
    Attribute,
    Break,
    Chunk,
    Condition,
    Connector,
    CountWord,
    Direction,
    DistinctWord,
    FieldWord,
    Filler,
    GroupBy,
    HavingCount,
    Most,
    Negation,
    NewHires,
    NumberWord,
    OrderBy,
    Personal,
    Recency,
    SortWord,
    TopN,
    Unclear,
    When,
    Who,
)
from gptbridge.engines.offline.dates import read_date_constraint, read_period
from gptbridge.engines.offline.matching import (
    any_phrase_end,
    longest_phrase,
    norm_at,
    number_at,
    skip_words,
)
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import AnyOf, Comparison, TextColumn, TextFilter, TextOp
from gptbridge.engines.offline.tokens import Token

Recognized = tuple[list[Chunk], int]
T = TypeVar("T")


@dataclass
class ParseState:
    tokens: list[Token]
    today: dt.date
    names: Callable[[], DirectoryNames]
    vocabulary: frozenset[str] = field(default_factory=frozenset)

    def is_vocabulary(self, index: int) -> bool:
        token = self.tokens[index]
        return (
            token.kind == "word"
            and token.corrected_from is None
            and (token.norm in self.vocabulary)
        )


def _phrases(*texts: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(text.split()) for text in texts)


# --- names and e-mail ----------------------------------------------------------------------

NAME_FIELDS: dict[tuple[str, ...], TextColumn] = {
    **dict.fromkeys(
        _phrases("first name", "firstname", "given name", "forename", "first names"), "first_name"
    ),
    **dict.fromkeys(
        _phrases("last name", "lastname", "surname", "family name", "last names", "surnames"),
        "last_name",
    ),
    **dict.fromkeys(_phrases("name", "full name", "names", "fullname"), "full_name"),
    **dict.fromkeys(
        _phrases("email", "email address", "emails", "mail", "email addresses", "address"),
        "email",
    ),
}
TEXT_OPS: dict[tuple[str, ...], TextOp] = {
    **dict.fromkeys(
        _phrases("is", "=", "equals", "equal to", "is equal to", "of", ":", "being", "is exactly"),
        "equals",
    ),
    **dict.fromkeys(
        _phrases(
            "starts with",
            "starting with",
            "start with",
            "begins with",
            "beginning with",
            "begin with",
            "that start with",
            "that starts with",
            "that begin with",
            "that begins with",
            "which start with",
            "which starts with",
            "starts",
            "starting",
            "beginning",
            "begins",
            "start",
            "is starting with",
            "prefix",
            "prefixed with",
        ),
        "starts",
    ),
    **dict.fromkeys(
        _phrases(
            "ends with",
            "ending with",
            "end with",
            "ends in",
            "ending in",
            "end in",
            "that end with",
            "that ends with",
            "that end in",
            "that ends in",
            "ends",
            "ending",
            "suffix",
        ),
        "ends",
    ),
    **dict.fromkeys(
        _phrases(
            "contains",
            "containing",
            "contain",
            "that contain",
            "that contains",
            "which contain",
            "which contains",
            "includes",
            "including",
            "include",
            "that include",
            "that includes",
        ),
        "contains",
    ),
}
# Words that say "contains" only loosely ("names with an A", "email like gmail"): their value
# must be a word the engine does not otherwise know, or "first names with their emails" would
# read as "first names containing 'their'".
LOOSE_TEXT_OPS: dict[tuple[str, ...], TextOp] = dict.fromkeys(
    _phrases("has", "with", "like", "is like", "matching", "matches", "having"), "contains"
)
LETTER_WORDS = _phrases("the letter", "letter", "the letters", "letters", "the string", "string")
NAMED = _phrases("named", "called", "by the name of", "by the name", "going by", "name's")
EMAIL_NOUNS = frozenset(
    {
        "email",
        "emails",
        "address",
        "addresses",
        "account",
        "accounts",
        "user",
        "users",
        "mail",
        "domain",
        "mailbox",
        "addy",
    }
)


def recognize_text_condition(state: ParseState, index: int) -> Recognized | None:
    """first name starts with ANDI / last name is O'Hara / email ends with gmail.com."""
    start = skip_words(state.tokens, index, ("whose", "with", "a", "an", "the", "their", "having"))
    found = longest_phrase(state.tokens, start, NAME_FIELDS)
    if found is None:
        return None
    column, after_field = found
    after_field = (
        skip_words(state.tokens, after_field, ("domain",)) if column == "email" else (after_field)
    )
    op_found = longest_phrase(state.tokens, after_field, TEXT_OPS)
    loose = longest_phrase(state.tokens, after_field, LOOSE_TEXT_OPS) if not op_found else None
    op, value_at = op_found or loose or ("equals", after_field)
    if loose and (value_at >= len(state.tokens) or state.is_vocabulary(value_at)):
        return None
    values = _text_values(state, value_at, column, op)
    if values is None:
        return None
    filters, end = values
    chunks: list[Chunk] = [_condition(filters, column)]
    return chunks, end


IN_FIELD_LINKS = _phrases("in their", "in the", "in his", "in her", "in", "within their")


def recognize_text_in_field(state: ParseState, index: int) -> Recognized | None:
    """ "'son' in their last name", "an x in their name": text the column contains."""
    tokens = state.tokens
    start = (
        index + 1
        if norm_at(tokens, index) in ("a", "an") and _single_letter(tokens, index + 1)
        else index
    )
    if start >= len(tokens):
        return None
    token = tokens[start]
    if not (token.kind == "quoted" or _single_letter(tokens, start)):
        return None
    after_link = any_phrase_end(tokens, start + 1, IN_FIELD_LINKS)
    if after_link is None:
        return None
    found = longest_phrase(tokens, after_link, NAME_FIELDS)
    if found is None:
        return None
    column, end = found
    value = TextFilter(column, "contains", token.norm, shown=token.text)
    return [_condition([value], column)], end


def _condition(filters: list[TextFilter], column: TextColumn) -> Condition:
    kind: Literal["name", "email"] = "email" if column == "email" else "name"
    if len(filters) == 1:
        only = filters[0]
        return Condition(only, kind, alternative_on_and=only.op == "equals")
    return Condition(AnyOf(tuple(filters)), kind, alternative_on_and=True)


def _text_values(
    state: ParseState, index: int, column: TextColumn, op: TextOp
) -> tuple[list[TextFilter], int] | None:
    """One value, or several joined by "or" ("named Smith or Jones")."""
    first = _text_value(state, index, column, op)
    if first is None:
        return None
    filters, end = [first[0]], first[1]
    while norm_at(state.tokens, end) in ("or", ",") and op == "equals" and column != "email":
        following = _text_value(state, end + 1, column, op)
        if following is None:
            break
        filters.append(following[0])
        end = following[1]
    return filters, end


def _text_value(
    state: ParseState, index: int, column: TextColumn, op: TextOp
) -> tuple[TextFilter, int] | None:
    tokens = state.tokens
    if op != "equals":
        index = any_phrase_end(tokens, index, LETTER_WORDS) or index
        # "starts with an A": the article is not part of the value.
        if norm_at(tokens, index) in ("a", "an") and _single_letter(tokens, index + 1):
            index += 1
    if index >= len(tokens):
        return None
    token = tokens[index]
    if column == "email":
        return _email_value(token, op, index)
    if token.kind == "quoted":
        return _name_filter(column, op, token.norm, token.text), index + 1
    # After "is" or nothing, a known word is not a name ("first name is not..."); after "starts
    # with" any word is the text to look for ("starts with An").
    if token.kind != "word" or (op == "equals" and state.is_vocabulary(index)):
        return None
    raw = _raw(token)
    if column == "full_name" and op == "equals" and _is_name_word(state, index + 1):
        value = f"{raw} {_raw(tokens[index + 1])}"
        shown = f"{_shown(token)} {_shown(tokens[index + 1])}"
        return TextFilter("full_name", "equals", value, shown=shown), index + 2
    return _name_filter(column, op, raw, _shown(token)), index + 1


def _single_letter(tokens: list[Token], index: int) -> bool:
    return index < len(tokens) and len(tokens[index].norm) == 1 and tokens[index].norm.isalpha()


def _name_filter(column: TextColumn, op: TextOp, value: str, shown: str) -> TextFilter:
    if column == "full_name" and op == "equals":
        parts = value.split()
        if len(parts) == 2:
            return TextFilter("full_name", "equals", value, shown=shown)
        return TextFilter("any_name", "equals", value, shown=shown)
    return TextFilter(column, op, value, shown=shown)


def _email_value(token: Token, op: TextOp, index: int) -> tuple[TextFilter, int] | None:
    if token.kind == "email":
        return TextFilter("email", op, token.norm), index + 1
    if token.kind == "domain":
        value = token.norm if op != "equals" else f"@{token.norm}"
        return TextFilter("email", "ends" if op == "equals" else op, value), index + 1
    if token.kind == "quoted" or (token.kind == "word" and token.norm in lx.MAIL_PROVIDERS):
        if op == "equals" and token.norm in lx.MAIL_PROVIDERS:
            return TextFilter("email", "contains", f"@{token.norm}."), index + 1
        return TextFilter("email", op, token.norm), index + 1
    if op != "equals" and token.kind in ("word", "number") and token.norm not in lx.FILLER_WORDS:
        return TextFilter("email", op, token.norm), index + 1
    return None


def _is_name_word(state: ParseState, index: int) -> bool:
    if index >= len(state.tokens):
        return False
    token = state.tokens[index]
    if token.kind != "word" or token.norm == "'s" or token.corrected_from is not None:
        return False  # a corrected typo is a known word, not a name
    return not state.is_vocabulary(index)


def recognize_named(state: ParseState, index: int) -> Recognized | None:
    """named Leopold / called O'Hara / by the name of Jailyn McClure."""
    after = any_phrase_end(state.tokens, index, NAMED)
    if after is None:
        return None
    values = _text_values(state, after, "full_name", "equals")
    if values is None:
        return None
    filters, end = values
    return [_condition(filters, "full_name")], end


def recognize_possessive(state: ParseState, index: int) -> Recognized | None:
    """Leopold Johnston's email / O'Hara's title: a name because of the "'s"."""
    tokens = state.tokens
    if not _is_name_word(state, index) or not state.names().is_name(_raw(tokens[index])):
        return None
    if norm_at(tokens, index + 1) == "'s":
        name = TextFilter("any_name", "equals", _raw(tokens[index]), shown=_shown(tokens[index]))
        return [Condition(name, "name", True, True)], index + 2
    if _is_name_word(state, index + 1) and norm_at(tokens, index + 2) == "'s":
        value = f"{_raw(tokens[index])} {_raw(tokens[index + 1])}"
        shown = f"{_shown(tokens[index])} {_shown(tokens[index + 1])}"
        name = TextFilter("full_name", "equals", value, shown=shown)
        return [Condition(name, "name", True, True)], index + 3
    return None


def _raw(token: Token) -> str:
    """The word as typed, lower case (a name is never typo-corrected)."""
    return token.corrected_from or token.norm


def _shown(token: Token) -> str:
    return token.text


def recognize_email(state: ParseState, index: int) -> Recognized | None:
    """an e-mail address, @domain or domain.com, or "gmail users" / "with a yahoo address"."""
    tokens = state.tokens
    start = skip_words(tokens, index, ("with", "using", "on", "at", "a", "an", "their", "via"))
    token = tokens[start] if start < len(tokens) else None
    if token is None:
        return None
    if token.kind == "email":
        return [Condition(TextFilter("email", "equals", token.norm), "email")], start + 1
    if token.kind == "domain":
        end = skip_words(tokens, start + 1, EMAIL_NOUNS)
        condition = Condition(TextFilter("email", "ends", f"@{token.norm}"), "email")
        return [condition], end
    if token.kind == "word" and token.norm in lx.MAIL_PROVIDERS:
        end = skip_words(tokens, start + 1, EMAIL_NOUNS | {"com", "dot", ".com"})
        condition = Condition(TextFilter("email", "contains", f"@{token.norm}."), "email")
        return [condition], end
    return None


def recognize_known_full_name(state: ParseState, index: int) -> Recognized | None:
    """Two words that are a first and a last name in the directory ("leopold johnston")."""
    tokens = state.tokens
    if index + 1 >= len(tokens) or tokens[index].kind != "word" or tokens[index + 1].kind != "word":
        return None
    if state.is_vocabulary(index) and state.is_vocabulary(index + 1):
        return None  # no lookup for ordinary words
    first, last = _raw(tokens[index]), _raw(tokens[index + 1])
    names = state.names()
    if first in names.first and last in names.last:
        shown = f"{_shown(tokens[index])} {_shown(tokens[index + 1])}"
        name = TextFilter("full_name", "equals", f"{first} {last}", shown=shown)
        return [Condition(name, "name", True)], index + 2
    return None


def recognize_known_name(state: ParseState, index: int) -> Recognized | None:
    """A capitalised word that is someone's first or last name ("Who is Leopold?")."""
    token = state.tokens[index]
    if token.kind != "word" or not token.capitalized or state.is_vocabulary(index):
        return None
    if token.norm in lx.MONTHS:
        return None  # "June hires" is about a month, not about June Smith
    value = _raw(token)
    if not state.names().is_name(value):
        return None
    name = TextFilter("any_name", "equals", value, shown=_shown(token))
    return [Condition(name, "name", True)], index + 1


# --- dates ----------------------------------------------------------------------------------


def recognize_date(state: ParseState, index: int) -> Recognized | None:
    found = read_date_constraint(state.tokens, index, state.today)
    if found is None:
        return None
    if found.unclear:
        return [Unclear(found.unclear)], found.end
    return [Condition(found.filter, "date", alternative_on_and=found.closed)], found.end


# --- ordering -------------------------------------------------------------------------------

SORT_VERBS = _phrases(
    "sorted",
    "sort",
    "sorting",
    "order",
    "ordered",
    "ordering",
    "arranged",
    "arrange",
    "organized",
    "organised",
    "ranked",
    "rank",
    "listed",
    "list",
    "sorted out",
)
SORT_OBJECTS = frozenset(
    {
        "them",
        "it",
        "the",
        "list",
        "results",
        "result",
        "everyone",
        "those",
        "these",
        "output",
        "rows",
        "people",
        "employees",
        "this",
        "em",
        "all",
        "everybody",
    }
)
SORT_LINKS = _phrases("by", "on", "according to", "in order of", "based on", "using")
ASCENDING = _phrases(
    "ascending",
    "asc",
    "ascending order",
    "in ascending order",
    "increasing",
    "in order",
    "low to high",
    "lowest first",
    "a-z",
    "a to z",
    "from a to z",
    "alphabetically",
    "alphabetical",
    "in alphabetical order",
    "alphabetic",
    "alphabetical order",
)
DESCENDING = _phrases(
    "descending",
    "desc",
    "descending order",
    "in descending order",
    "decreasing",
    "in reverse",
    "in reverse order",
    "reversed",
    "reverse",
    "reverse order",
    "high to low",
    "highest first",
    "z-a",
    "z to a",
    "from z to a",
    "reverse alphabetical",
    "reverse alphabetically",
    "in reverse alphabetical order",
)
DIRECTIONS: dict[tuple[str, ...], Direction] = {
    **dict.fromkeys(ASCENDING, Direction(descending=False)),
    **dict.fromkeys(DESCENDING, Direction(descending=True)),
    **dict.fromkeys(
        _phrases(
            "alphabetically",
            "alphabetical",
            "in alphabetical order",
            "alphabetic",
            "alphabetical order",
            "a-z",
            "a to z",
            "from a to z",
            "by alphabet",
        ),
        Direction(descending=False, key="name"),
    ),
    **dict.fromkeys(
        _phrases(
            "reverse alphabetical",
            "reverse alphabetically",
            "in reverse alphabetical order",
            "z-a",
            "z to a",
            "from z to a",
            "reverse alphabetical order",
        ),
        Direction(descending=True, key="name"),
    ),
    **dict.fromkeys(
        _phrases(
            "chronologically",
            "chronological",
            "in chronological order",
            "chronological order",
            "oldest first",
            "earliest first",
            "oldest to newest",
            "from oldest to newest",
            "earliest to latest",
            "from earliest to latest",
            "oldest hires first",
            "longest serving first",
            "longest-serving first",
            "most senior first",
            "by seniority",
            "in order of seniority",
            "first hired first",
            "earliest hires first",
            "oldest to youngest",
            "earliest ones first",
            "oldest ones first",
            "earliest hired first",
            "longest tenured first",
            "earliest year first",
            "oldest year first",
            "earliest years first",
        ),
        Direction(descending=False, key="hire_date"),
    ),
    **dict.fromkeys(
        _phrases(
            "reverse chronologically",
            "reverse chronological",
            "in reverse chronological order",
            "reverse chronological order",
            "newest first",
            "latest first",
            "most recent first",
            "recent first",
            "newest to oldest",
            "from newest to oldest",
            "latest to earliest",
            "from latest to earliest",
            "most recently hired first",
            "newest hires first",
            "recently hired first",
            "newest on top",
            "latest hires first",
            "last hired first",
            "most recent hires first",
            "most recent ones first",
            "newest ones first",
            "latest ones first",
            "most recently hired ones first",
            "newest employees first",
            "most recent employees first",
            "most recent year first",
            "latest year first",
            "newest year first",
            "most recent years first",
            "latest years first",
        ),
        Direction(descending=True, key="hire_date"),
    ),
    **dict.fromkeys(
        _phrases(
            "largest first",
            "biggest first",
            "most first",
            "from most to least",
            "most to least",
            "largest to smallest",
            "from largest to smallest",
            "biggest to smallest",
            "highest count first",
            "most employees first",
        ),
        Direction(descending=True, key="count"),
    ),
    **dict.fromkeys(
        _phrases(
            "smallest first",
            "fewest first",
            "least first",
            "from least to most",
            "least to most",
            "smallest to largest",
            "from smallest to largest",
            "fewest employees first",
        ),
        Direction(descending=False, key="count"),
    ),
}
DIRECTION_KEYS = frozenset(key for key in DIRECTIONS if DIRECTIONS[key].key is not None)
THEN_WORDS = _phrases("then", "then by", "and then", "and then by", "and by", "and", ",", ", then")


def recognize_sort(state: ParseState, index: int) -> Recognized | None:
    """sorted by hire date / order them by last name descending / sort alphabetically."""
    tokens = state.tokens
    after_verb = any_phrase_end(tokens, index, SORT_VERBS)
    if after_verb is None:
        return None
    after_object = skip_words(tokens, after_verb, SORT_OBJECTS)
    after_link = any_phrase_end(tokens, after_object, SORT_LINKS)
    if after_link is None:
        # "sorted alphabetically", "sort engineers by first name": the direction or the "by"
        # comes on its own; "list" is a sort verb only when directly followed by one.
        if (
            norm_at(tokens, index) in ("list", "listed")
            and longest_phrase(tokens, after_object, DIRECTIONS) is None
        ):
            return None
        return [SortWord()], after_verb
    keys = _order_keys(tokens, after_link, explicit=True)
    if keys is None:
        return None
    chunks, end = keys
    return [SortWord(), *chunks], end


YEAR_KEYS = {words: key for words, key in lx.GROUP_KEY_PHRASES.items() if key == "hire_year"}
BY_LINKS = _phrases("by", "in order of", "in the order of", "by order of", "ordered on")


def recognize_by(state: ParseState, index: int) -> Recognized | None:
    """ "by hire date" without a sort verb: an order, or a grouping when counting."""
    tokens = state.tokens
    after = any_phrase_end(tokens, index, BY_LINKS)
    if after is None:
        return None
    if norm_at(tokens, index) == "by" and read_period(tokens, after, state.today) is not None:
        reason = f"'{_words(tokens, index, after + 1)}' could mean before or during that time"
        return [Unclear(reason)], after + 1
    year_key = longest_phrase(tokens, skip_words(tokens, after, ("the", "their")), YEAR_KEYS)
    if year_key is not None:
        return [OrderBy("hire_year", explicit=norm_at(tokens, index) != "by")], year_key[1]
    return _order_keys(tokens, after, explicit=norm_at(tokens, index) != "by")


def _words(tokens: list[Token], start: int, end: int) -> str:
    return " ".join(token.text for token in tokens[start:end])


def _order_keys(tokens: list[Token], index: int, *, explicit: bool) -> Recognized | None:
    chunks: list[Chunk] = []
    while True:
        index = skip_words(tokens, index, ("the", "their", "his", "her", "its", "each"))
        found = longest_phrase(tokens, index, lx.ORDER_KEY_PHRASES)
        if found is None:
            break
        key, index = found
        direction = longest_phrase(tokens, index, DIRECTIONS)
        descending = None
        if direction and (direction[0].key is None or direction[0].key == key):
            descending, index = direction[0].descending, direction[1]
        chunks.append(OrderBy(key, explicit, descending))
        after_then = any_phrase_end(tokens, index, THEN_WORDS)
        if (
            after_then is None
            or longest_phrase(
                tokens, skip_words(tokens, after_then, ("by", "the")), lx.ORDER_KEY_PHRASES
            )
            is None
        ):
            break
        index = skip_words(tokens, after_then, ("by",))
    if not chunks:
        return None
    return chunks, index


def recognize_direction(state: ParseState, index: int) -> Recognized | None:
    found = longest_phrase(state.tokens, index, DIRECTIONS)
    if found is None:
        return None
    return [found[0]], found[1]


# --- superlatives and limits ------------------------------------------------------------------

LATEST = _phrases(
    "most recent",
    "most recently hired",
    "most recently joined",
    "latest",
    "newest",
    "most recently",
    "latest hired",
    "newest hired",
    "most recently added",
    "last hired",
    "recently hired most",
)
EARLIEST = _phrases(
    "earliest",
    "first hired",
    "longest serving",
    "longest tenured",
    "most tenured",
    "longest working",
    "longest employed",
    "earliest hired",
    "oldest hired",
    "longest standing",
)
# Words that say a hire is meant: "first 5 hires", "last person hired", "first to join".
HIRE_NOUNS = _phrases(
    "hire",
    "hires",
    "hired",
    "hirings",
    "to join",
    "to be hired",
    "to start",
    "joiner",
    "joiners",
    "recruits",
    "recruit",
    "starters",
    "new hires",
    "additions",
    "person hired",
    "people hired",
    "employees hired",
    "employee hired",
    "staff hired",
    "person to join",
    "people to join",
    "employees to join",
    "employee to join",
    "person we hired",
    "people we hired",
    "one hired",
    "ones hired",
    "to come on board",
    "person to be hired",
    "employee to be hired",
)
HIRED_THEN = _phrases(
    "hired",
    "joined",
    "started",
    "hired in",
    "joined us",
    "joined the company",
    "came on board",
    "was hired",
    "were hired",
    "got hired",
    "onboarded",
    "came aboard",
    "started working",
)
RECENCY_AFTER_HIRED: dict[tuple[str, ...], bool] = {
    **dict.fromkeys(
        _phrases(
            "most recently",
            "last",
            "latest",
            "the latest",
            "the most recently",
            "recently most",
            "the last",
            "lately most",
            "most lately",
        ),
        True,
    ),
    **dict.fromkeys(
        _phrases("first", "earliest", "the earliest", "the first", "longest ago", "soonest"),
        False,
    ),
}
LONGEST_CONTEXT = frozenset(
    {
        "here",
        "with",
        "at",
        "in",
        "tenure",
        "tenured",
        "serving",
        "employed",
        "time",
        "working",
        "for",
        "there",
        "on",
    }
)


def recognize_top_n(state: ParseState, index: int) -> Recognized | None:
    """top 5 / the 5 most recent hires / latest 3 / first 10 hired / 10 longest-serving."""
    tokens = state.tokens
    start = skip_words(tokens, index, ("the",))
    if norm_at(tokens, start) in ("top", "bottom"):
        counted = number_at(tokens, start + 1)
        if counted is None:
            return None
        number, after = counted
        direction = _direction_word(tokens, after)
        if direction is not None:
            return [TopN(number, direction[0])], direction[1]
        return [TopN(number, None)], after
    counted = number_at(tokens, start)
    if counted is not None:
        number, after = counted
        direction = _direction_word(tokens, after)
        if direction is not None:
            return [TopN(number, direction[0])], direction[1]
        if norm_at(tokens, after) in ("first", "last") and _hire_word_near(tokens, after + 1):
            return [TopN(number, norm_at(tokens, after) == "last")], after + 1
        return None
    direction = _direction_word(tokens, start)
    if direction is not None:
        counted = number_at(tokens, direction[1])
        if counted is not None:
            return [TopN(counted[0], direction[0])], counted[1]
        return None
    word = norm_at(tokens, start)
    if word in ("first", "last"):
        counted = number_at(tokens, start + 1)
        if counted is None:
            return None
        number, after = counted
        if _hire_word_near(tokens, after):
            return [TopN(number, word == "last")], after
        if word == "first":
            return [TopN(number, None)], after
    return None


def _hire_word_near(tokens: list[Token], index: int) -> bool:
    """ "first 5 engineers hired": a hire word within the next few words."""
    return any(
        any_phrase_end(tokens, position, HIRE_NOUNS) or any_phrase_end(tokens, position, HIRED_THEN)
        for position in range(index, min(index + 4, len(tokens)))
    )


def _direction_word(tokens: list[Token], index: int) -> tuple[bool, int] | None:
    """ "most recent" -> latest first; "longest-serving" -> earliest first."""
    latest = any_phrase_end(tokens, index, LATEST)
    earliest = any_phrase_end(tokens, index, EARLIEST)
    if latest is not None and (earliest is None or latest >= earliest):
        return True, latest
    if earliest is not None:
        return False, earliest
    return None


def recognize_recency(state: ParseState, index: int) -> Recognized | None:
    """newest / the most recent hire / hired first / been here the longest / earliest hire."""
    tokens = state.tokens
    after_hired = any_phrase_end(tokens, index, HIRED_THEN)
    if after_hired is not None:
        found = longest_phrase(tokens, after_hired, RECENCY_AFTER_HIRED)
        # "hired last year" is a date, not "hired last".
        if found is not None and read_date_constraint(tokens, after_hired, state.today) is None:
            return [Recency(found[0])], found[1]
    index = skip_words(tokens, index, ("the",))
    direction = _direction_word(tokens, index)
    if direction is not None:
        return [Recency(direction[0])], direction[1]
    word = norm_at(tokens, index)
    if word in ("first", "last", "oldest") and any_phrase_end(tokens, index + 1, HIRE_NOUNS):
        return [Recency(word == "last")], index + 1
    if word == "longest" and (
        index + 1 == len(tokens) or norm_at(tokens, index + 1) in LONGEST_CONTEXT
    ):
        end = index + 1
        if norm_at(tokens, end) in ("tenure", "tenured", "serving", "time", "employed"):
            end += 1
        return [Recency(False)], end
    return None


MOST: dict[tuple[str, ...], bool] = {
    **dict.fromkeys(
        _phrases(
            "the most",
            "most",
            "the highest number of",
            "the largest number of",
            "highest number of",
            "largest number of",
            "the greatest number of",
            "the biggest",
            "biggest",
            "the largest",
            "largest",
            "most common",
            "the most common",
            "most popular",
            "the most popular",
            "the highest headcount",
            "highest headcount",
            "the largest headcount",
            "largest headcount",
            "the biggest headcount",
            "the max",
            "max",
            "maximum",
            "the maximum",
            "the highest count",
            "the most number of",
            "most frequent",
            "the most frequent",
        ),
        True,
    ),
    **dict.fromkeys(
        _phrases(
            "the fewest",
            "fewest",
            "the least",
            "least",
            "the lowest number of",
            "lowest number of",
            "the smallest number of",
            "smallest number of",
            "the smallest",
            "smallest",
            "least common",
            "the least common",
            "the lowest headcount",
            "lowest headcount",
            "the smallest headcount",
            "smallest headcount",
            "the min",
            "min",
            "minimum",
            "the minimum",
            "least popular",
            "the least popular",
            "the least number of",
            "the rarest",
            "rarest",
        ),
        False,
    ),
}


def recognize_most(state: ParseState, index: int) -> Recognized | None:
    found = longest_phrase(state.tokens, index, MOST)
    if found is None:
        return None
    return [Most(found[0])], found[1]


# --- counting and grouping --------------------------------------------------------------------

COUNT_PHRASES = dict.fromkeys(lx.COUNT_PHRASES, True)
BREAKDOWN_WORDS = _phrases(
    "breakdown",
    "break down",
    "breakdown of",
    "distribution",
    "distribution of",
    "split",
    "spread",
    "broken down",
    "broken out",
    "tally",
    "totals",
)
GROUP_PREFIXES = _phrases(
    "per",
    "for each",
    "for every",
    "in each",
    "in every",
    "each",
    "every",
    "by each",
    "within each",
    "of each",
    "broken down by",
    "broken out by",
    "break down by",
    "breakdown by",
    "breakdown per",
    "grouped by",
    "group by",
    "grouped per",
    "split by",
    "split per",
    "across each",
    "by every",
    "for the various",
    "in the various",
    "for the different",
)
GROUP_SUFFIXES = _phrases(
    "breakdown",
    "distribution",
    "wise",
    "split",
    "counts",
    "headcount",
    "headcounts",
    "totals",
)


PER_GROUP_COUNTS = _phrases(
    "counts",
    "headcounts",
    "head counts",
    "totals",
    "with counts",
    "with their counts",
    "and counts",
    "and their counts",
    "along with counts",
    "with headcounts",
    "with the counts",
    "and how many",
    "and how many in each",
)


def recognize_count(state: ParseState, index: int) -> Recognized | None:
    """how many / number of / count / breakdown; "with counts" counts per group."""
    per_group = any_phrase_end(state.tokens, index, PER_GROUP_COUNTS)
    if per_group is not None:
        return [CountWord(per_group=True)], per_group
    end = any_phrase_end(state.tokens, index, lx.COUNT_PHRASES)
    if end is None:
        end = any_phrase_end(state.tokens, index, BREAKDOWN_WORDS)
    if end is None:
        return None
    return [CountWord()], end


def recognize_group(state: ParseState, index: int) -> Recognized | None:
    """per department / for each title / in every year / department breakdown."""
    tokens = state.tokens
    after_prefix = any_phrase_end(tokens, index, GROUP_PREFIXES)
    if after_prefix is not None:
        after = skip_words(tokens, after_prefix, ("the", "different", "various", "individual"))
        found = longest_phrase(tokens, after, lx.GROUP_KEY_PHRASES)
        if found is not None:
            return [GroupBy(found[0])], found[1]  # type: ignore[arg-type]
        return None
    found = longest_phrase(tokens, index, lx.GROUP_KEY_PHRASES)
    if found is not None:
        suffix = any_phrase_end(tokens, found[1], GROUP_SUFFIXES)
        if suffix is not None:
            return [GroupBy(found[0]), CountWord()], suffix  # type: ignore[arg-type]
    return None


HAVING_COMPARISONS: dict[tuple[str, ...], Comparison] = {
    **dict.fromkeys(
        _phrases("more than", "over", "greater than", "above", "in excess of", "upwards of"), ">"
    ),
    **dict.fromkeys(_phrases("at least", "no fewer than", "no less than", "a minimum of"), ">="),
    **dict.fromkeys(_phrases("fewer than", "less than", "under", "below"), "<"),
    **dict.fromkeys(_phrases("at most", "no more than", "a maximum of", "up to"), "<="),
    **dict.fromkeys(_phrases("exactly", "precisely"), "="),
}
HAVING_SUFFIXES: dict[tuple[str, ...], Comparison] = {
    ("or", "more"): ">=",
    ("or", "fewer"): "<=",
    ("or", "less"): "<=",
    ("and", "up"): ">=",
}
COUNTED_NOUNS = frozenset(
    {
        "employees",
        "people",
        "staff",
        "members",
        "persons",
        "workers",
        "employee",
        "person",
        "hires",
        "headcount",
        "staffers",
        "folks",
        "colleagues",
        "individuals",
        "team members",
    }
)


def recognize_having(state: ParseState, index: int) -> Recognized | None:
    """ "more than 70 employees", "at least 10 interns", "5 or more people"."""
    tokens = state.tokens
    found = longest_phrase(tokens, index, HAVING_COMPARISONS)
    if found is not None:
        comparison, after = found
        counted = number_at(tokens, after)
        if counted is None:
            return None
        number, after = counted
    else:
        counted = number_at(tokens, index)
        if counted is None:
            return None
        number, after = counted
        suffix = longest_phrase(tokens, after, HAVING_SUFFIXES)
        if suffix is None:
            return None
        comparison, after = suffix
    if norm_at(tokens, after) in COUNTED_NOUNS:
        return [HavingCount(comparison, number)], after + 1
    attribute = recognize_attribute(state, after)
    if attribute is not None and any(
        isinstance(chunk, Attribute) and chunk.people for chunk in attribute[0]
    ):
        return [HavingCount(comparison, number), *attribute[0]], attribute[1]
    return None


def recognize_number(state: ParseState, index: int) -> Recognized | None:
    counted = number_at(state.tokens, index)
    if counted is None:
        return None
    return [NumberWord(counted[0])], counted[1]


# --- departments, titles and fields -----------------------------------------------------------


@cache
def _department_phrases() -> dict[tuple[str, ...], tuple[str, bool]]:
    phrases: dict[tuple[str, ...], tuple[str, bool]] = {}
    for value, forms in lx.DEPARTMENT_PHRASES.items():
        phrases.update(dict.fromkeys(forms, (str(value), False)))
    for value, forms in lx.DEPARTMENT_PEOPLE_PHRASES.items():
        phrases.update(dict.fromkeys(forms, (str(value), True)))
    return phrases


@cache
def _title_phrases() -> dict[tuple[str, ...], str]:
    phrases: dict[tuple[str, ...], str] = {}
    for value, forms in lx.TITLE_PHRASES.items():
        phrases.update(dict.fromkeys(forms, str(value)))
    return phrases


DEPARTMENT_PREFIXES = _phrases(
    "department of",
    "dept of",
    "the department of",
    "division of",
    "team of",
    "department",
    "dept",
    "department:",
    "team",
)
TITLE_PREFIXES = _phrases(
    "with the title of",
    "with the title",
    "with a title of",
    "with title",
    "with the role of",
    "with the role",
    "titled",
    "title of",
    "title",
    "job title",
    "job title of",
    "role of",
    "role",
    "position of",
    "position",
    "whose title is",
    "whose job title is",
    "whose role is",
    "whose position is",
    "title is",
    "role is",
    "job title is",
    "position is",
    "job of",
    "working as",
    "works as",
    "work as",
    "employed as",
    "serving as",
    "hired as",
    "as an",
    "as a",
    "as",
)
TITLE_SUFFIXES = _phrases("role", "roles", "position", "positions", "title", "titles", "level")
PEOPLE_SUFFIXES = frozenset(
    {"people", "staff", "folks", "employees", "team", "members", "personnel", "workers", "guys"}
)


def recognize_attribute(state: ParseState, index: int) -> Recognized | None:
    """A department or title value, with the nouns around it ("the marketing department")."""
    tokens = state.tokens
    department = _department_at(tokens, index)
    if department is not None:
        return department
    title = _title_at(tokens, index)
    if title is not None:
        return title
    after_prefix = any_phrase_end(tokens, index, DEPARTMENT_PREFIXES)
    if after_prefix is not None:
        department = _department_at(tokens, skip_words(tokens, after_prefix, (":", "=", "is")))
        if department is not None:
            return department
    after_prefix = any_phrase_end(tokens, index, TITLE_PREFIXES)
    if after_prefix is not None:
        title = _title_at(tokens, skip_words(tokens, after_prefix, (":", "=", "a", "an")))
        if title is not None:
            return title
    return None


def _quoted_value(
    tokens: list[Token], index: int, phrases: dict[tuple[str, ...], T]
) -> tuple[T, int] | None:
    """ "title 'Manager'", "department = 'Customer Service'": a quoted value, said exactly."""
    if index >= len(tokens) or tokens[index].kind != "quoted":
        return None
    value = phrases.get(tuple(tokens[index].norm.split()))
    return (value, index + 1) if value is not None else None


def _department_at(tokens: list[Token], index: int) -> Recognized | None:
    found = longest_phrase(tokens, index, _department_phrases()) or _quoted_value(
        tokens, index, _department_phrases()
    )
    if found is None:
        return None
    (value, people), end = found
    if norm_at(tokens, end) in lx.DEPARTMENT_NOUNS:
        end += 1
    elif norm_at(tokens, end) in PEOPLE_SUFFIXES:
        people, end = True, end + 1
    return [Attribute("department", value, people)], end


def _title_at(tokens: list[Token], index: int) -> Recognized | None:
    found = longest_phrase(tokens, index, _title_phrases()) or _quoted_value(
        tokens, index, _title_phrases()
    )
    if found is None:
        return None
    value, end = found
    end = any_phrase_end(tokens, end, TITLE_SUFFIXES) or end
    return [Attribute("title", value, True)], end


FIELD_PHRASES = {**lx.FIELD_PHRASES, **dict.fromkeys(_phrases("dates"), "hire_date")}


def recognize_field(state: ParseState, index: int) -> Recognized | None:
    found = longest_phrase(state.tokens, index, FIELD_PHRASES)
    if found is None:
        return None
    return [FieldWord(found[0])], found[1]  # type: ignore[arg-type]


# --- small words ------------------------------------------------------------------------------

CONNECTOR_PHRASES = {tuple(k.split()): v for k, v in lx.CONNECTORS.items()}
NEGATION_PHRASES = {tuple(k.split()): True for k in lx.NEGATIONS}
PEOPLE_PHRASES = {tuple(k.split()): True for k in lx.PEOPLE_NOUNS}
PERSONAL_PHRASES = dict.fromkeys(lx.PERSONAL_PHRASES, True)
NEW_HIRES = _phrases(
    "new hires",
    "new hire",
    "new employees",
    "new employee",
    "new joiners",
    "new starters",
    "new people",
    "new staff",
    "new recruits",
    "newly hired",
    "new colleagues",
)


def recognize_small_words(state: ParseState, index: int) -> Recognized | None:
    """Connectors, negations, "when", "their", people nouns, hire verbs and filler."""
    tokens = state.tokens
    word = tokens[index].norm
    if tokens[index].kind == "quoted":
        return None
    negation = longest_phrase(tokens, index, NEGATION_PHRASES)
    if negation is not None:
        return [Negation()], negation[1]
    connector = longest_phrase(tokens, index, CONNECTOR_PHRASES)
    if connector is not None:
        kind = connector[0]
        if kind == "skip":  # "either", "both"
            return [Filler()], connector[1]
        return [Connector(cast(Literal["and", "or", "list"], kind))], connector[1]
    personal = longest_phrase(tokens, index, PERSONAL_PHRASES)
    if personal is not None:
        return [Personal()], personal[1]
    new_hires = any_phrase_end(tokens, index, NEW_HIRES)
    if new_hires is not None:
        return [NewHires()], new_hires
    people = longest_phrase(tokens, index, PEOPLE_PHRASES)
    if people is not None:
        return [Filler(people=True)], people[1]
    if word == "but":
        # "everyone but the interns" excludes them; "in Sales but hired after 2020" does not.
        previous = norm_at(tokens, index - 1)
        everyone = previous in lx.PEOPLE_NOUNS or previous in ("all", "any")
        return [Negation() if everyone else Break()], index + 1
    single: dict[str, Chunk] = {"when": When(), "who": Who(), "whom": Who()}
    if word in single:
        return [single[word]], index + 1
    if word in lx.PERSONAL_WORDS:
        return [Personal()], index + 1
    if word in lx.DISTINCT_WORDS:
        return [DistinctWord()], index + 1
    if word in lx.HIRE_VERBS or word in lx.FILLER_WORDS:
        return [Filler()], index + 1
    return None


RECOGNIZERS: tuple[Callable[[ParseState, int], Recognized | None], ...] = (
    recognize_text_in_field,
    recognize_text_condition,
    recognize_named,
    recognize_email,
    recognize_known_full_name,
    recognize_possessive,
    recognize_date,
    recognize_sort,
    recognize_direction,
    recognize_by,
    recognize_top_n,
    recognize_recency,
    recognize_group,
    recognize_count,
    recognize_having,
    recognize_most,
    recognize_attribute,
    recognize_field,
    recognize_small_words,
    recognize_number,
    recognize_known_name,
)
