import datetime as dt

import pytest

from gptbridge.engines.offline.lexer import (
    Lexeme,
    OutOfData,
    check_topics,
    closest,
    merge_dates,
    readings,
)
from gptbridge.engines.offline.lexicon import lexicon
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.tokens import tokenize


def lexed(question: str, names: DirectoryNames) -> list[list[tuple[str, object]]]:
    found = readings(tokenize(question), lexicon(), lambda: names)
    return [[(lexeme.terminal, lexeme.payload) for lexeme in reading] for reading in found]


def test_fillers_dropped_keywords_canonical(names: DirectoryNames) -> None:
    assert lexed("please show me the engineers who joined", names) == [
        [("VALUE", ("department", "Engineering")), ("KW", "who"), ("KW", "hired")]
    ]


def test_typos_are_corrected_and_the_raw_word_kept_as_an_alternative(
    names: DirectoryNames,
) -> None:
    (corrected, raw) = lexed("marketting", names)
    assert corrected == [("VALUE", ("department", "Marketing"))]
    assert raw == [("WORD", "marketting")]
    assert closest("marketting", {"marketing", "marketer"}) == "marketing"
    assert closest("xyzzy", {"marketing"}) is None


def test_a_capitalised_word_can_be_a_month_or_a_name(names: DirectoryNames) -> None:
    assert lexed("June hires", names) == [
        [("MONTHNAME", 6), ("KW", "hires")],
        [("NAME", "june"), ("KW", "hires")],
    ]


def test_first_and_last_name_are_one_person_and_misspelt_surnames_found(
    names: DirectoryNames,
) -> None:
    assert lexed("Leopold Johnston", names) == [[("FULLNAME", ("leopold", "johnston"))]]
    assert [("FULLNAME", ("leopold", "johnston"))] in lexed("Leopold Jonston", names)
    assert lexed("anyone named OHara", names)[0][-1] == ("NAME", "o'hara")


def test_lone_lower_case_surnames_are_words(names: DirectoryNames) -> None:
    assert ("WORD", "king") in lexed("who is the king of sales", names)[0]


def test_dates_of_several_words_are_merged() -> None:
    month = Lexeme("MONTHNAME", 3, "March")
    comma = Lexeme("KW", ",", ",")
    assert merge_dates([month, Lexeme("NUMBER", 15, "15"), comma, Lexeme("YEARNUM", 2021, "2021")])[
        0
    ] == Lexeme("DATE", dt.date(2021, 3, 15), "March 15 , 2021")
    assert merge_dates([Lexeme("QUARTERNAME", 2, "Q2"), Lexeme("YEARNUM", 2022, "2022")]) == [
        Lexeme("PERIOD", ("quarter", 2022, 2), "Q2 2022")
    ]
    assert merge_dates([Lexeme("KW", "year", "year"), Lexeme("YEARNUM", 2012, "2012")]) == [
        Lexeme("YEARNUM", 2012, "2012")
    ]


def test_questions_about_data_the_directory_lacks(names: DirectoryNames) -> None:
    (reading,) = readings(tokenize("who reports to Albert"), lexicon(), lambda: names)
    with pytest.raises(OutOfData) as raised:
        check_topics(reading)
    assert raised.value.topic == "reporting lines (who manages whom)"


def test_plural_apostrophe_after_a_value(names: DirectoryNames) -> None:
    assert lexed("VP's in sales", names)[0] == [
        ("VALUE", ("title", "Vice-President")),
        ("KW", "in"),
        ("VALUE", ("department", "Sales")),
    ]


def test_swapped_letters_are_one_typo() -> None:
    assert closest("domian", {"domain", "domains"}) == "domain"


def test_a_month_range_shares_the_year_said_last() -> None:
    march, to, june = (
        Lexeme("MONTHNAME", 3, "March"),
        Lexeme("KW", "to", "to"),
        Lexeme("MONTHNAME", 6, "June"),
    )
    merged = merge_dates([march, to, june, Lexeme("YEARNUM", 2021, "2021")])
    assert merged == [
        Lexeme("PERIOD", ("month", 2021, 3), "March"),
        to,
        Lexeme("PERIOD", ("month", 2021, 6), "June 2021"),
    ]


def test_a_lone_lower_case_name_is_a_name_unless_it_is_an_english_word(
    names: DirectoryNames,
) -> None:
    assert lexed("who is mcclure", names) == [[("KW", "who"), ("NAME", "mcclure")]]
    assert ("WORD", "king") in lexed("who is king", names)[0]  # a word: no one named King
    assert ("NAME", "king") in lexed("who is King", names)[-1]  # capitalised, it can be
    assert ("WORD", "king") in lexed("who is the king of sales", names)[0]


def test_a_day_range_shares_the_year_said_last() -> None:
    day = Lexeme("NUMBER", 1, "1")
    march, joiner = Lexeme("MONTHNAME", 3, "march"), Lexeme("KW", "and", "and")
    last = Lexeme("DATE", dt.date(2021, 6, 30), "june 30 2021")
    assert merge_dates([march, day, joiner, last]) == [
        Lexeme("DATE", dt.date(2021, 3, 1), "march 1"),
        joiner,
        last,
    ]
