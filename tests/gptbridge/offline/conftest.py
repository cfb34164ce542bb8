import datetime as dt

import pytest

from gptbridge.engines.offline.engine import parse_question
from gptbridge.engines.offline.names import DirectoryNames
from gptbridge.engines.offline.plan import QueryPlan

TODAY = dt.date(2024, 1, 15)
NAMES = DirectoryNames(
    first=frozenset({"leopold", "jailyn", "albert", "june", "mark", "zackery"}),
    last=frozenset({"johnston", "mcclure", "pfeffer", "o'hara", "smith", "king", "welch"}),
)


def plan_of(question: str, today: dt.date = TODAY) -> QueryPlan:
    return parse_question(question, today=today, names=lambda: NAMES)


@pytest.fixture
def names() -> DirectoryNames:
    return NAMES
