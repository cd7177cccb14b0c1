"""The whole flow through Prefect on the sample corpus, read back with polars and DuckDB."""

from __future__ import annotations

import shutil

import duckdb
import polars as pl
import pytest

from econews.tables import LAKE_TABLES

pytestmark = pytest.mark.slow


def scan(lake, table) -> pl.DataFrame:
    # Exactly the contract's read: a plain hive-partitioned Parquet glob.
    return pl.scan_parquet(f"{lake}/{table}/**/*.parquet", hive_partitioning=True).collect()


def duck(lake, table, query="select * from t") -> pl.DataFrame:
    con = duckdb.connect()
    con.sql(f"create view t as select * from read_parquet('{lake}/{table}/**/*.parquet', hive_partitioning=true)")
    return con.sql(query).pl()


def test_run_completes_and_accounts_for_every_file(sample_run):
    source, lake, summary = sample_run
    assert summary["status"] == "completed"
    files = sorted(p.name for p in source.iterdir())
    assert summary["documents_read"] == len(files)
    docs = scan(lake, "documents")
    quarantine = scan(lake, "quarantine")
    accounted = set(docs["source_path"]) | set(quarantine["source_path"])
    assert {p.rsplit("/", 1)[-1] for p in accounted} == set(files)
    assert docs["doc_id"].n_unique() == docs.height


