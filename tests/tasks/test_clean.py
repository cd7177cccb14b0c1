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
    is_credit,
    is_boilerplate_line,
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
    frame, rejected = clean_batch(raws)
    assert frame.columns == list(DOCUMENT_SCHEMA)
    assert dict(frame.schema) == DOCUMENT_SCHEMA
    assert frame.height == len(raws) - 1 and len(rejected) == 1
    empty, none = clean_batch([])
    assert empty.height == 0 and dict(empty.schema) == DOCUMENT_SCHEMA and none == []


# --------------------------------------------------------------------------- noise fixtures


def fixture(name: str) -> CleanDocument:
    raw = read_document(str(FIX / name), Settings())
    doc = clean_document(raw)
    assert isinstance(doc, CleanDocument), doc
    return doc


def test_tickers_of_timestamped_headlines():
    doc = fixture("ticker.txt")
    assert doc.text.startswith("Le Japon et le Maroc renforcent leur coopération portuaire\n\n")
    for gone in ("12:03", "KFC", "Rugby", "09h45", "Météo", "MASI"):
        assert gone not in doc.text
    assert doc.title == "Le Japon et le Maroc renforcent leur coopération portuaire"
    assert doc.event_date == dt.date(2024, 3, 4)
    assert doc.text.endswith("200 millions de dollars.")


def test_glued_headline_runs_and_menus():
    doc = fixture("glued.txt")
    assert doc.text.split("\n\n") == [
        "Le Maroc exporte davantage vers la Chine",
        "Les exportations marocaines vers la Chine ont progressé de 12 % en 2023, portées par les phosphates "
        "et les produits de la mer, selon l'Office des changes.",
        "Cette hausse reste modeste face aux importations, qui dépassent 60 milliards de dirhams.",
    ]


def test_related_article_blocks_and_inline_read_also():
    doc = fixture("related.txt")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == [
        "Accord Maroc-UE sur les énergies renouvelables",
        "Le Maroc et l'Union européenne ont signé mercredi 15 novembre 2023 à Rabat un partenariat vert "
        "portant sur l'hydrogène et les interconnexions électriques.",
        "Le partenariat prévoit un appui financier de 500 millions d'euros de la part de Bruxelles sur la période 2024-2027.",
    ]
    assert doc.event_date == dt.date(2023, 11, 15)


def test_share_follow_newsletter_cookie_lines_in_several_languages():
    doc = fixture("share.txt")
    assert doc.text.split("\n\n") == [
        "Les investissements chinois au Maroc atteignent un record",
        "Les flux d'investissements directs chinois au Maroc ont atteint 1,5 milliard de dirhams en 2023, un record "
        "selon l'Agence marocaine de développement des investissements et des exportations.",
        "Ils se concentrent sur les batteries, l'automobile et le textile.",
    ]


def test_paragraphs_in_another_language_are_dropped():
    doc = fixture("foreign.txt")
    assert doc.language == "fr"
    assert "Senado" not in doc.text and "website" not in doc.text
    assert "Institut national de recherche halieutique." in doc.text
    assert doc.event_date == dt.date(2019, 4, 12)


def test_article_in_english_keeps_english():
    doc = fixture("english.txt")
    assert doc.language == "en"
    assert doc.title == "Morocco and China sign battery deal"
    assert doc.url == "https://www.example.com/2024/06/morocco-china-battery"
    assert doc.published_at == dt.date(2024, 6, 3) and doc.event_date == dt.date(2024, 6, 3)
    assert doc.text.endswith("electric vehicles sold in Europe.")
    for gone in ("Read also", "Share", "Follow", "Source"):
        assert gone not in doc.text


def test_notices_datelines_source_links_and_credits():
    doc = fixture("notices.txt")
    assert doc.published_at == dt.date(2021, 3, 12)
    assert doc.text.startswith("Zone franche de Kénitra : un troisième site pour Citic Dicastal\n\nLe groupe chinois")
    assert doc.text.endswith("crée 1 200 emplois.")
    for gone in ("Merci", "bloquée", "Publié", "Cliquez", "(MAP)"):
        assert gone not in doc.text


@pytest.mark.parametrize("credits", [
    "(Reporting by Karim Lahlou in Rabat; Editing by Mark Potter)",
    "(Reporting by Nadine Awad in Cairo; additional reporting by Youssef Alami in Rabat; Editing by Sharon Clarke)",
    "Reporting by Samir Benali; Editing by Mark Potter",
    "(Writing by Tom Reed)",
])
def test_a_wire_storys_closing_credits_go_its_byline_stays(credits):
    story = ("RABAT, March 5 (Reuters) - Morocco's trade deficit widened 7% to 306 billion dirhams in 2025, "
             "the foreign exchange office said on Wednesday.")
    doc = clean_document(raw_doc(f"By Karim Lahlou\n\n{story}\n\n{credits}"))
    assert doc.text == f"By Karim Lahlou\n\n{story}"
    # A sentence that says who reported something is the article's.
    said = "Reporting by the central bank showed reserves rose to 380 billion dirhams; editing of the data continues."
    assert clean_document(raw_doc(f"{story}\n\n{said}")).text.endswith(said)


def test_the_outlet_with_the_agency_it_rewrote_is_a_credit():
    story = "Le groupe a annoncé lundi un investissement de 640 millions de dirhams au Sénégal, selon un communiqué."
    for credit in ("Le360 (avec MAP)", "Hespress (with AFP)"):
        assert clean_document(raw_doc(f"{story}\n\n{credit}")).text == story
    assert is_credit("Le360 (avec MAP)") and not is_credit("Le groupe (avec MAP) investit")


