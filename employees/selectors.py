"""Reads about employees that the API, the admin and the importer share."""

import uuid

from django.db.models import Value
from django.db.models.functions import Lower

from employees.models import Employee


def email_taken(email: str, *, other_than: uuid.UUID | None = None) -> bool:
    """Whether another employee has `email`, ignoring case.

    Written as lower(email) = lower(%s), the expression of the unique index
    `employees_email_ci_unique`, so it is one index look-up; `email__iexact` would be rendered
    by PostgreSQL's backend as UPPER(email) = UPPER(%s), which no index serves.
    """
    others = Employee.objects.alias(email_lower=Lower("email")).filter(
        email_lower=Lower(Value(email))
    )
    if other_than is not None:
        others = others.exclude(pk=other_than)
    return others.exists()
