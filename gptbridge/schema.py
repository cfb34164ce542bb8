"""The directory table as the pipeline sees it, derived from the `Employee` model.

A new column on the model reaches the prompt, the guard's allow-list and the offline engine
without anyone editing a string.
"""

from dataclasses import dataclass, field
from functools import cache

from django.db import connections

from employees.directory import ColumnFacts, describe_employee_columns
from employees.models import Employee
from gptbridge.domain import Dialect

QUERY_DATABASE_ALIAS_SETTING = "query"


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    allowed_values: tuple[str, ...] = ()
    nullable: bool = False
    help_text: str = ""
    synonyms: tuple[str, ...] = ()
    # For columns with choices: other words for a value, nouns for its members, its plural.
    value_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    member_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    plurals: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TableDescription:
    table: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)


def query_database_alias() -> str:
    """The connection generated SQL runs on: `query` when QUERY_DATABASE_URL is set."""
    return (
        QUERY_DATABASE_ALIAS_SETTING if QUERY_DATABASE_ALIAS_SETTING in connections else "default"
    )


def active_dialect() -> Dialect:
    vendor = connections[query_database_alias()].vendor
    return "postgres" if vendor == "postgresql" else "sqlite"


def _sql_type(facts: ColumnFacts, dialect: Dialect) -> str:
    if facts.field_type == "UUIDField":
        return "uuid" if dialect == "postgres" else "char(32)"
    if facts.field_type == "DateField":
        return "date"
    if facts.max_length is not None:
        return f"varchar({facts.max_length})"
    return "text"


@cache
def describe_directory(dialect: Dialect) -> TableDescription:
    columns = tuple(
        Column(
            name=facts.name,
            sql_type=_sql_type(facts, dialect),
            allowed_values=facts.choices,
            nullable=facts.nullable,
            help_text=facts.help_text,
            synonyms=facts.synonyms,
            value_synonyms=facts.value_synonyms,
            member_nouns=facts.member_nouns,
            plurals=facts.plurals,
        )
        for facts in describe_employee_columns()
    )
    return TableDescription(table=Employee._meta.db_table, columns=columns)


def render_create_table(description: TableDescription) -> str:
    """A CREATE TABLE statement for the model's prompt: each column's help text and allowed
    values as a comment."""
    lines = []
    for index, column in enumerate(description.columns, start=1):
        comma = "," if index < len(description.columns) else ""
        line = f"  {column.name} {column.sql_type}{'' if column.nullable else ' not null'}{comma}"
        notes = [column.help_text] if column.help_text else []
        if column.allowed_values:
            notes.append("One of: " + ", ".join(f"'{value}'" for value in column.allowed_values))
        lines.append(f"{line}  -- {' '.join(notes)}" if notes else line)
    return f"create table {description.table} (\n" + "\n".join(lines) + "\n);"
