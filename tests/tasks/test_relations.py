"""Relations stage: partnerships, investments and sector mentions.

Gold tests run the real stages (ingest -> clean -> entities -> metrics) on the sample corpus
(data/raw) and derive the relations from their rows, the way the flow does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandera.errors
import polars as pl
import pytest

from econews.schemas._checks import DOC_TEXT
from econews.schemas.investments import InvestmentsModel
from econews.schemas.partnerships import PartnershipsModel
from econews.schemas.sector_mentions import SectorMentionsModel
from econews.tasks.relations import (
    INVESTMENT_SCHEMA,
    PARTNERSHIP_SCHEMA,
    derive_relations,
    sentences,
)

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
MODELS = {"partnerships": PartnershipsModel, "investments": InvestmentsModel, "sector_mentions": SectorMentionsModel}


@pytest.fixture(scope="module")
def corpus():
    """documents/entities/metrics of the five sample pages, by the real stage functions."""
    from econews.settings import Settings
    from econews.tasks.clean import CleanDocument, clean_document
    from econews.tasks.entities import extract_entities
    from econews.tasks.ingest import read_document
    from econews.tasks.metrics import extract_metrics

    settings = Settings.from_env()
    docs, ents, mets, by_name = [], [], [], {}
    for path in sorted(RAW.glob("*.txt")):
        clean = clean_document(read_document(str(path), settings))
        assert isinstance(clean, CleanDocument), path
        date = clean.event_date or clean.published_at
        docs.append({
            "doc_id": clean.doc_id, "source_path": str(path), "text": clean.text,
            "event_date": clean.event_date, "published_at": clean.published_at,
            "run_id": "test-run", "year": str(date.year) if date else "unknown",
        })
        ents += extract_entities(clean.text, doc_id=clean.doc_id)
        mets += extract_metrics(clean.text, doc_id=clean.doc_id)
        by_name[path.name[:3]] = clean.doc_id
    documents = pl.DataFrame(docs)
    entities = pl.DataFrame(ents)
    metrics = pl.DataFrame(mets)
    return documents, entities, metrics, by_name


@pytest.fixture(scope="module")
def derived(corpus):
    documents, entities, metrics, _ = corpus
    return derive_relations(documents, entities, metrics)


def _pairs(frame: pl.DataFrame, doc_id: str) -> set[tuple[str, str]]:
    rows = frame.filter(pl.col("doc_id") == doc_id)
    return set(zip(rows["country_a"], rows["country_b"]))


def _metric_texts(metrics: pl.DataFrame, ids: list[str]) -> list[str]:
    lookup = dict(zip(metrics["metric_id"], metrics["text"]))
    return [lookup[i] for i in ids]


# ------------------------------------------------------------------- partnerships (gold)

def test_gold_partnerships(corpus, derived):
    _, _, metrics, doc = corpus
    p = derived["partnerships"]
    assert _pairs(p, doc["000"]) == {("JP", "MA")}  # `Rencontre Maroc/Japon`
    # `du Maroc avec la Chine et le Japon`, `sino-marocains et nippo-marocains`: never CN-JP
    assert _pairs(p, doc["001"]) == {("CN", "MA"), ("JP", "MA")}
    assert _pairs(p, doc["002"]) == {("CN", "MA")}  # `maroco-chinoise`
    assert _pairs(p, doc["003"]) == set() and _pairs(p, doc["004"]) == set()  # Morocco alone

    jp_ma = p.filter((pl.col("doc_id") == doc["000"])).row(0, named=True)
    assert jp_ma["date"] == dt.date(2016, 3, 1) and jp_ma["year"] == "2016"
    assert "explicit" in jp_ma["kinds"]
    assert _metric_texts(metrics, jp_ma["metric_ids"]) == ["1%", "0,02%"]

    cn_ma_002 = p.filter((pl.col("doc_id") == doc["002"])).row(0, named=True)
    assert cn_ma_002["date"] == dt.date(2018, 2, 8) and cn_ma_002["year"] == "2018"
    assert {"compound", "figure"} <= set(cn_ma_002["kinds"])
    assert _metric_texts(metrics, cn_ma_002["metric_ids"]) == [
        "39,5 milliards DH", "+18,2%", "362,5 millions dhs", "582,4 millions DH", "double"
    ]  # not `les deux pays`
    assert set(cn_ma_002["sectors"]) >= {
        "automotive", "textile", "agrifood", "aerospace", "renewable_energy", "home_appliances",
        "mining", "batteries_emobility",
    }

    cn_ma_001 = p.filter((pl.col("doc_id") == doc["001"]) & (pl.col("country_a") == "CN")).row(0, named=True)
    assert cn_ma_001["sectors"] == ["batteries_emobility"]
    # `100 GWh` via CATL's plant; not `70%`, China's share of the world's batteries, which is
    # China's alone (see test_metrics.CORPUS).
    assert _metric_texts(metrics, cn_ma_001["metric_ids"]) == ["100 GWh"]
    assert cn_ma_001["date"] is None and cn_ma_001["year"] == "unknown"
    jp_ma_001 = p.filter((pl.col("doc_id") == doc["001"]) & (pl.col("country_a") == "JP")).row(0, named=True)
    assert jp_ma_001["metric_ids"] == [] and jp_ma_001["sectors"] == []


# -------------------------------------------------------------------- investments (gold)

def _investment(frame: pl.DataFrame, doc_id: str, **where) -> dict:
    rows = frame.filter(pl.col("doc_id") == doc_id)
    for column, value in where.items():
        rows = rows.filter(pl.col(column) == value)
    assert rows.height == 1, (where, rows)
    return rows.row(0, named=True)


def test_gold_investments_001_catl_and_byd(corpus, derived):
    _, _, metrics, doc = corpus
    inv = derived["investments"]
    assert sorted(inv.filter(pl.col("doc_id") == doc["001"])["company"]) == ["BYD", "Contemporary Amperex Technology Co. Limited"]

    # The name as written in the article (its canonical form is `Contemporary Amperex Technology`).
    catl = _investment(inv, doc["001"], company="Contemporary Amperex Technology Co. Limited")
    assert (catl["company_country"], catl["host_country"]) == ("CN", "MA")
    assert catl["sector"] == "batteries_emobility"
    assert (catl["capacity"], catl["capacity_unit"]) == (100.0, "GWh")
    assert _metric_texts(metrics, [catl["capacity_metric_id"]]) == ["100 GWh"]
    assert catl["stage"] == "announced"  # `a prévu de construire`
    assert catl["mentions"] == 2  # `(CATL) et BYD ont annoncé ...` + the plant sentence, one row
    assert catl["evidence"].startswith("CATL a prévu de construire une usine de batteries au Maroc")
    # `plusieurs milliards de dollars` is no figure of the metrics stage: no amount is made up.
    assert catl["amount"] is None and catl["amount_metric_id"] is None

    byd = _investment(inv, doc["001"], company="BYD")
    assert (byd["company_country"], byd["host_country"], byd["stage"]) == ("CN", "MA", "announced")
    # Its sentences name no sector: the section heading `Investissements chinois dans la
    # mobilité électrique` does.
    assert byd["sector"] == "batteries_emobility"


def test_gold_investments_002_tanger_tech_and_byd(corpus, derived):
    _, _, _, doc = corpus
    inv = derived["investments"].filter(pl.col("doc_id") == doc["002"])
    assert inv.height == 2
    city = _investment(inv, doc["002"], project="Cité Mohammed VI Tanger Tech")
    assert city["company"] is None and city["company_country"] == "CN"  # `les opérateurs chinois`
    assert (city["host_country"], city["place"]) == ("MA", "Tangier")
    assert city["sector"] == "infrastructure"
    assert city["date"] == dt.date(2018, 2, 8) and city["year"] == "2018"
    byd = _investment(inv, doc["002"], company="BYD")
    assert (byd["company_country"], byd["host_country"], byd["sector"]) == ("CN", "MA", "batteries_emobility")
    assert byd["stage"] is None  # the article says no stage


def test_gold_removed_teasers_give_no_investment(derived):
    """000's related teasers (IM MEDICARE, Renault/SOMACA) and 002's `Lire Aussi` list
    (EUWEN TEXTILES, Somasteel) and video titles (Citic Dicastal's third unit in Kénitra) are
    removed by the cleaner: investments come from the clean text only, so none of them is here.
    Citic Dicastal appears only in 002's removed video list: it is correctly absent."""
    names = " ".join(
        (r["company"] or "") + " " + (r["project"] or "") + " " + (r["place"] or "")
        for r in derived["investments"].iter_rows(named=True)
    ).lower()
    for absent in ("medicare", "renault", "somaca", "euwen", "sunrise", "somasteel", "dicastal", "kenitra", "kénitra"):
        assert absent not in names
    assert derived["investments"].height == 4
    assert derived["investments"].filter(pl.col("doc_id").is_in([])).height == 0


def test_no_investment_in_000_003_004(corpus, derived):
    _, _, _, doc = corpus
    inv = derived["investments"]
    for name in ("000", "003", "004"):
        assert inv.filter(pl.col("doc_id") == doc[name]).height == 0, name


def test_gold_sector_mentions(corpus, derived):
    documents, _, _, doc = corpus
    sm = derived["sector_mentions"]

    def sectors(name):
        return sm.filter(pl.col("doc_id") == doc[name]).sort("start")["sector"].unique(maintain_order=True).to_list()

    assert sectors("000") == []  # the minister's title (`Economie Numérique`) names no sector
    assert sectors("001") == ["batteries_emobility"]
    assert sectors("002")[:5] == ["automotive", "textile", "agrifood", "aerospace", "renewable_energy"]
    assert {"home_appliances", "mining", "infrastructure", "energy", "batteries_emobility"} <= set(sectors("002"))
    assert sectors("004")[:2] == ["aerospace", "automotive"]
    texts = dict(zip(documents["doc_id"], documents["text"]))
    for r in sm.iter_rows(named=True):
        assert texts[r["doc_id"]][r["start"] : r["end"]] == r["text"]


# ------------------------------------------------------------------- shape and contract

def test_rows_validate_against_models_and_text(corpus, derived):
    documents = corpus[0]
    texts = documents.select("doc_id", pl.col("text").alias(DOC_TEXT))
    for table, model in MODELS.items():
        frame = derived[table]
        assert frame.height > 0
        model.validate(frame, lazy=True)
        model.validate(frame.join(texts, on="doc_id", how="left"), lazy=True)
        if "evidence" in frame.columns:
            broken = frame.join(texts, on="doc_id").with_columns(evidence_end=pl.col("evidence_end") - 1)
            with pytest.raises(pandera.errors.SchemaErrors):
                model.validate(broken, lazy=True)


def test_keys_years_run_ids_and_links(corpus, derived):
    documents, _, metrics, _ = corpus
    years = dict(zip(documents["doc_id"], documents["year"]))
    texts = dict(zip(documents["doc_id"], documents["text"]))
    metric_ids = set(metrics["metric_id"])
    for table, key in (("partnerships", "partnership_id"), ("investments", "investment_id"),
                       ("sector_mentions", "sector_mention_id")):
        frame = derived[table]
        assert frame[key].n_unique() == frame.height
        for r in frame.iter_rows(named=True):
            assert r["year"] == years[r["doc_id"]] and r["run_id"] == "test-run"
            if "evidence" in r:
                assert texts[r["doc_id"]][r["evidence_start"] : r["evidence_end"]] == r["evidence"]
    for r in derived["partnerships"].iter_rows(named=True):
        assert r["country_a"] < r["country_b"]
        assert set(r["metric_ids"]) <= metric_ids
    for r in derived["investments"].iter_rows(named=True):
        for col in ("amount_metric_id", "capacity_metric_id", "jobs_metric_id"):
            assert r[col] is None or r[col] in metric_ids


def test_stable_keys_across_reruns(corpus, derived):
    again = derive_relations(*corpus[:3])
    for table in ("partnerships", "investments", "sector_mentions"):
        assert again[table].equals(derived[table])


def test_lake_shaped_input_and_empty_input(corpus):
    documents, entities, metrics, _ = corpus
    # Rows as stored: extra columns (entity_id, run_id, year) and no doc_text.
    stored_entities = entities.with_columns(entity_id=pl.lit("x"), run_id=pl.lit("r"), year=pl.lit("2016"))
    out = derive_relations(documents.head(1), stored_entities, metrics)
    assert set(out) == {"partnerships", "investments", "sector_mentions"}
    empty = derive_relations(documents.clear(), entities.clear(), metrics.clear())
    assert empty["partnerships"].schema == pl.Schema(PARTNERSHIP_SCHEMA)
    assert empty["investments"].schema == pl.Schema(INVESTMENT_SCHEMA)
    assert all(f.height == 0 for f in empty.values())


# --------------------------------------------------------------------- unit: rules

def _doc(text: str, entities: list[tuple[str, str, str | None]], metrics: list[dict] | None = None):
    """A one-document input: entities given as (surface, label, country), found left to right."""
    rows, pos = [], 0
    for surface, label, country in entities:
        start = text.index(surface, pos)
        pos = start + len(surface)
        rows.append({"doc_id": "0123456789abcdef", "start": start, "end": pos, "text": surface,
                     "label": label, "canonical": surface, "country": country})
    documents = pl.DataFrame([{"doc_id": "0123456789abcdef", "text": text, "event_date": dt.date(2024, 5, 2),
                               "published_at": None, "run_id": "r", "year": "2024"}])
    mets = pl.DataFrame(metrics) if metrics else pl.DataFrame(schema={
        "metric_id": pl.Utf8, "doc_id": pl.Utf8, "start": pl.Int64, "end": pl.Int64, "text": pl.Utf8,
        "value": pl.Float64, "unit": pl.Utf8, "countries": pl.List(pl.Utf8)})
    return derive_relations(documents, pl.DataFrame(rows), mets)


def test_coordinated_countries_are_not_partners_of_each_other():
    out = _doc("Le Maroc renforce sa coopération avec la Chine et le Japon.",
               [("Maroc", "COUNTRY", "MA"), ("Chine", "COUNTRY", "CN"), ("Japon", "COUNTRY", "JP")])
    assert set(zip(out["partnerships"]["country_a"], out["partnerships"]["country_b"])) == {("CN", "MA"), ("JP", "MA")}


def test_countries_without_a_relation_word_are_no_partnership():
    out = _doc("La Chine cherche à tirer parti des atouts du Maroc.",
               [("Chine", "COUNTRY", "CN"), ("Maroc", "COUNTRY", "MA")])
    assert out["partnerships"].height == 0


def test_a_bloc_adjective_and_a_company_named_in_passing_pair_nothing():
    # `investisseurs européens` ranks Portugal among Europe's investors: no EU partnership.
    out = _doc("Les investissements portugais au Maroc ont atteint 1,2 MMDH, le Portugal comptant parmi "
               "les principaux investisseurs européens du Royaume.",
               [("portugais", "COUNTRY", "PT"), ("Maroc", "COUNTRY", "MA"), ("Portugal", "COUNTRY", "PT"),
                ("européens", "COUNTRY", "EU")])
    assert set(zip(out["partnerships"]["country_a"], out["partnerships"]["country_b"])) == {("MA", "PT")}
    # Cars that Renault assembles in Morocco make no French partnership; Renault investing does.
    passing = _doc("L'Egypte bloque les voitures marocaines assemblées par Renault, en vertu d'un accord commercial.",
                   [("Egypte", "COUNTRY", "EG"), ("marocaines", "COUNTRY", "MA"), ("Renault", "ORG", "FR")])
    assert set(zip(passing["partnerships"]["country_a"], passing["partnerships"]["country_b"])) == {("EG", "MA")}
    investing = _doc("Le constructeur Renault investit 2 milliards de dirhams dans son usine de Tanger, au Maroc.",
                     [("Renault", "ORG", "FR"), ("Tanger", "LOC", None), ("Maroc", "COUNTRY", "MA")])
    assert ("FR", "MA") in set(zip(investing["partnerships"]["country_a"], investing["partnerships"]["country_b"]))


def test_investment_with_amount_jobs_place_and_stage():
    text = ("Le groupe Renault a inauguré à Tanger une usine automobile de 1 milliard d'euros qui emploie 6.000 personnes. "
            "Le constructeur français avait signé la convention en 2008.")
    metrics = [
        {"metric_id": "m1", "doc_id": "0123456789abcdef", "start": text.index("1 milliard"),
         "end": text.index("1 milliard") + len("1 milliard d'euros"), "text": "1 milliard d'euros",
         "value": 1e9, "unit": "EUR", "countries": ["MA"]},
        {"metric_id": "m2", "doc_id": "0123456789abcdef", "start": text.index("6.000"),
         "end": text.index("6.000") + len("6.000 personnes"), "text": "6.000 personnes",
         "value": 6000.0, "unit": "jobs", "countries": []},
    ]
    out = _doc(text, [("Renault", "ORG", "FR"), ("Tanger", "LOC", "MA")], metrics)
    inv = out["investments"].row(0, named=True)
    assert (inv["company"], inv["company_country"], inv["host_country"], inv["place"]) == ("Renault", "FR", "MA", "Tanger")
    assert (inv["amount"], inv["currency"], inv["amount_metric_id"]) == (1e9, "EUR", "m1")
    assert (inv["jobs"], inv["jobs_metric_id"]) == (6000, "m2")
    assert inv["stage"] == "inaugurated"  # the most advanced stage the article says
    assert inv["sector"] == "automotive"
    InvestmentsModel.validate(out["investments"])


def test_institutions_are_not_investors():
    out = _doc("Le Ministère de l'Industrie annonce un investissement de l'Agence japonaise au Maroc.",
               [("Ministère de l'Industrie", "ORG", "MA"), ("Agence japonaise", "ORG", "JP"), ("Maroc", "COUNTRY", "MA")])
    assert out["investments"].height == 0


def test_sentences_keep_abbreviations_together():
    text = "M. Elalamy a reçu MM. Qian et Co. Limited. Puis il est parti.\nTitre\nFin."
    spans = sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "M. Elalamy a reçu MM. Qian et Co. Limited.", "Puis il est parti.", "Titre", "Fin."
    ]


