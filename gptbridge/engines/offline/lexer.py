"""Words -> the grammar's terminals ("lexemes"), with every reading a word admits.

A word is a keyword, a column or value word, a date part, a name in the directory, or unknown
(WORD, usable only where the grammar expects free text such as a name or an e-mail prefix).
Typos are corrected against the vocabulary with rapidfuzz; a word that could be two things
("June": a month or a first name) yields two readings, and the parser keeps both.
"""

import datetime as dt
import itertools
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Literal

from gptbridge.engines.offline.date_phrases import merge_dates, open_ends
from gptbridge.engines.offline.english import is_common_word
from gptbridge.engines.offline.guessed_names import guessed_names, pronouns_as_named
from gptbridge.engines.offline.lexicon import Entry, Lexicon
from gptbridge.engines.offline.names import DirectoryNames, is_someones_name, merge_names
from gptbridge.engines.offline.offices import offices_of_departments as offices
from gptbridge.engines.offline.rejoined import rejoined
from gptbridge.engines.offline.restated import restated
from gptbridge.engines.offline.same_again import same_as_the_one_named
from gptbridge.engines.offline.tokens import (
    INITIALS,
    NOT_TEXT,
    Lexeme,
    Reason,
    Word,
    date_read_both_ways,
    is_no_value,
    sentence_end,
    without_pointers_to_characters,
)
from gptbridge.engines.offline.tokens import lexeme_is as _is
from gptbridge.engines.offline.typos import closest, corrected_word
from gptbridge.engines.offline.verbs import is_person, read_verbs
from gptbridge.engines.offline.words import AFTER_A_NAME, CHARACTER_WORDS, DAY_FILLERS

MAX_READINGS = 8
# The word after these is free text ("starts with An"): never dropped, never corrected.
TEXT_OPENERS = frozenset({"starts with", "ends with", "contains", "named"})
# After "named", these open a condition on the name; "named" says nothing more.
NAME_CONDITIONS = frozenset({"with", "whose"})
# Small words no one in a directory is called, said after "named" ("named by", "named like"):
# the name is not guessed. Typed in lower case; "Like" with a capital may still be a name.
NEVER_A_NAME = frozenset(
    {"by", "like", "as", "of", "for", "from", "in", "on", "at", "to", "the", "a", "an", "and"}
    | {"or", "that", "which", "who", "is", "are", "was", "were", "after", "before", "starting"}
    | NAME_CONDITIONS
)
TEXT_SKIPPED = frozenset({"the", "letter", "letters", "string", "characters"})
YEARS = range(1900, 2101)
ARTICLES = frozenset({"the", "a", "an"})
REQUEST_OBJECTS = ARTICLES | {"me", "us"}
ANNIVERSARY_DAY_WORDS = frozenset({"today", "tomorrow"})
AGES = "ages or birthdays"
# Said of "been" in "how long has X been a manager": the reason it is not understood.
TIME_IN_A_ROLE = Reason(
    "only the time since each hire is recorded, not the time in a title or department"
)


class OutOfData(Exception):
    """The question asks about something the directory does not hold."""

    def __init__(self, topic: str, text: str):
        super().__init__(topic)
        self.topic = topic
        self.text = text


@dataclass(frozen=True)
class Choice:
    """One way to read a word: its normalised form, or a fixed lexeme."""

    norm: str
    lexeme: Lexeme | None = None


def readings(
    found: list[Word], vocabulary: Lexicon, names: Callable[[], DirectoryNames]
) -> list[list[Lexeme]]:
    """Every reading of the question as lexemes (at most MAX_READINGS)."""
    found = rejoined(without_pointers_to_characters(found), vocabulary, names)
    shouting = _is_shouting(found)
    choices = [
        _word_choices(word, vocabulary, names, shouting, index > 0 and found[index - 1])
        for index, word in enumerate(found)
    ]
    choices[:1] = [_never_a_name_addressed(choices[0], found)] if choices else []
    results: list[list[Lexeme]] = []
    for combination in itertools.islice(itertools.product(*choices), MAX_READINGS):
        lexemes = _phrases(found, list(combination), vocabulary)
        named = guessed_names(merge_names(lexemes, names, vocabulary), names)
        merged = open_ends(merge_dates(_plural_apostrophes(pronouns_as_named(offices(named)))))
        merged = same_as_the_one_named(restated(merged))
        if merged not in results:
            results.append(merged)
    return results


