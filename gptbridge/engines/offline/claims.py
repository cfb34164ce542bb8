"""A claim about an average tenure or a headcount, asked to be checked: "is the average tenure
in Sales more than 10 years?", "Is it true the average tenure is more than 8 years?", "Is the
number of Managers in Sales greater than 10?". The amount compared is what is claimed of the
average or count, not a condition on whom it is of (those with more than 10 years of service):
the average or count is read without it, and the answer says yes or no."""

import re
from dataclasses import dataclass, replace
from typing import Any

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.answer_forms import YES_OR_NO
from gptbridge.engines.offline.meaning import NotUnderstood
from gptbridge.engines.offline.sql_parts import tenure_alias
from gptbridge.engines.offline.subsets import plainly

_MORE = r"more\s+than|over|above|greater\s+than|higher\s+than|longer\s+than|at\s+least"
_LESS = r"less\s+than|under|below|lower\s+than|shorter\s+than|at\s+most"
CLAIM = re.compile(
    rf"^(?P<asked>.+?)\s+(?:(?:is|was)\s+)?(?P<compare>{_MORE}|{_LESS})\s+"
    r"(?P<amount>\d+(?:\.\d+)?)\s*(?P<years>years?|yrs?)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
MORE = re.compile(rf"^(?:{_MORE})$", re.IGNORECASE)
INCLUSIVE = re.compile(r"^at\s+(?:least|most)$", re.IGNORECASE)
# Said right before the amount, these make it a condition: "of those with more than 10 years".
CONDITION_BEFORE = re.compile(
    r"\b(?:with|have|has|having|had|of|for|served|worked|been|who|whose|by|than|employed)$", re.I
)
STATISTIC_SAID = re.compile(
    r"\b(?:average|avg|mean|median|number|count|headcount|total)\b", re.IGNORECASE
)
TRUE_THAT = re.compile(r"^\W*(?:is\s+it\s+(?:true|correct|right)|confirm|verify|check)\b", re.I)


@dataclass(frozen=True)
class Claim:
    asked: str  # the question without the claim: "is the average tenure in Sales?"
    said: str  # "more than 10"
    more: bool
    inclusive: bool  # "at least", "at most"
    amount: float
    in_years: bool = False  # "more than 10 years": said of a tenure, never of a count

    @property
    def comparison(self) -> plans.Comparison:
        if self.more:
            return ">=" if self.inclusive else ">"
        return "<=" if self.inclusive else "<"

    def holds(self, average: float) -> bool | None:
        """Whether the average bears the claim out. It is rounded to 1 decimal as it is given:
        11.0 years may be 10.96 or 11.04, so at the amount nothing is settled (None)."""
        return None if average == self.amount else (average > self.amount) == self.more


def claimed(question: str) -> Claim | None:
    """The claim the question asks to be checked, if it claims something of an average."""
    said = plainly(question)
    found = CLAIM.match(question.strip())
    if found is None or not (YES_OR_NO.match(said) or TRUE_THAT.match(said)):
        return None
    asked, compare = found.group("asked"), found.group("compare")
    if not STATISTIC_SAID.search(asked) or CONDITION_BEFORE.search(asked.rstrip()):
        return None
    return Claim(
        f"{asked}?",
        f"{compare} {found.group('amount')}",
        bool(MORE.match(compare)),
        bool(INCLUSIVE.match(compare)),
        float(found.group("amount")),
        bool(found.group("years")),
    )


def checked(claim: Claim, plan: plans.QueryPlan) -> plans.QueryPlan:
    """`plan`, when it is one average tenure in years or one count the claim is checked against."""
    shape = plan.shape
    if isinstance(shape, plans.AverageTenure) and shape.key is None and shape.unit == "years":
        return plan
    counted = not claim.in_years and claim.amount.is_integer()
    if shape == plans.Count() and counted:  # "is the number of Managers greater than 10?"
        return replace(plan, shape=plans.Count(against=(claim.comparison, int(claim.amount))))
    raise NotUnderstood([claim.said], "a claim is checked only against one average or count")


def said_against(claim: Claim, plan: plans.QueryPlan, rows: list[dict[str, Any]]) -> bool | None:
    """Whether the claim holds of the average the rows hold; None when that is not settled."""
    shape = plan.shape
    if not rows or not isinstance(shape, plans.AverageTenure):
        return None  # a count says it itself (`plans.Count.against`)
    value = rows[0].get(tenure_alias(shape.unit, shape.statistic))
    return None if value is None else claim.holds(float(value))