def test_sentences_read_the_whole_word_before_a_full_stop():
    # The word before `.` is read from the end of the text before it, however long it is.
    long_word = "x" * 120
    text = f"Un {long_word}. Deux {'a' * 100}b. Trois. Quatre {'é' * 90} M. Cinq."
    assert [text[s:e] for s, e in sentences(text)] == [
        f"Un {long_word}.", f"Deux {'a' * 100}b.", "Trois.", f"Quatre {'é' * 90} M. Cinq."
    ]


def test_sentence_of_a_position():
    from econews.tasks.relations import _sentence_of

    text = "Un.  Deux.\n\nTrois."
    spans = sentences(text)
    assert spans == [(0, 3), (5, 10), (12, 18)]
    # inside a sentence; between two (the next one); after the last (the last); no sentence
    assert [_sentence_of(spans, p) for p in (0, 2, 3, 4, 5, 10, 11, 12, 17, 18, 40)] == [0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2]
    assert _sentence_of([], 3) == -1


def _pairs_of(out) -> set[tuple[str, str]]:
    return set(zip(out["partnerships"]["country_a"], out["partnerships"]["country_b"]))


def test_countries_ranked_or_listed_in_an_article_about_morocco_are_not_paired():
    text = ("Les investissements étrangers au Maroc progressent. La France reste le premier pays "
            "investisseur, suivie des Emirats arabes unis et de l'Espagne.")
    out = _doc(text, [("Maroc", "COUNTRY", "MA"), ("France", "COUNTRY", "FR"),
                      ("Emirats arabes unis", "COUNTRY", "AE"), ("Espagne", "COUNTRY", "ES")])
    assert not any("MA" not in pair for pair in _pairs_of(out))