def test_sentence_broken_over_two_lines_is_joined():
    doc = clean_document(raw_doc(
        "Le ministre s'est félicité\n« des développements importants de la relation maroco-chinoise »\nUne autre phrase complète ici."))
    assert doc.text.split("\n\n")[0] == "Le ministre s'est félicité « des développements importants de la relation maroco-chinoise »"


def test_article_sentences_that_look_like_noise_are_kept():
    body = ("Le ministère du Commerce lance une newsletter destinée aux exportateurs marocains vers la Chine.\n"
            "La séance a commencé à 10h30 et s'est achevée en fin de matinée.\n"
            "Les partenaires, réunis à Rabat, ont partagé leurs expériences.")
    doc = clean_document(raw_doc(body))
    assert doc.text == body.replace("\n", "\n\n")


def test_header_title_site_suffix_is_dropped():
    doc = clean_document(raw_doc("Un texte d'article assez long pour être gardé par le nettoyeur de pages.",
                                 {"title": "Accord Maroc-Chine signé | Le Site Info"}))
    assert doc.title == "Accord Maroc-Chine signé"


def test_the_headline_after_the_byline_is_the_title():
    body = ("Par Salma Bennani\nAutomobile : un équipementier allemand investit 600 MDH à Kénitra\n"
            "L'équipementier allemand Kessler Automotive va investir 600 millions de dirhams dans une nouvelle usine.\n"
            "Le site, qui emploiera 1.200 personnes, doit entrer en production en 2025.")
    doc = clean_document(raw_doc(body))
    assert doc.title == "Automobile : un équipementier allemand investit 600 MDH à Kénitra"


def test_related_block_date_is_not_the_publication_date():
    body = ("Le Maroc et la Chine ont signé jeudi 8 février 2018 à Rabat un accord de coopération dans l'industrie.\n"
            "Lire aussi\n24 Décembre 2025\nUne autre nouvelle sans rapport avec l'article principal du jour\n"
            "Le résumé d'une autre nouvelle qui s'arrête au milieu de la...")
    doc = clean_document(raw_doc(body, {"date": "2025-12-24T12:00:00Z"}))
    assert doc.published_at is None and doc.event_date == dt.date(2018, 2, 8)
    assert doc.text.count("\n\n") == 0
    doc = clean_document(raw_doc(body.split("\nLire")[0], {"date": "2018-02-09"}))
    assert doc.published_at == dt.date(2018, 2, 9)


def test_unlabelled_headline_tail_is_dropped_but_article_lists_are_kept():
    prose = ("Le Maroc et la Chine ont signé jeudi à Rabat un accord de coopération industrielle "
             "portant sur les batteries et les véhicules électriques.")
    tail = ["Tanger Med : nouveau record de trafic en octobre", "Le dirham se stabilise face à l'euro",
            "Agriculture : une campagne céréalière prometteuse selon le ministère"]
    doc = clean_document(raw_doc("\n".join([prose] + tail)))
    assert doc.text == prose
    listing = ["Les secteurs concernés sont les suivants :", "Automobile et équipementiers de rang un",
               "Aéronautique et maintenance des avions", "Textile et habillement pour l'export"]
    doc = clean_document(raw_doc("\n".join([prose] + listing)))
    assert doc.text.split("\n\n")[-1] == "Textile et habillement pour l'export"
    # two are enough as list items (the heading over them lost with the page's markup)
    listed = ["- Morocco Sells $2 Billion of Eurobonds as Demand Surges", "- Spain's Builders Bet on Gulf as Tenders Dry Up"]
    assert clean_document(raw_doc("\n".join([prose] + listed))).text == prose
    assert clean_document(raw_doc("\n".join([prose] + tail[:2]))).text.endswith(tail[1])


def test_same_day_related_item_does_not_discard_the_page_date():
    body = ("Le Maroc et la Chine ont signé à Rabat un accord de coopération industrielle pour 2024 et 2025.\n"
            "Lire aussi\n3 mars 2024\nUne autre nouvelle publiée le même jour sur le même site d'information")
    doc = clean_document(raw_doc(body, {"date": "2024-03-03"}))
    assert doc.published_at == dt.date(2024, 3, 3)


def test_clearly_french_paragraphs_skip_language_detection_only_when_french():
    from econews.tasks.clean import _clearly_french, is_foreign

    fr = "Le Maroc et la Chine ont signé un accord pour la construction d'une usine dans la région."
    es = "La economía de la región y la industria de la pesca crecen con fuerza en la costa este año."
    assert _clearly_french(fr) and not is_foreign(fr, "fr")
    assert not _clearly_french(es)
    en = "The company and the ministry signed an agreement on the new plant with the region."
    assert not _clearly_french(en)  # both still go to py3langid
    # ordinary news prose, where the French-only words are one in eight
    lead = ("Le ministre a reçu à Rabat une importante délégation d'hommes d'affaires japonais "
            "en visite de prospection des opportunités d'investissement au Maroc.")
    assert _clearly_french(lead)
    it = "Le aziende italiane e le banche del paese hanno firmato un accordo per la costruzione di una fabbrica."
    assert not _clearly_french(it)


