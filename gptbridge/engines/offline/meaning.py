"""Parse tree -> parts: each phrase of the grammar becomes one `Part`, every node accounted for.

A handler receives its node's children through `Children`, which records what it took; a child
left untaken is an error (`NotUsed`), so a phrase the grammar accepts but no handler reads can
never be dropped silently.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from string import capwords
from typing import Any, Literal

from lark import Token, Tree

from gptbridge.engines.offline.lexer import Lexeme
from gptbridge.engines.offline.plan import (
    DateFilter,
    DatePartFilter,
    Filter,
    SameDayFilter,
    TextColumn,
    TextFilter,
)
from gptbridge.engines.offline.words import MONTH_NAMES, SEASONS, WEEKDAY_NAMES


class NotUsed(Exception):
    """A node of the parse no step used: the question is refused, not half-answered."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


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

    def token(self, terminal: str) -> Lexeme | None:
        found = self._take(lambda item: isinstance(item, Token) and item.type == terminal)
        return self.lexemes[found.start_pos] if found is not None else None

    def tree(self, *names: str) -> Tree[Token] | None:
        return self._take(lambda item: isinstance(item, Tree) and (not names or item.data in names))

    def any_token(self) -> Lexeme | None:
        found = self._take(lambda item: isinstance(item, Token))
        return self.lexemes[found.start_pos] if found is not None else None

    def finish(self) -> None:
        for index, item in enumerate(self.items):
            if not self.used[index]:
                raise NotUsed(item.data if isinstance(item, Tree) else str(item))


@dataclass(frozen=True)
class Context:
    today: dt.date
    lexemes: list[Lexeme]


def parts_of(tree: Tree[Token], context: Context) -> list[Part]:
    return [part_of(child, context) for child in tree.children if isinstance(child, Tree)]


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
    """Phrases whose meaning is their name (count, newest, sep_or, ...)."""
    number = children.token("NUMBER")
    field = children.token("FIELD")
    subtree = children.tree()
    value: Any = number.payload if number else None
    if field is not None:
        value = field.payload
    if subtree is not None:
        value = _key(subtree, children)
    return Part(kind, value)


def _key(node: Tree[Token], parent: Children) -> Any:
    inner = Children(node, parent.lexemes)
    if str(node.data).startswith("key_"):
        inner.finish()
        return str(node.data)
    if node.data in ("tenure_key", "count_key"):
        inner.finish()
        return str(node.data)
    if node.data in ("more_than", "at_least", "less_than", "at_most", "exactly"):
        inner.finish()
        return str(node.data)
    raise NotUsed(str(node.data))


