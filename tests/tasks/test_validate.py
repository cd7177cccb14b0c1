"""Validate stage: failing rows go to quarantine with table, column and check; never into a table."""

from __future__ import annotations

import polars as pl
import pytest

from econews.tables import TABLES
from econews.tasks.validate import SchemaMismatch, TooManyInvalidRows, check_invalid_share, split_valid

TEXT = "La Chine a investi 39,5 milliards DH au Maroc."
DOC = "0123456789abcdef"
DOCS = pl.DataFrame({"doc_id": [DOC], "source_path": ["raw/a.txt"], "text": [TEXT]})


def entity_rows(spans):
    data = {
        "entity_id": [f"{DOC}:{s}:{e}:{label}" for s, e, _, label, _ in spans],
        "doc_id": [DOC] * len(spans),
        "start": [s for s, *_ in spans],
        "end": [e for _, e, *_ in spans],
        "text": [t for _, _, t, *_ in spans],
        "label": [label for *_, label, _ in spans],
        "canonical": [t for _, _, t, *_ in spans],
        "country": [c for *_, c in spans],
        "run_id": ["r"] * len(spans),
        "year": ["2016"] * len(spans),
    }
    return pl.DataFrame(data, schema=TABLES["entities"].schema)


def test_valid_rows_pass_untouched():
    rows = entity_rows([(3, 8, "Chine", "COUNTRY", "CN"), (40, 45, "Maroc", "COUNTRY", "MA")])
    valid, quarantined = split_valid("entities", rows, DOCS, "r")
    assert valid.height == 2 and quarantined.is_empty()


def test_span_not_matching_the_text_is_quarantined():
    rows = entity_rows([(3, 8, "Chine", "COUNTRY", "CN"), (3, 9, "Chine", "COUNTRY", "CN"), (40, 99, "Maroc", "COUNTRY", "MA")])
    valid, quarantined = split_valid("entities", rows, DOCS, "r")
    assert valid["end"].to_list() == [8]
    assert quarantined.height == 2
    assert set(quarantined["source_path"]) == {"raw/a.txt"}
    assert all("span must equal" in d or "span_in_document" in d for d in quarantined["detail"])


def test_bad_label_and_country_code_are_quarantined_with_the_column():
    rows = entity_rows([(3, 8, "Chine", "MISC", "CN"), (40, 45, "Maroc", "COUNTRY", "Morocco")])
    valid, quarantined = split_valid("entities", rows, DOCS, "r")
    assert valid.is_empty()
    reasons = sorted(quarantined["reason"])
    assert reasons == ["invalid_entities.country", "invalid_entities.label"]
    assert quarantined["stage"].unique().to_list() == ["validate"]


def metric_rows(**over):
    base = {
        "metric_id": "m1", "doc_id": DOC, "start": 19, "end": 36, "text": "39,5 milliards DH",
        "value": 39.5e9, "unit": "MAD", "qualifier": None, "period": "2016", "subject": "investment",
        "countries": ["CN", "MA"], "sentence": TEXT, "run_id": "r", "year": "2016",
    }
    base.update(over)
    return pl.DataFrame([base], schema=TABLES["metrics"].schema)


@pytest.mark.parametrize(
    "override, column",
    [
        ({"unit": "dirhams"}, "unit"),
        ({"qualifier": "about"}, "qualifier"),
        ({"period": "l'an dernier"}, "period"),
        ({"value": float("inf")}, "value"),
        ({"countries": ["Chine"]}, "countries"),
    ],
)
def test_metric_checks(override, column):
    assert split_valid("metrics", metric_rows(), DOCS, "r")[0].height == 1
    valid, quarantined = split_valid("metrics", metric_rows(**override), DOCS, "r")
    assert valid.is_empty()
    assert quarantined["reason"].to_list() == [f"invalid_metrics.{column}"]


def test_missing_column_is_a_bug_not_bad_data():
    with pytest.raises(SchemaMismatch):
        split_valid("metrics", metric_rows().drop("unit"), DOCS, "r")


def test_invalid_share_threshold():
    check_invalid_share("metrics", 100, 20, 0.2)
    with pytest.raises(TooManyInvalidRows, match="21 of 100 metrics rows"):
        check_invalid_share("metrics", 100, 21, 0.2)
