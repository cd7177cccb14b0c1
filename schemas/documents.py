from __future__ import annotations

import datetime

import polars as pl
import pandera.polars as pa

LANGUAGE = r"^[a-z]{2}$"
DOC_ID = r"^[0-9a-f]{16}$"
# Dates outside this window are parsing errors, not news (a year read as a date).
EARLIEST = datetime.date(1950, 1, 1)
LATEST = datetime.date.today() + datetime.timedelta(days=366)


class DocumentsModel(pa.DataFrameModel):
    """`documents`: one row per distinct document (see CONTRACT.md)."""

    doc_id: str = pa.Field(str_matches=DOC_ID, unique=True)
    source_path: str = pa.Field(str_length={"min_value": 1})
    url: str = pa.Field(nullable=True, str_matches=r"^https?://")
    title: str = pa.Field(nullable=True, str_length={"min_value": 1})
    language: str = pa.Field(str_matches=LANGUAGE)
    published_at: pl.Date = pa.Field(nullable=True, ge=EARLIEST, le=LATEST)
    event_date: pl.Date = pa.Field(nullable=True, ge=EARLIEST, le=LATEST)
    text: str = pa.Field(str_length={"min_value": 1})
    duplicate_of: str = pa.Field(nullable=True, str_matches=DOC_ID)
    run_id: str
    code_version: str
    year: str = pa.Field(str_matches=r"^(\d{4}|unknown)$")

    class Config:
        strict = True
        coerce = False

    @pa.dataframe_check(error="a document cannot be a duplicate of itself")
    def not_own_duplicate(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(
            ok=(pl.col("duplicate_of") != pl.col("doc_id")).fill_null(True)
        )
