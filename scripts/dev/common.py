"""Paths and the corpora split shared by the development scripts (see README.md)."""
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EV = Path(os.environ.get("ECONEWS_EV", "/tmp/ev"))  # one folder per evaluated snapshot: lakes and JSON
WORK = Path(os.environ.get("ECONEWS_DEV_WORK", "/tmp/sp"))  # snapshots' source trees and scratch pickles
# The corpora never read: only their aggregate figures and error counts by kind may be looked at.
UNREAD = {"fresh4", "blind", "fresh9", "fresh31", "fresh34", "fresh36", "fresh37", "fresh39", "fresh41",
          "fresh44", "fresh45", "fresh48", "fresh49", "fresh50"}
