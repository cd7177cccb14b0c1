"""A real Prefect server for tests, as an operator runs one: `prefect server start` on
loopback (its own PREFECT_HOME, a free port), processes started beside it in sessions of
their own (stopping one kills its whole group: uvicorn, a runner's or a worker's runs),
and the Prefect CLI run against it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO

# Generous: CI has two cores, and a server's first start migrates its database.
SERVER_TIMEOUT = 120


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
def prefect_server(home: Path, logs: Path, **settings: str):
    """`prefect server start` on 127.0.0.1 and a free port, with these extra PREFECT_*
    settings; yields the API URL, the server's process and its log."""
    for attempt in range(3):  # the free port may be taken between probe and bind
        port = free_port()
        log = logs / f"server-{attempt}.log"
        env = clean_env(home, PREFECT_UI_ENABLED="false", PREFECT_SERVER_UI_ENABLED="false", **settings)
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


def prefect_cli(home: Path, api: str, *args: str) -> None:
    """`prefect ARGS...` against `api`, from the repository's root (where prefect.yaml is)."""
    done = subprocess.run([sys.executable, "-m", "prefect", *args], env=clean_env(home, PREFECT_API_URL=api),
                          cwd=REPO, capture_output=True, text=True, timeout=SERVER_TIMEOUT)
    assert done.returncode == 0, f"prefect {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
