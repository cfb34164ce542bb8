"""The offline engine: answers the directory's common questions with no model and no network.

Deterministic and explainable: words -> lexemes (`lexer.py`) -> every parse of the grammar
(`grammar.lark`, `parser.py`) -> parts (`meaning.py`) -> one `QueryPlan` (`assemble.py`,
`shapes.py`) -> SQL built with sqlglot (`render.py`) and an answer written from the rows
(`narrate.py`). A question is answered only when some reading uses every word and all readings
that do mean the same thing; otherwise it is refused with the words that were not understood."""

import datetime as dt
import logging
import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from functools import partial

from gptbridge.domain import ComposeContext, Composition, Dialect, Narration, QueryResult
from gptbridge.engines.base import EnginePolicy

# Imported to register their handlers: the date phrases, anniversaries, relations to a person.
from gptbridge.engines.offline import anniversaries, periods, relations  # noqa: F401
from gptbridge.engines.offline.as_of import (
    refuse_a_period_after_today,
    without_the_year_restated,
    without_today_restated,
)
from gptbridge.engines.offline.asides import without_asides
from gptbridge.engines.offline.bounds import bounded, on_time, remembered
from gptbridge.engines.offline.claims import checked, claimed
from gptbridge.engines.offline.closed_periods import (
    every_count,
    fewest_of_every_period,
    fewest_said,
)
from gptbridge.engines.offline.corrections import (
    as_corrected,
    meant_in_place,
    split_at_the_correction,
)
from gptbridge.engines.offline.courtesy import (
    without_a_sign_off,
    without_an_addressee_last,
    without_an_unknown_greeting,
    without_doubt_about_how_many,
)
from gptbridge.engines.offline.dictated import as_punctuated
from gptbridge.engines.offline.english import other_language
from gptbridge.engines.offline.introductions import on_its_own, with_the_asker_named
from gptbridge.engines.offline.lexer import OutOfData, check_topics, readings
from gptbridge.engines.offline.lexicon import lexicon
from gptbridge.engines.offline.meaning import Context, NotUnderstood, NotUsed, parts_of
from gptbridge.engines.offline.names import DirectoryNames, directory_names
from gptbridge.engines.offline.narrate import describe_plan, narrate_rows
from gptbridge.engines.offline.parser import NoParse, parse
from gptbridge.engines.offline.plan import PeopleList, QueryPlan
from gptbridge.engines.offline.readings import refuse_a_period_restated_otherwise
from gptbridge.engines.offline.records import as_a_record, record_refusal, without_a_record
from gptbridge.engines.offline.render import render_sql
from gptbridge.engines.offline.result_columns import MATCHING_ALIAS
from gptbridge.engines.offline.said_twice import said_again_as_a_noun_phrase as restated
from gptbridge.engines.offline.said_twice import said_twice, the_same_said_again
from gptbridge.engines.offline.several_named import (
    refuse_else_of_the_named,
    refuse_one_of_several,
    refuse_one_unnamed,
)
from gptbridge.engines.offline.shapes import build_plan
from gptbridge.engines.offline.spoken import as_written
from gptbridge.engines.offline.spoken_dates import refuse_a_month_then_one
from gptbridge.engines.offline.subject import names_as_stored
from gptbridge.engines.offline.tokens import Lexeme, Reason, tokenize, without_pictographs
from gptbridge.engines.offline.words import CAPABILITIES, CAPABILITY_EXAMPLES, REFUSED_AS_SAID
from gptbridge.engines.offline.yes_or_no import refuse_a_yes_or_no_about_an_extreme, said_yes_or_no
from gptbridge.errors import Unanswerable
from gptbridge.schema import Column, describe_directory

logger = logging.getLogger(__name__)
# A bug in reading one parse of an untrusted question: refused and logged, never a 500.
READING_BUGS = (AssertionError, LookupError, TypeError, ValueError, AttributeError)


