"""A question wrapped the way people prompt a chat model: a role first ("Act as an HR analyst.",
"You are a people analytics bot.", "Role: HR assistant."), how to answer ("Answer in one
sentence.", "Think step by step."), a "Task:" or a lone "Step 1:" label before it, and the form
of the answer after it ("Output format: a single number.", "Return just
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
# "Answer in one sentence.", "Respond in JSON.", "Think step by step:" before the question: how
# to answer, which the answer's form decides; "Respond only with a number." asks for a count,
# and is read after the question, as a form said there is (`follow_ups`).
_STYLE = (
    r"(?:in\s+)?(?:one|a\s+single)\s+(?:sentence|word|line)|in\s+json(?:\s+with\s+keys\b[^.:!?]*)?"
    r"|in\s+(?:plain\s+)?english|concisely|briefly|precisely|directly|clearly"
)
STYLE_FIRST = re.compile(
    rf"^\W*(?:(?:answer|respond|reply)\s+(?:{_STYLE})|be\s+(?:concise|brief|precise)"
    r"|(?:let'?s\s+)?think\s+step\s+by\s+step(?:\s*,?\s*then\s+give\s+(?:me\s+)?the\s+final"
    r"\s+answer)?)\s*[.:!]\s*(?=\S)",
    re.IGNORECASE,
)
FORM_FIRST = re.compile(
    r"^\W*(?:answer|respond|reply)\s+(?:only\s+)?with\s+(?:(?:a|the)\s+)?(?P<form>number|count"
    r"|names?)(?:\s+only)?\s*[.:!]\s*(?=\S)",
    re.IGNORECASE,
)
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
    while style := STYLE_FIRST.match(question):
        question = question[style.end() :]
    if form := FORM_FIRST.match(question):
        question = f"{question[form.end() :].rstrip()} Just the {form['form']}."
    if not SEVERAL_STEPS.search(question):
        question = LABEL_FIRST.sub("", question, count=1)
    return FORM_SAID_AFTER.sub(" ", question)
