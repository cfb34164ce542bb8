"""Tool results keep to the 100,000-character budget of a GPT action's response."""

import json

from gptbridge.budget import RESPONSE_MAX_CHARS
from mcpserver.tools import ToolOutcome, compact_json, within_budget


def answer_with(rows: int) -> dict:
    return {
        "message": "Found them.",
        "rows": [{"first_name": "Ada" * 10, "last_name": f"Lovelace{i}" * 5} for i in range(rows)],
        "row_count": rows,
        "truncated": False,
    }


def test_a_small_result_is_unchanged() -> None:
    body = answer_with(3)
    assert within_budget(body, "rows") is body


def test_a_large_result_is_cut_to_whole_rows_and_says_so() -> None:
    body = answer_with(5000)
    kept = within_budget(body, "rows")
    text = compact_json(kept)
    assert len(text) <= RESPONSE_MAX_CHARS
    assert kept["truncated"] is True
    assert 0 < kept["row_count"] == len(kept["rows"]) < 5000
    assert kept["rows"] == body["rows"][: kept["row_count"]]
    one_more = dict(kept, rows=body["rows"][: kept["row_count"] + 1])
    assert len(compact_json(one_more)) > RESPONSE_MAX_CHARS  # as many rows as fit


def test_results_are_compact_json() -> None:
    text = ToolOutcome({"a": [1, 2], "b": "é"}).text()
    assert text == '{"a":[1,2],"b":"é"}'
    assert json.loads(text) == {"a": [1, 2], "b": "é"}
