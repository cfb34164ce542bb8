"""The model-backed engine: OpenAI writes the SQL (stage 1) and the answer (stage 2)."""

from dataclasses import dataclass

from django.conf import settings

from gptbridge import llm, prompts
from gptbridge.domain import (
    ComposeContext,
    Composition,
    Deadline,
    Dialect,
    Narration,
    QueryResult,
)
from gptbridge.engines.base import EnginePolicy
from gptbridge.errors import Unanswerable


class UnusableReply(Exception):
    """The model's stage-1 reply was not the JSON we asked for; fed back for another attempt."""

    def __init__(self, reason: str, raw: str):
        self.reason = reason
        self.raw = raw
        super().__init__(reason)


@dataclass
class OpenAIEngine:
    dialect: Dialect
    deadline: Deadline
    name: str = "openai"

    @property
    def policy(self) -> EnginePolicy:
        return EnginePolicy(
            max_attempts=None,  # GPTBRIDGE_MAX_ATTEMPTS
            needs_network=True,
            model=settings.OPENAI_MODEL,
            retry_reply_errors=(UnusableReply,),
        )

    async def compose(self, question: str, context: ComposeContext) -> Composition:
        reply = await llm.complete_chat(
            prompts.compose_messages(question, context),
            deadline=self.deadline,
            response_format=llm.json_response_format("directory_query", prompts.SQL_REPLY_SCHEMA),
        )
        return Composition(
            sql=_sql_from_reply(reply.content), usage=reply.usage, model_calls=reply.attempts
        )

    async def narrate(
        self, question: str, composition: Composition, result: QueryResult
    ) -> Narration:
        reply = await llm.complete_chat(
            prompts.narrate_messages(question, composition.sql, result, self.dialect),
            deadline=self.deadline,
        )
        return Narration(text=reply.content.strip(), usage=reply.usage, model_calls=reply.attempts)


def _sql_from_reply(content: str) -> str:
    payload = llm.parse_json_object(content)
    if payload is None:
        raise UnusableReply("Your reply was not a JSON object.", content)
    sql = payload.get("sql")
    if isinstance(sql, str) and sql.strip():
        return sql
    refusal = payload.get("refusal")
    if isinstance(refusal, str) and refusal.strip():
        raise Unanswerable(f"The directory cannot answer this: {refusal.strip()}")
    if "sql" not in payload:
        raise UnusableReply('Your reply had no "sql" key.', content)
    raise UnusableReply('Your reply\'s "sql" was empty.', content)
