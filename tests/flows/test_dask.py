"""Scale-out: the flow on a real two-worker Dask cluster (prefect-dask's DaskTaskRunner)
writes exactly the tables of a run with the default runner, and each worker process loads
spaCy once, not once per batch."""

from __future__ import annotations

import os
import shutil

import polars as pl
import pytest

from econews.tables import LAKE_TABLES
from tests.conftest import RAW

pytestmark = pytest.mark.slow

COMPARED = ("documents", "entities", "metrics")
# Columns that legitimately differ between two runs of the same input.
RUN_COLUMNS = {"run_id", "at"}


def table(lake, name: str, source) -> pl.DataFrame:
    frame = pl.scan_parquet(f"{lake}/{name}/**/*.parquet", hive_partitioning=True).collect()
    frame = frame.drop([c for c in frame.columns if c in RUN_COLUMNS])
    if "source_path" in frame.columns:  # the two runs read two copies of data/raw
        frame = frame.with_columns(pl.col("source_path").str.strip_prefix(f"{source}/"))
    frame = frame.select(sorted(frame.columns))
    # Sort on every sortable column: row order depends on batching, not on content.
    keys = [c for c, t in frame.schema.items() if not isinstance(t, (pl.List, pl.Struct, pl.Array))]
    return frame.sort(keys, nulls_last=True)


def model_loads(client) -> dict[str, tuple[int, int]]:
    """(hits, misses) of the cache behind econews.tasks.entities.load_pipeline, per worker."""

    def info():
        from econews.tasks.entities import _load_pipeline

        stats = _load_pipeline.cache_info()
        return stats.hits, stats.misses, os.getpid()

    return client.run(info)


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,  # logging.ERROR
    ) as cluster:
        with distributed.Client(cluster) as client:
            client.wait_for_workers(2, timeout=120)
            yield cluster, client


def test_dask_run_writes_the_tables_of_a_default_run(prefect_api, sample_run, cluster, tmp_path, monkeypatch):
    from econews.flows.pipeline import econews_pipeline
    from econews.runners import task_runner

    default_source, default_lake, default_summary = sample_run
    cluster, client = cluster
    # One document a batch: five batches over two workers, so a per-batch model load shows.
    monkeypatch.setenv("ECONEWS_BATCH_SIZE", "1")
    source, lake = tmp_path / "raw", tmp_path / "lake"
    shutil.copytree(RAW, source)

    assert all(misses == 0 for _, misses, _ in model_loads(client).values())
    flow = econews_pipeline.with_options(task_runner=task_runner("dask", cluster.scheduler_address))
    summary = flow(source=str(source), lake=str(lake))

    assert summary["status"] == "completed"
    assert summary["documents_read"] == default_summary["documents_read"]
    assert summary["rows"] == default_summary["rows"]

    # The batches ran on the workers (not in this process), each loading the model once.
    loads = model_loads(client)
    assert len(loads) == 2
    used = {w: (hits, misses) for w, (hits, misses, _) in loads.items() if hits + misses}
    assert used, f"no batch ran on a Dask worker: {loads}"
    assert all(misses <= 1 for _, misses in used.values()), f"spaCy loaded more than once on a worker: {loads}"
    assert sum(hits + misses for hits, misses in used.values()) >= 5, loads
    assert len({pid for _, _, pid in loads.values()} - {os.getpid()}) == 2  # two real worker processes

    for name in COMPARED:
        got, want = table(lake, name, source), table(default_lake, name, default_source)
        assert got.height == want.height > 0, name
        assert got.columns == want.columns, name
        assert got.equals(want), f"{name} differs between the Dask and the default run"
    # The derived tables too, when the run wrote rows in them.
    for name in set(LAKE_TABLES) - set(COMPARED) - {"runs", "quarantine"}:
        if any((default_lake / name).rglob("*.parquet")):
            assert table(lake, name, source).equals(table(default_lake, name, default_source)), name

    runs = pl.scan_parquet(f"{lake}/runs/**/*.parquet", hive_partitioning=True).collect()
    assert runs.height == 1 and runs["status"].to_list() == ["completed"]
