"""Words that point back at what the question has said already, or say it another way: a last
clause that asks what the answer says anyway ("..., and how many does it have?", "..., and when
did they join?", "..., and who was it?"), two things compared either way ("Between X and Y,
who ...", "bigger or smaller than", "hired before or after X", "how many in A, and how many in
B"), "it" for each group ("for each title, how many hold it"), an order a count per group has
anyway ("per year, sorted by year"), a value said with its column (`column_values.py`), and
words that only insist on what a condition means already ("on exactly 2017-12-31", "strictly
after", "the exact headcount", "how many VPs total"); "X's tenure" is the tenure of X; a
comparative with nothing to compare with is the extreme ("which department has more people").
One holder of a title asked about ("the manager's email") is asked back."""

from itertools import pairwise

from gptbridge.engines.offline.column_values import column_is_value as _column_is_value
from gptbridge.engines.offline.comparatives import comparatives
from gptbridge.engines.offline.tokens import Lexeme, Reason
from gptbridge.engines.offline.tokens import lexeme_is as _is


def pointing_back(lexemes: list[Lexeme]) -> list[Lexeme]:
    found = _between_two_people(_either_way(_one_of_a_title(_how_many_of_each(lexemes))))
    found = _owners_tenure(_column_is_value(_longest_here(comparatives(found))))
    found = _order_said_again(_who_else_in_that_group(found))
    found = _answered_already(_who_had_the_date(found))
    found = _count_asked_again(_numbers_of_compared(_when_compared(found)))
    found = _how_compared(_compared_after_a_clause(found))
    found = _order_of_the_groups(_yearly_said_again(found))
    return _said_precisely(_each_one_pointed_at(found))


# Keys whose groups are listed in time order anyway: "hires per year sorted by year".
TIMELY_KEYS = frozenset({"year", "month", "quarter"})


