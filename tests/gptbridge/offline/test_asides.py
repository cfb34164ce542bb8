"""Asides around a question: dropped only when set off, said like a remark and naming nothing.

Each case compares with the question asked without the aside: the same plan, or the same
refusal when the aside says something the engine must not ignore.
"""

import datetime as dt

import pytest

from gptbridge.engines.offline.engine import parse_question
from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import QueryPlan

TODAY = dt.date(2024, 1, 15)
NAMES = DirectoryNames(
    first=frozenset({"kathryn", "june", "mark"}), last=frozenset({"whyte", "smith", "board"})
)


def parse(question: str) -> QueryPlan:
    return parse_question(question, today=TODAY, names=lambda: NAMES)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        # lead-ins before ':', ' - ' or ','
        ("For the slide, how many people per department?", "how many people per department"),
        ("For the board deck: who was hired in 2020?", "who was hired in 2020"),
        ("I'm new here - who works in HR?", "who works in HR"),
        ("Hi! I'm new here \u2013 who works in HR?", "who works in HR"),
        ("Quick question: how many engineers?", "how many engineers"),
        ("Ahead of the offsite: who was hired in 2020? Thanks!", "who was hired in 2020"),
        # a sign-off with a name, a question pointing back at the one before
        ("Who are the managers in Sales? Regards, Ankit", "who are the managers in Sales"),
        ("who are the managers in Sales, thanks Priya Nair", "who are the managers in Sales"),
        ("Good morning, who are the interns? Kind regards, Ola", "who are the interns"),
        ("Last hire in Sales, who is it?", "the last hire in Sales"),
        ("Sorry if this is a silly question, but who works in HR?", "who works in HR"),
        ("How many interns are there, if you don't mind me asking?", "how many interns"),
        # why it is asked, in the first person: unknown words, but none says who
        ("Who was hired in 2015? Just trying to get a feel for things.", "hired in 2015"),
        ("Who works in HR? I want to line them up with mentors.", "who works in HR"),
        ("Who works in HR, I need to invite them to a budget meeting.", "who works in HR"),
        ("I need to plan onboarding capacity: how many interns?", "how many interns"),
        ("Mark Smith's email? Need to loop him in on the planning doc.", "Mark Smith's email"),
        # before the first question word
        ("The CEO asked how many engineers we have", "how many engineers"),
        ("The CFO wants to know who works in HR.", "who works in HR"),
        # remarks after the question
        ("How many presidents do we have? That seems like a lot.", "how many presidents"),
        ("how many presidents do we have?? seems too many", "how many presidents"),
        ("How many presidents do we have? It seems high.", "how many presidents"),
        ("Who works in HR? Thanks!", "who works in HR"),
        ("Who works in HR? I'm writing a welcome card.", "who works in HR"),
        # a closing clause
        ("Headcount by department, so I can build a pie chart", "headcount by department"),
        ("Headcount by department, for my presentation?", "headcount by department"),
        ("sorry dumb q but how many people work in HR", "how many people work in HR"),
        ("Re: directory question - how many interns are there?", "how many interns"),
        ("FW: who works in HR?", "who works in HR"),
        # after a question, the columns to show, or a restatement in brackets
        ("Who works in HR? Name and e-mail.", "Who works in HR, name and e-mail"),
        ("Who was hired in summer 2020? (June to August)", "who was hired in summer 2020"),
        ("What's Kathryn Whyte's e-mail, need to ping her", "Kathryn Whyte's e-mail"),
        ("For audit purposes, list all interns hired before 2012.", "interns hired before 2012"),
        ("Laptop refresh: how many people were hired in 2015?", "how many hired in 2015"),
        ("Who joined before 2012 - their laptops are due for replacement.", "hired before 2012"),
        # a request to answer, opening a sentence
        ("Please state the number of interns.", "the number of interns"),
        ("Confirm whether Kathryn Whyte is in HR.", "is Kathryn Whyte in HR"),
        ("Kindly verify that Kathryn Whyte is in HR", "is Kathryn Whyte in HR"),
        ("Is Kathryn Whyte in HR? Please confirm.", "is Kathryn Whyte in HR"),
        ("For the audit: identify the most recent hire.", "the most recent hire"),
        ("tell me whether anyone was hired on Christmas", "anyone hired on Christmas"),
        ("For each department, state the latest hire date", "latest hire date per department"),
        # after a question, how to give its count
        ("How many employees are interns? Express as a percentage.", "interns as a percentage"),
    ],
)
def test_an_aside_that_names_nothing_is_dropped(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize(
    "question",
    [
        # the aside names something of the directory: a value, a name, a number, a date
        "Is there an employee named Kathryn Whyte? I think she's in Marketing.",
        "Who works in HR? I mean the interns.",
        "For the Sales slide: how many were hired in 2020?",  # Sales is a condition
        "For 2021, who works in HR?",
        "Who works in HR? For my 2 bosses.",
        "Who works in HR, in 2020",  # a closing clause that names a date
        "Who works in HR, only the interns",
        # after a question mark, a sentence that says more than columns is not joined to it
        "How many were hired in December? christmas hires lol",
        "Who works in HR? Interns.",
        # a person or a time of day after a preposition says who or when
        "How many people share a last name, with her?",
        "Who has the same title, like me?",
        "Who was hired in 2020, in the morning?",
        "Who is in Sales, still onboarding?",
        "One thing: how many engineers?",  # a number
        "Who works in HR? I'm putting a list together.",  # a keyword
        # the aside would change the answer
        "Who works in HR? Reverse it.",
        "Who works in HR? I only need the first few.",
        "Who works in HR? That's wrong, I meant the other one.",
        # a word the engine does not know may say who: it is never taken for context
        "Part-timers: who works in HR?",
        "Remote: who works in HR?",
        "Ordering by hire date: who works in HR?",
        # capitals name a team or a place, never "it" or "us"
        "For IT: how many people are there?",
        # words that may say who ("New: how many engineers?")
        "New: how many engineers are there?",
        "High: how many VPs?",
        "For the US: how many engineers are there?",
        "What is the median tenure? I'd like whole years.",
        # a purpose that asks, denies, instructs or names anything stays in the question
        "Who works in HR, I need to know which are remote",
        "Who works in HR, I need to exclude the interns",
        "Who works in HR, I need to invite them to the 2024 party",
        "Who works in HR, I want to send invites to the Marketing ones",
        "Who works in HR, I need to reach everyone who is not remote",
        "This year: how many interns?",  # a date, not an aside
        # not set off from the question
        "how many people slide in HR",
        "Sorted by slide: who works in HR?",
    ],
)
def test_an_aside_that_says_something_keeps_the_question_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        parse(question)


def test_the_question_itself_is_never_taken_for_an_aside() -> None:
    with pytest.raises(NotUnderstood, match="seems"):
        parse("Thanks! That seems like a lot.")


def test_columns_after_a_question_mark_may_start_with_with() -> None:
    assert parse("who is Mark Smith? list w/ dept and title") == parse(
        "who is Mark Smith, with dept and title"
    )
    with pytest.raises(NotUnderstood):
        parse("How many joined in December? with sales")  # a condition, not columns


def test_a_purpose_said_after_the_question_is_dropped_unless_it_names_something() -> None:
    assert parse("who joined in 2023? it's for the welcome cards") == parse("who joined in 2023")
    assert parse("how many engineers? for the offsite") == parse("how many engineers")
    with pytest.raises(NotUnderstood):
        parse("how many interns? need it for sales")  # "for sales" may be a condition


@pytest.mark.parametrize(
    "question",
    [
        "What is the email of Mark Smith in case I need to reach him?",
        "What is the email of Mark Smith, so I can reach out to him?",
        "what is the email of Mark Smith so i can email him",
    ],
)
def test_reaching_someone_as_the_purpose_asks_for_nothing_more(question: str) -> None:
    assert parse(question) == parse("What is the email of Mark Smith")


@pytest.mark.parametrize(
    "question",
    [
        "email of Mark Smith in case it's in Sales",
        "who are the VPs so I can contact the ones in Sales",
    ],
)
def test_a_purpose_that_states_or_names_something_keeps_the_question_refused(
    question: str,
) -> None:
    with pytest.raises(NotUnderstood):
        parse(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "hey, which department is the biggest? settling a bet lol",
            "which department is the biggest",
        ),
        (
            "yo, how many interns do we have right now? planning pizza lol",
            "how many interns do we have",
        ),
        ("hi, how many hires in 2019? need it for a report, thanks!", "how many hires in 2019"),
        ("hi team, how many people in Sales?", "how many people in Sales"),
        ("heyy, how many interns? thx", "how many interns"),
        (
            "morning all :) who was the most recent hire? wanna say welcome",
            "who was the most recent hire",
        ),
    ],
)
def test_a_greeting_and_a_remark_after_the_question_are_dropped(
    question: str, plainly: str
) -> None:
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "who works in Sales? need their salaries lol",  # data the directory lacks
        "how many interns? need a breakdown lol",  # asks for more
        "who joined in 2023? not the interns, thanks",  # negates
        "how many people in HR? part-timers lol",  # no remark marker: may be a condition
    ],
)
def test_a_remark_that_says_anything_keeps_the_question_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        parse(question)


