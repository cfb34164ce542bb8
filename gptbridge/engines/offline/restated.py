"""Lexemes read again once the whole question is known, each rewrite where it has one meaning:
two groups compared ("is Sales bigger than Product" is "Sales vs Product"), a split between
groups, a count said again at the end ("how many VPs total"), a trailing "split" after A vs B,
"HC" after a number (people), "top 3 hiring months" (the 3 with the most hires), a day said
alone ("on the 15th": of any month), "a 5 year mark", a named person's work anniversary (their
hire date), the oldest by hire date (the earliest hired, not an age), a quarter said in words
before a relative year ("the first quarter of last year"), years of service (tenure), "or
not" said last, a decade said twice, the owner of a column said after it, two columns
crossed ("department x title"), two counts asked together ("how many interns and how many
contractors"), the columns shared with a person ("who shares X's title and department"; a second
column after a person's is asked back), and words the relation to a person says already ("other
employees", "the same month and year as X")."""

from itertools import pairwise

from gptbridge.engines.offline.column_values import owner_said_after, two_people_the_same
from gptbridge.engines.offline.counts_together import counts_asked_together, of_one_column
from gptbridge.engines.offline.pointing import pointing_back, total_said_last
from gptbridge.engines.offline.tokens import Lexeme, Reason
from gptbridge.engines.offline.tokens import lexeme_is as _is
from gptbridge.engines.offline.verbs import is_person


def restated(lexemes: list[Lexeme]) -> list[Lexeme]:
    found = _or_not_said_last(_without_a_closing_comma(lexemes))
    found = _split_said_last(total_said_last(_groups_compared(found)))
    found = _top_groups_for_hiring(_headcount_after_a_number(found))
    found = _a_persons_anniversary(_year_mark(_day_said_alone(found)))
    found = owner_said_after(_decade_said_again(_years_of_service(_one_other(found))))
    found = _others_before_a_person(_year_said_with_a_month(_exception_set_off(found)))
    found = pointing_back(_same_columns_as(two_people_the_same(found)))
    return _columns_crossed(_quarters_said_in_words(_oldest_by_hire_date(_group_names(found))))


GROUPED_COLUMNS = frozenset({"department", "title"})


