"""A value said with its column, which says nothing more: "Is Anais Mante's title Junior
Executive?" (is she a Junior Executive), "an email domain other than gmail", "whose email is
not yahoo" (not on yahoo), "count of emails by domain" (of the people); and a column said before
its owners ("the department of Paul Mills", "the e-mails of X, Y and Z")."""

import itertools

from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is
from gptbridge.engines.offline.words import AFTER_A_NAME


def column_is_value(lexemes: list[Lexeme]) -> list[Lexeme]:
    found = _persons_column_is_value(_service_beside_a_department(_by_a_department(lexemes)))
    return _emails_counted(_domain_is_provider(found))


def _by_a_department(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "working by Engineering" (Dutch "bij", German "bei"): in it; "by" groups only by a
    column ("by department"), never by one of its values."""
    kept = list(lexemes)
    for index, (lexeme, after) in enumerate(itertools.pairwise(lexemes)):
        if _is(lexeme, "KW", "by") and is_a_department(after):
            kept[index] = Lexeme("KW", "in", lexeme.text)
    return kept


def _service_beside_a_department(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "in the service Engineering", "the Product service" (French "le service"): the
    department; "service" elsewhere is a tenure ("years of service")."""
    kept: list[Lexeme] = []
    for index, lexeme in enumerate(lexemes):
        beside = [*lexemes[index - 1 : index][:1], *lexemes[index + 1 : index + 2]]
        department = any(is_a_department(other) for other in beside)
        if not (department and _is(lexeme, "KW", "tenure") and lexeme.text.lower() == "service"):
            kept.append(lexeme)
    return kept


def is_a_department(lexeme: Lexeme) -> bool:
    """A department named ("Sales", "eng")."""
    return lexeme.terminal == "VALUE" and lexeme.payload[0] == "department"


def _persons_column_is_value(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "Is Anais Mante's title Junior Executive?": is she a Junior Executive."""
    found = list(lexemes)
    for index in range(len(found) - 3):
        person, owns, column, value = found[index : index + 4]
        named = person.terminal == "FULLNAME" and _is(owns, "KW", "'s")
        same = column.terminal == "FIELD" and value.terminal == "VALUE"
        if named and same and value.payload[0] == column.payload:
            return [*found[: index + 1], *found[index + 3 :]]
    return found


def _domain_is_provider(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "people with an email domain other than gmail", "whose domain is yahoo", "whose email is
    not gmail": the provider said after its column, the column dropped. Only with nothing or a
    negation between ("names and email, except gmail" keeps the e-mail shown)."""
    for index, column in enumerate(lexemes):
        domain = _is(column, "KW", "domain")
        email = column.terminal == "FIELD" and column.payload == "email"
        between = lexemes[index + 1 : index + 3]
        negations = ("not", "except") if domain else ("not",)
        negated = bool(between) and any(_is(between[0], "KW", said) for said in negations)
        provider = between[negated : negated + 1]
        said = bool(provider) and provider[0].terminal == "PROVIDER"
        if said and (domain or (email and negated)):
            return [*lexemes[:index], *lexemes[index + 1 :]]
    return lexemes


def _emails_counted(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "count of emails by domain", "how many email addresses per domain": everyone has one
    address, so the addresses counted per group are the people."""
    for index in range(1, len(lexemes) - 1):
        count, column, per = lexemes[index - 1 : index + 2]
        plural = column.text.lower().endswith(("emails", "addresses"))
        email = column.terminal == "FIELD" and column.payload == "email" and plural
        grouped = _is(per, "KW", "per") or _is(per, "KW", "by")
        if _is(count, "KW", "how many") and email and grouped:
            return [*lexemes[:index], Lexeme("KW", "people", column.text), *lexemes[index + 1 :]]
    return lexemes


def owner_said_after(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "the department of Paul Mills" is Paul Mills's department."""
    found = list(lexemes)
    for index in range(len(found)):
        if index + 2 >= len(found):
            break
        column, of, person = found[index : index + 3]
        owned = column.terminal == "FIELD" and _is(of, "KW", "of")
        owned = owned and column.text.lower() not in AFTER_A_NAME  # "the team of X": refused
        if owned and person.terminal in ("NAME", "FULLNAME"):
            end = _end_of_people_listed(found, index + 2)
            owns = [Lexeme("KW", "'s", "")] if end == index + 3 else []
            found[index:end] = [*found[index + 2 : end], *owns, column]
    return found


def _end_of_people_listed(lexemes: list[Lexeme], start: int) -> int:
    """Where "Kenya Jerde, Drew O'Conner and Gladys Welch" (full names joined by ",", "and",
    "or") ends: "the e-mails of X, Y and Z" are X's, Y's and Z's, not X's who are Y or Z."""
    end = start + 1
    while end + 1 < len(lexemes) and lexemes[end + 1].terminal == "FULLNAME":
        if not (lexemes[end].terminal == "KW" and lexemes[end].payload in (",", "and", "or")):
            break
        end += 2
    return end


# What may come between the two people and the column: "have the same", "join in the same".
SAID_OF_TWO = frozenset({"same", "share", "hired", "in", "on", "with"})


def two_people_the_same(lexemes: list[Lexeme]) -> list[Lexeme]:
    """ "do X and Y have the same title", "are X and Y in the same department", "did X and Y
    join in the same year": does X have the same title as Y. Only two people named in full,
    first, and the column last."""
    if len(lexemes) < 5 or not _is(lexemes[1], "KW", "and"):
        return lexemes
    first, _, second, *rest = lexemes
    people = first.terminal == second.terminal == "FULLNAME"
    said = [lexeme.payload if lexeme.terminal == "KW" else None for lexeme in rest[:-1]]
    people = people and set(said) <= SAID_OF_TWO
    if people and _is(rest[-1], "KW", "same day"):  # "did X and Y start on the same day"
        return [first, *rest[:-1], Lexeme("KW", "sameday", rest[-1].text), second]
    if people and {"same", "share"} & set(said) and rest[-1].terminal in ("FIELD", "KW"):
        return [first, *rest, Lexeme("KW", "as", "as"), second]
    return lexemes
