from unittest.mock import ANY

import pytest

from gptbridge.engines.offline.engine import parse_question
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.names import DirectoryNames, merge_names, name_key
from gptbridge.engines.offline.plan import TextFilter
from gptbridge.engines.offline.tokens import Lexeme

from .conftest import TODAY, plan_of


def test_names_without_apostrophes_find_the_stored_name(names: DirectoryNames) -> None:
    assert name_key("O'Hara") == "ohara"
    assert names.stored("ohara") == "o'hara"
    assert names.stored("o'hara") == "o'hara"
    assert names.stored("nobody") is None


def test_a_name_in_the_plural_is_that_name() -> None:
    names = DirectoryNames(first=frozenset({"jeremie"}), last=frozenset({"weimann"}))
    assert names.in_the_plural("weimanns") == "weimann"
    assert names.in_the_plural("jeremies") == "jeremie"
    assert names.in_the_plural("smiths") is None


def _people(*pairs: tuple[str, str]) -> DirectoryNames:
    return DirectoryNames(
        first=frozenset(first for first, _ in pairs),
        last=frozenset(last for _, last in pairs),
        people=frozenset(pairs),
    )


def test_one_misspelt_half_of_a_full_name_is_corrected_from_the_other_half() -> None:
    names = _people(("brianne", "jones"), ("jeremie", "keeling"), ("brianne", "jonas"))
    typo_in_last = [Lexeme("NAME", "brianne", "Brianne"), Lexeme("WORD", "jnoes", "Jnoes")]
    assert merge_names(typo_in_last, lambda: names) == [
        Lexeme("FULLNAME", ("brianne", "jones"), "Brianne Jnoes", corrected=True)
    ]
    typo_in_first = [Lexeme("WORD", "jeremy", "Jeremy"), Lexeme("NAME", "keeling", "Keeling")]
    (person,) = merge_names(typo_in_first, lambda: names)
    assert person.payload == ("jeremie", "keeling")


def test_a_misspelt_name_close_to_two_people_is_not_guessed() -> None:
    names = _people(("brianne", "jones"), ("brianne", "jonas"))
    typed = [Lexeme("NAME", "brianne", "Brianne"), Lexeme("WORD", "jonos", "Jonos")]
    assert merge_names(typed, lambda: names) == typed


def test_a_nickname_before_a_last_name_is_the_one_person_it_stands_for() -> None:
    names = _people(("bobby", "bruen"), ("gregory", "reilly"), ("robert", "stone"))
    names = _people(*names.people, ("bert", "stone"))
    bob = [Lexeme("WORD", "bob", "Bob"), Lexeme("NAME", "bruen", "Bruen")]
    (person,) = merge_names(bob, lambda: names)
    assert person == Lexeme("FULLNAME", ("bobby", "bruen"), "Bob Bruen", corrected=True)
    greg = [Lexeme("WORD", "greg", "Greg"), Lexeme("NAME", "reilly", "Reilly")]
    assert merge_names(greg, lambda: names)[0].payload == ("gregory", "reilly")
    # "Bob Stone": Robert or Bert, both nicknamed Bob: not guessed
    stone = [Lexeme("WORD", "bob", "Bob"), Lexeme("NAME", "stone", "Stone")]
    assert merge_names(stone, lambda: names) == stone


def test_a_word_read_as_something_else_is_a_first_name_before_its_last_name() -> None:
    # "when did june sipes start": June Sipes, not "named sipes, hired in June"
    names = _people(("june", "sipes"), ("april", "king"))
    june = [Lexeme("MONTHNAME", 6, "june"), Lexeme("NAME", "sipes", "sipes")]
    assert merge_names(june, lambda: names) == [Lexeme("FULLNAME", ("june", "sipes"), "june sipes")]
    # no one is June King: the month stays a month
    king = [Lexeme("MONTHNAME", 6, "june"), Lexeme("NAME", "king", "king")]
    assert merge_names(king, lambda: names) == king


