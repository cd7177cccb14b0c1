from econews.schemas import MetricsModel
from tests.schemas.frames import DOC, TEXT, failures, frame, with_row

START = TEXT.index("3,4 milliards DH")
ROW = {
    "metric_id": f"{DOC}:{START}:{START + 16}", "doc_id": DOC, "start": START, "end": START + 16,
    "text": "3,4 milliards DH", "value": 3.4e9, "unit": "MAD", "qualifier": None, "period": "2024",
    "subject": "investment", "countries": ["CN", "MA"], "sentence": TEXT, "run_id": "r1", "year": "2024",
}


def valid():
    return frame("metrics", [ROW, {**ROW, "metric_id": f"{DOC}:x", "unit": "percent", "value": -3.4,
                                   "qualifier": "approx", "period": "2017-H1", "countries": []}], doc_text=TEXT)


def test_a_valid_frame_passes():
    assert failures(MetricsModel, valid()) == set()


def test_a_value_that_is_not_finite_is_rejected():
    assert failures(MetricsModel, with_row(valid(), 1, value=float("inf"))) == {("value must be finite", 1)}


def test_countries_that_are_not_iso_codes_are_rejected():
    bad = with_row(valid(), 0, countries=["MA", "Chine"])
    assert failures(MetricsModel, bad) == {("countries must be ISO 3166 alpha-2 codes", 0)}


def test_a_span_that_is_not_the_document_text_is_rejected():
    bad = with_row(valid(), 1, text="3,4 milliards")
    assert failures(MetricsModel, bad) == {("span must equal documents.text[start:end]", 1)}


def test_an_unknown_unit_is_rejected():
    assert {index for _, index in failures(MetricsModel, with_row(valid(), 0, unit="parsecs"))} == {0}
