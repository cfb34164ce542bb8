"""Dates said in several words become one lexeme; open ends ("2015 and after")."""

import datetime as dt

from gptbridge.engines.offline.date_phrases import merge_dates, open_ends
from gptbridge.engines.offline.tokens import Lexeme


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


def test_a_day_range_shares_the_year_said_last() -> None:
    day = Lexeme("NUMBER", 1, "1")
    march, joiner = Lexeme("MONTHNAME", 3, "march"), Lexeme("KW", "and", "and")
    last = Lexeme("DATE", dt.date(2021, 6, 30), "june 30 2021")
    assert merge_dates([march, day, joiner, last]) == [
        Lexeme("DATE", dt.date(2021, 3, 1), "march 1"),
        joiner,
        last,
    ]


def test_and_after_a_date_is_an_open_end_unless_a_date_or_a_person_follows() -> None:
    year = Lexeme("YEARNUM", 2015, "2015")
    and_, after = Lexeme("KW", "and", "and"), Lexeme("KW", "after", "after")
    assert open_ends([year, and_, after]) == [year, Lexeme("KW", "or later", "and after")]
    person = Lexeme("FULLNAME", ("jailyn", "mcclure"), "Jailyn McClure")
    assert open_ends([year, and_, after, person]) == [year, and_, after, person]
    later = Lexeme("YEARNUM", 2020, "2020")
    assert open_ends([year, and_, after, later]) == [year, and_, after, later]


def test_the_first_of_a_month_and_an_ordinal_day_are_days_of_any_year() -> None:
    first, of = Lexeme("KW", "first", "first"), Lexeme("KW", "of", "of")
    may = Lexeme("MONTHNAME", 5, "May")
    assert merge_dates([first, of, may]) == [Lexeme("NAMEDDAY", (5, 1), "first of May")]
    fourth = Lexeme("ORDINAL", 4, "4th")
    assert merge_dates([fourth, may]) == [Lexeme("NAMEDDAY", (5, 4), "4th May")]
    three = Lexeme("NUMBER", 3, "3")
    assert merge_dates([three, may]) == [three, may]  # "the 3 May hires"
    on = Lexeme("KW", "on", "on")
    february, day = Lexeme("MONTHNAME", 2, "February"), Lexeme("NUMBER", 29, "29")
    assert merge_dates([on, day, february]) == [on, Lexeme("NAMEDDAY", (2, 29), "29 February")]


def test_first_and_second_said_as_words_are_days_between_a_month_and_its_year() -> None:
    january, year = Lexeme("MONTHNAME", 1, "january"), Lexeme("YEARNUM", 2022, "2022")
    first, second = Lexeme("KW", "first", "first"), Lexeme("KW", "second", "second")
    assert merge_dates([january, first, year]) == [
        Lexeme("DATE", dt.date(2022, 1, 1), "january first 2022")
    ]
    assert merge_dates([january, second, year]) == [
        Lexeme("DATE", dt.date(2022, 1, 2), "january second 2022")
    ]
    of, march = Lexeme("KW", "of", "of"), Lexeme("MONTHNAME", 3, "march")
    assert merge_dates([second, of, march, year]) == [
        Lexeme("DATE", dt.date(2022, 3, 2), "second of march 2022")
    ]
    on = Lexeme("KW", "on", "on")
    assert merge_dates([on, march, first]) == [on, Lexeme("NAMEDDAY", (3, 1), "march first")]
    assert merge_dates([march, first]) == [march, first]  # "hired in March first": the earliest


def test_the_year_after_per_or_by_is_the_grouping_not_a_year() -> None:
    per, year = Lexeme("KW", "per", "per"), Lexeme("KW", "year", "year")
    from_year = Lexeme("YEARNUM", 2015, "2015")
    assert merge_dates([per, year, from_year]) == [per, year, from_year]  # "per year 2015-2020"
    the = Lexeme("KW", "in", "in")
    assert merge_dates([the, year, from_year]) == [the, from_year]  # "in the year 2015"


