"""A request to use the directory against the people in it ("so I can cold-email them about my
startup", "I'm selling it to a data broker", "for the phishing test"): refused whatever else the
question asks, and wherever the words stand, even in an aside that is otherwise dropped (the
words are the [not_in_the_data] topic `words.MISUSE`)."""

from collections.abc import Callable, Iterable

from gptbridge.engines.offline.lexer import OutOfData
from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.words import MISUSE

Reader = Callable[[str], Iterable[list[Lexeme]]]


def refuse_uses_against_people(question: str, read: Reader) -> None:
    for lexemes in read(question):
        for lexeme in lexemes:
            if lexeme.terminal == "TOPIC" and lexeme.payload == MISUSE:
                raise OutOfData(MISUSE, lexeme.text)