def test_a_laugh_alone_does_not_make_a_condition_a_remark() -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        parse("how many people in HR? the fulltime ones lol")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("is anyone in Sales a VP? how many", "how many in Sales are VPs"),
        ("any interns in HR? how many of them?", "how many interns in HR"),
        ("who else works in Sales? just how many ppl", "how many people work in Sales"),
        ("anyone join in 2023 in Product? list them", "who joined in 2023 in Product"),
        ("are there interns in HR? names please", "who are the interns in HR"),
        ("hey bot what dept is Kathryn Whyte in?", "what dept is Kathryn Whyte in"),
        ("hey bot anyone hired in 2020?", "anyone hired in 2020"),
        ("is Kathryn Whyte in Sales?? thats wild", "is Kathryn Whyte in Sales"),
    ],
)
def test_the_form_of_an_answer_asked_after_a_question_is_of_that_question(
    question: str, plainly: str
) -> None:
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "how many engineers? who",
        "How many engineers? Who are they?",
        "how many engineers? list them",
        "number of engineers? names please",
        "how many engineers, who are they?",
    ],
)
def test_who_after_a_count_asks_for_the_people_whose_list_says_how_many(question: str) -> None:
    assert parse(question) == parse("engineers")


@pytest.mark.parametrize(
    "question",
    [
        "when was Kathryn Whyte hired? how many",
        "where is anyone in Sales",
    ],
)
def test_a_follow_up_to_what_it_cannot_change_is_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        parse(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("employees hired after 2020 kindly share", "employees hired after 2020"),
        ("interns in HR please send the list", "interns in HR"),
        (
            "which department has the most interns, and what is it?",
            "which department has the most interns",
        ),
    ],
)
def test_a_closing_request_or_pointer_back_asks_nothing_more(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("average tenure in years, rounded to one decimal place?", "average tenure in years?"),
        ("what % of Sales are interns, to one decimal place", "what % of Sales are interns"),
        ("What share are engineers? Please round to 1 decimal.", "What share are engineers?"),
        ("avg tenure per dept (1 dp)", "avg tenure per dept"),
        (
            "What % of Customer Service are Contractors, 1dp",
            "What % of Customer Service are Contractors",
        ),
        ("what % are interns, rounded off to a single decimal", "what % are interns"),
    ],
)
def test_the_rounding_answers_have_already_asks_for_nothing(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


def test_another_rounding_is_not_understood() -> None:
    with pytest.raises(NotUnderstood):
        parse("average tenure per department, rounded to two decimal places")


def test_holding_a_title_is_having_it() -> None:
    assert parse("What percentage of Sales employees hold the title of Intern?") == parse(
        "what percentage of Sales employees are interns"
    )


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Is anyone in HR a VP? Answer yes or no.", "Is anyone in HR a VP?"),
        ("are any interns in Sales, yes or no?", "are any interns in Sales?"),
        ("are there interns in HR? yes/no please", "are there interns in HR?"),
    ],
)
def test_yes_or_no_asked_of_a_yes_or_no_question_changes_nothing(
    question: str, plainly: str
) -> None:
    assert parse(question) == parse(plainly)