def test_a_figure_about_morocco_and_others_pairs_morocco_with_each():
    text = "Les exportations du Maroc vers l'Espagne et la France ont atteint 5 milliards DH."
    figure = {"metric_id": "f1", "doc_id": "0123456789abcdef", "start": text.index("5 milliards"),
              "end": text.index("5 milliards") + 14, "text": "5 milliards DH", "value": 5e9, "unit": "MAD",
              "countries": ["ES", "FR", "MA"]}
    out = _doc(text, [("Maroc", "COUNTRY", "MA"), ("Espagne", "COUNTRY", "ES"), ("France", "COUNTRY", "FR")], [figure])
    assert _pairs_of(out) == {("ES", "MA"), ("FR", "MA")}


def test_a_figure_pairs_morocco_with_one_other_country_not_with_a_list():
    text = "La centrale produira 8 MW. Les turbines serviront des parcs au Maroc, en Espagne et au Portugal."
    listed = {"metric_id": "f1", "doc_id": "0123456789abcdef", "start": text.index("8 MW"),
              "end": text.index("8 MW") + 4, "text": "8 MW", "value": 8.0, "unit": "MW",
              "countries": ["ES", "MA", "PT"]}
    entities = [("Maroc", "COUNTRY", "MA"), ("Espagne", "COUNTRY", "ES"), ("Portugal", "COUNTRY", "PT")]
    assert _pairs_of(_doc(text, entities, [listed])) == set()
    one = dict(listed, countries=["ES", "MA"])
    assert _pairs_of(_doc(text, entities, [one])) == {("ES", "MA")}


