"""Parts that make a question refused before any plan is built: two questions in one, relations
between people, employment at a past date, "not" over a pair of conditions."""

import itertools

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.comparisons import is_email_part
from gptbridge.engines.offline.joined import compared_with_its_column
from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.part_kinds import (
    PEOPLE_NOUNS,
    PREPOSITIONS,
    RELATIONS,
    SEPARATORS,
)
from gptbridge.engines.offline.words import KEYWORDS, MONTH_NAMES, SEASONS


def refuse_parts(parts: list[Part]) -> None:
    """Every refusal of the parts once a question's named people are grouped."""
    for refuse in (
        refuse_relations,
        refuse_negated_pairs,
        refuse_employment_dates,
        refuse_dates_of_the_data,
        refuse_seniority_by_rank,
        refuse_a_group_put_first,
        refuse_functions_as_groups,
        refuse_a_departments_start,
    ):
        refuse(parts)


# The words for people that may be said with a department ("the sales people", "HR staff").
PEOPLE_WORDS = frozenset(word for said in ("people", *KEYWORDS["people"]) for word in said.split())


def refuse_a_departments_start(parts: list[Part]) -> None:
    """ "When did the Sales department start?", "when was Sales incorporated": when the
    department began, which the directory does not record (never each of its people's hire
    dates). Only a department and its start are said: "when did the sales people start", "when
    was the first hire in Sales" ask of people."""
    kinds = {part.kind for part in parts}
    if "when" not in kinds or not kinds <= {
        "when",
        "value",
        "fields",
        "noun_hires",
        "worked",
        "prep_place",
    }:
        return
    named = [part for part in parts if part.kind == "value"]
    departments = all(part.value[0] == "department" for part in named)
    fields = all(part.value == "department" for part in parts if part.kind == "fields")
    if named and departments and fields and PEOPLE_WORDS.isdisjoint(named[0].text.lower().split()):
        raise NotUnderstood(
            [named[0].text], "when a department began is not recorded; ask for its first hire"
        )


def refuse_functions_as_groups(parts: list[Part]) -> None:
    """ "the function of Leopold Johnston" is the title he holds; "which function is the
    smallest" may be a department (a business function) as well: asked back. Said with a title
    ("the function of Intern") or within a department ("the function with the most people in
    Engineering"), it is the title."""
    said = [p for p in parts if p.kind in ("fields", "per", "by") and "function" in p.text.lower()]
    valued = any(p.kind == "value" for p in parts)
    if said and not valued and not any(map(is_person, parts)):
        raise NotUnderstood([said[0].text], "a title or a department? say which")


def refuse_a_group_put_first(parts: list[Part]) -> None:
    """ "hires per department in 2020, sales first": an order of the groups that puts one first,
    which the engine does not give (never Sales' first hire); "who joined Sales first" asks."""
    grouped = any(part.kind in ("per", "by") for part in parts)
    last, before = parts[-1], parts[-2] if len(parts) > 1 else None
    put_first = last.kind in ("limit_first", "limit_last") and last.value is None
    if grouped and put_first and before is not None and before.kind == "value":
        raise NotUnderstood([f"{before.text} {last.text}"], "one group first is no order")


def refuse_two_questions(parts: list[Part]) -> None:
    """ "How many engineers and how many interns": two questions, never one about engineering
    interns."""
    asked = [part for part in parts if part.kind == "count" and part.value is None]
    if len(asked) > 1:
        raise NotUnderstood([asked[1].text], "one question at a time, please")


# People said of someone ("how many colleagues does X have", "X's teammates"): who works with
# whom is not recorded, unless a column says it ("colleagues in the same department as X").
RELATION_NOUNS = frozenset(
    {"colleague", "colleagues", "coworker", "coworkers", "teammate", "teammates", "peer", "peers"}
)


