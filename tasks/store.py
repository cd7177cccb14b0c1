"""Store stage: shape each batch into the lake's tables, stage it, and commit a run.

The lake's I/O itself is in `econews.lake`; this module decides what goes in: the row
keys and partitions, which stored rows a run replaces, the near-duplicate links, and
the order of the commits (documents last, so a run killed between two commits is
simply redone by the next one: unchanged-document skipping reads `documents`).
"""

from __future__ import annotations

import datetime
import json
import logging

import polars as pl
from prefect import task
from prefect.cache_policies import NO_CACHE

from econews import CODE_VERSION
from econews.lake import Lake, as_json, in_list
from econews.tables import DATA_TABLES, LAKE_TABLES, RELATION_TABLES, TABLES, row_count_column
from econews.tasks.deduplication import (
    DUPLICATE_CONTENT,
    SIGNATURE_SCHEMA,
    find_near_duplicates,
    signatures,
    split_copies,
)
from econews.tasks.validate import quarantine_frame, quarantine_row


def shape_documents(clean: pl.DataFrame, run_id: str) -> pl.DataFrame:
    """The clean stage's documents with the columns the store adds (registry: `added_by_store`)."""
    return clean.with_columns(
        TABLES["documents"].partition.expression(),
        duplicate_of=pl.lit(None, dtype=pl.Utf8),
        run_id=pl.lit(run_id),
        code_version=pl.lit(CODE_VERSION),
    ).select(TABLES["documents"].columns)


def shape_mentions(rows: pl.DataFrame, documents: pl.DataFrame, table: str, run_id: str) -> pl.DataFrame:
    """Entities or metrics rows with their run, their document's partition and row key."""
    years = documents.select("doc_id", "year")
    shaped = rows.join(years, on="doc_id", how="left", maintain_order="left").with_columns(
        run_id=pl.lit(run_id), year=pl.col("year").fill_null("unknown")
    )
    if table == "entities":
        shaped = shaped.with_columns(
            entity_id=pl.concat_str(
                [pl.col("doc_id"), pl.col("start"), pl.col("end"), pl.col("label"), pl.col("country").fill_null("")],
                separator=":",
            )
        )
    return shaped.select(TABLES[table].columns)


# Untagged, like every per-batch task (see `process_batch`).
@task(name="stage batch", cache_policy=NO_CACHE)
def stage_batch(lake: Lake, batch: str, tables: dict[str, pl.DataFrame], report: dict) -> None:
    """Write one validated batch to the staging area (not yet visible to readers), then
    seal it with its report so a rerun can reuse it."""
    for table, rows in tables.items():
        if rows.height:
            lake.stage(batch, table, rows)
    lake.seal(batch, report)


def stage_signatures(lake: Lake, batch: str) -> None:
    """Stage the MinHash of the documents a batch staged (`_signatures`), unless it is
    there already (a batch an earlier run staged and signed)."""
    if not batch or lake.is_staged(batch, "_signatures"):
        return
    documents = lake.staged([batch], "documents", {"doc_id": pl.Utf8, "text": pl.Utf8}, columns=["doc_id", "text"])
    if documents.height:
        lake.stage(batch, "_signatures", signatures(documents))


def stored_with_signatures(lake: Lake, stored: pl.DataFrame) -> pl.DataFrame:
    """Stored documents with their MinHash; the text is read only for those that have none
    (a lake written before signatures were kept)."""
    kept = lake.read("_signatures", ["doc_id", "minhash"])
    frame = stored.join(kept, on="doc_id", how="left") if kept is not None else stored.with_columns(
        minhash=pl.lit(None, dtype=SIGNATURE_SCHEMA["minhash"])
    )
    missing = frame.filter(pl.col("minhash").is_null())["doc_id"].to_list()
    if not missing:
        return frame.with_columns(text=pl.lit(None, dtype=pl.Utf8))
    texts = lake.scan("documents").filter(pl.col("doc_id").is_in(missing)).select("doc_id", "text").collect()
    return frame.join(texts, on="doc_id", how="left")


