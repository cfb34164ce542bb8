from gptbridge.engines.offline.names import DirectoryNames, name_key


def test_names_without_apostrophes_find_the_stored_name(names: DirectoryNames) -> None:
    assert name_key("O'Hara") == "ohara"
    assert names.stored("ohara") == "o'hara"
    assert names.stored("o'hara") == "o'hara"
    assert names.stored("nobody") is None
