"""Names typed by the words around them (issue 20): company cues, roles beside names, kinds
of sites, institutions, authors; names that go on past the span found; bylines kept in the
text; event dates of `aujourd'hui` and of a lead after a headline.

The sentences are written for these tests, with other names than the development corpus's:
the rules are shapes of news prose, not lists of the corpus's names."""

from __future__ import annotations

import datetime as dt

import pytest

from econews.tasks.entities import cues
from econews.tasks.clean import clean_document
from econews.tasks.dates import byline_of, relative_event_date
from econews.tasks.entities import extract_entities
from econews.tasks.ingest import RawDocument, extract_html


def _spans(found, text):
    return [(text[s:e], label) for s, e, label in found]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le groupe Akwa a annoncé", "Akwa"),
        ("la société sud-coréenne Hyundai Rotem livrera", "Hyundai Rotem"),
        ("le fonds souverain qatari QIA a pris", "QIA"),
        ("confié au groupement Jet Contractors-Sogea, qui", "Jet Contractors-Sogea"),
        ("Lear Maroc, filiale de Lear Corporation, ouvre", "Lear Corporation"),
        ("le chinois Gotion High-Tech investit", "Gotion High-Tech"),
        ("German wiring maker Leoni Wiring Systems said", "Leoni Wiring Systems"),
        ("Textile group Yesim Tekstil A.Ş. opened", "Yesim Tekstil A.Ş."),
        ("la société Marsa Maroc SA. Le port", "Marsa Maroc SA"),
        ("Japanese trading house Kaneshin Suisan said", "Kaneshin Suisan"),
    ],
)
def test_company_cues(text, name):
    assert (name, "ORG") in _spans(cues.company_cue_spans(text), text)


def test_company_cue_needs_a_capitalised_name():
    text = "Le groupe a annoncé que la société mère et le fonds de garantie investiront."
    assert cues.company_cue_spans(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("a précisé le directeur de l'usine, Omar Bennis, lors de la visite", "Omar Bennis"),
        ("en présence du gouverneur de la province, Ahmed El Moussaoui.", "Ahmed El Moussaoui"),
        ("Selon Leila Tazi, présidente du directoire, la demande", "Leila Tazi"),
        ("Pour Hamid Bouchikhi, économiste, «la croissance", None),  # a profession is no role here
        ("said Maria Lopez, chief executive of the firm", "Maria Lopez"),
    ],
)
def test_person_cues(text, name):
    found = _spans(cues.person_cue_spans(text), text)
    if name is None:
        assert all(label == "PERSON" for _, label in found)
    else:
        assert (name, "PERSON") in found
        assert not any(n.startswith(("Selon", "Pour")) for n, _ in found)


def test_site_institution_and_author_cues():
    text = (
        "la centrale solaire Noor Tafilalet II et le port Nador West Med avancent. "
        "Selon la Chambre de commerce et d'industrie de Meknès, les ventes.\n"
        "By John Watts\nSamira HAJJI"
    )
    assert ("Noor Tafilalet II", "LOC") in _spans(cues.site_cue_spans(text), text)
    assert ("Nador West Med", "LOC") in _spans(cues.site_cue_spans(text), text)
    region = "a blending plant in Mato Grosso state, which would employ 200 people"
    assert ("Mato Grosso", "LOC") in _spans(cues.site_cue_spans(region), region)
    seat = "selon l'Université Mohammed V de Rabat, les ventes ont progressé"
    assert ("Université Mohammed V de Rabat", "ORG") in _spans(cues.institution_spans(seat), seat)
    assert ("Chambre de commerce et d'industrie de Meknès", "ORG") in _spans(cues.institution_spans(text), text)
    assert _spans(cues.author_spans(text), text) == [("John Watts", "AUTHOR"), ("Samira HAJJI", "SIGNATURE")]
    assert _spans(cues.author_spans("— With assistance from Layla Haddad"), "— With assistance from Layla Haddad") == [("Layla Haddad", "AUTHOR")]
    assert cues.author_spans("De Casablanca, le ministre a salué l'accord.") == []


