from __future__ import annotations

import polars as pl
import pandera.polars as pa


class QuarantineModel(pa.DataFrameModel):
    """`quarantine`: one row per input or row that was set aside, with a stable reason code."""

    quarantine_id: str = pa.Field(unique=True)
    source_path: str = pa.Field(str_length={"min_value": 1})
    doc_id: str = pa.Field(nullable=True)
    stage: str = pa.Field(isin=["ingest", "clean", "entities", "metrics", "validate", "store"])
    reason: str = pa.Field(str_matches=r"^[a-z0-9_:.]+$")
    detail: str
    run_id: str
    at: pl.Datetime("us", "UTC")
    year: str = pa.Field(str_matches=r"^\d{4}$")

    class Config:
        strict = True