def test_a_figure_about_morocco_and_the_countries_a_trade_goes_to_or_comes_from_pairs_each():
    def pairs(text, names, countries, figure="2,2 MMDH", value=2.2e9, unit="MAD"):
        entities = [(name, "COUNTRY", code) for name, code in names]
        return _pairs_with_one_figure(text, entities, figure, value, unit, countries)
    france_spain = [("France", "FR"), ("Espagne", "ES")]
    assert pairs("Les ventes destinées à la France et à l'Espagne ont totalisé 2,2 MMDH.", france_spain,
                 ["ES", "FR", "MA"]) == {("FR", "MA"), ("ES", "MA")}
    assert pairs("Le Maroc a importé 2,2 MMDH de maïs, dont 70% en provenance du Brésil et de l'Argentine.",
                 [("Maroc", "MA"), ("Brésil", "BR"), ("Argentine", "AR")], ["AR", "BR", "MA"]) == {("BR", "MA"), ("AR", "MA")}
    assert pairs("Morocco's shipments to Nigeria, Cameroon and Ivory Coast reached $2.2 billion.",
                 [("Morocco", "MA"), ("Nigeria", "NG"), ("Cameroon", "CM"), ("Ivory Coast", "CI")],
                 ["CI", "CM", "MA", "NG"], figure="$2.2 billion", unit="USD") == {("MA", "NG"), ("CM", "MA"), ("CI", "MA")}
    # Countries that bought or supplied, coordinated before their verb; a transfer's origin.
    assert pairs("Le Maroc a importé 2,2 MMDH de blé : l'Allemagne et la Pologne ont fourni ensemble 60% du total.",
                 [("Maroc", "MA"), ("Allemagne", "DE"), ("Pologne", "PL")], ["DE", "MA", "PL"]) == {("DE", "MA"), ("MA", "PL")}
    assert pairs("Morocco's car exports reached $2.2 billion; Belgium, Portugal and the Netherlands together accounted for half.",
                 [("Morocco", "MA"), ("Belgium", "BE"), ("Portugal", "PT"), ("Netherlands", "NL")],
                 ["BE", "MA", "NL", "PT"], figure="$2.2 billion", unit="USD") == {("BE", "MA"), ("MA", "NL"), ("MA", "PT")}
    assert pairs("Les transferts vers le Maroc depuis les Etats-Unis et le Canada ont totalisé 2,2 MMDH, tandis que la France reste en tête.",
                 [("Maroc", "MA"), ("Etats-Unis", "US"), ("Canada", "CA"), ("France", "FR")],
                 ["CA", "FR", "MA", "US"]) == {("CA", "MA"), ("MA", "US")}
    # A list with no direction is a list (places, rankings), not the home country's partners.
    assert pairs("Le groupe exploite des parcs en France et en Espagne, pour 2,2 MMDH.", france_spain,
                 ["ES", "FR", "MA"]) == set()
    # Another foreign country's trade: its destinations are not Morocco's partners.
    assert pairs("La Russie a vendu 2,2 MMDH de blé, dont un quart vers l'Egypte et la Turquie.",
                 [("Russie", "RU"), ("Egypte", "EG"), ("Turquie", "TR")], ["EG", "MA", "TR"]) == set()