def test_names_that_go_on():
    text = "Mitsubishi Heavy Industries, Dubai Electricity and Water Authority, Tanger Med Zones"
    assert text[: cues.company_words_after(text, len("Mitsubishi Heavy"))] == "Mitsubishi Heavy Industries"
    start = text.index("Dubai")
    assert text[start: cues.organisation_named_after_place(text, start + len("Dubai"))] == "Dubai Electricity and Water Authority"
    start = text.index("Tanger")
    assert text[start: cues.place_words_after(text, start + len("Tanger Med"))] == "Tanger Med Zones"
    text = "the National Agency of Ports and Maritime Affairs (ANP)"
    start = text.index("National")
    end = start + len("National Agency of Ports")
    assert text[start: cues.and_part_after(text, start, end)] == "National Agency of Ports and Maritime Affairs"


def _entities(text, language="fr"):
    return {(r["text"], r["label"]) for r in extract_entities(text, language=language)}


def test_cues_win_over_the_model_and_the_gazetteer():
    found = _entities(
        "Le groupe OCP a signé avec l'équipementier allemand Brose Fahrzeugteile GmbH. "
        "« Nous recrutons », a indiqué le directeur du site, Hicham Benslimane, en présence du wali "
        "de la région, Karim Oujda. La société Nexans Maroc et le groupe Safran ont visité la centrale solaire Noor Atlas."
    )
    assert ("OCP", "ORG") in found and not any(t == "groupe OCP" for t, _ in found)
    assert ("Brose Fahrzeugteile GmbH", "ORG") in found
    assert ("Hicham Benslimane", "PERSON") in found and ("Benslimane", "LOC") not in found
    assert ("Karim Oujda", "PERSON") in found
    assert ("Nexans Maroc", "ORG") in found and ("Maroc", "COUNTRY") not in found  # names are flat
    assert ("Noor Atlas", "LOC") in found
    assert not any(t.endswith((" et le", " et la")) for t, _ in found)


def test_english_owner_place_apposition_and_headline_guesses():
    text = (
        "UAE Investors Eye Morocco's Ports, Logistics\n\n"
        "RABAT, May 2, 2024 (Reuters) - Morocco picked France's Vinci Construction and Japan's Marubeni "
        "to build the port, Minister of Transport and Logistics Mohamed Abdeljalil said, adding that "
        "power will come from Abu Dhabi National Energy Company and a cable to Cornwall, in southwest England."
    )
    found = _entities(text, "en")
    assert ("RABAT", "LOC") in found
    assert ("Vinci Construction", "ORG") in found
    assert ("Abu Dhabi National Energy Company", "ORG") in found and ("Abu Dhabi", "LOC") not in found
    assert ("Cornwall", "LOC") in found
    assert not any(t.startswith("Transport") for t, _ in found)  # a minister's portfolio
    assert not any("Logistics" in t for t, _ in found)  # the title-case headline's guess


def test_byline_kept_date_gone():
    assert byline_of("Par Salma Idrissi le 03/05/2024 à 08h15") == "Par Salma Idrissi"
    assert byline_of("Le 3 mai 2024 à 8h15 — Par Salma Idrissi") == "Par Salma Idrissi"
    assert byline_of("By Tom Evans - May 3, 2024") == "By Tom Evans"
    assert byline_of("Publié le 03/05/2024 à 08h15") is None
    raw = RawDocument(
        "0" * 16, "x.txt", "txt", {},
        "Titre : les exportations progressent\nPar Salma Idrissi le 03/05/2024 à 08h15\n"
        "Les exportations ont progressé de 5% au premier trimestre, selon l'Office des changes, qui a publié ses chiffres mardi.\n",
    )
    doc = clean_document(raw)
    assert "Par Salma Idrissi" in doc.text and "08h15" not in doc.text
    assert doc.published_at == dt.date(2024, 5, 3)
    assert doc.event_date == dt.date(2024, 4, 30)  # `mardi` before Friday 3 May


def test_html_byline_put_back():
    html = (
        "<html><head><title>Export : un record</title></head><body><article><h1>Export : un record</h1>"
        "<p class='byline'>Par Salma Idrissi | Le 03/05/2024 à 08:15</p>"
        "<p>Les exportations marocaines ont atteint un niveau record au premier trimestre, selon les chiffres "
        "publiés par l'Office des changes, portées par l'automobile et les phosphates.</p>"
        "<p>Les importations ont progressé plus lentement, ce qui réduit le déficit commercial du pays.</p>"
        "</article></body></html>"
    )
    _, text = extract_html(html)
    assert "Par Salma Idrissi" in text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le secteur compte aujourd'hui 250 fournisseurs", None),
        ("The firm employs today 4,000 people", None),
        ("Le groupe a inauguré aujourd'hui son usine", dt.date(2024, 5, 3)),
        ("The ministry announced today a plan", dt.date(2024, 5, 3)),
        ("Morocco today signed a deal", dt.date(2024, 5, 3)),
        ("Aujourd'hui, le Maroc est le premier fournisseur", None),
    ],
)
def test_today_is_an_event_only_after_an_act(text, expected):
    assert relative_event_date(text, dt.date(2024, 5, 3)) == expected


