"""The Prefect API of one run, served from a thread of the run's own process.

Left alone, Prefect starts an ephemeral API server in every process that needs one: each
worker process of `--runner processes` or Dask would run its own (~220 MiB, its task runs
recorded where nobody looks). So a run without a configured API (`PREFECT_API_URL`, from
the environment or a Prefect profile) serves Prefect's server app itself, the way
Prefect's ephemeral mode does (`prefect.server.api.server.create_app` with the ephemeral
flags, under uvicorn), and hands its address down through the environment.

In a thread, not a process: the run's process already holds the interpreter and Prefect,
so the server adds ~75-100 MiB to it instead of a ~225 MiB process of its own, and the
benchmark's memory peak is the sum of the run's processes. The server handles a few
requests per batch (task states, logs, events); the GIL it shares with the flow's thread
costs nothing measurable next to the worker processes' work.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import urllib.request


class ApiThread:
    """uvicorn serving Prefect's ephemeral server app at `url`, in a daemon thread."""

    def __init__(self, port: int, timeout: float) -> None:
        self.url = f"http://127.0.0.1:{port}/api"
        self.port, self.timeout = port, timeout
        self.server = None  # the uvicorn.Server, once built
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._serve, name="prefect-api", daemon=True)

    def _serve(self) -> None:
        try:
            import uvicorn
            from prefect.server.api.server import create_app

            app = create_app(ephemeral=True, final=True)
            config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error", lifespan="on")
            self.server = uvicorn.Server(config)
            self.server.run()  # in a thread that is not the main one, uvicorn leaves signals alone
        except BaseException as exc:  # noqa: BLE001 - reported by wait_until_ready
            self.error = exc

    def wait_until_ready(self) -> None:
        """Returns when the API answers; raises RuntimeError if the server failed or is late."""
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if not self.thread.is_alive():
                raise RuntimeError(f"the Prefect API server stopped at start: {self.error!r}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"the Prefect API server did not answer within {self.timeout} s")

    def stop(self) -> None:
        """Send what Prefect's log and event workers still hold, then shut the server down
        the way a signal would (its services write what they have buffered: the events the
        UI shows). Called by the run before the interpreter's own shutdown begins: from then
        on no thread pool takes work, and the server's shutdown would hang on its database."""
        if not self.thread.is_alive():
            return
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        for worker in (APILogWorker, EventsWorker):
            worker.drain_all(timeout=5)
        if self.server is not None:
            self.server.should_exit = True
        self.thread.join(timeout=10)


def _free_port() -> int:
    with socket.socket() as probe:  # a free loopback port
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


_MIN_STARTUP_SECONDS = 60


def start_prefect_api() -> ApiThread | None:
    """Serve the one Prefect API this run and its worker processes report to, when no API
    is configured (environment or Prefect profile): its address goes into the environment
    (seen by the worker processes) and Prefect's settings. Returns the server, started (call
    `wait_until_ready()` before the flow, `stop()` after it), or None when the run reports
    to a configured API."""
    if os.environ.get("PREFECT_API_URL"):
        return None
    from prefect.context import refresh_global_settings_context
    from prefect.settings import get_current_settings

    settings = get_current_settings()
    if settings.api.url or not settings.server.ephemeral.enabled:
        return None
    # Prefect's 20 s default is short for a first start (its database migrated) on a busy
    # two-core machine: wait at least a minute before calling the run's API dead.
    api = ApiThread(_free_port(), max(settings.server.ephemeral.startup_timeout_seconds, _MIN_STARTUP_SECONDS))
    os.environ["PREFECT_API_URL"] = api.url
    refresh_global_settings_context()
    api.thread.start()
    return api
