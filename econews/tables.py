"""The lake's tables, each declared once: name, row key, partition rule and columns.

A table's columns (names, order, polars types) are read from its pandera model in
`econews.schemas`, so the model that validates the rows is also the one declaration of
their layout. The stages produce a table's columns less those the store stage adds
(`added_by_store`: the row key of entities, the run, the partition...); they take their
layout from here (`Table.stage_schema`) instead of restating it.

The lake (`econews.lake`), the stages, the flow, the command line and the report read
this registry; none keeps its own list of tables, keys or columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pandera.polars as pa
import polars as pl

from econews.schemas import (
    DocumentsModel,
    EntitiesModel,
    InvestmentsModel,
    MetricsModel,
    PartnershipsModel,
    QuarantineModel,
    RunsModel,
    SectorMentionsModel,
)

# Every table is partitioned on this column: `<lake>/<table>/year=2016/...`.
PARTITION = "year"


@dataclass(frozen=True)
class Partition:
    """How a row's `year` is found: the year of the first of `dates` that is set (else
    `unknown`), the year of the row's document (`of_document`), or one `constant` folder."""

    dates: tuple[str, ...] = ()
    of_document: bool = False
    constant: str | None = None

    def expression(self) -> pl.Expr:
        """The `year` column of a frame that has the rule's columns (not for `of_document`:
        a row's document is another table, the store joins its year on)."""
        if self.constant is not None:
            return pl.lit(self.constant).alias(PARTITION)
        if not self.dates:
            raise ValueError("the year of a row's document is joined from `documents`, not computed")
        return pl.coalesce(*self.dates).dt.year().cast(pl.Utf8).fill_null("unknown").alias(PARTITION)


OF_DOCUMENT = Partition(of_document=True)


@dataclass(frozen=True)
class Table:
    """One table of the lake.

    `stage` is the stage whose rows it holds; `spans` says its rows carry offsets into
    `documents.text`, checked against the text when they are validated; `internal` tables
    are the store's own (not in the contract).
    """

    name: str
    key: str
    partition: Partition
    stage: str
    model: type[pa.DataFrameModel] | None = None
    added_by_store: tuple[str, ...] = ()
    spans: bool = False
    internal: bool = False
    # Only for a table without a pandera model (internal): its columns.
    declared: dict[str, pl.DataType] = field(default_factory=dict)

    @property
    def schema(self) -> dict[str, pl.DataType]:
        """Column -> polars type, in the table's column order."""
        return dict(self.declared if self.model is None else polars_schema(self.model))

    @property
    def columns(self) -> list[str]:
        return list(self.schema)

    @property
    def stage_schema(self) -> dict[str, pl.DataType]:
        """The columns its stage produces: all but those the store adds."""
        return {name: dtype for name, dtype in self.schema.items() if name not in self.added_by_store}

    def empty(self) -> pl.DataFrame:
        return pl.DataFrame(schema=self.schema)


@lru_cache(maxsize=None)
def polars_schema(model: type[pa.DataFrameModel]) -> dict[str, pl.DataType]:
    """The polars types of a pandera model's required columns, in its field order. Optional
    columns (`doc_text`, joined on only while validating) are not stored."""
    return {name: column.dtype.type for name, column in model.to_schema().columns.items() if column.required}


_DECLARED = (
    Table("documents", "doc_id", Partition(dates=("event_date", "published_at")), "clean", DocumentsModel,
          added_by_store=("duplicate_of", "run_id", "code_version", PARTITION)),
    Table("entities", "entity_id", OF_DOCUMENT, "entities", EntitiesModel,
          added_by_store=("entity_id", "run_id", PARTITION), spans=True),
    Table("metrics", "metric_id", OF_DOCUMENT, "metrics", MetricsModel,
          added_by_store=("run_id", PARTITION), spans=True),
    Table("quarantine", "quarantine_id", Partition(dates=("at",)), "validate", QuarantineModel),
    Table("runs", "run_id", Partition(dates=("started_at",)), "store", RunsModel),
    Table("partnerships", "partnership_id", OF_DOCUMENT, "relations", PartnershipsModel, spans=True),
    Table("investments", "investment_id", OF_DOCUMENT, "relations", InvestmentsModel, spans=True),
    Table("sector_mentions", "sector_mention_id", OF_DOCUMENT, "relations", SectorMentionsModel, spans=True),
    # Each document's MinHash, so near-duplicates of new documents are found without
    # re-reading and re-hashing every stored text.
    Table("_signatures", "doc_id", Partition(constant="all"), "deduplication", internal=True,
          added_by_store=(PARTITION,),
          declared={"doc_id": pl.Utf8, "minhash": pl.List(pl.UInt64), PARTITION: pl.Utf8}),
)

TABLES: dict[str, Table] = {table.name: table for table in _DECLARED}
# The contract's tables, in its order.
LAKE_TABLES: tuple[str, ...] = tuple(name for name, table in TABLES.items() if not table.internal)
# The tables a run writes rows to (all but `runs`, the record of the run itself): the
# run summary and the `runs` row count rows per each.
DATA_TABLES: tuple[str, ...] = tuple(name for name in LAKE_TABLES if name != "runs")
# Extracted from the text by the clean, entities and metrics stages: a run fails when too
# many of their rows are invalid.
EXTRACTED_TABLES: tuple[str, ...] = tuple(
    name for name, table in TABLES.items() if table.stage in ("clean", "entities", "metrics"))
# Derived from documents, entities and metrics by the relations stage, rebuilt with them.
RELATION_TABLES: tuple[str, ...] = tuple(name for name, table in TABLES.items() if table.stage == "relations")


def row_count_column(table: str) -> str:
    """The `runs` column that holds the rows a run wrote to `table`."""
    return f"{table}_rows"
