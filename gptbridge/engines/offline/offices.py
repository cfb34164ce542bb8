"""A department's office: "the Sales office", "the office of Engineering", Italian "the office
HR" ("l'ufficio HR"). Next to a department named, "office" is that department; anywhere else
("which office is Sven in", "employees per office") it stays a place of work, which the
directory does not record, and the question is refused (words.toml, [not_in_the_data])."""

from gptbridge.engines.offline.column_values import is_a_department
from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is

OFFICE = frozenset({"office", "offices"})


def offices_of_departments(lexemes: list[Lexeme]) -> list[Lexeme]:
    """Each "office" said next to a department ("Sales office", "office (of) Sales") read as the
    word "department"."""
    return [
        Lexeme("FIELD", "department", lexeme.text) if _of_a_department(lexemes, index) else lexeme
        for index, lexeme in enumerate(lexemes)
    ]


def _of_a_department(lexemes: list[Lexeme], index: int) -> bool:
    if lexemes[index].terminal != "TOPIC" or lexemes[index].text.lower() not in OFFICE:
        return False
    before = lexemes[index - 1 : index] if index > 0 else []
    after = lexemes[index + 1 : index + 5]
    if after and _is(after[0], "KW", "of"):
        after = after[1:]
    sits = [*after[:1], *(w for w in after[1:] if not _names_the_group(w))]
    if len(sits) > 1 and is_a_department(sits[0]) and _is(sits[1], "KW", "in"):
        return False  # "which office is Sales (are the Sales people) in": where it sits, a place
    return any(is_a_department(lexeme) for lexeme in (*before, *after[:1]))


def _names_the_group(lexeme: Lexeme) -> bool:
    """ "the Sales team", "the Sales people": the department, or who is in it."""
    return _is(lexeme, "FIELD", "department") or _is(lexeme, "KW", "people")