def refuse_relations(parts: list[Part]) -> None:
    """What a person did or who is around them is not in the directory, and a name is no date."""
    kinds = {part.kind for part in parts}
    said_of = [
        part
        for index, part in enumerate(parts)
        if part.text.lower() in RELATION_NOUNS and not _people_with_a_column(parts, index)
    ]
    related = any(isinstance(p.value, plans.SameAsFilter | plans.SameDayFilter) for p in parts)
    if said_of and not related and any(map(is_person, parts)):
        raise OutOfData(RELATIONS, said_of[0].text)
    for part, following in itertools.pairwise(parts):
        _refuse_joined(part, following)
        if is_person(part) and part.text.endswith("'s") and following.kind == "noun_hires":
            raise OutOfData(RELATIONS, f"{part.text} {following.text}")  # "June's hires"
    for part in parts:
        owned = part.kind == "possessive" and _is_group_of_someone(part)
        if owned and kinds.intersection((*PEOPLE_NOUNS, "value")):  # "managers in X's department"
            raise OutOfData(RELATIONS, part.text)
    for index, part in enumerate(parts):
        before = parts[index - 1] if index else None
        if part.kind == "sep_and" and _starts_a_group(before, parts[index + 1 : index + 3]):
            said = " ".join(p.text for p in parts[max(0, index - 1) : index + 3])
            raise NotUnderstood([said], "people who are both, or either? ask for one")
    for same, joiner, other in zip(parts, parts[1:], parts[2:], strict=False):
        if _is_relative(same) and joiner.kind in SEPARATORS and is_person(other):
            said = f"{same.text} {joiner.text} {other.text}"  # "the same year as X and Y"
            raise NotUnderstood([said], "as both of them, as either, or also named so?")
    for who, second, third in zip(parts, parts[1:], parts[2:], strict=False):
        did_hire = is_person(second) and third.kind == "noun_hires"  # "who did X hire"
        hired = second.kind == "noun_hires" and is_person(third)  # "which manager hired X"
        if who.kind in ("noun_who", "value") and (did_hire or hired):
            raise OutOfData(RELATIONS, f"{second.text} {third.text}")


def _people_with_a_column(parts: list[Part], index: int) -> bool:
    """ "colleagues with surname Weimann": people, the name's column said; "colleagues with
    Kenya Jerde" and "Kenya Jerde's colleagues with title Manager" are hers."""
    following = parts[index + 1 : index + 3]
    if any(map(is_person, parts[:index])) or len(following) < 2:
        return False
    if following[0].kind != "prep_with":
        return False
    return following[1].kind == "fields" or compared_with_its_column(following[1])


def refuse_seniority_by_rank(parts: list[Part]) -> None:
    """ "the most senior person in HR": by rank (title) or by time here? Only "by hire date"
    (or "longest-serving") says which, or one title, where all have the same rank ("the most
    senior Intern")."""
    ranked = [p for p in parts if p.kind in ("newest", "earliest") and _says_rank(p.text)]
    by_hire_date = any(p.kind == "by" and p.value == "hire_date" for p in parts)
    titles = [p for p in parts if p.kind == "value" and p.value[0] == "title"]
    if ranked and not by_hire_date and len(titles) != 1:
        raise NotUnderstood(
            [ranked[0].text], "by title or by time here? say 'longest-serving' or 'by hire date'"
        )


def _says_rank(said: str) -> bool:
    return any(word in said.lower().split() for word in ("senior", "junior"))


def refuse_dates_of_the_data(parts: list[Part]) -> None:
    """ "hires in the last 18 months of data": counted back from the latest record, not from
    today, which no date phrase here means ("of data" leaves an "of" at the end, or before a
    comma: "in the last 5 years of the data, like 2019 onwards")."""
    for dated, of, following in zip(parts, parts[1:], [*parts[2:], None], strict=False):
        dangling = following is None or following.kind == "sep_comma"
        if _is_dated(dated) and of.text.lower().startswith("of") and dangling:
            reason = "counted back from today or from the latest record? say the dates"
            raise NotUnderstood([f"{dated.text} {of.text}"], reason)


def refuse_employment_dates(parts: list[Part]) -> None:
    """A date said of people without a hire word may mean employed then, which the directory
    cannot tell: "how many engineers were there in 2016", "worked here in 2015", "headcount in
    2018", "headcount per year". Only hire dates are recorded ("headcount of 2019 hires")."""
    # "interns in eng since 2021", "working in HR since before 2015": there since then is hired
    # then, however it is read (only "in 2016" may mean employed in 2016)
    # "employed before 2013": there at some time before 2013 is hired before 2013 (no one has
    # left), however it is read
    dated = [p for p in parts if _is_dated(p) and not _is_tenure(p) and not _is_open_start(p)]
    since = [p for p in dated if _said_since(p)]
    kinds = {p.kind for p in parts}
    hire_words = [p for p in parts if p.kind == "fields" and p.value == "hire_date"]
    # A work anniversary says a hire date ("a 10-year anniversary in 2027": hired in 2017).
    anniversary = any("anniversary" in getattr(p.value, "label", "") for p in dated)
    same_day = any(isinstance(p.value, plans.SameDayFilter) for p in dated)
    # "by hire year", "the first hired employee in 2014": a hire said in the words of a part
    said_hired = any(_says_hired(p) for p in parts if p.kind in ("per", "by", "earliest", "latest"))
    said_hired = said_hired or any(_says_employed(p) for p in parts)
    hired = "noun_hires" in kinds or bool(hire_words) or same_day or anniversary or said_hired
    at_a_time = [p for p in dated if p not in since]
    if at_a_time and not hired and kinds & {"noun_people", "noun_who", "value", "count"}:
        raise NotUnderstood([at_a_time[0].text], "hired then, or employed then? say 'hired'")
    by_date = any(p.kind in ("per", "by") and str(p.value).startswith("key_hire") for p in parts)
    for index, part in enumerate(parts):
        rest = (p for p in parts[index + 1 :] if p.kind not in PREPOSITIONS)
        # "working for us since 2015", "who is working in HR since 2010": there since then
        # (hired by then), or hired since then?
        worked = part.kind == "worked" and not _says_employed(part)
        worked = worked and any(p in dated for p in rest)
        headcount = part.value == "headcount" and (dated or by_date) and not hired
        if worked or headcount:
            said = [part.text, *(p.text for p in dated[:1])]
            raise NotUnderstood(said, "employed then, or hired then? only hire dates are recorded")


