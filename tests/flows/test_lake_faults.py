"""A damaged lake stops a run in one line; a disk that fills up or turns read-only during
the commit leaves the lake as it was, and the next run succeeds once space is back."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import fsspec
import polars as pl
import pytest
from fsspec.implementations.local import LocalFileSystem

from econews.lakecheck import check_lake, logged_files
from econews.lake import Lake
from econews.tables import TABLES

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
KEYS = {name: table.key for name, table in TABLES.items() if name != "runs"}


def contents(lake: Path) -> dict[str, pl.DataFrame]:
    """What a reader sees of every table (plain Parquet glob), in a stable order."""
    seen = {}
    for table in KEYS:
        if (lake / table).exists():
            frame = pl.scan_parquet(f"{lake}/{table}/**/*.parquet", hive_partitioning=True).collect()
            seen[table] = frame.sort(KEYS[table])
    return seen


def same_rows(a: dict, b: dict, ignore=("run_id", "at")) -> bool:
    return a.keys() == b.keys() and all(
        a[t].drop([c for c in ignore if c in a[t].columns]).equals(b[t].drop([c for c in ignore if c in b[t].columns]))
        for t in a
    )


def econews(*args, home) -> subprocess.CompletedProcess:
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)  # its own API, like a user's run
    return subprocess.run([sys.executable, "-m", "econews", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=600)


def test_a_truncated_file_stops_the_run_in_one_line_and_repair_then_full_rebuilds(prefect_api, sample_run, tmp_path):
    from econews.flows.pipeline import econews_pipeline

    source, clean_lake, _ = sample_run
    lake = tmp_path / "lake"
    shutil.copytree(clean_lake, lake)
    econews_pipeline(source=str(source), lake=str(lake), full=True)  # a second version of each table
    (relative,) = [p for p, _, _ in logged_files(Lake(str(lake)), "entities")][:1]
    data = (lake / "entities" / relative).read_bytes()
    (lake / "entities" / relative).write_bytes(data[: len(data) // 2])

    done = econews("run", "--source", str(source), "--lake", str(lake), home=tmp_path / "home")
    assert done.returncode == 1 and "Traceback" not in done.stderr and "panicked" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("econews run failed") and f"table entities, file {relative}: truncated" in last
    assert "econews lake repair" in last

    done = econews("lake", "repair", "--lake", str(lake), home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert check_lake(Lake(str(lake))) == []
    summary = econews_pipeline(source=str(source), lake=str(lake), full=True)
    assert summary["status"] == "completed"
    assert same_rows(contents(lake), contents(clean_lake))


class FullDiskFileSystem(LocalFileSystem):
    """The local disk, on which every write into a table folder or `_history/` fails with
    `error` while `error` is set: the disk filled up (ENOSPC) or was remounted read-only
    (EROFS) when the run came to commit. Staging and the lock still work."""

    protocol = "fulldisk"
    error: int | None = None
    refused = 0

    @classmethod
    def _strip_protocol(cls, path):
        path = str(path)
        return super()._strip_protocol(path[len("fulldisk://"):] if path.startswith("fulldisk://") else path)

    def _refuse(self, path) -> None:
        path = str(path)
        if self.error is not None and "/_staging/" not in path and not path.endswith("_lock.json") \
                and ".write-probe-" not in path:
            type(self).refused += 1
            raise OSError(self.error, os.strerror(self.error), path)

    def _open(self, path, mode="rb", **kwargs):
        if any(m in mode for m in "wxa"):
            self._refuse(path)
        return super()._open(path, mode=mode, **kwargs)

    def cp_file(self, path1, path2, **kwargs):
        self._refuse(path2)
        return super().cp_file(path1, path2, **kwargs)


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS])
def test_a_full_or_read_only_disk_during_the_commit_leaves_the_lake_as_it_was(
        prefect_api, sample_run, tmp_path, monkeypatch, error):
    from econews.flows.pipeline import econews_pipeline

    source, clean_lake, _ = sample_run
    lake = tmp_path / "lake"
    shutil.copytree(clean_lake, lake)
    before = contents(lake)
    runs_before = pl.scan_parquet(f"{lake}/runs/**/*.parquet").collect().height
    fsspec.register_implementation("fulldisk", FullDiskFileSystem, clobber=True)
    monkeypatch.setenv("ECONEWS_IO_RETRY_DELAY_SECONDS", "0.01")
    FullDiskFileSystem.error, FullDiskFileSystem.refused = error, 0
    url = f"fulldisk://{lake}"

    with pytest.raises(Exception) as failed:
        econews_pipeline(source=str(source), lake=url, full=True)

    assert FullDiskFileSystem.refused > 0
    assert os.strerror(error) in str(failed.value) and "\n" not in str(failed.value)
    assert same_rows(contents(lake), before, ignore=())  # exactly as before, run ids included
    assert pl.scan_parquet(f"{lake}/runs/**/*.parquet").collect().height == runs_before  # could not record
    assert check_lake(Lake(str(lake))) == [] and not (lake / "_lock.json").exists()

    FullDiskFileSystem.error = None  # space is back
    summary = econews_pipeline(source=str(source), lake=url, full=True)
    assert summary["status"] == "completed"
    assert same_rows(contents(lake), before)
