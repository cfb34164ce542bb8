from employees.directory import (
    describe_employee_columns,
    editable_field_names,
    employee_field_names,
)
from employees.models import Department


def test_columns_follow_the_model() -> None:
    assert employee_field_names() == (
        "id", "first_name", "last_name", "email", "department", "title", "hire_date",
    )  # fmt: skip
    assert editable_field_names() == employee_field_names()[1:]


def test_choices_synonyms_and_plurals_are_described_once() -> None:
    columns = {column.name: column for column in describe_employee_columns()}
    department = columns["department"]
    assert department.choices == tuple(Department.values)
    assert "customer support" in department.value_synonyms["Customer Service"]
    assert "engineers" in department.member_nouns["Engineering"]
    assert columns["title"].plurals["Vice-President"] == "Vice-Presidents"
    assert "surname" in columns["last_name"].synonyms
    assert columns["hire_date"].field_type == "DateField"