def test_yes_or_no_asked_of_a_count_is_refused() -> None:
    with pytest.raises(NotUnderstood):
        parse("how many interns? yes or no")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("how big is the HR team? like how many people total lol", "how big is the HR team?"),
        ("who is named Smith? we have the same last name haha", "who is named Smith?"),
        ("who are the VPs in Sales? just want to know who the big names are", "VPs in Sales?"),
        ("how many interns? wondering if I'm surrounded by newbies lol", "how many interns?"),
        ("how many Presidents are there? feels like a lot", "how many Presidents are there?"),
        ("who is named Smith? I think he started around when I did", "who is named Smith?"),
    ],
)
def test_a_remark_about_the_asker_after_the_question_is_dropped(
    question: str, plainly: str
) -> None:
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "who is in Sales? I think only interns",
        "who is in Sales? I think interns",
        "how many interns? like in HR",
        "who is in HR? lol not the interns",
        "how many in HR? I was hired in 2020",
    ],
)
def test_a_remark_that_names_or_corrects_something_is_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        parse(question)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Is anyone named Smith in HR? What is their position?", "Is anyone named Smith in HR?"),
        ("are there interns in HR? if so, when did they join?", "are there interns in HR?"),
        (
            "Engineering has more employees than Product? By how many?",
            "Engineering has more employees than Product?",
        ),
    ],
)
def test_a_follow_up_the_first_answer_gives_already_is_dropped(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("Title breakdown for Marketing - count per title", "Title breakdown for Marketing"),
        (
            "breakdown of email domains in the Sales dept - count per domain",
            "breakdown of email domains in the Sales dept",
        ),
    ],
)
def test_a_count_per_the_same_key_said_again_is_the_breakdown(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Which departments have at least 70 employees? Give the counts.",
            "Which departments have at least 70 employees?",
        ),
        ("How many hires per year? Give every year.", "How many hires per year?"),
        (
            "How many hires did we make each year? A year-by-year breakdown would be great.",
            "How many hires did we make each year?",
        ),
        ("how many hired per year? breakdown by year pls", "how many hired per year?"),
        ("headcount per dept? dept-wise breakdown please", "headcount per dept?"),
        (
            "How many employees has every department? Please one number per department.",
            "How many employees has every department?",
        ),
        (
            "How many hires in every year? Per year one line please.",
            "How many hires in every year?",
        ),
    ],
)
def test_a_follow_up_asking_what_groups_show_is_dropped(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


def test_a_difference_asked_after_counts_compared_is_given_but_not_of_averages() -> None:
    assert parse("how many interns in Sales compared to HR, and what's the difference") == parse(
        "how many interns in Sales compared to HR"
    )
    with pytest.raises(NotUnderstood):
        parse("average tenure in Sales compared to HR, and what's the difference?")


@pytest.mark.parametrize(
    "question",
    [
        "anyone named Mark Smith? (not sure of spelling)",
        "what's mark smith's email (sp?)",
        "email of Mark Smith, not sure about the spelling",
    ],
)
def test_unsure_of_the_spelling_asks_for_nothing_more(question: str) -> None:
    plain = question.split("?")[0].split(",")[0].replace(" (sp", "")
    assert parse(question) == parse(plain)


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("anyone named Mark? what teams are they on?", "anyone named Mark, with their teams"),
        ("Who joined in 2023? What are their titles?", "who joined in 2023 with their titles"),
        ("is anyone in sales a VP? what are their hire dates?", "anyone in sales a VP, hire dates"),
    ],
)
def test_columns_asked_after_a_list_are_shown_with_it(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


def test_a_column_not_recorded_asked_after_a_list_is_refused() -> None:
    with pytest.raises(OutOfData):
        parse("who is in HR? what are their salaries?")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "How many interns do we have in total, and how many of them are in Engineering?",
            "what percentage of interns are in Engineering",
        ),
        (
            "how many engineers, and how many of those were hired after 2020?",
            "what percentage of engineers were hired after 2020",
        ),
    ],
)
def test_how_many_of_them_after_a_count_is_the_share(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


def test_which_of_them_after_a_count_is_never_merged_into_it() -> None:
    """A count and a list at once: "5 Weimanns; 2 are not VPs" cannot be one count."""
    with pytest.raises(NotUnderstood):
        parse("How many employees have the last name Smith, and which of them are not VPs?")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("hi! just started here this week. how many people work here?", "how many people"),
        ("I joined last month! who is in HR?", "who is in HR"),
    ],
)
def test_the_writers_own_start_before_a_question_is_no_condition(
    question: str, plainly: str
) -> None:
    assert parse(question) == parse(plainly)