def test_article_language_agrees_with_py3langid_and_asks_it_only_when_needed(monkeypatch):
    from econews.tasks import clean

    fr = ("Le ministre a reçu à Rabat une importante délégation d'hommes d'affaires japonais "
          "en visite de prospection des opportunités d'investissement au Maroc.\n"
          "Les deux parties ont signé un accord sur la construction d'une usine dans la région.")
    en = ("The minister received a large delegation of Japanese business leaders in Rabat. "
          "Both sides signed an agreement on a new plant. Le Maroc et la Chine ont signé un accord.")
    es = "La economía de la región y la industria de la pesca crecen con fuerza en la costa este año."
    assert [clean.detect_language(t)[0] for t in (fr, en, es)] == ["fr", "en", "es"]
    asked: list[str] = []
    real = clean.detect_language
    monkeypatch.setattr(clean, "detect_language", lambda text: asked.append(text) or real(text))
    assert [clean.article_language(t) for t in (fr, en, es)] == ["fr", "en", "es"]
    assert asked == [en, es]  # the clearly French article was not sent to the model


WIRE_BODY_FR = (
    "Le chinois Sunwoda inaugure son usine de Kénitra\n\n"
    "Tanger, 14 juin 2023 (MAP) – Le groupe chinois Sunwoda a inauguré lundi son usine de batteries "
    "de Kénitra, en présence du ministre de l'Industrie et de nombreux responsables de la région.\n\n"
    "L'usine emploiera à terme 1.200 personnes et produira des cellules pour les constructeurs européens."
)


def test_wire_dateline_gives_publication_and_weekday_the_event():
    doc = clean_document(raw_doc(WIRE_BODY_FR))
    assert doc.published_at == dt.date(2023, 6, 14)  # a Wednesday
    assert doc.event_date == dt.date(2023, 6, 12)  # `lundi`: the Monday before
    assert doc.text.count("Tanger, 14 juin 2023 (MAP)") == 1  # the dateline names the place: kept


def test_english_wire_dateline_and_on_weekday():
    body = (
        "Morocco's OCP signs fertilizer deal with Indian buyers\n\n"
        "CASABLANCA, March 6, 2024 (Reuters) - Morocco's state phosphate group OCP signed on Monday "
        "a supply agreement with a consortium of Indian fertilizer makers, the company said.\n\n"
        "The deal covers 1.5 million tonnes of phosphoric acid over three years, it added in a statement."
    )
    doc = clean_document(raw_doc(body))
    assert doc.published_at == dt.date(2024, 3, 6)
    assert doc.event_date == dt.date(2024, 3, 4)


def test_yesterday_against_a_header_date_and_no_event_without_one():
    body = (
        "Le ministre du Commerce a reçu hier une délégation d'hommes d'affaires japonais à Rabat, "
        "venue explorer les opportunités d'investissement dans l'automobile et l'aéronautique.\n\n"
        "Les deux parties ont évoqué la création d'un conseil d'affaires commun."
    )
    assert clean_document(raw_doc(body, {"date": "2024-03-06"})).event_date == dt.date(2024, 3, 5)
    # A month-precise publication date gives no day to count back from.
    assert clean_document(raw_doc(body, {"date": "2024-03"})).event_date is None


def test_a_weekday_told_past_the_lead_dates_the_event():
    paragraphs = [
        "Les exportations du secteur automobile ont atteint 120 milliards de dirhams à fin septembre, en hausse de 8%.",
        "Les usines de Tanger et de Kénitra ont produit 450.000 véhicules sur la période, selon l'Office des changes.",
        "Le câblage reste le premier segment de la filière, devant les intérieurs et sièges du véhicule.",
        "Côté coûts, le salaire moyen dans la filière reste inférieur à celui des pays concurrents d'Europe de l'Est.",
        "L'AMICA, réunie mardi à Tanger, table sur des exportations de plus de 170 milliards sur l'année.",
    ]
    doc = clean_document(raw_doc("\n\n".join(paragraphs), {"date": "2026-11-12"}))  # a Thursday
    assert doc.event_date == dt.date(2026, 11, 10)


def test_dateline_date_alone_is_not_an_event():
    body = (
        "Casablanca, le 3 mars 2023 - La Bourse de Casablanca a clôturé en hausse, portée par les "
        "valeurs bancaires et les cimentiers, dans un marché aux volumes étoffés.\n\n"
        "Le MASI a gagné 1,2 % sur la séance et l'indice des valeurs bancaires 2 %."
    )
    doc = clean_document(raw_doc(body))
    assert doc.published_at == dt.date(2023, 3, 3)
    assert doc.event_date is None


def test_mastheads_edition_numbers_comment_counters_and_sign_ups():
    body = (
        "Médias24 - Le site d'information économique de référence\n\n"
        "Hespress English - Morocco News\n\n"
        "Edition N°: 6845 Le 02/10/2024\n\n"
        "Kénitra - Le site de Stellantis double sa capacité\n\n"
        "Le constructeur a annoncé un investissement de 1,2 milliard d'euros pour doubler la capacité "
        "de son usine de Kénitra, qui emploie déjà plusieurs milliers de personnes.\n\n"
        "Sign up here.\n\nGalerie photos\n\nCommentaires (0)\n\nLe Matin - Tous droits réservés"
    )
    doc = clean_document(raw_doc(body))
    assert doc.text.startswith("Kénitra - Le site de Stellantis double sa capacité")  # a headline stays
    for noise in ("Médias24", "Hespress", "Edition N°", "Sign up", "Galerie", "Commentaires", "droits réservés"):
        assert noise not in doc.text


