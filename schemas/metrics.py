from __future__ import annotations

from typing import Optional

import polars as pl
import pandera.polars as pa
import pycountry

from econews.schemas._checks import span_matches_document
from econews.schemas.documents import DOC_ID

# Every non-currency unit the extractor can emit. Physical units keep the symbol as
# written (a GW figure stays in GW): converting would hide what the article said.
UNITS: frozenset[str] = frozenset(
    {
        "percent",
        "percentage_point",  # `points de pourcentage`: a change of a share, never a percent
        "basis_point",  # `points de base` (rates)
        "point",  # index points (`le MASI a gagné 120 points`)
        "jobs",
        "count",  # counted things: conventions, projets, entreprises, pays...
        "ratio",  # `le double`, `trois fois plus`
        "TWh", "GWh", "MWh", "kWh", "GW", "MW", "kW",
        "t", "kg", "km", "mi", "m", "cm", "mm", "km2", "m2", "ha", "m3", "l", "ml", "bbl",
        "q",  # the quintal, 100 kg (harvests)
        "toe",  # tonnes of oil equivalent (energy)
        "mg", "µg", "oz", "ft3", "ft2", "acre", "ft", "in", "gal",
    }
)

CURRENCIES = frozenset(c.alpha_3 for c in pycountry.currencies)
QUALIFIERS = ["approx", "min", "max", "target", "forecast"]
# `2016`, `2017-H1`, `2024-Q3`, `2024-03`, `2001/2016`
PERIOD = r"^\d{4}(-(H[12]|Q[1-4]|\d{2}))?(/\d{4}(-(H[12]|Q[1-4]|\d{2}))?)?$"


class MetricsModel(pa.DataFrameModel):
    """`metrics`: one row per figure."""

    metric_id: str = pa.Field(unique=True)
    doc_id: str = pa.Field(str_matches=DOC_ID)
    start: int = pa.Field(ge=0)
    end: int = pa.Field(ge=1)
    text: str = pa.Field(str_length={"min_value": 1})
    value: float
    unit: str = pa.Field(isin=sorted(CURRENCIES | UNITS))
    qualifier: str = pa.Field(nullable=True, isin=QUALIFIERS)
    period: str = pa.Field(nullable=True, str_matches=PERIOD)
    subject: str = pa.Field(str_length={"min_value": 1})
    countries: pl.List(pl.Utf8) = pa.Field()
    sentence: str = pa.Field(str_length={"min_value": 1})
    run_id: str
    year: str = pa.Field(str_matches=r"^(\d{4}|unknown)$")

    # Joined on by the validate stage so the span check can read the document text;
    # absent from stored rows.
    doc_text: Optional[str] = pa.Field(nullable=True)

    class Config:
        strict = True

    @pa.check("value", error="value must be finite")
    def finite(cls, data):
        return data.lazyframe.select(pl.col(data.key).is_finite())

    @pa.check("countries", error="countries must be ISO 3166 alpha-2 codes")
    def iso_countries(cls, data):
        return data.lazyframe.select(
            pl.col(data.key).list.eval(pl.element().str.contains(r"^[A-Z]{2}$")).list.all()
        )

    @pa.dataframe_check(error="span must equal documents.text[start:end]")
    def span_in_document(cls, data):
        return span_matches_document(data)
