"""Lake integrity: a truncated file is found, named in one line by every command that
meets it, and the repair restores its table from the lake's history."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from econews.lake import Lake, LakeError
from econews.lakecheck import check_lake, logged_files

REPO = Path(__file__).resolve().parents[1]


def rows(ids, texts, year="2016"):
    return pl.DataFrame({"entity_id": ids, "doc_id": ["d1"] * len(ids), "text": texts, "year": [year] * len(ids)})


def econews(*args, home) -> subprocess.CompletedProcess:
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    return subprocess.run([sys.executable, "-m", "econews", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def truncate(path: Path, keep: int = 100) -> None:
    """A failed copy: the file's first bytes only."""
    data = path.read_bytes()
    path.write_bytes(data[:keep])


@pytest.fixture
def damaged_lake(tmp_path):
    """Entities written by two runs (r2 replaced r1's file: kept in _history/), then the
    current 2016 file truncated. Returns (lake, the damaged file's path in the table)."""
    lake = Lake(str(tmp_path / "lake"))
    lake.commit("entities", pl.concat([rows(["a", "b"], ["x", "y"]), rows(["old"], ["o"], "2015")]), "r1")
    lake.commit("entities", rows(["a", "c"], ["x2", "z"]), "r2")
    (relative,) = [p for p, _, _ in logged_files(lake, "entities") if p.startswith("year=2016")]
    truncate(tmp_path / "lake" / "entities" / relative)
    return lake, relative


def test_check_names_the_truncated_file_and_exits_1(damaged_lake, tmp_path):
    lake, relative = damaged_lake
    (damage,) = check_lake(lake)
    assert (damage.table, damage.file) == ("entities", relative)
    assert damage.problem.startswith("truncated (100 of ")
    done = econews("lake", "check", "--lake", lake.root, home=tmp_path / "home")
    assert done.returncode == 1
    assert done.stdout.strip().splitlines() == [f"entities: {relative}: {damage.problem}"]


def test_readers_of_a_damaged_table_get_one_line_not_a_panic(damaged_lake, tmp_path):
    lake, relative = damaged_lake
    with pytest.raises(LakeError, match="table entities"):
        lake.read("entities")  # deltalake's or polars' error, caught at the lake's boundary
    done = econews("report", "--lake", lake.root, "--out", str(tmp_path / "r.html"), home=tmp_path / "home")
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    (line,) = done.stdout.strip().splitlines()
    assert f"table entities, file {relative}: truncated" in line and "econews lake repair" in line


def test_repair_restores_the_previous_version_from_the_history(damaged_lake, tmp_path):
    lake, relative = damaged_lake
    before = pl.DataFrame({"entity_id": ["a", "b", "old"], "text": ["x", "y", "o"]})  # as r1 left it
    done = econews("lake", "repair", "--lake", lake.root, home=tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    # Versions 1 to 3: r2's merge and its vacuum, all with the damaged file
    assert done.stdout.startswith("entities: restored version 0 (was 3") and "--full" in done.stdout
    assert check_lake(lake) == []
    plain = pl.scan_parquet(f"{lake.root}/entities/**/*.parquet", hive_partitioning=True).collect()
    assert plain.select("entity_id", "text").sort("entity_id").equals(before)
    assert (Path(lake.root) / "_damaged" / "entities" / relative).stat().st_size == 100
    # The repaired table takes commits again.
    lake.commit("entities", rows(["a", "c"], ["x2", "z"]), "r3")
    assert sorted(lake.read("entities")["text"]) == ["o", "x2", "y", "z"]


def test_a_table_damaged_in_its_first_version_cannot_be_restored(tmp_path):
    lake = Lake(str(tmp_path / "lake"))
    lake.commit("entities", rows(["a"], ["x"]), "r1")
    (relative,) = [p for p, _, _ in logged_files(lake, "entities")]
    os.remove(tmp_path / "lake" / "entities" / relative)
    assert [d.problem for d in check_lake(lake)] == ["missing"]
    done = econews("lake", "repair", "--lake", lake.root, home=tmp_path / "home")
    assert done.returncode == 1 and "econews run --full" in done.stderr
