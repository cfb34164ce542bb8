"""A value said with its column, which says nothing more: "Is Anais Mante's title Junior
Executive?" (is she a Junior Executive), "an email domain other than gmail", "whose email is
not yahoo" (not on yahoo), "count of emails by domain" (of the people)."""

from gptbridge.engines.offline.tokens import Lexeme
from gptbridge.engines.offline.tokens import lexeme_is as _is


def column_is_value(lexemes: list[Lexeme]) -> list[Lexeme]:
    return _emails_counted(_domain_is_provider(_persons_column_is_value(lexemes)))


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
