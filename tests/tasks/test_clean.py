"""Cleaning: each kind of noise on fixtures, and the five sample pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from econews.settings import Settings
from econews.tasks.clean import (
    DOCUMENT_SCHEMA,
    CleanDocument,
    clean_batch,
    clean_document,
    repeated_lines,
)
from econews.tasks.ingest import RawDocument, Rejected, read_document

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
FIX = Path(__file__).parent / "fixtures" / "clean"


def sample(prefix: str) -> CleanDocument:
    path = next(RAW.glob(f"{prefix}_*.txt"))
    raw = read_document(str(path), Settings())
    doc = clean_document(raw)
    assert isinstance(doc, CleanDocument)
    return doc


def raw_doc(body: str, header: dict | None = None, path: str = "src/x.txt") -> RawDocument:
    return RawDocument("0" * 16, path, "txt", header or {}, body)


def test_sample_000():
    doc = sample("000")
    assert doc.title == "Rencontre Maroc/Japon : vers un partenariat économique bilatéral renforcé"
    assert doc.language == "fr"
    assert doc.event_date == dt.date(2016, 3, 1)
    assert doc.text.endswith("dont le développement est ouvert au partenariat avec le Japon.")
    for gone in ("Lire Aussi", "IM MEDICARE", "SOMACA", "dispositif médical", '"'):
        assert gone not in doc.text


def test_sample_001():
    doc = sample("001")
    assert doc.title == "Intensification des partenariats stratégiques du Maroc avec la Chine et le Japon"
    assert doc.text.startswith("Intensification des partenariats stratégiques")
    assert "12:03" not in doc.text and "KFC" not in doc.text and "Suivez-nous" not in doc.text
    assert doc.text.endswith("le développement durable à l'échelle mondiale.")
    assert "\n\nUn partenariat stratégiques avec la Chine\n\n" in doc.text
    assert doc.text.count("\n\n") == 9


def test_sample_002():
    doc = sample("002")
    assert doc.title == "6ème session de la Commission mixte de coopération commerciale, économique et technique maroco-chinoise"
    assert doc.url.startswith("https://www.mcinet.gov.ma/fr/content/6%C3%A8me-session")
    assert doc.event_date == dt.date(2018, 2, 8)
    # the header date is the date of the related-article list, not of this article
    assert doc.published_at is None
    assert doc.text.endswith("Les institutions financières chinoises seront appelées à accompagner ces investissements.")
    for gone in ("Partager", "Lire Aussi", "EUWEN", "Somasteel", "Vidéos", "ALTEN", "Newsletter", "subscription",
                 "Thank you", "24 Décembre 2025"):
        assert gone not in doc.text
    assert "s'est félicité « des développements importants" in doc.text


def test_sample_003():
    doc = sample("003")
    assert doc.title == "Plan national d'accélération industrielle 2014-2020: 26 conventions opérationnelles"
    assert doc.published_at == dt.date(2014, 11, 1)
    assert doc.text.startswith("Plan national d'accélération industrielle 2014-2020")
    assert doc.text.endswith("«sièges», «équipements moteurs»...")
    for gone in ("Toyota", "Erbil", "Merci d'avoir signalé", "automatiquement bloquée", "Cliquez ici", "Publié dans"):
        assert gone not in doc.text


def test_sample_004():
    doc = sample("004")
    assert doc.published_at == dt.date(2024, 12, 1)
    assert doc.text.startswith("Une rencontre élargie a été organisée, vendredi à Casablanca")
    assert doc.text.endswith("la diversification des marchés internationaux.")
    assert "LNT avec Map" not in doc.text and "date 2024-12" not in doc.text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_article_sentence_is_kept(prefix):
    doc = sample(prefix)
    assert "\u2019" not in doc.text
    assert "\n\n\n" not in doc.text
    assert all(p == p.strip() and p for p in doc.text.split("\n\n"))


def test_empty_after_cleaning():
    result = clean_document(raw_doc("Suivez-nous sur Facebook\n- 12:03Un titre\nPartager cet article\n"))
    assert isinstance(result, Rejected)
    assert result.reason == "empty_after_cleaning" and result.stage == "clean"


def test_repeated_lines_and_removal():
    bodies = [f"Article numéro {i} sur le commerce entre le Maroc et la Chine, avec des chiffres.\nPar la rédaction de Site Info"
              for i in range(4)]
    rep = repeated_lines(bodies, min_documents=3)
    assert "par la rédaction de site info" in rep
    doc = clean_document(raw_doc(bodies[0]), rep)
    assert "rédaction" not in doc.text and doc.text.startswith("Article numéro 0")


def test_repeated_lines_ignore_identical_copies():
    body = "Le Maroc et la Chine signent un accord de coopération industrielle à Rabat."
    assert repeated_lines([body] * 5, min_documents=3) == frozenset()


def test_clean_batch_schema_and_rejections():
    raws = [read_document(str(p), Settings()) for p in sorted(RAW.glob("*.txt"))]
    raws.append(raw_doc("Partager cet article", path="src/empty.txt"))
    frame, rejected = clean_batch.fn(raws)
    assert frame.columns == list(DOCUMENT_SCHEMA)
    assert dict(frame.schema) == DOCUMENT_SCHEMA
    assert frame.height == 5 and len(rejected) == 1
    empty, none = clean_batch.fn([])
    assert empty.height == 0 and dict(empty.schema) == DOCUMENT_SCHEMA and none == []
