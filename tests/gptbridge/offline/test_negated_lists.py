"""A text condition's own "not" over the values listed after it (`negated_lists.py`), as
`split_conditions` applies it."""

from dataclasses import replace

import pytest

from gptbridge.engines.offline.assemble import split_conditions
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.plan import AnyOf, Filter, TextFilter


def conditions(parts: list[Part]) -> list[Filter]:
    return [condition for _, condition in split_conditions(parts)[0]]


def test_a_text_condition_with_its_own_not_covers_the_values_listed_after_it() -> None:
    """ "e-mail does not end in gmail.com, yahoo.com or hotmail.com": none of the three."""
    gmail = TextFilter("email", "ends", "gmail.com", negated=True)
    yahoo = TextFilter("email", "ends", "@yahoo.com", shown="yahoo.com")
    hotmail = TextFilter("email", "ends", "@hotmail.com", shown="hotmail.com")
    parts = [
        Part("filter", gmail, "not end in gmail.com"),
        Part("sep_comma"),
        Part("filter", yahoo, "yahoo.com"),
        Part("sep_or"),
        Part("filter", hotmail, "hotmail.com"),
    ]
    unnegated = TextFilter("email", "ends", "gmail.com")
    assert conditions(parts) == [AnyOf((unnegated, yahoo, hotmail), negated=True)]


def test_a_condition_said_with_its_own_column_or_test_is_not_in_the_negated_list() -> None:
    """ "first name does not start with A and first name ends with e": both apply; so do "does
    not contain jo" and "gmail" (a provider, not more characters)."""
    not_a = TextFilter("first_name", "starts", "a", negated=True, shown="A")
    ends_e = TextFilter("first_name", "ends", "e", shown="e")
    said = [
        Part("filter", not_a, "not start with A"),
        Part("sep_and"),
        Part("filter", ends_e, "first name ends with e"),
    ]
    assert conditions(said) == [not_a, ends_e]
    not_jo = TextFilter("email", "contains", "jo", negated=True, shown="jo")
    gmail = TextFilter("email", "contains", "@gmail.", shown="gmail")
    said = [
        Part("filter", not_jo, "not contain jo"),
        Part("sep_comma"),
        Part("filter", gmail, "gmail"),
    ]
    assert conditions(said) == [not_jo, gmail]


def test_where_an_email_is_hosted_said_two_ways_after_and_is_refused() -> None:
    """ "doesn't end in yahoo.com and gmail": neither, or not yahoo.com but gmail? After "or",
    or in a list ending with "or", it is neither."""
    yahoo = TextFilter("email", "ends", "@yahoo.com", negated=True, shown="yahoo.com")
    gmail = TextFilter("email", "contains", "@gmail.", shown="gmail")
    said = [
        Part("filter", yahoo, "not end in yahoo.com"),
        Part("sep_and"),
        Part("filter", gmail, "gmail"),
    ]
    with pytest.raises(NotUnderstood):
        split_conditions(said)
    said[1] = Part("sep_or")
    assert conditions(said) == [AnyOf((replace(yahoo, negated=False), gmail), negated=True)]