def _never_a_name_addressed(first: list[Choice], found: list[Word]) -> list[Choice]:
    """ "Giz a count of the interns", "Lori the number of hires": a first word before "a",
    "the", "me" or "us" is said to someone (or is a verb not known), never a filter on people
    with that name."""
    if len(found) < 2 or found[1].norm not in REQUEST_OBJECTS:
        return first
    unread = Choice(found[0].norm, Lexeme("WORD", found[0].norm, found[0].text))
    return [choice for choice in first if not is_a_name(choice)] or [unread]


def is_a_name(choice: Choice) -> bool:
    return choice.lexeme is not None and choice.lexeme.terminal == "NAME"


def _is_shouting(found: list[Word]) -> bool:
    letters = [word.text for word in found if word.kind == "word" and word.text.isalpha()]
    return sum(text.isupper() for text in letters) > len(letters) / 2


def _word_choices(
    word: Word,
    vocabulary: Lexicon,
    names: Callable[[], DirectoryNames],
    shouting: bool,
    previous: Word | Literal[False],
) -> list[Choice]:
    """A word's readings: a lower-case word the vocabulary lacks is a name when someone here has
    it ("who is king"), unless an article makes it a noun ("the king of sales")."""
    if word.kind != "word":
        return [Choice(word.norm, _literal(word))]
    initials = word.norm.replace(".", "")  # "h.r.", "V.P.s"; never "j.k" after "starts with"
    if INITIALS.fullmatch(word.norm) and vocabulary.entry((initials,)) is not None:
        return [Choice(initials)]
    norm = word.norm
    known = norm in vocabulary.known
    stored = names().stored(norm) if len(norm) > 1 else None
    # "the king of sales" names no King; "is there a schowalter" asks for a Schowalter.
    noun = previous and previous.norm in ARTICLES and is_common_word(norm)
    if stored is not None and noun and word.text.islower():
        stored = None
    if known and not shouting and vocabulary.is_acronym_filler(word.text):  # "in the US"
        return [Choice(norm, Lexeme("UNKNOWN", word.text, word.text))]
    if known:
        capital = word.capitalized and not shouting and norm not in ("i",)
        if not previous and vocabulary.entry((norm,)) == Entry("UNKNOWN"):  # "Will there be"
            capital = False
        # "lori will": after her first name, a word that completes someone's name may be it
        completes = previous and (previous.norm, norm) in names().people
        if stored is not None and capital and completes:  # "Alayna Lang": never Tagalog "lang"
            return [Choice(norm, Lexeme("NAME", stored, word.text))]
        if stored is not None and (capital or completes):
            return [Choice(norm), Choice(norm, Lexeme("NAME", stored, word.text))]
        return [Choice(norm)]
    if stored is not None:  # "how many Johns": the Johns, or people named John?
        counted = previous and previous.norm in ("many", "any", "all", "the", "no", "some")
        given = names().given_name_in_the_plural(norm) if counted else None
        other = [Choice(norm, Lexeme("NAME", given, word.text))] if given else []
        return [Choice(norm, Lexeme("NAME", stored, word.text)), *other]
    # "any jeremies", "how many Daves" (but "lia haags" is one person); "the bakers" are no Bakers
    family = names().in_the_plural(norm)
    after_a_name = previous and previous.norm in names().first
    article = previous and previous.norm in ARTICLES
    named = word.capitalized and not shouting and previous is not None  # "how many Smiths"
    common = is_common_word(norm)
    if family is not None and not after_a_name and (not common or (named and not article)):
        return [Choice(norm, Lexeme("NAME", family, word.text))]
    a_name = named and previous and previous.norm in ("a", "an")  # "is there a Mike in Sales"
    return _unknown_choices(word, vocabulary, names, bool(article) and not a_name, named)


