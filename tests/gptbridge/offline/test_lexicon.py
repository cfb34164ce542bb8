from gptbridge.engines.offline.lexicon import Entry, lexicon


def test_values_and_member_nouns_come_from_the_description() -> None:
    vocabulary = lexicon()
    assert vocabulary.entry(("engineers",)) == Entry("VALUE", ("department", "Engineering"))
    assert vocabulary.entry(("customer", "support")) == Entry(
        "VALUE", ("department", "Customer Service")
    )
    assert vocabulary.entry(("vps",)) == Entry("VALUE", ("title", "Vice-President"))
    assert vocabulary.entry(("vice", "presidents")) == Entry("VALUE", ("title", "Vice-President"))


def test_column_words_come_from_the_description() -> None:
    vocabulary = lexicon()
    assert vocabulary.entry(("surname",)) == Entry("FIELD", "last_name")
    assert vocabulary.entry(("last", "names")) == Entry("FIELD", "last_name")
    assert vocabulary.entry(("hire", "date")) == Entry("FIELD", "hire_date")
    assert vocabulary.entry(("names",)) == Entry("FIELD", "name")


def test_keywords_fillers_and_topics() -> None:
    vocabulary = lexicon()
    assert vocabulary.entry(("joined",)) == Entry("KW", "hired")
    assert vocabulary.entry(("please",)) == Entry("FILLER")
    assert vocabulary.entry(("salary",)) == Entry("TOPIC", "salaries or pay")
    # A longer topic phrase wins over the keyword inside it.
    assert vocabulary.entry(("'s", "manager")) == Entry(
        "TOPIC", "reporting lines (who manages whom)"
    )
    assert vocabulary.plurals[("title", "Manager")] == "Managers"


def test_typo_targets_are_real_words() -> None:
    assert "marketing" in lexicon().spelled
    assert "salary" not in lexicon().spelled  # never correct a word into a refusal topic


def test_every_column_at_once_and_a_personal_provider() -> None:
    vocabulary = lexicon()
    assert vocabulary.entry(("everything", "about")) == Entry("FIELD", "record")
    assert vocabulary.entry(("all", "the", "info", "on")) == Entry("FIELD", "record")
    assert vocabulary.entry(("personal", "gmail")) == Entry("PROVIDER", "gmail")
