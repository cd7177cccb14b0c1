from econews.schemas import PartnershipsModel
from tests.schemas.frames import DOC, TEXT, failures, frame, with_row

ROW = {
    "partnership_id": f"{DOC}:CN-MA", "doc_id": DOC, "country_a": "CN", "country_b": "MA", "date": None,
    "sectors": ["automotive"], "metric_ids": [f"{DOC}:58:74"], "kinds": ["sentence"], "mentions": 1,
    "evidence_start": 0, "evidence_end": len(TEXT), "evidence": TEXT, "run_id": "r1", "year": "2024",
}


def valid():
    return frame("partnerships", [ROW, {**ROW, "partnership_id": f"{DOC}:CN-FR", "country_b": "FR",
                                        "sectors": [], "metric_ids": [], "kinds": ["figure", "explicit"]}],
                 doc_text=TEXT)


def test_a_valid_frame_passes():
    assert failures(PartnershipsModel, valid()) == set()


def test_a_pair_out_of_order_is_rejected():
    bad = with_row(valid(), 1, country_a="MA", country_b="CN", partnership_id="x")
    assert failures(PartnershipsModel, bad) == {("country_a must sort before country_b", 1)}


def test_an_unknown_sector_is_rejected():
    bad = with_row(valid(), 0, sectors=["automotive", "alchemy"])
    assert failures(PartnershipsModel, bad) == {("sectors must be ids of econews/data/sectors.json", 0)}


def test_an_unknown_or_missing_kind_is_rejected():
    check = "unknown kind of partnership evidence"
    assert failures(PartnershipsModel, with_row(valid(), 1, kinds=["rumour"])) == {(check, 1)}
    assert failures(PartnershipsModel, with_row(valid(), 1, kinds=[])) == {(check, 1)}


def test_a_figure_of_another_document_is_rejected():
    bad = with_row(valid(), 0, metric_ids=[f"{DOC}:58:74", "ffffffffffffffff:1:2"])
    assert failures(PartnershipsModel, bad) == {("metric ids must belong to the same document", 0)}


def test_evidence_that_is_not_the_document_text_is_rejected():
    check = "evidence must equal documents.text[evidence_start:evidence_end]"
    assert failures(PartnershipsModel, with_row(valid(), 1, evidence_end=len(TEXT) - 1)) == {(check, 1)}
    # Read back from the lake (no document text): the offsets must still fit the evidence.
    stored = valid().drop("doc_text")
    assert failures(PartnershipsModel, with_row(stored, 0, evidence_start=1)) == {(check, 0)}
