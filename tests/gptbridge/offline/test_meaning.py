import datetime as dt

import pytest
from lark import Token, Tree

from gptbridge.engines.offline.meaning import Children, Context, NotUsed, Part, part_of
from gptbridge.engines.offline.plan import SameDayFilter, TextFilter
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
    ("question", "person"),
    [
        ("who has the same hire date as Leopold Johnston", ("leopold", "johnston")),
        ("how many people have the same start date as Leopold Johnston", ("leopold", "johnston")),
        ("employees hired on the same day", None),  # as someone else
        ("how many people started on the same day", None),
    ],
)
def test_the_same_hire_date_is_the_same_day(question: str, person: tuple[str, str] | None) -> None:
    (condition,) = plan_of(question).filters
    assert isinstance(condition, SameDayFilter)
    assert condition.person == person


def test_sharing_a_persons_column_is_the_same_as_them() -> None:
    (condition,) = plan_of("who shares Leopold Johnston's title").filters
    assert condition == plan_of("who has the same title as Leopold Johnston").filters[0]