def test_brussels_said_for_the_eu_is_the_eu_and_a_place_after_a_preposition():
    out = _doc("Bruxelles relance la négociation d'un accord de pêche avec Rabat.",
               [("Bruxelles", "LOC", "BE"), ("Rabat", "LOC", "MA")])
    assert _pairs_of(out) == {("EU", "MA")}
    out = _doc("Le ministre belge a signé à Bruxelles un accord de coopération avec le Maroc.",
               [("belge", "COUNTRY", "BE"), ("Bruxelles", "LOC", "BE"), ("Maroc", "COUNTRY", "MA")])
    assert _pairs_of(out) == {("BE", "MA")}


def test_a_figure_set_against_another_country_s_makes_no_partners():
    out = _doc("Average spending per visitor stood at roughly $900 in Egypt, against about $630 in Morocco, "
               "according to official trade data.",
               [("Egypt", "COUNTRY", "EG"), ("Morocco", "COUNTRY", "MA")])
    assert _pairs_of(out) == set()
    out = _doc("Morocco's exports rose 7.8% to $48.6 billion, Egypt's to $44.9 billion and Tunisia's to $20.1 billion.",
               [("Morocco", "COUNTRY", "MA"), ("Egypt", "COUNTRY", "EG"), ("Tunisia", "COUNTRY", "TN")])
    assert _pairs_of(out) == set()


