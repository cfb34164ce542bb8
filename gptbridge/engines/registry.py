"""Which engines exist, and how one is built for a question.

A new engine is a module with a class that has `name`, `policy`, `compose` and `narrate`
(`gptbridge/engines/base.py`), plus one line in `ENGINES`. The registry feeds everything that
lists engines: the GPTBRIDGE_ENGINE system check, the API's `engine` field, and the `--engine`
options of `manage.py ask` and `evaluate`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from gptbridge.domain import Deadline, Dialect
from gptbridge.engines.base import Engine
from gptbridge.engines.offline import OfflineEngine
from gptbridge.engines.openai_engine import OpenAIEngine


@dataclass(frozen=True)
class EngineSetup:
    """What an engine may be built with, per question."""

    dialect: Dialect
    deadline: Deadline


EngineFactory = Callable[[EngineSetup], Engine]

# In order of preference for "auto": the first engine without network is the fast path and the
# fallback; the first one with network answers what the fast path refuses.
ENGINES: dict[str, EngineFactory] = {
    "offline": lambda setup: OfflineEngine(),
    "openai": lambda setup: OpenAIEngine(dialect=setup.dialect, deadline=setup.deadline),
}
AUTO = "auto"


def engine_choices() -> tuple[str, ...]:
    """What GPTBRIDGE_ENGINE and `--engine` accept: "auto" or a registered engine."""
    return (AUTO, *ENGINES)


def build_engine(name: str, setup: EngineSetup) -> Engine:
    """The engine called `name` (KeyError for an unknown one: settings are checked at start-up)."""
    engine = ENGINES[name](setup)
    if engine.name != name:
        raise ValueError(f"engine registered as {name!r} calls itself {engine.name!r}")
    return engine


def build_engines(setup: EngineSetup) -> list[Engine]:
    return [build_engine(name, setup) for name in ENGINES]
