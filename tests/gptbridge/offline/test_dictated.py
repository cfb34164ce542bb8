import pytest

from gptbridge.engines.offline.dictated import as_punctuated


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("how many interns question mark", "how many interns?"),
        (
            "how many interns question mark who are they question mark",
            "how many interns? who are they?",
        ),
        ("list the VPs full stop", "list the VPs."),
        ("who was hired in 2019 period", "who was hired in 2019."),
        ("hires per period", "hires per period"),  # a noun after "per", "the", "that"
        ("hires in the period", "hires in the period"),
        ("hires in the period of 2019 to 2020", "hires in the period of 2019 to 2020"),
        ("what is the question", "what is the question"),
    ],
)
def test_marks_said_as_words_are_the_marks(said: str, written: str) -> None:
    assert as_punctuated(said) == written
