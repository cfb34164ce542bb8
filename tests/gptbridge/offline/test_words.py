from gptbridge.engines.offline import words
from gptbridge.engines.offline.lexer import ANNIVERSARY_DAY_WORDS
from gptbridge.engines.offline.parser import keyword_terminals


def test_every_keyword_of_the_grammar_can_be_said() -> None:
    # The lexer produces only keywords listed in words.toml; a grammar keyword missing there
    # could never be matched.
    # "are" is what a copula becomes after a share word; "today" after "anniversary" is a day
    spoken = {*words.KEYWORDS, "are", *ANNIVERSARY_DAY_WORDS}
    missing = {keyword for keyword in keyword_terminals() if keyword not in spoken}
    assert missing == set()


def test_word_tables_are_well_formed() -> None:
    assert words.MONTHS["sept"] == 9
    assert words.WEEKDAYS["sunday"] == 0
    assert words.SEASONS["winter"] == (12, 1, 2)
    assert words.NAMED_DAYS["christmas"] == (12, 25)
    assert all(phrases for phrases, _ in words.NOT_IN_THE_DATA)
