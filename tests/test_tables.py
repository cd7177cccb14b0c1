"""The registry (econews/tables.py): one declaration per table, which the models, the lake
and the stages agree with."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import polars as pl
import pytest

from econews.lake import Lake
from econews.tables import DATA_TABLES, EXTRACTED_TABLES, LAKE_TABLES, RELATION_TABLES, TABLES, row_count_column

# One value of each column type, to fill a row of any table.
SAMPLE = {
    pl.Utf8: "a", pl.Int64: 1, pl.Float64: 1.5, pl.Date: dt.date(2024, 1, 2), pl.List(pl.Utf8): ["x"],
    pl.List(pl.UInt64): [7], pl.Datetime("us", "UTC"): dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc),
}


def test_the_lake_tables_are_the_contracts_in_its_order():
    assert LAKE_TABLES == ("documents", "entities", "metrics", "quarantine", "runs",
                           "partnerships", "investments", "sector_mentions")
    assert set(TABLES) - set(LAKE_TABLES) == {"_signatures"}
    assert EXTRACTED_TABLES == ("documents", "entities", "metrics")
    assert RELATION_TABLES == ("partnerships", "investments", "sector_mentions")


@pytest.mark.parametrize("name", [name for name, table in TABLES.items() if table.model is not None])
def test_each_schema_is_its_models_stored_columns_and_types(name):
    table = TABLES[name]
    model_columns = {c: column for c, column in table.model.to_schema().columns.items() if column.required}
    assert table.columns == list(model_columns)
    # The types agree with pandera's: an empty frame in the registry's layout validates.
    table.model.validate(table.empty())
    assert table.key in table.columns and "year" in table.columns
    assert set(table.added_by_store) <= set(table.columns)


def test_runs_counts_rows_of_every_table_a_run_writes():
    runs = TABLES["runs"].columns
    assert [c for c in runs if c.endswith("_rows")] == [row_count_column(t) for t in DATA_TABLES]


def test_partition_rules():
    rows = pl.DataFrame({"event_date": [None, dt.date(2016, 5, 1), None],
                         "published_at": [dt.date(2020, 1, 1), dt.date(2019, 1, 1), None]})
    assert rows.select(TABLES["documents"].partition.expression())["year"].to_list() == ["2020", "2016", "unknown"]
    assert pl.DataFrame({"doc_id": ["a"]}).select(TABLES["_signatures"].partition.expression()).item() == "all"
    with pytest.raises(ValueError):
        TABLES["entities"].partition.expression()  # joined from the row's document by the store


def test_the_quarantine_rows_year_follows_the_registrys_rule():
    from econews.tasks.validate import quarantine_frame, quarantine_row

    frame = quarantine_frame([quarantine_row("raw/a.bin", "ingest", "binary_file", "PNG", "r1")])
    assert frame["year"].to_list() == frame.select(TABLES["quarantine"].partition.expression())["year"].to_list()


def _row(table, **values) -> dict:
    return {c: values.get(c, SAMPLE[dtype]) for c, dtype in table.schema.items()}


@pytest.mark.parametrize("name", list(TABLES))
def test_the_lake_merges_each_table_on_its_registered_key(tmp_path, name):
    """A second commit of a row with the same key updates it; another key adds a row."""
    table = TABLES[name]
    changed = next(c for c in table.columns if c not in (table.key, "year"))
    new_value = {pl.Utf8: "updated", pl.List(pl.UInt64): [8]}[table.schema[changed]]
    lake = Lake(str(tmp_path))
    lake.commit(name, pl.DataFrame([_row(table, **{table.key: "k1"})], schema=table.schema), "r1")
    second = [_row(table, **{table.key: "k1", changed: new_value}), _row(table, **{table.key: "k2"})]
    lake.commit(name, pl.DataFrame(second, schema=table.schema), "r2")
    stored = lake.read(name).sort(table.key)
    assert stored[table.key].to_list() == ["k1", "k2"]
    assert stored[changed].to_list() == [new_value, SAMPLE[table.schema[changed]]]


def test_the_models_import_no_stage():
    """The pandera models are the tables' declaration: they depend on no stage module."""
    code = ("import sys, econews.schemas, econews.tables; "
            "print(sorted(m for m in sys.modules if m.startswith('econews.tasks') or m == 'econews.flows'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
