from __future__ import annotations

import polars as pl
import pandera.polars as pa
from pandera.api.polars.types import PolarsData

from econews.schemas._checks import DOC_TEXT
from econews.schemas.documents import DOC_ID
from econews.sectors import SECTOR_IDS

PARTNERSHIP_KINDS = ["compound", "explicit", "sentence", "figure", "investment"]
ISO2 = r"^[A-Z]{2}$"


def evidence_matches_document(data: PolarsData) -> pl.LazyFrame:
    """evidence_start <= evidence_end <= len(document text) and evidence == text[start:end].

    Without the document text (rows read back from the lake) only the shape is checked:
    the evidence has the length its offsets say.
    """
    start, end = pl.col("evidence_start"), pl.col("evidence_end")
    names = data.lazyframe.collect_schema().names()
    if DOC_TEXT not in names:
        return data.lazyframe.select(
            ok=((start <= end) & (pl.col("evidence").str.len_chars() == end - start)).fill_null(False)
        )
    doc = pl.col(DOC_TEXT)
    ok = (start <= end) & (end <= doc.str.len_chars()) & (doc.str.slice(start, end - start) == pl.col("evidence"))
    return data.lazyframe.select(ok=ok.fill_null(False))


def all_in(column: str, allowed) -> pl.Expr:
    return pl.col(column).list.eval(pl.element().is_in(sorted(allowed))).list.all()


class PartnershipsModel(pa.DataFrameModel):
    """`partnerships`: one row per document and pair of countries presented as partners."""

    partnership_id: str = pa.Field(unique=True)
    doc_id: str = pa.Field(str_matches=DOC_ID)
    country_a: str = pa.Field(str_matches=ISO2)
    country_b: str = pa.Field(str_matches=ISO2)
    date: pl.Date = pa.Field(nullable=True)
    sectors: pl.List(pl.Utf8) = pa.Field()
    metric_ids: pl.List(pl.Utf8) = pa.Field()
    kinds: pl.List(pl.Utf8) = pa.Field()
    mentions: int = pa.Field(ge=0)
    evidence_start: int = pa.Field(ge=0)
    evidence_end: int = pa.Field(ge=0)
    evidence: str
    run_id: str
    year: str = pa.Field(str_matches=r"^(\d{4}|unknown)$")

    class Config:
        strict = False  # extra columns allowed: the validate stage adds doc_text (with "filter", pandera would drop it before the checks run)
        unique = ["doc_id", "country_a", "country_b"]

    @pa.dataframe_check(error="country_a must sort before country_b")
    def ordered_pair(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(ok=pl.col("country_a") < pl.col("country_b"))

    @pa.check("sectors", error="sectors must be ids of econews/data/sectors.json")
    def known_sectors(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(all_in(data.key, SECTOR_IDS))

    @pa.check("kinds", error="unknown kind of partnership evidence")
    def known_kinds(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(all_in(data.key, PARTNERSHIP_KINDS) & (pl.col(data.key).list.len() > 0))

    @pa.check("metric_ids", error="metric ids must belong to the same document")
    def own_metrics(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            pl.col("metric_ids").list.eval(pl.element().str.starts_with(pl.element().str.slice(0, 16))).list.all()
            & pl.col("metric_ids").list.eval(pl.element().str.slice(0, 16)).list.set_difference(
                pl.concat_list(pl.col("doc_id"))).list.len().eq(0)
        )

    @pa.dataframe_check(error="evidence must equal documents.text[evidence_start:evidence_end]")
    def evidence_in_document(cls, data: PolarsData) -> pl.LazyFrame:
        return evidence_matches_document(data)