def test_a_name_of_someone_else_is_a_typo_when_no_one_has_both_names() -> None:
    # "nicolas swift": a Nicolas works here, but no Nicolas Swift; Nicholas Swift does
    names = _people(("nicholas", "swift"), ("nicolas", "koepp"))
    said = [Lexeme("NAME", "nicolas", "nicolas"), Lexeme("NAME", "swift", "swift")]
    (person,) = merge_names(said, lambda: names)
    assert person == Lexeme("FULLNAME", ("nicholas", "swift"), "nicolas swift", corrected=True)
    # someone who has both names is that person
    koepp = [Lexeme("NAME", "nicolas", "nicolas"), Lexeme("NAME", "koepp", "koepp")]
    assert merge_names(koepp, lambda: names)[0].payload == ("nicolas", "koepp")


def test_last_name_comma_first_name_is_the_one_person() -> None:
    people = frozenset({("kendall", "nitzsche")})
    names = DirectoryNames(
        first=frozenset({"kendall"}), last=frozenset({"nitzsche"}), people=people
    )
    plan = parse_question(
        "Look up the email of Nitzsche, Kendall.", today=TODAY, names=lambda: names
    )
    (named,) = plan.filters
    assert isinstance(named, TextFilter)
    assert (named.column, named.value) == ("full_name", "kendall nitzsche")


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("whats sarah's email", "any_name"),
        ("when did Sarah start?", "any_name"),
        ("Which department is Gareth in?", "any_name"),
        ("how many people have the first name michael", "first_name"),
        ("how many people have the last name johnson", "last_name"),
    ],
)
def test_someones_name_no_one_here_has_finds_no_one(question: str, column: str) -> None:
    (condition,) = plan_of(question).filters
    assert isinstance(condition, TextFilter)
    assert (condition.column, condition.op) == (column, "equals")


@pytest.mark.parametrize("question", ["is rose in sales", "what is the price of a coffee"])
def test_a_word_that_is_also_a_name_is_still_a_word(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("when did John Smith start?", "john", "smith"),  # a name no one has, and Smith
        ("what is the email of Maria Garcia", "maria", "garcia"),  # two names no one has
        ("is there an employee called John Doe?", "john", "doe"),  # and a word typed as a name
        ("give me email of Milan Petrovic", "milan", "petrovic"),
    ],
)
def test_a_full_name_no_one_here_has_finds_no_one(question: str, first: str, last: str) -> None:
    (condition,) = plan_of(question).filters
    assert condition == TextFilter("full_name", "equals", f"{first} {last}", shown=ANY)


@pytest.mark.parametrize(
    "question",
    [
        "email of Georgi Dimitrov",  # neither is known as anyone's name: not guessed
        "email of the Pizza Party",  # a capitalised word beside no name
    ],
)
def test_two_capitalised_words_are_a_name_only_beside_a_known_name(question: str) -> None:
    with pytest.raises(NotUnderstood):
        plan_of(question)


def test_a_name_is_never_an_email_address() -> None:
    # "the email Garcia": no address is a name; the name is whose e-mail is asked
    (named,) = plan_of("email of Leopold Garcia").filters
    assert named == TextFilter("full_name", "equals", "leopold garcia", shown=ANY)


@pytest.mark.parametrize("question", ["what dept is Emily in", "is there a Mike in Sales?"])
def test_a_name_typed_capitalised_is_a_name_though_also_a_word(question: str) -> None:
    (named, *_) = plan_of(question).filters
    assert isinstance(named, TextFilter)
    assert named.column == "any_name"
    with pytest.raises(NotUnderstood):
        plan_of(question.lower())  # "emily", "mike" are words too: typed so, refused


def test_a_surname_that_is_a_given_name_in_the_plural_is_asked_back() -> None:
    # "how many Johns": the Johns, or people named John? Someone here is a Johns.
    names = DirectoryNames(
        first=frozenset({"brent"}),
        last=frozenset({"johns"}),
        people=frozenset({("brent", "johns")}),
    )
    with pytest.raises(NotUnderstood) as refused:
        parse_question("how many Johns are there?", today=TODAY, names=lambda: names)
    assert "could mean" in refused.value.reason
    for one in ("email of Brent Johns", "is there a Johns in Sales"):  # one person, or a Johns
        parse_question(one, today=TODAY, names=lambda: names)
