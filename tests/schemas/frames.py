"""Helpers of the model tests: frames in a table's layout, and what a model rejects."""

from __future__ import annotations

import pandera.errors
import polars as pl

from econews.schemas._checks import DOC_TEXT
from econews.tables import TABLES

DOC = "0123456789abcdef"
OTHER_DOC = "fedcba9876543210"
TEXT = "La Chine et le Maroc signent un partenariat automobile de 3,4 milliards DH."


def frame(table: str, rows: list[dict], doc_text: str | None = None) -> pl.DataFrame:
    """`rows` in the table's columns and types; with `doc_text`, the document text the
    validate stage joins on for span checks."""
    out = pl.DataFrame(rows, schema=TABLES[table].schema)
    return out if doc_text is None else out.with_columns(pl.lit(doc_text).alias(DOC_TEXT))


def failures(model, data: pl.DataFrame) -> set[tuple[str, int | None]]:
    """(check, row index) of every failure of a lazy validation (empty: the frame passes)."""
    try:
        model.validate(data, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        return {(r["check"], r["index"]) for r in errors.failure_cases.iter_rows(named=True)}
    return set()


def with_row(data: pl.DataFrame, index: int, **values) -> pl.DataFrame:
    """`data` with row `index` changed to `values` (same types)."""
    rows = data.to_dicts()
    rows[index] = {**rows[index], **values}
    return pl.DataFrame(rows, schema=data.schema)
