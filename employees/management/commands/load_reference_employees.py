from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

from employees.models import Employee


class Command(BaseCommand):
    help = (
        "Load the 500 reference employees (fixtures/employees.json) into an empty directory. "
        "A directory that already has employees is left as it is, so HR's edits survive."
    )

    def handle(self, *args: Any, **options: Any) -> str:
        existing = Employee.objects.count()
        if existing:
            return (
                f"The directory already has {existing} employees: the reference employees were "
                "not loaded, so nothing was overwritten."
            )
        call_command("loaddata", "employees", verbosity=0)
        return f"Loaded {Employee.objects.count()} reference employees into the empty directory."