def test_outlet_dateline_is_publication_not_event_and_the_lead_skips_mastheads():
    body = (
        "Hespress EN | Wednesday 17 January 2024 - 12:30\n\n"
        "Morocco's trade deficit with Turkey fell by 18% in the first nine months of 2023, "
        "according to figures released by the Foreign Exchange Office."
    )
    doc = clean_document(raw_doc(body))
    assert doc.published_at == dt.date(2024, 1, 17) and doc.event_date is None
    assert "Hespress EN" not in doc.text
    later = (
        "Le Matin.ma\n\nALE Maroc-États-Unis : un bilan contrasté\n\n"
        "Entré en vigueur en 2006, l'accord a multiplié par cinq les échanges entre les deux pays.\n\n"
        "Les exportations marocaines se limitent pour l'essentiel aux engrais et aux composants.\n\n"
        "Lors d'une conférence organisée jeudi dernier à Casablanca, le président a plaidé pour un nouvel élan."
    )
    assert clean_document(raw_doc(later, {"date": "2022-12-07"})).event_date == dt.date(2022, 12, 1)


def test_follow_lines_tag_lines_menus_and_relative_timestamps():
    body = (
        "Accueil Économie Politique Société Sport Monde\n\n"
        "Updated 2 hours ago\n\n"
        "Le groupe coréen Hanjin ouvre une usine à Kénitra\n\n"
        "Le groupe coréen a inauguré son usine de Kénitra, qui emploiera 800 personnes d'ici 2026, "
        "selon un communiqué du ministère de l'Industrie et du Commerce.\n\n"
        "Les exportations du secteur ont atteint 150 milliards de dirhams; les importations ont reculé.\n\n"
        "Suivez Le360 sur Google Actualités\n\n"
        "Maroc; Corée du Sud; automobile; investissement"
    )
    doc = clean_document(raw_doc(body))
    assert doc.text.split("\n\n") == [
        "Le groupe coréen Hanjin ouvre une usine à Kénitra",
        "Le groupe coréen a inauguré son usine de Kénitra, qui emploiera 800 personnes d'ici 2026, "
        "selon un communiqué du ministère de l'Industrie et du Commerce.",
        "Les exportations du secteur ont atteint 150 milliards de dirhams; les importations ont reculé.",
    ]


def test_page_furniture_paywalls_counters_breadcrumbs_and_mastheads_of_one_page():
    # Lines a single page carries (no other page of the batch repeats them).
    noise = ["Skip to main content", "Exclusive news, data and analytics for financial market professionals",
             "Advertisement · Scroll to continue", "Our Standards: The Thomson Reuters Trust Principles.",
             "Suggested Topics: Commodities, Africa", "FRANCE 24 English", "Live news", "1,2K partages",
             "Économie › Industrie", "Cet article est réservé aux abonnés.", "Lire aussi | Le port de Nador entre en service"]
    article = ("Morocco's phosphate group OCP plans to raise its fertilizer shipments to Brazil by about 20% this year, "
               "two company sources told Reuters on Thursday.")
    doc = clean_document(raw_doc("\n\n".join(noise[:6] + [article] + noise[6:])))
    assert doc.text == article
    assert not is_boilerplate_line("Morocco signs deal in English")  # a sentence, not a masthead


def test_a_dateline_under_masthead_section_headline_and_byline_is_read():
    # Five short lines before the article's first sentence: the dateline is the fifth.
    body = (
        "Markets\n\nCommodities\n\nMorocco's OCP ramps up fertilizer shipments to India\n\nBy Ahmed Eljechtimi\n\n"
        "May 5, 2025 10:42 AM GMT+1 Updated 2 hours ago\n\n"
        "CASABLANCA, May 5 (Reuters) - Moroccan phosphate producer OCP Group shipped 2.4 million tonnes "
        "of fertilizers to India in 2024, a senior executive told Reuters on Monday."
    )
    doc = clean_document(raw_doc(body))
    assert doc.published_at == dt.date(2025, 5, 5) and doc.event_date == dt.date(2025, 5, 5)
    assert "Updated 2 hours ago" not in doc.text
    # its parts set apart by dots, as the web page shows them: a timestamp, not three headlines
    doc = clean_document(raw_doc(body.replace("10:42 AM GMT+1 Updated", "· 10:42 AM GMT+1 · Updated")))
    assert doc.published_at == dt.date(2025, 5, 5) and doc.event_date == dt.date(2025, 5, 5)
    assert "Updated 2 hours ago" not in doc.text


def test_the_sites_own_name_over_the_article_goes():
    article = "Les transferts des MRE ont atteint 117,7 milliards de dirhams en 2024, selon l'Office des changes."
    for masthead, url in (("Finances News Hebdo", "https://fnh.ma/article/x"), ("Le Matin.ma", "https://lematin.ma/economie/x"),
                          ("Médias24 | Economie", "https://medias24.com/2025/x"), ("Bloomberg", "https://www.bloomberg.com/news/x")):
        doc = clean_document(raw_doc(f"{masthead}\n\nTransferts des MRE : un nouveau record\n\n{article}", {"final_url": url}))
        assert doc.text.split("\n\n") == ["Transferts des MRE : un nouveau record", article], masthead
    # the same name told later, in the article, stays
    doc = clean_document(raw_doc(f"{article}\n\nBloomberg", {"final_url": "https://www.bloomberg.com/news/x"}))
    assert doc.text.endswith("Bloomberg")


def test_link_labels_and_the_topics_a_story_is_filed_under_go():
    story = ("CASABLANCA, Oct 14 (Reuters) - Chinese electric motor maker Ningbo Xinrui Drive Technology will invest "
             "$620 million in a plant near Kenitra, Morocco's investment ministry said on Monday.")
    credits = "(Reporting by Samira El Idrissi in Casablanca and Zhang Lin in Shanghai; Editing by Tom Hollis)"
    page = "\n\n".join([
        "China's Xinrui to build $620 million EV motor plant in Morocco", "Purchase Licensing Rights, opens new tab", story,
        credits, "Suggested Topics:", "Autos & Transportation", "Stellantis to double Kenitra output by 2030, sources say"])
    doc = clean_document(raw_doc(page))
    assert doc.text.split("\n\n") == ["China's Xinrui to build $620 million EV motor plant in Morocco", story]
    doc = clean_document(raw_doc(f"{story}\n\nMots-clés :\n\nAutomobile\n\nKénitra"))
    assert doc.text == story


