from __future__ import annotations

import polars as pl
import pandera.polars as pa

RUN_STATUSES = ["completed", "failed"]


class RunsModel(pa.DataFrameModel):
    """`runs`: one row per run, failed ones included."""

    run_id: str = pa.Field(unique=True)
    flow_run_id: str = pa.Field(nullable=True)
    started_at: pl.Datetime("us", "UTC")
    finished_at: pl.Datetime("us", "UTC")
    status: str = pa.Field(isin=RUN_STATUSES)
    error: str = pa.Field(nullable=True)
    source: str
    lake: str
    parameters: str  # JSON of the flow's parameters
    code_version: str
    documents_read: int = pa.Field(ge=0)
    documents_skipped: int = pa.Field(ge=0)
    documents_quarantined: int = pa.Field(ge=0)
    documents_rows: int = pa.Field(ge=0)
    entities_rows: int = pa.Field(ge=0)
    metrics_rows: int = pa.Field(ge=0)
    quarantine_rows: int = pa.Field(ge=0)
    partnerships_rows: int = pa.Field(ge=0)
    investments_rows: int = pa.Field(ge=0)
    sector_mentions_rows: int = pa.Field(ge=0)
    seconds_by_stage: str  # JSON: stage -> seconds
    year: str = pa.Field(str_matches=r"^\d{4}$")

    class Config:
        strict = True
