#!/usr/bin/env python3
"""Set up econews on first use, then run it or its tests.

    python3 dev.py run [econews run options]   # the pipeline on data/raw -> data/lake
    python3 dev.py test [pytest options]       # the test suite
    python3 dev.py econews ARGS...              # any econews command (bench, ...)

Needs only Python 3.11 and pip. The first call creates `.venv/` and installs the pinned
versions of `requirements.lock` (every dependency, spaCy's French model included, from
the package index) and econews itself in editable mode; later calls reinstall only when
`requirements.lock` or `pyproject.toml` changed. Nothing is downloaded at run time.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"
STAMP = VENV / ".econews-installed"
PINNED = [ROOT / "requirements.lock", ROOT / "pyproject.toml"]


def _digest() -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in PINNED)).hexdigest()


def ensure_environment() -> None:
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"econews needs Python 3.11 (this is {sys.version.split()[0]})")
    if not PYTHON.exists():
        print("econews: creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    if STAMP.exists() and STAMP.read_text() == _digest():
        return
    print("econews: installing pinned dependencies (first use; a few minutes) ...", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run(pip + ["-r", str(ROOT / "requirements.lock")], check=True)
    subprocess.run(pip + ["--no-deps", "-e", str(ROOT)], check=True)
    STAMP.write_text(_digest())


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "econews"}:
        print(__doc__)
        return 2
    ensure_environment()
    command, rest = argv[0], argv[1:]
    os.chdir(ROOT)
    if command == "run":
        args = [str(BIN / "econews"), "run", *rest]
    elif command == "test":
        args = [str(PYTHON), "-m", "pytest", "-n", "2", "--dist", "loadfile", *rest]
    else:
        args = [str(BIN / "econews"), *rest]
    return subprocess.call(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