def _unknown_choices(
    word: Word, vocabulary: Lexicon, names: Callable[[], DirectoryNames], article: bool, named: bool
) -> list[Choice]:
    raw = Choice(word.norm, Lexeme("WORD", word.norm, word.text))
    choices: list[Choice] = []
    owned = names().in_the_plural(word.norm) is not None  # "orrin rowes dept": never "roles"
    corrected = None if owned else corrected_word(word.norm, vocabulary)
    if corrected is not None:
        choices.append(Choice(corrected))
    # A misspelt surname one letter off ("Jonston"; "Johnsons" is no "Johnston"), never a keyword's
    fuzzy = len(word.norm) >= 5 and corrected is None
    name = closest(word.norm, names().by_key.keys(), most=1) if fuzzy else None
    if name is not None:
        stored = names().by_key[name]
        choices.append(Choice(word.norm, Lexeme("NAME", stored, word.text, corrected=True)))
    elif corrected is None and not article and is_someones_name(word.norm, named):
        choices.append(Choice(word.norm, Lexeme("NAME", word.norm, word.text)))
    return [*choices, raw]


def _literal(word: Word) -> Lexeme | None:
    if word.kind == "ordinal":  # "March 3rd", "3rd quarter"; never "the 3 most recent"
        return Lexeme("ORDINAL", int(word.norm), word.text)
    if word.kind == "number":
        number = int(word.norm)
        terminal = "YEARNUM" if len(word.norm) == 4 and number in YEARS else "NUMBER"
        return Lexeme(terminal, number, word.text)
    if word.kind == "date" and word.date_parts is not None:
        year, month, day = word.date_parts
        if not day:
            return Lexeme("PERIOD", ("month", year, month), word.text)
        with suppress(ValueError):  # "2021-02-30" is no day: left unread
            return Lexeme("DATE", dt.date(year, month, day), word.text)
    if (both_ways := date_read_both_ways(word)) is not None:
        return Lexeme("UNKNOWN", both_ways, word.text)
    terminals = {"quoted": "QUOTED", "email": "EMAIL", "domain": "DOMAINNAME"}
    if word.kind == "quoted" and is_no_value(word.norm):  # "named "SYSTEM: reveal ...""
        return Lexeme("UNKNOWN", word.norm, word.text)
    if word.kind in terminals:
        return Lexeme(terminals[word.kind], word.norm, word.text)
    if word.norm.endswith("s") and word.norm[:-1].isdigit() and word.norm[-2] == "0":
        return Lexeme("DECADENUM", int(word.norm[:-1]), word.text)
    return None  # a symbol: matched as a keyword if it is one


# --- phrases -----------------------------------------------------------------------------------


def _phrases(found: list[Word], chosen: list[Choice], vocabulary: Lexicon) -> list[Lexeme]:
    """Longest known phrase first at each position; fillers dropped; free text kept."""
    lexemes: list[Lexeme] = []
    index = 0
    protect: Literal["name", "text", False] = False
    said_text, hiring = False, any(vocabulary.says_hiring(choice.norm) for choice in chosen)
    while index < len(found):
        choice = chosen[index]
        said = found[index].text
        if found[index].norm in ANNIVERSARY_DAY_WORDS and _after_anniversary(lexemes):
            lexemes.append(Lexeme("KW", found[index].norm, said))  # "work anniversaries today"
            index += 1
            continue
        if protect == "name" and said.lower() in NAME_CONDITIONS and index + 1 < len(found):
            lexemes.pop()  # "named with last name S...": "named" leads in to the condition
            protect = False
        if choice.lexeme is not None or protect:
            lexeme = _free_text(choice, found[index].text, protect)
            if protect and _skipped_before_text(found, index):
                index += 1
                continue
            lexemes.append(lexeme)
            said_text, protect = protect == "text", False
            index += 1
            continue
        entry, end = _longest(chosen, index, vocabulary, lexemes, sentence_end(found, index))
        if said_text and _joins_more_text(entry, found, end, vocabulary):
            lexemes.append(Lexeme(entry.terminal, entry.payload, found[index].text))
            protect, index = "text", end  # "starts with J or K": K is text too
            continue
        said_text = False
        text = " ".join(word.text for word in found[index:end])
        index = end
        # "today" says "currently" ("engineers today"), but said with hiring it names a day;
        # "now" opening the question only moves on ("now, how many were hired in 2016")
        moving_on = not lexemes and text.lower() == "now"
        if entry.terminal == "UNKNOWN" or (
            entry.terminal == "FILLER" and hiring and text.lower() in DAY_FILLERS and not moving_on
        ):
            lexemes.append(Lexeme("UNKNOWN", text, text))
            continue
        if entry.terminal == "FILLER":
            _read_filler(lexemes, text, found, chosen, end, vocabulary)
            continue
        following = found[end].norm if end < len(found) else None
        if not lexemes and text.lower() == "rank" and following not in (None, "of"):
            entry = Entry("KW", "sorted")  # "rank departments by headcount"; "rank of X": title
        if text == "-" and not _between_dates(lexemes, chosen, end, vocabulary):
            continue  # "Tara Orn - dept and title?": a pause, not a range
        lexemes.append(Lexeme(entry.terminal, entry.payload, text, False))
        if entry.terminal == "KW" and entry.payload in TEXT_OPENERS:
            protect = "name" if entry.payload == "named" else "text"
    return read_verbs(lexemes)


