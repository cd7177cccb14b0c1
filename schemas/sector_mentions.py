from __future__ import annotations

import pandera.polars as pa

from econews.schemas._checks import span_matches_document
from econews.schemas.documents import DOC_ID
from econews.sectors import SECTOR_IDS


class SectorMentionsModel(pa.DataFrameModel):
    """`sector_mentions`: one row per sector keyword in a document's text."""

    sector_mention_id: str = pa.Field(unique=True)
    doc_id: str = pa.Field(str_matches=DOC_ID)
    start: int = pa.Field(ge=0)
    end: int = pa.Field(ge=1)
    text: str = pa.Field(str_length={"min_value": 1})
    sector: str = pa.Field(isin=sorted(SECTOR_IDS))
    run_id: str
    year: str = pa.Field(str_matches=r"^(\d{4}|unknown)$")

    class Config:
        strict = False  # extra columns allowed: the validate stage adds doc_text (with "filter", pandera would drop it before the checks run)

    @pa.dataframe_check(error="span must equal documents.text[start:end]")
    def span_in_document(cls, data):
        return span_matches_document(data)