def test_a_foreign_companys_investment_in_morocco_pairs_the_two_countries():
    text = "Le groupe coréen Daesung Seat investira 50 millions de dollars dans une usine à Kénitra."
    figure = {"metric_id": "0123456789abcdef:1", "doc_id": "0123456789abcdef", "start": text.index("50 millions"),
              "end": text.index("50 millions") + 22, "text": "50 millions de dollars", "value": 5e7, "unit": "USD",
              "countries": ["KR", "MA"]}
    out = _doc(text, [("coréen", "COUNTRY", "KR"), ("Daesung Seat", "ORG", None), ("Kénitra", "LOC", "MA")], [figure])
    rows = out["partnerships"].filter(pl.col("country_a") == "KR").to_dicts()
    assert [(r["country_b"], "investment" in r["kinds"]) for r in rows] == [("MA", True)]
    PartnershipsModel.validate(out["partnerships"])


def test_an_adjective_on_customers_is_no_partner():
    text = "Le Maroc a signé un accord avec la Chine pour une usine qui servira des clients européens."
    out = _doc(text, [("Maroc", "COUNTRY", "MA"), ("Chine", "COUNTRY", "CN"), ("européens", "COUNTRY", "EU")])
    assert _pairs_of(out) == {("CN", "MA")}


def test_two_foreign_countries_joined_by_a_hyphen_stay_partners():
    text = "Le Maroc accueille le forum. Le partenariat Espagne-Portugal a été salué."
    out = _doc(text, [("Maroc", "COUNTRY", "MA"), ("Espagne", "COUNTRY", "ES"), ("Portugal", "COUNTRY", "PT")])
    assert ("ES", "PT") in _pairs_of(out)


def test_suppliers_listed_together_and_funders_of_another_company_are_no_investors():
    # The entities stage now types these as organisations (issue 20): the investments must
    # still leave suppliers and a company's funders out.
    text = ("Moroccan phosphate giant OCP has selected Germany's Hanseatic Electrolysis and Denmark's Nordvind "
            "to supply electrolysers for a green ammonia plant in Tarfaya, which will invest $2 billion. "
            "British company Sunlink Ltd said it has raised £50 million from investors including Arcadia Power "
            "and Gulf National Energy Company (GNEC) to build its cable.")
    out = _doc(text, [("OCP", "ORG", "MA"), ("Hanseatic Electrolysis", "ORG", "DE"), ("Nordvind", "ORG", "DK"),
                      ("Sunlink Ltd", "ORG", "GB"), ("Arcadia Power", "ORG", "US"),
                      ("Gulf National Energy Company", "ORG", "AE"), ("GNEC", "ORG", "AE")])
    companies = set(out["investments"]["company"].to_list())
    assert not companies & {"Hanseatic Electrolysis", "Nordvind", "Arcadia Power", "Gulf National Energy Company", "GNEC"}


def test_the_subject_partners_each_object_and_the_objects_are_parallel():
    # `exports` is a relation word; Turkey and Egypt are parallel objects of the EU, not partners.
    out = _doc("The European Union absorbs around 70% of Turkey's automotive exports and more than 80% of Egypt's.",
               [("European Union", "COUNTRY", "EU"), ("Turkey", "COUNTRY", "TR"), ("Egypt", "COUNTRY", "EG")])
    assert _pairs_of(out) == {("EU", "TR"), ("EG", "EU")}


def test_countries_after_a_ranking_word_are_compared_not_partners():
    out = _doc("Le Maroc est devenu le premier partenaire africain de l'UE, devant l'Afrique du Sud et, plus loin, "
               "l'Egypte.", [("Maroc", "COUNTRY", "MA"), ("UE", "COUNTRY", "EU"), ("Afrique du Sud", "COUNTRY", "ZA"),
                             ("Egypte", "COUNTRY", "EG")])
    assert _pairs_of(out) == {("EU", "MA")}


def test_a_foreign_city_hosting_the_signing_is_no_party():
    out = _doc("Le Maroc a signé avec l'Union européenne, mardi à Bruxelles, un programme de coopération.",
               [("Maroc", "COUNTRY", "MA"), ("Union européenne", "COUNTRY", "EU"), ("Bruxelles", "LOC", "BE")])
    assert _pairs_of(out) == {("EU", "MA")}


def test_a_figure_whose_country_is_only_a_bloc_adjective_pairs_nothing():
    text = "Kenitra Automotive City accueille plus de 40 opérateurs, dont plusieurs équipementiers européens."
    metrics = [{"metric_id": "m1", "doc_id": "0123456789abcdef", "start": text.index("40"), "end": text.index("40") + 13,
                "text": "40 opérateurs", "value": 40.0, "unit": "count", "countries": ["EU", "MA"]}]
    out = _doc(text, [("Kenitra Automotive City", "LOC", "MA"), ("européens", "COUNTRY", "EU")], metrics)
    assert _pairs_of(out) == set()