def test_article_tools_tickers_menus_and_a_more_from_block():
    noise = ["Menu", "MASI 12.410,21 -0,12% | MADEX 10.118,40 -0,09% | EUR/MAD 10,92", "Gift this article",
             "Listen to this article", "Partager 132"]
    article = ("Abu Dhabi-based Nour Energy agreed to develop a $6.5 billion green hydrogen complex in southern Morocco, "
               "the company said in a statement on Monday.")
    tail = ["Have a confidential tip for our reporters? Get in Touch", "More From Bloomberg",
            "Saudi Aramco Profit Falls 12% on Lower Oil Prices", "Terms of Service"]
    doc = clean_document(raw_doc("\n\n".join(noise + [article] + tail)))
    assert doc.text == article


def test_written_by_dateline_is_publication_and_hier_the_event():
    body = (
        "Rédigé par Samia Berrada le Jeudi 6 Mars 2025\n\n"
        "Le groupe textile Nordfil a inauguré hier à Fès sa nouvelle unité de filature, "
        "un investissement de 80 millions de dirhams.\n\n"
        "L'usine emploiera 300 personnes."
    )
    doc = clean_document(raw_doc(body, {"date": "2025-03-06"}))
    assert doc.published_at == dt.date(2025, 3, 6)
    assert doc.event_date == dt.date(2025, 3, 5)  # `hier`, not the byline's Thursday
    assert "Samia Berrada" in doc.text  # the author stays an entity of the article


@pytest.mark.parametrize("line", [
    "Partager : Facebook Twitter LinkedIn WhatsApp Email",  # a share label with a colon
    "Vous souhaitez recevoir Le Courrier Eco chaque semaine ? Abonnez-vous",  # a prompt closed by its button
    "Want the briefing every morning? Sign up now",
    "Subscribe",
    "Learn more about Datastream",  # a call to action
    "LEARN MORE",
    "Purchase Licensing Rights",  # reprint rights of a wire story
    "Atlas Business Daily © 2023",  # the outlet before its copyright
    "Vous êtes ici : Accueil / Industrie",  # a breadcrumb's label
    "Rubrique : Entreprises",  # a section's label
    "4:07",  # a video's running time
    "READ MORE Why Tangier's port keeps on growing",  # a related headline behind its label
    "Before it's news, it's on the Atlas Desk",  # an advertisement's slogan
    "Vous devez être connecté pour publier un commentaire.",  # a comment form's prompt
    "You must be logged in to post a comment.",
    "Atlas Wire home",  # an outlet's home link
    "Atlas Info | Toute l'actualité économique du Maroc en continu",  # a masthead and its tagline
    "(Photo d'illustration)", "Photo credit: Atlas Daily",  # a picture's credit
    "Continuer la lecture", "Continue reading", "Article suivant", "Next article",  # reading tools, the pager
    "Ajouter à mes favoris", "Save article", "Taille du texte", "A+ A-", "Rechercher",
    "Il vous reste 75% de cet article à lire",  # a paywall's count
    "Télécharger l'application", "Download the app", "Rejoignez notre chaîne WhatsApp", "Join our WhatsApp channel",
    "Recevez nos alertes", "Get the latest news",
    "Tweet", "Save",  # lone buttons
    "Dépêche précédente : Le port de Tanger Med dépasse 11 millions de conteneurs EVP en 2025",  # the pager's headline
    "Next story: Egypt's central bank holds rates steady",
    "Vos commentaires", "Comments (3)",  # a comments heading
    "MAP Express",  # an agency's news service
    "By Reuters", "Par La Rédaction",  # a byline with no author
    "Taille du texte : A- A+", "Taille de police : A A A", "Font size: A A A", "2 min Reading time",  # reading tools
    "Pour réagir à cet article: Courrier des lecteurs",  # a prompt to react
    "Receive the best of international business news every day in your inbox",  # a newsletter's promise
    "Item 1 of 2 Trucks carry phosphate rock near the port of Jorf Lasfar, Morocco, May 12, 2025. REUTERS/Stringer",
    "[1/2] Trucks carry phosphate rock near the port. REUTERS/Stringer Purchase Licensing Rights",  # a wire's caption
    "Flash : Le taux directeur maintenu à 2,25% par Bank Al-Maghrib",  # a ticker's label and headline
    "Vous aimerez aussi : Office des changes : le déficit commercial atteint 322 MMDH",  # related, labelled
    "Also read: Tanger Med container traffic hits new record", "Lire : Hydrogène vert : le Maroc choisit",
    "More on this topic: Morocco's phosphate exports hit record", "You may also be interested in: Spain and Morocco sign",
    "Articles similaires : Mobile money : l'Afrique de l'Ouest franchit un cap",
    "Get North Africa's top stories straight to your inbox.",  # a newsletter's promise
    "Vous avez aimé cet article ? Abonnez-vous pour lire tous nos contenus.", "PUBLICITE",
    "Rejoignez la chaîne WhatsApp de Médias24", "Suivez toute l'actualité de la MAP sur les réseaux sociaux",
    "Soyez le premier à commenter cet article",  # a prompt to comment
    "tlk/as/gv", "bur-kl/lth", "oh-ys/jj",  # a wire desk's initials
    "By Hespress English", "Hespress EN", "Hespress English - Economy", "Le360 | Economie",  # the outlet alone
    "Partagé 214 fois", "Lu 1 203 fois", "Shared 86 times",  # counters told as times
    "Tweeter", "Commentez cet article", "Réagissez à cet article", "Comments: Add a comment",  # share and comment prompts
    "To contact the reporters on this story: Amina Kadiri in Rabat; Paul Hendricks in Lisbon",  # a wire's contacts
    "Partages : 128", "Vues : 1 204",  # counters with a colon
    "Vous devez être connecté pour commenter.", "Publié dans : Economie, Afrique", "Posted in: Business, Energy",
])
def test_page_furniture_lines(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Le texte a été lu 3 fois au Parlement avant son adoption.",
    "Learn more about the plant, the ministry said in a statement on Tuesday in Rabat.",
    "La séance a duré 3:12 heures selon les organisateurs du salon de Casablanca.",
    "Le ministre a invité les opérateurs à lire aussi les rapports de la Banque mondiale sur le sujet.",
    "(Reporting by Samir Alaoui in Rabat; Editing by Jane Morrow)",  # a wire's credits: its byline
    "Vous devez être connecté au réseau de la zone franche pour bénéficier de ses tarifs, a-t-il dit.",
    "Maroc - l'actualité des échanges avec la Chine a été marquée par une hausse de 12% en 2024",
    "Le groupe va télécharger l'application de gestion pour ses 3.000 salariés, a-t-il indiqué.",
    "Search for new markets has led the group to Africa, the CEO said.",
    "Get the latest figures from the ministry, which said exports rose 12% in 2024.",
    "By Reuters' count, exports rose 12% in 2024.",
    "Article précédent : le ministre a rappelé que les exportations avaient reculé de 3% en 2024, ce qui a pesé sur "
    "la balance commerciale du pays, selon les chiffres publiés mardi par l'Office des changes et repris par la presse "
    "économique nationale.",  # too long for a pager's headline
    "The group will ship the parts straight into your inbox of orders, the chief executive told Reuters on Monday.",
    "Commentez cet article de loi, a demandé le ministre aux députés lors de la séance de mardi.",
])
def test_article_sentences_are_no_furniture(line):
    assert not is_boilerplate_line(line)