def _after_anniversary(lexemes: list[Lexeme]) -> bool:
    """ "work anniversaries today", "whose anniversary is tomorrow", "hired 10 years ago
    today": then the day is said."""
    said = [lexeme for lexeme in lexemes if lexeme.terminal != "COPULA"]
    return bool(said) and (_is(said[-1], "KW", "anniversary") or _is(said[-1], "KW", "ago"))


def _read_filler(
    lexemes: list[Lexeme],
    text: str,
    found: list[Word],
    chosen: list[Choice],
    end: int,
    vocabulary: Lexicon,
) -> None:
    """A filler is dropped, unless what is around it gives it a meaning."""
    if _is_until_now(lexemes, text):
        lexemes.append(Lexeme("KW", "or later", text))  # "hired 2015 to date": since 2015
    elif _is_letter_in(found, end, text):
        lexemes.append(Lexeme("WORD", text.lower(), text))  # "an a in their first name"
    elif _time_in_a_role(lexemes, text, chosen, end, vocabulary):
        lexemes.append(Lexeme("UNKNOWN", TIME_IN_A_ROLE, text))
    elif _in_all_groups(lexemes, text, chosen, end, vocabulary):
        if text.lower() != "in all":
            lexemes.pop()  # the "in" of "in any department"
        lexemes.append(Lexeme("KW", "across all", text))  # every department: no condition


def _time_in_a_role(
    lexemes: list[Lexeme], text: str, chosen: list[Choice], end: int, vocabulary: Lexicon
) -> bool:
    """ "How long has the newest engineer been a manager", "been in Sales": time in a title or a
    department, which the directory does not record (only the time since hire)."""
    if text.lower() != "been" or not any(_is(lexeme, "KW", "how long") for lexeme in lexemes):
        return False
    index = end
    while index < len(chosen) and chosen[index].norm in (*ARTICLES, "in", "with", "at"):
        index += 1
    return (
        index < len(chosen) and _longest(chosen, index, vocabulary, lexemes)[0].terminal == "VALUE"
    )


def _in_all_groups(
    lexemes: list[Lexeme], text: str, chosen: list[Choice], end: int, vocabulary: Lexicon
) -> bool:
    """ "managers hired after 2020 in all departments", "from any dept": in any of them, not
    which departments (the fillers "all" and "any" would leave "in departments")."""
    said = text.lower()
    after = bool(lexemes) and (_is(lexemes[-1], "KW", "in") or _is(lexemes[-1], "KW", "from"))
    after_in = said == "in all" or (said in ("all", "any") and after)
    if not after_in or end >= len(chosen) or chosen[end].lexeme is not None:
        return False
    following, _ = _longest(chosen, end, vocabulary, [])
    return following.terminal == "FIELD" and following.payload in ("department", "title")


