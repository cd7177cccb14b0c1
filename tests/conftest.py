"""Shared fixtures. Flow tests run real Prefect flow runs against a temporary local API
(prefect_test_harness: its own database, started once per test worker)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Flow tests run their batches in the test process (threads): spawning model-loading worker
# processes for five documents would only slow them down. The default runner, processes, is
# tested through the command line (tests/test_cli.py).
os.environ.setdefault("ECONEWS_RUNNER", "threads")

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory):
    from prefect.testing.utilities import prefect_test_harness

    os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def sample_run(prefect_api, tmp_path_factory):
    """One real flow run of the pipeline on a copy of data/raw; returns (source, lake, summary)."""
    from econews.flows.pipeline import econews_pipeline

    base = tmp_path_factory.mktemp("sample")
    source, lake = base / "raw", base / "lake"
    shutil.copytree(RAW, source)
    summary = econews_pipeline(source=str(source), lake=str(lake))
    return source, lake, summary
