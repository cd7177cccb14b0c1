import datetime as dt

from econews.schemas import RunsModel
from econews.tables import DATA_TABLES, row_count_column
from tests.schemas.frames import failures, frame, with_row

STARTED = dt.datetime(2024, 5, 1, 6, 0, tzinfo=dt.timezone.utc)
ROW = {
    "run_id": "20240501T060000Z-1a2b3c4d", "flow_run_id": None, "started_at": STARTED,
    "finished_at": STARTED + dt.timedelta(seconds=30), "status": "completed", "error": None,
    "source": "data/raw", "lake": "data/lake", "parameters": "{}", "code_version": "v1",
    "documents_read": 5, "documents_skipped": 0, "documents_quarantined": 0,
    **{row_count_column(table): 1 for table in DATA_TABLES},
    "seconds_by_stage": "{}", "year": "2024",
}


def valid():
    return frame("runs", [ROW, {**ROW, "run_id": "other", "status": "failed", "error": "LakeBusy: in use"}])


def test_a_valid_frame_passes():
    assert failures(RunsModel, valid()) == set()


def test_an_unknown_status_or_a_negative_count_is_rejected():
    assert {index for _, index in failures(RunsModel, with_row(valid(), 1, status="running"))} == {1}
    assert {index for _, index in failures(RunsModel, with_row(valid(), 0, documents_read=-1))} == {0}
