"""A question wrapped the way people prompt a chat model: a role first ("Act as an HR analyst.",
"You are a people analytics bot.", "Role: HR assistant."), a "Task:" or a lone "Step 1:" label
before it, and the form of the answer after it ("Output format: a single number.", "Return just
the count."). The role and the labels ask for nothing; the form is read as any form said after
a question is (`follow_ups`): what the answer gives already, or refused. Applied by
`asides.without_asides` first."""

import re

_ROLE_NOUNS = (
    r"analyst|assistant|expert|planner|bot|chatbot|tool|consultant|specialist|partner|advis[eo]r"
    r"|recruiter|generalist|officer|clerk|administrator|admin|helper|agent|engine|system"
)
# "Act as an HR analyst.", "You are a workforce planner.", "Role: HR assistant."
ROLE_FIRST = re.compile(
    r"^\W*(?:(?:(?:please\s+)?act\s+as|you\s+are|you're|pretend\s+(?:to\s+be|you\s+are))\s+"
    rf"(?:an?\s+|the\s+|my\s+)?[\w&' -]{{0,40}}?\b(?:{_ROLE_NOUNS})s?|role\s*:\s*[^.!?:]{{1,60}}?)"
    r"\s*[.!:]\s+(?=\S)",
    re.IGNORECASE,
)
# "Task: how many ...?", "Step 1: count all employees ..." (one step only: several are refused),
# "Follow-up: of the interns ...".
LABEL_FIRST = re.compile(
    r"^\W*(?:task|question|query|step\s+1|follow[\s-]?up)\s*:\s*", re.IGNORECASE
)
SEVERAL_STEPS = re.compile(r"\bstep\s+2\s*:", re.IGNORECASE)
# "... Output format: a single number.", "... Return just the count.", a ticket's "AC: number":
# said after a sentence.
FORM_SAID_AFTER = re.compile(
    r"(?<=[.?!])\s*(?:output(?:\s+format)?|format|return|respond\s+with|answer\s+with"
    r"|reply\s+with|ac(?=\s*:)|acceptance(?:\s+criteria)?|expected(?:\s+output)?)\s*:?\s*"
    r"(?:just\s+|only\s+)?",
    re.IGNORECASE,
)


def without_a_prompt_wrapper(question: str) -> str:
    question = ROLE_FIRST.sub("", question, count=1)
    if not SEVERAL_STEPS.search(question):
        question = LABEL_FIRST.sub("", question, count=1)
    return FORM_SAID_AFTER.sub(" ", question)