def test_a_figure_about_two_foreign_countries_alone_pairs_them():
    # An article about Morocco: a figure the metrics stage gives to Algeria and the EU alone is
    # their trade; one it gives to a list of countries pairs nothing.
    text = ("Le Maroc reste le premier partenaire commercial de l'UE au Maghreb. L'Algérie arrive en deuxième "
            "position avec 47,9 milliards d'euros d'échanges, devant la Tunisie et la Libye (21 milliards d'euros).")
    def figure(surface, countries):
        start = text.index(surface)
        return {"metric_id": surface, "doc_id": "0123456789abcdef", "start": start, "end": start + len(surface),
                "text": surface, "value": 1.0, "unit": "EUR", "countries": countries}
    entities = [("Maroc", "COUNTRY", "MA"), ("UE", "COUNTRY", "EU"), ("Algérie", "COUNTRY", "DZ"),
                ("Tunisie", "COUNTRY", "TN"), ("Libye", "COUNTRY", "LY")]
    out = _doc(text, entities, [figure("47,9 milliards d'euros", ["DZ", "EU"]),
                                figure("21 milliards d'euros", ["EU", "LY", "TN"])])
    assert _pairs_of(out) == {("EU", "MA"), ("DZ", "EU")}
    # Two countries the sentence lists together are destinations, whatever the figure.
    listed = "Le Maroc exporte des pales. Les turbines serviront des parcs en Espagne et au Portugal (8 GW)."
    start = listed.index("8 GW")
    eight = {"metric_id": "m", "doc_id": "0123456789abcdef", "start": start, "end": start + 4, "text": "8 GW",
             "value": 8.0, "unit": "GW", "countries": ["ES", "PT"]}
    out = _doc(listed, [("Maroc", "COUNTRY", "MA"), ("Espagne", "COUNTRY", "ES"), ("Portugal", "COUNTRY", "PT")], [eight])
    assert _pairs_of(out) == set()


def test_an_object_parallel_to_morocco_is_the_subjects_partner():
    # Turkey stands beside Morocco (`and`) as an object of the EU: EU-TR stays in an article about
    # Morocco; a comparison (`has lagged that of`) sets no parallel.
    out = _doc("The European Union absorbs around 70% of Turkey's automotive exports and more than 80% of Morocco's.",
               [("European Union", "COUNTRY", "EU"), ("Turkey", "COUNTRY", "TR"), ("Morocco", "COUNTRY", "MA")])
    assert _pairs_of(out) == {("EU", "TR"), ("EU", "MA")}
    lagged = _doc("Saudi investment in Morocco has lagged that of the United Arab Emirates.",
                  [("Saudi", "COUNTRY", "SA"), ("Morocco", "COUNTRY", "MA"), ("United Arab Emirates", "COUNTRY", "AE")])
    assert _pairs_of(lagged) == {("MA", "SA")}


def test_the_investors_money_in_a_third_country_pairs_it_with_that_country():
    text = ("Le chinois Qiantang Power investit 11,6 milliards de dirhams à Kénitra, au Maroc. Kénitra sera son "
            "troisième site à l'étranger, après la Hongrie, où il a investi 850 M€, et l'Indonésie.")
    def figure(surface, value, unit, countries):
        start = text.index(surface)
        return {"metric_id": surface, "doc_id": "0123456789abcdef", "start": start, "end": start + len(surface),
                "text": surface, "value": value, "unit": unit, "countries": countries}
    metrics = [figure("11,6 milliards de dirhams", 11.6e9, "MAD", ["CN", "MA"]),
               figure("850 M€", 850e6, "EUR", ["HU", "MA"])]  # a figure read as Morocco's: not HU-MA
    out = _doc(text, [("chinois", "COUNTRY", "CN"), ("Qiantang Power", "ORG", "CN"), ("Kénitra", "LOC", "MA"),
                      ("Maroc", "COUNTRY", "MA"), ("Kénitra", "LOC", "MA"), ("Hongrie", "COUNTRY", "HU"),
                      ("Indonésie", "COUNTRY", "ID")], metrics)
    assert _pairs_of(out) == {("CN", "MA"), ("CN", "HU")}


def _pairs_with_one_figure(text: str, entities, figure: str, value: float, unit: str, countries: list[str]):
    """The pairs of a one-sentence document holding one figure with the metrics stage's countries."""
    start = text.index(figure)
    row = {"metric_id": "m1", "doc_id": "0123456789abcdef", "start": start, "end": start + len(figure),
           "text": figure, "value": value, "unit": unit, "countries": countries}
    return _pairs_of(_doc(text, entities, [row]))


