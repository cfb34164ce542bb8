"""Dates said in several words -> one lexeme: "March 15, 2021", "Q2 2022", "the 4th of July",
"March to June 2021" (the year said last is every month's), "2015 and after" (an open end).

Works on the lexer's output; every pattern is a regular expression over one letter per lexeme.
"""

import datetime as dt
import re
from contextlib import suppress
from itertools import pairwise
from typing import Any

from gptbridge.engines.offline.tokens import Lexeme, Reason
from gptbridge.engines.offline.tokens import lexeme_is as _is

MONTH_JOINERS = frozenset({"to", "and", "or", ",", "vs"})

# One letter per lexeme, so a date said in several words is a pattern over the letters:
# "the year 2012" (not "per year 2015-2020": "g" is "per" or "by"), "March 15, 2021", "March
# 2021", "15 March 2021", "Q2 2022", "summer of 2020"; "March 15" with no year is that day of any
# year.
DATE_LETTERS = {
    "MONTHNAME": "m",
    "YEARNUM": "y",
    "QUARTERNAME": "q",
    "SEASONNAME": "s",
    "NAMEDDAY": "h",
}
# An ordinal ("o") names a day as a number does, and alone before a month ("the 4th of July"):
# "the 3 March hires" is no day. "First" and "second" ("f") are the 1st and 2nd only before
# "of" and a month ("the first of May") or between a month and its year ("January first 2022"):
# "the first May hire" is the earliest one.
DATE_PHRASE = re.compile(r"(?<!g)ky|m[nof],?y|m,?y|[no],?m,?y|f,m,?y|[qsh],?y")
# After "on" ("p") a number before a month is a day too: "hired on 29 February"; so is "first"
# after a month: "hired on March first".
DAY_OF_ANY_YEAR = re.compile(r"m[no]|o,?m|f,m|(?<=p)n,?m|(?<=p)mf")
DAY_WORDS = {"first": 1, "second": 2}


def _letter(lexeme: Lexeme) -> str:
    if lexeme.terminal in ("NUMBER", "ORDINAL") and 1 <= lexeme.payload <= 31:
        return "o" if lexeme.terminal == "ORDINAL" else "n"
    if lexeme.terminal == "KW" and lexeme.payload in DAY_WORDS:
        return "f"
    if lexeme.terminal == "KW" and lexeme.payload in (",", "of", "year", "on", "per", "by"):
        return {"year": "k", "on": "p", "per": "g", "by": "g"}.get(lexeme.payload, ",")
    return DATE_LETTERS.get(lexeme.terminal, ".")


def merge_dates(lexemes: list[Lexeme]) -> list[Lexeme]:
    """The words of a date or period become one lexeme (a DATE, a PERIOD, the year, or a day
    of any year once no year said later is theirs: "March 1 and June 30 2021")."""
    listed = _listed_without_commas(lexemes)
    return _merged(_shared_years(_merged(listed, DATE_PHRASE)), DAY_OF_ANY_YEAR)


LISTED_NAMES = frozenset({"MONTHNAME", "DAYNAME", "SEASONNAME", "QUARTERNAME"})
LIST_JOINERS = frozenset({",", "or", "and"})


