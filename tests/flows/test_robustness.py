"""One odd file never stops a run (issue 19): a page that makes a stage raise, a page far
over the model's length limit, a name that is not UTF-8 each give a complete run with the
file in its right table."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import polars as pl
import pytest

from econews.tasks.ingest import split_header

pytestmark = pytest.mark.slow
RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
# The reported page was 1.26 MB on one line (ECONEWS_LONG_PAGE_CHARS=1260000 runs it: ~1.5
# minutes of NER on two busy cores); CI runs the same path on a page past LONG_TEXT_CHARS.
LONG_PAGE_CHARS = int(os.environ.get("ECONEWS_LONG_PAGE_CHARS", "120000"))
STAGES = ("ingest", "clean", "entities", "metrics", "relations", "validate")


def scan(lake, table) -> pl.DataFrame:
    return pl.scan_parquet(f"{lake}/{table}/**/*.parquet", hive_partitioning=True).collect()


def one_line_page(chars: int) -> str:
    """The corpus' bodies on one line, repeated to `chars` characters, behind a header."""
    line = " ".join(" ".join(split_header(p.read_text())[1].split()) for p in sorted(RAW.glob("*.txt")))
    body = (line + " ") * (chars // (len(line) + 1) + 1)
    return "title: Une page d'une ligne\ndate: 2024-03-01\n\n" + body[:chars].rsplit(" ", 1)[0] + "\n"


def failing_page(stage: str) -> str:
    return (f"title: Page {stage}\ndate: 2023-05-0{STAGES.index(stage) + 1}\n\n"
            f"Le Maroc et l'Espagne ont signé à Rabat un accord de 2 milliards de dirhams ({stage.upper()}-BOOM), "
            f"selon le ministère de l'Industrie, pour une usine de câbles à Kénitra en 2023.\n")


def fail_on_marker(monkeypatch) -> None:
    """Fault injection: each stage raises on the one page that carries its marker."""
    from econews.tasks import clean, entities, ingest, metrics, relations, validate

    def raising(module, name, stage, holds):
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            if holds(*args):
                raise ValueError(f"injected fault in {stage}")
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    raising(ingest, "decode_bytes", "ingest", lambda data: b"INGEST-BOOM" in data)
    raising(clean, "clean_document", "clean", lambda raw, *_: "CLEAN-BOOM" in raw.body)
    raising(entities, "entities_from_doc", "entities", lambda doc, doc_id, text, *_: "ENTITIES-BOOM" in text)
    raising(metrics, "extract_metrics", "metrics", lambda text: "METRICS-BOOM" in text)
    raising(relations, "_investments", "relations", lambda doc: "RELATIONS-BOOM" in doc.text)
    raising(validate, "split_valid", "validate",
            lambda table, rows, *_: table == "documents" and rows["text"].str.contains("VALIDATE-BOOM").any())


def test_one_odd_file_never_stops_the_run(prefect_api, tmp_path, monkeypatch):
    from econews.flows.pipeline import econews_pipeline

    source = tmp_path / "raw"
    source.mkdir()
    shutil.copy(RAW / "002_f308e04e19441752.txt", source / "good.txt")
    for stage in STAGES:
        (source / f"fails_in_{stage}.txt").write_text(failing_page(stage))
    long_text = one_line_page(LONG_PAGE_CHARS)
    (source / "one_line.txt").write_text(long_text)
    odd_name = os.path.join(os.fsencode(source), b"caf\xe9 \xff.txt")  # Latin-1 and a stray byte
    with open(odd_name, "wb") as handle:
        handle.write((RAW / "004_f998cb1175094019.txt").read_bytes())
    fail_on_marker(monkeypatch)
    lake = tmp_path / "lake"

    summary = econews_pipeline(source=str(source), lake=str(lake))

    assert summary["status"] == "completed"
    assert (summary["documents_read"], summary["documents_quarantined"], summary["documents_failed"]) == (9, 6, 6)
    docs, quarantine = scan(lake, "documents"), scan(lake, "quarantine")
    assert sorted(docs["source_path"]) == sorted(
        [str(source / "good.txt"), str(source / "one_line.txt"), str(source / "caf\\xe9 \\xff.txt")])
    by_path = {Path(p).name: row for p, row in zip(quarantine["source_path"], quarantine.iter_rows(named=True))}
    for stage in STAGES:
        row = by_path[f"fails_in_{stage}.txt"]
        assert (row["stage"], row["reason"]) == (stage, "processing_error")
        # the message, then where it was raised (a bug report, not just `IndexError`)
        assert row["detail"].startswith(f"ValueError: injected fault in {stage} (at ") and " in " in row["detail"]
    failed_ids = set(quarantine["doc_id"].drop_nulls())
    for table in ("entities", "metrics", "sector_mentions"):  # no row of a set-aside document
        assert not set(scan(lake, table)["doc_id"]) & failed_ids, table
    # The long page: whole, its mentions all over it, offsets into documents.text
    page = docs.filter(pl.col("source_path").str.ends_with("one_line.txt")).row(0, named=True)
    assert len(page["text"]) > LONG_PAGE_CHARS - 100
    mentions = scan(lake, "entities").filter(pl.col("doc_id") == page["doc_id"])
    assert mentions["end"].max() > LONG_PAGE_CHARS - 5000
    assert all(page["text"][r["start"]:r["end"]] == r["text"] for r in mentions.iter_rows(named=True))