def test_a_foreign_country_set_against_morocco_keeps_its_figure_to_itself():
    def pairs(text, entities):
        return _pairs_with_one_figure(text, entities, "262 milliards de dollars", 262e9, "USD", ["MA", "TR"])
    turkey = [("Turquie", "COUNTRY", "TR")]
    assert pairs("A titre de comparaison, la Turquie a exporté pour 262 milliards de dollars de biens.", turkey) == set()
    assert pairs("La Turquie, elle, a exporté pour 262 milliards de dollars de biens.", turkey) == set()
    # No contrast: the figure the metrics stage gives to both still pairs them.
    assert pairs("La Turquie reste le premier client, avec 262 milliards de dollars.", turkey) == {("MA", "TR")}
    # The home country opens the sentence: the contrast is Morocco's, the pair stands.
    assert pairs("Contrairement à ses voisins, le Maroc a vendu à la Turquie pour 262 milliards de dollars.",
                 [("Maroc", "COUNTRY", "MA"), *turkey]) == {("MA", "TR")}


def test_a_possessive_after_a_comma_is_an_apposition_not_a_list():
    out = _doc("Exports to the European Union, Morocco's main trading partner, held up despite weak demand in Spain.",
               [("European Union", "COUNTRY", "EU"), ("Morocco", "COUNTRY", "MA"), ("Spain", "COUNTRY", "ES")])
    assert ("EU", "MA") in _pairs_of(out)
    listed = _doc("Exports to Spain, France and Italy rose, Morocco said in a trade report.",
                  [("Spain", "COUNTRY", "ES"), ("France", "COUNTRY", "FR"), ("Italy", "COUNTRY", "IT"),
                   ("Morocco", "COUNTRY", "MA")])
    assert not any("MA" not in pair for pair in _pairs_of(listed))


def test_a_local_figure_in_a_sentence_about_one_foreign_country_is_its_own():
    def pairs(text, entities):
        return _pairs_with_one_figure(text, entities, "400,000 vehicles", 4e5, "count", ["EG", "MA"])
    egypt = [("Egyptian", "COUNTRY", "EG")]
    assert pairs("Egyptian officials aim to lift local production to 400,000 vehicles a year.", egypt) == set()
    # Without `local`, the figure the metrics stage gives to both still pairs them.
    assert pairs("Egyptian officials ordered 400,000 vehicles a year.", egypt) == {("EG", "MA")}
    # A sentence naming Morocco too: `local` may be Morocco's.
    assert pairs("Egyptian firms in Morocco lift local output to 400,000 vehicles a year.",
                 [*egypt, ("Morocco", "COUNTRY", "MA")]) == {("EG", "MA")}


def test_a_group_unit_named_by_a_foreign_country_stands_for_that_country():
    from econews.tasks.relations.partnerships import _unit_in

    assert _unit_in({"text": "Banque Sahélienne Togo", "country": "TG"})
    assert _unit_in({"text": "NBA-Ghana", "country": "GH"})
    assert not _unit_in({"text": "Velora Maroc", "country": "MA"})  # a subsidiary at home stays its group's
    assert not _unit_in({"text": "Velora Cables", "country": "ES"})


def test_occurrences_as_one_regex_of_the_names():
    """`_occurrences` finds what one regex of the names, longest first, finds."""
    import random
    import re

    from econews.tasks.relations.investments import _occurrences

    def reference(text, names):
        names = sorted({n for n in names if len(n) >= 3}, key=len, reverse=True)
        if not names:
            return []
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
        return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]

    rng = random.Random(1)
    words = ["OCP", "OCP Group", "Group", "aaa", "aa", "aaaa", "Renault", "Renault Maroc", "Maroc", "É1", "x_y", "(c)"]
    for _ in range(20000):
        names = rng.sample(words, rng.randint(0, 6))
        text = "".join(rng.choice(words + [" ", "-", "_", "é", "1", ".", "a", "\n"]) for _ in range(rng.randint(0, 12)))
        assert _occurrences(text, names) == reference(text, names), (text, names)


def test_countries_set_against_each_other_as_rivals_are_not_partners():
    text = ("Morocco competes with Egypt and Romania for nearshoring investment. Le Maroc a signé un accord de "
            "partenariat avec le Japon.")
    out = _doc(text, [("Morocco", "COUNTRY", "MA"), ("Egypt", "COUNTRY", "EG"), ("Romania", "COUNTRY", "RO"),
                      ("Maroc", "COUNTRY", "MA"), ("Japon", "COUNTRY", "JP")])
    assert _pairs_of(out) == {("JP", "MA")}


def test_two_countries_a_link_is_between_are_partners_wherever_the_article_is_about():
    from econews.tasks.relations.document import Doc
    from econews.tasks.relations.partnerships import partnerships
    from econews.tasks.sentences import sentence_spans

    text = ("Le Maroc accélère ses projets d'interconnexion. Le câble ELMED entre la Tunisie et l'Italie entrera en "
            "service en 2028.")
    ents = []
    for surface, code in (("Maroc", "MA"), ("Tunisie", "TN"), ("Italie", "IT")):
        start = text.index(surface)
        ents.append({"doc_id": "d", "start": start, "end": start + len(surface), "text": surface, "label": "COUNTRY",
                     "canonical": surface, "country": code})
    doc = Doc(doc_id="d", text=text, date=None, run_id=None, year="2026", spans=sentence_spans(text),
              entities=ents, metrics=[])
    pairs = {(r["country_a"], r["country_b"]) for r in partnerships(doc, [])}
    assert ("IT", "TN") in pairs
