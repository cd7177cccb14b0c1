"""Both installs: the editable one (`pip install -e .`, what dev.py makes and every other
test runs) and a built wheel (`pip wheel --no-deps .`) installed into a fresh environment,
whose `econews run` on data/raw writes the tables of a run of the editable install.

The fresh environment gets its dependencies from this one: a `.pth` file names this
environment's site-packages, so nothing is downloaded but the wheel's build requirements
(as `pip wheel` always does). It is written after the wheel is installed, so pip sees an
empty environment; the path it adds does not run this environment's own `.pth` files, so
the editable install's import hook stays out of the fresh one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from econews.tables import LAKE_TABLES
from tests.conftest import RAW, REPO
from tests.flows.test_dask import table

pytestmark = pytest.mark.slow

# What a wheel is built from: the project's metadata and its four source folders.
SOURCES = ("pyproject.toml", "README.md", "econews", "flows", "tasks", "schemas")


def fresh_env(home: Path) -> dict[str, str]:
    """This environment without anything that would make Python find the checkout or this
    test's Prefect API."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_") and k != "PYTHONPATH"}
    return {**env, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


def test_the_editable_install_maps_the_top_level_folders():
    import econews.flows.pipeline
    import econews.schemas
    import econews.tasks.store

    assert Path(econews.tasks.store.__file__).parent == REPO / "tasks"
    assert Path(econews.schemas.__file__).parent == REPO / "schemas"
    assert Path(econews.flows.pipeline.__file__).parent == REPO / "flows"
    assert (Path(sys.executable).parent / "econews").exists()  # the console script


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel `pip wheel --no-deps .` builds (from a copy of the sources: an in-tree
    build would leave build/ and *.egg-info in the checkout)."""
    work = tmp_path_factory.mktemp("wheel")
    (work / "src").mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, work / "src" / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(REPO / name, work / "src" / name)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work / "dist"),
                           str(work / "src")], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    [built] = (work / "dist").glob("econews-*.whl")
    return built


def test_the_wheel_holds_the_econews_package_only(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert {n.split("/")[0] for n in names} == {"econews", "econews-0.1.0.dist-info"}
    for folder in ("tasks", "schemas", "flows"):  # sub-packages (tasks/metrics/) included
        sources = {p.relative_to(REPO).as_posix() for p in (REPO / folder).rglob("*.py")}
        assert {n.removeprefix("econews/") for n in names if n.startswith(f"econews/{folder}/")} == sources, folder
    data = {p.name for p in (REPO / "econews" / "data").iterdir() if p.suffix in (".json", ".txt")}
    assert {n.rsplit("/", 1)[1] for n in names if n.startswith("econews/data/")} == data


def test_the_wheel_in_a_fresh_environment_writes_the_tables_of_the_editable_install(wheel, sample_run, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
                           "--no-index", str(wheel)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "econews-test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    env, work = fresh_env(tmp_path / "home"), tmp_path / "work"
    work.mkdir()
    where = subprocess.run([str(python), "-c", "import econews.tasks.store as m; print(m.__file__)"],
                           cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert where.returncode == 0, where.stderr[-2000:]
    assert Path(where.stdout.strip()).is_relative_to(Path(site)), where.stdout  # the wheel's, not the checkout's

    source, lake = tmp_path / "raw", tmp_path / "lake"
    shutil.copytree(RAW, source)
    run = subprocess.run([str(venv / "bin" / "econews"), "run", "--source", str(source), "--lake", str(lake),
                          "--runner", "threads"], cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "completed" in run.stdout

    default_source, default_lake, _ = sample_run
    for name in LAKE_TABLES:
        if name in ("runs", "quarantine") or not (default_lake / name).exists():
            continue
        assert table(lake, name, source).equals(table(default_lake, name, default_source)), name
