"""The lake: Delta commits that plain Parquet readers see exactly, idempotent merges."""

from __future__ import annotations

import os

import duckdb
import polars as pl
import pytest

from econews.lake import Lake, LakeError, in_list


def rows(ids, texts, doc="d1", year="2016"):
    return pl.DataFrame({"entity_id": ids, "doc_id": [doc] * len(ids), "text": texts, "year": [year] * len(ids)})


def plain(lake_path, table):
    return pl.scan_parquet(f"{lake_path}/{table}/**/*.parquet", hive_partitioning=True).collect()


def test_merge_is_idempotent_and_plain_reads_see_current_rows(tmp_path):
    lake = Lake(str(tmp_path))
    lake.commit("entities", rows(["a", "b"], ["x", "y"]), "run1")
    lake.commit("entities", rows(["a", "b"], ["x", "y"]), "run2")
    assert plain(tmp_path, "entities").height == 2
    lake.commit("entities", rows(["a", "c"], ["x2", "z"]), "run3")
    got = plain(tmp_path, "entities").sort("entity_id")
    # After the MERGE + vacuum, the replaced file is gone: 3 rows, not 5
    assert got["entity_id"].to_list() == ["a", "b", "c"]
    assert got.filter(pl.col("entity_id") == "a")["text"].item() == "x2"
    duck = duckdb.sql(
        f"select count(*) from read_parquet('{tmp_path}/entities/**/*.parquet', hive_partitioning=true)"
    ).fetchall()[0][0]
    assert duck == 3
    # The Delta log is the history of runs
    runs = [h.get("econews.run_id") for h in lake.history("entities")]
    assert {"run1", "run2", "run3"} <= set(runs)


def test_replace_where_removes_rows_a_document_no_longer_has(tmp_path):
    lake = Lake(str(tmp_path))
    lake.commit("entities", pl.concat([rows(["a", "b"], ["x", "y"]), rows(["k"], ["keep"], doc="d2")]), "r1")
    lake.commit("entities", rows(["a"], ["x"]), "r2", replace_where=in_list("doc_id", ["d1"]))
    assert sorted(plain(tmp_path, "entities")["entity_id"].to_list()) == ["a", "k"]


def test_no_checkpoint_parquet_in_the_log(tmp_path):
    lake = Lake(str(tmp_path))
    for n in range(12):
        lake.commit("entities", rows([f"id{n}"], ["t"]), f"r{n}")
    log_files = os.listdir(tmp_path / "entities" / "_delta_log")
    assert not [f for f in log_files if f.endswith(".parquet")]
    assert plain(tmp_path, "entities").height == 12


def test_staging_is_invisible_until_commit_and_sealed_batches_are_found(tmp_path):
    lake = Lake(str(tmp_path))
    lake.stage("batch9", "entities", rows(["a"], ["x"]))
    assert lake.read("entities") is None
    assert lake.sealed("batch9") is None  # staged, but not complete: a rerun redoes it
    lake.seal("batch9", {"read": 1})
    assert lake.sealed("batch9") == {"read": 1}
    staged = lake.staged(["batch9", "missing"], "entities", {"entity_id": pl.Utf8})
    assert staged["entity_id"].to_list() == ["a"]
    lake.stage("other", "entities", rows(["b"], ["y"]))
    lake.drop_staging(keep={"batch9"})
    assert lake.staged(["other"], "entities", {"entity_id": pl.Utf8}).is_empty()
    lake.drop_staging(["batch9"])
    assert lake.sealed("batch9") is None


def test_file_url_lake(tmp_path):
    lake = Lake(f"file://{tmp_path}/lk")
    lake.ensure_writable()
    lake.commit("entities", rows(["a"], ["x"]), "r1")
    assert plain(tmp_path / "lk", "entities").height == 1


def test_unwritable_lake_is_a_clear_error(tmp_path):
    # A lake path below a regular file cannot be created, even by root.
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    with pytest.raises(LakeError, match="not writable"):
        Lake(str(blocker / "lake")).ensure_writable()


def test_second_run_is_refused_while_the_lock_is_held(tmp_path):
    from econews.lake import LakeBusy

    lake = Lake(str(tmp_path))
    lake.acquire("run-a")
    with pytest.raises(LakeBusy, match="in use by run run-a"):
        Lake(str(tmp_path)).acquire("run-b")
    lake.release("run-a")
    Lake(str(tmp_path)).acquire("run-b")


