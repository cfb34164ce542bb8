"""Courtesies around a question: greetings, formulas of thanks and wishes, requests to the
reader and the writer's own sentences are dropped only when nothing in them asks anything.

Each case compares with the question asked plainly: the same plan, or a refusal when a
courteous sentence says something the engine must not ignore.
"""

import datetime as dt

import pytest

from gptbridge.engines.offline.engine import parse_question
from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import QueryPlan

from .conftest import plan_of

TODAY = dt.date(2024, 1, 15)
NAMES = DirectoryNames(
    first=frozenset({"kathryn", "june", "mark"}), last=frozenset({"whyte", "smith", "board"})
)


def parse(question: str) -> QueryPlan:
    return parse_question(question, today=TODAY, names=lambda: NAMES)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        # greetings and salutations
        ("Dear helper, how many engineers do we have?", "how many engineers"),
        ("Dear directory team, who works in HR?", "who works in HR"),
        ("Good day! Who works in HR?", "who works in HR"),
        # formulas: an opening, then only courtesy words
        ("How many managers are there? Many thanks.", "how many managers"),
        ("Who works in HR? Thank you very much in advance for your help!", "who works in HR"),
        ("How many interns are there? Have a lovely weekend!", "how many interns"),
        ("Hope all is well. How many interns are there?", "how many interns"),
        ("Apologies for the trouble. Who are the presidents?", "who are the presidents"),
        ("Who works in HR? No rush, whenever you get a chance.", "who works in HR"),
        ("Who works in HR? Much appreciated. Best wishes, Tom", "who works in HR"),
        ("Who works in HR? Kind regards, Margaret Ellis", "who works in HR"),
        # a request to the reader, before the question word or the verb that asks
        ("Would you be so kind as to list the interns?", "list the interns"),
        ("Would you mind telling me how many contractors there are?", "how many contractors"),
        ("Might I ask how many associates work in Sales?", "how many associates in Sales"),
        ("Could you possibly send me the interns in Sales?", "interns in Sales"),
        ("Can you check whether Kathryn Whyte is in HR?", "is Kathryn Whyte in HR"),
        # the writer's own sentences: unknown words, but nothing that asks or names
        ("I was hoping to find out who joined in 2020.", "who joined in 2020"),
        ("I need to order welcome mugs. How many people joined in 2020?", "how many hired in 2020"),
        ("We are printing name badges for the open day. Who works in HR?", "who works in HR"),
        ("I'm arranging the summer barbecue. Who works in HR?", "who works in HR"),
        ("I am organising the Christmas party. How many interns?", "how many interns"),
        ("I'm new here and still finding my way around. Who is in HR?", "who is in HR"),
        ("I would be grateful if you could tell me how many interns we have.", "how many interns"),
        ("Who works in HR? I appreciate your help.", "who works in HR"),
        ("We're planning the Christmas party. How many interns?", "how many interns"),
        ("I'm sending out anniversary cards. Who works in HR?", "who works in HR"),
        ("Would it be possible to see who joined in 2020?", "who joined in 2020"),
        ("Is it possible to get the number of interns?", "the number of interns"),
        ("Hey, hope your week is going well. Who works in HR?", "who works in HR"),
        ("Sorry to bug you again, who works in HR?", "who works in HR"),
        ("Apologies if this has been asked before. Who works in HR?", "who works in HR"),
        (
            "Hello there, I am arranging the holiday lunch. Could you tell me how many people "
            "are in HR? Kind regards, Margaret",
            "how many people are in HR",
        ),
        # chatty lead-ins and remarks: formulas, or the writer's own words
        (
            "Hey there, hope this isn't too much trouble — how many interns do we have? "
            "Thanks ever so much!",
            "how many interns do we have",
        ),
        (
            "Hello! Sorry if this is obvious, but who works in HR? Thanks a million!",
            "who works in HR",
        ),
        (
            "Hey! Not sure if you can do this but could you tell me who works in HR?",
            "who works in HR",
        ),
        ("Hi! Just wondering, and no rush at all — who works in HR?", "who works in HR"),
        (
            "Hi, hope this makes sense — who works in HR? Someone said it's a lot.",
            "who works in HR",
        ),
        (
            "Hi, sorry for the long-winded question but I'm trying to understand the org — "
            "who works in HR?",
            "who works in HR",
        ),
        ("Who works in HR? I've got a meeting with him later, thanks!", "who works in HR"),
        ("Who works in HR? I got a message from her and wasn't sure.", "who works in HR"),
        ("Who works in HR? I think I'll be working with one of them soon.", "who works in HR"),
        ("Out of curiosity, who works in HR? Thanks, you're a star!", "who works in HR"),
        ("Hi! I'm putting together a welcome card — who works in HR?", "who works in HR"),
    ],
)
def test_a_courtesy_that_asks_nothing_is_dropped(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize(
    "question",
    [
        # a value, a name, a date, a number, a column or data the directory lacks
        "How many engineers are there? I also need their salaries.",
        "Who works in Sales? I need the managers.",
        "Who works in Sales? We want only the ones hired after 2020.",
        "I need 20 of them. Who works in HR?",
        "I'm writing to Kathryn Whyte. Who works in HR?",
        "We need their phone numbers. Who works in HR?",
        "I joined in March 2020. Who else started then?",
        "I'm writing the summer report. Who joined in 2020?",  # may say when
        # a capitalised word may be a place or a team
        "I'm in the London office. How many engineers do we have?",
        "I run the Platform team. How many engineers do we have?",
        "We're in the Berlin office. How many engineers do we have?",  # "We're" is one word
        # a question word, a negation or an instruction
        "How many engineers are there? I don't need interns.",
        "I need to order them by date. Who joined in 2020?",
        "I'd like you to ignore the interns. How many people are there?",
        "We are counting everyone twice. Who works in HR?",
        "Who works in HR? I don't need all of them.",
        "Who works in HR? Someone said it's 2019.",
        "Who works in HR? I'm putting a list together.",  # pooled?
        "Who works in HR? I'll be working with Mark.",  # a name
        "Who works in HR? Thanks, last one in 2020 only.",
        # a formula that goes on past courtesy, or names a time on its own
        "Who joined? Thanks, this week.",
        "Who works in HR? Many thanks, interns only.",
        # nothing but courtesies: no question left
        "Thank you! Have a great day.",
        "Best wishes, Tom",
    ],
)
def test_a_courtesy_that_says_something_keeps_the_question_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        parse(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Dear Sir or Madam, Could you kindly inform me how many Interns there are in the "
            "Engineering department? Yours faithfully, E. Pembroke",
            "how many interns in engineering",
        ),
        (
            "I would be most grateful if you could kindly inform me how many people were hired "
            "in 2015. Yours faithfully, Mrs. Edith Pembroke",
            "how many hired in 2015",
        ),
        (
            "I would be most grateful if you could kindly inform me of the earliest hire date "
            "in the HR department. With kind regards, E. Pembroke",
            "the earliest hire date in HR",
        ),
        ("how many interns? With many thanks, E. P.", "how many interns"),
        ("how many interns? Kindest regards", "how many interns"),
    ],
)
def test_a_letters_closing_says_nothing_of_the_question(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


def test_the_readers_own_is_not_the_company() -> None:
    """ "your staff" is the company's; "your name" is the reader's, and refused."""
    assert parse("what percentage of your staff are interns") == parse(
        "what percentage of staff are interns"
    )
    with pytest.raises(NotUnderstood):
        parse("what is your name")


@pytest.mark.parametrize(
    "question",
    [
        "Alexa, how many interns are in Sales",
        "Alexa ask the directory how many interns are in Sales",
        "Hey Google, how many interns are in Sales?",
        "ask the directory how many interns are in Sales",
        "Sarah, how many interns are in Sales?",  # no one here is named Sarah: whom it is said to
        "hey bot how many interns are in Sales",  # a chat bot, greeted
        "@directory how many interns are in Sales",  # or mentioned
        "@hrbot, how many interns are in Sales?",
        "isa can you tell me how many interns are in Sales",  # a word before the question
        "Bula, how many interns are in Sales, vinaka",  # Fijian: hello, thanks
    ],
)
def test_whom_the_question_is_said_to_is_no_condition(question: str) -> None:
    assert parse(question) == parse("how many interns are in Sales")


def test_a_department_before_a_comma_is_still_a_condition() -> None:
    assert parse("Sales, how many interns?") == parse("in Sales how many interns")


@pytest.mark.parametrize(
    "question",
    [
        "how many interns are in Sales, Sarah?",  # no one here is named Sarah
        "how many interns are in Sales, asante",  # Swahili: thanks
    ],
)
def test_whom_the_question_is_said_to_last_is_no_condition(question: str) -> None:
    assert parse(question) == parse("how many interns are in Sales")


def test_a_name_someone_here_has_said_last_is_not_dropped() -> None:
    # "..., Smith": someone here is a Smith, so it stays for the grammar to read
    assert parse("how many interns are in Sales, Smith") != parse("how many interns in Sales")


@pytest.mark.parametrize(
    "question",
    [
        "kia ora, how many interns are in Sales?",  # Maori: two words, each some name elsewhere
        "Hola amigos, how many interns are in Sales?",  # words the directory knows nothing of
        "Góðan dag, how many interns are in Sales?",
        "Namaste - how many interns are in Sales?",
        "Merhaba! how many interns are in Sales?",
    ],
)
def test_a_greeting_in_unknown_words_is_no_name(question: str) -> None:
    assert parse(question) == parse("how many interns are in Sales")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Mark Smith, what is his title?", "what is Mark Smith's title"),  # someone here
        ("Maria Garcia, what's her email?", "what is Maria Garcia's email"),  # asks of her
        ("Maria Garcia, what is the email?", "what is Maria Garcia's email"),  # no condition
    ],
)
def test_a_person_said_first_is_still_asked_about(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


def test_an_english_word_said_first_is_no_greeting() -> None:
    with pytest.raises((NotUnderstood, OutOfData)):  # which interns? not all of them
        parse("Unpaid, how many interns are in Sales?")


@pytest.mark.parametrize(
    "question",
    [
        "who are the interns in Sales? (there might be several)",
        "who are the interns in Sales? Or are there more than one?",
        "who are the interns in Sales, there might be more than one lol",
    ],
)
def test_a_doubt_about_how_many_changes_nothing(question: str) -> None:
    assert parse(question) == parse("who are the interns in Sales")


def test_more_than_one_asked_is_still_asked() -> None:
    assert parse("are there more than one intern in Sales") != parse("interns in Sales")


@pytest.mark.parametrize(
    "said",
    [
        "Sharp sharp, how many staff were hired in 2020?",  # a name filter on "Sharp" found none
        "Sharp, how many staff were hired in 2020?",
    ],
)
def test_a_capitalised_name_said_first_is_an_addressee(said: str) -> None:
    assert parse(said) == parse("how many staff were hired in 2020")


def test_please_revert_on_same_closes_the_question() -> None:
    said = "How many resources joined in year 2015, please revert on same."
    assert parse(said) == parse("how many joined in 2015")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many interns have we got la", "how many interns"),
        ("Which department is Kathryn Whyte in, la?", "Which department is Kathryn Whyte in?"),
        ("How many are in Engineering, boss?", "how many in Engineering"),
        ("how many departments have we got our kid", "how many departments"),
        (
            "How many Contractors in Marketing? Same to be shared at the earliest.",
            "how many Contractors in Marketing",
        ),
    ],
)
def test_a_word_for_whoever_answers_said_last_asks_nothing(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize("question", ["how many people in la", "who is June Smith's boss"])
def test_a_place_or_a_boss_asked_of_is_still_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        parse(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Ey up, how many folk have we got on the books altogether?", "how many employees"),
        ("Can tha tell me how many interns we've got?", "how many interns"),
        ("How many in HR then?", "how many in HR"),
    ],
)
def test_yorkshire_words_ask_nothing(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


def test_then_after_a_hire_word_is_kept_and_refused() -> None:
    with pytest.raises(NotUnderstood):
        parse("who was hired first and who was hired then")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "I'm preparing a welcome letter. Who is the most recently hired employee?",
            "Who is the most recently hired employee?",
        ),
        (
            "We're checking email providers. How many employees have a yahoo.com email?",
            "How many employees have a yahoo.com email?",
        ),
        (
            "I'm comparing departments. Does Accounting have more employees than HR?",
            "Does Accounting have more employees than HR?",
        ),
    ],
)
def test_the_writers_work_said_first_asks_for_nothing(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "I'm checking the interns. How many are in Sales?",  # a value: which interns?
        "We're reviewing last year. How many were hired?",  # a period
        "I'm preparing a letter for Sales. How many interns?",  # a capitalised name
    ],
)
def test_the_writers_work_that_names_a_condition_is_kept(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of(question)
