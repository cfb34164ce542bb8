"""Parse tree -> parts: each phrase of the grammar becomes one `Part`, every node accounted for.

A handler receives its node's children through `Children`, which records what it took; a child
left untaken is an error (`NotUsed`), so a phrase the grammar accepts but no handler reads can
never be dropped silently.
"""

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from string import capwords
from typing import Any, cast

from lark import Token, Tree

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline import words
from gptbridge.engines.offline.english import is_common_word
from gptbridge.engines.offline.joined import and_between_columns
from gptbridge.engines.offline.tokens import NOT_TEXT, Lexeme
from gptbridge.engines.offline.words import MONTH_NAMES, OPERATORS, WEEKDAY_NAMES, season_name


class NotUsed(Exception):
    """A node of the parse no step used: the question is refused, not half-answered."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


class NotUnderstood(Exception):
    """What could not be understood: the words, and why when there is more to say."""

    def __init__(self, words: list[str], reason: str = ""):
        super().__init__(", ".join(words) or reason)
        self.words = words
        self.reason = reason


@dataclass(frozen=True)
class Part:
    kind: str
    value: Any = None
    text: str = ""


class Children:
    def __init__(self, node: Tree[Token], lexemes: list[Lexeme]):
        self.items: list[Tree[Token] | Token] = list(node.children)
        self.used = [False] * len(self.items)
        self.lexemes = lexemes

    def _take(self, test: Callable[[Any], bool]) -> Any:
        for index, item in enumerate(self.items):
            if not self.used[index] and test(item):
                self.used[index] = True
                return item
        return None

    def token(self, terminal: str | None = None) -> Lexeme | None:
        """The lexeme of the first untaken word of this terminal (of any, with None)."""
        found = self._take(lambda item: isinstance(item, Token) and terminal in (None, item.type))
        return self.lexemes[found.start_pos] if found is not None else None

    def tree(self, *names: str) -> Tree[Token] | None:
        return self._take(lambda item: isinstance(item, Tree) and (not names or item.data in names))

    def label(self, *names: str) -> str | None:
        """The name of a child phrase with no parts of its own ("key_hire_month", "exactly")."""
        node = self.tree(*names)
        if node is None:
            return None
        Children(node, self.lexemes).finish()
        return str(node.data)

    def leaf(self, *names: str) -> Lexeme | None:
        """The one word of a child phrase, looking through one phrase inside it ("person")."""
        node = self.tree(*names)
        if node is None:
            return None
        inner = Children(node, self.lexemes)
        lexeme = inner.leaf() if any(isinstance(item, Tree) for item in inner.items) else None
        lexeme = lexeme or inner.token()
        inner.finish()
        return lexeme

    def finish(self) -> None:
        for index, item in enumerate(self.items):
            if not self.used[index]:
                raise NotUsed(item.data if isinstance(item, Tree) else str(item))


@dataclass(frozen=True)
class Context:
    today: dt.date
    lexemes: list[Lexeme]


Handler = Callable[[str, Children, Context], Part]
HANDLERS: dict[str, Handler] = {}


def register(*kinds: str) -> Callable[[Handler], Handler]:
    def decorate(handler: Handler) -> Handler:
        HANDLERS.update(dict.fromkeys(kinds, handler))
        return handler

    return decorate


def parts_of(tree: Tree[Token], context: Context) -> list[Part]:
    parts = [part_of(child, context) for child in tree.children if isinstance(child, Tree)]
    return and_between_columns(parts)  # "whose title is Manager and whose department is Sales"


def part_of(node: Tree[Token], context: Context) -> Part:
    if str(node.data).startswith("key_"):
        Children(node, context.lexemes).finish()
        return Part("key", str(node.data), node_text(node, context))
    children = Children(node, context.lexemes)
    handler = HANDLERS.get(str(node.data), _plain)
    part = handler(str(node.data), children, context)
    children.finish()
    if part.text:
        return part
    return Part(part.kind, part.value, node_text(node, context))


def node_text(node: Tree[Token], context: Context) -> str:
    """The words of a phrase as typed, filler words included."""
    start = getattr(node.meta, "start_pos", None)
    end = getattr(node.meta, "end_pos", None)
    if start is None or end is None:
        return ""
    return " ".join(lexeme.text for lexeme in context.lexemes[start:end])


def _plain(kind: str, children: Children, context: Context) -> Part:
    """Phrases whose meaning is their name (count, newest, sep_or, per key, top N, ...)."""
    number = children.token("NUMBER")
    if number is not None and kind.startswith("limit_") and not number.payload:
        raise NotUsed(number.text)  # "the top 0 hires"
    field = children.token("FIELD")
    label = children.label()
    value: Any = number.payload if number else None
    return Part(kind, label or (field.payload if field else value))


@register("value", "fields")
def _token_part(kind: str, children: Children, context: Context) -> Part:
    """A value ("interns") or a column ("e-mail"), as said."""
    lexeme = children.token()
    assert lexeme is not None
    return Part(kind, lexeme.payload, "" if kind == "fields" else lexeme.text)  # "with their X"


SOMEONE = frozenset({"somebody", "someone", "anybody", "anyone", "somebody else", "someone else"})


@register("possessive")
def _possessive(kind: str, children: Children, context: Context) -> Part:
    field = children.token("FIELD")
    value = children.token("VALUE")
    owner = children.leaf("person")
    noun = children.tree("noun_people", "noun_hires", "noun_who")
    assert field is not None
    said = node_text(noun, context).lower() if noun is not None else ""
    if said in SOMEONE:  # "somebody's last name": whose? (compared with someone else's)
        raise NotUsed(f"{said}'s")
    if owner is not None:
        return Part("possessive", (field.payload, person_filter(owner)), field.text)
    if value is not None:
        return Part("possessive", (field.payload, value.payload), field.text)
    return Part("fields", field.payload, field.text)


def shown(lexeme: Lexeme) -> str:
    """A name as the answer shows it: as typed, without a plural's ending ("Daves": Dave), or
    as stored when a typo was corrected."""
    typed, stored = lexeme.text, lexeme.payload
    if isinstance(stored, str) and typed.lower() != stored and typed.lower().startswith(stored):
        return typed[: len(stored)]
    if not lexeme.corrected:
        return typed
    parts = lexeme.payload if isinstance(lexeme.payload, tuple) else (lexeme.payload,)
    return " ".join(str(part).title() for part in parts)


def person_filter(lexeme: Lexeme) -> plans.Filter:
    if lexeme.terminal == "FULLNAME":
        return plans.TextFilter(
            "full_name", "equals", " ".join(lexeme.payload), shown=shown(lexeme)
        )
    return plans.TextFilter("any_name", "equals", str(lexeme.payload), shown=shown(lexeme))


@register("average", "average_tenure", "median", "median_tenure")
def _average(kind: str, children: Children, context: Context) -> Part:
    """ "average (tenure)", "median (tenure)": the statistic is the kind, what of the value."""
    unit = children.label()
    if unit not in (None, "unit_year"):
        raise NotUsed(str(unit))
    statistic, _, of = kind.partition("_")
    return Part(statistic, of or None)


@register("most", "fewest", "newest", "earliest")
def _most(kind: str, children: Children, context: Context) -> Part:
    """ "the most", "the fewest", "the newest"; with a place ("the second most", "the 3rd
    newest"), the place is the value and the text is the superlative alone ("longest" stays a
    length: see refusals.py)."""
    node = children.tree("place_2", "place_n")
    if node is None:
        return Part(kind)
    inner = Children(node, context.lexemes)
    number = inner.token("ORDINAL")
    inner.finish()
    place = 2 if number is None else int(number.payload)
    if place < 2:
        raise NotUsed(number.text if number else str(place))  # "the 1st most": say "the most"
    return Part(kind, place, context.lexemes[node.meta.end_pos].text)


@register("share_said_after")
def _share_said_after(kind: str, children: Children, context: Context) -> Part:
    return Part("share", "said after")


@register("per_year")
def _per_year(kind: str, children: Children, context: Context) -> Part:
    """ "year over year" is "per year"."""
    return Part("per", "key_hire_year")


@register("how_long_ago")
def _how_long_ago(kind: str, children: Children, context: Context) -> Part:
    return Part("how_long", "ago")  # of a person, their tenure; of a hire date, days since it


@register("how_long_months")
def _how_long_months(kind: str, children: Children, context: Context) -> Part:
    return Part("how_long", "months")


@register("negation_except", "negation_nobody")
def _except(kind: str, children: Children, context: Context) -> Part:
    return Part("negation", kind.removeprefix("negation_"))


@register("noun_new_hires", "noun_hires_plural", "count_headcount")
def _said_of_a_kind(kind: str, children: Children, context: Context) -> Part:
    """ "new hires", "hires", "headcount": hires or a count, with how they were said."""
    said = {"noun_new_hires": "new", "noun_hires_plural": "plural"}.get(kind, "headcount")
    return Part("count" if said == "headcount" else "noun_hires", said)


@register("having", "having_at_least", "having_at_most")
def _having(kind: str, children: Children, context: Context) -> Part:
    """ "more than 3", "4 or more" (times, employees)."""
    comparison = children.label() or kind.removeprefix("having_")
    number = children.token("NUMBER")
    assert number is not None
    operator = OPERATORS[comparison]
    return Part("having", (operator, number.payload), f"{operator} {number.payload}")


MORE_OR_FEWER = {"most": ">", "fewest": "<"}


@register("against_average", "against_average_people")
def _against_average(kind: str, children: Children, context: Context) -> Part:
    """ "above average size", "below-average headcount", "more staff than the average
    department": a group's size against the average group (of the column said, if one is)."""
    comparison = children.label() or ""
    operator = MORE_OR_FEWER.get(comparison) or OPERATORS.get(comparison)
    if operator not in (">", "<"):
        raise NotUsed(comparison)  # "at least average": say more or fewer
    field = children.token("FIELD")
    of_groups = None if field is None else field.payload
    return Part("against_average", (operator, of_groups), f"{operator} the average")


