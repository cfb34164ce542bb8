"""An IT administrator's words: accounts (people, or the Accounting department), mailboxes
(e-mail addresses), "resolve user X", an arrow to what is wanted."""

import pytest

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many accounts in Engineering", "how many employees in Engineering"),
        ("which department has the most accounts", "which department has the most employees"),
        ("what % of accounts are in Accounting", "what % of employees are in Accounting"),
        ("what % of accounts are on gmail", "what % of employees are on gmail"),
        ("how many in the accounts team", "how many in Accounting"),
        ("accounts dept headcount", "Accounting headcount"),
        ("anyone from accounts hired in 2020", "anyone from Accounting hired in 2020"),
        ("how many resources in accounts", "how many employees in Accounting"),
        ("leopold johnston mailbox?", "leopold johnston email?"),
        ("the mailbox address of Leopold", "the email of Leopold"),
        ("resolve user LEOPOLD - need his email", "look up LEOPOLD - need his email"),
        ("resolve leopold johnston -> email", "leopold johnston email"),
        ("the account details for Leopold Johnston", "the details for Leopold Johnston"),
        ("who owns the address lj@example.com", "who has the email lj@example.com"),
        ("whose address is lj@example.com", "whose email is lj@example.com"),
        ("who owns lj@example.com", "who has lj@example.com"),
        ("who owns the email lj@example.com", "who has the email lj@example.com"),
        ("name of the owner of lj@example.com", "name of the employee with lj@example.com"),
        ("which email belongs to Leopold Johnston", "the email of Leopold Johnston"),
        ("who belongs to Sales", "who is in Sales"),
    ],
)
def test_an_administrators_words_mean_the_directorys(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


@pytest.mark.parametrize(
    "said",
    [
        "list user accounts",
        "count of user accounts per department",
        "what is the address of Leopold Johnston",  # an address with no e-mail after it
    ],
)
def test_logins_and_street_addresses_are_refused(said: str) -> None:
    with pytest.raises(OutOfData):
        plan_of(said)


def test_owning_anything_but_an_email_is_not_understood() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("who owns Sales")  # a reporting line, not who is in it


def test_an_arrow_between_two_years_sets_them_side_by_side() -> None:
    assert plan_of("yoy % change in hires 2021 -> 2022") == plan_of(
        "yoy change in hires 2021 vs 2022"
    )


@pytest.mark.parametrize(
    ("said", "plainly"),
    [
        ("how many users have a gmail acct", "how many users have a gmail account"),
        ("how many in acct", "how many in Accounting"),
        ("acct headcount", "Accounting headcount"),
        ("how many acct interns", "how many Accounting interns"),
        ("number of people in the acct dept", "number of people in the Accounting dept"),
        ("compare sales vs acct hc", "compare sales vs Accounting headcount"),
        ("sales and acct headcount", "sales and Accounting headcount"),
        ("how many people in accts", "how many people in Accounting"),
    ],
)
def test_acct_is_the_department_only_where_one_is_said(said: str, plainly: str) -> None:
    assert plan_of(said) == plan_of(plainly)


def test_accts_counted_are_people_not_the_department() -> None:
    """ "how many accts use gmail" counts everyone's accounts (it read as Accounting's: 26)."""
    assert plan_of("how many accts use gmail") == plan_of("how many employees use gmail")
    assert plan_of("how many accts in Engineering") == plan_of("how many people in Engineering")


def test_an_acct_looked_up_is_no_department() -> None:
    with pytest.raises(NotUnderstood):  # "lookup acct:" is no filter on Accounting
        plan_of("lookup acct: whats the email for Leopold Johnston")


@pytest.mark.parametrize(
    "question",
    [
        "What is the title and hire date of employee 100?",
        "who was hired on the same day as employee 1?",
        "what is the title of employee #7",
        "the e-mail of the employee with ID 42",
    ],
)
def test_a_record_asked_by_its_number_is_refused_as_such(question: str) -> None:
    with pytest.raises(OutOfData) as refused:  # never "the first 100"
        plan_of(question)
    assert refused.value.topic == "employee numbers"


def test_the_employee_number_of_each_group_is_a_headcount() -> None:
    assert plan_of("please help count the employee number of each title") == plan_of(
        "count the employees of each title"
    )
