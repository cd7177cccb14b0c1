import datetime as dt

from econews.schemas import QuarantineModel
from tests.schemas.frames import failures, frame, with_row

AT = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.timezone.utc)
ROW = {"quarantine_id": "raw/a.bin|ingest|binary_file|", "source_path": "raw/a.bin", "doc_id": None,
       "stage": "ingest", "reason": "binary_file", "detail": "PNG image, 10 bytes", "run_id": "r1",
       "at": AT, "year": "2024"}


def valid():
    return frame("quarantine", [ROW, {**ROW, "quarantine_id": "raw/b.txt|validate|invalid_metrics.unit|m1",
                                      "source_path": "raw/b.txt", "doc_id": "0123456789abcdef",
                                      "stage": "validate", "reason": "invalid_metrics.unit"}])


def test_a_valid_frame_passes():
    assert failures(QuarantineModel, valid()) == set()


def test_a_reason_that_is_not_a_stable_code_is_rejected():
    assert {index for _, index in failures(QuarantineModel, with_row(valid(), 1, reason="Bad file!"))} == {1}


def test_an_unknown_stage_is_rejected():
    assert {index for _, index in failures(QuarantineModel, with_row(valid(), 0, stage="lunch"))} == {0}