# --- names and e-mail --------------------------------------------------------------------------

NAME_COLUMNS: dict[str, plans.TextColumn] = words.PHRASES["name_columns"]
EMAIL_CONDITIONS: dict[str, tuple[plans.TextOp, str]] = words.PHRASES["email_conditions"]
CHARACTERS: dict[str, str] = words.PHRASES["characters"]
CHARACTER_CLASSES = frozenset(words.PHRASES["character_classes"]["words"])
DIGIT_WORDS = frozenset(words.PHRASES["digits"]["words"])
CHARACTER_WORDS = words.CHARACTER_WORDS


@register("named", "field_is", "field_text", "text_in_field", "name_person", "name_owner")
def _name_condition(kind: str, children: Children, context: Context) -> Part:
    """ "named Smith", "surname O'Hara", "e-mail starts with nasir.", "an in the first name"."""
    field = children.token("FIELD")
    op = children.label("starts", "ends", "contains")
    lexeme = children.leaf("name_value", "text", "person")
    assert lexeme is not None
    # "" is the phrase as typed: "named King", "June's", "last name Doyle" (with its column)
    said = lexeme.text if kind in ("name_person", "text_in_field") else ""
    if kind == "name_owner":  # "Kendall Larson's", of what follows (assemble.py)
        return Part("filter", person_filter(lexeme), f"{lexeme.text}'s")
    if lexeme.terminal in ("NAME", "FULLNAME") and kind in ("named", "name_person"):
        return Part("filter", person_filter(lexeme), said)
    if kind == "text_in_field" and str(lexeme.payload).lower() in NOT_TEXT:
        raise NotUsed(lexeme.text)  # "first name shows up somewhere in their email": where
    operation = "contains" if kind == "text_in_field" else (op or "equals")
    said_of_an_email = kind == "field_is" and field is not None and field.payload == "email"
    if said_of_an_email and _is_email_name(lexeme):  # "the email jessie.towne0": before the @
        value = str(lexeme.payload).lower()
        return Part("filter", plans.TextFilter("email_name", "equals", value, shown=lexeme.text))
    if kind == "field_is" and _says_no_value(field, lexeme):
        raise NotUsed(lexeme.text)
    email = field is not None and field.payload == "email"
    named = lexeme.terminal == "FULLNAME" or (said_of_an_email and lexeme.terminal == "NAME")
    if email and named:  # "what email has Vinnie Barton", "the email Garcia": no address
        raise NotUsed(lexeme.text)
    condition = _text_filter(field, cast(plans.TextOp, operation), lexeme)
    return Part("filter", condition, said and condition.shown)


