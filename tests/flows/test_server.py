"""End to end against a real Prefect server: `prefect server start` on loopback (its own
PREFECT_HOME, a free port), prefect.yaml's deployment registered with `prefect deploy`, the
flow served by `python -m econews.serve`, a run triggered
through the API with parameters other than the deployment's, then its state, its artifacts
and the tables it wrote. Both processes are stopped (whole process groups) at the end."""

from __future__ import annotations

import shutil
import sys

import polars as pl
import pytest

from tests.conftest import RAW
from tests.flows.live_server import (
    SERVER_TIMEOUT, api_settings, clean_env, prefect_cli, prefect_server, start, stop, tail, wait_for,
)

pytestmark = pytest.mark.slow

DEPLOYMENT = "econews-pipeline/econews-test"
ARTIFACT_KEYS = {"econews-run-summary", "econews-quarantine", "econews-notable-figures"}
RUN_TIMEOUT = 240


def test_served_flow_runs_through_a_real_server(tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.deployments import run_deployment

    home, logs = tmp_path / "prefect-home", tmp_path / "logs"
    home.mkdir()
    logs.mkdir()
    source, lake = tmp_path / "raw", tmp_path / "lake"
    shutil.copytree(RAW, source)

    with prefect_server(home, logs) as (api, server, server_log), api_settings(api):
        serve_log = logs / "serve.log"
        # The deployment's default parameters point elsewhere: the run must use the trigger's.
        served = start(
            [sys.executable, "-m", "econews.serve", "--name", "econews-test",
             "--source", str(tmp_path / "not-this-source"), "--lake", str(tmp_path / "not-this-lake")],
            clean_env(home, PREFECT_API_URL=api, PREFECT_RUNNER_POLL_FREQUENCY="1",
                      PREFECT_LOGGING_LEVEL="WARNING"),
            serve_log,
        )
        try:
            # prefect.yaml is valid: its deployment registers on a process pool, as the README says.
            prefect_cli(home, api, "work-pool", "create", "econews-local", "--type", "process")
            prefect_cli(home, api, "--no-prompt", "deploy", "-n", "econews-daily")

            with get_client(sync_client=True) as client:
                daily = client.read_deployment_by_name("econews-pipeline/econews-daily")
                assert daily.work_pool_name == "econews-local"
                assert daily.entrypoint == "flows/pipeline.py:econews_pipeline"
                assert daily.parameters == {"source": "data/raw", "lake": "data/lake", "full": False}
                assert [(s.schedule.cron, s.schedule.timezone) for s in daily.schedules] == [("0 6 * * *", "UTC")]

                deployment = wait_for(lambda: client.read_deployment_by_name(DEPLOYMENT), SERVER_TIMEOUT,
                                      f"deployment {DEPLOYMENT}", served, serve_log)
                assert deployment.parameters["lake"] == str(tmp_path / "not-this-lake")
                assert [s.schedule.cron for s in deployment.schedules] == ["0 6 * * *"]

                run = run_deployment(
                    name=DEPLOYMENT,
                    parameters={"source": str(source), "lake": str(lake)},
                    timeout=RUN_TIMEOUT,
                    poll_interval=1,
                )
                state = run.state
                assert state is not None and state.is_completed(), (
                    f"flow run ended {state!r}\n--- serve log ---\n{tail(serve_log)}\n--- server log ---\n{tail(server_log)}"
                )
                assert run.parameters == {"source": str(source), "lake": str(lake), "full": False}
                assert run.deployment_id == deployment.id

                artifacts = client.read_artifacts(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id])))
                by_key = {a.key: a for a in artifacts if a.key}
                assert ARTIFACT_KEYS <= set(by_key), f"artifacts of the run: {sorted(by_key)}"
                assert by_key["econews-run-summary"].type == "markdown"
                assert by_key["econews-quarantine"].type == "table"
                assert by_key["econews-notable-figures"].type == "table"
                assert "completed" in by_key["econews-run-summary"].data
        finally:
            stop(served)

    # The tables the served run wrote: every input accounted for, the run recorded with its id.
    def scan(table: str) -> pl.DataFrame:
        return pl.scan_parquet(f"{lake}/{table}/**/*.parquet", hive_partitioning=True).collect()

    documents = scan("documents")
    assert documents.height == documents["doc_id"].n_unique() == len(list(source.iterdir()))
    assert scan("entities").height > 0 and scan("metrics").height > 0
    runs = scan("runs")
    assert runs["status"].to_list() == ["completed"]
    assert runs["flow_run_id"].to_list() == [str(run.id)]
    assert not (tmp_path / "not-this-lake").exists()
