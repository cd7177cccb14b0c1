"""The command line: progress and summary, as a user sees them."""

from __future__ import annotations


def test_progress_lines_when_not_a_terminal():
    import io

    from econews.cli import progress_printer

    stream = io.StringIO()  # not a terminal: plain lines, no bar redrawn in place
    show = progress_printer(stream)
    show("batches", 100, 200, 12.5)
    show("batches", 200, 200, 13.0)
    show("commit", 200, 200, 0.0)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("progress: 100/200 files, 12.5 files/s")
    assert lines[-1] == "committing 200 files to the lake ..."
    assert "\r" not in stream.getvalue()


def _run_watching_children(args, home, env=None):
    """Runs `econews run ...`, watching its process tree: (proc, out, err, API server pids,
    worker process pids)."""
    import time

    import psutil

    from tests.flows.test_faults import cli

    proc = cli(args, home, env=env)
    servers, workers = set(), set()
    while proc.poll() is None:
        try:
            children = psutil.Process(proc.pid).children(recursive=True)
            lines = {child.pid: " ".join(child.cmdline()) for child in children}
            for child in children:
                line = lines[child.pid]
                if "uvicorn" in line and "uvicorn" not in lines.get(child.ppid(), ""):
                    # (a child of the server, forked and not yet exec'd, shows the server's
                    # command line: it is no second server; CI saw one once)
                    servers.add(child.pid)
                elif "multiprocessing" in line and "resource_tracker" not in line \
                        and "multiprocessing" not in lines.get(child.ppid(), ""):
                    # (likewise a worker's own fork, not yet exec'd, shows the worker's command
                    # line: it is no third worker; a fresh-clone CI run saw one once)
                    workers.add(child.pid)
        except (psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
            pass
        time.sleep(0.1)
    out, err = proc.communicate()
    return proc, out, err, servers, workers


def test_processes_runner_reports_to_one_api_and_writes_the_default_tables(sample_run, tmp_path):
    """`econews run --runner processes`: batches run in worker processes, which report to
    the run's one ephemeral Prefect API (no server of their own), and the tables are those
    of a default run."""
    import shutil
    import sqlite3

    from tests.conftest import RAW
    from tests.flows.test_dask import COMPARED, table

    default_source, default_lake, _ = sample_run
    source, lake, home = tmp_path / "raw", tmp_path / "lake", tmp_path / "home"
    shutil.copytree(RAW, source)
    # One document a batch: a batch per file, so both workers take some.
    proc, out, err, servers, workers = _run_watching_children(
        ["--source", str(source), "--lake", str(lake), "--runner", "processes", "--workers", "2"], home,
        env={"ECONEWS_BATCH_SIZE": "1"})
    assert proc.returncode == 0, err[-2000:]
    assert len(workers) == 2, workers
    # The API is served from a thread of the run's process: no server process at all.
    assert servers == set(), f"{len(servers)} Prefect API server processes for one run"

    # The workers' task runs are in the run's API: five batches, each with its nested tasks.
    with sqlite3.connect(home / "prefect.db") as db:
        states = db.execute("select name, state_type from task_run").fetchall()
        flow_runs = db.execute("select state_type from flow_run").fetchall()
        events = {name for (name,) in db.execute("select distinct event from events")}
    # The run's own API lives as long as the run: no heartbeats (nothing could read them).
    assert flow_runs == [("COMPLETED",)] and "prefect.flow-run.Completed" in events
    assert "prefect.flow-run.heartbeat" not in events, events
    batches = [s for name, s in states if name.startswith("process batch")]
    files = len(list(source.iterdir()))
    assert batches == ["COMPLETED"] * files, states
    assert sum(name.startswith("ingest batch") for name, _ in states) == files

    for name in COMPARED:
        assert table(lake, name, source).equals(table(default_lake, name, default_source)), name


def test_a_single_batch_runs_in_the_run_process(tmp_path):
    """One batch cannot use a second core: no worker process is started for it."""
    import shutil

    from tests.conftest import RAW

    source = tmp_path / "raw"
    source.mkdir()
    for path in sorted(RAW.iterdir())[:2]:
        shutil.copy(path, source / path.name)
    proc, out, err, servers, workers = _run_watching_children(
        ["--source", str(source), "--lake", str(tmp_path / "lake"), "--runner", "processes"], tmp_path / "home")
    assert proc.returncode == 0, err[-2000:]
    assert "documents: 2 read" in out
    assert workers == set() and servers == set()


def test_a_profile_that_names_an_api_gets_no_server_from_the_run(tmp_path):
    """When a Prefect profile names an API, the run serves none of its own and reports to
    the profile's."""
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    home.mkdir()
    (home / "profiles.toml").write_text(
        'active = "remote"\n\n[profiles.remote]\nPREFECT_API_URL = "http://127.0.0.1:9/api"\n'
    )
    code = (
        "import os, psutil; from econews.prefect_api import start_prefect_api; ready = start_prefect_api(); "
        "print(ready, [c.cmdline() for c in psutil.Process().children() if c.is_running() and c.status() != 'zombie'], "
        "os.environ.get('PREFECT_API_URL'))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")} | {"PREFECT_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["None", "[]", "None"]