EMAIL_NAME = re.compile(r"[a-z][a-z0-9._%+-]*")


def _is_email_name(lexeme: Lexeme) -> bool:
    """ "kendall49", "jessie.towne0", "rylee_langworth": no word or name, only the part of an
    address before the @ (a digit, dot or underscore in it)."""
    said = str(lexeme.payload).lower()
    marked = any(char.isdigit() or char in "._" for char in said)
    return lexeme.terminal == "WORD" and marked and EMAIL_NAME.fullmatch(said) is not None


def _says_no_value(field: Lexeme | None, lexeme: Lexeme) -> bool:
    """ "which last names are rare", "which emails are personal": a word that is nobody's name
    and an English word, or any bare word for an e-mail, says how, not which."""
    said = str(lexeme.payload).lower()
    if lexeme.terminal != "WORD" or field is None or said in CHARACTER_WORDS:  # "an underscore"
        return False
    if lexeme.text[:1].isupper() and field.payload != "email":  # "first name is John": a name
        return False
    return field.payload == "email" or is_common_word(said)


@register("field_text_not", "field_with", "field_without")
def _character_condition(kind: str, children: Children, context: Context) -> Part:
    """ "e-mail with a digit", "surname without an apostrophe", "e-mail does not contain a dot":
    said with "with" or "not", only characters are taken ("with Smith" says no column)."""
    field = children.token("FIELD")
    op = children.label("starts", "ends", "contains")
    lexeme = children.leaf("text")
    assert lexeme is not None
    characters = lexeme.terminal == "WORD" and str(lexeme.payload).lower() in CHARACTER_WORDS
    if (
        op is None and kind == "field_without" and lexeme.terminal in EMAIL_CONDITIONS
    ):  # "not gmail"
        return Part("filter", replace(_at_an_address(lexeme), negated=True), lexeme.text)
    if op is None and not characters:
        raise NotUsed(lexeme.text)
    condition = _text_filter(field, cast(plans.TextOp, op or "contains"), lexeme)
    negated = kind in ("field_text_not", "field_without")
    return Part("filter", replace(condition, negated=negated))