def test_days_said_before_their_month_share_the_year_said_last() -> None:
    # "1 January to 31 March 2018": both days are in 2018.
    first, january, to = (
        Lexeme("NUMBER", 1, "1"),
        Lexeme("MONTHNAME", 1, "January"),
        Lexeme("KW", "to", "to"),
    )
    end = [
        Lexeme("NUMBER", 31, "31"),
        Lexeme("MONTHNAME", 3, "March"),
        Lexeme("YEARNUM", 2018, "2018"),
    ]
    assert merge_dates([first, january, to, *end]) == [
        Lexeme("DATE", dt.date(2018, 1, 1), "1 January"),
        to,
        Lexeme("DATE", dt.date(2018, 3, 31), "31 March 2018"),
    ]


def test_names_side_by_side_in_a_joined_list_are_alternatives() -> None:
    october, november, december = (Lexeme("MONTHNAME", m, str(m)) for m in (10, 11, 12))
    comma, either = Lexeme("KW", ",", ""), Lexeme("KW", "or", "or")
    # "oct nov or dec": the "or" shows a list
    assert merge_dates([october, november, either, december]) == [
        october, comma, november, either, december
    ]  # fmt: skip
    # "Mon-Fri": no joiner, so no list (a range, refused later)
    monday, friday = Lexeme("DAYNAME", 1, "Mon"), Lexeme("DAYNAME", 5, "Fri")
    assert merge_dates([monday, friday]) == [monday, friday]


def test_through_or_up_to_a_date_with_none_before_it_includes_that_date() -> None:
    year = Lexeme("YEARNUM", 2011, "2011")
    for said, payload in (("through", "to"), ("up to", "at most"), ("thru", "to")):
        (bound, _) = open_ends([Lexeme("KW", payload, said), year])
        assert bound == Lexeme("KW", "on or before", said)
    ranged = [Lexeme("YEARNUM", 2010, "2010"), Lexeme("KW", "to", "through"), year]
    assert open_ends(ranged) == ranged  # "2010 through 2011": a range


def test_right_after_a_person_is_the_earliest_hired_after_them() -> None:
    person = Lexeme("FULLNAME", ("lori", "will"), "Lori Will")
    right_after = Lexeme("UNKNOWN", "right after", "right after")
    assert open_ends([right_after, person]) == [
        Lexeme("KW", "earliest", "right after"),
        Lexeme("KW", "after", "right after"),
        person,
    ]
    just_before = Lexeme("UNKNOWN", "just before", "just before")
    assert [lexeme.payload for lexeme in open_ends([just_before, person])[:2]] == [
        "newest",
        "before",
    ]
    year = Lexeme("YEARNUM", 2015, "2015")
    assert open_ends([right_after, year]) == [right_after, year]  # after a date: not read


def test_here_longer_than_a_person_is_hired_before_them() -> None:
    person = Lexeme("FULLNAME", ("lori", "will"), "Lori Will")
    longer = Lexeme("KW", "more than", "been here longer than")
    assert open_ends([longer, person]) == [Lexeme("KW", "before", "been here longer than"), person]
    owned = [longer, person, Lexeme("KW", "'s", "'s")]  # "longer than Lori Will's name"
    assert open_ends(owned) == owned


def test_until_a_date_with_none_before_it_is_asked_back() -> None:
    year = Lexeme("YEARNUM", 2011, "2011")
    for said in ("until", "by", "till"):
        (asked, _) = open_ends([Lexeme("KW", "to", said), year])
        assert asked.terminal == "UNKNOWN"
        assert "included" in str(asked.payload)
    ranged = [Lexeme("YEARNUM", 2010, "2010"), Lexeme("KW", "to", "until"), year]
    assert open_ends(ranged) == ranged  # "2010 until 2011": a range