def test_a_question_pointing_back_at_the_writers_start_keeps_it() -> None:
    with pytest.raises(NotUnderstood):
        parse("just started this week. who else started then?")
    started = parse("Started 2019. how many interns?")  # a fragment, not the writer's start
    assert started.filters != parse("how many interns").filters


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        ("there's a guy named Mark Smith, what's his title?", "Mark Smith's title"),
        ("i met someone called Kathryn yesterday, what team is she in?", "Kathryn's department"),
        ("I know a woman called Kathryn Whyte: what's her email?", "Kathryn Whyte's email"),
        ("is there someone called Kathryn? i forget her last name", "anyone called Kathryn"),
    ],
)
def test_someone_the_writer_met_is_the_person_asked_about(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


def test_a_grouping_said_again_after_the_question_mark_asks_for_nothing_more() -> None:
    assert parse("how many hires in each year? list by year") == parse("hires per year")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "how many contractors are in Sales? Sorry if that's confusing",
            "how many contractors are in Sales?",
        ),
        (
            "what year did we hire the most people? my manager is curious",
            "what year did we hire the most people?",
        ),
        (
            "who has been here the longest? My manager wants to send them a thank-you card",
            "who has been here the longest?",
        ),
        (
            "how many people were hired in March 2019? trying to check something in an old "
            "spreadsheet",
            "how many people were hired in March 2019?",
        ),
    ],
)
def test_a_reason_or_an_apology_after_the_question_is_dropped(question: str, asked: str) -> None:
    assert parse(question) == parse(asked)


