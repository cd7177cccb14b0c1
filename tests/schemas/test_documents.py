import datetime as dt

from econews.schemas import DocumentsModel
from tests.schemas.frames import DOC, OTHER_DOC, TEXT, failures, frame, with_row

ROW = {
    "doc_id": DOC, "source_path": "raw/a.txt", "url": "https://example.ma/a", "title": "Accord",
    "language": "fr", "published_at": dt.date(2024, 3, 1), "event_date": None, "text": TEXT,
    "duplicate_of": None, "run_id": "r1", "code_version": "v1", "year": "2024",
}


def valid():
    return frame("documents", [ROW, {**ROW, "doc_id": OTHER_DOC, "duplicate_of": DOC, "year": "unknown",
                                     "published_at": None, "url": None, "title": None}])


def test_a_valid_frame_passes():
    assert failures(DocumentsModel, valid()) == set()


def test_a_document_that_is_its_own_duplicate_is_rejected():
    bad = with_row(valid(), 1, duplicate_of=OTHER_DOC)
    assert failures(DocumentsModel, bad) == {("a document cannot be a duplicate of itself", 1)}


def test_a_date_read_from_a_year_is_rejected():
    bad = with_row(valid(), 0, published_at=dt.date(1200, 1, 1))
    assert {index for _, index in failures(DocumentsModel, bad)} == {0}
