"""The directory's one table, matching the reference schema so SQL written for it runs unchanged."""

import uuid

from django.db import models
from django.db.models.functions import Lower


class Department(models.TextChoices):
    ACCOUNTING = "Accounting"
    SALES = "Sales"
    ENGINEERING = "Engineering"
    MARKETING = "Marketing"
    PRODUCT = "Product"
    CUSTOMER_SERVICE = "Customer Service"
    HR = "HR"


class Title(models.TextChoices):
    ASSISTANT = "Assistant"
    MANAGER = "Manager"
    JUNIOR_EXECUTIVE = "Junior Executive"
    PRESIDENT = "President"
    VICE_PRESIDENT = "Vice-President"
    ASSOCIATE = "Associate"
    INTERN = "Intern"
    CONTRACTOR = "Contractor"


class Employee(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    first_name = models.CharField(max_length=64)
    last_name = models.CharField(max_length=64)
    email = models.EmailField(max_length=254)
    department = models.CharField(max_length=32, choices=Department.choices)
    title = models.CharField(max_length=32, choices=Title.choices)
    hire_date = models.DateField()

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