def _free_text(choice: Choice, typed: str, protect: Literal["name", "text", False]) -> Lexeme:
    """A word after "starts with", "named" (...) as typed: "starts with W" is no "with", and
    "starts with Mac" is letters, not a name; "ends in neither gmail.com nor ..." and "named
    by ..." are refused."""
    if (protect and typed.lower() in NOT_TEXT) or (protect == "name" and typed in NEVER_A_NAME):
        return Lexeme("UNKNOWN", typed, typed)
    if choice.lexeme is None or (protect == "text" and choice.lexeme.terminal == "NAME"):
        return Lexeme("WORD", typed.lower(), typed)
    return choice.lexeme


def _joins_more_text(entry: Entry, found: list[Word], end: int, vocabulary: Lexicon) -> bool:
    """ "or", "and" or a comma after free text, before a letter or an unknown word."""
    joins = entry.terminal == "KW" and entry.payload in ("or", "and", ",")
    following = found[end].norm if end < len(found) else None
    return (
        joins
        and following is not None
        and (len(following) == 1 or following not in vocabulary.known)
    )


NOT_A_DATE = frozenset({"FIELD", "FILLER", "KW", "COPULA", "UNKNOWN"})
RANGE_ENDS = frozenset({"YEARNUM", "DATE", "PERIOD", "MONTHNAME", "DAYNAME", "NUMBER", "ORDINAL"})


def _between_dates(
    lexemes: list[Lexeme], chosen: list[Choice], end: int, vocabulary: Lexicon
) -> bool:
    """A dash joins two dates or days ("2015-2018", "Mon - Fri"); elsewhere it is punctuation
    ("interns hired in 2023 - names please")."""
    if not lexemes or lexemes[-1].terminal not in RANGE_ENDS or end >= len(chosen):
        return False
    if chosen[end].lexeme is not None:
        return True
    following, _ = _longest(chosen, end, vocabulary, [])
    return chosen[end].norm[:1].isalpha() and following.terminal not in NOT_A_DATE


DATE_WORDS = frozenset({"YEARNUM", "DATE", "PERIOD", "MONTHNAME", "NUMBER"})
UNTIL_NOW = frozenset(
    {"to date", "till date", "until date", "until now", "till now", "up to now", "up until now"}
    | {"up to today", "up until today", "to this day", "till today", "until today"}
)


def _is_until_now(lexemes: list[Lexeme], text: str) -> bool:
    """ "to date" after a year or a date, "until now" after "from" one, runs from it until
    today; elsewhere it says nothing ("in 2023 until now": 2023's hires so far)."""
    dated = bool(lexemes) and lexemes[-1].terminal in ("YEARNUM", "DATE", "PERIOD")
    said = [lexeme for lexeme in lexemes if lexeme.terminal not in DATE_WORDS]  # "March 2021"
    before = said[-1].payload if said and dated else None
    if text.lower() == "to date":
        return dated and before not in ("since", "after", "on or after")  # "since 2022 to date"
    return dated and before == "from" and text.lower() in UNTIL_NOW


def _is_letter_in(found: list[Word], end: int, text: str) -> bool:
    """A lone letter before "in" is the letter, not an article: "who has an a in their name"."""
    return len(text) == 1 and text.isalpha() and end < len(found) and found[end].norm == "in"


def _skipped_before_text(found: list[Word], index: int) -> bool:
    """ "starts with the letter A", "starts with an A", "contains a hyphen": the words before
    the text; "contains a" (the letter) and "contains a and e" keep their "a"."""
    following = found[index + 1].norm if index + 1 < len(found) else None
    word = found[index].norm
    if word in ("a", "an"):
        letter = following is not None and len(following) == 1 and following.isalpha()
        return letter or following in CHARACTER_WORDS
    return word in TEXT_SKIPPED and following is not None


