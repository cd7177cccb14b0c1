from __future__ import annotations

import polars as pl
import pandera.polars as pa
from pandera.api.polars.types import PolarsData

from econews.schemas.documents import DOC_ID
from econews.schemas.metrics import CURRENCIES
from econews.schemas.partnerships import ISO2, all_in, evidence_matches_document
from econews.sectors import SECTOR_IDS

INVESTMENT_STAGES = ["announced", "signed", "under construction", "inaugurated"]


class InvestmentsModel(pa.DataFrameModel):
    """`investments`: one row per investment or project a document reports."""

    investment_id: str = pa.Field(unique=True)
    doc_id: str = pa.Field(str_matches=DOC_ID)
    company: str = pa.Field(nullable=True, str_length={"min_value": 1})
    company_country: str = pa.Field(nullable=True, str_matches=ISO2)
    project: str = pa.Field(nullable=True, str_length={"min_value": 1})
    host_country: str = pa.Field(nullable=True, str_matches=ISO2)
    place: str = pa.Field(nullable=True)
    sector: str = pa.Field(nullable=True, isin=sorted(SECTOR_IDS))
    sectors: pl.List(pl.Utf8) = pa.Field()
    amount: float = pa.Field(nullable=True, ge=0)
    currency: str = pa.Field(nullable=True, isin=sorted(CURRENCIES))
    amount_metric_id: str = pa.Field(nullable=True)
    capacity: float = pa.Field(nullable=True, ge=0)
    capacity_unit: str = pa.Field(nullable=True)
    capacity_metric_id: str = pa.Field(nullable=True)
    jobs: int = pa.Field(nullable=True, ge=0)
    jobs_metric_id: str = pa.Field(nullable=True)
    stage: str = pa.Field(nullable=True, isin=INVESTMENT_STAGES)
    date: pl.Date = pa.Field(nullable=True)
    mentions: int = pa.Field(ge=1)
    evidence_start: int = pa.Field(ge=0)
    evidence_end: int = pa.Field(ge=0)
    evidence: str = pa.Field(str_length={"min_value": 1})
    run_id: str
    year: str = pa.Field(str_matches=r"^(\d{4}|unknown)$")

    class Config:
        strict = False  # extra columns allowed: the validate stage adds doc_text (with "filter", pandera would drop it before the checks run)

    @pa.dataframe_check(error="an investment names a company or a project")
    def company_or_project(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(ok=pl.col("company").is_not_null() | pl.col("project").is_not_null())

    @pa.dataframe_check(error="amount, capacity and jobs come with their unit and metrics row")
    def figures_linked(cls, data: PolarsData) -> pl.LazyFrame:
        def paired(value: str, *others: str) -> pl.Expr:
            expr = pl.lit(True)
            for other in others:
                expr = expr & (pl.col(value).is_null() == pl.col(other).is_null())
            return expr

        return data.lazyframe.select(
            ok=paired("amount", "currency", "amount_metric_id")
            & paired("capacity", "capacity_unit", "capacity_metric_id")
            & paired("jobs", "jobs_metric_id")
        )

    @pa.dataframe_check(error="sector must be the first of sectors")
    def sector_first(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            ok=(pl.col("sector") == pl.col("sectors").list.first()).fill_null(
                pl.col("sector").is_null() & (pl.col("sectors").list.len() == 0)
            )
        )

    @pa.check("sectors", error="sectors must be ids of econews/data/sectors.json")
    def known_sectors(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(all_in(data.key, SECTOR_IDS))

    @pa.dataframe_check(error="evidence must equal documents.text[evidence_start:evidence_end]")
    def evidence_in_document(cls, data: PolarsData) -> pl.LazyFrame:
        return evidence_matches_document(data)
