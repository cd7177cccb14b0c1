from __future__ import annotations

from typing import Optional

import pandera.polars as pa

from econews.schemas._checks import span_matches_document
from econews.schemas.documents import DOC_ID


# Every label the entities stage can give a mention.
LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "LOC", "COUNTRY", "PROGRAM"})


class EntitiesModel(pa.DataFrameModel):
    """`entities`: one row per mention (one per country for `maroco-chinoise`)."""

    entity_id: str = pa.Field(unique=True)  # doc_id:start:end:label:country
    doc_id: str = pa.Field(str_matches=DOC_ID)
    start: int = pa.Field(ge=0)
    end: int = pa.Field(ge=1)
    text: str = pa.Field(str_length={"min_value": 1})
    label: str = pa.Field(isin=sorted(LABELS))
    canonical: str = pa.Field(str_length={"min_value": 1})
    country: str = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$")
    run_id: str
    year: str = pa.Field(str_matches=r"^(\d{4}|unknown)$")

    # Joined on by the validate stage so the span check can read the document text;
    # absent from stored rows.
    doc_text: Optional[str] = pa.Field(nullable=True)

    class Config:
        strict = True

    @pa.dataframe_check(error="span must equal documents.text[start:end]")
    def span_in_document(cls, data):
        return span_matches_document(data)