def resolve_exact_duplicates(documents: pl.DataFrame, run_id: str) -> tuple[pl.DataFrame, list[dict]]:
    """Keep one row per doc_id (same bytes under several paths, staged by different
    batches): the first path in path order wins, the others are accounted for in
    quarantine as `duplicate_content`."""
    documents = documents.sort("source_path")
    split = split_copies(list(zip(documents["doc_id"], documents["source_path"])), stored={})
    first = documents.with_row_index("_row").filter(pl.col("_row").is_in(split.first)).drop("_row")
    rows = [
        quarantine_row(copy.path, "store", DUPLICATE_CONTENT, copy.detail, run_id, copy.doc_id)
        for copy in split.copies
    ]
    return first, rows


def _first_copy_of_each_document(run_id: str, key: str):
    """Shapes the staged rows of a table, batch after batch, for the commit: this run's
    id, one row per key, and a document's rows from the first batch that staged it (the
    same bytes under two paths, in two batches, give the same rows twice)."""
    seen: set[str] = set()

    def shape(rows: pl.DataFrame) -> pl.DataFrame:
        rows = rows.filter(~pl.col("doc_id").is_in(list(seen))) if seen else rows
        seen.update(rows["doc_id"].unique().to_list())
        rows = rows.with_columns(run_id=pl.lit(run_id)) if "run_id" in rows.columns else rows
        return rows.unique(subset=key, keep="first", maintain_order=True)

    return shape


@task(name="commit run to the lake", cache_policy=NO_CACHE)
def commit_run(
    lake: Lake,
    run_id: str,
    batches: list[str],
    processed_paths: list[str],
    stale_doc_ids: list[str],
    duplicate_threshold: float,
) -> dict[str, int]:
    """`commit_staged`, all or nothing: when a commit fails (a full or read-only disk), the
    tables this run had already committed are rolled back, and the lake reads as before."""
    versions = lake.versions()
    try:
        return commit_staged(lake, run_id, batches, processed_paths, stale_doc_ids, duplicate_threshold)
    except BaseException as failure:
        try:
            lake.roll_back(versions)
        except Exception as exc:  # noqa: BLE001 - the commit's error is the one to report
            # Left as it is, the lake is still consistent for the next run: documents are
            # committed last, so the rerun redoes every document this one did not finish.
            logging.getLogger(__name__).error("could not roll back the failed commit: %s", exc)
        raise failure


def commit_staged(lake: Lake, run_id: str, batches: list[str], processed_paths: list[str],
                  stale_doc_ids: list[str], duplicate_threshold: float) -> dict[str, int]:
    """Merge everything the run staged into the tables, one atomic commit per table.

    `processed_paths` are the inputs this run read and did not skip: their stored
    quarantine rows, mentions and figures are replaced. `stale_doc_ids` are documents
    stored under those paths whose content has changed: they are removed everywhere.
    Returns the rows written per table.
    """
    documents = _staged_for_run(lake, batches, "documents", run_id)
    documents, duplicate_rows = resolve_exact_duplicates(documents, run_id)
    quarantine = pl.concat(
        [_staged_for_run(lake, batches, "quarantine", run_id), quarantine_frame(duplicate_rows)]
    ).unique(subset="quarantine_id", keep="last", maintain_order=True)

    signed = _staged_signatures(lake, batches, documents)
    if documents.height:
        documents = link_near_duplicates(lake, documents, signed, stale_doc_ids, duplicate_threshold)

    replaced_doc_ids = documents["doc_id"].to_list() + stale_doc_ids
    written = _commit_mentions_and_relations(lake, run_id, batches, replaced_doc_ids)
    if quarantine.height or processed_paths:
        lake.commit(
            "quarantine", quarantine if quarantine.height else TABLES["quarantine"].empty(), run_id,
            replace_where=in_list("source_path", processed_paths),
        )
    written["quarantine"] = quarantine.height
    if signed.height or stale_doc_ids:
        lake.commit(
            "_signatures", signed.with_columns(TABLES["_signatures"].partition.expression()), run_id,
            replace_where=in_list("doc_id", stale_doc_ids),
        )
    if documents.height or stale_doc_ids:
        lake.commit(
            "documents", documents if documents.height else TABLES["documents"].empty(), run_id,
            replace_where=in_list("doc_id", stale_doc_ids),
        )
    written["documents"] = documents.height
    lake.drop_staging(batches)
    return written


