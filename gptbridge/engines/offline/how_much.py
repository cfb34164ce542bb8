"""'How much' said for 'how many', as Dutch "hoeveel" and German "wie viel" say both: "how much
medewerkers", "How much Assistants are in HR and how much in Accounting?". Before anything else
it stays a question about pay ("how much do engineers get")."""

import re

from gptbridge.engines.offline.formal_phrasings import Rewrite

# "how much medewerkers", "how much more people than": how many, right before people.
HOW_MUCH_OF_PEOPLE = re.compile(
    r"\bhow\s+much\s+(?=(?:more|fewer|different|distinct|medewerkers|people|ppl|persons|employees"
    r"|staff|workers|folks|colleagues|collaborators|interns|managers|assistants|associates"
    r"|contractors|presidents|vice-presidents|vps|hires|departments?|depts?|titles?"
    r"|(?:\w+\s+)?e-?mails?|names|first\s+names|last\s+names|surnames)\b)",
    re.IGNORECASE,
)
# "How much Assistants are in HR and how much in Accounting?": a "how much" said again after a
# count asks how many again, where it is said of a place ("how much do they earn" is pay).
HOW_MUCH_AGAIN = re.compile(r"\bhow\s+much\b(?=\s+(?:in|at|from|for|on|with|use|uses)\b)", re.I)
COUNT_ASKED_BEFORE = re.compile(r"\bhow\s+many\b", re.I)


def _how_many_again(said: re.Match[str]) -> str:
    return "how many" if COUNT_ASKED_BEFORE.search(said.string[: said.start()]) else said.group()


HOW_MUCH_FOR_HOW_MANY: tuple[Rewrite, ...] = (
    (HOW_MUCH_OF_PEOPLE, "how many "),
    (HOW_MUCH_AGAIN, _how_many_again),
)
