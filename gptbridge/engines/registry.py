"""Which engines exist, and how one is built for a question. A new engine is one entry here."""

from gptbridge.domain import Deadline, Dialect
from gptbridge.engines.base import Engine

ENGINE_CHOICES = ("auto", "openai", "offline")


def build_offline_engine() -> Engine:
    from gptbridge.engines.offline import OfflineEngine

    return OfflineEngine()


def build_openai_engine(dialect: Dialect, deadline: Deadline) -> Engine:
    from gptbridge.engines.openai_engine import OpenAIEngine

    return OpenAIEngine(dialect=dialect, deadline=deadline)