class OfflineEngine:
    name = "offline"
    policy = EnginePolicy()  # one attempt, no network, no model, nothing worth retrying

    def compose(self, question: str, context: ComposeContext) -> Composition:
        if HELP_ASKED.match(question):
            raise Unanswerable(help_message(context.dialect))
        try:
            plan = parse_question(question, today=context.today, names=directory_names)
        except OutOfData as exc:
            raise Unanswerable(out_of_data_message(exc)) from None
        except NotUnderstood as exc:
            language = other_language(re.findall(r"[^\W\d_]+", question))
            message = refusal_message(exc) if language is None else language_message(*language)
            raise Unanswerable(message) from None
        except READING_BUGS:  # in a rewrite before any reading: refused, never a 500
            logger.exception("offline engine: reading %r failed a check", question)
            failed = NotUnderstood([], "please put it more simply")
            raise Unanswerable(refusal_message(failed)) from None
        return Composition(
            sql=render_sql(_as_queried(plan), context.dialect),
            plan=plan,
            narration_only=(MATCHING_ALIAS,),
        )

    def narrate(self, question: str, composition: Composition, result: QueryResult) -> Narration:
        plan = composition.plan
        if not isinstance(plan, QueryPlan):
            raise TypeError("the offline engine narrates only its own compositions")
        plan = names_as_stored(plan, result.rows)  # "named dave tromp": Dave Tromp
        if fewest_of_every_period(plan):
            text = fewest_said(plan, result.rows)
        else:
            text = narrate_rows(plan, result)
        return Narration(text=said_yes_or_no(question, plan, result.rows, text))


def _as_queried(plan: QueryPlan) -> QueryPlan:
    """The plan the query is rendered from: the fewest per period asks for every count."""
    return every_count(plan) if fewest_of_every_period(plan) else plan


@bounded
def parse_question(
    question: str, *, today: dt.date, names: Callable[[], DirectoryNames]
) -> QueryPlan:
    """The one plan every complete reading of the question agrees on, or NotUnderstood."""

    read = remembered(lambda text: readings(tokenize(as_written(text)), lexicon(), names))
    question = on_its_own(as_punctuated(question))  # "... question mark": "...?"
    question = without_the_year_restated(question, today)  # "next year (2027)"
    claim = claimed(question)  # "is the average tenure in Sales more than 10 years?"
    if claim is not None:
        return checked(claim, parse_question(claim.asked, today=today, names=names))
    try:
        meant = as_corrected(question)  # "..., sorry, I mean ...": only what was meant is read
    except NotUnderstood as in_part:  # "..., I mean Customer Service, ...": meant in place
        alone = partial(parse_question, today=today, names=names)
        return meant_in_place(*split_at_the_correction(question), in_part, alone)
    if meant is not None:
        return parse_question(meant, today=today, names=names)
    splits = said_twice(question)  # "..., i.e. ...": each way read on its own
    ways = [
        (first, again)
        for first_said, again in splits
        if (first := _first_way(first_said, today, names)) is not None
    ]
    if not ways:  # "permanent staff (i.e. not interns)": a definition
        return _as_asked_or_meant_in_place(question, splits, today, names, read)
    refusals: list[NotUnderstood] = []
    for first, again_said in ways:
        again = partial(parse_question, again_said, today=today, names=names)
        try:
            return the_same_said_again(first, again, again_said, today)
        except NotUnderstood as otherwise:
            refusals.append(otherwise)
    try:
        whole = _as_asked(question, today, names, read)
    except NotUnderstood as refused:
        raise (refused if refused.reason else refusals[-1]) from None  # the more telling reason
    if whole != first:  # read whole, what was said again added to it: refused
        raise refusals[-1]
    return whole  # "on a weekend, i.e. a Saturday or a Sunday": the whole reads it as said


def _as_asked_or_meant_in_place(
    question: str,
    splits: list[tuple[str, str]],
    today: dt.date,
    names: Callable[[], DirectoryNames],
    read: Callable[[str], list[list[Lexeme]]],
) -> QueryPlan:
    """The question read whole; else what was said again in place of what was not understood
    ("Who is the most senior, i.e. the one hired first?"), or as a noun phrase after it."""
    try:
        return _as_asked(question, today, names, read)
    except NotUnderstood as whole:
        alone = partial(parse_question, today=today, names=names)
        for said, again in splits:
            with suppress(NotUnderstood, OutOfData):  # "regular staff (i.e. Managers)": no
                return meant_in_place(said, again, whole, alone, topics=False)
        return restated(question, whole, alone)


