"""An engine that answers with SQL written before: a verified question's, or the stage-1 cache's.

Its query is run through the guard and the executor like any other. Narration is left to the
engine the question would otherwise have gone to (the model, when it may be used), or is a
one-line summary, so a stored answer never costs a stage-1 call.
"""

import inspect
from dataclasses import dataclass

from gptbridge.domain import ComposeContext, Composition, Narration, QueryResult
from gptbridge.engines.base import Engine, EnginePolicy

# The `engine` an answer from stored SQL reports (besides the registered engines).
STORED_ANSWER_ENGINES = ("verified", "cached")


@dataclass
class StoredSqlEngine:
    sql: str
    name: str  # "verified" or "cached": what the response's `engine` says
    narrator: Engine | None = None

    @property
    def policy(self) -> EnginePolicy:
        return EnginePolicy(max_attempts=1)  # a stored query that fails is not rewritten here

    def compose(self, question: str, context: ComposeContext) -> Composition:
        return Composition(sql=self.sql)

    async def narrate(
        self, question: str, composition: Composition, result: QueryResult
    ) -> Narration:
        if self.narrator is not None:
            narration = self.narrator.narrate(question, composition, result)
            return await narration if inspect.isawaitable(narration) else narration
        plural = "" if result.row_count == 1 else "s"
        more = "; there are more" if result.truncated else ""
        return Narration(text=f"Found {result.row_count} row{plural}{more}.")
