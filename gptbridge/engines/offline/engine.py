"""The offline engine: answers the directory's common questions with no model and no network.

Deterministic and explainable: the question is parsed into a `QueryPlan`, rendered to SQL with
sqlglot and narrated from the rows. A question it does not fully understand is refused with the
words it could not interpret; it never guesses.
"""

from gptbridge.domain import ComposeContext, Composition, Narration, QueryResult
from gptbridge.engines.base import EnginePolicy
from gptbridge.engines.offline.assemble import NotUnderstood
from gptbridge.engines.offline.names import directory_names
from gptbridge.engines.offline.narrate import narrate_rows
from gptbridge.engines.offline.parser import parse_question
from gptbridge.engines.offline.plan import QueryPlan
from gptbridge.engines.offline.render import render_sql
from gptbridge.errors import Unanswerable

CAPABILITIES = (
    'people by department or title ("engineers in Sales or Marketing", "VPs not in HR")',
    'hire dates ("hired in March 2021", "before 2015", "in the last 3 years")',
    'names and e-mail ("first name starts with An", "Leopold Johnston\'s email", '
    '"gmail addresses")',
    'counts and breakdowns ("how many interns", "how many per department", '
    '"which title is most common")',
    'sorted lists and top N ("sorted by hire date", "the 5 most recent hires")',
)


class OfflineEngine:
    name = "offline"
    policy = EnginePolicy()  # one attempt, no network, no model, nothing worth retrying

    def compose(self, question: str, context: ComposeContext) -> Composition:
        try:
            plan = parse_question(question, today=context.today, names=directory_names)
        except NotUnderstood as exc:
            raise Unanswerable(refusal_message(exc)) from None
        return Composition(sql=render_sql(plan, context.dialect), plan=plan)

    def narrate(self, question: str, composition: Composition, result: QueryResult) -> Narration:
        plan = composition.plan
        if not isinstance(plan, QueryPlan):
            raise TypeError("the offline engine narrates only its own compositions")
        return Narration(text=narrate_rows(plan, result))


def refusal_message(exc: NotUnderstood) -> str:
    """What was not understood, what can be asked instead, and how to get a model."""
    words = ", ".join(f"'{word}'" for word in exc.words)
    if exc.reason and words:
        problem = f"I could not interpret {words} in this question ({exc.reason})."
    elif exc.reason:
        problem = f"I could not interpret this question: {exc.reason}."
    else:
        problem = f"I could not interpret {words} in this question."
    return (
        f"{problem} Rather than guess, the offline engine answers only questions it fully "
        f"understands, about: {'; '.join(CAPABILITIES)}. For other questions, configure a "
        "model-backed engine (set OPENAI_API_KEY)."
    )