def _first_way(said: str, today: dt.date, names: Callable[[], DirectoryNames]) -> QueryPlan | None:
    try:
        return parse_question(said, today=today, names=names)
    except NotUnderstood:
        return None


def _as_asked(
    question: str,
    today: dt.date,
    names: Callable[[], DirectoryNames],
    read: Callable[[str], list[list[Lexeme]]],
) -> QueryPlan:
    question = without_a_sign_off(without_pictographs(question))  # "... Yours faithfully, E. P."
    question = without_doubt_about_how_many(question)  # "...? (there might be several)"
    question = without_an_addressee_last(question, names)  # "..., Sarah?"
    question = without_an_unknown_greeting(question, read, names)  # "kia ora, ..."
    question = with_the_asker_named(without_today_restated(question, today, read), read, names)
    question, record = without_a_record(question)
    try:
        plan = _the_one_plan(question, today, names, read)
    except NotUnderstood:
        if record is not None:  # what it was asked of is not understood: the record asked back
            raise record_refusal(record) from None
        raise
    return plan if record is None else as_a_record(plan, record)


def _the_one_plan(
    question: str,
    today: dt.date,
    names: Callable[[], DirectoryNames],
    read: Callable[[str], list[list[Lexeme]]],
) -> QueryPlan:
    words = tokenize(as_written(without_asides(question, read)))
    plans: dict[QueryPlan, list[Lexeme]] = {}
    failures: list[Exception] = []
    found, topic = _without_topics(readings(words, lexicon(), names))
    for lexemes in found:
        try:
            trees = parse(on_time(lexemes))
        except NoParse as exc:
            failures.append(exc)
            continue
        context = Context(today, lexemes)
        for tree in trees:
            try:
                plans.setdefault(build_plan(parts_of(tree, context), today), lexemes)
            except (NotUsed, NotUnderstood) as exc:
                failures.append(exc)
            except READING_BUGS:  # a reading the engine's own code fails on: never an answer
                logger.exception("offline engine: a reading of %r failed a check", question)
                failures.append(NotUnderstood([], ""))
    plans = _names_first_preferred(_every_column_preferred(_corrected_names_preferred(plans)))
    if len(plans) == 1:
        plan, lexemes = next(iter(plans.items()))
        for refuse in (refuse_a_period_restated_otherwise, refuse_a_yes_or_no_about_an_extreme):
            refuse(question, plan)
        refuse_a_month_then_one(question)
        refuse_a_period_after_today(plan, today)
        plan = anniversaries.anniversaries_so_far(question, plan, today)
        refuse_one_of_several(plan, lexemes, names())
        refuse_else_of_the_named(plan, lexemes)
        refuse_one_unnamed(question, plan)
        return plan
    if plans:
        readings_said = " or ".join(f"'{describe_plan(plan)}'" for plan in list(plans)[:3])
        raise NotUnderstood(
            _differing_words(list(plans.values())), f"it could mean {readings_said}"
        )
    if topic is not None:
        raise topic
    raise _best_failure(failures)


# Said before a text, these take it as typed: "last name starts with Schmid" is no "Schmidt".
TEXT_OPERATIONS = frozenset({"starts with", "ends with", "contains"})


def _corrected_names_preferred(
    plans: dict[QueryPlan, list[Lexeme]],
) -> dict[QueryPlan, list[Lexeme]]:
    """ "people with last name runolfsdotir": the directory's Runolfsdottir, one letter off,
    rather than a name no one has; a text compared by its start, end or part stays as typed."""
    corrected = {
        lexeme.text
        for lexemes in plans.values()
        for lexeme in lexemes
        if lexeme.terminal == "NAME" and lexeme.corrected
    }
    if len(plans) < 2 or not corrected:
        return plans
    kept = {
        plan: lexemes
        for plan, lexemes in plans.items()
        if not any(_typed_as_is(lexemes, index, corrected) for index in range(len(lexemes)))
    }
    if len({render_sql(plan, "sqlite") for plan in kept}) == 1:  # said as typed, or as stored
        spelled = [plan for plan in kept if not corrected & set(describe_plan(plan).split('"'))]
        return {plan: kept[plan] for plan in spelled[:1]} or dict(list(kept.items())[:1])
    return kept or plans