LENGTH_COLUMNS = ("first_name", "last_name", "email")


@register("field_length")
def _length(kind: str, children: Children, context: Context) -> Part:
    """ "last names longer than 10 characters", "first names with fewer than 4 letters"."""
    field = children.token("FIELD")
    comparison = children.label("more_than", "at_least", "less_than", "at_most", "exactly")
    number = children.token("NUMBER")
    assert field is not None
    assert number is not None
    if field.payload not in LENGTH_COLUMNS:
        raise NotUsed(field.text)  # "a name longer than 10 letters": first, last or both?
    operator = cast(plans.Comparison, OPERATORS[str(comparison)])
    condition = plans.LengthFilter(field.payload, operator, number.payload)
    return Part("filter", condition, field.text)


@register("same_initials")
def _same_initials(kind: str, children: Children, context: Context) -> Part:
    """ "first and last name start with the same letter", "same initials"."""
    return Part("filter", plans.SameInitialsFilter(), "the same initials")


@register("field_text_any")
def _text_alternatives(kind: str, children: Children, context: Context) -> Part:
    """ "starts with J or K", "ending in -son, -sen or -ez": either ("contains a and e" is both,
    which one condition cannot say)."""
    field = children.token("FIELD")
    op = cast(plans.TextOp, children.label("starts", "ends", "contains"))
    options: list[plans.Filter] = []
    while (lexeme := children.leaf("text")) is not None:
        options.append(_text_filter(field, op, lexeme))
        if children.label("joiner_and") and op == "contains":
            raise NotUsed("and")
        children.label("joiner_or")
    return Part("filter", plans.AnyOf(tuple(options)))