def _order_of_the_groups(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "hires per year, sorted by year", "hires per month in chronological order": the order
    each count per year (month, quarter) is given in already."""
    for index in range(len(lexemes) - 1):
        per, key = lexemes[index : index + 2]
        timely = key.terminal == "KW" and key.payload in TIMELY_KEYS
        if not (_is(per, "KW", "per") and (timely or key.terminal == "FIELD")):
            continue
        rest = [lexeme for lexeme in lexemes[index + 2 :] if not _is_said_of_an_order(lexeme)]
        again = [_is(lx, "KW", "by") for lx in rest[:1]] == [True] and len(rest) == 2
        if again and (rest[1].terminal, rest[1].payload) == (key.terminal, key.payload):
            return lexemes[: index + 2]
        if timely and [lexeme.payload for lexeme in rest] == ["chronologically"]:
            return lexemes[: index + 2]
    return lexemes


def _is_said_of_an_order(lexeme: Lexeme) -> bool:
    """ ",", "sorted", "a-z": how "sorted alphabetically by title" says the order it names."""
    return any(_is(lexeme, "KW", word) for word in (",", "sorted", "a-z"))


def _yearly_said_again(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "hires per year with year-over-year change": per year, said twice; the change asked."""
    per_year = any(
        _is(lexeme, "KW", "per") and _is(following, "KW", "year")
        for lexeme, following in pairwise(lexemes)
    )
    if not per_year:
        return lexemes
    kept = [lexeme for lexeme in lexemes if not _is(lexeme, "KW", "year over year")]
    if len(kept) == len(lexemes):
        return lexemes
    return [lx for lx, after in zip(kept, [*kept[1:], None], strict=False) if not _joins(lx, after)]


def _joins(lexeme: Lexeme, following: Lexeme | None) -> bool:
    """ "with" before the change it asks for ("per year with change"): it only joins them."""
    return _is(lexeme, "KW", "with") and following is not None and _is(following, "KW", "change")


ONE_OF_MANY = Reason(
    "which one? a title is held by many; name the person, or ask for all of them (e.g. 'the "
    "managers' e-mails')"
)


def _one_of_a_title(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "what's the manager's email?", "the VP's email in Sales": one person's, but a title is
    held by many (61 Managers): asked back, never all of their e-mails given."""
    found = list(lexemes)
    for index, (lexeme, following) in enumerate(pairwise(lexemes)):
        title = lexeme.terminal == "VALUE" and lexeme.payload[0] == "title"
        if title and _is(following, "KW", "'s") and not lexeme.text.lower().endswith("s"):
            found[index] = Lexeme("UNKNOWN", ONE_OF_MANY, f"{lexeme.text}{following.text}")
    return found


# "bigger or smaller than", "more or fewer than": one group compared with another either way.
EITHER_WAY = frozenset({"most", "more than", "fewest", "less than"})
ORDERED = frozenset({"before", "after"})


def _either_way(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "Is Marketing bigger or smaller than Sales?": Marketing vs Sales; "was X hired before or
    after Y?": when each was hired."""
    found = list(lexemes)
    for index in range(1, len(found) - 3):
        before, one, joined, other, after = found[index - 1 : index + 4]
        if not (_is(joined, "KW", "or") and one.terminal == other.terminal == "KW"):
            continue
        values = before.terminal == after.terminal == "VALUE"
        if values and {one.payload, other.payload} <= EITHER_WAY and one != other:
            return [*found[:index], Lexeme("KW", "vs", joined.text), *found[index + 3 :]]
        people = before.terminal == "KW" and _is(before, "KW", "hired")
        if people and {one.payload, other.payload} == ORDERED and after.terminal == "FULLNAME":
            named = [lexeme for lexeme in found[: index - 1] if lexeme.terminal == "FULLNAME"]
            if len(named) == 1 and index + 4 == len(found):
                said = Lexeme("KW", "and", joined.text)
                return [Lexeme("KW", "when", one.text), named[0], said, after, before]
    return found


# Said of being here, the longest (shortest) is the earliest (most recent) hire.
ENDS_OF_SERVICE = {"longest": ("most", "earliest"), "shortest": ("fewest", "newest")}


def _longest_here(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "who has worked here the longest", "been with the company the longest", "been in
    Marketing the longest": the earliest hired ("longest" alone is a length); "worked here the
    shortest": the most recent."""
    found = list(lexemes)
    for index in range(len(found) - 1):
        said, longest = found[index : index + 2]
        following = found[index + 2] if index + 2 < len(found) else None
        here = _is(said, "KW", "worked") or _is(said, "KW", "with")
        last = following is None or _is(following, "KW", "in")  # not "the longest tenure"
        # "who's been in Marketing (the Marketing department) the longest": in a group, last said
        placed = _a_group_said_at(found, index)
        here = here or (placed and following is None)
        end, hired = ENDS_OF_SERVICE.get(longest.text.lower(), ("", ""))
        if here and last and _is(longest, "KW", end):
            text = f"{said.text} {longest.text}"
            if placed:
                return [*found[: index + 1], Lexeme("KW", hired, longest.text)]
            return [*found[:index], Lexeme("KW", hired, text), *found[index + 2 :]]
    return found


def _a_group_said_at(lexemes: list[Lexeme], index: int) -> bool:
    """ "in Marketing", "in the Marketing department": a group, said after "in", ends at `index`."""
    said = lexemes[index]
    value = lexemes[index - 1] if index > 0 else None
    named = value is not None and value.terminal == "VALUE" and value.payload[0] == said.payload
    if said.terminal == "FIELD" and named:  # "the Marketing department" names Marketing
        index -= 1
    return index > 0 and _is(lexemes[index - 1], "KW", "in") and lexemes[index].terminal == "VALUE"


def _who_else_in_that_group(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "which team is Pete Brown on, and who else in that team started in 2019?": who else is
    in Pete Brown's team and started in 2019 (each one's team is shown, so the first question
    is answered with it). Only when the first clause asks that group of that person alone."""
    at = next((i for i, lexeme in enumerate(lexemes) if lexeme.text.lower() == "who else"), None)
    if at is None or at + 1 >= len(lexemes):
        return lexemes
    start = at + 1 + _is(lexemes[at + 1], "KW", "in")
    group = lexemes[start] if start < len(lexemes) else None
    if group is None or group.terminal != "FIELD":
        return lexemes
    people = [lexeme for lexeme in lexemes[:at] if lexeme.terminal == "FULLNAME"]
    asked = [lexeme for lexeme in lexemes[:at] if lexeme.terminal != "FULLNAME"]
    same = all(lexeme == group or _is_joining(lexeme) for lexeme in asked)
    if len(people) != 1 or group not in asked or not same:
        return lexemes
    owns = Lexeme("KW", "'s", "'s")
    return [lexemes[at], Lexeme("KW", "in", "in"), people[0], owns, *lexemes[start:]]


def _is_joining(lexeme: Lexeme) -> bool:
    return lexeme.terminal == "KW" and lexeme.payload in ("in", "on", "at", ",", "and")


def _owners_tenure(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "What is Patsy Watsica's tenure in years?", "Patsy Watsica tenure", "tenure Patsy
    Watsica": the tenure of Patsy Watsica."""
    found = list(lexemes)
    for index, person in enumerate(found):
        if person.terminal != "FULLNAME":
            continue
        if index > 0 and _is(found[index - 1], "KW", "tenure"):  # "tenure Patsy Watsica"
            return [*found[:index], Lexeme("KW", "of", "of"), *found[index:]]
        owns = index + 1 < len(found) and _is(found[index + 1], "KW", "'s")
        at = index + 1 + owns
        after = found[at + 1] if at + 1 < len(found) else None
        measured = after is not None and (after.terminal == "NUMBER" or after.payload in MEASURES)
        if at < len(found) and _is(found[at], "KW", "tenure") and not measured:
            tenure, of = found[at], Lexeme("KW", "of", "of")
            return [*found[:index], tenure, of, person, *found[at + 1 :]]
    return found


# "X tenure of more than 5 years": their tenure compared, not asked
MEASURES = frozenset({"of", "more than", "less than", "at least", "at most", "exactly"})


def _last_and(lexemes: list[Lexeme]) -> int | None:
    """Where the last clause joined by "and" starts, if any."""
    joins = [i for i, lexeme in enumerate(lexemes) if _is(lexeme, "KW", "and")]
    return joins[-1] if joins else None


def _before_clause(lexemes: list[Lexeme], at: int) -> int:
    """Where what comes before the clause at `at` ends: before its "," too ("..., and who")."""
    return at - 1 if at and _is(lexemes[at - 1], "KW", ",") else at


def _who_had_the_date(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the earliest hire date among Interns in Marketing, and who was it?", "when did the
    first person join, and who was it?": the earliest hire(s), whose date is shown with them."""
    at = _last_and(lexemes)
    if at is None:
        return lexemes
    asked = [lx for lx in lexemes[at + 1 :] if lx.text.lower() not in POINTING]
    before = lexemes[:at]
    extreme = any(_is(lx, "KW") and lx.payload in PEOPLE_EXTREMES for lx in before)
    dated = [i for i, lx in enumerate(before) if _is(lx, "FIELD") and lx.payload == "hire_date"]
    when = [i for i, lx in enumerate(before) if _is(lx, "KW", "when")]  # "when did the first ..."
    if len(asked) != 1 or not _is(asked[0], "KW", "who") or not extreme:
        return lexemes
    if len(dated) == 1 and not when:
        hired = [Lexeme("KW", "hired", lexemes[dated[0]].text)]
    elif len(when) == 1 and not dated:
        dated, hired = when, []
    else:
        return lexemes
    return [*lexemes[: dated[0]], *hired, *lexemes[dated[0] + 1 : _before_clause(lexemes, at)]]


def _when_compared(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "When did X start, and how does that compare to Y?": when each of them was hired."""
    said = [lexeme.terminal for lexeme in lexemes]
    if said[:3] != ["KW", "FULLNAME", "KW"] or said[-1:] != ["FULLNAME"]:
        return lexemes
    asked, first, hired = lexemes[:3]
    tail = [str(lexeme.payload) for lexeme in lexemes[3:-1]]
    if not _is(asked, "KW", "when") or not _is(hired, "KW", "hired"):
        return lexemes
    if tail not in ([",", "and", "vs"], ["and", "vs"], [",", "vs"]):
        return lexemes
    return [asked, first, Lexeme("KW", "and", "and"), lexemes[-1], hired]


def _compared_after_a_clause(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "How many did we hire in 2022, and how does that compare with 2021?": 2022 vs 2021, the
    last thing said of the first clause against the one named after "compare"."""
    if len(lexemes) < 5 or not _is(lexemes[-2], "KW", "vs"):
        return lexemes
    joined = lexemes[-4:-2] if _is(lexemes[-4], "KW", ",") else lexemes[-3:-2]
    if [str(lexeme.payload) for lexeme in joined][-1:] != ["and"]:
        return lexemes
    start = len(lexemes) - 2 - len(joined)
    first, other = lexemes[start - 1], lexemes[-1]
    same = first.terminal == other.terminal and first.terminal in ("YEARNUM", "PERIOD", "VALUE")
    if not same or (first.terminal == "VALUE" and first.payload[0] != other.payload[0]):
        return lexemes
    return [*lexemes[:start], *lexemes[-2:]]


def _how_compared(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "How did hires in 2022 compare to 2021?", "how did the number of hires change from 2018
    to 2022": the comparison (or change) asked, "how" only opening it."""
    opening = lexemes[0] if lexemes else None
    how = opening is not None and opening.terminal == "UNKNOWN" and opening.text.lower() == "how"
    if how and any(_is(lexeme, "KW", "vs") or _is(lexeme, "KW", "change") for lexeme in lexemes):
        return lexemes[1:]
    return lexemes


def _numbers_of_compared(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the difference between the number of Junior Executives and the number of Associates":
    the two counted against each other."""
    compared = any(_is(lexeme, "KW", "vs") for lexeme in lexemes)
    if not compared or not lexemes or not _is(lexemes[0], "KW", "compare"):
        return lexemes
    said = [lexeme for lexeme in lexemes if not _is(lexeme, "KW", "how many")]
    return [said[0], *said[2:]] if len(said) > 1 and _is(said[1], "KW", "between") else said


def _count_asked_again(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "how many people are in Engineering, and how many in Product?": the two side by side;
    "Engineering vs Marketing: how many hires each in 2020": each is what vs says."""
    found = list(lexemes)
    if any(_is(lexeme, "KW", "vs") for lexeme in found):
        return [lx for lx in found if not (_is(lx, "KW", "per") and lx.text.lower() == "each")]
    if not found or not _is(found[0], "KW", "how many") or found[-1].terminal != "VALUE":
        return found
    at = _last_and(found)
    if at is None or not _is(found[at + 1], "KW", "how many"):
        return found
    start = _before_clause(found, at)
    first, second = found[start - 1], found[-1]
    tail = found[at + 2 : -1]
    same = first.terminal == "VALUE" and first.payload[0] == second.payload[0]
    if not same or any(not _is(lexeme, "KW", "in") for lexeme in tail):
        return found
    return [*found[:start], Lexeme("KW", "vs", "and"), second]


# A last clause joined by "and" that asks what the answer to the first says already: how many
# the group with the most (fewest) has, when the first (newest) one was hired. Pointing words in
# it ("does it have", "did they join", "was that") are the one asked about.
GROUP_EXTREMES = frozenset({"most", "fewest"})
# "first names shared by 3 or more employees, and how many have each": each group's size is
# given with it.
GROUP_SIZES = frozenset({"more than", "less than", "at least", "at most"})
PEOPLE_EXTREMES = frozenset({"newest", "earliest", "first", "last"})
POINTING = frozenset({"it", "they", "that", "them", "then", "those", "there", "he", "she"})
SAID_BY_A_GROUP_EXTREME = (
    ("how many",),
    ("how many", "people"),
    ("how many", "hired"),
    ("how many", "hired", "in", "year"),
)
SAID_BY_A_PERSON_EXTREME = (("when",), ("when", "hired"), ("year",), ("when", "year"))


def _order_said_again(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the 5 most recently hired in HR, newest first": the order the newest are listed in
    anyway (the earliest likewise); the other way round is left, and refused."""
    ends = [lexeme.payload for lexeme in lexemes[:-2] if _is_end(lexeme)]
    said, first = lexemes[-2:] if len(lexemes) > 2 else (None, None)
    if said is None or first is None or not _is(first, "KW", "first") or not _is_end(said):
        return lexemes
    counted = any(lexeme.terminal == "NUMBER" for lexeme in lexemes)
    if counted and ends[:1] == [said.payload]:
        return lexemes[:-3] if _is(lexemes[-3], "KW", ",") else lexemes[:-2]
    return lexemes


def _is_end(lexeme: Lexeme) -> bool:
    return lexeme.terminal == "KW" and lexeme.payload in ("newest", "earliest")


def _answered_already(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "which department has the most presidents, and how many does it have?", "who is our
    longest-serving VP, and when did they join?": the extreme's answer says how many (when)
    already; the last clause is dropped. Any other second question is still refused."""
    if _each_counted_after_an_extreme(lexemes):
        return lexemes[: _before_clause(lexemes, len(lexemes) - 1)]
    at = _last_and(lexemes)
    if at is None:
        return lexemes
    clause = lexemes[at + 1 :]
    asked = tuple(
        str(lexeme.payload)
        for lexeme, following in zip(clause, [*clause[1:], None], strict=False)
        if not (_is_pointing(lexeme) or (_is_preposition(lexeme) and _is_pointing(following)))
    )
    before = {str(lexeme.payload) for lexeme in lexemes[:at] if lexeme.terminal == "KW"}
    by_group = asked in SAID_BY_A_GROUP_EXTREME and before & (GROUP_EXTREMES | GROUP_SIZES)
    by_person = asked in SAID_BY_A_PERSON_EXTREME and before & PEOPLE_EXTREMES
    by_who = _who_is_someone(lexemes[:at]) and _shown_of_anyone(lexemes[at + 1 :])
    if not (by_group or by_person or by_who) or any(lx.terminal == "COPULA" for lx in lexemes[at:]):
        return lexemes
    return lexemes[: _before_clause(lexemes, at)]


def _is_pointing(lexeme: Lexeme | None) -> bool:
    return (
        lexeme is not None
        and lexeme.terminal in ("WORD", "UNKNOWN")
        and (lexeme.text.lower() in POINTING)
    )


def _is_preposition(lexeme: Lexeme) -> bool:
    """ "on" in "how many people are on it": it points at the group, as "it" does."""
    return lexeme.terminal == "KW" and lexeme.payload in ("in", "on", "at", "of", "with")


def _each_counted_after_an_extreme(lexemes: list[Lexeme]) -> bool:
    """ "Which 3 years had the most hires, and how many each?": the counts are given."""
    last = lexemes[-1] if lexemes else None
    if last is None or not _is(last, "KW", "breakdown"):
        return False
    said = last.text.lower()
    before = {str(lexeme.payload) for lexeme in lexemes[:-1] if lexeme.terminal == "KW"}
    return said.startswith(("and how many", "how many")) and bool(before & GROUP_EXTREMES)


PEOPLE_NAMED = ("NAME", "FULLNAME")
# What "who is X" says of each one: their department, title and hire date (not their e-mail).
SHOWN_OF_ANYONE = frozenset({"department", "title", "hire_date"})


def _who_is_someone(lexemes: list[Lexeme]) -> bool:
    """ "who is Cordie Anderson": a named person, every detail but the e-mail."""
    said = [lexeme.terminal for lexeme in lexemes]
    return said == ["KW", "FULLNAME"] and _is(lexemes[0], "KW", "who")


def _shown_of_anyone(lexemes: list[Lexeme]) -> bool:
    """ "and when did they start", "and what does she do" (nothing but fillers), "and which
    department is she in": what "who is" shows already."""
    return all(
        (lexeme.terminal == "FIELD" and lexeme.payload in SHOWN_OF_ANYONE)
        or _is(lexeme, "KW", "when")
        or _is(lexeme, "KW", "hired")
        or _is(lexeme, "KW", "in")
        or _is_pointing(lexeme)
        for lexeme in lexemes
    )


def _between_two_people(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "Between Zora Leannon and Cierra Kunde, who has been here longer?": the question, of
    one or the other ("who has been here longer, Zora Leannon or Cierra Kunde")."""
    if len(lexemes) < 6 or not _is(lexemes[0], "KW", "between"):
        return lexemes
    first, joined, second, comma = lexemes[1:5]
    named = first.terminal in PEOPLE_NAMED and second.terminal in PEOPLE_NAMED
    if not (named and _is(joined, "KW", "and") and _is(comma, "KW", ",")):
        return lexemes
    return [*lexemes[5:], comma, first, Lexeme("KW", "or", joined.text), second]


def _each_one_pointed_at(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "For each title, how many employees hold it": "it" is each title, said already."""
    if len(lexemes) < 3 or not (_is(lexemes[0], "KW", "per") and lexemes[1].terminal == "FIELD"):
        return lexemes
    return [
        lexeme
        for lexeme in lexemes
        if not (lexeme.terminal in ("WORD", "UNKNOWN") and lexeme.text.lower() in ("it", "one"))
    ]


def _how_many_of_each(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "which domains are there and how many use each one": how many of each, as "and how
    many" says already."""
    end = len(lexemes)
    if (
        end
        and lexemes[-1].terminal in ("NUMBER", "UNKNOWN", "WORD")
        and lexemes[-1].text.lower() in ("one", "1")
    ):
        end -= 1
    if not end or not (_is(lexemes[end - 1], "KW", "per") and lexemes[end - 1].text == "each"):
        return lexemes
    start = end - 2 if end > 1 and _is(lexemes[end - 2], "KW", "with") else end - 1
    asked = lexemes[:start]
    counted = [i for i, lexeme in enumerate(asked) if _is(lexeme, "KW", "how many")]
    if not counted or not any(_is(lexeme, "KW", "and") for lexeme in asked[: counted[-1]]):
        return lexemes
    return asked


# Already exact, said again: "on exactly 2017-12-31", "strictly after 2023-01-01", "the exact
# headcount" (counts are always exact).
DATED = frozenset({"DATE", "YEARNUM", "PERIOD", "DECADENUM"})
STRICT = frozenset({"after", "before", "more than", "less than"})
EXACT_COUNTS = frozenset({"headcount", "how many"})


def _said_precisely(lexemes: list[Lexeme]) -> list[Lexeme]:
    kept: list[Lexeme] = []
    for lexeme, following in zip(lexemes, [*lexemes[1:], None], strict=False):
        if following is not None and _insists(lexeme, following):
            continue
        kept.append(lexeme)
    return kept


def _insists(lexeme: Lexeme, following: Lexeme) -> bool:
    said = lexeme.text.lower()
    if _is(lexeme, "KW", "exactly") and following.terminal in DATED:
        return True
    if following.terminal != "KW" or lexeme.terminal not in ("WORD", "UNKNOWN"):
        return False
    strictly = said == "strictly" and following.payload in STRICT
    return strictly or (said == "exact" and following.payload in EXACT_COUNTS)


def total_said_last(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "how many VPs total": a count said again at the end is "in total", not a second
    question ("how many VPs, how many in total" still is)."""
    # "how many managers total across all depts": a whole said after it is still said last;
    # so is a total that ends a clause ("how many interns total and which depts are they in")
    at = len(lexemes) - (3 if len(lexemes) > 3 and _is(lexemes[-2], "KW", "across all") else 1)
    ends_a_clause = [
        index
        for index, (lexeme, following) in enumerate(pairwise(lexemes))
        if lexeme.text.lower() == "total"
        and following.terminal == "KW"
        and following.payload in ("and", ",")
    ]
    at = ends_a_clause[0] if ends_a_clause else at
    if len(lexemes) > 2 and lexemes[at].text.lower() == "total":
        counts = [lexeme for lexeme in lexemes[:at] if _is(lexeme, "KW", "how many")]
        if counts and not _is(lexemes[at - 1], "KW", "how many"):
            return [*lexemes[:at], *lexemes[at + 1 :]]
    return lexemes