@pytest.mark.parametrize(
    "text, name",
    [
        ("talks with Managem, Morocco's mining group, over lithium", "Managem"),
        ("Lesieur Cristal, filiale du groupe Avril, investit", "Lesieur Cristal"),
        ("Akdital, le groupe hospitalier, a annoncé", "Akdital"),
        ("a green ammonia plant in Tarfaya, the company said on Monday.", None),
        ("Le président de l'équipementier basque, Iñaki Etxeberria, a indiqué que le groupe", None),
    ],
)
def test_company_appositions(text, name):
    found = [n for n, _ in _spans(cues.company_cue_spans(text), text)]
    if name is None:
        assert not any(n in {"Tarfaya", "Iñaki Etxeberria"} for n in found)
    else:
        assert name in found


def test_royal_and_gulf_styles_and_named_institutions():
    found = _entities(
        "SAR le Prince Moulay El Hassan et le Cheikh Mohamed bin Zayed ont visité le site financé par le "
        "Fonds Hassan II pour le développement économique et social, près de Tangier Tech City."
    )
    assert ("Moulay El Hassan", "PERSON") in found
    assert ("Mohamed bin Zayed", "PERSON") in found
    assert any(t.startswith("Fonds Hassan II pour le développement") and label == "ORG" for t, label in found)
    assert ("Tangier Tech City", "LOC") in found


def test_a_byline_repeated_across_the_batch_stays():
    from econews.tasks.clean import repeated_lines

    bodies = [f"Article {i} sur le commerce entre le Maroc et la Chine, avec des chiffres précis.\nBy Tom Evans"
              for i in range(6)]
    raw = RawDocument("0" * 16, "x.txt", "txt", {}, bodies[0])
    doc = clean_document(raw, repeated_lines(bodies))
    assert "By Tom Evans" in doc.text


def test_a_lead_paragraph_ending_with_a_quote_is_read_for_relative_days():
    raw = RawDocument(
        "0" * 16, "x.txt", "txt", {"date": "2024-05-03"},
        "Le groupe Akwa a inauguré mercredi sa nouvelle usine, «un jalon pour la région»\n"
        "Les ventes ont progressé de 5% au premier trimestre selon les chiffres publiés par le groupe.\n",
    )
    assert clean_document(raw).event_date == dt.date(2024, 5, 1)


def test_a_cue_names_one_company_on_one_line():
    text = "Spanish utility Iberdrola and Moroccan phosphate giant OCP are partners. Le bilan du groupe Akwa\n\nLe Maroc exporte."
    names = [n for n, _ in _spans(cues.company_cue_spans(text), text)]
    assert "Iberdrola" in names and "Akwa" in names
    assert not any(" and " in n or "\n" in n for n in names)


def test_wire_datelines_with_a_country_or_without_their_year():
    from econews.tasks.dates import wire_dateline

    found = wire_dateline("TANGIER, Morocco, June 3, 2024 (Reuters) - French carmaker Renault said")
    assert found[0].date == dt.date(2024, 6, 3) and found[1] == "TANGIER, Morocco, June 3, 2024 (Reuters) -"
    assert wire_dateline("RABAT, Jan 29 (Reuters) - OCP said", dt.date(2025, 1, 29))[0].date == dt.date(2025, 1, 29)
    assert wire_dateline("RABAT, Dec 30 (Reuters) - OCP said", dt.date(2025, 1, 2))[0].date == dt.date(2024, 12, 30)
    assert wire_dateline("RABAT, Jan 29 (Reuters) - OCP said") is None  # no year anywhere
    assert wire_dateline("Rabat, 12 entreprises - x", dt.date(2025, 1, 2)) is None
    raw = RawDocument(
        "0" * 16, "x.txt", "txt", {"date": "2025-01-29T10:00:00Z"},
        "RABAT, Jan 29 (Reuters) - Moroccan phosphate giant OCP said on Monday it had picked two partners "
        "for a green ammonia plant in the south of the country.\n",
    )
    doc = clean_document(raw)
    assert doc.published_at == dt.date(2025, 1, 29) and doc.event_date == dt.date(2025, 1, 27)
    assert doc.text.startswith("RABAT, Jan 29 (Reuters) -")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le groupe a signé, mardi 12 mars, une convention", dt.date(2024, 3, 12)),
        ("OCP said on Tuesday, March 12 it would build", dt.date(2024, 3, 12)),
        ("a signé lundi, puis mardi 12 mars une autre", dt.date(2024, 3, 11)),
    ],
)
def test_a_weekday_with_day_and_month_dates_the_event(text, expected):
    assert relative_event_date(text, dt.date(2024, 3, 14)) == expected


