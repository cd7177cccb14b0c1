from econews.schemas import EntitiesModel
from tests.schemas.frames import DOC, TEXT, failures, frame, with_row

CHECK = "span must equal documents.text[start:end]"
ROWS = [
    {"entity_id": f"{DOC}:3:8:COUNTRY:CN", "doc_id": DOC, "start": 3, "end": 8, "text": "Chine", "label": "COUNTRY",
     "canonical": "China", "country": "CN", "run_id": "r1", "year": "2024"},
    {"entity_id": f"{DOC}:15:20:COUNTRY:MA", "doc_id": DOC, "start": 15, "end": 20, "text": "Maroc", "label": "COUNTRY",
     "canonical": "Morocco", "country": "MA", "run_id": "r1", "year": "2024"},
]


def test_a_valid_frame_passes_with_and_without_the_document_text():
    assert failures(EntitiesModel, frame("entities", ROWS, doc_text=TEXT)) == set()
    assert failures(EntitiesModel, frame("entities", ROWS)) == set()


def test_a_span_that_is_not_the_document_text_is_rejected():
    bad = with_row(frame("entities", ROWS, doc_text=TEXT), 1, start=14, end=19)
    assert failures(EntitiesModel, bad) == {(CHECK, 1)}


def test_an_unknown_label_is_rejected():
    bad = with_row(frame("entities", ROWS, doc_text=TEXT), 0, label="ANIMAL")
    assert {index for _, index in failures(EntitiesModel, bad)} == {0}
