"""Investments (issue 21): plain rules tested on small hand-made documents, no model, no Prefect.

Entities and figures are given as the entities and metrics stages would give them, so each
test shows one rule: who invests, under which name and nationality, with which amount and jobs.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from econews.schemas.investments import InvestmentsModel
from econews.tasks.relations import derive_relations
from econews.tasks.relations.companies import written_name
from econews.tasks.relations.document import Doc
from econews.tasks.sentences import sentence_spans

DOC_ID = "0123456789abcdef"


def _find(text: str, surface: str, pos: int) -> tuple[int, int]:
    start = text.index(surface, pos)
    return start, start + len(surface)


def _derive(text: str, entities: list[tuple], figures: list[tuple] = ()) -> pl.DataFrame:
    """Investments of one document. entities: (surface, label, country[, canonical]) left to
    right; figures: (surface, value, unit[, subject]) left to right."""
    rows, pos = [], 0
    for surface, label, country, *canonical in entities:
        start, pos = _find(text, surface, pos)
        rows.append({"doc_id": DOC_ID, "start": start, "end": pos, "text": surface, "label": label,
                     "canonical": canonical[0] if canonical else surface, "country": country})
    mets, pos = [], 0
    for surface, value, unit, *subject in figures:
        start, pos = _find(text, surface, pos)
        mets.append({"metric_id": f"m{start}", "doc_id": DOC_ID, "start": start, "end": pos, "text": surface,
                     "value": float(value), "unit": unit, "subject": subject[0] if subject else "unspecified",
                     "countries": []})
    documents = pl.DataFrame([{"doc_id": DOC_ID, "text": text, "event_date": dt.date(2024, 5, 2),
                               "published_at": None, "run_id": "r", "year": "2024"}])
    metrics = pl.DataFrame(mets) if mets else pl.DataFrame(schema={
        "metric_id": pl.Utf8, "doc_id": pl.Utf8, "start": pl.Int64, "end": pl.Int64, "text": pl.Utf8,
        "value": pl.Float64, "unit": pl.Utf8, "subject": pl.Utf8, "countries": pl.List(pl.Utf8)})
    out = derive_relations(documents, pl.DataFrame(rows), metrics)["investments"]
    InvestmentsModel.validate(out.with_columns(doc_text=pl.lit(text)))
    return out


def _one(out: pl.DataFrame) -> dict:
    assert out.height == 1, out.select("company", "project")
    return out.row(0, named=True)


def test_laying_the_first_stone_total_amount_and_direct_jobs():
    text = ("Le groupe sud-coréen Hanwa Motors a posé jeudi la première pierre de son usine à Tanger, un "
            "investissement global de 1,1 milliard de dirhams, dont 400 millions pour la première tranche.\n\n"
            "L'unité créera 1.800 emplois directs et 3.000 emplois indirects.")
    inv = _one(_derive(text, [("sud-coréen", "COUNTRY", "KR"), ("Hanwa Motors", "ORG", None), ("Tanger", "LOC", "MA")],
                       [("1,1 milliard de dirhams", 1.1e9, "MAD"), ("400 millions", 4e8, "MAD"),
                        ("1.800 emplois", 1800, "jobs"), ("3.000 emplois", 3000, "jobs")]))
    assert (inv["company"], inv["company_country"], inv["host_country"]) == ("Hanwa Motors", "KR", "MA")
    assert inv["stage"] == "under construction"
    assert (inv["amount"], inv["currency"]) == (1.1e9, "MAD")  # the total, not the first tranche
    assert inv["jobs"] == 1800  # direct jobs, from the sentence that refers back (`L'unité`)


def test_short_and_long_forms_are_one_company_named_as_written():
    text = ("Investissements chinois : ce que prévoit le groupe Sinolink à Tanger\n\n"
            "Le groupe chinois Sinolink New Energy a signé une convention pour la construction d'une usine. "
            "Le projet représente un investissement de 6,5 milliards de dirhams.")
    inv = _one(_derive(text, [("Sinolink", "ORG", None), ("Tanger", "LOC", "MA"), ("chinois", "COUNTRY", "CN"),
                              ("Sinolink New Energy", "ORG", None)], [("6,5 milliards de dirhams", 6.5e9, "MAD")]))
    assert (inv["company"], inv["company_country"], inv["amount"], inv["stage"]) == ("Sinolink New Energy", "CN", 6.5e9, "signed")


def test_names_without_cue_or_run_on_words_and_with_their_designator():
    def name(text: str, surface: str) -> str:
        start = text.index(surface)
        doc = Doc(DOC_ID, text, None, None, "2024", sentence_spans(text), [], [])
        return written_name(doc, start, start + len(surface))

    assert name("Le consortium formé par Tianqi Nova Materials et le fonds", "Tianqi Nova Materials et le") == "Tianqi Nova Materials"
    assert name("China's Huayu Power to build a plant", "Huayu Power to build") == "Huayu Power"
    assert name("a deal between Kessler Automotive and Germany' s bank", "Kessler Automotive and Germany'") == "Kessler Automotive"
    assert name("Le groupe OCP a annoncé", "groupe OCP") == "OCP"
    assert name("British company Xlinks First Ltd said", "Xlinks First") == "Xlinks First Ltd"
    assert name("Abu Dhabi-based Falaj Energy will invest", "Abu Dhabi-based Falaj Energy") == "Falaj Energy"


def test_nationality_cues():
    cases = [
        ("L'indien Tata Motors va construire une usine au Maroc.", [("indien", "COUNTRY", "IN"), ("Tata Motors", "ORG", None)], "IN"),
        ("Germany's Kessler will build a plant in Morocco.", [("Germany", "COUNTRY", "DE"), ("Kessler", "ORG", None)], "DE"),
        ("Le groupe turc Kaya Plastik va construire une usine.", [("turc", "COUNTRY", "TR"), ("Kaya Plastik", "ORG", None)], "TR"),
        # The cue before the name wins over the country its name says.
        ("Le fabricant japonais de faisceaux Sumiden Wiring Morocco ouvre une usine.",
         [("japonais", "COUNTRY", "JP"), ("Sumiden Wiring Morocco", "ORG", "MA")], "JP"),
        ("Turkish firms invest more. Textile group Ertan opened a plant.",
         [("Turkish", "COUNTRY", "TR"), ("Ertan", "ORG", None)], "TR"),
    ]
    for text, entities, country in cases:
        assert _one(_derive(text, entities))["company_country"] == country, text


def test_public_bodies_banks_and_financing_are_no_investment():
    text = ("La Banque européenne pour la reconstruction et le développement a accordé un prêt de 150 millions "
            "d'euros. Le Ministère de l'Industrie annonce que l'Agence japonaise de coopération va construire un port. "
            "KfW will provide a loan of 300 million euros, while Helios Wind will invest 1.2 billion euros in a plant.")
    out = _derive(text, [("Banque européenne pour la reconstruction et le développement", "ORG", "EU"),
                         ("Ministère de l'Industrie", "ORG", "MA"), ("Agence japonaise de coopération", "ORG", "JP"),
                         ("KfW", "ORG", "DE"), ("Helios Wind", "ORG", "DE")],
                  [("150 millions d'euros", 1.5e8, "EUR", "loan"), ("300 million euros", 3e8, "EUR", "loan"),
                   ("1.2 billion euros", 1.2e9, "EUR", "loan")])
    inv = _one(out)
    assert (inv["company"], inv["amount"]) == ("Helios Wind", 1.2e9)  # the loan is in KfW's clause


def test_customers_suppliers_and_mere_presence_are_no_investors():
    text = ("Le groupe espagnol Ferral a posé la première pierre de son usine. Le site fournira l'usine Stellantis de Kénitra. "
            "Plus de 300 entreprises allemandes sont implantées au Maroc, dont l'équipementier Bosch.")
    out = _derive(text, [("espagnol", "COUNTRY", "ES"), ("Ferral", "ORG", None), ("Stellantis", "ORG", "NL"),
                         ("Kénitra", "LOC", "MA"), ("allemandes", "COUNTRY", "DE"), ("Maroc", "COUNTRY", "MA"),
                         ("Bosch", "ORG", None)])
    assert out["company"].to_list() == ["Ferral"]


def test_parent_and_joint_venture_partners_fold_into_one_row():
    text = ("La société Aérostructures Atlas SA, détenue par le groupe Latécoère, agrandit son usine pour 45 M€. "
            "Le groupe OCP et l'indien Paradeep ont annoncé une coentreprise pour une usine de 2,8 milliards de dirhams.")
    out = _derive(text, [("Aérostructures Atlas SA", "ORG", None), ("Latécoère", "ORG", "FR"), ("groupe OCP", "ORG", "MA", "OCP Group"),
                         ("indien", "COUNTRY", "IN"), ("Paradeep", "ORG", None)],
                  [("45 M€", 4.5e7, "EUR"), ("2,8 milliards de dirhams", 2.8e9, "MAD")])
    rows = {r["company"]: r for r in out.iter_rows(named=True)}
    assert set(rows) == {"Aérostructures Atlas SA", "OCP"}
    assert rows["Aérostructures Atlas SA"]["company_country"] == "FR"  # its parent's, having none of its own
    assert (rows["OCP"]["company_country"], rows["OCP"]["amount"]) == ("MA", 2.8e9)


def test_amount_not_a_conversion_flow_or_tranche_jobs_not_the_group_total():
    text = ("French carmaker Renault will raise output at its Tangier plant, investing 2 billion dirhams ($201 million). "
            "The group employs around 11,000 people in Morocco and buys parts worth 2.5 billion euros a year. "
            "The minister said the expansion would create 1,500 direct jobs.")
    inv = _one(_derive(text, [("French", "COUNTRY", "FR"), ("Renault", "ORG", "FR"), ("Tangier", "LOC", "MA")],
                       [("2 billion dirhams", 2e9, "MAD"), ("$201 million", 2.01e8, "USD"), ("11,000 people", 11000, "jobs"),
                        ("2.5 billion euros", 2.5e9, "EUR"), ("1,500 direct jobs", 1500, "jobs")]))
    assert (inv["amount"], inv["currency"], inv["jobs"]) == (2e9, "MAD", 1500)


def test_joined_headcounts_are_added_kinds_of_jobs_are_not():
    text = "Le japonais Sumiden ouvre une usine à Kénitra. Le site recrutera 900 opérateurs et 90 ingénieurs."
    inv = _one(_derive(text, [("japonais", "COUNTRY", "JP"), ("Sumiden", "ORG", None), ("Kénitra", "LOC", "MA")],
                       [("900 opérateurs", 900, "count"), ("90 ingénieurs", 90, "jobs")]))
    assert inv["jobs"] == 990
    text = "Chinese maker Sunvolt will build a plant. The plant will create 1,200 direct jobs and 3,500 indirect jobs."
    inv = _one(_derive(text, [("Chinese", "COUNTRY", "CN"), ("Sunvolt", "ORG", None)],
                       [("1,200 direct jobs", 1200, "jobs"), ("3,500 indirect jobs", 3500, "jobs")]))
    assert inv["jobs"] == 1200


def test_a_new_topic_or_another_nationality_ends_the_sentences_about_a_company():
    text = ("L'équipementier italien Brevi investira 250 millions de dirhams dans une usine. L'unité emploiera 700 personnes. "
            "De son côté, le japonais Okada a signé une convention. Le groupe nippon prévoit de créer 450 emplois directs.")
    # `Okada` is no entity row here (the entities stage missed it): its figures still do not go to Brevi.
    inv = _one(_derive(text, [("italien", "COUNTRY", "IT"), ("Brevi", "ORG", None), ("japonais", "COUNTRY", "JP"),
                              ("nippon", "COUNTRY", "JP")],
                       [("250 millions de dirhams", 2.5e8, "MAD"), ("700 personnes", 700, "jobs"),
                        ("450 emplois", 450, "jobs")]))
    assert (inv["company"], inv["amount"], inv["jobs"]) == ("Brevi", 2.5e8, 700)


def test_a_sentence_of_investment_opening_on_words_that_refer_to_the_company_named_before_is_its():
    text = ("Le groupe Safran reste le premier employeur étranger de la filière, avec 4.800 salariés. "
            "Le motoriste français a inauguré en juin à Nouaceur une usine de 1,3 milliard de dirhams.")
    inv = _one(_derive(text, [("Safran", "ORG", "FR"), ("Nouaceur", "LOC", "MA")],
                       [("4.800 salariés", 4800, "jobs"), ("1,3 milliard de dirhams", 1.3e9, "MAD")]))
    assert (inv["company"], inv["amount"], inv["currency"]) == ("Safran", 1.3e9, "MAD")
    # Words with another nationality speak of another company.
    text = ("Le groupe espagnol Antolin reste le premier employeur de la zone, avec 4.800 salariés. "
            "Le groupe nippon prévoit un investissement de 40 millions d'euros à Kénitra.")
    out = _derive(text, [("espagnol", "COUNTRY", "ES"), ("Antolin", "ORG", None), ("nippon", "COUNTRY", "JP"),
                         ("Kénitra", "LOC", "MA")],
                  [("4.800 salariés", 4800, "jobs"), ("40 millions d'euros", 4e7, "EUR")])
    assert "Antolin" not in out["company"].to_list()


def test_money_a_company_will_spend_or_commit_is_its_investment():
    text = "Doha-based Al Rayyan Holding said on Monday it would spend 9.5 billion dirhams on five hotels in Marrakech."
    inv = _one(_derive(text, [("Doha", "LOC", "QA"), ("Al Rayyan Holding", "ORG", None), ("Marrakech", "LOC", "MA")],
                       [("9.5 billion dirhams", 9.5e9, "MAD")]))
    assert (inv["company"], inv["amount"]) == ("Al Rayyan Holding", 9.5e9)
    text = "Le groupe Akdital dépensera 600 millions de dirhams dans trois cliniques à Agadir."
    inv = _one(_derive(text, [("Akdital", "ORG", "MA"), ("Agadir", "LOC", "MA")], [("600 millions de dirhams", 6e8, "MAD")]))
    assert (inv["company"], inv["amount"]) == ("Akdital", 6e8)
    text = "Le chinois Jiangsu Lüneng Hydrogen engagera quelque 3,2 milliards de dollars dans une unité de méthanol vert."
    inv = _one(_derive(text, [("chinois", "COUNTRY", "CN"), ("Jiangsu Lüneng Hydrogen", "ORG", None)],
                       [("3,2 milliards de dollars", 3.2e9, "USD")]))
    assert (inv["company"], inv["amount"]) == ("Jiangsu Lüneng Hydrogen", 3.2e9)


def test_figures_said_respectively_go_to_the_investors_in_their_order():
    text = ("China's Longhai Hydrogen Technology and Spain's Iberagua Renovables will invest $6.2 billion "
            "and $4.8 billion, respectively, in green hydrogen plants near Dakhla.")
    out = _derive(text, [("China", "COUNTRY", "CN"), ("Longhai Hydrogen Technology", "ORG", None), ("Spain", "COUNTRY", "ES"),
                         ("Iberagua Renovables", "ORG", None), ("Dakhla", "LOC", "MA")],
                  [("$6.2 billion", 6.2e9, "USD"), ("$4.8 billion", 4.8e9, "USD")])
    assert {r["company"]: r["amount"] for r in out.to_dicts()} == {
        "Longhai Hydrogen Technology": 6.2e9, "Iberagua Renovables": 4.8e9}


def test_analysts_and_funders_named_in_an_investment_sentence_are_no_investors():
    text = "Analysts at CDG Capital expect battery projects worth MAD 80 billion to be built in Morocco by 2030."
    out = _derive(text, [("CDG Capital", "ORG", "MA"), ("Morocco", "COUNTRY", "MA")], [("MAD 80 billion", 8e10, "MAD")])
    assert "CDG Capital" not in out["company"].to_list()
    text = ("The first phase of the plant, worth €700m, will be financed with support from the European Investment "
            "Bank and Denmark's export credit agency EIFO, the developer said.")
    out = _derive(text, [("European Investment Bank", "ORG", None), ("Denmark", "COUNTRY", "DK"), ("EIFO", "ORG", "DK")],
                  [("€700m", 7e8, "EUR")])
    assert "EIFO" not in out["company"].to_list()


def test_a_list_of_customers_and_an_investor_introduced_by_pour():
    text = ("Un nouveau site de production pour l'équipementier américain Lear Corporation sera construit à Tanger "
            "pour 85 millions de dollars. L'usine produira des housses pour Renault et Stellantis et emploiera 1.100 personnes.")
    inv = _one(_derive(text, [("américain", "COUNTRY", "US"), ("Lear Corporation", "ORG", "US", "Lear"), ("Tanger", "LOC", "MA"),
                              ("Renault", "ORG", "FR"), ("Stellantis", "ORG", "NL")],
                       [("85 millions de dollars", 8.5e7, "USD"), ("1.100 personnes", 1100, "jobs")]))
    assert (inv["company"], inv["company_country"], inv["amount"], inv["jobs"]) == ("Lear Corporation", "US", 8.5e7, 1100)
    assert inv["stage"] == "announced"  # `sera construit`: a stage in the future is announced


def test_a_french_name_ending_in_lower_case_words_stays_whole():
    text = "Parmi eux figure l'extension de l'usine de la Société marocaine de pneumatiques à Berrechid."
    inv = _one(_derive(text, [("Société marocaine de pneumatiques", "ORG", "MA"), ("Berrechid", "LOC", "MA")]))
    assert (inv["company"], inv["place"]) == ("Société marocaine de pneumatiques", "Berrechid")


def test_a_conversion_after_soit_and_an_english_parent_with_its_country():
    text = ("Kaizen Parts Morocco, a subsidiary of Japan's Kaizen Holdings, will build a plant in Tangier for 1,5 milliard "
            "de dirhams, soit 140 millions d'euros.")
    inv = _one(_derive(text, [("Kaizen Parts Morocco", "ORG", "MA"), ("Japan", "COUNTRY", "JP"),
                              ("Kaizen Holdings", "ORG", None), ("Tangier", "LOC", "MA")],
                       [("1,5 milliard de dirhams", 1.5e9, "MAD"), ("140 millions d'euros", 1.4e8, "EUR")]))
    assert (inv["company"], inv["amount"], inv["currency"]) == ("Kaizen Parts Morocco", 1.5e9, "MAD")
    assert inv["company_country"] == "JP"  # its parent's cue, before the country its name holds


def test_an_organisation_that_invests_is_a_company_without_any_other_cue():
    text = "Yazaki a inauguré mardi sa cinquième usine à Kénitra, qui emploiera 1.500 personnes."
    inv = _one(_derive(text, [("Yazaki", "ORG", None), ("Kénitra", "LOC", "MA")], [("1.500 personnes", 1500, "jobs")]))
    assert (inv["company"], inv["jobs"], inv["stage"], inv["host_country"]) == ("Yazaki", 1500, "inaugurated", "MA")
    # A public body doing the same is still none.
    assert _derive("L'ONEE a inauguré une centrale à Safi.", [("ONEE", "ORG", None), ("Safi", "LOC", "MA")]).height == 0


def test_a_legal_form_with_punctuation_stays_with_the_name_and_alone_is_no_investor():
    text = ("Le groupe chinois Weihai Ocean Shipping Co., Ltd investira 300 millions de dollars dans un terminal à Nador.")
    out = _derive(text, [("chinois", "COUNTRY", "CN"), ("Weihai Ocean Shipping Co", "ORG", "CN", "Weihai Ocean Shipping"),
                         ("Ltd", "ORG", None), ("Nador", "LOC", "MA")], [("300 millions de dollars", 3e8, "USD")])
    inv = _one(out)
    assert (inv["company"], inv["company_country"], inv["amount"]) == ("Weihai Ocean Shipping Co., Ltd", "CN", 3e8)


def test_a_company_named_in_passing_as_an_earlier_investor_is_none():
    text = ("Le japonais Morimoto Seiki va construire une usine de 40 millions d'euros à Tanger, comme Yazumi avant lui. "
            "Le fabricant Kanto Wires, qui avait investi en 2019 dans la même zone, y emploie 900 personnes.")
    out = _derive(text, [("japonais", "COUNTRY", "JP"), ("Morimoto Seiki", "ORG", None), ("Tanger", "LOC", "MA"),
                         ("Yazumi", "ORG", "JP"), ("Kanto Wires", "ORG", None)],
                  [("40 millions d'euros", 4e7, "EUR"), ("900 personnes", 900, "jobs")])
    assert out["company"].to_list() == ["Morimoto Seiki"]
    text = ("Korea's Hanul Cells will build a $200 million plant in Kenitra, joining Yazumi, already present in the zone.")
    out = _derive(text, [("Korea", "COUNTRY", "KR"), ("Hanul Cells", "ORG", None), ("Kenitra", "LOC", "MA"),
                         ("Yazumi", "ORG", "JP")], [("$200 million", 2e8, "USD")])
    assert out["company"].to_list() == ["Hanul Cells"]


def test_an_earlier_investor_that_invests_again_is_one():
    text = "L'allemand Kanto Wires, qui avait investi en 2019 à Kénitra, va investir 30 millions d'euros à Tanger."
    inv = _one(_derive(text, [("allemand", "COUNTRY", "DE"), ("Kanto Wires", "ORG", None), ("Kénitra", "LOC", "MA"),
                              ("Tanger", "LOC", "MA")], [("30 millions d'euros", 3e7, "EUR")]))
    assert (inv["company"], inv["amount"]) == ("Kanto Wires", 3e7)


def test_jobs_in_a_later_sentence_and_a_bare_headcount():
    text = ("Le consortium formé par le groupe émirati Sahel Water et le marocain Oued Hydro a signé la concession de "
            "la station de dessalement de Dakhla, un projet de 2 milliards de dirhams. La station produira 30 millions de m3. "
            "Le chantier mobilisera 700 personnes, puis 60 emplois permanents.")
    out = _derive(text, [("émirati", "COUNTRY", "AE"), ("Sahel Water", "ORG", None), ("marocain", "COUNTRY", "MA"),
                         ("Oued Hydro", "ORG", None), ("Dakhla", "LOC", "MA")],
                  [("2 milliards de dirhams", 2e9, "MAD"), ("30 millions de m3", 3e7, "m3"), ("700 personnes", 700, "jobs"),
                   ("60 emplois", 60, "jobs")])
    inv = _one(out)
    assert (inv["company"], inv["amount"], inv["jobs"]) == ("Sahel Water", 2e9, 60)  # permanent jobs, `Le chantier` refers back
    text = "Hanul Cells will invest $200 million in a plant in Kenitra with a workforce of 400, rising to 600 by 2027."
    inv = _one(_derive(text, [("Hanul Cells", "ORG", "KR"), ("Kenitra", "LOC", "MA")],
                       [("$200 million", 2e8, "USD"), ("400", 400, "count"), ("600", 600, "count")]))
    assert inv["jobs"] == 400


def test_creating_jobs_is_an_investment_word():
    text = ("Plusieurs investisseurs étrangers renforcent leur présence. L'espagnol Conservas del Estrecho prévoit "
            "d'y créer 500 emplois saisonniers.")
    inv = _one(_derive(text, [("espagnol", "COUNTRY", "ES"), ("Conservas del Estrecho", "ORG", "ES")],
                       [("500 emplois", 500, "jobs")]))
    assert (inv["company"], inv["company_country"], inv["jobs"]) == ("Conservas del Estrecho", "ES", 500)


def test_an_earlier_investor_told_with_its_own_amount_is_one_with_that_amount():
    text = ("Le fabricant turc Akdeniz Dokuma a inauguré lundi une usine de 35 millions d'euros à Fès. Le groupe "
            "rejoint ainsi son compatriote Ertug Tekstil, qui avait investi 20 millions d'euros à Tanger en 2019.\n\n"
            "Le groupe chinois Zhenshi Composites avait investi 100 millions de dollars à Tanger en 2018.")
    out = _derive(text, [("turc", "COUNTRY", "TR"), ("Akdeniz Dokuma", "ORG", None), ("Fès", "LOC", "MA"),
                         ("Ertug Tekstil", "ORG", "TR"), ("Tanger", "LOC", "MA"), ("chinois", "COUNTRY", "CN"),
                         ("Zhenshi Composites", "ORG", None), ("Tanger", "LOC", "MA")],
                  [("35 millions d'euros", 3.5e7, "EUR"), ("20 millions d'euros", 2e7, "EUR"),
                   ("100 millions de dollars", 1e8, "USD")])
    rows = {r["company"]: (r["amount"], r["currency"]) for r in out.to_dicts()}
    assert rows["Akdeniz Dokuma"] == (3.5e7, "EUR")
    assert rows["Ertug Tekstil"] == (2e7, "EUR")  # the annotators' reading: an investment the article reports


def test_companies_named_after_after_or_coordinated_before_an_earlier_investors_aside():
    text = ("Chinese battery maker Lanshan Power will invest $1.3 billion in a gigafactory in Kenitra, after Qiyuan "
            "Materials and Shinhwa Cells, which had announced plants in Tangier earlier this year.")
    out = _derive(text, [("Chinese", "COUNTRY", "CN"), ("Lanshan Power", "ORG", None), ("Kenitra", "LOC", "MA"),
                         ("Qiyuan Materials", "ORG", "CN"), ("Shinhwa Cells", "ORG", "KR"), ("Tangier", "LOC", "MA")],
                  [("$1.3 billion", 1.3e9, "USD")])
    assert out["company"].to_list() == ["Lanshan Power"]


def test_a_nationality_in_an_apposition_after_the_name():
    text = ("Kawabe Tanaka plans to build a $60 million factory in Kenitra. Kawabe Tanaka, a Japanese auto parts "
            "supplier, said the plant would employ 900 workers.")
    inv = _one(_derive(text, [("Kawabe Tanaka", "ORG", None), ("Kenitra", "LOC", "MA"), ("Kawabe Tanaka", "ORG", None),
                              ("Japanese", "COUNTRY", "JP")], [("$60 million", 6e7, "USD"), ("900 workers", 900, "jobs")]))
    assert (inv["company"], inv["company_country"], inv["amount"], inv["jobs"]) == ("Kawabe Tanaka", "JP", 6e7, 900)


def test_a_nationality_cue_stays_in_the_names_noun_phrase():
    # `Morocco's industry ministry said on Tuesday`: a verb and a preposition end the phrase, so
    # `Tuesday` (read as an organisation) gets no cue and is no company.
    text = ("Korean battery maker Hanul Cells will invest $1 billion in a plant in Kenitra, Morocco's industry "
            "ministry said on Tuesday.")
    out = _derive(text, [("Korean", "COUNTRY", "KR"), ("Hanul Cells", "ORG", None), ("Kenitra", "LOC", "MA"),
                         ("Morocco", "COUNTRY", "MA"), ("Tuesday", "ORG", None)], [("$1 billion", 1e9, "USD")])
    assert out["company"].to_list() == ["Hanul Cells"]


def test_the_company_whose_shares_are_bought_is_no_investor():
    text = ("Le fonds émirien Gulf Horizon Capital investira 2 milliards de dirhams au Maroc. Suivent une plateforme "
            "logistique, pour 1 milliard de dirhams, et une prise de participation de 30% dans la société Atlas "
            "Dessalement, qui exploite une usine près d'Agadir.")
    out = _derive(text, [("émirien", "COUNTRY", "AE"), ("Gulf Horizon Capital", "ORG", None), ("Maroc", "COUNTRY", "MA"),
                         ("Atlas Dessalement", "ORG", None), ("Agadir", "LOC", "MA")],
                  [("2 milliards de dirhams", 2e9, "MAD"), ("1 milliard de dirhams", 1e9, "MAD")])
    assert out["company"].to_list() == ["Gulf Horizon Capital"]


def test_a_verbless_sentence_that_sums_up_the_project_refers_back():
    text = ("Le fabricant chinois Lanxi Power a signé une convention pour implanter une usine à Kénitra. Un projet de "
            "5 milliards de dirhams, qui doit créer 1 200 emplois directs.\n\nLe groupe emploie 30.000 personnes.")
    inv = _one(_derive(text, [("chinois", "COUNTRY", "CN"), ("Lanxi Power", "ORG", None), ("Kénitra", "LOC", "MA")],
                       [("5 milliards de dirhams", 5e9, "MAD"), ("1 200 emplois", 1200, "jobs"),
                        ("30.000 personnes", 30000, "jobs")]))
    assert (inv["amount"], inv["jobs"]) == (5e9, 1200)


def test_the_owner_of_a_plant_named_for_its_output_is_no_investor():
    text = ("Le marocain Atlas Sièges va investir 200 millions de dirhams dans une usine à Kénitra. L'usine Stellantis "
            "de Kénitra a expédié 71.400 véhicules, et celle de la Somaca à Casablanca a produit 40.000 voitures. The "
            "kingdom built 559,000 vehicles at the Renault plants, while factories operated by Ford Otosan, "
            "Oyak-Renault and Toyota produced 1.36 million vehicles.")
    out = _derive(text, [("marocain", "COUNTRY", "MA"), ("Atlas Sièges", "ORG", None), ("Kénitra", "LOC", "MA"),
                         ("Stellantis", "ORG", "NL"), ("Kénitra", "LOC", "MA"), ("Somaca", "ORG", "MA"),
                         ("Casablanca", "LOC", "MA"), ("Renault", "ORG", "FR"), ("Ford Otosan", "ORG", None),
                         ("Oyak", "ORG", None), ("Renault", "ORG", "FR"), ("Toyota", "ORG", "JP")],
                  [("200 millions de dirhams", 2e8, "MAD")])
    assert out["company"].to_list() == ["Atlas Sièges"]


def test_an_investment_word_counts_in_its_own_clause_only():
    # Togg is named beside `plants`, but in the clause after `while`; the 35 millions are the
    # first clause's (an acquisition by a firm that makes no investment here), not Frutas's.
    text = ("Chinese battery makers have announced several plants in Morocco, while Turkey is relying on its "
            "national carmaker Togg. Le péruvien Andes Farms a repris 400 hectares pour 35 millions de dollars, "
            "tandis que l'espagnol Frutas del Sur prévoit d'y créer 2.000 emplois.")
    out = _derive(text, [("Chinese", "COUNTRY", "CN"), ("Morocco", "COUNTRY", "MA"), ("Turkey", "COUNTRY", "TR"),
                         ("Togg", "ORG", "TR"), ("péruvien", "COUNTRY", "PE"), ("Andes Farms", "ORG", None),
                         ("espagnol", "COUNTRY", "ES"), ("Frutas del Sur", "ORG", None)],
                  [("35 millions de dollars", 3.5e7, "USD"), ("2.000 emplois", 2000, "jobs")])
    inv = _one(out)
    assert (inv["company"], inv["amount"], inv["jobs"]) == ("Frutas del Sur", None, 2000)


def test_names_listed_after_a_plural_company_noun_are_companies_and_a_presence_to_come_is_an_investment():
    text = ("La plus importante concerne l'usine du groupe coréen Hanul Materials, pour 6 milliards de dirhams. Deux "
            "équipementiers automobiles, Daesan Parts et Seoryung Electric, s'installeront par ailleurs à Kénitra.")
    out = _derive(text, [("coréen", "COUNTRY", "KR"), ("Hanul Materials", "ORG", None), ("Daesan Parts", "ORG", None),
                         ("Seoryung Electric", "ORG", None), ("Kénitra", "LOC", "MA")],
                  [("6 milliards de dirhams", 6e9, "MAD")])
    rows = {r["company"]: r["company_country"] for r in out.iter_rows(named=True)}
    assert rows == {"Hanul Materials": "KR", "Daesan Parts": "KR", "Seoryung Electric": "KR"}


def test_coordinated_subjects_short_forms_and_assets():
    # The figure after `X and Moroccan developer Y signed` is the lead's (X); `Zeewerk` later is
    # X's short form; what X owns (`total assets of €19.4 billion`) is no investment.
    text = ("Dutch energy group Zeewerk Energie and Moroccan developer Atlas Nour Energies signed an agreement for a "
            "green hydrogen complex, with an estimated investment of €4.6 billion.\n\nZeewerk, which reported total "
            "assets of €19.4 billion, will hold a 60% stake in the project company alongside Atlas Nour. The complex "
            "will create about 700 permanent jobs.")
    out = _derive(text, [("Dutch", "COUNTRY", "NL"), ("Zeewerk Energie", "ORG", None), ("Moroccan", "COUNTRY", "MA"),
                         ("Atlas Nour Energies", "ORG", None), ("Zeewerk", "ORG", None), ("Atlas Nour", "ORG", None)],
                  [("€4.6 billion", 4.6e9, "EUR"), ("€19.4 billion", 1.94e10, "EUR"), ("700 permanent jobs", 700, "jobs")])
    rows = {r["company"]: (r["amount"], r["jobs"]) for r in out.iter_rows(named=True)}
    assert rows["Zeewerk Energie"] == (4.6e9, 700)


def test_a_firm_based_in_a_city_has_its_country_and_a_buyer_or_a_plants_seller_is_no_investor():
    text = ("Abu Dhabi-based Nour Energy agreed to develop a $6.5 billion green hydrogen complex in southern Morocco. "
            "Hamburg-based Nordchem AG signed a preliminary agreement to buy 200,000 tons of ammonia a year from the plant.")
    inv = _one(_derive(text, [("Abu Dhabi", "LOC", "AE"), ("Nour Energy", "ORG", None), ("Morocco", "COUNTRY", "MA"),
                              ("Hamburg", "LOC", None), ("Nordchem AG", "ORG", None)],
                       [("$6.5 billion", 6.5e9, "USD"), ("200,000 tons", 2e5, "t")]))
    assert (inv["company"], inv["company_country"], inv["amount"]) == ("Nour Energy", "AE", 6.5e9)
    text = ("Il s'agit du premier investissement canadien dans l'aéronautique marocaine depuis la cession de l'usine "
            "de Bombardier à l'américain Spirit AeroSystems.")
    out = _derive(text, [("Bombardier", "ORG", None), ("américain", "COUNTRY", "US"), ("Spirit AeroSystems", "ORG", None)])
    assert "Bombardier" not in out["company"].to_list()


def test_a_companys_own_amount_comes_before_the_amount_of_two_projects_together():
    text = ("Le français Aerolis Industries et le canadien Nordair Composites ont signé leurs conventions d'investissement. "
            "Les deux projets, d'un montant global de 1,2 milliard de dirhams, seront implantés à Midparc.\n\n"
            "Aerolis Industries y consacre une enveloppe de 780 millions de dirhams pour bâtir une usine.\n\n"
            "Nordair Composites investit pour sa part 420 millions de dirhams dans une unité de fabrication.")
    out = _derive(text, [("français", "COUNTRY", "FR"), ("Aerolis Industries", "ORG", None), ("canadien", "COUNTRY", "CA"),
                         ("Nordair Composites", "ORG", None), ("Midparc", "LOC", None), ("Aerolis Industries", "ORG", None),
                         ("Nordair Composites", "ORG", None)],
                  [("1,2 milliard de dirhams", 1.2e9, "MAD"), ("780 millions de dirhams", 7.8e8, "MAD"),
                   ("420 millions de dirhams", 4.2e8, "MAD")])
    assert dict(zip(out["company"], out["amount"])) == {"Aerolis Industries": 7.8e8, "Nordair Composites": 4.2e8}


def test_a_company_noun_in_apposition_before_the_name_is_a_company_cue():
    text = ("The £22 billion project could supply electricity to 7 million British homes once completed, "
            "according to its developer, Xlinks.")
    inv = _one(_derive(text, [("British", "COUNTRY", "GB"), ("Xlinks", "ORG", None)], [("£22 billion", 22e9, "GBP")]))
    assert (inv["company"], inv["amount"]) == ("Xlinks", 22e9)


def test_a_unit_with_another_long_form_is_another_company_and_an_amount_before_its_programme_counts():
    text = ("Moroccan phosphate producer OCP Group shipped 2.4 million tonnes of fertilizers to India in 2024.\n\n"
            "\"India now takes 40% of our exports,\" said an executive at OCP Nutricrops, the group's fertilizer unit.\n\n"
            "OCP, which reported 2024 revenue of 97 billion dirhams, up 6%, is in the middle of a $13 billion green "
            "investment programme.")
    out = _derive(text, [("Moroccan", "COUNTRY", "MA"), ("OCP Group", "ORG", "MA", "OCP Group"),
                         ("OCP Nutricrops", "ORG", "MA", "OCP Group"), ("OCP", "ORG", "MA", "OCP Group")],
                  [("2.4 million tonnes", 2.4e6, "t"), ("40%", 40, "percent"), ("97 billion dirhams", 97e9, "MAD", "revenue"),
                   ("6%", 6, "percent"), ("$13 billion", 13e9, "USD", "revenue")])
    inv = _one(out)
    assert (inv["company"], inv["amount"], inv["currency"]) == ("OCP Group", 13e9, "USD")


def test_a_stock_exchange_or_a_statistics_bureau_is_no_company():
    from econews.tasks.relations.companies import is_institution

    assert is_institution("Lisbon Stock Exchange")
    assert is_institution("Bourse de Tunis")
    assert is_institution("Chilean Census Bureau")
    assert is_institution("Atlantic Free Zone Investment")  # a zone's developer hosts investors
    assert not is_institution("Velora Cables")


def test_a_landmark_an_incumbent_the_press_an_adviser_or_a_supplier_is_no_investor():
    text = ("Le chinois Hailong va investir 1,2 milliard de dollars dans une usine de batteries, à 15 km de l'usine "
            "Stellantis de Kénitra, a précisé à Atlas24 le directeur du projet. "
            "L'usine s'approvisionnera en acide phosphorique purifié auprès d'OCP, dont le complexe est voisin. "
            "Cet investissement conforte la plateforme, qui accueille déjà l'usine de Renault.")
    out = _derive(text, [("chinois", "COUNTRY", "CN"), ("Hailong", "ORG", None), ("Stellantis", "ORG", "NL"),
                         ("Kénitra", "LOC", "MA"), ("Atlas24", "ORG", None), ("OCP", "ORG", "MA"), ("Renault", "ORG", "FR")],
                  [("1,2 milliard de dollars", 1.2e9, "USD")])
    assert out["company"].to_list() == ["Hailong"]
    text = ("Turkish carmaker Togg will build a $2 billion plant some 15 kilometers from the Stellantis assembly plant, "
            "said an analyst at Lisbon-based consultancy Atlantico Advisory.")
    out = _derive(text, [("Turkish", "COUNTRY", "TR"), ("Togg", "ORG", None), ("Stellantis", "ORG", "NL"),
                         ("Lisbon", "LOC", "PT"), ("Atlantico Advisory", "ORG", None)], [("$2 billion", 2e9, "USD")])
    assert out["company"].to_list() == ["Togg"]


def test_the_moroccan_press_by_name_is_no_company():
    from econews.tasks.relations.companies import is_institution

    assert is_institution("Médias24") and is_institution("Medias24") and is_institution("Le360")
    assert not is_institution("Hailong")


def test_customers_listed_after_the_output_they_take_are_no_investors():
    text = ("Le japonais Sumiden a inauguré sa nouvelle unité de Kénitra, qui produira des faisceaux destinés aux "
            "constructeurs installés au Maroc et en Espagne, notamment Stellantis et Renault.")
    out = _derive(text, [("japonais", "COUNTRY", "JP"), ("Sumiden", "ORG", None), ("Kénitra", "LOC", "MA"),
                         ("Maroc", "COUNTRY", "MA"), ("Espagne", "COUNTRY", "ES"), ("Stellantis", "ORG", "NL"),
                         ("Renault", "ORG", "FR")])
    assert out["company"].to_list() == ["Sumiden"]


def test_owners_of_plants_coordinated_with_their_towns_are_a_presence():
    text = ("Les exportations de véhicules, assemblés dans les usines de Renault à Melloussa et de Stellantis à Kénitra, "
            "ont progressé.")
    out = _derive(text, [("Renault", "ORG", "FR"), ("Melloussa", "LOC", "MA"), ("Stellantis", "ORG", "NL"),
                         ("Kénitra", "LOC", "MA")])
    assert out.height == 0


def test_an_air_route_opened_is_no_investment_and_a_banks_results_are_no_amount():
    text = "Chinese arrivals jump 41% as Royal Air Maroc opens Beijing route with three weekly flights."
    out = _derive(text, [("Royal Air Maroc", "ORG", "MA")], [("41%", 41, "percent")])
    assert out.height == 0
    text = ("La banque marocaine a ouvert une filiale au Rwanda. Sa holding Atlas Group, implantée dans 17 pays, "
            "a généré un PNB de 4,3 milliards de DH au premier semestre.")
    out = _derive(text, [("Rwanda", "COUNTRY", "RW"), ("Atlas Group", "ORG", "MA")], [("4,3 milliards de DH", 4.3e9, "MAD")])
    assert out.height == 0 or out["amount"].to_list() == [None]


def test_who_trains_the_staff_is_no_investor():
    from econews.tasks.entities import extract_entities_batch
    from econews.tasks.metrics import extract_metrics_batch

    text = ("Éolien : l'allemand Nordwind Rotorblatt investit 110 millions d'euros à Tanger\n\n"
            "Le fabricant allemand de pales Nordwind Rotorblatt va construire une usine à Tanger Automotive City, un "
            "investissement de 110 millions d'euros. L'usine emploiera 750 personnes à son démarrage et 1.000 à "
            "l'horizon 2030, dont 15% d'ingénieurs et de techniciens formés par l'IFMEREE de Tanger. Il s'agit de la "
            "première implantation du groupe hors d'Europe.")
    documents = pl.DataFrame([{"doc_id": DOC_ID, "text": text, "language": "fr", "published_at": dt.date(2026, 3, 2),
                               "title": "t", "event_date": dt.date(2026, 3, 2), "run_id": "r", "year": "2026"}])
    entities = extract_entities_batch(documents.select("doc_id", "text", "language", "published_at"))
    assert "IFMEREE de Tanger" in entities["text"].to_list()  # an organisation, named where it trains
    relations = derive_relations(documents, entities, extract_metrics_batch(documents))
    assert relations["investments"]["company"].to_list() == ["Nordwind Rotorblatt"]


def test_the_owners_of_the_plants_an_output_goes_to_are_customers():
    text = ("Le coréen Kyungdo a inauguré son usine de Tanger, qui emploie 1.100 salariés. L'usine livre des sièges "
            "complets aux usines de Renault à Melloussa et de Stellantis à Kénitra. Ses jantes sont exportées vers "
            "l'Europe, où sont installées les usines de ses clients, notamment Toyota et Volkswagen.")
    out = _derive(text, [("coréen", "COUNTRY", "KR"), ("Kyungdo", "ORG", None), ("Tanger", "LOC", "MA"),
                         ("Renault", "ORG", "FR"), ("Melloussa", "LOC", "MA"), ("Stellantis", "ORG", "NL"),
                         ("Kénitra", "LOC", "MA"), ("Europe", "LOC", None), ("Toyota", "ORG", "JP"),
                         ("Volkswagen", "ORG", "DE")], [("1.100 salariés", 1100, "jobs")])
    assert out["company"].to_list() == ["Kyungdo"]
    text = ("South Korea's Hanseong Autotech will build a $120 million plant in Kenitra. About 45% of production will go "
            "to Renault and Stellantis plants in Morocco. Most cars leave the port after assembly at Renault's plant in "
            "Tangier.")
    out = _derive(text, [("South Korea", "COUNTRY", "KR"), ("Hanseong Autotech", "ORG", None), ("Kenitra", "LOC", "MA"),
                         ("Renault", "ORG", "FR"), ("Stellantis", "ORG", "NL"), ("Morocco", "COUNTRY", "MA"),
                         ("Renault", "ORG", "FR"), ("Tangier", "LOC", "MA")], [("$120 million", 120e6, "USD")])
    assert out["company"].to_list() == ["Hanseong Autotech"]


def test_a_company_named_in_passing_with_no_figure_and_no_stage_is_no_investor():
    text = ("Le coréen Hanul a inauguré mardi son usine de Kénitra, qui emploiera 800 personnes.\n\n"
            "Le site fournira des pièces aux constructeurs.\n\n"
            "Dans la région, le groupe Toyota investit dans la formation des jeunes.")
    out = _derive(text, [("coréen", "COUNTRY", "KR"), ("Hanul", "ORG", None), ("Kénitra", "LOC", "MA"),
                         ("Toyota", "ORG", "JP")], [("800 personnes", 800, "jobs")])
    assert out["company"].to_list() == ["Hanul"]
    # a move to come keeps its row, wherever it is told
    text = ("Le coréen Hanul a inauguré mardi son usine de Kénitra, qui emploiera 800 personnes.\n\n"
            "Le site fournira des pièces aux constructeurs.\n\n"
            "Deux équipementiers, Daeyang Auto Parts et Seojin Electric, s'installeront par ailleurs à Tanger.")
    out = _derive(text, [("coréen", "COUNTRY", "KR"), ("Hanul", "ORG", None), ("Kénitra", "LOC", "MA"),
                         ("Daeyang Auto Parts", "ORG", None), ("Seojin Electric", "ORG", None), ("Tanger", "LOC", "MA")],
                  [("800 personnes", 800, "jobs")])
    assert sorted(out["company"].to_list()) == ["Daeyang Auto Parts", "Hanul", "Seojin Electric"]
    # named in the lead, it keeps its row
    text = "Le groupe Toyota investit au Maroc.\n\nLe constructeur japonais y forme des jeunes."
    out = _derive(text, [("Toyota", "ORG", "JP"), ("Maroc", "COUNTRY", "MA"), ("japonais", "COUNTRY", "JP")])
    assert out["company"].to_list() == ["Toyota"]


def test_a_company_the_home_press_names_with_no_nationality_is_a_home_company():
    text = "Le groupe Nourane Agro investira 120 millions de dirhams dans une usine à Berkane, au Maroc."
    out = _derive(text, [("Nourane Agro", "ORG", None), ("Berkane", "LOC", "MA"), ("Maroc", "COUNTRY", "MA")],
                  [("120 millions de dirhams", 120e6, "MAD")])
    assert _one(out)["company_country"] == "MA"


def test_a_plural_demonstrative_or_a_hotel_refers_back_to_the_investment():
    text = ("Le groupe hôtelier espagnol Hoteles Alcora a annoncé l'ouverture de trois établissements à Marrakech, "
            "pour un investissement de 1,1 milliard de DH. Ces hôtels, d'une capacité totale de 1.450 lits, "
            "emploieront 900 personnes.")
    out = _derive(text, [("espagnol", "COUNTRY", "ES"), ("Hoteles Alcora", "ORG", None), ("Marrakech", "LOC", "MA")],
                  [("1,1 milliard de DH", 1.1e9, "MAD"), ("1.450 lits", 1450, "count"), ("900 personnes", 900, "jobs")])
    assert _one(out)["jobs"] == 900


def test_a_cumulative_or_an_fdi_flow_is_no_companys_amount():
    text = ("Le chinois Dongrun a inauguré à Tanger une usine de jantes de 1,8 milliard de DH. Avec ce projet, la zone "
            "compte 62 entreprises, pour un investissement cumulé de 16 milliards de dirhams.")
    out = _derive(text, [("chinois", "COUNTRY", "CN"), ("Dongrun", "ORG", None), ("Tanger", "LOC", "MA")],
                  [("1,8 milliard de DH", 1.8e9, "MAD"), ("62 entreprises", 62, "count"),
                   ("16 milliards de dirhams", 16e9, "MAD")])
    assert _one(out)["amount"] == 1.8e9


def test_an_event_a_confederation_or_a_development_financier_is_no_investor():
    text = ("Kansai Densen will invest $120 million in a plant in Kenitra. The announcement comes before the Tokyo "
            "International Conference on African Development, where Rabat hopes to attract $2 billion of investment. "
            "The U.S. International Development Finance Corporation will invest $50 million in the project, and the "
            "General Confederation of Moroccan Enterprises will invest time in training.")
    out = _derive(text, [("Kansai Densen", "ORG", "JP"), ("Kenitra", "LOC", "MA"),
                         ("Tokyo International Conference on African Development", "ORG", "JP"), ("Rabat", "LOC", "MA"),
                         ("U.S. International Development Finance Corporation", "ORG", "US"),
                         ("General Confederation of Moroccan Enterprises", "ORG", "MA")],
                  [("$120 million", 120e6, "USD"), ("$2 billion", 2e9, "USD"), ("$50 million", 50e6, "USD")])
    assert out["company"].to_list() == ["Kansai Densen"]


def test_a_place_after_projet_de_is_where_the_project_stands_not_its_name():
    text = ("Le projet de Dakhla, porté par le français Alizés Hydrogène, représente un investissement de 32 milliards "
            "de dirhams. Le projet Noor Midelt mobilisera 8 milliards de dirhams.")
    out = _derive(text, [("Dakhla", "LOC", "MA"), ("français", "COUNTRY", "FR"), ("Alizés Hydrogène", "ORG", None),
                         ("Noor Midelt", "LOC", "MA")],
                  [("32 milliards de dirhams", 32e9, "MAD"), ("8 milliards de dirhams", 8e9, "MAD")])
    assert "Dakhla" not in out["project"].to_list()
    assert "Noor Midelt" in out["project"].to_list()
    assert "Alizés Hydrogène" in out["company"].to_list()


def test_a_workforce_a_company_already_employs_is_no_investment():
    text = ("Le groupe indien Aequs investira 1 milliard de DH à Midparc.\n\nL'usine produira des pièces de moteurs."
            "\n\nLa zone accueille déjà plusieurs investisseurs étrangers, dont le motoriste français Safran, qui y "
            "emploie 2.300 personnes.")
    out = _derive(text, [("indien", "COUNTRY", "IN"), ("Aequs", "ORG", None), ("Midparc", "LOC", "MA"),
                         ("français", "COUNTRY", "FR"), ("Safran", "ORG", None)],
                  [("1 milliard de DH", 1e9, "MAD"), ("2.300 personnes", 2300, "jobs")])
    assert out["company"].to_list() == ["Aequs"]
    # jobs an investment creates keep the company
    text = "Le motoriste français Safran recrutera 2.300 personnes à Midparc."
    out = _derive(text, [("français", "COUNTRY", "FR"), ("Safran", "ORG", None), ("Midparc", "LOC", "MA")],
                  [("2.300 personnes", 2300, "jobs")])
    assert out["company"].to_list() == ["Safran"]


def test_the_group_is_named_rather_than_its_home_subsidiary_and_both_make_one_row():
    text = ("Le chinois BYD va construire une usine à Kénitra. BYD Maroc investira 2,6 milliards de dirhams et "
            "recrutera 2.500 personnes.")
    out = _derive(text, [("chinois", "COUNTRY", "CN"), ("BYD", "ORG", "CN"), ("Kénitra", "LOC", "MA"),
                         ("BYD Maroc", "ORG", "MA")],
                  [("2,6 milliards de dirhams", 2.6e9, "MAD"), ("2.500 personnes", 2500, "jobs")])
    row = _one(out)
    assert (row["company"], row["amount"], row["jobs"]) == ("BYD", 2.6e9, 2500)
    text = ("Hengtai Tyre Group a inauguré son usine de Tanger Tech. Hengtai Tyre Morocco emploiera 1.200 personnes "
            "pour un investissement de 3 milliards de dirhams.")
    out = _derive(text, [("Hengtai Tyre Group", "ORG", "CN"), ("Tanger Tech", "LOC", "MA"),
                         ("Hengtai Tyre Morocco", "ORG", "MA")],
                  [("1.200 personnes", 1200, "jobs"), ("3 milliards de dirhams", 3e9, "MAD")])
    assert out["company"].to_list() == ["Hengtai Tyre Group"]
    # a name that ends on `du Maroc` is no subsidiary's
    text = "Les Raffineries Sucrières du Maroc (RSM) investiront 800 millions de dirhams à Casablanca."
    out = _derive(text, [("Raffineries Sucrières du Maroc", "ORG", "MA"), ("RSM", "ORG", "MA", "Raffineries Sucrières du Maroc"),
                         ("Casablanca", "LOC", "MA")],
                  [("800 millions de dirhams", 800e6, "MAD")])
    assert out["company"].to_list() == ["Raffineries Sucrières du Maroc"]


def test_a_name_ending_on_a_trade_is_a_company_that_can_invest():
    text = ("A Kénitra, la gigafactory de batteries de Zhongke Power, d'un coût de 1,3 milliard de dollars, a démarré "
            "sa production en juin.")
    out = _derive(text, [("Kénitra", "LOC", "MA"), ("Zhongke Power", "ORG", None)], [("1,3 milliard de dollars", 1.3e9, "USD")])
    assert out["company"].to_list() == ["Zhongke Power"]


def test_money_committed_a_unit_opened_and_a_zone_developed_are_investment_words():
    text = ("Le développeur saoudien Rawaj Power engage 14,2 MMDH dans l'éolien au Maroc. Le groupe galicien Textil "
            "Miramar a annoncé l'ouverture d'une unité de confection à Tétouan.")
    out = _derive(text, [("saoudien", "COUNTRY", "SA"), ("Rawaj Power", "ORG", None), ("Maroc", "COUNTRY", "MA"),
                         ("galicien", "COUNTRY", "ES"), ("Textil Miramar", "ORG", None), ("Tétouan", "LOC", "MA")],
                  [("14,2 MMDH", 14.2e9, "MAD")])
    assert sorted(out["company"].to_list()) == ["Rawaj Power", "Textil Miramar"]
    text = ("Emirati ports operator Gulf Horizon Ports signed an agreement to develop and operate a logistics zone next "
            "to the Dakhla Atlantic port, in a deal worth $1.2 billion. Dutch seed company Zaadhof opened a "
            "12 million-euro breeding station in Agadir.")
    out = _derive(text, [("Emirati", "COUNTRY", "AE"), ("Gulf Horizon Ports", "ORG", None), ("Dakhla Atlantic", "LOC", "MA"),
                         ("Dutch", "COUNTRY", "NL"), ("Zaadhof", "ORG", None), ("Agadir", "LOC", "MA")],
                  [("$1.2 billion", 1.2e9, "USD"), ("12 million-euro", 12e6, "EUR")])
    assert sorted(out["company"].to_list()) == ["Gulf Horizon Ports", "Zaadhof"]


def test_a_name_without_the_home_region_it_opens_with_is_the_same_company():
    text = ("Chinese electric motor maker Ningbo Xinrui Drive Technology will invest $620 million in a plant near "
            "Kenitra. Xinrui said the plant would employ 2,300 people.")
    out = _derive(text, [("Chinese", "COUNTRY", "CN"), ("Ningbo Xinrui Drive Technology", "ORG", "CN"),
                         ("Kenitra", "LOC", "MA"), ("Xinrui", "ORG", "CN")],
                  [("$620 million", 620e6, "USD"), ("2,300 people", 2300, "jobs")])
    row = _one(out)
    assert (row["company"], row["amount"], row["jobs"]) == ("Ningbo Xinrui Drive Technology", 620e6, 2300)


def test_the_articles_one_investor_takes_the_jobs_told_in_a_sentence_of_their_own():
    text = ("Le chinois Zhongyi Wind Blades investira 110 millions de dollars dans une usine de pales à Tanger.\n\n"
            "Les pales équiperont des turbines de 6 à 8 MW. L'entrée en production est prévue en 2027, avec à la clé "
            "700 emplois directs.")
    entities = [("chinois", "COUNTRY", "CN"), ("Zhongyi Wind Blades", "ORG", None), ("Tanger", "LOC", "MA")]
    figures = [("110 millions de dollars", 110e6, "USD"), ("700 emplois", 700, "jobs")]
    assert _one(_derive(text, entities, figures))["jobs"] == 700
    # a workforce already there is not the investment's
    text = text.replace("L'entrée en production est prévue en 2027, avec à la clé 700 emplois directs",
                        "Le parc industriel emploie déjà 700 emplois directs")
    assert _one(_derive(text, entities, figures))["jobs"] is None


def test_a_company_named_after_a_place_abroad_or_based_there_is_from_there():
    text = ("Bursa Otomotiv investira 40 millions d'euros dans une usine à Tanger, au Maroc. Hyderabad-based "
            "Vardhan Lifesciences will invest $25 million in a plant in Morocco.")
    out = _derive(text, [("Bursa Otomotiv", "ORG", None), ("Tanger", "LOC", "MA"), ("Maroc", "COUNTRY", "MA"),
                         ("Hyderabad", "LOC", "IN"), ("Vardhan Lifesciences", "ORG", None), ("Morocco", "COUNTRY", "MA")],
                  [("40 millions d'euros", 40e6, "EUR"), ("$25 million", 25e6, "USD")])
    assert dict(zip(out["company"], out["company_country"])) == {"Bursa Otomotiv": "TR", "Vardhan Lifesciences": "IN"}


def test_a_company_whose_share_is_bought_is_no_investor():
    text = ("Le laboratoire marocain Medilys a inauguré une usine de 40 millions de dollars à Kigali. Medilys a finalisé "
            "l'acquisition de 60% du distributeur Mwangaza Pharma pour 1,1 milliard de shillings kényans, ce qui lui "
            "ouvre un réseau de 1.400 pharmacies au Kenya.")
    out = _derive(text, [("marocain", "COUNTRY", "MA"), ("Medilys", "ORG", None), ("Kigali", "LOC", "RW"),
                         ("Medilys", "ORG", None), ("Mwangaza Pharma", "ORG", None)],
                  [("40 millions de dollars", 40e6, "USD"), ("1,1 milliard de shillings", 1.1e9, "KES")])
    assert out["company"].to_list() == ["Medilys"]


def test_an_amount_that_rises_to_a_total_is_the_investment_not_money_raised():
    text = ("Le groupe portugais Tecelagem Ribeiro ouvrira une usine de tissage à Fès. L'investissement s'élève à "
            "320 millions de DH, dont 210 MDH pour les équipements de tissage.")
    out = _derive(text, [("portugais", "COUNTRY", "PT"), ("Tecelagem Ribeiro", "ORG", None), ("Fès", "LOC", "MA")],
                  [("320 millions de DH", 320e6, "MAD"), ("210 MDH", 210e6, "MAD")])
    assert _one(out)["amount"] == 320e6


def test_storage_is_no_stock():
    text = "Le développeur émirati Falaj Energy construira à Guelmim un site de stockage de batteries de 2 milliards de dirhams."
    out = _derive(text, [("émirati", "COUNTRY", "AE"), ("Falaj Energy", "ORG", None), ("Guelmim", "LOC", "MA")],
                  [("2 milliards de dirhams", 2e9, "MAD")])
    assert _one(out)["amount"] == 2e9


def test_jobs_with_no_amount_and_no_step_weigh_as_no_figure_unless_the_move_is_to_come():
    lead = "Le chinois Xinhe Battery investira 2 milliards de dirhams dans une usine à Tanger.\n\n"
    other = "La zone Tanger Tech, développée avec China Communications Construction Company, accueillera 100.000 emplois."
    out = _derive(lead + "Le site sera prêt en 2027.\n\n" + other,
                  [("chinois", "COUNTRY", "CN"), ("Xinhe Battery", "ORG", None), ("Tanger", "LOC", "MA"),
                   ("Tanger Tech", "LOC", "MA"), ("China Communications Construction Company", "ORG", "CN")],
                  [("2 milliards de dirhams", 2e9, "MAD"), ("100.000 emplois", 100000, "jobs")])
    assert out["company"].to_list() == ["Xinhe Battery"]
    # a move to come told in the -ira future keeps its row
    text = (lead + "Le site sera prêt en 2027.\n\nLe canadien Northvale Contact Group ouvrira un quatrième centre à Fès "
            "Shore, avec 1.500 postes à pourvoir.")
    out = _derive(text, [("chinois", "COUNTRY", "CN"), ("Xinhe Battery", "ORG", None), ("Tanger", "LOC", "MA"),
                         ("canadien", "COUNTRY", "CA"), ("Northvale Contact Group", "ORG", None), ("Fès Shore", "LOC", "MA")],
                  [("2 milliards de dirhams", 2e9, "MAD"), ("1.500 postes", 1500, "jobs")])
    assert sorted(out["company"].to_list()) == ["Northvale Contact Group", "Xinhe Battery"]


def test_a_sentence_opening_on_another_company_or_the_latter_is_not_the_investors():
    # Renault's plant is named as a site; the next sentence opens on Stellantis's site, and
    # the investment told after it is not Renault's.
    text = ("L'usine Renault de Tanger a assemblé 412.000 véhicules.\n\n"
            "Le site Stellantis de Kénitra a produit 218.000 véhicules. Le site recevra un investissement de 1,2 milliard d'euros.")
    out = _derive(text, [("Renault", "ORG", "FR"), ("Tanger", "LOC", "MA"), ("Stellantis", "ORG", "NL"), ("Kénitra", "LOC", "MA")],
                  [("412.000 véhicules", 412000, "count"), ("218.000 véhicules", 218000, "count"),
                   ("1,2 milliard d'euros", 1.2e9, "EUR")])
    assert "Renault" not in out["company"].to_list()
    text = ("L'usine Renault de Tanger reste le premier site, devant l'usine Stellantis de Kénitra. "
            "Cette dernière doit porter sa capacité à 535.000 unités, au terme d'un investissement de 1,2 milliard d'euros.")
    out = _derive(text, [("Renault", "ORG", "FR"), ("Tanger", "LOC", "MA"), ("Stellantis", "ORG", "NL"), ("Kénitra", "LOC", "MA")],
                  [("535.000 unités", 535000, "count"), ("1,2 milliard d'euros", 1.2e9, "EUR")])
    assert "Renault" not in out["company"].to_list()
