"""What a valid employee is, and how the API, the admin and the importer say it's not.

One place for the rules and their wording, so that a CSV import, the admin form and a REST
client get the same reasons in the same words.

The hire-date rule: a hire date lies between 1900-01-01 and one year after today (in
`TIME_ZONE`). Dates before 1900 are typos; people are hired ahead of their first day, but a
year is the longest notice a real offer has, so 2099 or 2202 is a typo too. The database holds
the fixed part (1900-01-01 to 2099-12-31, constraint `employees_hire_date_plausible`): a CHECK
constraint cannot use "today" — SQLite refuses non-deterministic functions in one, and on
PostgreSQL a constraint is assumed immutable — so the moving one-year horizon is checked here.
"""

import datetime as dt
import unicodedata
from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.utils import timezone

EARLIEST_HIRE_DATE = dt.date(1900, 1, 1)
# The database's fixed bound, which the moving horizon below never passes before 2098.
LATEST_STORABLE_HIRE_DATE = dt.date(2099, 12, 31)
HIRE_HORIZON = dt.timedelta(days=366)  # a year ahead, leap day included

DATE_FORMAT_MESSAGE = "Enter a date as YYYY-MM-DD."
EMAIL_TAKEN = (
    "An employee with this e-mail address already exists "
    "(addresses are compared ignoring upper and lower case)."
)
CONTROL_CHARACTERS = "Use printable characters only (no tabs, line breaks or control characters)."
FORMULA_START = (
    "Must not start with =, +, - or @: a spreadsheet opening the directory's CSV would run it "
    "as a formula."
)
FORMULA_STARTS = ("=", "+", "-", "@")


def choice_message(kind: str, values: Sequence[str]) -> str:
    """The message for a value that is not one of `values` (a %(value)s placeholder left in)."""
    return f"'%(value)s' is not a {kind}; use one of: {', '.join(values)}."


def latest_hire_date(today: dt.date | None = None) -> dt.date:
    """The latest plausible hire date: one year after today, within what the database stores."""
    today = today or timezone.localdate()
    return min(today + HIRE_HORIZON, LATEST_STORABLE_HIRE_DATE)


def validate_hire_date(value: dt.date) -> None:
    latest = latest_hire_date()
    if value < EARLIEST_HIRE_DATE:
        raise ValidationError(
            "A hire date before %(earliest)s is not plausible; check the year.",
            code="hire_date_too_early",
            params={"earliest": EARLIEST_HIRE_DATE.isoformat()},
        )
    if value > latest:
        raise ValidationError(
            "A hire date after %(latest)s (a year from today) is not plausible; check the year.",
            code="hire_date_too_late",
            params={"latest": latest.isoformat()},
        )


def validate_printable(value: str) -> None:
    """One line of text: no control characters (which JSON also inflates six-fold)."""
    if any(unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") for char in value):
        raise ValidationError(CONTROL_CHARACTERS, code="control_characters")


def validate_not_formula(value: str) -> None:
    """Text that a spreadsheet would run as a formula (CSV injection) is refused on the way in."""
    if value.startswith(FORMULA_STARTS):
        raise ValidationError(FORMULA_START, code="formula")
