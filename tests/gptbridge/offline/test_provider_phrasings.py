import pytest

from .conftest import plan_of


@pytest.mark.parametrize(
    "said",
    [
        "how many email addresses end in gmail",
        "how many emails end with @gmail",
        "how many emails ending in gmail?",
        "how many have gmail id",
        "how many whose email is from gmail",
    ],
)
def test_a_providers_name_alone_is_its_provider(said: str) -> None:
    assert plan_of(said) == plan_of("how many have a gmail address")


def test_an_ending_with_its_domain_is_as_typed() -> None:
    assert plan_of("how many emails end with gmail.com") != plan_of("how many on gmail")


@pytest.mark.parametrize(
    "question",
    [
        "what percentage of emails are hotmail vs yahoo vs gmail?",
        "% of emails @ yahoo vs hotmail vs gmail",
        "share of gmail vs hotmail",
    ],
)
def test_providers_side_by_side_as_shares(question: str) -> None:
    assert plan_of(question) == plan_of("percentage of employees by email provider")


def test_a_split_of_providers_side_by_side() -> None:
    said = "What's the split of email providers - gmail vs hotmail vs yahoo?"
    assert plan_of(said) == plan_of("employees by email provider")


@pytest.mark.parametrize(
    "question",
    [
        "breakdown of email providers — gmail v hotmail v yahoo, how many each",
        "Email domain split: gmail vs hotmail vs yahoo counts.",
        "breakdown of email providers (gmail vs hotmail vs yahoo) count each",
        "Kindly breakdown the emails per domain po (gmail, hotmail, yahoo).",
        "employees per email domain: gmail, hotmail and yahoo",
    ],
)
def test_providers_named_after_a_grouping_by_provider(question: str) -> None:
    """Each named provider's count, as "by e-mail domain (gmail, hotmail, yahoo)" gives it."""
    assert plan_of(question) == plan_of(
        "number of employees by email domain (gmail, hotmail, yahoo)"
    )


def test_two_providers_named_after_the_grouping_are_those_two() -> None:
    said = "how many per provider: gmail and yahoo"
    assert plan_of(said) == plan_of("employees by email domain (gmail, yahoo)")
    assert plan_of(said) != plan_of("employees by email domain")


@pytest.mark.parametrize(
    "question",
    [
        "breakdown of email providers pls - gmail vs hotmail vs yahoo",
        "What is the repartition of the emails by provider (gmail, hotmail, yahoo)?",
    ],
)
def test_a_breakdown_by_provider_said_with_please_or_in_french(question: str) -> None:
    assert plan_of(question) == plan_of(
        "number of employees by email domain (gmail, hotmail, yahoo)"
    )
