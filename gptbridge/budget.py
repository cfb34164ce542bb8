"""What one question may cost, in one place: characters of SQL, of a result and of a prompt.

Every door that hands rows to someone else (POST /search, the MCP tool, the REST API) sizes
its output with these numbers and functions, so a response stays under the 100,000
characters a GPT action accepts whatever the query and the settings.

Sizes are counted as the characters of compact JSON (`json.dumps(..., ensure_ascii=False,
separators=(",", ":"))`), which is what DRF renders, so escaping (`"` -> `\\"`, control
characters -> `\\u0000`) is part of the count.
"""

import json
from dataclasses import dataclass, field
from typing import Any

# The whole response body of POST /search (and of the MCP tool's text): a GPT action refuses
# anything longer.
RESPONSE_MAX_CHARS = 100_000
# The longest SQL the guard accepts, as written by the model and as re-rendered to run. The
# question log keeps it whole; as a JSON string it takes at most twice as many characters.
SQL_MAX_CHARS = 6_000
# The answer text (the model's narration or the one-line summary), cut beyond this.
MESSAGE_MAX_CHARS = 8_000
# Room for the keys, numbers and punctuation around rows, message and SQL.
ENVELOPE_CHARS = 1_000
# What is left for the rows of one answer, as JSON.
ROWS_MAX_CHARS = RESPONSE_MAX_CHARS - 2 * SQL_MAX_CHARS - MESSAGE_MAX_CHARS - ENVELOPE_CHARS
# One cell (a string value) longer than this is cut, with CUT_MARKER saying how much is gone.
CELL_MAX_CHARS = 2_000
CUT_MARKER = "…[{n} more characters cut]"
# The most characters one character takes in JSON (`\u001f`).
MAX_ESCAPED_CHARS = 6
# The rows shown to the model in the stage-2 (narration) prompt, as JSON.
NARRATION_ROWS_MAX_CHARS = 20_000


def json_chars(value: Any) -> int:
    """Characters `value` takes in the API's compact JSON."""
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str))


def clean_text(text: str) -> str:
    """`text` without lone surrogates (JSON allows `"\\ud800"`; UTF-8 cannot encode it)."""
    return text.encode("utf-8", "replace").decode("utf-8")


def cut_text(text: str, limit: int) -> tuple[str, bool]:
    """`text` cut so that its JSON takes at most `limit` characters, with a visible marker
    saying how many characters are gone; and whether it was cut."""
    if json_chars(text) <= limit + 2:
        return text, False
    keep = limit
    while keep > 0:
        cut = text[:keep] + CUT_MARKER.format(n=len(text) - keep)
        size = json_chars(cut)
        if size <= limit + 2:
            return cut, True
        keep = min(keep - 1, keep * limit // size)
    return CUT_MARKER.format(n=len(text)), True


def cut_cell(value: Any, limit: int = CELL_MAX_CHARS) -> tuple[Any, bool]:
    """A JSON-ready cell, cut when its JSON takes more than `limit` characters."""
    if isinstance(value, str):
        if value.isascii() and len(value) * MAX_ESCAPED_CHARS <= limit:
            return value, False  # fits even if every character needed escaping
        return cut_text(clean_text(value), limit)
    if value is None or isinstance(value, bool | int | float):
        return value, False
    if json_chars(value) <= limit:
        return value, False
    return cut_text(clean_text(json.dumps(value, ensure_ascii=False, default=str)), limit)


def bounded_message(text: str) -> str:
    """The answer text as a response may carry it: valid UTF-8, at most MESSAGE_MAX_CHARS."""
    return cut_text(clean_text(text), MESSAGE_MAX_CHARS)[0]


@dataclass
class RowBudget:
    """Counts the characters of rows as they are read; says when the next row would not fit."""

    max_chars: int = ROWS_MAX_CHARS
    used: int = 2  # the list's brackets
    cells_cut: int = 0
    rows: list[dict[str, Any]] = field(default_factory=list)

    def take(self, row: dict[str, Any]) -> bool:
        """Add `row` (cutting long cells) if it fits; False when it does not (stop reading)."""
        cut_row = {}
        for key, value in row.items():
            cut_row[key], was_cut = cut_cell(value)
            self.cells_cut += was_cut
        size = json_chars(cut_row) + (1 if self.rows else 0)
        if self.used + size > self.max_chars:
            return False
        self.used += size
        self.rows.append(cut_row)
        return True


def slice_rows(rows: list[dict[str, Any]], max_chars: int) -> list[dict[str, Any]]:
    """The longest prefix of `rows` whose JSON fits in `max_chars`."""
    used = 2
    for position, row in enumerate(rows):
        used += json_chars(row) + (1 if position else 0)
        if used > max_chars:
            return rows[:position]
    return rows


def typical_row_chars(column_widths: dict[str, int]) -> int:
    """The JSON size of a row holding every column at a typical (not maximal) width."""
    return 2 + sum(len(name) + 4 + min(width, 40) for name, width in column_widths.items())