def test_a_signature_line_of_common_words_is_no_person():
    found = _entities("Les marchés ont progressé de 2% cette semaine.\n\nBourse MASI\n\nLe volume a doublé.\n\nNadia DREF")
    assert ("Nadia DREF", "PERSON") in found
    assert ("Bourse MASI", "PERSON") not in found


def test_what_invests_or_announces_is_a_company():
    found = _entities("Hier, Sumiden Wiring investit 300 millions de dirhams à Kénitra. Le Maroc investit aussi.")
    assert ("Sumiden Wiring", "ORG") in found
    assert ("Maroc", "COUNTRY") in found and ("Kénitra", "LOC") in found


@pytest.mark.parametrize("text, name", [
    ("Le port a été confié au groupe chinois Weihai Ocean Shipping Co., Ltd, associé à un opérateur local.",
     "Weihai Ocean Shipping Co., Ltd"),
    ("L'italien Biofarma Lombarda S.p.A. ouvrira un laboratoire à Rabat.", "Biofarma Lombarda S.p.A."),
    ("La société Rheinwerk Antriebe GmbH & Co. KG a inauguré son usine de Kénitra.", "Rheinwerk Antriebe GmbH & Co. KG"),
    ("Le producteur chilien Campos del Sur S.A.C. a repris 300 hectares près d'Agadir.", "Campos del Sur S.A.C."),
    ("Le fabricant turc Demir Örgü Tekstil A.Ş. va construire une usine à Settat.", "Demir Örgü Tekstil A.Ş."),
])
def test_a_legal_form_belongs_to_the_name_and_is_never_a_name_alone(text, name):
    found = _entities(text)
    names = {t.rstrip(".") for t, label in found if label == "ORG"}
    assert name.rstrip(".") in names
    assert not any(t.strip(" .,") in {"Ltd", "KG", "Co", "S.A", "S.p", "A.Ş"} for t, _ in found)


def test_legal_form_grammar():
    from econews.legal_forms import has_legal_form, is_bare_legal_form, legal_form_end

    text = "Selon Hanshin Cable Co., Ltd. et Nordwerk GmbH & Co. KG, puis Acme, Inc. et Renault SA, le groupe Renault, SA filiale"
    for name, cut in [("Hanshin Cable Co., Ltd.", "Hanshin Cable Co"), ("Nordwerk GmbH & Co. KG", "Nordwerk GmbH & Co"),
                      ("Acme, Inc.", "Acme"), ("Renault SA", "Renault")]:
        start = text.index(name)
        assert text[start:legal_form_end(text, start, start + len(cut))] == name
    start = text.index("Renault, SA")
    assert legal_form_end(text, start, start + len("Renault")) == start + len("Renault")  # two capitals after a comma
    assert is_bare_legal_form("Ltd") and is_bare_legal_form("Co., Ltd") and not is_bare_legal_form("Leoni")
    assert has_legal_form("Atlas Port S.A.") and not has_legal_form("Atlas Port")


def test_a_company_the_model_takes_for_a_person():
    # a demonym as a noun, or what a company does (invest, build), makes an organisation
    found = _entities("Le japonais Morimoto Seiki va construire une usine à Tanger. Morimoto Seiki emploiera 300 personnes.")
    assert ("Morimoto Seiki", "ORG") in found and ("Morimoto Seiki", "PERSON") not in found
    found = _entities("L'espagnol Conservas del Estrecho prévoit d'y créer 500 emplois.")
    assert ("Conservas del Estrecho", "ORG") in found
    found = _entities("Le port Atlas Med sera exploité par la société Atlas Med S.A., a indiqué le ministre.")
    assert ("Atlas Med S.A.", "ORG") in found