@pytest.mark.parametrize(
    "question",
    [
        "how many engineers? sorry, by department",
        "how many engineers? my manager wants them sorted by hire date",
        "how many engineers? sorry, only the interns",
        "who are the engineers? sorry, newest first",
        "how many engineers? sorry, as a percentage",
        "how many engineers? not sure if we count contractors",
    ],
)
def test_an_apology_that_changes_the_question_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        parse(question)


def test_an_apology_asking_for_data_the_directory_lacks_is_refused() -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        parse("how many engineers? I'm trying to get their salaries")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "Hello, I'm ordering new chairs. How many people are in Sales? Thanks",
            "How many people are in Sales?",
        ),
        (
            "Hi, I'm booking a room for the Sales offsite. How many people are in Sales?",
            "How many people are in Sales?",
        ),
        (
            "Hello, I'm booking a room for the Sales team offsite. How many people are in Sales?",
            "How many people are in Sales?",
        ),
        (
            "We're sorting out nameplates. Could you tell me how many employees per title?",
            "how many employees per title?",
        ),
        ("I'm doing the yearly summary. How many hires in 2022?", "How many hires in 2022?"),
        (
            "How many people did we hire in 2021? It's for the annual report.",
            "How many people did we hire in 2021?",
        ),
        (
            "How many people are in Sales? Need it for the monthly newsletter.",
            "How many people are in Sales?",
        ),
        (
            "Please give me the number of employees per department for the works council.",
            "the number of employees per department",
        ),
    ],
)
def test_the_writers_own_context_before_the_question_is_dropped(
    question: str, plainly: str
) -> None:
    """A sentence of the writer's own naming nothing the question does not name itself."""
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "I'm only counting interns. How many people are in Sales?",  # a condition
        "I'm booking a room for the Sales team. How many people are in Marketing?",
        "I'm writing the summer report. Who joined in 2020?",  # a season
        "We're looking at salaries. How many managers?",  # a topic the directory lacks
        "How many hires? It's for the monthly sales report.",  # Sales is a condition here
        "I'm doing the yearly count. How many hires?",  # "yearly" is a key, not a document
    ],
)
def test_context_that_names_or_shapes_something_keeps_the_question_refused(
    question: str,
) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        parse(question)


