"""Figures in context: the countries and period a figure takes from its paragraph and from
the article's headline and lead when its own sentence does not state them."""

from __future__ import annotations

from econews.tasks.metrics import extract_metrics


def figures(text: str, **kwargs) -> dict[str, dict]:
    return {f["text"]: f for f in extract_metrics(text, doc_id="d", **kwargs)}


TRADE = (
    "Commerce extérieur : les échanges maroco-chinois en hausse au premier semestre 2024\n"
    "Les échanges commerciaux entre le Maroc et la Chine ont atteint 39,5 milliards DH, selon "
    "l'Office des changes. Les importations ont progressé de 8 %.\n"
    "En 2023, les exportations vers l'Espagne ont atteint 5 milliards DH. Elles ont augmenté de 4 %.\n"
    "Le salon a attiré 12.000 visiteurs."
)


def test_sentence_then_paragraph_then_article_countries():
    found = figures(TRADE)
    assert found["39,5 milliards DH"]["countries"] == ["CN", "MA"]  # its sentence
    assert found["8 %"]["countries"] == ["CN", "MA"]  # the sentence before, same paragraph
    assert found["5 milliards DH"]["countries"] == ["ES"]  # its own sentence wins
    assert found["4 %"]["countries"] == ["ES"]  # its paragraph, not the article's
    assert found["12.000 visiteurs"]["countries"] == ["CN", "MA"]  # the headline and lead


def test_sentence_then_paragraph_then_headline_period():
    found = figures(TRADE)
    assert found["39,5 milliards DH"]["period"] == "2024-H1"  # the headline's
    assert found["8 %"]["period"] == "2024-H1"
    assert found["5 milliards DH"]["period"] == "2023"  # its own sentence
    assert found["4 %"]["period"] == "2023"  # the sentence before it
    assert found["12.000 visiteurs"]["period"] is None  # a count has no period of its own


def test_title_outside_the_body_is_the_headline():
    body = "Les exportations ont progressé de 12 %.\nElles ont atteint 3 milliards DH."
    found = figures(body, title="Le Maroc et le Japon : les échanges au premier trimestre 2024")
    assert found["12 %"]["period"] == "2024-Q1"
    assert found["12 %"]["countries"] == ["JP", "MA"]
    assert found["3 milliards DH"]["countries"] == ["JP", "MA"]


def test_event_dates_and_horizons_are_not_the_articles_period():
    body = (
        "Rabat, jeudi 8 février 2018. Le ministre a présenté la feuille de route pour l'année 2025.\n"
        "Les exportations ont augmenté de 6 %. Le plan vise 100 GWh d'ici 2030.\n"
        "La région représente 32 % du PIB."
    )
    found = figures(body)
    assert found["6 %"]["period"] is None
    assert found["100 GWh"]["period"] == "2030"
    assert found["32 %"]["period"] is None


def test_no_country_named_gives_no_country():
    found = figures("Les ventes ont progressé de 7 % en 2023.\nLe chiffre d'affaires a atteint 2 milliards DH.")
    assert found["7 %"]["countries"] == []
    assert found["2 milliards DH"]["countries"] == []


def test_most_named_country_when_the_lead_names_none():
    body = (
        "Les ventes ont progressé de 7 % en 2023.\n"
        "Le Maroc a signé un accord. Le Maroc accueillera l'usine, selon le ministère.\n"
        "Le chiffre d'affaires a atteint 2 milliards DH."
    )
    assert figures(body)["2 milliards DH"]["countries"] == ["MA"]