def test_a_possessive_or_a_hyphen_after_a_legal_form():
    from econews.legal_forms import legal_form_end

    text = "Brightline First Ltd's cable and Hanmi Motors Co-CEO Park"
    assert text[:legal_form_end(text, 0, len("Brightline First"))] == "Brightline First Ltd"
    start = text.index("Hanmi")
    assert legal_form_end(text, start, start + len("Hanmi Motors")) == start + len("Hanmi Motors")


def test_a_person_with_a_role_in_the_group_is_no_company_apposition():
    text = "«Les volumes compensent la baisse des prix», a indiqué Mostafa Terrab, président-directeur général du groupe."
    assert cues.company_cue_spans(text) == []
    assert [text[s:e] for s, e, _ in cues.person_cue_spans(text)] == ["Mostafa Terrab"]


def test_a_source_or_an_agent_the_model_calls_a_place_is_an_organisation():
    found = {(e["text"], e["label"]) for e in extract_entities(
        "Les recettes sont en hausse de 11,3% selon la Trésorerie générale du Royaume (TGR). Les ports espagnols "
        "ont perdu 2,1% de leur trafic, selon Puertos del Estado.")}
    assert {("Trésorerie générale du Royaume", "ORG"), ("Puertos del Estado", "ORG")} <= found


def test_an_airline_named_air_and_its_country_is_one_organisation():
    text = ("L'offre devrait s'étoffer : Air Zimbabwe prévoit de lancer une liaison vers Casablanca, "
            "comme Air Côte d'Ivoire l'an dernier, aux côtés de Royal Air Maroc et de TAP Air Portugal.")
    found = {(e["text"], e["label"]) for e in extract_entities(text, language="fr")}
    assert ("Air Zimbabwe", "ORG") in found and ("Air Côte d'Ivoire", "ORG") in found
    assert ("Zimbabwe", "COUNTRY") not in found and ("Côte d'Ivoire", "COUNTRY") not in found
    assert ("Royal Air Maroc", "ORG") in found  # the end of a longer name is no airline of its own
    assert not any(name == "Air Maroc" for name, _ in found)


def test_a_role_owned_by_a_country_or_a_company_after_a_name_makes_a_person():
    text = ("Tariq Benhaddou, Morocco's minister delegate in charge of investment, said the plant would open in May, "
            "while Olga Martens, Nordkap's chief executive, told reporters the cable was ready.")
    assert _spans(cues.person_cue_spans(text), text) == [("Tariq Benhaddou", "PERSON"), ("Olga Martens", "PERSON")]
    found = {(e["text"], e["label"]) for e in extract_entities(text, language="en")}
    assert ("Tariq Benhaddou", "PERSON") in found and ("Olga Martens", "PERSON") in found


def test_a_possessive_starts_a_new_name_after_and():
    text = ("Nordgrid said it had raised £350 million from investors including Abu Dhabi's Gulf Crescent Capital "
            "and Japan's Kaminari Trading Corp, and that construction would start in May.")
    found = {(e["text"], e["label"]) for e in extract_entities(text, language="en")}
    assert ("Kaminari Trading Corp", "ORG") in found
    assert not any(" and Japan's" in name for name, _ in found)


def test_a_mine_or_a_deposit_named_by_its_place_is_a_place():
    text = ("Lunar Metals said output rose 12% at the Kerrouchen mine, while its Ouansimi copper mine and the "
            "cobalt from Tiddas Nord's ore came in below plan.")
    assert _spans(cues.site_cue_spans(text), text) == [("Kerrouchen", "LOC"), ("Ouansimi", "LOC")]
    french = "La production de la mine d'or de Tiouzzine et du gisement de Bouskour a progressé."
    assert _spans(cues.site_cue_spans(french), french) == [("Tiouzzine", "LOC"), ("Bouskour", "LOC")]
    found = {(e["text"], e["label"]) for e in extract_entities(text, language="en")}
    assert ("Kerrouchen", "LOC") in found and ("Ouansimi", "LOC") in found


def test_a_province_is_its_place_and_an_agropolis_its_zone():
    text = "Le projet sera implanté près de l'Agropolis de Meknès."
    assert ("Agropolis de Meknès", "LOC") in _spans(cues.site_cue_spans(text), text)
    text = "Le groupe exploite trois usines dans la province du Shandong, dans l'est de la Chine."
    found = {(e["text"], e["label"]) for e in extract_entities(text, language="fr")}
    assert ("Shandong", "LOC") in found and not any(name.startswith("province") for name, _ in found)