def test_where_the_people_found_work_is_their_department() -> None:
    assert parse("Is there anyone named Mark? Who are they and where do they work?") == parse(
        "Is there anyone named Mark, with their department"
    )


def test_a_closing_for_the_that_names_something_is_a_condition() -> None:
    """ "for the works council" is whom it is for; "for the Sales team" is whom to count."""
    plainly = parse("how many employees in Sales")
    assert parse("number of employees for the sales department") == plainly


@pytest.mark.parametrize(
    "question",
    [
        "how many hires each year? A month-by-month breakdown would be great.",
        "how many hires per year? show departments",
        "how many hires per year? list the titles",
    ],
)
def test_other_groups_after_a_question_are_a_second_question(question: str) -> None:
    """Groups the question does not ask for are never dropped as if it had."""
    with pytest.raises(NotUnderstood):
        parse(question)


def test_the_values_asked_for_listed_again_are_dropped() -> None:
    assert parse("which email domains are in use? list distinct domains") == parse(
        "which email domains are in use?"
    )


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "How many interns are there in Sales, please revert asap",
            "How many interns are there in Sales",
        ),
        (
            "Which has more people, Sales or HR? please compare same",
            "Which has more people, Sales or HR?",
        ),
        (
            "In which year did most people join? kindly revert with same",
            "In which year did most people join?",
        ),
        ("list interns in HR. please send the list.", "list interns in HR"),
        (
            "percentage of each department, please help calculate",
            "percentage of each department",
        ),
    ],
)
def test_a_closing_request_after_the_question_asks_for_nothing_more(
    said: str, plainly: str
) -> None:
    assert parse(said) == parse(plainly)


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        (
            "We're looking at Sales growth. How many people joined Sales in 2016?",
            "how many people joined Sales in 2016",
        ),
        (
            "I'm reviewing our Engineering team ahead of planning season. Could you list the "
            "Managers in Engineering?",
            "list the Managers in Engineering",
        ),
        (
            "I'm looking at our Marketing team specifically - how many Marketing employees were "
            "hired in 2020 or later?",
            "how many Marketing employees were hired in 2020 or later",
        ),
    ],
)
def test_the_writers_context_that_the_question_says_again_is_dropped(
    said: str, plainly: str
) -> None:
    assert parse(said) == parse(plainly)


@pytest.mark.parametrize(
    "said",
    [
        "I'm looking at Sales - how many people were hired in 2020?",  # Sales said only there
        "We're looking at hiring by season. How many were hired in 2020?",  # a grouping
    ],
)
def test_context_that_names_or_groups_what_the_question_does_not_is_refused(said: str) -> None:
    with pytest.raises(NotUnderstood):
        parse(said)


def test_one_decimal_asked_in_a_sentence_of_its_own_is_how_shares_are_said() -> None:
    assert parse(
        "What percentage of the workforce are interns? Give it to one decimal place."
    ) == parse("What percentage of the workforce are interns?")


