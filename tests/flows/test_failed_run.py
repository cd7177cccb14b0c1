"""What an operator sees after a failed run: a first run that fails (its source does not
exist) fails at once with its one-line reason, not after the retries of a transient I/O
error; it leaves a lake whose every table reads as empty, with its columns, through the
contract's polars and DuckDB globs; and it publishes its summary, nothing unexplained."""

from __future__ import annotations

import time

import duckdb
import polars as pl
import pytest

from econews.tables import LAKE_TABLES, TABLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def failed_first_run(prefect_api, tmp_path_factory):
    """One real flow run on a fresh lake, its source missing: (source, lake, final state)."""
    from econews.flows.pipeline import econews_pipeline

    base = tmp_path_factory.mktemp("failed-first-run")
    source, lake = base / "no-such-source", base / "lake"
    state = econews_pipeline(source=str(source), lake=str(lake), return_state=True)
    return source, lake, state


def declared_columns(table: str) -> dict:
    return TABLES[table].schema


def test_a_missing_source_fails_at_once_with_its_one_line_reason(failed_first_run):
    source, lake, state = failed_first_run
    reason = f"SourceNotFound: source {str(source)!r} does not exist (no such folder or file)"
    assert state.is_failed()
    assert state.message == reason
    runs = pl.scan_parquet(f"{lake}/runs/**/*.parquet", hive_partitioning=True).collect()
    assert runs["status"].to_list() == ["failed"] and runs["error"].to_list() == [reason]
    # The run's own clock, from its first line to the failure (its `runs` row): under a
    # second; retried as a transient error, the backoff alone would be 1 + 2 + 4 s.
    seconds = (runs["finished_at"] - runs["started_at"]).dt.total_microseconds().item() / 1e6
    assert seconds < 1.0, f"the failed run took {seconds:.2f} s"


def test_io_tasks_do_not_retry_a_missing_source(prefect_api, tmp_path):
    """The listing task with the I/O tasks' options (three retries with backoff) runs once on
    a source that does not exist: the flow checks the source first, but a source removed
    between that check and the listing must not be retried either."""
    from prefect import flow
    from prefect.client.orchestration import get_client

    from econews.flows.pipeline import list_inputs
    from econews.settings import Settings
    from econews.tasks.ingest import SourceNotFound

    settings = Settings()
    assert settings.io_retries == 3

    @flow
    def listing(source: str) -> dict:
        # In a dict: a flow that returns a Failed state would itself fail with it.
        return {"state": list_inputs.with_options(**settings.io_task_options())(source, return_state=True)}

    state = listing(str(tmp_path / "gone"))["state"]
    assert state.is_failed() and isinstance(state.result(raise_on_failure=False), SourceNotFound)
    # (the API records a task run from its events, asynchronously: under load the record can lag
    # the flow's return, so wait for it, then count the runs)
    with get_client(sync_client=True) as client:
        deadline = time.monotonic() + 30
        run = client.read_task_run(state.state_details.task_run_id)
        while run.run_count == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
            run = client.read_task_run(state.state_details.task_run_id)
        assert run.run_count == 1


@pytest.mark.parametrize("table", LAKE_TABLES)
def test_every_table_of_a_failed_first_run_reads_as_empty(failed_first_run, table):
    _, lake, _ = failed_first_run
    columns = declared_columns(table)
    glob = f"{lake}/{table}/**/*.parquet"
    frame = pl.scan_parquet(glob, hive_partitioning=True).collect()
    expected_rows = 1 if table == "runs" else 0  # the failed run's own row
    assert frame.height == expected_rows
    assert dict(frame.schema) == columns
    with duckdb.connect() as db:
        relation = db.sql(f"select * from read_parquet('{glob}', hive_partitioning=true)")
        assert relation.columns == list(columns) and len(relation.fetchall()) == expected_rows


def test_a_failed_run_publishes_its_summary_and_nothing_unexplained(failed_first_run):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    _, _, state = failed_first_run
    run_id = state.state_details.flow_run_id
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id])))
        flow_run = client.read_flow_run(run_id)
    # A persisted result would be here as an artifact with no key, no type, `{"storage_key": ...}`.
    assert [(a.key, a.type) for a in artifacts] == [("econews-run-summary", "markdown")], [
        (a.key, a.type, a.data) for a in artifacts
    ]
    assert "SourceNotFound" in artifacts[0].data
    assert flow_run.state.is_failed() and flow_run.state.message == state.message
