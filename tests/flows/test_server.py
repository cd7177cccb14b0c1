"""End to end against a real Prefect server: `prefect server start` on loopback (its own
PREFECT_HOME, a free port), prefect.yaml's deployment registered with `prefect deploy`, the
flow served by `python -m econews.serve`, a run triggered
through the API with parameters other than the deployment's, then its state, its artifacts
and the tables it wrote. Both processes are stopped (whole process groups) at the end."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import polars as pl
import pytest

from tests.conftest import RAW, REPO

pytestmark = pytest.mark.slow

DEPLOYMENT = "econews-pipeline/econews-test"
ARTIFACT_KEYS = {"econews-run-summary", "econews-quarantine", "econews-notable-figures"}
# Generous: CI has two cores, and a server's first start migrates its database.
SERVER_TIMEOUT = 120
RUN_TIMEOUT = 240


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """This environment without any Prefect setting (a profile, an API URL, a test harness),
    plus a PREFECT_HOME of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
         "PREFECT_LOGGING_LEVEL": "INFO", "PYTHONUNBUFFERED": "1", **extra}
    )
    return env


def start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    handle = open(log, "wb")
    # A session of its own: stopping it kills the whole group (uvicorn, runs of the runner).
    return subprocess.Popen(args, env=env, cwd=REPO, stdout=handle, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
    try:  # children left behind by a process that already exited, or ignored SIGTERM
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass


def tail(log: Path, lines: int = 40) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""


def wait_for(predicate, timeout: float, what: str, process: subprocess.Popen, log: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{what}: the process exited with {process.returncode}\n{tail(log)}")
        try:
            value = predicate()
        except Exception:  # not up yet
            value = None
        if value:
            return value
        time.sleep(0.5)
    pytest.fail(f"{what}: not after {timeout} s\n{tail(log)}")


@contextmanager
def prefect_server(home: Path, logs: Path):
    """`prefect server start` on 127.0.0.1 and a free port; yields the API URL."""
    for attempt in range(3):  # the free port may be taken between probe and bind
        port = free_port()
        log = logs / f"server-{attempt}.log"
        env = clean_env(home, PREFECT_UI_ENABLED="false", PREFECT_SERVER_UI_ENABLED="false")
        server = start([sys.executable, "-m", "prefect", "server", "start",
                        "--host", "127.0.0.1", "--port", str(port)], env, log)
        api = f"http://127.0.0.1:{port}/api"
        try:
            deadline = time.monotonic() + SERVER_TIMEOUT
            while time.monotonic() < deadline and server.poll() is None:
                try:
                    if httpx.get(f"{api}/health", timeout=5).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.5)
            else:
                if server.poll() is not None and "address already in use" in tail(log).lower():
                    continue
                pytest.fail(f"prefect server did not answer on {api}/health\n{tail(log)}")
            yield api, server, log
            return
        finally:
            stop(server)
    pytest.fail("prefect server: no free port after 3 attempts")


@contextmanager
def api_settings(api: str):
    """This process talks to `api`, whatever the test harness of other tests set."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api}):
        yield


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
            cli_env = clean_env(home, PREFECT_API_URL=api)
            for command in (["work-pool", "create", "econews-local", "--type", "process"],
                            ["--no-prompt", "deploy", "-n", "econews-daily"]):
                done = subprocess.run([sys.executable, "-m", "prefect", *command], env=cli_env, cwd=REPO,
                                      capture_output=True, text=True, timeout=SERVER_TIMEOUT)
                assert done.returncode == 0, f"prefect {' '.join(command)}:\n{done.stdout}\n{done.stderr}"

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
