"""The directory table as the pipeline sees it, derived from the `Employee` model.

A new column on the model reaches the prompt, the guard's allow-list and the offline engine
without anyone editing a string.
"""

from dataclasses import dataclass
from functools import cache

from django.db import connections, models

from employees.models import Employee
from gptbridge.domain import Dialect

QUERY_DATABASE_ALIAS_SETTING = "query"


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    allowed_values: tuple[str, ...] = ()
    nullable: bool = False


@dataclass(frozen=True)
class TableDescription:
    table: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def query_database_alias() -> str:
    """The connection generated SQL runs on: `query` when QUERY_DATABASE_URL is set."""
    return (
        QUERY_DATABASE_ALIAS_SETTING if QUERY_DATABASE_ALIAS_SETTING in connections else "default"
    )


def active_dialect() -> Dialect:
    vendor = connections[query_database_alias()].vendor
    return "postgres" if vendor == "postgresql" else "sqlite"


def _sql_type(field: models.Field, dialect: Dialect) -> str:
    if isinstance(field, models.UUIDField):
        return "uuid" if dialect == "postgres" else "char(32)"
    if isinstance(field, models.DateField):
        return "date"
    if isinstance(field, models.CharField):
        return f"varchar({field.max_length})"
    return "text"


@cache
def describe_directory(dialect: Dialect) -> TableDescription:
    columns = []
    for field in Employee._meta.concrete_fields:
        values = tuple(str(value) for value, _ in field.choices) if field.choices else ()
        columns.append(
            Column(
                name=field.column or field.name,
                sql_type=_sql_type(field, dialect),
                allowed_values=values,
                nullable=field.null,
            )
        )
    return TableDescription(table=Employee._meta.db_table, columns=tuple(columns))


def render_create_table(description: TableDescription) -> str:
    """A CREATE TABLE statement with the allowed values as comments, for the model's prompt."""
    lines = []
    for column in description.columns:
        line = f"  {column.name} {column.sql_type}{'' if column.nullable else ' not null'}"
        if column.allowed_values:
            line += "  -- one of: " + ", ".join(f"'{value}'" for value in column.allowed_values)
        lines.append(line)
    return f"create table {description.table} (\n" + ",\n".join(lines) + "\n);"
