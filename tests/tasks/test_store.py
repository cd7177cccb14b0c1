"""Store stage: the columns it adds, the rows it keeps once, what a commit replaces, and the
`runs` row, on a real lake (Delta tables in a temporary folder)."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl

from econews import CODE_VERSION
from econews.lake import Lake
from econews.tables import DATA_TABLES, TABLES, row_count_column
from econews.tasks.clean import DOCUMENT_SCHEMA
from econews.tasks.entities import ENTITY_SCHEMA
from econews.tasks.store import (
    commit_run,
    record_run,
    resolve_exact_duplicates,
    runs_row,
    shape_documents,
    shape_mentions,
    stage_batch,
    stage_signatures,
)

A, B, C = "aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb", "cccccccccccccccc"
TEXTS = {
    A: "Le Maroc et la Chine signent un accord sur les batteries à Tanger pour 3 milliards DH.",
    B: "Le tourisme à Marrakech a progressé de 12 % au premier semestre selon l'observatoire.",
    C: "La banque centrale laisse son taux directeur inchangé à 2,75 % pour le trimestre.",
}


def clean(rows: list[tuple[str, str, dt.date | None]]) -> pl.DataFrame:
    """The clean stage's frame: (doc_id, source_path, event_date) with the texts above."""
    return pl.DataFrame(
        [{"doc_id": d, "source_path": p, "url": None, "title": "t", "language": "fr",
          "published_at": dt.date(2024, 1, 1), "event_date": e, "text": TEXTS[d]} for d, p, e in rows],
        schema=DOCUMENT_SCHEMA,
    )


def mentions(doc_id: str, labels: list[str]) -> pl.DataFrame:
    return pl.DataFrame(
        [{"doc_id": doc_id, "start": 3, "end": 8, "text": "Maroc", "label": label, "canonical": "Morocco",
          "country": "MA" if label == "COUNTRY" else None} for label in labels],
        schema=ENTITY_SCHEMA,
    )


def test_documents_get_the_columns_the_store_adds_and_their_partition():
    shaped = shape_documents(clean([(A, "raw/a.txt", dt.date(2016, 3, 1)), (B, "raw/b.txt", None)]), "run-1")
    assert shaped.columns == TABLES["documents"].columns
    assert shaped["year"].to_list() == ["2016", "2024"]  # the event's year, else publication's
    assert shaped["run_id"].to_list() == ["run-1"] * 2 and shaped["code_version"].to_list() == [CODE_VERSION] * 2
    assert shaped["duplicate_of"].null_count() == 2


def test_mentions_get_their_key_run_and_their_documents_partition():
    documents = shape_documents(clean([(A, "raw/a.txt", dt.date(2016, 3, 1))]), "run-1")
    rows = pl.concat([mentions(A, ["COUNTRY", "LOC"]), mentions(C, ["ORG"])])
    shaped = shape_mentions(rows, documents, "entities", "run-1")
    assert shaped.columns == TABLES["entities"].columns
    assert shaped["entity_id"].to_list() == [f"{A}:3:8:COUNTRY:MA", f"{A}:3:8:LOC:", f"{C}:3:8:ORG:"]
    assert shaped["year"].to_list() == ["2016", "2016", "unknown"]  # C: not among the documents
    assert set(shaped["run_id"]) == {"run-1"}


def test_the_same_bytes_staged_by_two_batches_are_kept_once_under_the_first_path():
    documents = shape_documents(clean([(A, "raw/z.txt", None), (B, "raw/b.txt", None), (A, "raw/a.txt", None)]), "r")
    kept, quarantined = resolve_exact_duplicates(documents, "run-2")
    assert kept.select("doc_id", "source_path").rows() == [(A, "raw/a.txt"), (B, "raw/b.txt")]
    assert [(q["source_path"], q["stage"], q["reason"], q["doc_id"]) for q in quarantined] == [
        ("raw/z.txt", "store", "duplicate_content", A)]
    assert quarantined[0]["detail"] == f"same bytes as raw/a.txt (doc_id {A}); stored once"


def stage(lake: Lake, batch: str, documents: pl.DataFrame, entities: pl.DataFrame, run_id: str) -> None:
    shaped = shape_documents(documents, run_id)
    tables = {"documents": shaped, "entities": shape_mentions(entities, shaped, "entities", run_id)}
    stage_batch.fn(lake, batch, tables, {"read": documents.height})
    stage_signatures(lake, batch)


def test_a_run_commits_its_batches_and_a_changed_file_replaces_its_old_document(tmp_path):
    lake = Lake(str(tmp_path / "lake"))
    stage(lake, "b1", clean([(A, "raw/a.txt", None)]), mentions(A, ["COUNTRY", "LOC"]), "run-1")
    stage(lake, "b2", clean([(B, "raw/b.txt", None), (A, "raw/copy.txt", None)]),
          pl.concat([mentions(B, ["ORG"]), mentions(A, ["COUNTRY", "LOC"])]), "run-1")
    written = commit_run.fn(lake, "run-1", ["b1", "b2"], ["raw/a.txt", "raw/b.txt", "raw/copy.txt"], [], 0.5)
    assert (written["documents"], written["entities"], written["quarantine"]) == (2, 3, 1)
    assert sorted(lake.read("documents")["source_path"]) == ["raw/a.txt", "raw/b.txt"]
    assert lake.read("quarantine")["source_path"].to_list() == ["raw/copy.txt"]
    assert sorted(lake.read("_signatures")["doc_id"]) == [A, B]
    assert not lake.fs.exists(lake.staging_dir("b1"))  # committed batches leave the staging area

    # raw/a.txt now holds other bytes (C): A is stale, gone from every table with its mentions.
    stage(lake, "b3", clean([(C, "raw/a.txt", None)]), mentions(C, ["ORG"]), "run-2")
    commit_run.fn(lake, "run-2", ["b3"], ["raw/a.txt"], [A], 0.5)
    assert sorted(lake.read("documents")["doc_id"]) == [B, C]
    assert sorted(lake.read("entities")["doc_id"]) == [B, C]
    assert sorted(lake.read("_signatures")["doc_id"]) == [B, C]
    assert set(lake.read("documents").filter(pl.col("doc_id") == C)["run_id"]) == {"run-2"}


def test_the_runs_row_is_validated_and_recorded_with_its_partition(tmp_path):
    started = dt.datetime(2025, 12, 31, 23, 59, tzinfo=dt.timezone.utc)
    summary = {
        "run_id": "run-1", "status": "failed", "error": "LakeError: no space", "source": "raw", "lake": "lake",
        "documents_read": 3, "documents_skipped": 1, "documents_quarantined": 1,
        "rows": {table: n for n, table in enumerate(DATA_TABLES)},
        "seconds_by_stage": {"ingest": 0.12345, "store": 1.0},
    }
    lake = Lake(str(tmp_path))
    record_run.fn(lake, runs_row(summary, started, started + dt.timedelta(minutes=2), True, None))
    stored = lake.read("runs").row(0, named=True)
    assert (stored["run_id"], stored["status"], stored["error"], stored["year"]) == ("run-1", "failed", "LakeError: no space", "2025")
    assert json.loads(stored["parameters"]) == {"source": "raw", "lake": "lake", "full": True}
    assert json.loads(stored["seconds_by_stage"]) == {"ingest": 0.123, "store": 1.0}
    assert [stored[row_count_column(t)] for t in DATA_TABLES] == list(range(len(DATA_TABLES)))
    assert stored["code_version"] == CODE_VERSION and stored["flow_run_id"] is None