def test_a_clean_run_processes_each_batch_once(sample_run):
    """No task of a healthy run fails: a batch that raised after staging would be retried,
    find its own staged rows, and be reported "reused", hiding the error."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    _, lake, summary = sample_run
    assert (summary["batches"], summary["batches_reused"]) == (1, 0)
    assert summary["seconds_by_stage"]["entities"] > 0
    flow_run_id = scan(lake, "runs").filter(pl.col("run_id") == summary["run_id"])["flow_run_id"].item()
    with get_client(sync_client=True) as client:
        task_runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    batch_runs = [t for t in task_runs if t.name.startswith("process batch")]
    assert len(batch_runs) == 1
    assert [(t.name, t.run_count, t.state_name) for t in task_runs if t.run_count != 1 or t.state_name != "Completed"] == []


def test_every_contract_column_is_written(sample_run):
    _, lake, _ = sample_run
    contract = {
        "documents": ["doc_id", "source_path", "url", "title", "language", "published_at", "event_date", "text", "duplicate_of", "run_id"],
        "entities": ["doc_id", "start", "end", "text", "label", "canonical", "country"],
        "metrics": ["doc_id", "start", "end", "text", "value", "unit", "qualifier", "period", "subject", "countries", "sentence"],
        "runs": ["run_id", "flow_run_id", "started_at", "finished_at", "status", "source", "parameters", "code_version",
                 "documents_read", "documents_skipped", "documents_quarantined"],
    }
    for table, columns in contract.items():
        got = scan(lake, table).columns
        assert set(columns) <= set(got), (table, set(columns) - set(got))
    # quarantine may hold no rows on clean input: its columns are read from the table's schema
    from econews.lake import Lake

    quarantine_columns = {f.name for f in Lake(str(lake)).delta("quarantine").schema().fields}
    assert {"source_path", "stage", "reason", "detail", "run_id", "at"} <= quarantine_columns
    assert (lake / "documents").is_dir() and any(p.name.startswith("year=") for p in (lake / "documents").iterdir())


def doc(lake, prefix: str) -> dict:
    docs = scan(lake, "documents")
    row = docs.filter(pl.col("source_path").str.contains(prefix)).row(0, named=True)
    return row


def test_entities_of_002(sample_run):
    _, lake, _ = sample_run
    d = doc(lake, "002_")
    ents = duck(lake, "entities", f"select * from t where doc_id = '{d['doc_id']}'")
    persons = ents.filter(pl.col("label") == "PERSON")
    assert {"QIAN Keming", "Moulay Hafid Elalamy"} <= set(persons["text"])
    assert "Moulay Hafid Elalamy" in set(persons["canonical"])
    assert "BYD" in set(ents.filter(pl.col("label") == "ORG")["canonical"])
    countries = ents.filter(pl.col("label") == "COUNTRY")
    assert {("China", "CN"), ("Morocco", "MA")} <= set(zip(countries["canonical"], countries["country"]))
    # Offsets point into documents.text
    for row in ents.iter_rows(named=True):
        assert d["text"][row["start"]:row["end"]] == row["text"]


def metric(lake, prefix, span):
    d = doc(lake, prefix)
    rows = scan(lake, "metrics").filter((pl.col("doc_id") == d["doc_id"]) & (pl.col("text") == span))
    assert rows.height >= 1, f"{span!r} not found in {prefix}"
    row = rows.row(0, named=True)
    assert d["text"][row["start"]:row["end"]] == span
    return row


def test_metrics_of_the_sample_corpus(sample_run):
    _, lake, _ = sample_run
    m = metric(lake, "002_", "39,5 milliards DH")
    assert (m["value"], m["unit"], m["period"]) == (39.5e9, "MAD", "2016")
    assert set(m["countries"]) == {"CN", "MA"}
    m = metric(lake, "002_", "+18,2%")
    assert (m["value"], m["unit"]) == (18.2, "percent")
    m = metric(lake, "002_", "362,5 millions dhs")
    assert (m["value"], m["unit"], m["period"]) == (362.5e6, "MAD", "2016")
    m = metric(lake, "001_", "100 GWh")
    assert (m["value"], m["unit"]) == (100.0, "GWh")
    d3 = doc(lake, "003_")
    jobs = scan(lake, "metrics").filter((pl.col("doc_id") == d3["doc_id"]) & (pl.col("unit") == "jobs"))
    assert 41000.0 in jobs["value"].to_list()


def test_noise_is_not_in_the_text(sample_run):
    _, lake, _ = sample_run
    assert "12:03KFC" not in doc(lake, "001_")["text"]
    assert "Toyota N°1 mondial" not in doc(lake, "003_")["text"]
    for prefix in ("000_", "002_"):
        text = doc(lake, prefix)["text"]
        assert "Lire Aussi" not in text
    assert "IM MEDICARE" not in doc(lake, "000_")["text"]
    assert "EUWEN TEXTILES" not in doc(lake, "002_")["text"]
    # ... while the article itself is kept
    assert "39,5 milliards DH" in doc(lake, "002_")["text"]
    assert "Nasser Bourita" in doc(lake, "001_")["text"]


def test_rerun_adds_no_duplicates_and_records_runs(sample_run, tmp_path):
    from econews.flows.pipeline import econews_pipeline

    source, lake, _ = sample_run
    copy = tmp_path / "lake"
    shutil.copytree(lake, copy)
    before = {t: scan(copy, t).height for t in LAKE_TABLES if t != "runs"}
    second = econews_pipeline(source=str(source), lake=str(copy))
    assert second["documents_skipped"] == second["documents_read"]
    full = econews_pipeline(source=str(source), lake=str(copy), full=True)
    assert full["documents_skipped"] == 0
    after = {t: scan(copy, t).height for t in LAKE_TABLES if t != "runs"}
    assert after == before
    for table in ("documents", "entities", "metrics"):
        assert duck(copy, table).height == before[table]
    runs = scan(copy, "runs")
    assert runs.height == 3 and set(runs["status"]) == {"completed"}
    assert runs["flow_run_id"].null_count() == 0


def test_moved_corpus_and_a_later_near_duplicate(sample_run, tmp_path):
    from econews.flows.pipeline import econews_pipeline
    from econews.lake import Lake

    source, lake, _ = sample_run
    moved, copy = tmp_path / "moved", tmp_path / "lake"
    shutil.copytree(source, moved)
    shutil.copytree(lake, copy)
    files = len(list(moved.iterdir()))
    # The corpus moved: same bytes under new paths are the same documents, now stored there
    summary = econews_pipeline(source=str(moved), lake=str(copy))
    assert summary["documents_quarantined"] == 0
    docs = scan(copy, "documents")
    assert docs.height == files and docs["source_path"].str.starts_with(str(moved)).all()
    # ... while the table as of the first run still has the old paths
    before = Lake(str(copy)).as_of("documents", sample_run[2]["run_id"])
    assert before.height == files and before["source_path"].str.starts_with(str(source)).all()

    original = next(moved.glob("001_*.txt"))
    # The same story, lightly reworded by another outlet, arrives on a later run
    reworded = original.read_text().replace("Nasser Bourita", "M. Nasser Bourita").replace("prometteuses", "encourageantes")
    (moved / "other_outlet.txt").write_text(reworded)
    summary = econews_pipeline(source=str(moved), lake=str(copy))
    assert summary["documents_skipped"] == files and summary["rows"]["documents"] == 1
    docs = scan(copy, "documents")
    first = docs.filter(pl.col("source_path") == str(original))["doc_id"].item()
    assert docs.filter(pl.col("source_path").str.ends_with("other_outlet.txt"))["duplicate_of"].item() == first
    # Matched against the stored documents' kept MinHashes, one per document
    assert Lake(str(copy)).read("_signatures").height == files + 1


def test_a_folder_of_good_and_bad_files_is_fully_accounted_for(prefect_api, tmp_path, monkeypatch):
    from econews.flows.pipeline import econews_pipeline

    raw = tmp_path / "mixed"
    raw.mkdir()
    repo_raw = sample_dir()
    good = {
        "002.txt": (repo_raw / "002_f308e04e19441752.txt").read_bytes(),
        "004.txt": (repo_raw / "004_f998cb1175094019.txt").read_bytes(),
        # French in Latin-1, not UTF-8: decoded, not lost
        "latin1.txt": "Le Maroc a exporté pour 3,2 milliards de dirhams de câbles vers l'Espagne en 2023, "
                      "selon l'Office des changes, une hausse de 12 % sur un an.\n".encode("latin-1"),
        "page.html": (
            "<html><head><title>Tanger Med bat un record</title></head><body><nav>Accueil | Economie</nav>"
            "<article><h1>Tanger Med bat un record</h1><p>Le port de Tanger Med a traité 8,6 millions de "
            "conteneurs en 2023, une hausse de 13,4 % sur un an, a annoncé l'Autorité portuaire.</p>"
            "<p>Le port vise 9 millions de conteneurs d'ici 2025, selon son directeur général, qui a "
            "présenté les résultats à Tanger devant les opérateurs chinois et européens.</p></article>"
            "<footer>Partager cet article</footer></body></html>"
        ).encode(),
    }
    bad = {
        "empty.txt": (b"", "empty_file"),
        "picture.html": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary_file"),
        "archive.zip": (b"PK\x03\x04" + bytes(200), "unsupported_extension"),
        "header_only.txt": (b"title: Rien\ndate: 2020-01-01\n\n", "header_without_body"),
        "huge.txt": (("Le Maroc et la Chine. " * 2000).encode(), "too_large"),
        "copy_of_002.txt": ((repo_raw / "002_f308e04e19441752.txt").read_bytes(), "duplicate_content"),
    }
    for name, data in good.items():
        (raw / name).write_bytes(data)
    for name, (data, _) in bad.items():
        (raw / name).write_bytes(data)
    monkeypatch.setenv("ECONEWS_MAX_FILE_BYTES", "20000")
    lake = tmp_path / "lake"
    summary = econews_pipeline(source=str(raw), lake=str(lake))
    assert summary["status"] == "completed"
    assert summary["documents_read"] == len(good) + len(bad)
    docs, quarantine = scan(lake, "documents"), scan(lake, "quarantine")
    names = lambda frame: {p.rsplit("/", 1)[-1] for p in frame["source_path"]}  # noqa: E731
    # Every file is in exactly one of the two tables, with the reason it was set aside
    assert names(docs) | names(quarantine) == set(good) | set(bad)
    assert not names(docs) & names(quarantine)
    assert names(docs) == set(good) - {"copy_of_002.txt"}
    reasons = dict(zip([p.rsplit("/", 1)[-1] for p in quarantine["source_path"]], quarantine["reason"]))
    assert reasons == {name: reason for name, (_, reason) in bad.items()}
    assert summary["documents_quarantined"] == len(bad)
    latin = docs.filter(pl.col("source_path").str.ends_with("latin1.txt")).row(0, named=True)
    assert "exporté" in latin["text"] and latin["language"] == "fr"
    html = docs.filter(pl.col("source_path").str.ends_with("page.html")).row(0, named=True)
    assert html["title"] == "Tanger Med bat un record" and "Accueil" not in html["text"]
    assert "8,6 millions" in html["text"]


def sample_dir():
    from pathlib import Path

    return Path(__file__).resolve().parents[2] / "data" / "raw"


@pytest.mark.parametrize(("n", "size", "workers"), [(1000, 100, 2), (5000, 100, 2), (401, 100, 2), (1000, 100, 3), (399, 100, 2), (50, 100, 2), (1000, 100, 1), (7, 2, 2)])
def test_batches_keep_every_item_once_in_order_and_end_small(n, size, workers):
    from econews.flows.pipeline import chunks

    items = [f"f{i}" for i in range(n)]
    batches = chunks(items, size, workers)
    assert [p for b in batches for p in b] == items  # each once, in order
    assert all(0 < len(b) <= size for b in batches)
    if workers > 1 and n >= 2 * workers * size:
        # the last rounds are smaller, so workers finish together
        assert [len(b) for b in batches[-2 * workers:]] == [size // 2] * workers + [size // 4] * workers
    else:
        assert [len(b) for b in batches[:-1]] == [size] * (len(batches) - 1)  # plain batches
    if n <= size:
        assert len(batches) == 1  # a daily run's few files: one batch, run in-process