def _staged_for_run(lake: Lake, batches: list[str], table: str, run_id: str) -> pl.DataFrame:
    """The rows of `table` the run's batches staged, with this run's id."""
    # Rows staged by an earlier, failed run are written by this one.
    rows = lake.staged(batches, table, TABLES[table].schema)
    return rows.with_columns(run_id=pl.lit(run_id)) if "run_id" in rows.columns else rows


def _staged_signatures(lake: Lake, batches: list[str], documents: pl.DataFrame) -> pl.DataFrame:
    """The staged MinHash of each of the run's `documents` (doc_id, minhash)."""
    # Staged by each batch with its documents: one per stored document.
    return lake.staged(batches, "_signatures", SIGNATURE_SCHEMA).filter(
        pl.col("doc_id").is_in(documents["doc_id"].to_list())
    ).unique(subset="doc_id", keep="first", maintain_order=True)


def link_near_duplicates(lake: Lake, documents: pl.DataFrame, signed: pl.DataFrame, stale_doc_ids: list[str],
                         duplicate_threshold: float) -> pl.DataFrame:
    """The run's documents with their duplicate_of, found among themselves and the stored
    documents they do not replace (`find_near_duplicates`, on the staged signatures)."""
    stored = lake.read("documents", ["doc_id", "published_at", "source_path", "duplicate_of"])
    if stored is not None:
        stored = stored.filter(~pl.col("doc_id").is_in(documents["doc_id"].to_list() + stale_doc_ids))
        stored = stored_with_signatures(lake, stored)
    links = find_near_duplicates(
        documents.select("doc_id", "text", "published_at", "source_path").join(
            signed, on="doc_id", how="left"
        ),
        stored,
        threshold=duplicate_threshold,
    )
    return documents.drop("duplicate_of").join(
        links.select("doc_id", "duplicate_of"), on="doc_id", how="left", maintain_order="left"
    ).select(TABLES["documents"].columns)


def _commit_mentions_and_relations(lake: Lake, run_id: str, batches: list[str],
                                   replaced_doc_ids: list[str]) -> dict[str, int]:
    """Commit the staged entities, metrics and relations, replacing the stored rows of
    `replaced_doc_ids`; the rows written per table."""
    replaced_docs = in_list("doc_id", replaced_doc_ids)
    written: dict[str, int] = {}
    for table in ("entities", "metrics", *RELATION_TABLES):
        # The biggest tables (tens of rows a document): streamed to the commit one staged
        # batch at a time, so the run's memory does not grow with the corpus.
        rows = lake.staged_rows(batches, table, TABLES[table].schema,
                                shape=_first_copy_of_each_document(run_id, TABLES[table].key))
        if rows.any() or replaced_docs:
            lake.commit(table, rows, run_id, replace_where=replaced_docs)
        written[table] = rows.rows
    return written


def runs_row(summary: dict, started: datetime.datetime, finished: datetime.datetime, full: bool,
             flow_run_id: str | None) -> dict:
    """The run's row of `runs`, from the flow's summary (failed runs too)."""
    return {
        "run_id": summary["run_id"],
        "flow_run_id": flow_run_id,
        "started_at": started,
        "finished_at": finished,
        "status": summary["status"],
        "error": summary["error"],
        "source": summary["source"],
        "lake": summary["lake"],
        "parameters": as_json({"source": summary["source"], "lake": summary["lake"], "full": full}),
        "code_version": CODE_VERSION,
        "documents_read": summary["documents_read"],
        "documents_skipped": summary["documents_skipped"],
        "documents_quarantined": summary["documents_quarantined"],
        **{row_count_column(table): summary["rows"].get(table, 0) for table in DATA_TABLES},
        "seconds_by_stage": json.dumps({k: round(v, 3) for k, v in summary["seconds_by_stage"].items()}),
    }


def declare_tables(lake: Lake) -> None:
    """Every table of the lake reads as empty, with its columns, before anything is written."""
    for table in LAKE_TABLES:
        lake.declare(table, TABLES[table].schema)


@task(name="record run", cache_policy=NO_CACHE)
def record_run(lake: Lake, row: dict) -> None:
    """Append the run's row to `runs` (failed runs too: that is the run history)."""
    runs = TABLES["runs"]
    frame = pl.DataFrame([row]).with_columns(runs.partition.expression()).select(runs.columns).cast(runs.schema)
    runs.model.validate(frame)
    lake.commit("runs", frame, row["run_id"])
