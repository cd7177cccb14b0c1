"""Checks shared by the table models: spans that point into `documents.text`."""

from __future__ import annotations

import polars as pl
from pandera.api.polars.types import PolarsData

# Name of the column the validate stage joins onto span tables so the model can check
# offsets against the document text; it is dropped before anything is stored.
DOC_TEXT = "doc_text"


def span_matches_document(data: PolarsData) -> pl.LazyFrame:
    """start <= end <= len(document text) and the stored span equals text[start:end].

    polars slices by characters (code points), like Python string indexing, so this is
    exactly the contract's `documents.text[start:end] == text`.
    """
    doc = pl.col(DOC_TEXT)
    names = data.lazyframe.collect_schema().names()
    if DOC_TEXT not in names:
        # Tables read back from the lake carry no document text: only the shape is checked.
        return data.lazyframe.select(ok=pl.col("start") <= pl.col("end"))
    in_bounds = (pl.col("start") <= pl.col("end")) & (pl.col("end") <= doc.str.len_chars())
    same_span = doc.str.slice(pl.col("start"), pl.col("end") - pl.col("start")) == pl.col("text")
    return data.lazyframe.select(ok=(in_bounds & same_span).fill_null(False))
