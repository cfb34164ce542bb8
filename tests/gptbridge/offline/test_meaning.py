import datetime as dt

import pytest
from lark import Token, Tree

from gptbridge.engines.offline.meaning import Children, Context, NotUsed, Part, part_of
from gptbridge.engines.offline.plan import TextFilter
from gptbridge.engines.offline.tokens import Lexeme

from .conftest import plan_of

CONTEXT = Context(dt.date(2024, 1, 15), [Lexeme("FIELD", "email", "email")])


def test_a_child_no_handler_takes_is_an_error() -> None:
    node = Tree("value", [Token("FIELD", "email", start_pos=0)])
    children = Children(node, CONTEXT.lexemes)
    with pytest.raises(NotUsed):
        children.finish()


def test_value_phrase_becomes_a_value_part() -> None:
    lexemes = [Lexeme("VALUE", ("title", "Intern"), "interns")]
    node = Tree("value", [Token("VALUE", "interns", start_pos=0, end_pos=1)])
    part = part_of(node, Context(CONTEXT.today, lexemes))
    assert part == Part("value", ("title", "Intern"), "interns")


def test_person_phrase_becomes_a_name_filter() -> None:
    lexemes = [Lexeme("FULLNAME", ("leopold", "johnston"), "Leopold Johnston")]
    person = Tree("person", [Token("FULLNAME", "x", start_pos=0, end_pos=1)])
    part = part_of(Tree("name_person", [person]), Context(CONTEXT.today, lexemes))
    assert part.value == TextFilter(
        "full_name", "equals", "leopold johnston", shown="Leopold Johnston"
    )


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("who has the email jessie.towne0", "jessie.towne0"),
        ("whose email is kendall49", "kendall49"),
        ("who has email rylee_langworth", "rylee_langworth"),
    ],
)
def test_the_part_of_an_address_before_the_at_looks_it_up(question: str, value: str) -> None:
    (condition,) = plan_of(question).filters
    assert condition == TextFilter("email_name", "equals", value, shown=condition.shown)  # type: ignore[union-attr]
