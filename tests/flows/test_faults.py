"""Faults provoked for real: a killed run, a flaky filesystem, a busy or unwritable lake,
too many invalid rows. Whatever happens, readers see the last good state, never a mix."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import fsspec
import polars as pl
import pytest
from fsspec.implementations.local import LocalFileSystem

from econews.lake import Lake

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def table(lake, name) -> pl.DataFrame:
    return pl.scan_parquet(f"{lake}/{name}/**/*.parquet", hive_partitioning=True).collect()


def comparable(lake, name, key) -> pl.DataFrame:
    """A table without the columns that differ between two runs of the same input."""
    frame = table(lake, name)
    return frame.drop([c for c in frame.columns if c in {"run_id"}]).sort(key)


def cli(args, home, env=None, **popen) -> subprocess.Popen:
    environment = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                   **(env or {})}
    environment.pop("PREFECT_API_URL", None)  # its own ephemeral API, like a user's run
    return subprocess.Popen(
        [sys.executable, "-m", "econews", "run", *args], cwd=REPO, env=environment,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, **popen,
    )


def wait_for(predicate, proc, timeout=240.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.01)
    return False


@pytest.mark.parametrize("moment", ["while staging batches", "after the first table commit"])
def test_sigkill_then_rerun_equals_a_clean_run(sample_run, tmp_path, moment):
    source, clean_lake, _ = sample_run
    lake = tmp_path / "lake"
    if moment == "while staging batches":
        ready = lambda: any((lake / "_staging").rglob("*.parquet"))  # noqa: E731
    else:
        ready = lambda: (lake / "entities" / "_delta_log").is_dir() and any(  # noqa: E731
            (lake / "entities" / "_delta_log").glob("*.json"))
    proc = cli(["--source", str(source), "--lake", str(lake)], tmp_path / "home",
               env={"ECONEWS_BATCH_SIZE": "1"})
    try:
        reached = wait_for(ready, proc)
        assert reached, f"the run ended before {moment}: {proc.communicate()[1][-2000:]}"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    if moment == "while staging batches":
        # Killed before any commit: every table reads as empty (the run declared them
        # before its first task), nothing half-written.
        assert table(lake, "documents").height == 0 and table(lake, "entities").height == 0
    # The killed run's lock (dead pid) does not block the rerun; its staging is discarded.
    rerun = cli(["--source", str(source), "--lake", str(lake)], tmp_path / "home")
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err[-3000:]
    for name, key in [("documents", "doc_id"), ("entities", "entity_id"), ("metrics", "metric_id")]:
        expected = comparable(clean_lake, name, key)
        got = comparable(lake, name, key)
        assert got.equals(expected), name
    assert not (lake / "_staging").exists() or not any((lake / "_staging").iterdir())


class FlakyLocalFileSystem(LocalFileSystem):
    """A local filesystem whose first writes into a run's staging area fail, like a
    network filesystem having a bad moment."""

    protocol = "flaky"
    failures_left = 0
    failures_seen = 0

    @classmethod
    def _strip_protocol(cls, path):
        path = str(path)
        if path.startswith("flaky://"):
            path = path[len("flaky://"):]
        return super()._strip_protocol(path)

    def _open(self, path, mode="rb", **kwargs):
        if "w" in mode and "/_staging/" in str(path) and FlakyLocalFileSystem.failures_left > 0:
            FlakyLocalFileSystem.failures_left -= 1
            FlakyLocalFileSystem.failures_seen += 1
            raise OSError(5, "Input/output error (injected)", str(path))
        return super()._open(path, mode=mode, **kwargs)


def test_transient_write_errors_are_retried(prefect_api, sample_run, tmp_path, monkeypatch):
    from econews.flows.pipeline import econews_pipeline

    source, clean_lake, _ = sample_run
    fsspec.register_implementation("flaky", FlakyLocalFileSystem, clobber=True)
    FlakyLocalFileSystem.failures_left, FlakyLocalFileSystem.failures_seen = 2, 0
    monkeypatch.setenv("ECONEWS_IO_RETRY_DELAY_SECONDS", "0.1")
    summary = econews_pipeline(source=str(source), lake=f"flaky://{tmp_path}/lake")
    assert FlakyLocalFileSystem.failures_seen == 2
    assert summary["status"] == "completed"
    assert comparable(tmp_path / "lake", "metrics", "metric_id").equals(comparable(clean_lake, "metrics", "metric_id"))


def test_a_second_run_on_a_busy_lake_fails_clearly_and_changes_nothing(sample_run, tmp_path):
    source, clean_lake, _ = sample_run
    lake = tmp_path / "lake"
    shutil.copytree(clean_lake, lake)
    before = {name: table(lake, name).height for name in ("documents", "entities", "metrics", "runs")}
    Lake(str(lake)).acquire("run-in-progress")  # held by this (live) test process
    proc = cli(["--source", str(source), "--lake", str(lake), "--full"], tmp_path / "home")
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 1
    last = err.strip().splitlines()[-1]
    assert "in use by run run-in-progress" in last and "econews run failed" in last
    after = {name: table(lake, name).height for name in ("documents", "entities", "metrics", "runs")}
    assert after == before  # not even a runs row: the lake belongs to the other run
    Lake(str(lake)).release("run-in-progress")


def test_unwritable_lake_exits_non_zero_with_one_line(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the lake should be")
    proc = cli(["--source", str(REPO / "data" / "raw"), "--lake", str(blocker / "lake")], tmp_path / "home")
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 1
    assert err.strip().splitlines()[-1].startswith("econews run failed")
    assert "not writable" in err and "Traceback" not in err
    assert blocker.read_text() == "a file where the lake should be"


def test_too_many_invalid_rows_fail_the_run_and_commit_nothing(prefect_api, tmp_path, monkeypatch):
    from econews.flows.pipeline import econews_pipeline
    from econews.tasks.validate import TooManyInvalidRows

    source = tmp_path / "raw"
    source.mkdir()
    shutil.copy(REPO / "data" / "raw" / "004_f998cb1175094019.txt", source)
    # A publication date no news can have: the documents row fails its model.
    (source / "old.txt").write_text(
        "title: Archive\ndate: 1901-01-01\n\nLe Maroc et la Chine ont signé un accord de 3 milliards "
        "de dirhams pour une usine à Tanger, selon le ministère de l'Industrie.\n"
    )
    monkeypatch.setenv("ECONEWS_MAX_INVALID_SHARE", "0.1")
    with pytest.raises(TooManyInvalidRows, match="1 of 2 documents rows"):
        econews_pipeline(source=str(source), lake=str(tmp_path / "lake"))
    lake = Lake(str(tmp_path / "lake"))
    assert lake.delta("documents") is None and lake.delta("metrics") is None  # nothing committed
    runs = lake.read("runs")
    assert runs["status"].to_list() == ["failed"]
    assert "TooManyInvalidRows" in runs["error"].item()
    assert json.loads(runs["parameters"].item())["source"] == str(source)

    # Under the threshold, the bad row is quarantined with its column and check, the rest stored.
    monkeypatch.setenv("ECONEWS_MAX_INVALID_SHARE", "0.5")
    summary = econews_pipeline(source=str(source), lake=str(tmp_path / "lake"))
    assert summary["status"] == "completed"
    # The failed run's batch was staged completely: the rerun takes it instead of redoing it
    assert (summary["batches"], summary["batches_reused"]) == (1, 1)
    assert set(lake.read("documents")["run_id"]) == {summary["run_id"]}  # written by this run
    quarantine = lake.read("quarantine")
    bad = quarantine.filter(pl.col("source_path").str.ends_with("old.txt"))
    assert bad["reason"].to_list() == ["invalid_documents.published_at"]
    assert "1901-01-01" in bad["detail"].item()
    assert lake.read("documents")["source_path"].str.ends_with("004_f998cb1175094019.txt").all()
