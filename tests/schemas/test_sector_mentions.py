from econews.schemas import SectorMentionsModel
from tests.schemas.frames import DOC, TEXT, failures, frame, with_row

START = TEXT.index("automobile")
ROW = {"sector_mention_id": f"{DOC}:{START}:{START + 10}:automotive", "doc_id": DOC, "start": START,
       "end": START + 10, "text": "automobile", "sector": "automotive", "run_id": "r1", "year": "2024"}


def valid():
    return frame("sector_mentions", [ROW, {**ROW, "sector_mention_id": "other"}], doc_text=TEXT)


def test_a_valid_frame_passes():
    assert failures(SectorMentionsModel, valid()) == set()


def test_a_span_that_is_not_the_document_text_is_rejected():
    bad = with_row(valid(), 0, end=START + 5)
    assert failures(SectorMentionsModel, bad) == {("span must equal documents.text[start:end]", 0)}


def test_an_unknown_sector_is_rejected():
    assert {index for _, index in failures(SectorMentionsModel, with_row(valid(), 1, sector="alchemy"))} == {1}
