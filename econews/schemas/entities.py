from __future__ import annotations

import pandera.polars as pa

from econews.schemas._checks import span_matches_document
from econews.schemas.documents import DOC_ID
from econews.tasks.entities import LABELS


class EntitiesModel(pa.DataFrameModel):
    """`entities`: one row per mention (one per country for `maroco-chinoise`)."""

    doc_id: str = pa.Field(str_matches=DOC_ID)
    start: int = pa.Field(ge=0)
    end: int = pa.Field(ge=1)
    text: str = pa.Field(str_length={"min_value": 1})
    label: str = pa.Field(isin=sorted(LABELS))
    canonical: str = pa.Field(str_length={"min_value": 1})
    country: str = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$")
    run_id: str
    year: str = pa.Field(str_matches=r"^(\d{4}|unknown)$")

    class Config:
        strict = "filter"  # the validate stage's helper column (doc_text) is dropped
        unique = ["doc_id", "start", "end", "label", "country"]

    @pa.dataframe_check(error="span must equal documents.text[start:end]")
    def span_in_document(cls, data):
        return span_matches_document(data)
