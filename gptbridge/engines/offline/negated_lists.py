"""A text condition's own "not" over the values listed after it: "e-mail does not end in
gmail.com, yahoo.com or hotmail.com" is none of them, while "first name does not start with A and
first name ends with e" is two conditions that both apply (see `negates_a_list`)."""

import re
from dataclasses import replace

from gptbridge.engines.offline import plan as plans
from gptbridge.engines.offline.meaning import NotUnderstood, Part
from gptbridge.engines.offline.part_kinds import SEPARATORS
from gptbridge.engines.offline.words import PROVIDERS


def negates_a_list(parts: list[Part], index: int) -> bool:
    """ "e-mail does not end in gmail.com, yahoo.com or hotmail.com": a text condition with its
    own "not", then more values of its column after a separator."""
    first = parts[index].value
    return (
        isinstance(first, plans.TextFilter)
        and first.negated
        and index + 1 < len(parts)
        and parts[index + 1].kind in SEPARATORS
        and _listed_after(first, parts, index + 2)
    )


def _listed_after(first: plans.TextFilter, parts: list[Part], index: int) -> bool:
    """A value said alone after the separator before it, of the same test ("yahoo.com" after
    "does not end in gmail.com") or after "or" ("don't contain yahoo or gmail": neither); not
    a condition said with its own column or verb ("... and first name ends with e"), nor one of
    another test after "and" or a comma ("not starting with j, and gmail": both apply). Where
    an e-mail is hosted said two ways after "and" ("doesn't end in yahoo.com and gmail") is
    refused: neither of them, or the one but not the other?"""
    if index >= len(parts) or parts[index].kind != "filter":
        return False
    following = parts[index].value
    if not isinstance(following, plans.TextFilter) or following.negated:
        return False
    if following.column != first.column:
        return False
    alone = parts[index].text.strip("'\"").lower() == (following.shown or following.value).lower()
    if not alone:
        return False
    either = parts[index - 1].kind == "sep_or" or (
        parts[index - 1].kind == "sep_comma" and _list_ends_with_or(parts, index)
    )  # "don't contain yahoo, gmail or hotmail"
    if either or _test_of(following) == _test_of(first):
        return True
    if _is_hosted(following) and _is_hosted(first):
        said = f"{parts[index - 1].text} {parts[index].text}".strip()
        raise NotUnderstood([said], "neither of them, or the one but not the other? say 'or'")
    return False


def _list_ends_with_or(parts: list[Part], index: int) -> bool:
    at = index + 1
    while at + 1 < len(parts) and parts[at].kind in SEPARATORS and parts[at + 1].kind == "filter":
        if parts[at].kind == "sep_or":
            return True
        at += 2
    return False


def _test_of(condition: plans.TextFilter) -> tuple[str, bool]:
    """The comparison, and whether it is a provider ("gmail": contains "@gmail.")."""
    provider = condition.value.startswith("@") and condition.value.endswith(".")
    return condition.op, provider


def _is_hosted(condition: plans.TextFilter) -> bool:
    """Names where an e-mail is hosted, however said: "gmail", "@gmail.", "gmail.com"."""
    value = condition.value
    named = value.startswith("@") or value in PROVIDERS or bool(BARE_DOMAIN.fullmatch(value))
    return condition.column == "email" and named


BARE_DOMAIN = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}")


def negated_text_list(parts: list[Part], index: int) -> tuple[plans.Filter, int]:
    """The "not" covers every value listed: none of them ("not gmail.com or yahoo.com" is
    neither; not "not gmail.com, or else yahoo.com")."""
    first = parts[index].value
    options: list[plans.Filter] = [replace(first, negated=False)]
    end = index + 1
    while end + 1 < len(parts) and parts[end].kind in SEPARATORS:
        if not _listed_after(first, parts, end + 1):
            break
        options.append(parts[end + 1].value)
        end += 2
    return plans.AnyOf(tuple(options), negated=True), end