def _says_employed(part: Part) -> bool:
    """ "staff employed in 2015", "were employed after 2020": taken on then, as it is said in
    Ghana and Nigeria; the only employment date the directory has is the hire date."""
    return part.kind == "worked" and part.text.lower().split()[-1] == "employed"


def _said_since(part: Part) -> bool:
    return part.text.lower().startswith("since ")


HIRE_WORDS = frozenset(
    {"hire", "hired", "hires", "hiring", "joined", "joining", "start", "started"}
)


def _says_hired(part: Part) -> bool:
    """ "by hire year", "per year of hire", "by year joined": a group of hire dates, said so."""
    return not HIRE_WORDS.isdisjoint(part.text.lower().split())


def refuse_negated_pairs(parts: list[Part]) -> None:
    """ "except Sales managers", "except Sales and Marketing managers", "everyone except the
    interns in Marketing": not those people, or only the others in that group?"""
    for index, part in enumerate(parts):
        listed = parts[index + 1 : index + 2]
        if part.kind != "negation" or not listed or listed[0].kind != "value":
            continue
        end = index + 1  # the last value of the list the negation covers
        while end + 2 < len(parts) and parts[end + 1].kind in SEPARATORS:
            if parts[end + 2].kind != "value":
                break
            end += 2
        after = end + 1
        joining = (*PREPOSITIONS, "noun_hires")
        while part.value == "except" and after < len(parts) and parts[after].kind in joining:
            after += 1  # "non-managers in Sales" is clear; "except managers in Sales" is not
        hired = any(p.kind == "noun_hires" for p in parts[end + 1 : after])
        also = ("value", "filter") if hired else ("value",)  # "except interns hired in 2019"
        if after < len(parts) and parts[after].kind in also:
            said = " ".join(p.text for p in parts[index : after + 1])
            raise NotUnderstood([said], f"does '{part.text}' cover both?")


def _in_the_plural(part: Part) -> bool:
    """A name said in the plural ("the Weimanns"): the people who have it."""
    named = part.value
    return isinstance(named, plans.TextFilter) and part.text.lower() != named.value.lower()


def _refuse_joined(part: Part, following: Part) -> None:
    said = f"{part.text} {following.text}"
    among = part.text.lower() == "of the" and _in_the_plural(following)  # "of the Weimanns"
    if part.kind in ("prep_place", "prep_from") and is_person(following) and not among:
        raise NotUnderstood([said], f"{following.text} is only a name in the directory")
    on = part.text.lower() == "on"  # "whose email is on hotmail": the provider, plainly
    if part.kind in ("prep_place", "prep_from") and _is_provider(following) and not on:
        raise NotUnderstood([said], "an employer, or an e-mail provider?")  # "works at Yahoo"
    if part.kind in ("limit_first", "limit_last") and part.value is None and _is_dated(following):
        raise NotUnderstood([said], "a day, or the first hire among them?")  # "the first Friday"
    if _is_tenure(part) and _is_relative_to_person(following):  # "2 years after Ephraim Mann"
        raise NotUnderstood([said], "a time counted from someone's hire date is not supported")
    if _is_last_season(part) and following.kind in ("noun_hires", "noun_hires_plural"):
        raise NotUnderstood([said], "the hires of the last one, or the last hire of any?")
    within = part.kind == "prep_place" and part.text.lower() == "within"
    if within and following.kind in ("key", "limit_bare"):  # "within a year of Blake Green"
        raise NotUnderstood([said], "a time counted from someone's hire date is not supported")


def _is_last_season(part: Part) -> bool:
    """ "last spring", "last March" ("the last spring hire": the latest spring hire, or last
    spring's?)."""
    value = part.value
    return isinstance(value, plans.DateFilter) and value.label.startswith(LAST_PERIODS)


# as `periods.last_season` and `periods._named_month` say them
LAST_PERIODS = tuple(f"last {name} (" for name in (*SEASONS, *MONTH_NAMES[1:]))


