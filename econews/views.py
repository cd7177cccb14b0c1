"""Analysts' views over the lake, as polars code and as the equivalent DuckDB SQL.

`entities_by_name`: one row per (canonical, label) — how many documents and mentions,
first and last date (the article's `published_at`, else its `event_date`), the country,
and the written forms. Which companies, countries, ministers and places, and when.
"""

from __future__ import annotations

import polars as pl

from econews.lake import Lake, LakeError
from econews.tasks.entities import entity_summary

# `{documents}` and `{entities}`: the tables' Parquet globs (`Lake.glob`).
ENTITIES_BY_NAME_SQL = """
WITH d AS (
  SELECT doc_id, coalesce(published_at, event_date) AS date
  FROM read_parquet('{documents}', hive_partitioning = true)
)
SELECT e.canonical, e.label,
       count(DISTINCT e.doc_id) AS documents,
       count(*)                 AS mentions,
       min(d.date)              AS first_date,
       max(d.date)              AS last_date,
       mode(e.country)          AS country
FROM read_parquet('{entities}', hive_partitioning = true) AS e
LEFT JOIN d USING (doc_id)
GROUP BY e.canonical, e.label
ORDER BY documents DESC, mentions DESC, e.canonical
"""


def entities_by_name(lake: str) -> pl.DataFrame:
    """The view computed with polars from a lake folder or URL."""
    store = Lake(lake)
    entities, documents = store.scan("entities"), store.scan("documents")
    if entities is None or documents is None:
        raise LakeError(f"lake {lake!r} has no entities or no documents yet")
    return entity_summary(entities, documents).collect()


def entities_by_name_duckdb(lake: str):
    """The same view with DuckDB (a DuckDBPyRelation: `.pl()`, `.df()`, `.show()`)."""
    import duckdb

    store = Lake(lake)
    return duckdb.sql(ENTITIES_BY_NAME_SQL.format(documents=store.glob("documents"), entities=store.glob("entities")))
