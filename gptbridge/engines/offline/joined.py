"""Two conditions joined by "and", each said with its own column ("whose title is Manager and
whose department is Sales", "with title Manager and department Sales"): both hold. Said without
their columns ("Managers and Sales"), "and" may mean both or either, and is asked back
(assemble.py). Applied by `meaning.parts_of`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # meaning.py reads its parts through this module
    from gptbridge.engines.offline.meaning import Part


def and_between_columns(parts: list[Part]) -> list[Part]:
    """The parts without the "and" that joins two conditions said with their own columns."""
    return [part for index, part in enumerate(parts) if not _joins_two_columns(parts, index)]


def _joins_two_columns(parts: list[Part], index: int) -> bool:
    if parts[index].kind != "sep_and":
        return False
    before = _said_with_its_column(list(reversed(parts[:index])))
    after = _said_with_its_column(parts[index + 1 :])
    return before is not None and after is not None and before != after


def _said_with_its_column(said: list[Part]) -> str | None:
    """The column of a condition said next to its column word, "on" between them or not
    ("title Manager", "email id is on yahoo"), or a department said after "in", which no title
    takes ("who is in Customer Service and title is Assistant"): `said` runs away from the
    "and"."""
    if sorted(part.kind for part in said[:2]) == ["prep_place", "value"]:
        value = next(part for part in said[:2] if part.kind == "value")
        if _column_of(value) == "department" and said[0].text.lower() != "on":
            return "department"
    words = [part for part in said[:3] if part.kind != "prep_place"][:2]
    if words and compared_with_its_column(words[0]):  # "email ends with hotmail.com"
        return _column_of(words[0])
    columns = [_column_of(part) for part in words]
    kinds = sorted(part.kind for part in words)
    if kinds not in (["fields", "value"], ["fields", "filter"]):
        return None
    return columns[0] if columns[0] == columns[1] else None


def compared_with_its_column(part: Part) -> bool:
    """A condition that says its column besides its value ("email ends with hotmail.com",
    "surname Weimann"), not the value alone ("Weimann")."""
    shown = getattr(part.value, "shown", None)
    return part.kind == "filter" and shown is not None and part.text.lower() != shown.lower()


def _column_of(part: Part) -> str | None:
    if part.kind == "fields":
        return str(part.value)
    if part.kind == "value":
        return str(part.value[0])
    return getattr(part.value, "column", None) if part.kind == "filter" else None