def test_a_button_under_a_slogan_already_gone_leaves_the_line_above_it():
    article = "The Saudi group will invest $1.1 billion in a food processing park near Meknes, its chief executive said."
    body = "\n".join([article, "— With assistance from Nadia Bennis", "Before it's here, it's on the Atlas Desk", "LEARN MORE"])
    assert clean_document(raw_doc(body)).text.splitlines()[-1] == "— With assistance from Nadia Bennis"


def test_an_advertisement_slogan_goes_with_its_button_and_most_read_from_a_site_is_a_related_block():
    article = ("The Saudi group will invest $1.1 billion in a food processing park near Meknes, "
               "its chief executive said in an interview on Tuesday.")
    body = "\n\n".join([article, "Before it's news, it's on the Atlas Desk.", "LEARN MORE",
                        "Most Read from Atlas Wire", "Gold Slips as Dollar Firms Ahead of Fed"])
    assert clean_document(raw_doc(body)).text == article


# --------------------------------------------------------------------------- mastheads, breadcrumbs, menus (fresh5)


@pytest.mark.parametrize("line", [
    "Atlas Presse - Agence Africaine de Presse",  # an agency's masthead and tagline
    "Le premier quotidien économique du Maroc",  # a paper's tagline alone
    "Le premier hebdomadaire financier du Royaume",
    "Morocco's leading business daily",
    "Business > Energy & Utilities",  # a breadcrumb with `&`
    "Markets | Commodities & Energy",  # a breadcrumb between `|` or `/`
    "Economy & Politics / Trade",
    "Share X Facebook Linkedin Email Link",  # share buttons behind their label
    "Partager Facebook WhatsApp Copier le lien",
    "Je m'abonne",  # a subscription button
    "Get a look at the week ahead in African and global commodity markets with the Atlas Morning Brief newsletter. "
    "Sign up here.",  # a newsletter's promotion of 20 words and more, closed by its button
])
def test_outlet_taglines_breadcrumbs_share_rows_and_sign_ups(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Le premier quotidien économique du pays a été racheté par le groupe Holmarcom.",
    "Le premier journal économique du Maroc fête ses 30 ans",  # a headline: a verb after the tagline's words
    "Share prices of OCP rose 4% on the Casablanca bourse after the announcement.",
    "The company will link its Tangier plant to the port by rail, the minister said.",
    "Un marché dépendant des importations",  # a subheading of the article
])
def test_article_lines_like_taglines_or_share_rows_stay(line):
    assert not is_boilerplate_line(line)


def test_a_menu_of_section_names_between_wide_spaces_goes():
    prose = "The plant will employ 2,500 people once it is fully operational in 2028, the company said."
    body = "\n".join(["World  Business  Markets  Energy  Legal  Technology  More", prose,
                      "Exports  rose  sharply  in  2024, the office said."])
    text = clean_document(raw_doc(body)).text
    assert "Markets" not in text and text.startswith(prose)
    assert "Exports  rose" in body and "Exports rose sharply in 2024, the office said." in text