def test_a_request_verb_before_a_colon_asks_for_nothing_more() -> None:
    assert parse("Verify: how many distinct job titles are in use?") == parse(
        "how many distinct job titles are in use?"
    )


def test_the_people_wanted_said_after_a_comma_are_the_ones_asked() -> None:
    assert parse("Who works in HR, I want to see the ones hired in 2020") == parse(
        "who works in HR hired in 2020"
    )


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "How many employees have been here more than 10 years? We're planning an award.",
            "how many employees have been here more than 10 years",
        ),
        (
            "How many interns are in Marketing? They want to do a little intern social. Thanks!",
            "how many interns are in Marketing",
        ),
        (
            "Which department has the most people? Just settling a friendly debate.",
            "which department has the most people",
        ),
        (
            "which month had the most hires? thinking of doing a joint party that month",
            "which month had the most hires",
        ),
        ("who is in Sales? sending them an invite", "who is in Sales"),
        ("the average tenure in Sales, just so I have a benchmark?", "average tenure in Sales"),
        ("average tenure by department (years, 1 decimal)", "average tenure by department"),
        ("count of employees hired each year, list by year", "how many hired each year"),
    ],
)
def test_the_writers_context_after_the_question_is_dropped(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize(
    "question",
    [
        "How many managers do we have? HR asked me for it.",  # a value the question lacks
        "Who works in HR? I'm putting a list together.",  # gathers the answer
        "how many interns in Sales? sending it to Marketing",  # a value the question lacks
        "how many interns in Sales? thinking only of the ones hired in 2020",  # a condition
    ],
)
def test_context_after_the_question_that_says_more_keeps_it_refused(question: str) -> None:
    with pytest.raises((NotUnderstood, OutOfData)):
        parse(question)


def test_a_closing_clause_after_a_semicolon() -> None:
    said = "how many Interns do we have in Sales ; just the number pls"
    assert parse(said) == parse("how many interns in Sales")


@pytest.mark.parametrize(
    ("question", "plainly"),
    [
        (
            "How many colleagues hold the title of Intern (bless them, they do work so hard)?",
            "how many interns",
        ),
        (
            "How many Managers are there in Sales (I am told they are a lively bunch)?",
            "how many managers in Sales",
        ),
    ],
)
def test_a_remark_in_brackets_at_the_end_is_dropped(question: str, plainly: str) -> None:
    assert parse(question) == parse(plainly)


@pytest.mark.parametrize(
    "question",
    ["How many interns (I was thinking of Sales)?", "How many in Sales (I mean only interns)?"],
)
def test_a_remark_in_brackets_that_says_more_is_refused(question: str) -> None:
    with pytest.raises(NotUnderstood):
        parse(question)


@pytest.mark.parametrize(
    "question",
    [
        "How many interns in Sales? Kindly list them.",
        "How many departments are there, kindly list them.",
    ],
)
def test_list_them_after_a_count_asks_for_them_too(question: str) -> None:
    """ "Kindly list them." had been dropped as a closing request, leaving the count alone."""
    plan = parse(question)
    assert plan != parse(question.split("?")[0].split(",")[0])


def test_a_remark_said_as_a_clause_after_a_comma() -> None:
    said = "How many people joined the company in 2020, which I imagine was an unusual year?"
    assert parse(said) == parse("how many joined in 2020")
    for other in (
        "how many interns, which I think are in Sales",
        "how many hired in 2020, which I imagine was a big year for Sales",
    ):
        with pytest.raises(NotUnderstood):
            parse(other)


@pytest.mark.parametrize(
    "question",
    [
        "List all the Vice-Presidents. How many of them are in HR?",  # once the VPs in HR alone
        "Show me the interns. How many are in Sales?",
        # the request read without "Please identify": once the latest VP in Sales
        "Please identify the most recently hired employee in Sales. Is the latest hire a VP?",
    ],
)
def test_a_question_after_a_request_said_as_a_statement_is_a_second_question(question: str) -> None:
    with pytest.raises(NotUnderstood):
        parse(question)