def _every_column_preferred(
    plans: dict[QueryPlan, list[Lexeme]],
) -> dict[QueryPlan, list[Lexeme]]:
    """ "got anyone name Cassandra": the same people, with every column or with their names
    only; every column shows what either reading asks for."""
    if len(plans) != 2:
        return plans
    shown = {plan: _as_listed_whole(plan) for plan in plans}
    whole = [plan for plan in plans if shown[plan] == plan]
    if len(set(shown.values())) == 1 and len(whole) == 1:
        return {whole[0]: plans[whole[0]]}
    return plans


def _names_first_preferred(
    plans: dict[QueryPlan, list[Lexeme]],
) -> dict[QueryPlan, list[Lexeme]]:
    """ "title and department for everybody name Pete": "name" read as a column or with "Pete"
    lists the same columns in another order; the names first, as every list shows them."""
    if len(plans) != 2 or len({_columns_unordered(plan) for plan in plans}) != 1:
        return plans
    first = min(plans, key=_where_the_name_is)
    return {first: plans[first]}


def _columns_unordered(plan: QueryPlan) -> QueryPlan:
    shape = plan.shape
    if not isinstance(shape, PeopleList) or shape.fields is None:
        return plan
    return replace(plan, shape=replace(shape, fields=tuple(sorted(shape.fields))))


def _where_the_name_is(plan: QueryPlan) -> int:
    fields = plan.shape.fields if isinstance(plan.shape, PeopleList) else None
    return fields.index("first_name") if fields and "first_name" in fields else len(fields or ())


def _as_listed_whole(plan: QueryPlan) -> QueryPlan:
    shape = plan.shape
    if not isinstance(shape, PeopleList) or shape.fields is None:
        return plan
    return replace(plan, shape=replace(shape, fields=None))


def _typed_as_is(lexemes: list[Lexeme], index: int, corrected: set[str]) -> bool:
    lexeme, before = lexemes[index], lexemes[index - 1] if index else None
    compared = before is not None and before.terminal == "KW" and before.payload in TEXT_OPERATIONS
    return lexeme.terminal == "WORD" and lexeme.text in corrected and not compared


def _without_topics(
    found: list[list[Lexeme]],
) -> tuple[list[list[Lexeme]], OutOfData | None]:
    """The readings that ask about nothing the directory lacks, and the first topic one that
    does: it is the refusal unless another reading is understood ("Gay Lakin" is a person)."""
    kept: list[list[Lexeme]] = []
    refusal: OutOfData | None = None
    for lexemes in found:
        try:
            check_topics(lexemes)
        except OutOfData as exc:
            refusal = refusal or exc
            continue
        kept.append(lexemes)
    return kept, refusal


def _differing_words(readings_used: list[list[Lexeme]]) -> list[str]:
    """The words read differently by the readings that disagree ("June": month or name)."""
    first = readings_used[0]
    differing = {
        lexeme.text
        for other in readings_used[1:]
        for lexeme, other_lexeme in zip(first, other, strict=False)
        if lexeme != other_lexeme
    }
    return [lexeme.text for lexeme in first if lexeme.text in differing]


def _best_failure(failures: list[Exception]) -> NotUnderstood:
    for failure in failures:
        if isinstance(failure, NotUnderstood) and failure.reason:
            return failure
    unparsed = [failure for failure in failures if isinstance(failure, NoParse)]
    if unparsed:
        first = min(unparsed, key=lambda failure: failure.position)
        if first.lexeme is None:
            return NotUnderstood([], "there is no question to answer")
        return NotUnderstood([first.lexeme.text], _no_such_value(first))
    for failure in failures:
        if isinstance(failure, NotUnderstood):
            return failure
        if isinstance(failure, NotUsed):
            return NotUnderstood([failure.text])
    return NotUnderstood([], "there is no question to answer")


