from gptbridge.engines.offline.names import DirectoryNames, name_key


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