def test_lock_of_a_killed_process_is_taken_over(tmp_path):
    import json
    import socket
    import subprocess

    dead = subprocess.Popen(["true"])
    dead.wait()
    (tmp_path / "_lock.json").write_text(json.dumps({"run_id": "ghost", "pid": dead.pid, "host": socket.gethostname()}))
    Lake(str(tmp_path)).acquire("run-c")
    assert json.loads((tmp_path / "_lock.json").read_text())["run_id"] == "run-c"


def test_a_table_can_be_read_as_of_an_earlier_run(tmp_path):
    lake = Lake(str(tmp_path))

    def run(run_id, frame):
        lake.commit("entities", frame, run_id)
        now = __import__("datetime").datetime.now(__import__("datetime").timezone.utc)
        lake.commit("runs", pl.DataFrame({"run_id": [run_id], "finished_at": [now], "year": ["2026"]}), run_id)

    run("r1", rows(["a", "b"], ["x", "y"]))
    run("r2", rows(["a", "c"], ["x2", "z"]))
    assert sorted(plain(tmp_path, "entities")["text"]) == ["x2", "y", "z"]  # current rows only
    first = lake.as_of("entities", "r1").sort("entity_id")
    assert first["text"].to_list() == ["x", "y"]
    assert sorted(lake.as_of("entities", "r2")["text"]) == ["x2", "y", "z"]
    # The replaced file lives outside the table folder: plain reads never see it
    assert list((tmp_path / "_history" / "entities").rglob("*.parquet"))
    with pytest.raises(LakeError, match="no run"):
        lake.as_of("entities", "nope")


def test_staged_rows_stream_into_one_commit_once_per_document(tmp_path):
    """A run's mentions are committed from the staging area batch by batch (never all in
    memory): every batch's rows land in one commit, with this run's id, and a document
    that two batches staged (same bytes under two paths) is written once."""
    from econews.tables import TABLES
    from econews.tasks.store import _first_copy_of_each_document

    schema = TABLES["entities"].schema

    def mentions(doc, n, run="old-run"):
        return pl.DataFrame(
            {"entity_id": [f"{doc}:{i}" for i in range(n)], "doc_id": [doc] * n, "start": list(range(n)),
             "end": [i + 1 for i in range(n)], "text": ["Maroc"] * n, "label": ["COUNTRY"] * n,
             "canonical": ["Maroc"] * n, "country": ["MA"] * n, "run_id": [run] * n, "year": ["2016"] * n},
            schema=schema,
        )

    lake = Lake(str(tmp_path))
    lake.stage("b1", "entities", pl.concat([mentions("d1", 3), mentions("d2", 2)]))
    lake.stage("b2", "entities", pl.concat([mentions("d2", 2), mentions("d3", 4)]))  # d2 again
    lake.stage("b3", "documents", pl.DataFrame({"doc_id": ["d4"]}))  # no entities staged
    rows = lake.staged_rows(["b1", "b2", "b3"], "entities", schema, shape=_first_copy_of_each_document("run-9", "entity_id"))
    assert rows.any()
    reader = rows.reader()
    assert rows.rows == 0  # nothing is read before the commit pulls it
    lake.commit("entities", rows, "run-9")
    stored = plain(tmp_path, "entities")
    assert rows.rows == stored.height == 9
    assert sorted(stored["entity_id"]) == sorted([f"d1:{i}" for i in range(3)] + ["d2:0", "d2:1"] + [f"d3:{i}" for i in range(4)])
    assert set(stored["run_id"]) == {"run-9"}
    assert [h.get("econews.run_id") for h in lake.history("entities")].count("run-9") == 1
    assert reader.schema.names == list(schema)
    assert not lake.staged_rows(["b3"], "entities", schema).any()


def test_importing_the_pipeline_leaves_deltalake_out():
    """A worker process imports the pipeline and stages Parquet files: deltalake (~16 MiB
    a process, with arro3) is imported only where a Delta table is read or written."""
    import subprocess
    import sys

    code = "import sys, econews.flows.pipeline; print(sorted(m for m in sys.modules if m.split('.')[0] in ('deltalake', 'arro3')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
