"""`econews report`: a self-contained HTML page, rendered in headless Chromium.

The lake is written by the real stages (ingest -> clean -> entities -> metrics on data/raw,
shaped and committed the way the store stage does), plus quarantine rows, so every panel
of the page has something to draw. The page is then opened in Debian's chromium, headless
and offline, and every chart must have been drawn (an SVG with its traces).
Set ECONEWS_SCREENSHOT=docs/report.png to refresh the screenshot in docs/analysts.md.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import polars as pl
import pytest

from econews.lake import Lake
from econews.report import CHART_IDS, build_report, fmt_value, load_tables, report_command

REPO = Path(__file__).resolve().parents[1]
RAW = REPO / "data" / "raw"
CHROME_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
    "--virtual-time-budget=5000",
    "--host-resolver-rules=MAP * ~NOTFOUND",  # offline: any network request would fail
]


@pytest.fixture(scope="module")
def lake(tmp_path_factory) -> str:
    from econews.settings import Settings
    from econews.tasks.clean import clean_document
    from econews.tasks.entities import extract_entities
    from econews.tasks.ingest import read_document
    from econews.tasks.metrics import extract_metrics
    from econews.tables import TABLES
    from econews.tasks.store import shape_documents, shape_mentions
    from econews.tasks.validate import quarantine_frame, quarantine_row

    root = str(tmp_path_factory.mktemp("report") / "lake")
    settings = Settings.from_env()
    cleans, ents, mets = [], [], []
    for path in sorted(RAW.glob("*.txt")):
        doc = clean_document(read_document(str(path), settings))
        cleans.append(doc)
        ents += extract_entities(doc.text, doc_id=doc.doc_id)
        mets += extract_metrics(doc.text, doc_id=doc.doc_id)
    clean = pl.DataFrame([vars(c) for c in cleans], schema_overrides={"published_at": pl.Date, "event_date": pl.Date})
    documents = shape_documents(clean, "run-1")
    store = Lake(root)
    store.commit("documents", documents, "run-1")
    store.commit("entities", shape_mentions(pl.DataFrame(ents, schema_overrides=TABLES["entities"].schema), documents, "entities", "run-1"), "run-1")
    store.commit("metrics", shape_mentions(pl.DataFrame(mets), documents, "metrics", "run-1"), "run-1")
    store.commit("quarantine", quarantine_frame([
        quarantine_row("raw/empty.txt", "ingest", "empty_file", "the file has no bytes", "run-1"),
        quarantine_row("raw/copy.txt", "ingest", "duplicate_content", "same bytes as raw/000", "run-1"),
        quarantine_row("raw/001.txt", "validate", "invalid_metrics.value", "metrics row x: value: finite failed on inf",
                       "run-1", item="x"),
    ]), "run-1")
    return root


@pytest.fixture(scope="module")
def page(lake, tmp_path_factory) -> Path:
    return build_report(lake, str(tmp_path_factory.mktemp("out") / "report.html"))


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found and hasattr(os, "geteuid") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=False, env=env, capture_output=True)
        found = shutil.which("chromium")
    if not found:
        pytest.fail("Debian's chromium is needed to render the report: apt-get install -y chromium")
    return found


def _browser(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [_chromium(), *CHROME_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=180,
    )


def test_page_is_self_contained(page):
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    # Nothing is loaded from the network when the page is viewed.
    assert not re.search(r"""<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=\s*["']?(?:https?:)?//""", text, re.I)
    # (plotly.js itself names its CDN for maps and MathJax, which this page does not use; the
    # browser test below runs with every host unresolvable and the charts are still drawn.)
    # plotly.js inlined exactly once
    assert len(re.findall(r"plotly\.js v\d", text)) == 1
    for chart in CHART_IDS:
        assert f'data-chart="{chart}"' in text


def test_page_content(page, lake):
    text = page.read_text(encoding="utf-8")
    for heading in ("Figures by partner country and year", "Largest investments",
                    "Most mentioned organisations and people", "Timeline of events", "Data quality"):
        assert heading in text
    assert "39.5 bn MAD" in text  # China-Morocco trade volume, 2016
    assert "Contemporary Amperex Technology" in text and "100 GWh" in text and "Cité Mohammed VI Tanger Tech" in text
    assert "empty_file" in text and "invalid_metrics.value" in text and "duplicate_content" in text
    tables = load_tables(lake)  # derived on the fly: the lake has no partnerships table yet
    assert tables["partnerships"].height == 4 and tables["investments"].height == 4


def test_charts_are_drawn_in_headless_chromium(page, tmp_path):
    result = _browser(["--dump-dom", page.as_uri()], tmp_path / "profile")
    dom = result.stdout
    assert 'data-charts="8"' in dom, result.stderr[-2000:]
    segments = dom.split('data-chart="')[1:]
    assert [s.split('"', 1)[0] for s in segments] == list(CHART_IDS)
    for segment in segments:
        name = segment.split('"', 1)[0]
        assert 'class="main-svg"' in segment, f"{name}: no SVG drawn"
        assert re.search(r'class="trace (?:bars|scatter)', segment), f"{name}: no data drawn"

    shot = Path(os.environ.get("ECONEWS_SCREENSHOT") or tmp_path / "report.png")
    shot.parent.mkdir(parents=True, exist_ok=True)
    result = _browser(["--window-size=1400,4300", "--hide-scrollbars", f"--screenshot={shot.resolve()}", page.as_uri()],
                      tmp_path / "profile2")
    assert shot.exists() and shot.stat().st_size > 50_000, result.stderr[-2000:]


def test_empty_lake_gives_a_page_too(tmp_path):
    path = build_report(str(tmp_path / "nothing"), str(tmp_path / "r.html"))
    text = path.read_text(encoding="utf-8")
    assert "the lake has no documents yet" in text and "Nothing was quarantined." in text


def test_command(lake, tmp_path, capsys):
    from econews.cli import _parser

    parser = _parser()
    args = parser.parse_args(["report", "--lake", lake, "--out", str(tmp_path / "x.html")])
    assert report_command(args) == 0
    assert (tmp_path / "x.html").exists() and "report written to" in capsys.readouterr().out
    assert parser.parse_args(["report"]).out == "report.html" and parser.parse_args(["report"]).lake == "data/lake"


def test_fmt_value():
    assert fmt_value(39_500_000_000.0, "MAD") == "39.5 bn MAD"
    assert fmt_value(18.2, "percent") == "18.2 %"
    assert fmt_value(100.0, "GWh") == "100 GWh"
    assert fmt_value(None, "EUR") == ""
