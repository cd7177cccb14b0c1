"""Prefect artifacts: the run summary and the notable figures an analyst sees in the UI."""

from __future__ import annotations

import polars as pl

from econews.artifacts import notable_figures, summary_markdown


def test_notable_figures_rank_money_by_country():
    metrics = pl.DataFrame(
        {
            "doc_id": ["a", "a", "b", "b"],
            "value": [39.5e9, 18.2, 362.5e6, 5e9],
            "unit": ["MAD", "percent", "MAD", "USD"],
            "countries": [["CN", "MA"], ["CN", "MA"], ["MA"], []],
            "subject": ["trade volume", "growth", "FDI inflow", "investment"],
            "period": ["2016", None, "2016", None],
            "text": ["39,5 milliards DH", "+18,2%", "362,5 millions dhs", "5 milliards de dollars"],
        }
    )
    documents = pl.DataFrame({"doc_id": ["a", "b"], "title": ["Commission mixte", None]})
    rows = notable_figures(metrics, documents)
    by_country = {}
    for row in rows:
        by_country.setdefault(row["country"], []).append(row["as written"])
    assert by_country["MA"] == ["39,5 milliards DH", "362,5 millions dhs"]  # largest first, percent excluded
    assert by_country["CN"] == ["39,5 milliards DH"]
    assert by_country["??"] == ["5 milliards de dollars"]  # a figure tied to no country is still shown
    assert rows[0]["document"] in {"Commission mixte", "b"}


def test_summary_markdown_says_what_happened():
    summary = {
        "run_id": "r1", "status": "failed", "source": "data/raw", "lake": "data/lake", "full": False,
        "documents_read": 7, "documents_skipped": 2, "documents_quarantined": 1,
        "rows": {"documents": 4}, "seconds_by_stage": {"ingest": 0.5}, "error": "TooManyInvalidRows: 9 of 10",
    }
    text = summary_markdown(summary)
    assert "| 7 | 2 | 1 |" in text and "| documents | 4 |" in text
    assert "TooManyInvalidRows" in text and "failed" in text

