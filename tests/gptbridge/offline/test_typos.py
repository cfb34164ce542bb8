from gptbridge.engines.offline.lexicon import lexicon
from gptbridge.engines.offline.typos import closest, corrected_word, nearest

from .conftest import plan_of


def test_the_one_nearest_candidate_is_the_correction() -> None:
    assert closest("marketting", {"marketing", "marketer"}) == "marketing"
    assert closest("xyzzy", {"marketing"}) is None


def test_swapped_letters_are_one_typo() -> None:
    assert closest("domian", {"domain", "domains"}) == "domain"


def test_names_equally_near_a_typo_are_never_guessed_between() -> None:
    """Jones or Jose? A word's typo keeps its ends; a name's is not guessed."""
    assert closest("jonse", {"jones", "jose"}) is None


def test_of_words_equally_near_those_keeping_the_typed_ends_are_kept() -> None:
    assert nearest("acounting", {"accounting", "counting"}) == ["accounting"]
    assert sorted(nearest("employes", {"employees", "employs", "employed"})) == [
        "employees",
        "employs",
    ]


def test_a_typo_in_a_word_of_four_letters_keeps_its_first_letter() -> None:
    """ "wale" (Hindi: the ones with) was read as "sale", and a count became Sales' count."""
    assert nearest("wale", {"sale"}) == []
    assert nearest("slae", {"sale"}) == ["sale"]


def test_letters_added_at_one_end_make_another_word() -> None:
    assert nearest("unhired", {"hired"}) == []  # two letters before "hired": another word
    assert nearest("hirred", {"hired"}) == ["hired"]


def test_a_typo_is_read_only_when_what_it_may_mean_is_one_thing() -> None:
    vocabulary = lexicon()
    employees = corrected_word("employes", vocabulary)  # not "employs", a filler
    assert employees is not None
    assert vocabulary.entry((employees,)) == vocabulary.entry(("employees",))
    assert corrected_word("lsit", vocabulary) == "list"  # a filler, but only two letters swapped
    assert corrected_word("plese", vocabulary) == "please"  # ... or one left out
    assert corrected_word("lizt", vocabulary) is None  # a filler one letter off: refused


def test_a_three_letter_word_with_two_letters_swapped_is_read_when_one_word_fits() -> None:
    vocabulary = lexicon()
    assert corrected_word("teh", vocabulary) == "the"
    assert corrected_word("adn", vocabulary) == "and"
    assert corrected_word("fro", vocabulary) is None  # a word of its own
    assert corrected_word("ssn", vocabulary) is None  # no word is two letters swapped


def test_hirs_is_hires() -> None:
    assert plan_of("How many hirs did we make in 2017?") == plan_of("how many hires in 2017")


def test_two_typos_never_touch_the_first_letter() -> None:
    """ "demitted" (Portuguese "demitido": dismissed) is no "admitted" (hired)."""
    assert "admitted" not in nearest("demitted", ["admitted", "joined"])
    assert nearest("emploeyes", ["employees", "engineers"]) == ["employees"]


def test_a_typo_is_never_read_as_a_value_cut_short() -> None:
    # "prse" is two letters from "pres" (President), "asts" one from "asst": a guess on a guess
    assert corrected_word("prse", lexicon()) is None
    assert corrected_word("asts", lexicon()) is None
    assert corrected_word("mngs", lexicon()) is None  # manages, one letter from "mngrs"
    assert corrected_word("engneers", lexicon()) == "engineers"  # a word, not cut short
    assert corrected_word("presidnets", lexicon()) == "presidents"
    assert plan_of("How many pers hired before 2012?") == plan_of("how many hired before 2012")