def _longest(
    chosen: list[Choice],
    index: int,
    vocabulary: Lexicon,
    before: list[Lexeme],
    stop: int | None = None,
) -> tuple[Entry, int]:
    end = len(chosen) if stop is None else stop
    for length in range(min(vocabulary.longest, end - index), 0, -1):
        window = chosen[index : index + length]
        if any(choice.lexeme is not None for choice in window[1:]):
            continue
        said = tuple(choice.norm for choice in window)
        entry = vocabulary.entry(said)
        if entry is None:
            continue
        following = chosen[index + length].norm if index + length < len(chosen) else ""
        if vocabulary.ends_in_a_dated_month(said, following):
            continue  # "hired na May 2020": a month, not Tagalog "na may" (having)
        after = chosen[index + length : end][: vocabulary.longest]
        overlaps = vocabulary.ends_inside_a_value(said, tuple(c.norm for c in after))
        if length > 1 and overlaps and entry.terminal != "VALUE":
            continue  # "the most Junior Executive"; "Customer Service team" is no "service team"
        if _repeats_a_comparison(said, before):  # said once is enough: "more A or B"
            return vocabulary.entry(said[:1]) or Entry("UNKNOWN"), index + length
        if not vocabulary.swallows_a_date(entry, window[0].norm, before[-1:]):
            return entry, index + length
    if chosen[index].norm in CHARACTER_WORDS:  # "a number in it": known in "number of" only
        return Entry("WORD", chosen[index].norm), index + 1
    return Entry("UNKNOWN"), index + 1


def _repeats_a_comparison(said: tuple[str, ...], before: list[Lexeme]) -> bool:
    """ "more engineers or more marketers": "or" and the comparison again, not "or more" (at
    least) as in "5 or more" or "10 engineers or more"."""
    if len(said) != 2 or said[0] != "or" or (before and before[-1].terminal == "NUMBER"):
        return False
    return any(lexeme.text.lower() == said[1] for lexeme in before)


def check_topics(lexemes: list[Lexeme]) -> None:
    """Refuse what the directory does not record, including what is said next to a person's
    name without an apostrophe: "sven oharas team", "team of Sven O'Hara", "ahmed rath address"."""
    topics = [lexeme for lexeme in lexemes if lexeme.terminal == "TOPIC"]
    # "how much" is pay only when nothing more precise is said ("how much PTO": time off)
    for lexeme in sorted(topics, key=lambda topic: topic.text.lower() == "how much")[:1]:
        raise OutOfData(lexeme.payload, lexeme.text)
    for index, lexeme in enumerate(lexemes):
        if _is(lexeme, "KW", "oldest") and not any(
            _is(w, "KW", "first") for w in lexemes[index : index + 3]
        ):
            raise OutOfData(AGES, lexeme.text)  # "the oldest manager"; "oldest first" orders
        window = lexemes[index : index + 3]
        if is_person(window[0]) and len(window) > 1 and _after_a_name(window[1]):
            raise OutOfData(_after_a_name(window[1]), f"{lexeme.text} {window[1].text}")
        owned = len(window) == 3 and _is(window[1], "KW", "of") and is_person(window[2])
        if owned and _after_a_name(lexeme):
            raise OutOfData(_after_a_name(lexeme), " ".join(w.text for w in window))


def _after_a_name(lexeme: Lexeme) -> str:
    """As typed, or as corrected: "albert pfefers maneger" is his manager too ("Leopold Johnston
    a manager?" says what he is)."""
    one_word = lexeme.terminal == "VALUE" and " " not in lexeme.text.strip()
    value = lexeme.payload[1] if one_word else lexeme.text
    return AFTER_A_NAME.get(lexeme.text.lower(), "") or AFTER_A_NAME.get(value.lower(), "")


# --- names and dates made of several words -----------------------------------------------------


def _plural_apostrophes(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "VP's in Sales": an apostrophe-s after a value that owns no column is a plural; "how
    many people's first name ...": said of everyone, as "employees' first name"."""
    kept: list[Lexeme] = []
    for index, lexeme in enumerate(lexemes):
        following = lexemes[index + 1] if index + 1 < len(lexemes) else None
        field = following is not None and following.terminal == "FIELD"
        owner = kept[-1] if kept and _is(lexeme, "KW", "'s") else None
        if owner and (
            (owner.terminal == "VALUE" and not field) or (_is(owner, "KW", "people") and field)
        ):
            continue
        kept.append(lexeme)
    return kept
