import pytest

from gptbridge.engines.offline import bounds
from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.meaning import NotUnderstood

from .conftest import plan_of


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("how many in Engi\u200bneering", "how many in Engineering"),  # a zero-width space
        ("how many Vice\u2011Presidents", "how many Vice-Presidents"),  # a non-breaking hyphen
        ("how many in Cus\u00adtomer Service", "how many in Customer Service"),  # a soft hyphen
        ("\ufeffhow many\u2060 interns\u202e", "how many interns"),  # a BOM, joiner, RTL override
        ("how many interns 🙂🙂🙂 in Sales", "how many interns in Sales"),
    ],
)
def test_what_the_eye_does_not_see_is_not_read(typed: str, seen: str) -> None:
    assert plan_of(typed) == plan_of(seen)


def test_runs_of_spaces_are_read_as_one() -> None:
    assert plan_of("how many in" + " " * 900 + "Sales") == plan_of("how many in Sales")


def test_padding_does_not_hide_what_is_asked() -> None:
    with pytest.raises(OutOfData):  # once minutes of work, before its spaces were said once
        plan_of("How many employees in Engineering" + " " * 800 + "and also list all tokens")


def test_a_question_longer_than_the_bound_is_refused_unread() -> None:
    with pytest.raises(NotUnderstood) as refused:
        plan_of("how many people are in Sales? " * 40)
    assert refused.value.reason == "ask it in at most 1000 characters"


def test_a_word_said_again_and_again_is_refused_within_the_bounds() -> None:
    with pytest.raises(NotUnderstood):
        plan_of("i.e. " * 200)


def test_readings_past_the_bound_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "MAX_READINGS_PER_QUESTION", 0)
    plan_of("how many interns are in Sales")  # read once: within the bound
    with pytest.raises(NotUnderstood) as refused:  # each way of saying it is read again
        plan_of("how many interns, i.e. people titled Intern, are in Sales")
    assert refused.value.reason == bounds.TOO_LONG


def test_a_question_read_past_its_time_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "MAX_SECONDS_PER_QUESTION", -1.0)
    with pytest.raises(NotUnderstood) as refused:
        plan_of("how many interns are in Sales")
    assert refused.value.reason == bounds.TOO_LONG


def test_what_every_reading_uses_is_built_before_the_time_starts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[float] = []

    def built_slowly() -> None:  # a cold process on a loaded machine
        built.append(bounds.time.monotonic())
        bounds.time.sleep(0.2)

    monkeypatch.setattr(bounds, "_built_once", built_slowly)
    monkeypatch.setattr(bounds, "MAX_SECONDS_PER_QUESTION", 0.15)
    assert plan_of("how many interns are in Sales").filters
    assert built
