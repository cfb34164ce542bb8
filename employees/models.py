"""The directory's one table, matching the reference schema so SQL written for it runs unchanged."""

import uuid

from django.db import models
from django.db.models.functions import Lower

from employees.validation import (
    EARLIEST_HIRE_DATE,
    LATEST_STORABLE_HIRE_DATE,
    choice_message,
    validate_hire_date,
    validate_not_formula,
    validate_printable,
)


# The labels are the values as they are stored and as the API, the CSV files and the answers
# show them: Django would otherwise derive "Hr" and "Vice President" from the member names.
class Department(models.TextChoices):
    ACCOUNTING = "Accounting", "Accounting"
    SALES = "Sales", "Sales"
    ENGINEERING = "Engineering", "Engineering"
    MARKETING = "Marketing", "Marketing"
    PRODUCT = "Product", "Product"
    CUSTOMER_SERVICE = "Customer Service", "Customer Service"
    HR = "HR", "HR"


class Title(models.TextChoices):
    ASSISTANT = "Assistant", "Assistant"
    MANAGER = "Manager", "Manager"
    JUNIOR_EXECUTIVE = "Junior Executive", "Junior Executive"
    PRESIDENT = "President", "President"
    VICE_PRESIDENT = "Vice-President", "Vice-President"
    ASSOCIATE = "Associate", "Associate"
    INTERN = "Intern", "Intern"
    CONTRACTOR = "Contractor", "Contractor"


class Employee(models.Model):
    # help_text is the one description of each column: the API schema, the admin forms and the
    # model's prompt (employees/directory.py -> gptbridge/schema.py) all read it from here.
    # The id has none: the API schema describes a primary key in a path on its own.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    first_name = models.CharField(
        max_length=64,
        validators=[validate_printable, validate_not_formula],
        help_text="Given name (at most 64 characters).",
    )
    last_name = models.CharField(
        max_length=64,
        validators=[validate_printable, validate_not_formula],
        help_text="Family name (at most 64 characters).",
    )
    email = models.EmailField(
        max_length=254,
        validators=[validate_printable, validate_not_formula],
        help_text="Work e-mail address, unique ignoring case.",
    )
    department = models.CharField(
        max_length=32,
        help_text="The department the employee works in.",
        choices=Department.choices,
        error_messages={"invalid_choice": choice_message("department", Department.values)},
    )
    title = models.CharField(
        max_length=32,
        help_text="The employee's job title.",
        choices=Title.choices,
        error_messages={"invalid_choice": choice_message("title", Title.values)},
    )
    hire_date = models.DateField(
        validators=[validate_hire_date],
        help_text=(
            "The day the employee was hired (YYYY-MM-DD), from 1900-01-01 to a year from today."
        ),
    )

    class Meta:
        db_table = "employees"
        ordering = ["last_name", "first_name"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="employees_email_ci_unique"),
            models.CheckConstraint(
                condition=models.Q(department__in=Department.values),
                name="employees_department_valid",
            ),
            models.CheckConstraint(
                condition=models.Q(title__in=Title.values), name="employees_title_valid"
            ),
            # The fixed part of the hire-date rule (employees/validation.py); "a year from
            # today" cannot be a constraint, so services check it.
            models.CheckConstraint(
                condition=models.Q(
                    hire_date__gte=EARLIEST_HIRE_DATE, hire_date__lte=LATEST_STORABLE_HIRE_DATE
                ),
                name="employees_hire_date_plausible",
            ),
        ]
        indexes = [
            models.Index(fields=["department", "hire_date"], name="employees_dept_hire_idx"),
            models.Index(fields=["title", "hire_date"], name="employees_title_hire_idx"),
            models.Index(fields=["hire_date"], name="employees_hire_date_idx"),
            models.Index(Lower("last_name"), Lower("first_name"), name="employees_name_ci_idx"),
            # On PostgreSQL, migration 0002 adds text_pattern_ops indexes on lower(first_name),
            # lower(last_name) and lower(email) for prefix search (LIKE 'abc%'). They serve
            # equality too, so there is no plain index on lower(first_name) any more.
        ]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
