"""What every question engine provides: question -> SQL, and rows -> answer."""

from typing import Protocol

from gptbridge.domain import ComposeContext, Composition, Narration, QueryResult


class Engine(Protocol):
    name: str

    def compose(self, question: str, context: ComposeContext) -> Composition:
        """Write one SQL query for the question, or raise `Unanswerable`."""
        ...

    def narrate(self, question: str, composition: Composition, result: QueryResult) -> Narration:
        """Say in plain language what the rows answer (called only when there are rows)."""
        ...
