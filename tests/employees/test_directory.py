from employees.directory import (
    describe_employee_columns,
    editable_field_names,
    employee_field_names,
)
from employees.models import Department, Employee
from employees.serializers import EmployeeSerializer
from gptbridge.prompts import schema_message


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


def test_help_text_is_the_models_and_reaches_the_api_schema_and_the_prompt() -> None:
    # One source: the model field's help_text. The description, the serializer (and with it the
    # OpenAPI document) and the model's prompt all carry it, without a copy of their own.
    model_help = {field.name: str(field.help_text) for field in Employee._meta.concrete_fields}
    described = {column.name: column.help_text for column in describe_employee_columns()}
    assert described == model_help
    assert all(text for name, text in described.items() if name != "id")
    serializer_fields = EmployeeSerializer().fields
    assert serializer_fields["hire_date"].help_text == model_help["hire_date"]
    prompt = str(schema_message("postgres")["content"])
    assert all(f"-- {help_text}" in prompt for help_text in model_help.values() if help_text)
    department_line = next(line for line in prompt.splitlines() if "department varchar" in line)
    assert department_line.endswith(
        f"-- {model_help['department']} One of: "
        + ", ".join(f"'{value}'" for value in Department.values)
    )