def _listed_without_commas(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "oct nov or dec", "mon tue or wed": names of one kind side by side, in a list that a
    joiner shows to be one, are alternatives, as if commas stood between them. Without a joiner
    they stay as said ("Mon-Fri" is a range, refused)."""
    found: list[Lexeme] = []
    for index, lexeme in enumerate(lexemes):
        previous = found[-1] if found else None
        side_by_side = previous is not None and previous.terminal == lexeme.terminal
        if side_by_side and lexeme.terminal in LISTED_NAMES and _joined_later(lexemes, index):
            found.append(Lexeme("KW", ",", ""))
        found.append(lexeme)
    return found


def _joined_later(lexemes: list[Lexeme], index: int) -> bool:
    """The list of names that goes on from `index` has a joiner before a name of its kind."""
    kind = lexemes[index].terminal
    for said, following in pairwise(lexemes[index + 1 :]):
        if said.terminal == kind:
            continue
        return said.terminal == "KW" and said.payload in LIST_JOINERS and following.terminal == kind
    return False


def _merged(lexemes: list[Lexeme], pattern: re.Pattern[str]) -> list[Lexeme]:
    out = list(lexemes)
    for index in range(len(lexemes)):
        found = pattern.match("".join(map(_letter, out)), index)
        merged = _date_phrase(out[index : found.end()], found.group()) if found else None
        if found and merged is not None:
            out[index : found.end()] = [merged]
    return out


def _date_phrase(words: list[Lexeme], letters: str) -> Lexeme | None:
    if letters == "ky":
        return words[-1]
    text = " ".join(word.text for word in words)
    year = words[-1].payload
    parts: dict[str, Any] = dict(map(_date_word, words))
    if "y" not in letters:  # a day of any year: "March 15", "the 4th of July"
        with suppress(ValueError):  # checked against a leap year: "Feb 29" is a day
            dt.date(2000, parts["MONTHNAME"], parts["NUMBER"])
            return Lexeme("NAMEDDAY", (parts["MONTHNAME"], parts["NUMBER"]), text)
        return None
    if "NAMEDDAY" in parts or "NUMBER" in parts:
        month, day = parts.get("NAMEDDAY") or (parts["MONTHNAME"], parts["NUMBER"])
        try:
            return Lexeme("DATE", dt.date(year, month, day), text)
        except ValueError:
            return None
    if "MONTHNAME" in parts:
        return Lexeme("PERIOD", ("month", year, parts["MONTHNAME"]), text)
    if "QUARTERNAME" in parts:
        return Lexeme("PERIOD", ("quarter", year, parts["QUARTERNAME"]), text)
    if 12 in parts["SEASONNAME"]:
        return Lexeme("UNKNOWN", text, text)  # which winter? refused
    return Lexeme("PERIOD", ("season", year, parts["SEASONNAME"]), text)


def _date_word(word: Lexeme) -> tuple[str, Any]:
    """A word of a date by what it gives: "4th" and "first" (of May) are days like "4"."""
    if word.terminal == "KW" and word.payload in DAY_WORDS:
        return "NUMBER", DAY_WORDS[word.payload]
    return word.terminal.replace("ORDINAL", "NUMBER"), word.payload


DATED = ("YEARNUM", "DATE", "PERIOD", "DECADENUM")


def _joins(lexeme: Lexeme) -> bool:
    """What may follow "2015 and after" without being what it is after: a group, a joiner."""
    return lexeme.terminal == "VALUE" or (
        lexeme.terminal == "KW" and lexeme.payload in ("in", "and", "or", ",", "per", "by")
    )


# Said before a date with no date before it, these include it: "hired through 2011", "up to 2011"
# (no later than 2011). "Until 2011" and "by 2011" may or may not include 2011: not read.
THROUGH_WORDS = frozenset({"through", "thru", "up to", "up to and including"})
UNTIL_WORDS = frozenset({"until", "till", "til", "by"})
UNTIL_ASKED = Reason("is that date included? say 'through' it or 'before' it")


# "Right after Lori Will": the first hired after her; "just before": the last hired before her.
NEXT_TO = {
    f"{how} {side}": ("earliest" if side == "after" else "newest", side)
    for how in ("right", "just", "immediately", "directly")
    for side in ("after", "before")
}


def open_ends(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "2015 and after": since 2015, unless a date follows ("in 2015 and after 2020" is two
    conditions); "through 2011" with no date before it: 2011 and before; "right after" a
    person: the earliest hired after them."""
    lexemes = _next_to_a_person(lexemes)
    lexemes = [_open_bound(lexemes, index) for index in range(len(lexemes))]
    out: list[Lexeme] = []
    index = 0
    while index < len(lexemes):
        lexeme, bound, following = (
            lexemes[index + offset : index + offset + 1] for offset in range(3)
        )
        ends = bool(bound) and bound[0].terminal == "KW" and bound[0].payload in ("after", "before")
        open_end = not following or _joins(following[0])
        if _is(lexeme[0], "KW", "and") and out and out[-1].terminal in DATED and ends and open_end:
            keyword = "or later" if bound[0].payload == "after" else "or earlier"
            out.append(Lexeme("KW", keyword, f"{lexeme[0].text} {bound[0].text}"))
            index += 2
            continue
        out.append(lexeme[0])
        index += 1
    return out


def _next_to_a_person(lexemes: list[Lexeme]) -> list[Lexeme]:
    out: list[Lexeme] = []
    for index, lexeme in enumerate(lexemes):
        said = lexeme.text.lower()
        following = lexemes[index + 1 : index + 3]
        person = bool(following) and following[0].terminal in ("NAME", "FULLNAME")
        owned = len(following) > 1 and _is(following[1], "KW", "'s")  # "longer than X's name"
        if lexeme.terminal == "UNKNOWN" and said in NEXT_TO and person:
            extreme, side = NEXT_TO[said]
            out += [Lexeme("KW", extreme, lexeme.text), Lexeme("KW", side, lexeme.text)]
        elif said.endswith("longer than") and person and not owned:  # "been here longer than X"
            out.append(Lexeme("KW", "before", lexeme.text))
        else:
            out.append(lexeme)
    return out


def _open_bound(lexemes: list[Lexeme], index: int) -> Lexeme:
    """ "through 2011" with no date before it: 2011 and before; "until 2011": asked back."""
    lexeme = lexemes[index]
    said = lexeme.text.lower()
    if lexeme.terminal != "KW" or said not in THROUGH_WORDS | UNTIL_WORDS:
        return lexeme
    before = lexemes[index - 1].terminal if index else ""
    after = lexemes[index + 1].terminal if index + 1 < len(lexemes) else ""
    if after not in DATED or before in (*DATED, "MONTHNAME", "NUMBER"):
        return lexeme
    if said in UNTIL_WORDS:
        return Lexeme("UNKNOWN", UNTIL_ASKED, lexeme.text)
    return Lexeme("KW", "on or before", lexeme.text)


# Parts of a year said before one with its year, which they share, by the period they name.
SHARED_YEAR_PARTS = {"MONTHNAME": "month", "QUARTERNAME": "quarter", "SEASONNAME": "season"}


def _shared_years(out: list[Lexeme]) -> list[Lexeme]:
    """ "March to June 2021", "Jan, Feb or Mar 2020", "Q3 and Q4 2019", "March 1 and June 30
    2021", "1 January to 31 March 2018": the year said last is every month's (quarter's,
    season's or day's)."""
    for index in range(len(out) - 3, -1, -1):
        month, day = _month_and_day(out, index)
        rest = out[index + (2 if day else 1) :]
        joined = len(rest) >= 2 and rest[0].terminal == "KW" and rest[0].payload in MONTH_JOINERS
        part = SHARED_YEAR_PARTS.get(month.terminal)
        winter = part == "season" and 12 in month.payload  # which winter? left to be refused
        if not (part and joined) or winter:
            continue
        following = rest[1]
        if day is None and _is(following, "PERIOD") and following.payload[0] == part:
            year = following.payload[1]
            out[index] = Lexeme("PERIOD", (part, year, month.payload), month.text)
        elif day is not None and part == "month" and _is(following, "DATE"):
            with suppress(ValueError):
                date = dt.date(following.payload.year, month.payload, day.payload)
                said = " ".join(word.text for word in out[index : index + 2])
                out[index : index + 2] = [Lexeme("DATE", date, said)]
    return out


def _month_and_day(out: list[Lexeme], index: int) -> tuple[Lexeme, Lexeme | None]:
    """The part of a year said at `index`, and its day if one is said with it: "March 1" or,
    day first, "1 March"."""
    if _letter(out[index]) in ("n", "o") and out[index + 1].terminal == "MONTHNAME":
        return out[index + 1], out[index]
    return out[index], out[index + 1] if _letter(out[index + 1]) in ("n", "o") else None
