"""JSON parsing that turns pathologically deep documents into a 400, not a 500."""

from typing import Any

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class DepthSafeJSONParser(JSONParser):
    # Python's json raises RecursionError (not ValueError) on very deep nesting.
    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as exc:
            raise ParseError("The JSON body is nested too deeply.") from exc
