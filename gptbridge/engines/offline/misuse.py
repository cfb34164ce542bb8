"""A request to use the directory against the people in it ("so I can cold-email them about my
startup", "I'm selling it to a data broker", "for the phishing test"): refused whatever else the
question asks, and wherever the words stand, even in an aside that is otherwise dropped (the
words are the [not_in_the_data] topic `words.MISUSE`). Found by one pattern over the text, so
the check costs next to nothing on the questions that have none of them."""

import re

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.words import MISUSE, NOT_IN_THE_DATA

USES_AGAINST_PEOPLE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(phrase).replace(r"\ ", r"\s+").replace(r"\-", r"[\s-]?")
        for phrases, topic in NOT_IN_THE_DATA
        if topic == MISUSE
        for phrase in sorted(phrases, key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)


def refuse_uses_against_people(question: str) -> None:
    found = USES_AGAINST_PEOPLE.search(question)
    if found is not None:
        raise OutOfData(MISUSE, found.group())
