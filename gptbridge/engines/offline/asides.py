"""Asides: a lead-in or a closing remark around the question that asks for nothing.

"For the board deck: how many people did we hire each year?", "Hi! I'm new here - who is in HR?",
"How many presidents do we have? That seems like a lot.", "... by department, so I can build a
pie chart". The closed world still holds: a part of the question is dropped as an aside only when
1. it is set off from the question: a sentence of its own, a lead-in before the first ':', ' - '
   or ',', or a closing ', so ...' / ', for ...' clause;
2. it starts the way a remark does (`LEAD_INS`, `CLOSINGS`);
3. read on its own by the lexer, it names nothing: every word is free text, a filler or a
   preposition (no value, name, field, number, date or other keyword, in any reading), and none
   is a word that would change an answer ("reverse", "only", "instead", ...).
Everything else stays in the question, to be understood or refused with it.
"""

import re
from collections.abc import Callable, Iterable

from gptbridge.engines.offline.tokens import Lexeme, tokenize

SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
# The first ':', a spaced dash, or a comma ends a lead-in.
LEAD_IN_END = re.compile(r":|\s[-\u2013\u2014]+\s|,")
CLOSING_CLAUSE = re.compile(r",\s*(?=(?:so|for)\b)", re.IGNORECASE)

# How a remark before the question starts ("for the slide", "I'm new here", "hi", "quick one").
LEAD_INS = frozenset(
    {
        "for", "i", "i'm", "im", "i've", "i'd", "we", "we're", "we've", "we'd", "my", "our",
        "hi", "hey", "hello", "ok", "okay", "so", "quick", "context", "fyi", "btw", "sorry",
        "thanks", "thank", "good", "morning", "afternoon", "evening", "apologies",
    }
)  # fmt: skip
# How a remark after the question starts ("that seems like a lot", "thanks!", "I think ...").
CLOSINGS = frozenset(
    {
        "that", "that's", "thats", "this", "it", "it's", "its", "i", "i'm", "im", "i'd", "i've",
        "we", "we're", "we'd", "thanks", "thank", "cheers", "seems", "sounds", "looks", "much",
        "appreciate", "appreciated", "hope", "so", "for", "ty", "thx",
    }
)  # fmt: skip
# Words that would change an answer if they were dropped, whatever the lexer makes of them.
INSTRUCTIONS = frozenset(
    {
        "reverse", "reversed", "backwards", "flip", "flipped", "opposite", "inverse", "sort",
        "order", "rank", "exclude", "excluding", "include", "including", "ignore", "ignoring",
        "skip", "drop", "remove", "omit", "leave", "without", "except", "instead", "rather",
        "also", "too", "plus", "only", "more", "less", "fewer", "first", "last", "then", "again",
        "other", "else", "same", "each", "every", "all", "any", "none", "no", "not", "never",
        "count", "sum", "total", "group", "split", "separately", "break", "round", "rounded",
        "unique", "distinct", "duplicate", "duplicates", "top", "bottom", "mean", "meant",
        "wrong", "correct", "actually", "but", "and", "or",
    }
)  # fmt: skip
# What an aside may be read as: free text, a word the lexer does not know, a linking verb or
# a preposition ("for the board", "in my first week" has a number: not an aside).
INERT_TERMINALS = frozenset({"WORD", "UNKNOWN", "COPULA"})
INERT_KEYWORDS = frozenset({"of", "in", "on", "at", "to", "from", "with", "as", "'s"})

Reader = Callable[[str], Iterable[list[Lexeme]]]


def without_asides(question: str, read: Reader) -> str:
    """`question` without the asides around it (see the module's docstring); what remains is
    the question as typed."""
    sentences = SENTENCE_BREAK.split(question.strip())
    while len(sentences) > 1 and _is_aside(sentences[0], LEAD_INS, read):
        sentences.pop(0)
    while len(sentences) > 1 and _is_aside(sentences[-1], CLOSINGS, read):
        sentences.pop()
    sentences[0] = _without_lead_in(sentences[0], read)
    sentences[-1] = _without_closing_clause(sentences[-1], read)
    return " ".join(sentences)


def _without_lead_in(sentence: str, read: Reader) -> str:
    end = LEAD_IN_END.search(sentence)
    if end is None or not sentence[end.end() :].strip():
        return sentence
    if _is_aside(sentence[: end.start()], LEAD_INS, read):
        return sentence[end.end() :].lstrip()
    return sentence


def _without_closing_clause(sentence: str, read: Reader) -> str:
    starts = [match.start() for match in CLOSING_CLAUSE.finditer(sentence)]
    if not starts or not sentence[: starts[-1]].strip():
        return sentence
    clause = sentence[starts[-1] + 1 :]
    if _is_aside(clause.rstrip("?!. "), CLOSINGS, read):
        return sentence[: starts[-1]] + sentence[len(sentence.rstrip("?!. ")) :]
    return sentence


def _is_aside(text: str, openers: frozenset[str], read: Reader) -> bool:
    words = [word.norm for word in tokenize(text)]
    if not words or words[0] not in openers or INSTRUCTIONS.intersection(words):
        return False
    return all(_names_nothing(reading) for reading in read(text))


def _names_nothing(lexemes: list[Lexeme]) -> bool:
    return all(
        lexeme.terminal in INERT_TERMINALS
        or (lexeme.terminal == "KW" and lexeme.payload in INERT_KEYWORDS)
        for lexeme in lexemes
    )