def test_a_wire_agencys_name_over_a_headerless_page_is_no_headline():
    headline = "Chinese cable maker Hanwei to build $420 million plant in Morocco"
    body = "\n".join([
        "Reuters", "World  Business  Markets  Sustainability  Legal  Technology", "Business > Autos & Transportation", "",
        headline, "", "By Samia Berrada and Kevin Zhou", "Share X Facebook Linkedin Email Link", "",
        "RABAT, Nov 20 (Reuters) - China's Hanwei Cable will build a $420 million factory in northern Morocco "
        "to supply European carmakers, the company said on Wednesday.",
    ])
    doc = clean_document(raw_doc(body))
    assert doc.title == headline
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[:2] == [headline, "By Samia Berrada and Kevin Zhou"]  # the byline stays
    assert "(Reuters)" in paragraphs[2] and "Share" not in doc.text and "Autos" not in doc.text


def test_a_papers_masthead_tagline_and_section_over_the_headline_go():
    headline = "Transferts des MRE : 95,1 milliards de DH à fin octobre"
    body = "\n".join([
        "L'Economiste", "Le premier quotidien économique du Maroc", "Economie", headline, "Par Khadija Benali",
        "Les transferts des Marocains résidant à l'étranger poursuivent leur progression, selon l'Office des changes.",
        "Perspectives",  # a subheading of the article, after its prose: it stays
        "Bank Al-Maghrib table sur des transferts de 121,5 milliards de DH en 2025, selon ses prévisions.",
    ])
    doc = clean_document(raw_doc(body))
    assert doc.title == headline
    assert doc.text.split("\n\n")[:2] == [headline, "Par Khadija Benali"]
    assert "\n\nPerspectives\n\n" in doc.text


def test_a_short_first_line_with_no_headline_under_it_stays():
    body = "Maroc-Japon\n\nLe Japon et le Maroc ont signé lundi à Rabat un accord de coopération industrielle de grande ampleur."
    assert clean_document(raw_doc(body)).text.startswith("Maroc-Japon\n\n")


def test_a_row_of_buttons_each_boilerplate_alone_is_boilerplate():
    from econews.tasks.clean import is_boilerplate_line

    assert is_boilerplate_line("S'abonner | Se connecter")
    assert is_boilerplate_line("Se connecter")
    assert not is_boilerplate_line("Le Maroc | un partenaire fiable pour l'Espagne")


def test_a_date_line_below_a_long_menu_dates_the_page():
    menu = "\n".join(["Aller au contenu", "Actualités", "Economie", "Entreprises", "Finance", "Monde", "Sport",
                      "Culture", "Opinions", "Vidéos", "Podcasts"])
    body = (
        f"{menu}\n\nLe port de Safi double sa capacité céréalière\n\nPar Leila Bennani\n\n"
        "12 mars 2026 09:40 Mis à jour il y a 2 heures\n\n"
        "Le port de Safi a inauguré lundi un nouveau terminal céréalier d'une capacité de 1,2 million de tonnes par an, "
        "selon l'Agence nationale des ports.\n"
    )
    doc = clean_document(raw_doc(body))
    assert isinstance(doc, CleanDocument)
    assert doc.published_at == dt.date(2026, 3, 12)  # fifteen lines down, past the menu
    assert doc.event_date == dt.date(2026, 3, 9)  # `lundi` against it
    assert "12 mars 2026" not in doc.text
    # the menu's `Vidéos` heads no list of teasers: the headline and byline under it stay
    assert doc.title == "Le port de Safi double sa capacité céréalière"
    assert doc.text.startswith("Le port de Safi double sa capacité céréalière\n\nPar Leila Bennani\n\n")


def test_a_wires_contact_lines_and_a_listen_prompt_are_boilerplate():
    for line in ("Listen to this article 3:12 min", "To contact the reporter on this story:",
                 "Salma Idrissi in Rabat at sidrissi1@bloomberg.net", "To contact the editors responsible for this story:"):
        assert is_boilerplate_line(line), line
    # an article's sentence giving an address is the article's
    assert not is_boilerplate_line("Le rapport est disponible sur demande à info@amith.ma.")


def test_a_masthead_ending_in_a_short_lower_case_word_is_no_headline():
    headline = "Aliments composés : le Maroc a importé pour 19,6 MMDH de maïs et de tourteaux de soja en 2025"
    body = "\n\n".join(["La Vie éco", headline, "Par Karim Sqalli",
                        "Les importations marocaines de maïs ont atteint 19,6 milliards de DH en 2025, selon l'AFAC."])
    doc = clean_document(raw_doc(body))
    assert doc.title == headline
    assert doc.text.startswith(headline)
    # a three-word headline whose last word is a verb stays one
    from econews.tasks.clean import is_name_line
    assert is_name_line("La Vie éco") and not is_name_line("Le Maroc signe") and not is_name_line("Inflation en baisse")


def test_a_french_article_is_cleaned_without_loading_the_language_model():
    """py3langid weighs ~75 MiB in each worker: a French page whose paragraphs write no word
    of another language does not load it; one English paragraph does, and goes."""
    from econews.tasks import clean

    french = "\n\n".join([
        "Le Maroc et l'Inde renforcent leur partenariat",
        "Il a rencontré à New Delhi le président-directeur général de l'OCP, Mostafa Terrab.",
        "En outre, au ministère de l'industrie, on souligne que la région de Casablanca attire des investisseurs.",
        "Le groupe OCP a signé un accord de fourniture de 1,5 million de tonnes d'engrais avec un partenaire indien.",
    ])
    clean._identifier.cache_clear()
    doc = clean_document(raw_doc(french))
    assert clean._identifier.cache_info().currsize == 0
    assert "Il a rencontré à New Delhi" in doc.text and "on souligne" in doc.text
    english = "The ministry said the agreement would be signed in March with the Indian company."
    doc = clean_document(raw_doc(french + "\n\n" + english))
    assert clean._identifier.cache_info().currsize == 1
    assert english not in doc.text


