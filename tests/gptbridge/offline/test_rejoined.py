from gptbridge.engines.offline.lexicon import lexicon
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.rejoined import rejoined
from gptbridge.engines.offline.tokens import tokenize

from .conftest import plan_of

NAMES = DirectoryNames(
    first=frozenset({"jailyn"}),
    last=frozenset({"mcclure"}),
    people=frozenset({("jailyn", "mcclure")}),
)


def joined(question: str) -> list[str]:
    return [word.norm for word in rejoined(tokenize(question), lexicon(), lambda: NAMES)]


def test_a_word_split_in_two_is_joined_when_the_whole_is_understood() -> None:
    assert joined("how many in terns") == ["how", "many", "interns"]
    assert joined("jailyn mc clure's e mail") == ["jailyn", "mcclure", "'s", "email"]


def test_words_understood_on_their_own_stay_apart() -> None:
    # both halves are words of the vocabulary: "in sales" is no "insales"
    assert joined("who is in sales") == ["who", "is", "in", "sales"]
    # a half not understood that makes nothing known with its neighbour stays, to be refused
    assert joined("in pottery") == ["in", "pottery"]


def test_a_letter_named_is_never_joined_to_the_word_before() -> None:
    """ "begins with the letter S" is the letter S (was "letters": no one, a wrong answer)."""
    assert plan_of("last name begins with the letter S") == plan_of("last name begins with S")


def test_a_lone_letter_after_an_article_is_the_letter() -> None:
    assert plan_of("last names that start with a S") == plan_of("last names starting with S")
