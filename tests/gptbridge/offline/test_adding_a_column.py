"""The README's "Adding a column" steps, kept true: the engine learns new values and columns from
the directory description alone, with no edit to the engine."""

import dataclasses

import pytest

from gptbridge.engines.offline import lexicon as lexicon_module
from gptbridge.engines.offline.plan import ValueFilter
from gptbridge.engines.offline.render import render_sql
from gptbridge.schema import Column, TableDescription, describe_directory

from .conftest import plan_of


@pytest.fixture
def wider_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    """The description after a new department choice and a new `office` column."""
    real = describe_directory("sqlite")
    columns = []
    for column in real.columns:
        if column.name == "department":
            column = dataclasses.replace(
                column,
                allowed_values=(*column.allowed_values, "Legal"),
                value_synonyms={**column.value_synonyms, "Legal": ("legal team",)},
                member_nouns={**column.member_nouns, "Legal": ("lawyers", "lawyer")},
            )
        columns.append(column)
    office = Column(
        name="office",
        sql_type="varchar(32)",
        allowed_values=("Berlin", "Lisbon"),
        synonyms=("office", "site"),
    )
    wider = TableDescription(table=real.table, columns=(*columns, office))
    monkeypatch.setattr(lexicon_module, "describe_directory", lambda dialect: wider)


@pytest.mark.usefixtures("wider_directory")
def test_a_new_choice_value_is_understood_without_touching_the_engine() -> None:
    plan = plan_of("how many lawyers were hired in 2020")
    assert plan.filters[0] == ValueFilter("department", ("Legal",))
    assert "department = 'Legal'" in render_sql(plan, "sqlite")


@pytest.mark.usefixtures("wider_directory")
def test_a_new_choice_column_is_understood_without_touching_the_engine() -> None:
    plan = plan_of("engineers in the Berlin office")
    assert ValueFilter("office", ("Berlin",)) in plan.filters  # type: ignore[arg-type]
    assert "office = 'Berlin'" in render_sql(plan, "sqlite")