def test_related_headings_with_their_headlines_go():
    article = ("Le groupe sud-coréen Hanseong Materials a signé mercredi à Rabat une convention d'investissement de "
               "1,4 milliard de dirhams pour une usine à Kénitra.")
    for heading in ("Articles en relation", "Trending", "A lire aussi :", "Related content", "Related"):
        body = "\n\n".join([article, heading, "Tanger Med: le trafic de conteneurs progresse de 7% en janvier"])
        assert clean_document(raw_doc(body)).text == article, heading


def test_a_print_editions_date_is_the_publication_date_and_every_top_dateline_goes():
    article = ("Le textile-habillement a bouclé 2025 sur une note positive, selon le bilan présenté lundi à "
               "Casablanca par l'association professionnelle du secteur.")
    body = "\n".join(["L'Economiste", "Edition N°7218 du 21/01/2026", "", "Textile : les exportations résistent", "",
                      article])
    assert clean_document(raw_doc(body)).published_at == dt.date(2026, 1, 21)
    body = "\n".join(["Edition N°: 7136 Le 18/11/2025", "Engrais : l'Inde tire les exportations",
                      "Par Nadia Kettani | Edition N°:7136 Le 18/11/2025", "", article])
    cleaned = clean_document(raw_doc(body))
    assert cleaned.published_at == dt.date(2025, 11, 18)
    assert "7136" not in cleaned.text and "Par Nadia Kettani" in cleaned.text


def test_a_blog_platforms_share_and_like_buttons_and_a_comment_button_go():
    article = ("China was Morocco's third-largest trading partner in 2025, with trade of 92 billion dirhams, "
               "according to the Foreign Exchange Office.")
    noise = ["Share this:", "Click to share on X (Opens in new window)", "Click to share on Facebook (Opens in new window)",
             "Like this:", "Loading...", "Commenter"]
    assert clean_document(raw_doc("\n".join([article, "", *noise]))).text == article
    # a sentence that merely starts with the words stays
    kept = "Like this year, exports rose 4% in the first quarter of 2025, the office said."
    assert kept in clean_document(raw_doc("\n\n".join([article, kept]))).text


@pytest.mark.parametrize("line", [
    "Dernière minute : Le Conseil de gouvernement adopte trois projets de décrets",
    "Breaking: Parliament adopts 2027 draft finance bill in first reading",
    "Les plus lus : Textile : la fast fashion européenne se tourne vers Tanger",
    "Read Next: Egypt's Mostakbal Misr buys 480,000 tons of Russian wheat",
    "More in Business",
    "Réagir à cet article",
])
def test_labelled_tickers_related_links_and_prompts_are_boilerplate(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "More in Morocco than anywhere else, the sector grew 12% last year.",
    "Les plus lus des rapports de Bank Al-Maghrib montrent une hausse de 3%.",
])
def test_sentences_opening_like_a_label_stay(line):
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize("noise", [
    "Lu 1234 fois", "2 345 vues", "Cet article vous a-t-il été utile ?", "Ph. DR", "(Avec agences)", "Avec MAP",
    "Source : MAP", "Publié par la rédaction", "Sponsored content", "Publireportage",
    "All quotes delayed a minimum of 15 minutes. See here for a list of exchanges and delays.",
    "Dans la même rubrique : Balance commerciale: le déficit se creuse de 7% en janvier", "Article en accès libre",
    "Afrique-pêche-UE-Maroc,PREV", "Atalayar - Tags: Morocco, Egypt, Tunisia, FDI",
])
def test_counters_prompts_and_bare_credits_are_boilerplate(noise):
    body = ("Le groupe OCP a signé mardi un accord avec l'Inde portant sur 1,5 million de tonnes d'engrais.\n"
            f"{noise}\nL'accord court jusqu'en 2027 et prévoit des livraisons trimestrielles vers les ports indiens.\n"
            "Avec 157,4 MMDH d'exportations, l'automobile reste le premier secteur exportateur.")
    doc = clean_document(raw_doc(body))
    assert noise not in doc.text and "Avec 157,4 MMDH" in doc.text


def test_a_day_and_month_without_the_year_in_the_lead_dates_the_event():
    body = (
        "Route de la soie : 1,2 milliard de dollars de prêts chinois\n\n"
        "Le Maroc et la Banque d'export-import de Chine ont signé le 2 septembre à Pékin des accords de prêt "
        "d'un montant total de 1,2 milliard de dollars, dans le cadre de l'initiative la Ceinture et la Route.\n\n"
        "Le premier prêt financera une partie de la ligne ferroviaire Marrakech-Agadir, livrable le 15 octobre 2028."
    )
    assert clean_document(raw_doc(body, {"date": "2026-09-09"})).event_date == dt.date(2026, 9, 2)
    english = (
        "Morocco and China Exim Bank signed on September 2 in Beijing loan agreements worth $1.2 billion "
        "for a high-speed line and desalination plants, the finance ministry said.\n\n"
        "The first loan, of $850 million, will finance part of the Marrakech-Agadir line."
    )
    assert clean_document(raw_doc(english, {"date": "2026-09-09"})).event_date == dt.date(2026, 9, 2)
    # A date to come, or one further back than a week, is no event of the article.
    later = body.replace("ont signé le 2 septembre", "signeront le 20 septembre")
    assert clean_document(raw_doc(later, {"date": "2026-09-09"})).event_date is None
    # The year before, when the page is dated early in January.
    january = body.replace("le 2 septembre", "le 30 décembre")
    assert clean_document(raw_doc(january, {"date": "2027-01-04"})).event_date == dt.date(2026, 12, 30)