def _text_filter(field: Lexeme | None, operation: plans.TextOp, lexeme: Lexeme) -> plans.TextFilter:
    column = NAME_COLUMNS.get(field.payload) if field is not None else "full_name"
    if column is None:
        raise NotUsed(field.text if field is not None else lexeme.text)
    full = lexeme.terminal == "FULLNAME"
    value, said = " ".join(lexeme.payload) if full else str(lexeme.payload).lower(), lexeme.text
    if lexeme.terminal == "WORD" and value in CHARACTER_CLASSES:  # "contains vowels"
        raise NotUsed(lexeme.text)
    said_as_character = lexeme.terminal == "WORD" and value in CHARACTER_WORDS
    if said_as_character and operation not in ("equals", "contains"):
        raise NotUsed(lexeme.text)  # "starts with a number": the start is said, not a number
    if said_as_character:  # "an e-mail with an underscore (a number) in it": never all of it
        operation = "contains"
        column = "email_name" if column == "email" else column  # not the ".com" after the @
    if said_as_character and value in DIGIT_WORDS:
        return plans.TextFilter(column or "full_name", "has_digit", "", shown="a digit")
    if said_as_character:
        value, said = CHARACTERS[value], f"{said} ({CHARACTERS[value]})"
    one_word = operation == "equals" and " " not in value
    either_end = operation in ("starts", "ends") and "full" not in str(field and field.text).lower()
    if column == "full_name" and (one_word or either_end):
        column = "any_name"  # "named Smith", "a name starting with Z": first or last name
    return plans.TextFilter(column, operation, value, shown=said)


@register("provider", "at_domain", "email_is")
def _email(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token()
    assert lexeme is not None
    return Part("filter", _at_an_address(lexeme), lexeme.text)


def _at_an_address(lexeme: Lexeme) -> plans.TextFilter:
    """ "gmail", "gmail.com", "x@gmail.com": the e-mail condition each says."""
    operation, pattern = EMAIL_CONDITIONS[lexeme.terminal]
    return plans.TextFilter("email", operation, pattern.format(lexeme.payload), shown=lexeme.text)


# --- date parts in any year ----------------------------------------------------------------


@register("date_month", "date_weekday", "date_day_group", "date_season", "date_named_day")
@register("date_quarter")
def _date_part(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token()
    assert lexeme is not None
    return Part("filter", plans.DatePartFilter(*_date_part_of(lexeme)), lexeme.text)


@register("date_month_range")
def _month_range(kind: str, children: Children, context: Context) -> Part:
    """ "from March to June", "(June through August)", "Nov-Feb": those months of any year,
    both ends included (a range past December goes on from January)."""
    first, last = children.token("MONTHNAME"), children.token("MONTHNAME")
    assert first is not None
    assert last is not None
    count = (last.payload - first.payload) % 12 + 1
    months = tuple((first.payload - 1 + step) % 12 + 1 for step in range(count))
    label = f"from {MONTH_NAMES[first.payload]} to {MONTH_NAMES[last.payload]} (any year)"
    return Part("filter", plans.DatePartFilter("month", months, label), label)


def _date_part_of(lexeme: Lexeme) -> tuple[plans.DatePart, tuple[int, ...], str]:
    value = lexeme.payload
    if lexeme.terminal == "MONTHNAME":
        return "month", (value,), f"in {MONTH_NAMES[value]}"
    if lexeme.terminal == "DAYNAME":
        return "weekday", (value,), f"on a {WEEKDAY_NAMES[value]}"
    if lexeme.terminal == "DAYGROUP":
        said = "on a weekend" if value == (0, 6) else "on a weekday (Monday to Friday)"
        return "weekday", tuple(value), said
    if lexeme.terminal == "SEASONNAME":
        listed = ", ".join(MONTH_NAMES[number] for number in value)
        return "month", tuple(value), f"in {season_name(value)} ({listed})"
    if lexeme.terminal == "NAMEDDAY":
        month, day = value
        name = " ".join(
            word if word in ("of", "the") else capwords(word)
            for word in lexeme.text.replace(" 's", "'s").split()
        )
        return "monthday", (month * 100 + day,), f"on {name} ({MONTH_NAMES[month]} {day}, any year)"
    return "quarter", (value,), f"in Q{value} (any year)"