def _no_such_value(failure: NoParse) -> str:
    """ "the IT department", "the legal team": a value the directory does not have."""
    said, following = failure.lexeme, failure.following
    if said is not None and isinstance(said.payload, Reason):  # "been a manager"
        return str(said.payload)
    unknown = said is not None and said.terminal in ("WORD", "UNKNOWN")
    if not unknown or following is None or following.terminal != "FIELD":
        return ""
    columns = describe_directory("sqlite").columns
    column = next((c for c in columns if c.name == following.payload), None)
    if column is None or not column.allowed_values:  # "hyphenated names": no values to name
        return ""
    known = ", ".join(column.allowed_values)
    return f"there is no such {column.name}; the {column.name}s are {known}"


def out_of_data_message(exc: OutOfData) -> str:
    if exc.topic in REFUSED_AS_SAID:  # a change, or a use against the people in it
        return REFUSED_AS_SAID[exc.topic].format(text=exc.text)
    return (
        f"The directory does not record {exc.topic} ('{exc.text}'): it holds each employee's "
        "name, e-mail, department, title and hire date only, so this cannot be answered from it."
    )


# What the service can answer, asked of it: "help", "what can you do?", "what data do you have?"
HELP_ASKED = re.compile(
    r"^\W*(?:help|what\s+can\s+(?:you|i)\s+(?:do|ask(?:\s+you)?)|how\s+does\s+this\s+work"
    r"|what\s+(?:data|information|info|columns|fields)\s+(?:do\s+you\s+have|are\s+there"
    r"|can\s+i\s+(?:ask\s+about|search(?:\s+by)?)|does\s+the\s+directory\s+(?:have|hold))"
    r"(?:\s+about\s+(?:employees|people|staff))?)\W*$",
    re.IGNORECASE,
)


# "about people by department or title; ...: for example "how many interns are in Sales", ..."
WHAT_CAN_BE_ASKED = f"about {'; '.join(CAPABILITIES)}: for example " + ", ".join(
    f'"{example}"' for example in CAPABILITY_EXAMPLES
)


def help_message(dialect: Dialect) -> str:
    """The directory's columns and choices, and what the offline engine answers about them."""
    held = [
        said for column in describe_directory(dialect).columns if (said := _column_said(column))
    ]
    return (
        f"I answer questions about the employee directory, which holds each employee's "
        f"{', '.join(held[:-1])} and {held[-1]}. Ask {WHAT_CAN_BE_ASKED}. Nothing else is "
        "recorded (no pay, managers, ages or contact details beyond the e-mail), and nothing can "
        "be changed through a question."
    )


def _column_said(column: Column) -> str:
    if column.name == "id":
        return ""
    said = column.name.replace("_", " ").replace("email", "e-mail")
    return f"{said} ({', '.join(column.allowed_values)})" if column.allowed_values else said


def language_message(language: str, words: list[str]) -> str:
    said = ", ".join(f"'{word}'" for word in words[:3])
    return (
        f"The offline engine reads questions in English only, and this one looks like {language} "
        f'({said}). Ask it in English, for example "how many employees are in Sales"; a '
        "model-backed engine, where the operator has set one up, reads other languages too."
    )


def refusal_message(exc: NotUnderstood) -> str:
    """What was not understood, what can be asked instead, and how to get a model."""
    words = ", ".join(f"'{word}'" for word in exc.words)
    if exc.reason and words:
        problem = f"I could not interpret {words} in this question ({exc.reason})."
    elif exc.reason:
        problem = f"I could not interpret this question: {exc.reason}."
    else:
        problem = f"I could not interpret {words} in this question."
    return (
        f"{problem} Rather than guess, the offline engine answers only questions it fully "
        f"understands, {WHAT_CAN_BE_ASKED}. A model-backed engine, where the operator has set "
        "one up, answers more."
    )
