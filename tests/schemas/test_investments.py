from econews.schemas import InvestmentsModel
from tests.schemas.frames import DOC, TEXT, failures, frame, with_row

ROW = {
    "investment_id": f"{DOC}:a", "doc_id": DOC, "company": "CATL", "company_country": "CN", "project": None,
    "host_country": "MA", "place": None, "sector": "automotive", "sectors": ["automotive", "batteries_emobility"],
    "amount": 3.4e9, "currency": "MAD", "amount_metric_id": f"{DOC}:58:74", "capacity": None,
    "capacity_unit": None, "capacity_metric_id": None, "jobs": None, "jobs_metric_id": None,
    "stage": "signed", "date": None, "mentions": 1, "evidence_start": 0, "evidence_end": len(TEXT),
    "evidence": TEXT, "run_id": "r1", "year": "2024",
}


def valid():
    project = {**ROW, "investment_id": f"{DOC}:b", "company": None, "company_country": None,
               "project": "Tanger Tech", "sector": None, "sectors": [], "amount": None, "currency": None,
               "amount_metric_id": None, "jobs": 1200, "jobs_metric_id": f"{DOC}:1:2", "stage": None}
    return frame("investments", [ROW, project], doc_text=TEXT)


def test_a_valid_frame_passes():
    assert failures(InvestmentsModel, valid()) == set()


def test_an_investment_without_company_or_project_is_rejected():
    bad = with_row(valid(), 1, project=None)
    assert failures(InvestmentsModel, bad) == {("an investment names a company or a project", 1)}


def test_a_figure_without_its_unit_or_metrics_row_is_rejected():
    check = "amount, capacity and jobs come with their unit and metrics row"
    assert failures(InvestmentsModel, with_row(valid(), 0, amount_metric_id=None)) == {(check, 0)}
    assert failures(InvestmentsModel, with_row(valid(), 1, jobs_metric_id=None)) == {(check, 1)}


def test_a_sector_other_than_the_first_of_sectors_is_rejected():
    check = "sector must be the first of sectors"
    assert failures(InvestmentsModel, with_row(valid(), 0, sector="batteries_emobility")) == {(check, 0)}
    assert failures(InvestmentsModel, with_row(valid(), 1, sectors=["automotive"])) == {(check, 1)}


def test_an_unknown_sector_in_sectors_is_rejected():
    bad = with_row(valid(), 0, sectors=["automotive", "alchemy"])
    assert failures(InvestmentsModel, bad) == {("sectors must be ids of econews/data/sectors.json", 0)}


def test_evidence_that_is_not_the_document_text_is_rejected():
    bad = with_row(valid(), 1, evidence=TEXT.upper())
    assert failures(InvestmentsModel, bad) == {("evidence must equal documents.text[evidence_start:evidence_end]", 1)}
