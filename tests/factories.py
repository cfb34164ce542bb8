"""factory_boy factories for test data."""

import datetime as dt

import factory
from factory.django import DjangoModelFactory

from employees.models import Department, Employee, Title


class EmployeeFactory(DjangoModelFactory[Employee]):
    class Meta:
        model = Employee

    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.Sequence(lambda n: f"employee{n}@example.com")
    department = factory.Iterator(Department.values)
    title = factory.Iterator(Title.values)
    hire_date = factory.Faker(
        "date_between", start_date=dt.date(2010, 1, 1), end_date=dt.date(2024, 12, 31)
    )
