"""Strict, typed readers for environment variables, used by settings.py.

django-environ reads `GPTBRIDGE_FAST_PATH=ture` as False without a word; a typo in a boolean or
a choice must stop start-up instead, naming the variable, the value and what is allowed
(as healthchecks' `envbool` does). Every reader takes the variable's name and its default and
returns a typed value; an empty value means "use the default".

    DEBUG = env_bool("DEBUG", default=False)
    GPTBRIDGE_ENGINE = env_choice("GPTBRIDGE_ENGINE", ("auto", "openai", "offline"), default="auto")
"""

import math
import os
from collections.abc import Sequence

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = frozenset({"true", "1", "yes", "on"})
FALSE_WORDS = frozenset({"false", "0", "no", "off"})


def _raw(name: str) -> str:
    return os.environ.get(name, "").strip()


def _refuse(name: str, value: str, expected: str) -> ImproperlyConfigured:
    return ImproperlyConfigured(f"{name}={value!r} is not valid: {expected}.")


def env_bool(name: str, *, default: bool) -> bool:
    """`true`/`false` (also 1/0, yes/no, on/off, any case); anything else stops start-up."""
    value = _raw(name)
    if not value:
        return default
    if value.lower() in TRUE_WORDS:
        return True
    if value.lower() in FALSE_WORDS:
        return False
    raise _refuse(name, value, "use true or false (also 1/0, yes/no, on/off)")


def env_choice(name: str, choices: Sequence[str], *, default: str, case: bool = True) -> str:
    """One of `choices`; with `case=False` matched ignoring case and returned as listed."""
    value = _raw(name)
    if not value:
        return default
    for choice in choices:
        if value == choice or (not case and value.lower() == choice.lower()):
            return choice
    raise _refuse(name, value, f"use one of {', '.join(choices)}")


def env_int(name: str, *, default: int, minimum: int | None = None) -> int:
    """A whole number (at least `minimum` when given)."""
    value = _raw(name)
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise _refuse(name, value, "use a whole number") from None
    if minimum is not None and number < minimum:
        raise _refuse(name, value, f"use a whole number of at least {minimum}")
    return number


def env_float(name: str, *, default: float) -> float:
    """A finite number."""
    number = env_optional_float(name)
    return default if number is None else number


def env_optional_float(name: str) -> float | None:
    """A finite number, or None when the variable is unset or empty."""
    value = _raw(name)
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise _refuse(name, value, "use a number") from None
    if not math.isfinite(number):
        raise _refuse(name, value, "use a finite number")
    return number
