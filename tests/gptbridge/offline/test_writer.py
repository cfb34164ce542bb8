"""What the writer says of themselves, or of someone they met, around the question."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.writer import (
    as_the_person_met,
    is_own_start,
    without_unsure_spelling,
)

from .conftest import plan_of


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("there's a guy named Kaleb Bayer, what's his title?", "Kaleb Bayer, what's his title?"),
        (
            "i met someone called Shanon yesterday, what team is she in?",
            "Shanon, what team is she in?",
        ),
        ("I know a woman called Retha Toy: what's her email?", "Retha Toy, what's her email?"),
        ("who is in HR?", "who is in HR?"),
        (
            "I met someone called Zoila in the kitchen, could you give me her email?",
            "Zoila, could you give me her email?",
        ),
        (
            "I think there's a colleague named Lenny Wiegand, his email?",
            "Lenny Wiegand, his email?",
        ),
        (  # a team is no place met: left, to be understood or refused
            "I met someone called Zoila in the Sales team, her email?",
            "I met someone called Zoila in the Sales team, her email?",
        ),
    ],
)
def test_someone_met_is_kept_by_name(said: str, kept: str) -> None:
    assert as_the_person_met(said) == kept


def test_the_writers_own_start_unless_the_question_points_back_at_it() -> None:
    assert is_own_start("hi! just started here this week.", "how many people work here?")
    assert not is_own_start("just started this week.", "who else started then?")
    assert not is_own_start("Started 2019.", "how many interns?")  # a condition, not the writer
    assert not is_own_start("did you just start?", "how many interns?")


def test_unsure_of_a_spelling_is_dropped() -> None:
    assert without_unsure_spelling("anyone named Jaden Rohan? (not sure of spelling)") == (
        "anyone named Jaden Rohan?"
    )
    assert without_unsure_spelling("what's jaden rohans email (sp?)") == "what's jaden rohans email"


@pytest.mark.parametrize(
    "question",
    ["how many engineering staff do we have (sorry typo)", "how many engineering staff (sorry)"],
)
def test_the_writers_apology_for_a_slip_asks_for_nothing(question: str) -> None:
    assert plan_of(question) == plan_of("how many engineering staff")


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "I'd like to send a card to Leopold Johnston. What is his email?",
            "Leopold Johnston's email",
        ),
        ("We want to thank Jailyn McClure - when did she join?", "when did Jailyn McClure join"),
        ("my buddy is Leopold Johnston, what's his email?", "Leopold Johnston's email"),
        ("I'm in HR - how many of us are there?", "how many in HR"),
        (
            "we're in the Sales team, how many of us joined in 2020?",
            "how many in Sales joined in 2020",
        ),
    ],
)
def test_someone_the_writer_means_to_reach_is_the_one_asked_about(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_someone_to_reach_with_no_pronoun_after_is_not_kept() -> None:
    """ "..., who is in Sales?" asks about others: the reason for asking is not understood."""
    with pytest.raises(NotUnderstood):
        plan_of("I'd like to send a card to Leopold Johnston, who is in Sales?")


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "The CEO would like to know the number of Interns per department, please.",
            "the number of Interns per department",
        ),
        (
            "Hello, our chairman needs the hire date of Leopold Johnston",
            "Leopold Johnston's hire date",
        ),
        ("The CEO would like to compare headcount between Sales and HR", "compare Sales and HR"),
        (
            "For the roles slide, the CEO would like the share of each title",
            "the share of each title",
        ),
        (
            "The CEO has a call this afternoon and would like to know how many are in HR",
            "how many are in HR",
        ),
        (
            "Could you tell me how many Interns there are? The CEO wants it for the board deck.",
            "how many Interns",
        ),
        (
            "The CEO would like to congratulate Leopold Johnston on his work; may I ask what his "
            "title is?",
            "Leopold Johnston's title",
        ),
        (
            "Hello, the CEO needs the hire date of Leopold Johnston for a speech, please.",
            "Leopold Johnston's hire date",
        ),
    ],
)
def test_someone_the_writer_asks_for_is_as_the_writer(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "said",
    [
        "How many Interns? The CEO wants the permanent ones.",  # the remark says more
        "How many Interns? The CEO asked me to check before 2020.",
    ],
)
def test_someone_asking_who_says_more_keeps_the_question_refused(said: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        plan_of(said)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "how many people work in HR? My friend Doris used to work in HR years ago so I am "
            "curious.",
            "how many people work in HR",
        ),
        (
            "How many interns are there? I was an intern once myself back in 1962 ha ha.",
            "how many interns",
        ),
        (
            "How many Managers work in Marketing? My sister was a marketing manager for 30 years.",
            "how many managers in marketing",
        ),
        (
            "What percentage of Engineering staff are Interns? Hopefully they're learning a lot.",
            "what percentage of Engineering staff are Interns",
        ),
    ],
)
def test_a_remark_after_the_question_asks_for_nothing(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "How many people in HR? My friend is in Sales.",  # another group
        "How many employees? I was thinking of Engineering.",
        "How many people were hired in Sales? I was hired in 2015 only.",
        "How many interns? It's just the ones in Sales.",
        "How many in HR? They're all part-timers.",
        "How many in HR? My boss said to exclude interns.",
        "How many in HR? That was the year 2020.",
        "Who is the newest hire? My friend Doris earns a lot.",
        "How many people in HR? My daughter needs their names.",
    ],
)
def test_a_remark_that_names_narrows_or_asks_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how many in my team - I run Product", "how many in Product"),
        ("I lead Sales: who in my team joined in 2023?", "who in Sales joined in 2023"),
        ("how many interns are in my team (I manage the HR team)", "how many interns in HR"),
        ("hi! first day here :) how many people work here altogether?", "how many people"),
    ],
)
def test_the_writers_own_team_and_start(question: str, plainly: str) -> None:
    assert plan_of(question) == plan_of(plainly)


def test_a_remark_of_what_the_writer_has_to_do_asks_nothing() -> None:
    said = "What's Leopold Johnston's email, eh? Gotta send him a toque."
    assert plan_of(said) == plan_of("What's Leopold Johnston's email?")