def _is_group_of_someone(part: Part) -> bool:
    column, owner = part.value
    return column in ("department", "title") and isinstance(owner, plans.TextFilter)


def refuse_a_bound_that_differs(said: Part, before: list[Part]) -> None:
    """ "after 2015 inclusive" (say "since 2015") and "in 2019, exclusive" (say "after" or
    "before") would change the bound said before; "before 2012 (exclusive)" says it again."""
    bound = [part for part in before if part.kind != "sep_comma"][-1:]
    strict = bool(bound) and is_strict_bound(bound[0])
    words = [f"{bound[0].text} {said.text}" if bound else said.text]
    if said.kind == "inclusive" and strict:
        raise NotUnderstood(words, "say 'since' or 'until' for a bound that is included")
    if said.kind == "exclusive" and not strict:
        raise NotUnderstood(words, "say 'after' or 'before' for a bound that is left out")


def is_strict_bound(part: Part) -> bool:
    condition = part.value
    said = condition.label if isinstance(condition, plans.DateFilter) else ""
    return said.startswith(("after ", "before "))


def _is_dated(part: Part) -> bool:
    return isinstance(part.value, plans.DateFilter | plans.DatePartFilter | plans.SameDayFilter)


def _is_open_start(part: Part) -> bool:
    dated = part.value
    return isinstance(dated, plans.DateFilter) and dated.start is None and not dated.negated


def _is_tenure(part: Part) -> bool:
    return isinstance(part.value, plans.DateFilter) and part.value.label.endswith("of service")


def _starts_a_group(before: Part | None, following: list[Part]) -> bool:
    """ "and people hired in 2019", "and 2019 hires", "and gmail users": a second group of
    another kind ("2016 and 2017 hires" are either year)."""
    if not following or before is None:
        return False
    first, second = following[0], following[1] if len(following) > 1 else None
    if before.kind == "filter" and type(before.value) is type(first.value):
        return False
    plural = second is not None and (
        second.kind == "noun_people" or (second.kind == "noun_hires" and second.value is not None)
    )
    return first.kind == "noun_people" or (first.kind == "filter" and plural)


def _is_relative(part: Part) -> bool:
    """A condition said relative to a named person ("the same department as X")."""
    condition = part.value
    return isinstance(condition, plans.SameDayFilter | plans.SameAsFilter) and bool(
        condition.person
    )


def _is_relative_to_person(part: Part) -> bool:
    condition = part.value
    return isinstance(condition, plans.SameDayFilter) and condition.relation != "same"


# "with name Luna Skiles", "with the surname Kris": a condition on the name, no colleague.
NAME_SAID = ("name ", "the name ", "first name ", "last name ", "surname ", "the surname ")


def refuse_a_colleague(part: Part, following: Part | None) -> None:
    """ "who works with Luna Skiles": them, or the people who work with them?"""
    named = following is not None and following.text.lower().startswith(NAME_SAID)
    if following is not None and is_person(following) and not named:
        said = f"{part.text} {following.text}"
        raise NotUnderstood([said], f"'{said}' could mean them or the people who work with them")


def is_person(part: Part | None) -> bool:
    return (
        part is not None
        and isinstance(part.value, plans.TextFilter)
        and part.value.column in ("full_name", "any_name")
        and part.value.op == "equals"
    )


def is_year_like(part: Part | None) -> bool:
    """A period said with "in" ("in 2020"), not a window up to today ("in the last 30 days":
    from it, during it and since it are the same)."""
    return (
        part is not None
        and part.kind == "filter"
        and isinstance(part.value, plans.DateFilter)
        and part.value.label.startswith(("in ", "on "))  # "on 2019-01-01": a day too
        and not part.value.label.startswith(("in the last ", "in the past "))
    )


def _is_provider(part: Part) -> bool:
    """ "yahoo": a provider named without its domain (not "example.org")."""
    return is_email_part(part) and part.value.op == "contains"


def refuse_from_a_time(part: Part, following: Part | None, before: list[Part]) -> None:
    """ "hired from 2020", "hires from 2019-01-01": during (on) it, or since? asked back; "hires
    from 2020", "Engineering new hires from March 2021" are the hires of that time (a cohort)."""
    if not is_year_like(following):
        return
    assert following is not None
    during, said = following.value.label.split(" ", 1)  # "in 2020", "on 2019-01-01"
    hires_said = bool(before) and before[-1].kind == "noun_hires"
    if during == "in" and hires_said and before[-1].value in ("plural", "new"):
        return  # a day is no cohort: "hires from 2019-01-01" is still asked back
    during = "during" if during == "in" else during
    raise NotUnderstood(
        [f"{part.text} {said}"], f"'{part.text} {said}' could mean {during} {said} or since {said}"
    )