def _value(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token("VALUE")
    assert lexeme is not None
    return Part("value", lexeme.payload, lexeme.text)


def _fields(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token("FIELD")
    assert lexeme is not None
    return Part("fields", lexeme.payload, lexeme.text)


def _possessive(kind: str, children: Children, context: Context) -> Part:
    field = children.token("FIELD")
    owner = children.tree("person", "noun_people", "noun_hires", "noun_who")
    value = children.token("VALUE")
    assert field is not None
    if owner is not None and owner.data == "person":
        return Part("possessive", (field.payload, _person(owner, children)), field.text)
    if owner is not None:
        Children(owner, context.lexemes).finish()
    if value is not None:
        return Part("possessive", (field.payload, value.payload), field.text)
    return Part("fields", field.payload, field.text)


def _person(node: Tree[Token], parent: Children) -> Filter:
    inner = Children(node, parent.lexemes)
    lexeme = inner.any_token()
    inner.finish()
    assert lexeme is not None
    return person_filter(lexeme)


def person_filter(lexeme: Lexeme) -> Filter:
    if lexeme.terminal == "FULLNAME":
        first, last = lexeme.payload
        shown = f"{first.title()} {last.title()}" if lexeme.corrected else lexeme.text
        return TextFilter("full_name", "equals", f"{first} {last}", shown=shown)
    value = str(lexeme.payload)
    shown = value.title() if lexeme.corrected or lexeme.text.islower() else lexeme.text
    return TextFilter("any_name", "equals", value, shown=shown)


def _average(kind: str, children: Children, context: Context) -> Part:
    unit = children.tree()
    if unit is not None:
        Children(unit, context.lexemes).finish()
        if unit.data != "unit_year":
            raise NotUsed(str(unit.data))
    return Part("average")


def _having(kind: str, children: Children, context: Context) -> Part:
    compare = children.tree()
    number = children.token("NUMBER")
    assert compare is not None
    assert number is not None
    operator = {
        "more_than": ">",
        "at_least": ">=",
        "less_than": "<",
        "at_most": "<=",
        "exactly": "=",
    }[_key(compare, children)]
    return Part("having", (operator, number.payload), f"{operator} {number.payload}")


# --- names and e-mail --------------------------------------------------------------------------

TEXT_OPS = {"starts": "starts", "ends": "ends", "contains": "contains"}
NAME_COLUMNS = {
    "first_name": "first_name",
    "last_name": "last_name",
    "name": "full_name",
    "email": "email",
}


def _text_value(node: Tree[Token], parent: Children) -> Lexeme:
    inner = Children(node, parent.lexemes)
    subtree = inner.tree("person")
    lexeme = _single(subtree, parent) if subtree is not None else inner.any_token()
    inner.finish()
    assert lexeme is not None
    return lexeme


def _single(node: Tree[Token], parent: Children) -> Lexeme:
    inner = Children(node, parent.lexemes)
    lexeme = inner.any_token()
    inner.finish()
    assert lexeme is not None
    return lexeme


def _lexeme_text(lexeme: Lexeme) -> tuple[str, str]:
    if lexeme.terminal == "FULLNAME":
        return " ".join(lexeme.payload), lexeme.text
    if lexeme.terminal in ("NAME", "WORD", "QUOTED", "EMAIL", "DOMAINNAME", "PROVIDER"):
        return str(lexeme.payload).lower(), lexeme.text
    return lexeme.text.lower(), lexeme.text


def _named(kind: str, children: Children, context: Context) -> Part:
    node = children.tree("name_value")
    assert node is not None
    lexeme = _text_value(node, children)
    if lexeme.terminal in ("NAME", "FULLNAME"):
        return Part("filter", person_filter(lexeme), lexeme.text)
    value, shown = _lexeme_text(lexeme)
    column: TextColumn = "full_name" if " " in value else "any_name"
    return Part("filter", TextFilter(column, "equals", value, shown=shown), shown)


def _field_is(kind: str, children: Children, context: Context) -> Part:
    field = children.token("FIELD")
    node = children.tree("name_value")
    assert field is not None
    assert node is not None
    lexeme = _text_value(node, children)
    column = NAME_COLUMNS.get(field.payload)
    if column is None:
        raise NotUsed(field.text)
    value, shown = _lexeme_text(lexeme)
    if column == "full_name" and " " not in value:
        column = "any_name"
    return Part("filter", TextFilter(column, "equals", value, shown=shown), shown)  # type: ignore[arg-type]


def _field_text(kind: str, children: Children, context: Context) -> Part:
    field = children.token("FIELD")
    operation = children.tree("starts", "ends", "contains")
    node = children.tree("text")
    assert field is not None
    assert operation is not None
    assert node is not None
    Children(operation, context.lexemes).finish()
    lexeme = _text_value(node, children)
    column = NAME_COLUMNS.get(field.payload)
    if column is None:
        raise NotUsed(field.text)
    value, shown = _lexeme_text(lexeme)
    condition = TextFilter(column, TEXT_OPS[str(operation.data)], value, shown=shown)  # type: ignore[arg-type]
    return Part("filter", condition, shown)


def _text_in_field(kind: str, children: Children, context: Context) -> Part:
    node = children.tree("text")
    field = children.token("FIELD")
    assert field is not None
    assert node is not None
    lexeme = _text_value(node, children)
    column = NAME_COLUMNS.get(field.payload)
    if column is None:
        raise NotUsed(field.text)
    value, shown = _lexeme_text(lexeme)
    return Part("filter", TextFilter(column, "contains", value, shown=shown), shown)  # type: ignore[arg-type]


def _person_part(kind: str, children: Children, context: Context) -> Part:
    node = children.tree("person")
    assert node is not None
    lexeme = _single(node, children)
    return Part("filter", person_filter(lexeme), lexeme.text)


def _provider(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token("PROVIDER")
    assert lexeme is not None
    condition = TextFilter("email", "contains", f"@{lexeme.payload}.", shown=lexeme.text)
    return Part("filter", condition, lexeme.text)


def _at_domain(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token("DOMAINNAME")
    assert lexeme is not None
    condition = TextFilter("email", "ends", f"@{lexeme.payload}", shown=lexeme.text)
    return Part("filter", condition, lexeme.text)


def _email_is(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token("EMAIL")
    assert lexeme is not None
    return Part("filter", TextFilter("email", "equals", lexeme.payload, shown=lexeme.text))


def _sameday(kind: str, children: Children, context: Context) -> Part:
    node = children.tree("person")
    if node is None:
        return Part("filter", SameDayFilter(None), "the same day")
    lexeme = _single(node, children)
    if lexeme.terminal != "FULLNAME":
        raise NotUsed(lexeme.text)
    first, last = lexeme.payload
    shown = f"{first.title()} {last.title()}" if lexeme.corrected else lexeme.text
    return Part("filter", SameDayFilter((first, last), shown), lexeme.text)


def _person_date(kind: str, children: Children, context: Context) -> Part:
    """ "hired before Leopold Johnston": before the day that person was hired."""
    node = children.tree("person")
    assert node is not None
    lexeme = _single(node, children)
    if lexeme.terminal != "FULLNAME":
        raise NotUsed(lexeme.text)
    first, last = lexeme.payload
    shown = f"{first.title()} {last.title()}" if lexeme.corrected else lexeme.text
    relation: Literal["before", "after"] = "before" if kind == "date_before_person" else "after"
    return Part("filter", SameDayFilter((first, last), shown, relation=relation), lexeme.text)


HANDLERS: dict[str, Callable[[str, Children, Context], Part]] = {
    "date_before_person": _person_date,
    "date_after_person": _person_date,
    "value": _value,
    "fields": _fields,
    "possessive": _possessive,
    "having": _having,
    "average": _average,
    "named": _named,
    "field_is": _field_is,
    "field_text": _field_text,
    "text_in_field": _text_in_field,
    "name_person": _person_part,
    "provider": _provider,
    "at_domain": _at_domain,
    "email_is": _email_is,
    "sameday": _sameday,
}


def register(kind: str) -> Callable[[Callable[..., Part]], Callable[..., Part]]:
    def decorate(handler: Callable[..., Part]) -> Callable[..., Part]:
        HANDLERS[kind] = handler
        return handler

    return decorate


# --- date parts in any year ----------------------------------------------------------------


@register("date_month")
def _date_month(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token("MONTHNAME")
    assert lexeme is not None
    label = f"in {MONTH_NAMES[lexeme.payload]}"
    return Part("filter", DatePartFilter("month", (lexeme.payload,), label), lexeme.text)


@register("date_weekday")
def _date_weekday(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token("DAYNAME")
    assert lexeme is not None
    label = f"on a {WEEKDAY_NAMES[lexeme.payload]}"
    return Part("filter", DatePartFilter("weekday", (lexeme.payload,), label), lexeme.text)


@register("date_weekend")
def _date_weekend(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token("WEEKENDNAME")
    assert lexeme is not None
    return Part("filter", DatePartFilter("weekday", (0, 6), "on a weekend"), lexeme.text)


@register("date_season")
def _date_season(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token("SEASONNAME")
    assert lexeme is not None
    name = next(key for key, value in SEASONS.items() if value == lexeme.payload)
    months = tuple(lexeme.payload)
    label = f"in {name} ({', '.join(MONTH_NAMES[m] for m in months)})"
    return Part("filter", DatePartFilter("month", months, label), lexeme.text)


@register("date_named_day")
def _date_named_day(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token("NAMEDDAY")
    assert lexeme is not None
    month, day = lexeme.payload
    name = capwords(lexeme.text.replace(" 's", "'s"))
    label = f"on {name} ({MONTH_NAMES[month]} {day}, any year)"
    return Part("filter", DatePartFilter("monthday", (month * 100 + day,), label), lexeme.text)


@register("date_quarter")
def _date_quarter(kind: str, children: Children, context: Context) -> Part:
    lexeme = children.token("QUARTERNAME")
    assert lexeme is not None
    label = f"in Q{lexeme.payload} (any year)"
    return Part("filter", DatePartFilter("quarter", (lexeme.payload,), label), lexeme.text)


def date_filter(start: dt.date | None, end: dt.date | None, label: str) -> Part:
    return Part("filter", DateFilter(start, end, label), label)