def _group_names(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "list all role names", "idara names" (Swahili): the titles or departments, as "department
    names" is, never each employee's name; "Albert Pfeffer's department name" is his department."""
    return [
        lexeme
        for index, lexeme in enumerate(lexemes)
        if not (
            index
            and lexeme.terminal == "FIELD"
            and lexeme.payload == "name"
            and lexeme.text.lower() in ("name", "names")
            and lexemes[index - 1].terminal == "FIELD"
            and lexemes[index - 1].payload in GROUPED_COLUMNS
        )
    ]


# Between two columns, "x", a multiplication sign and "/" cross them: "department x title".
CROSSING = frozenset({"x", "\u00d7", "/"})
# After two columns, these say each pair of their values: "department and title combinations".
PAIRINGS = frozenset({"combination", "combinations", "combo", "combos", "pair", "pairs"})


def _columns_crossed(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "headcount by department x title", "department/title breakdown": both columns."""
    found = list(lexemes)
    for index in range(1, len(found) - 1):
        before, said, after = found[index - 1 : index + 2]
        columns = before.terminal == after.terminal == "FIELD" and before.payload != after.payload
        if columns and said.text.lower() in CROSSING:
            found[index] = Lexeme("KW", "and", said.text)
    return [lexeme for index, lexeme in enumerate(found) if not _pairs_columns(found, index)]


def _pairs_columns(lexemes: list[Lexeme], index: int) -> bool:
    """ "department-and-title combinations", "department/title pairs": said after two columns
    joined by "and", the word only says what "by department and title" does."""
    said = lexemes[max(0, index - 3) : index]
    joined = [lexeme.terminal for lexeme in said] == ["FIELD", "KW", "FIELD"]
    return (
        joined
        and _is(said[1], "KW", "and")
        and lexemes[index].text.lower() in PAIRINGS
        and lexemes[index].terminal in ("WORD", "UNKNOWN")
    )


def _one_other(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "shares a surname with at least one other employee": with someone else."""
    found: list[Lexeme] = []
    for lexeme in lexemes:
        said = found[-2:]
        one = len(said) == 2 and _is(said[0], "KW", "at least") and _is_one(said[1])
        if one and _is(lexeme, "KW", "someone else"):
            found[-2:] = []
        found.append(lexeme)
    return found


def _is_one(lexeme: Lexeme) -> bool:
    return lexeme.terminal == "NUMBER" and lexeme.payload == 1


def _exception_set_off(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "how many employees, excluding contractors, are in Engineering": the exception set off
    by commas excepts its value only; said last, it reads so ("... in Engineering except
    contractors")."""
    for index in range(len(lexemes) - 4):
        comma, said, value, closing = lexemes[index : index + 4]
        set_off = _is(comma, "KW", ",") and _is(said, "KW", "except") and _is(closing, "KW", ",")
        if set_off and value.terminal == "VALUE":
            return [*lexemes[:index], *lexemes[index + 4 :], said, value]
    return lexemes


# "The same title as X and department": both shared, or her department shown? Asked back.
SECOND_COLUMN = Reason(
    "the second column shared with them too, or shown? say 'the same title and department as "
    "X', or 'with their department'"
)


def _same_columns_as(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the same title and department as X", "who shares X's title and department": the same
    title as X and the same department as X."""
    for index in range(len(lexemes) - 5):
        same, first, joined, second, as_, person = lexemes[index : index + 6]
        if _is(same, "KW", "share") and is_person(first) and _is(joined, "KW", "'s"):
            person, first, joined, second = (lexemes[index + i] for i in (1, 3, 4, 5))
            as_ = Lexeme("KW", "as", "")  # "share X's A and B"
        columns = first.terminal == second.terminal == "FIELD" and first.payload != second.payload
        shared = _is(same, "KW", "share") and _is(joined, "KW", "and") and columns
        if shared and as_.terminal == "KW" and as_.payload in ("as", "with") and is_person(person):
            said = [same, first, as_, person, joined, same, second, as_, person]
            return [*lexemes[:index], *said, *lexemes[index + 6 :]]
    return _second_column_after_a_person(_same_again_of_the_same_person(lexemes))


def _same_again_of_the_same_person(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the same department as X and has the same title": the same title as X too."""
    for index in range(len(lexemes) - 6):
        same, column, as_, person, joined, again, second = lexemes[index : index + 7]
        compared = _is_same(same) and column.terminal == "FIELD" and is_person(person)
        compared = compared and as_.terminal == "KW" and as_.payload in ("as", "with")
        said_again = _is(joined, "KW", "and") and _is_same(again) and second.terminal == "FIELD"
        if compared and said_again and index + 7 == len(lexemes):  # nothing said after it
            return [*lexemes, as_, person]
    return lexemes


def _year_said_with_a_month(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the same month and year as X": the same month as X is of the same year already."""
    for index in range(len(lexemes) - 3):
        same, part, joined, year = lexemes[index : index + 4]
        compared = any(_is(same, "KW", said) for said in ("same", "share"))
        of_a_year = any(_is(part, "KW", said) for said in ("month", "quarter"))
        if compared and of_a_year and _is(joined, "KW", "and") and _is(year, "KW", "year"):
            return [*lexemes[: index + 2], *lexemes[index + 4 :]]
    return lexemes


OTHERS = frozenset({"other employees", "other people", "other staff", "others"})


def _others_before_a_person(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "Which other employees were hired the same year as X": other than X, whom the relation
    leaves out already; alone, "others" says others than whom? and is refused."""
    related = [
        index
        for index, lexeme in enumerate(lexemes[:-1])
        if any(_is(lexeme, "KW", said) for said in ("share", "same", "sameday"))
        and any(is_person(after) for after in lexemes[index + 1 :])
    ]
    return [
        Lexeme("KW", "people", lexeme.text)
        if related
        and index < related[0]
        and _is(lexeme, "KW", "someone else")
        and lexeme.text.lower() in OTHERS
        else lexeme
        for index, lexeme in enumerate(lexemes)
    ]


def _is_same(lexeme: Lexeme) -> bool:
    return _is(lexeme, "KW", "same") or _is(lexeme, "KW", "share")


def _second_column_after_a_person(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the same title as X and department", "with X's title and department": refused."""
    for index in range(1, len(lexemes) - 2):
        before, said, joined, second = lexemes[index - 1 : index + 3]
        # "employees with X's title and ...", "who has X's title and ..." (not "X's title and ...")
        asked_of_others = index >= 3 and (
            lexemes[index - 3].terminal == "VALUE"
            or any(_is(lexemes[index - 3], "KW", word) for word in ("with", "who", "people"))
        )
        owned = _is(before, "KW", "'s") and said.terminal == "FIELD" and asked_of_others
        compared = before.terminal == "KW" and before.payload in ("as", "with") and is_person(said)
        said_last = index + 3 == len(lexemes) or lexemes[index + 3].terminal == "KW"
        if (
            (owned or compared)
            and _is(joined, "KW", "and")
            and second.terminal == "FIELD"
            and said_last
        ):
            return [
                *lexemes[: index + 1],
                Lexeme("UNKNOWN", SECOND_COLUMN, joined.text),
                *lexemes[index + 2 :],
            ]
    return lexemes


def _decade_said_again(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the 2010s decade": the decade, said twice."""
    found: list[Lexeme] = []
    for lexeme in lexemes:
        if not (found and found[-1].terminal == "DECADENUM" and _is(lexeme, "KW", "decade")):
            found.append(lexeme)
    return found


AMOUNT_WORDS = ("at least", "at most", "more than", "less than", "exactly")


def _is_compare(lexeme: Lexeme) -> bool:
    return lexeme.terminal == "KW" and lexeme.payload in AMOUNT_WORDS


def _without_a_closing_comma(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the median tenure, as of today": a comma that closes the question joins nothing."""
    return lexemes[:-1] if len(lexemes) > 1 and _is(lexemes[-1], "KW", ",") else lexemes


def _or_not_said_last(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "Is X a manager or not?": a yes or no asked either way. Only at the end: "in 2020 or not
    in Sales" joins two conditions."""
    ends = len(lexemes) > 2 and _is(lexemes[-2], "KW", "or") and _is(lexemes[-1], "KW", "not")
    return lexemes[:-2] if ends else lexemes


def _years_of_service(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "how many years of service has X", "the years of service of X": X's tenure. After a
    number the years are an amount ("10 years of service") and read as they stand."""
    found: list[Lexeme] = []
    for lexeme in lexemes:
        said = found[-2:]
        of_service = lexeme.terminal == "KW" and lexeme.payload == "tenure" and len(said) == 2
        if of_service and _is(said[1], "KW", "of") and _is(said[0], "KW", "how long"):
            found[-2:] = [Lexeme("KW", "how long", f"{said[0].text} {said[1].text} {lexeme.text}")]
            continue
        amount = len(found) > 2 and (found[-3].terminal == "NUMBER" or _is_compare(found[-3]))
        if of_service and _is(said[1], "KW", "of") and _is(said[0], "KW", "year") and not amount:
            found[-2:] = [Lexeme("KW", "tenure", f"{said[0].text} {said[1].text} {lexeme.text}")]
            continue
        found.append(lexeme)
    return found


QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _quarters_said_in_words(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the first quarter of last year" is Q1 of last year; "the last quarter of 2021" is Q4 of
    it (not the quarter before this one). Before a year the grammar reads the first and second
    itself ("the first quarter of 2022")."""
    found: list[Lexeme] = []
    index = 0
    while index < len(lexemes):
        lexeme, said = lexemes[index], lexemes[index + 1 : index + 4]
        number = QUARTER_WORDS.get(lexeme.text.lower()) if lexeme.terminal == "KW" else None
        quarter = bool(said) and _is(said[0], "KW", "quarter")
        of_a_year = len(said) > 2 and _is(said[1], "KW", "of") and said[2].terminal == "YEARNUM"
        if _is(lexeme, "KW", "last") and quarter and of_a_year:  # "the last quarter of 2021"
            number = 4
        if number is not None and quarter and (not of_a_year or number > 2):
            found.append(Lexeme("QUARTERNAME", number, f"{lexeme.text} {said[0].text}"))
            index += 2
            continue
        found.append(lexeme)
        index += 1
    return found


def _is_hire_date(lexeme: Lexeme) -> bool:
    return (_is(lexeme, "FIELD") and lexeme.payload == "hire_date") or _is(lexeme, "KW", "tenure")


SAID_OF_A_COMPARISON = ("breakdown", "different", "compare")


def _split_said_last(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "gmail vs yahoo vs hotmail split", "Product HC vs Mktg HC - diff?": each is counted and
    the difference given already."""
    compared = any(_is(lexeme, "KW", "vs") for lexeme in lexemes)
    said_last = len(lexemes) > 3 and lexemes[-1].terminal == "KW"
    if compared and said_last and lexemes[-1].payload in SAID_OF_A_COMPARISON:
        return lexemes[:-1]
    return lexemes


def _headcount_after_a_number(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "depts with >70 HC": 70 people."""
    return [
        Lexeme("KW", "people", lexeme.text)
        if _is(lexeme, "KW", "headcount") and index and lexemes[index - 1].terminal == "NUMBER"
        else lexeme
        for index, lexeme in enumerate(lexemes)
    ]


GROUP_KEYWORDS = ("year", "hire year", "month", "weekday", "quarter", "season", "domain")
HIRE_WORDS = ("new hires", "hires", "hired")


def _top_groups_for_hiring(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "top 3 hiring months in 2019", "top 3 departments for hiring": the 3 with the most
    hires, as "the 3 busiest hiring months" says. With "by" the ranking is said ("top 3
    departments by hires") and read as it stands."""
    if len(lexemes) < 4 or not _is(lexemes[0], "KW", "top") or lexemes[1].terminal != "NUMBER":
        return lexemes
    rest = lexemes[2:]
    grouped = any(
        (x.terminal == "KW" and x.payload in GROUP_KEYWORDS)
        or (x.terminal == "FIELD" and x.payload in ("department", "title"))
        for x in rest
    )
    hiring = any(_is(x, "KW", word) for x in rest for word in HIRE_WORDS)
    ranked = any(_is(x, "KW", "by") for x in rest)
    if not grouped or not hiring or ranked:
        return lexemes
    return [lexemes[1], Lexeme("KW", "most", lexemes[0].text), *rest]


DAY_FOLLOWERS = ("MONTHNAME", "YEARNUM", "DATE", "PERIOD")


def _day_said_alone(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "hired on the 15th": on the 15th of a month, any month ("on the 15th of March" and
    "on the 15th, 2020" say more, and are read as they stand)."""
    found: list[Lexeme] = []
    for index, lexeme in enumerate(lexemes):
        found.append(lexeme)
        after = lexemes[index + 1] if index + 1 < len(lexemes) else None
        said_on = index > 0 and _is(lexemes[index - 1], "KW", "on")
        said_after = after is not None and (
            after.terminal in DAY_FOLLOWERS
            or (after.terminal == "KW" and after.payload in ("of", "in", "day", "month"))
        )
        if lexeme.terminal == "ORDINAL" and said_on and not said_after:
            found += [Lexeme("KW", "of", ""), Lexeme("KW", "month", "")]
    return found


def _year_mark(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "their 5 year mark": an anniversary. Only after a number of years, so "mark" stays a
    name elsewhere ("what year did mark torp join")."""
    return [
        Lexeme("KW", "anniversary", lexeme.text)
        if lexeme.text.lower() == "mark"
        and index > 1
        and _is(lexemes[index - 1], "KW", "year")
        and lexemes[index - 2].terminal == "NUMBER"
        else lexeme
        for index, lexeme in enumerate(lexemes)
    ]


def _a_persons_anniversary(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "when's Alek Herman's work anniversary", "when is Alek Herman work anniversary": the day
    they were hired, which it repeats."""
    return [
        Lexeme("FIELD", "hire_date", lexeme.text)
        if _is(lexeme, "KW", "anniversary") and _owned_by_a_person(lexemes[:index])
        else lexeme
        for index, lexeme in enumerate(lexemes)
    ]


def _owned_by_a_person(before: list[Lexeme]) -> bool:
    if before[-1:] and before[-1].terminal == "FULLNAME":  # the apostrophe left out
        return True
    owner = before[-2:-1]
    return bool(owner) and _is(before[-1], "KW", "'s") and owner[0].terminal in ("NAME", "FULLNAME")


AGE_ENDS = {"oldest": "earliest", "youngest": "newest"}


def _oldest_by_hire_date(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the oldest 10 employees by hire date", "youngest staff by tenure": ranked by hire
    date, which the question says; said alone, "oldest" is an age and stays refused."""
    ranked = any(
        (_is(first, "KW", "by") or first.text.lower() in AGE_ENDS) and _is_hire_date(second)
        for first, second in pairwise(lexemes)
    )  # "by hire date", or "the oldest joining date"
    if not ranked:
        return lexemes
    found: list[Lexeme] = []
    for lexeme in lexemes:
        said, _, rest = lexeme.text.partition(" ")
        end = AGE_ENDS.get(said.lower())
        if lexeme.terminal not in ("TOPIC", "KW") or end is None:
            found.append(lexeme)
            continue
        found.append(Lexeme("KW", end, said))
        if rest:  # "oldest employees": the people too
            found.append(Lexeme("KW", "people", rest))
    return found


def _said_of_the_value(value: Lexeme, lexeme: Lexeme) -> bool:
    if value.terminal == "PROVIDER":  # "the ratio of gmail users to yahoo users"
        return _is(lexeme, "KW", "people")
    if value.terminal != "VALUE":
        return False
    return _is(lexeme, "KW", "headcount") or (
        lexeme.terminal == "FIELD" and lexeme.payload == value.payload[0]
    )


COMPARED_BY = ("more than", "less than")  # "is Sales bigger than Product", "smaller than"


def _groups_compared(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "Is Sales bigger than Product", "the ratio of interns to managers": two values of one
    column compared are "Sales vs Product" (each counted, and the difference and ratio said);
    so are two counts asked together ("how many interns and how many contractors")."""
    found = counts_asked_together(list(lexemes))
    said_ratio = any(lexeme.text.lower() == "ratio" for lexeme in found)
    compared = said_ratio or any(lx.terminal == "KW" and lx.payload in COMPARED_BY for lx in found)
    if compared:  # "the ratio of Engineering headcount to Product headcount", "is the Product
        # team bigger than the HR team": each group said with its column or headcount
        found = [
            lexeme
            for index, lexeme in enumerate(found)
            if not (index and _said_of_the_value(found[index - 1], lexeme))
        ]
    for index in range(1, len(found) - 1):
        before, joined, after = found[index - 1 : index + 2]
        ratio = said_ratio and _is(joined, "KW", "to")
        if of_one_column(before, after) and (
            ratio or any(_is(joined, "KW", word) for word in COMPARED_BY)
        ):
            found[index] = Lexeme("KW", "vs", joined.text)
    for index in range(len(found) - 1):  # "the split between Sales and HR": each counted
        if _is(found[index], "KW", "breakdown") and _between(
            found[index + 1], found[index + 2 : index + 3]
        ):
            found[index] = Lexeme("KW", "compare", found[index].text)
    if any(_is(lexeme, "KW", "compare") for lexeme in found):  # "difference in HC between A and B"
        found = _years_between(found)
        found = [
            w for index, w in enumerate(found) if not _between(w, found[index + 1 : index + 2])
        ]
    if any(_is(lexeme, "KW", "vs") for lexeme in found):
        found = [
            Lexeme("KW", "compare", lexeme.text) if lexeme.text.lower() == "ratio" else lexeme
            for lexeme in found
        ]
    return found


SAID_BEFORE_A_YEAR = ("hires", "hired", "in")


def _years_between(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the difference between hires in 2014 and 2016": two years compared, not the years from
    one to the other; after other groups compared ("Engineering vs Product between 2019 and
    2021", "more Assistants or Associates between 2014 and 2017") it is the years between."""
    for index, lexeme in enumerate(lexemes):
        if not _is(lexeme, "KW", "between"):
            continue
        if any(_is(w, "KW", "vs") or _is(w, "KW", "or") for w in lexemes[:index]):
            return lexemes
        rest = lexemes[index + 1 :]
        said = next((i for i, w in enumerate(rest) if not _is_said_before_a_year(w)), len(rest))
        years = rest[said : said + 3]
        if len(years) == 3 and _is(years[1], "KW", "and") and _are_years(years[0], years[2]):
            vs = Lexeme("KW", "vs", years[1].text)
            return [*lexemes[:index], *rest[:said], years[0], vs, years[2], *rest[said + 3 :]]
    return lexemes


def _is_said_before_a_year(lexeme: Lexeme) -> bool:
    return lexeme.terminal == "KW" and lexeme.payload in SAID_BEFORE_A_YEAR


def _are_years(first: Lexeme, second: Lexeme) -> bool:
    return first.terminal == second.terminal == "YEARNUM"


def _between(lexeme: Lexeme, following: list[Lexeme]) -> bool:
    """ "between" before groups, not dates."""
    groups = ("VALUE", "PROVIDER")
    return _is(lexeme, "KW", "between") and any(after.terminal in groups for after in following)
