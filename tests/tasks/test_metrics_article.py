"""Figures in context: the countries and period a figure takes from its paragraph and from
the article's headline and lead when its own sentence does not state them."""

from __future__ import annotations

import re

import pytest

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
    # Its own sentence wins (exports from Morocco to Spain: both).
    assert found["5 milliards DH"]["countries"] == ["ES", "MA"]
    assert found["4 %"]["countries"] == ["ES", "MA"]  # its paragraph, not the article's (CN)
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


def test_clause_before_an_aside_and_home_words():
    body = (
        "Morocco, which has free trade agreements with the European Union and the United States, "
        "produced about 535,000 vehicles in 2023.\n"
        "La capacité renouvelable installée du Royaume atteint 5.400 MW.\n"
        "La Chine a signé un accord avec le Japon."
    )
    found = figures(body, language="en")
    assert found["535,000 vehicles"]["countries"] == ["MA"]  # not the EU and US of the aside
    found = figures(body.split("\n", 1)[1])
    assert found["5.400 MW"]["countries"] == ["MA"]  # `du Royaume`


def test_home_country_named_by_a_place():
    body = "Une usine ouvrira à Kénitra.\nLe groupe a investi 300 MDH dans le projet."
    assert figures(body)["300 MDH"]["countries"] == ["MA"]
    assert figures("Le groupe a investi 300 MDH dans le projet.")["300 MDH"]["countries"] == []


def test_parts_of_the_year_without_a_year_are_of_the_publication_year():
    found = figures(
        "Les ventes ont totalisé 15,1 MMDH à fin mars. Les flux ont bondi de 55 % au premier semestre. "
        "Trade fell by 18% in the first nine months of 2023.",
        published_year=2024,
    )
    assert found["15,1 MMDH"]["period"] == "2024-Q1"  # `à fin mars`: the year so far, January to March
    assert found["55 %"]["period"] == "2024-H1"
    assert found["18%"]["period"] == "2023-01/2023-09"
    # Without a publication date, a part of the year without a year is no period.
    assert figures("Les flux ont bondi de 55 % au premier semestre.")["55 %"]["period"] is None


def test_the_day_of_an_event_is_no_period():
    found = figures(
        "Le groupe a annoncé le 14 juin 2023 un investissement de 420 millions de dirhams. "
        "Les exportations ont atteint 3 milliards DH en juin 2023."
    )
    english = figures("The company said on March 5, 2024 it would invest $1.8 billion.", language="en")
    assert found["420 millions de dirhams"]["period"] is None
    assert english["$1.8 billion"]["period"] is None
    assert found["3 milliards DH"]["period"] == "2023-06"  # a month, not a day


def test_a_foreign_company_named_again_gives_its_country():
    body = (
        "Kénitra : le japonais Yokoma Seats inaugure son usine\n"
        "Le fabricant japonais Yokoma Seats a inauguré mardi son usine de Kénitra, d'un coût de 600 MDH.\n"
        "Le site, qui s'étend sur 20.000 m2, emploie 700 personnes. Il recrutera 300 techniciens en 2025.\n"
        "Avec cette usine, les effectifs du groupe au Maroc dépasseront 4.000 salariés.\n"
        "Selon le ministère, le secteur automobile a exporté 157 milliards de dirhams en 2024. "
        "Le taux d'intégration atteint 69%."
    )
    found = figures(body)
    for figure in ("600 MDH", "20.000 m2", "700 personnes", "300 techniciens", "4.000 salariés"):
        assert found[figure]["countries"] == ["JP", "MA"], figure
    # A national sector is the home country's, and so is the paragraph it opens.
    assert found["157 milliards de dirhams"]["countries"] == ["MA"]
    assert found["69%"]["countries"] == ["MA"]


def test_english_company_cues_and_the_source_of_a_statement():
    body = (
        "Rabat - French carmaker Vexor said on Monday it would invest 2 billion dirhams in its Tangier plant.\n"
        "The expansion will create 1,500 jobs, Morocco's industry minister said.\n"
        "Morocco's car exports reached $14 billion last year, according to the company."
    )
    found = figures(body, language="en")
    assert found["2 billion dirhams"]["countries"] == ["FR", "MA"]
    assert found["1,500 jobs"]["countries"] == ["FR", "MA"]
    assert found["$14 billion"]["countries"] == ["MA"]  # `according to the company` is a source


def test_counts_of_a_countrys_people_and_capitals_for_governments():
    found = figures("Le ministre a salué un accord qui garantit la sécurité alimentaire de 1,4 milliard d'Indiens.")
    assert found["1,4 milliard"]["countries"] == ["IN"]
    found = figures("Quelque 150 entreprises américaines opèrent au Maroc et emploient 40.000 personnes.")
    assert found["150 entreprises"]["countries"] == ["MA", "US"]  # an adjective, not their own country
    assert found["40.000 personnes"]["countries"] == ["MA", "US"]
    found = figures("Le Maroc et le Japon ont signé. Tokyo et Rabat veulent porter les échanges à 15 milliards de DH.")
    assert found["15 milliards de DH"]["countries"] == ["JP", "MA"]
    found = figures("Le Maroc a signé, mardi à Bruxelles, un accord de 620 millions d'euros.")
    assert found["620 millions d'euros"]["countries"] == ["MA"]  # a venue is no country of the figure


def test_headline_focus_and_a_figure_placed_in_the_home_country():
    body = (
        "Agadir : le Japon finance une halle aux poissons\n"
        "L'ambassadeur du Japon a inauguré hier une halle financée par un don japonais de 1,6 milliard de yens.\n"
        "L'équipement bénéficiera à près de 3.000 marins-pêcheurs de la région Souss-Massa.\n"
        "Le projet a coûté 12 millions de dollars."
    )
    found = figures(body)
    assert found["1,6 milliard de yens"]["countries"] == ["JP", "MA"]
    assert found["3.000 marins-pêcheurs"]["countries"] == ["MA"]  # placed in Morocco, no foreign country said
    assert found["12 millions de dollars"]["countries"] == ["JP", "MA"]  # the headline's focus


def test_the_rest_of_the_sentence_and_contrasting_clauses():
    found = figures(
        "Quelque 22 accords, d'un montant de 10 milliards d'euros, ont été signés lors de la visite du président "
        "français. Les expéditions vers la Russie ont chuté de 18%, tandis que celles vers le Royaume-Uni ont "
        "progressé de 9%."
    )
    assert found["10 milliards d'euros"]["countries"] == ["FR"]
    assert found["18%"]["countries"] == ["RU"]
    assert found["9%"]["countries"] == ["GB"]


def test_a_home_company_project_abroad_is_about_both():
    body = (
        "Engrais : le marocain Atlas Fertilizers construira une usine au Ghana\n"
        "Le groupe marocain Atlas Fertilizers a signé lundi un accord avec le gouvernement ghanéen.\n"
        "L'usine produira 1,2 million de tonnes par an. Elle emploiera 900 personnes.\n"
        "En 2024, le chiffre d'affaires du groupe a atteint 9 milliards de dirhams."
    )
    found = figures(body)
    assert found["1,2 million de tonnes"]["countries"] == ["GH", "MA"]
    assert found["900 personnes"]["countries"] == ["GH", "MA"]
    assert found["9 milliards de dirhams"]["countries"] == ["MA"]  # the company's, not its project's


def test_a_bracket_after_a_country_a_national_figure_and_a_count_about_another_country():
    found = figures(
        "La France demeure le premier investisseur au Maroc avec 31% du stock, suivie de l'Espagne (12%) "
        "et des Émirats arabes unis (9%)."
    )
    assert found["12%"]["countries"] == ["ES", "MA"]
    assert found["9%"]["countries"] == ["AE", "MA"]
    body = (
        "Le britannique Unilever cède son usine de Casablanca\n"
        "Selon le HCP, la production industrielle nationale a progressé de 2,1% au premier semestre."
    )
    assert figures(body)["2,1%"]["countries"] == ["MA"]
    english = figures(
        "More than 200 Portuguese companies operate in Morocco, employing about 7,000 people.", language="en"
    )
    assert english["7,000 people"]["countries"] == ["MA", "PT"]  # the companies' country is shared
    english = figures(
        "It would supply 3.6 GW, enough for about 7 million British homes, and create 10,000 jobs in Morocco.",
        language="en",
    )
    assert english["10,000 jobs"]["countries"] == ["MA"]  # the homes' country is theirs alone


def test_a_figure_placed_by_its_clause_and_the_leads_first_clause():
    body = (
        "Phosphate group posts record profit\n"
        "CASABLANCA, March 28, 2024 (Reuters) - Morocco's phosphate group Atlas Phos reported a net profit "
        "of 28 billion dirhams for 2023, up 12%, as fertilizer sales to India and Brazil surged.\n"
        "Revenue rose to 91 billion dirhams."
    )
    found = figures(body, language="en")
    # Its clause names Morocco: the destinations of an explanation after it are not its countries.
    assert found["28 billion dirhams"]["countries"] == ["MA"]
    assert found["12%"]["countries"] == ["MA"]
    # The lead's first clause that names a country is the article's focus, not its destinations.
    assert found["91 billion dirhams"]["countries"] == ["MA"]


def test_the_lead_after_a_masthead_line_gives_the_focus():
    body = (
        "La Revue éco\n"
        "Agrumes : les exportations ont dépassé 4 milliards de DH\n"
        "Les exportations marocaines d'agrumes ont atteint 4,2 milliards de DH.\n"
        "Les volumes expédiés se sont établis à 600.000 tonnes. L'Allemagne et l'espagnol Frutas del Sol "
        "sont cités plus loin."
    )
    found = figures(body, title="Agrumes : les exportations ont dépassé 4 milliards de DH")
    assert found["600.000 tonnes"]["countries"] == ["MA"]  # not the most named country


def test_company_cues_with_adjectives_and_name_particles_and_more_demonyms():
    from econews.countries import company_nationalities

    found = company_nationalities(
        "L'équipementier automobile portugais Ferrovia Componentes S.A. a inauguré son usine, tandis que "
        "l'espagnol Frutas del Guadalquivir et le producteur péruvien Andes Berry Farms S.A.C. investissent."
    )
    assert [(name, code) for _, _, name, code in found] == [
        ("Ferrovia Componentes S.A.", "PT"), ("Frutas del Guadalquivir", "ES"), ("Andes Berry Farms S.A.C.", "PE"),
    ]
    found = figures(
        "Le producteur péruvien Andes Berry a repris 400 hectares à Larache, tandis que l'espagnol Frutas "
        "prévoit d'y créer 2.000 emplois."
    )
    assert found["400 hectares"]["countries"] == ["MA", "PE"]


def test_a_station_is_the_project_named_again_and_an_aside_does_not_take_the_clients():
    body = (
        "Dessalement : le saoudien Rimal Water signe pour la station de Tiznit\n"
        "Le groupe saoudien Rimal Water a signé la concession de la future station de Tiznit.\n"
        "La station, d'une capacité de 100 millions de m3 par an, alimentera la région de Souss-Massa.\n"
        "Le site, qui s'étend sur 4,5 hectares, fournira des clients en Espagne et en Slovaquie."
    )
    found = figures(body)
    assert found["100 millions de m3"]["countries"] == ["MA", "SA"]
    assert found["4,5 hectares"]["countries"] == ["MA", "SA"]


def test_a_cause_after_the_figure_and_a_list_of_countries():
    found = figures(
        "Balance commerciale : le déficit du Maroc se creuse\n"
        "Les ventes de phosphates ont augmenté de 13,3% à 59,2 milliards de DH, grâce à la hausse des "
        "expéditions vers l'Inde, le Brésil et les Etats-Unis."
    )
    assert found["13,3%"]["countries"] == ["MA"]  # the cause's destinations are not the figure's
    assert found["59,2 milliards de DH"]["countries"] == ["MA"]
    found = figures(
        "Pharmacie : une usine marocaine tournée vers l'Afrique\n"
        "Environ 60% de la production sera exportée vers l'Afrique de l'Ouest, notamment vers le Sénégal, "
        "la Côte d'Ivoire et le Cameroun."
    )
    assert found["60%"]["countries"] == ["CI", "CM", "MA", "SN"]  # the whole list, not its first


def test_the_two_countries_named_again_and_a_bloc_as_a_ranking_frame():
    body = (
        "Le Maroc et le Nigeria signent un accord sur les engrais\n"
        "OCP et le fonds souverain du Nigeria ont signé l'accord.\n"
        "Les échanges entre les deux pays restent modestes : 3,1 MMDH en 2023, dont 2,6 MMDH "
        "d'exportations marocaines."
    )
    found = figures(body)
    assert found["3,1 MMDH"]["countries"] == ["MA", "NG"]
    assert found["2,6 MMDH"]["countries"] == ["MA", "NG"]
    english = figures(
        "Italy is one of Morocco's leading trading partners in the EU, with bilateral trade of €6.2 billion "
        "in 2024.", language="en",
    )
    assert english["€6.2 billion"]["countries"] == ["IT", "MA"]


def test_a_national_lender_by_its_acronym_and_the_only_company_with_a_cue():
    found = figures("Le Maroc a obtenu un prêt de 1,6 milliard de yens de la JICA pour le port.")
    assert found["1,6 milliard de yens"]["countries"] == ["JP", "MA"]
    body = (
        "Batteries : une nouvelle usine à Tanger\n"
        "Un accord a été signé lundi à Rabat pour une usine de cathodes.\n"
        "Le projet est porté par le groupe sud-coréen Daeyang Materials, déjà présent en Europe.\n"
        "L'usine emploiera 600 personnes."
    )
    assert figures(body)["600 personnes"]["countries"] == ["KR", "MA"]


def test_another_countrys_own_economy_and_a_comparison_with_the_home_country():
    body = (
        "Morocco's OCP to lift fertilizer sales to Brazil\n"
        "OCP plans to raise its shipments to Brazil by about 20% this year.\n"
        "Brazil's agriculture ministry said it expected the country's fertilizer imports to hit 43 million "
        "tonnes in 2025.\n"
        "Egypt's car output reached 100,000 units in 2023, against 500,000 in Morocco."
    )
    found = figures(body, language="en")
    assert found["43 million tonnes"]["countries"] == ["BR"]
    assert found["100,000 units"]["countries"] == ["EG"]
    assert found["500,000"]["countries"] == ["MA"]
    assert found["20%"]["countries"] == ["BR", "MA"]
    found = figures("Brazil bought 3.5 million tonnes of Moroccan fertilizers in 2024.", language="en")
    assert found["3.5 million tonnes"]["countries"] == ["BR", "MA"]


def test_a_figure_of_the_whole_world_is_the_foreign_companys_own():
    body = (
        "Batteries : le chinois Hengrui Power s'installe à Tanger Tech\n"
        "Le groupe chinois Hengrui Power va construire une usine de 300 millions de dollars à Tanger Tech.\n"
        "Le groupe, qui emploie 42.000 personnes dans le monde, a réalisé un chiffre d'affaires mondial "
        "de 9 milliards de dollars en 2023.\n"
        "Le projet, d'un coût global de 75 millions de dollars, créera 800 emplois."
    )
    found = figures(body)
    assert found["300 millions de dollars"]["countries"] == ["CN", "MA"]
    assert found["42.000 personnes"]["countries"] == ["CN"]  # its staff worldwide
    assert found["9 milliards de dollars"]["countries"] == ["CN"]
    # French `global` is `total`: the project's cost is the project's, in Morocco.
    assert found["75 millions de dollars"]["countries"] == ["CN", "MA"]
    english = figures(
        "Korea's Daewon Cell will build a $250 million plant in Kenitra. The company, which has a global "
        "workforce of 12,000, posted revenue of $3.1 billion worldwide last year. Its share of Morocco's "
        "exports to the world reached 2% in 2024.", language="en",
    )
    assert english["$250 million"]["countries"] == ["KR", "MA"]
    assert english["12,000"]["countries"] == ["KR"]
    assert english["$3.1 billion"]["countries"] == ["KR"]
    assert "MA" in english["2%"]["countries"]  # the world as the home country's market


def test_a_company_profile_its_accounts_and_a_comparison_are_not_the_home_countrys():
    body = (
        "Câblage : le japonais Kaneda Densen ouvre une usine à Tétouan\n"
        "Le japonais Kaneda Densen a inauguré mardi une usine à Tetouan Park.\n"
        "L'investissement, de 640 MDH, porte ses effectifs dans le Royaume à 3.400 salariés.\n"
        "Fondé à Nagoya en 1948, le groupe emploie 41.000 personnes dans 19 pays et a réalisé un chiffre "
        "d'affaires de 486 milliards de yens.\n"
        "La première tranche, d'un coût de 310 MDH, entrera en production en 2025.\n"
        "A titre de comparaison, la Turquie a exporté pour 262 milliards de dollars de biens en 2024."
    )
    found = figures(body)
    assert found["640 MDH"]["countries"] == ["JP", "MA"]  # `l'investissement`: the project named again
    assert found["310 MDH"]["countries"] == ["JP", "MA"]  # `la première tranche`
    assert found["41.000 personnes"]["countries"] == ["JP"]  # the group as a whole
    assert found["486 milliards de yens"]["countries"] == ["JP"]
    assert found["262 milliards de dollars"]["countries"] == ["TR"]  # compared, not Morocco's
    english = figures(
        "Saudi group Wahat Al Jazira will invest $2.1 billion in Morocco. The Riyadh-based company, which has "
        "total assets of about $38 billion, will build a 12-hectare park near Meknes. Shares of "
        "Wahat rose 3.4% in Riyadh.", language="en",
    )
    assert english["$38 billion"]["countries"] == ["SA"]
    assert english["12-hectare"]["countries"] == ["MA", "SA"]
    assert english["3.4%"]["countries"] == ["SA"]
    english = figures("China's Xinrui to build plant in Morocco\n\nChina's Xinrui Motor will build a plant in "
                      "Kenitra, Morocco. Xinrui's shares rose 4.2% in Shenzhen on Tuesday.", language="en")
    assert english["4.2%"]["countries"] == ["CN"]  # `X's shares rose`, as `Shares of X rose`
    # A figure in an aside takes the project the rest of its sentence names.
    aside = figures(
        "L'italien Fonderie Valsesia s'installe à Kénitra. D'un montant de 38 millions d'euros, le projet "
        "devrait créer 420 emplois directs."
    )
    assert aside["38 millions d'euros"]["countries"] == ["IT", "MA"]


def test_figures_compared_country_by_country_and_the_country_named_again():
    body = (
        "Morocco, Egypt, Turkey: who wins the race?\n"
        "Egypt, long presented as Morocco's rival, remains far behind. The country assembled about 110,000 "
        "vehicles in 2024.\n"
        "Turkey plays in a different league. Its factories produced 1.36 million vehicles in 2024. The "
        "country's automotive exports reached $37.2 billion.\n"
        "A worker earns about $350 a month in Morocco, against some $250 in Egypt and more than $900 in Turkey."
    )
    found = figures(body, language="en")
    assert found["110,000 vehicles"]["countries"] == ["EG"]
    assert found["1.36 million vehicles"]["countries"] == ["TR"]
    assert found["$37.2 billion"]["countries"] == ["TR"]  # through `Its` back to `Turkey`
    assert found["$350"]["countries"] == ["MA"]
    assert found["$250"]["countries"] == ["EG"]
    assert found["$900"]["countries"] == ["TR"]
    # A share of the home country's stock compared with another partner's is of both.
    shares = figures(
        "Les avoirs français représentent 31% du stock d'IDE au Maroc, contre 9% seulement pour les Emirats."
    )
    assert shares["9%"]["countries"] == ["AE", "MA"]


def test_an_organisation_of_the_home_country_places_a_figure_unless_its_project_is_abroad():
    body = (
        "Engrais : l'Inde et le Brésil tirent les ventes\n"
        "Les exportations de phosphates et dérivés ont atteint 48,7 milliards de DH au premier semestre, selon "
        "l'Office des changes.\n"
        "L'Inde reste le premier débouché : les expéditions vers le sous-continent ont totalisé 2,1 millions de "
        "tonnes.\n"
        "De son côté, OCP, qui a produit 7,8 millions de tonnes d'engrais, vise 20 millions de tonnes en 2028."
    )
    found = figures(body)
    assert found["48,7 milliards de DH"]["countries"] == ["MA"]  # not the headline's customers
    assert found["2,1 millions de tonnes"]["countries"] == ["IN", "MA"]
    assert found["7,8 millions de tonnes"]["countries"] == ["MA"]
    abroad = figures(
        "OCP et le Nigeria signent pour une usine d'engrais\n"
        "Le groupe OCP et le fonds NSIA ont signé lundi à Abuja l'accord de la future usine d'Akwa Ibom.\n"
        "L'usine produira 750.000 tonnes d'ammoniac par an. OCP en détiendra 51%."
    )
    assert abroad["51%"]["countries"] == ["MA", "NG"]  # the host, a city of the lead, is Nigeria


def test_the_programme_named_in_an_earlier_sentence_and_a_programme_of_another():
    body = (
        "Investissement : le fonds émirien EGI engage 1,2 milliard de dollars au Maroc\n"
        "Le fonds émirien EGI a signé mardi à Abou Dhabi un accord portant sur 1,2 milliard de dollars au Maroc.\n"
        "Le programme comprend trois projets. Le plus important est un complexe de 1,5 GW dans la région de "
        "Guelmim-Oued Noun.\n"
    )
    found = figures(body)
    assert found["1,5 GW"]["countries"] == ["AE", "MA"]  # the fund's programme, one sentence before
    # `Le programme de l'ONEE` is the ONEE's, not the main company's named again.
    from econews.tasks.metrics.article import read_article
    from econews.tasks.metrics.countries import _main_company_named_again

    article = read_article(body, None, 2024)
    for sentence, expected in (("Le programme comprend trois projets.", {"AE", "MA"}),
                               ("Le programme de l'ONEE prévoit 1.150 km de lignes.", set())):
        assert _main_company_named_again(sentence, [(0, len(sentence))], article) == expected


def test_a_figure_compared_after_it_and_a_multilateral_lender_named_after_a_region():
    body = (
        "Commerce extérieur : l'Espagne creuse l'écart avec la France\n"
        "L'Espagne a conforté sa position de premier partenaire commercial du Maroc. Les échanges de biens "
        "entre les deux pays ont atteint 248,6 milliards de dirhams, en hausse de 7,3% sur un an, contre "
        "166,3 milliards de dirhams avec la France."
    )
    found = figures(body)
    assert found["248,6 milliards de dirhams"]["countries"] == ["ES", "MA"]
    assert found["7,3%"]["countries"] == ["ES", "MA"]
    assert found["166,3 milliards de dirhams"]["countries"] == ["FR", "MA"]
    loan = figures(
        "La Banque européenne pour la reconstruction et le développement (BERD) a signé à Rabat un prêt de "
        "200 millions d'euros en faveur de l'ONEE. La BEI a ajouté 50 millions d'euros au Maroc."
    )
    assert loan["200 millions d'euros"]["countries"] == ["MA"]
    assert loan["50 millions d'euros"]["countries"] == ["EU", "MA"]


def test_the_partners_of_a_foreign_bloc_ranked_and_a_byline_with_its_date_is_no_lead():
    body = (
        "Commerce UE-Maghreb : le Maroc creuse l'écart avec l'Algérie\n"
        "Par Youssef Alami | Le 17/04/2025 à 09:20\n"
        "Le Maroc a consolidé sa place de premier partenaire commercial de l'Union européenne au Maghreb, avec "
        "62,3 milliards d'euros d'échanges.\n"
        "L'Algérie arrive en deuxième position avec 47,9 milliards d'euros. La Tunisie suit avec 24,1 milliards "
        "d'euros.\n"
        "Le Maroc est le premier partenaire africain de l'UE, devant l'Afrique du Sud (51,2 milliards d'euros).\n"
        "L'Espagne reste le premier partenaire commercial du Maroc, devant la France (20%)."
    )
    found = figures(body)
    assert found["62,3 milliards d'euros"]["countries"] == ["EU", "MA"]
    assert found["47,9 milliards d'euros"]["countries"] == ["DZ", "EU"]  # the lead ranks the EU's partners
    assert found["24,1 milliards d'euros"]["countries"] == ["EU", "TN"]
    assert found["51,2 milliards d'euros"]["countries"] == ["EU", "ZA"]  # its sentence ranks them
    assert found["20%"]["countries"] == ["FR", "MA"]  # the home country's partners: as before


def test_a_foreign_subject_and_its_own_economy_in_french_and_a_list_after_prepositions():
    body = (
        "Commerce : l'Espagne devance la France au Maroc\n"
        "La France, de son côté, a ramené son déficit commercial à 81 Md€ en 2024.\n"
        "New Delhi, qui importe près de 60% de sa consommation de phosphate, a relevé ses subventions.\n"
        "Le groupe allemand Kessler, qui a ouvert des sites en Hongrie, au Mexique et en Chine, ambitionne de "
        "porter l'électromobilité à 40% de ses ventes d'ici 2030."
    )
    found = figures(body)
    assert found["81 Md€"]["countries"] == ["FR"]
    assert found["60%"]["countries"] == ["IN"]
    assert found["40%"]["countries"] == ["DE"]  # not the aside's countries, not Morocco's


def test_the_sites_of_the_company_in_the_home_country_and_a_foreign_countrys_local_economy():
    body = (
        "Automobile : Renault accélère au Maroc\n"
        "Le constructeur français Renault a annoncé ses résultats mardi.\n"
        "Ses deux usines marocaines ont produit 158.000 véhicules sur les cinq premiers mois.\n"
        "Egyptian officials aim to lift local production to 400,000 vehicles a year by 2030."
    )
    found = figures(body)
    assert found["158.000 véhicules"]["countries"] == ["FR", "MA"]
    assert found["400,000 vehicles"]["countries"] == ["EG"]


def test_a_share_of_a_countrys_own_flow_is_of_its_owner_and_the_subject():
    found = figures(
        "The European Union absorbs around 70% of Turkey's automotive exports and more than 80% of Morocco's.",
        language="en",
    )
    assert found["70%"]["countries"] == ["EU", "TR"]
    assert found["80%"]["countries"] == ["EU", "MA"]


def test_lead_past_a_masthead_and_a_timed_byline_dates_the_figures():
    body = ("Le Journal.ma\n\nCommerce : le Maroc creuse l'écart\n\nPar Karim Alami | Le 17/04/2025 à 09:20\n\n"
            "Le Maroc a consolidé en 2024 sa place de premier partenaire commercial de l'Union européenne au Maghreb.\n\n"
            "L'Algérie arrive en deuxième position avec 47,9 milliards d'euros d'échanges.")
    found = figures(body, title="Commerce : le Maroc creuse l'écart", published_year=2025)
    assert found["47,9 milliards d'euros"]["period"] == "2024"


def test_a_deal_is_not_dated_by_the_headline_but_a_flow_is():
    body = ("Les exportations bondissent au premier semestre 2024\n"
            "Le groupe a annoncé un investissement de 850 MDH dans une nouvelle ligne. "
            "La banque a accordé un prêt de 200 M€ au port. Montant de l'opération : 45 M€.\n"
            "Les investissements à l'étranger ont reculé de 21,7%, à 3,6 Mds DH.")
    found = figures(body, published_year=2024)
    assert [found[t]["period"] for t in ("850 MDH", "200 M€", "45 M€")] == [None, None, None]
    assert found["21,7%"]["period"] == "2024-H1" and found["3,6 Mds DH"]["period"] == "2024-H1"


def test_a_forecast_is_not_dated_by_a_past_headline_period():
    body = ("Les IDE du Golfe ont bondi en 2022\n"
            "Le groupe a annoncé un programme agricole avec la création prévue de 1.100 emplois.")
    assert figures(body, published_year=2023)["1.100 emplois"]["period"] is None
    body = "Le déficit se creuse en 2024\nLes recettes devraient atteindre 3% du PIB."
    assert figures(body, published_year=2024)["3%"]["period"] == "2024"


def test_the_base_of_a_comparison_is_not_the_paragraphs_period():
    body = ("Les exportations ont atteint 66,8 milliards de dirhams à fin mai 2025, en hausse de 4,6% par rapport "
            "à la même période de l'année précédente. Le segment de la construction a progressé de 7,2%.")
    assert figures(body, published_year=2025)["7,2%"]["period"] == "2025-01/2025-05"


def test_a_headline_year_to_come_is_a_goals_horizon_not_the_facts_period():
    body = ("Export : le gouvernement vise 800 milliards de dirhams de ventes en 2030\n"
            "L'Afrique pèse aujourd'hui 7,8% des exportations. Le plan prévoit de créer 20.000 emplois.")
    found = figures(body, published_year=2025)
    assert found["7,8%"]["period"] is None
    assert found["20.000 emplois"]["period"] == "2030"


def test_a_change_may_name_its_object_between_verb_and_values():
    (low, high) = extract_metrics("La feuille de route prévoit de faire passer la valeur ajoutée de l'industrie "
                                  "agroalimentaire de 42 milliards à 75 milliards de dirhams d'ici 2030.",
                                  doc_id="d", published_year=2025)
    assert (low["qualifier"], high["qualifier"], high["period"]) == (None, "target", "2030")


def test_a_stake_named_after_its_share_is_a_deal():
    body = "OCP to raise shipments to Brazil by 20% this year\nOCP is in talks to take a 40% stake in a distributor."
    found = figures(body, language="en", published_year=2025)
    assert found["20%"]["period"] == "2025" and found["40%"]["period"] is None


def test_a_deal_takes_no_period_from_its_paragraph():
    body = ("Le groupe a réalisé en 2024 un chiffre d'affaires de 52 milliards de yuans. "
            "Kénitra sera son troisième site, après la Hongrie, où il a investi 850 M€.")
    found = figures(body, published_year=2025)
    assert found["52 milliards de yuans"]["period"] == "2024" and found["850 M€"]["period"] is None


def test_a_supply_deal_a_planned_plant_and_a_share_of_reserves_take_no_inherited_year():
    body = ("OCP shipped 2.4 million tonnes of fertilizers to India in 2024, a senior executive said.\n"
            "OCP signed a five-year agreement to supply about 1 million tonnes a year of DAP to a distributor.\n"
            "The group is also studying a $150 million blending and storage plant in Mato Grosso state.\n"
            "Morocco holds about 70% of the world's known phosphate reserves.")
    found = figures(body, language="en", published_year=2025)
    assert found["2.4 million tonnes"]["period"] == "2024"
    assert found["1 million tonnes"]["period"] is found["$150 million"]["period"] is found["70%"]["period"] is None


def test_a_fact_does_not_inherit_a_year_to_come_nor_a_comparisons_base():
    body = ("The bank expects growth to slow to 2.8% this year, from 3.4% in 2023, before picking up to 4.4% in 2025. "
            "Cereal production fell 43%.")
    assert figures(body, language="en", published_year=2024)["43%"]["period"] == "2024"


def test_coordinated_clauses_share_a_horizon_across_the_second_ones_verb():
    found = figures("Le port devrait générer 4.000 emplois directs et traiter 25 millions de tonnes d'ici 2030.",
                    published_year=2024)
    assert found["4.000 emplois"]["period"] == "2030"


def test_aggregates_statistics_report_are_flows_not_deals():
    body = ("Les IDE au premier semestre 2024\n"
            "Les investissements marocains à l'étranger ont atteint 3,6 Mds DH. "
            "Le montant des transferts des MRE s'est établi à 50 Mds DH. "
            "Le stock des investissements directs italiens dans le Royaume s'élève, pour sa part, à 1,4 milliard d'euros.")
    found = figures(body, published_year=2024)
    assert found["3,6 Mds DH"]["period"] == "2024-H1" and found["50 Mds DH"]["period"] == "2024-H1"
    assert found["1,4 milliard d'euros"]["period"] is None


def test_a_short_lead_sentence_is_still_the_lead():
    body = ("Commerce : l'Espagne creuse l'écart\n\nLes exportations ont bondi en 2024.\n\n"
            "Le Maroc a vendu pour 112,4 MMDH de marchandises à l'Espagne, grâce au câblage automobile.\n\n"
            "En 2023, le Maroc a acheté pour 20 MMDH de pétrole et de gaz aux Etats-Unis.")
    assert figures(body, published_year=2025)["112,4 MMDH"]["period"] == "2024"


def test_a_where_aside_after_a_foreign_country_and_the_kingdom_capitalised():
    english = figures(
        "Morocco cements lead as Africa's top car producer\n"
        "The Kingdom produced 559,000 vehicles last year, up 4.2% from 2023, ahead of South Africa, where output "
        "fell 6% to 515,000 units.", language="en",
    )
    assert english["559,000 vehicles"]["countries"] == ["MA"]
    assert english["4.2%"]["countries"] == ["MA"]
    assert english["6%"]["countries"] == english["515,000 units"]["countries"] == ["ZA"]
    french = figures(
        "Batteries : le groupe chinois Qiantang va installer une usine dans la zone franche\n"
        "Kénitra sera son troisième site à l'étranger, après la Hongrie, où il a investi 850 M€.\n"
        "Près de 250 entreprises italiennes sont implantées au Maroc, où elles emploient 22.000 personnes."
    )
    assert french["850 M€"]["countries"] == ["CN", "HU"]  # the main company, in Hungary
    assert french["22.000 personnes"]["countries"] == ["IT", "MA"]  # the home country's place: as before


def test_a_foreign_countrys_own_economy_by_its_subject_setting_or_demonym():
    body = (
        "Automobile : le Maroc vise un million de véhicules\n"
        "Le Maroc a produit 560.000 véhicules en 2024.\n"
        "En Inde, les ventes de tracteurs ont atteint 900.000 unités en 2024.\n"
        "Le marché égyptien de l'acier a reculé de 4% l'an dernier.\n"
        "La Tunisie, dont les exportations ont atteint 20 milliards de dollars, vise l'Afrique.\n"
        "L'Espagne est restée le premier client de la filière, avec 31% des ventes."
    )
    found = figures(body)
    assert found["900.000 unités"]["countries"] == ["IN"]
    assert found["4%"]["countries"] == ["EG"]
    assert found["20 milliards de dollars"]["countries"] == ["TN"]
    assert found["31%"]["countries"] == ["ES", "MA"]  # a client of the home sector: both
    english = (
        "Morocco's phosphate exports rise\n"
        "Morocco shipped 3 million tonnes of fertilizers in 2024.\n"
        "Vietnam imported 2.2 million tonnes of urea last year.\n"
        "In Morocco's main markets, buyers face competition from Russia, which exported 4 million tonnes of potash."
    )
    found = figures(english, language="en")
    assert found["2.2 million tonnes"]["countries"] == ["VN"]
    assert found["4 million tonnes"]["countries"] == ["RU"]


def test_a_home_figure_keeps_the_headlines_first_clause_a_continued_subject_and_a_home_speaker():
    body = (
        "Morocco's Olive Oil Output to Double, Italy Remains Top Buyer\n"
        "Morocco's olive oil output is expected to reach 200,000 tonnes this season.\n"
        "Total olive production is forecast at 1.9 million tonnes."
    )
    assert figures(body, language="en")["1.9 million tonnes"]["countries"] == ["MA"]
    french = (
        "Textile : le français Tissor et le turc Kumas investissent à Fès\n"
        "Le secteur textile marocain emploie 150.000 personnes.\n"
        "Ses exportations ont atteint 40 milliards de dirhams en 2024."
    )
    assert figures(french)["40 milliards de dirhams"]["countries"] == ["MA"]
    quote = (
        "Énergie : le chinois Sunlong construit une centrale à Ouarzazate\n"
        "La convention a été signée par le ministre de l'Énergie, Karim Alaoui.\n"
        "« Nos centrales solaires couvrent déjà 20% de la demande », a souligné Karim Alaoui."
    )
    assert figures(quote)["20%"]["countries"] == ["MA"]


def test_a_lenders_loans_a_company_cued_by_its_city_and_the_paragraphs_company():
    body = (
        "Financement : la KfW accorde 300 millions d'euros au Maroc\n"
        "Les accords ont été signés à Rabat.\n"
        "Un premier prêt, de 200 millions d'euros, financera des stations d'épuration.\n"
        "La Banque mondiale a signé un prêt de 100 millions d'euros au Maroc."
    )
    found = figures(body)
    assert found["200 millions d'euros"]["countries"] == ["DE", "MA"]
    assert found["100 millions d'euros"]["countries"] == ["MA"]  # its own lender, no country's
    english = (
        "Solar Deal Signed in Morocco\n"
        "Riyadh-based Sahra Power agreed to build a solar park in southern Morocco.\n"
        "The plant will have 800 megawatts of capacity."
    )
    assert figures(english, language="en")["800 megawatts"]["countries"] == ["MA", "SA"]
    two = (
        "Aéronautique : deux industriels s'installent au Maroc\n"
        "L'équipementier allemand Luftwerk construit une usine à Casablanca.\n"
        "Le groupe japonais Sorano investit 300 millions de dirhams. Le site devrait recruter 400 techniciens."
    )
    assert figures(two)["400 techniciens"]["countries"] == ["JP", "MA"]


def test_a_host_named_by_a_part_of_the_country_and_a_quotes_speaker_is_no_country_of_it():
    body = (
        "Sénégal : le marocain Atlas Béton inaugure une usine\n"
        "Le groupe marocain Atlas Béton a inauguré une usine dans le nord du Sénégal.\n"
        "L'unité a créé 150 emplois directs."
    )
    assert figures(body)["150 emplois"]["countries"] == ["MA", "SN"]
    english = (
        "Abu Dhabi-based Nour Solar agreed to build a plant in Morocco.\n"
        "\"Morocco sits just 14 kilometers from Europe,\" Nour Solar Chief Executive Ali Saeed said."
    )
    assert figures(english, language="en")["14 kilometers"]["countries"] == ["MA"]


def test_an_epithet_for_a_foreign_country_an_apposition_a_venture_and_a_pronoun_speaker():
    body = (
        "Qatar's Doha Steel signs Morocco deal\n"
        "The agreement deepens Qatar's ties with Morocco.\n"
        "The Gulf state is already a large investor in the kingdom, with a stock of about 9 billion dirhams.\n"
        "Doha-based Doha Steel will build a mill in northern Morocco. The venture will create 800 jobs.\n"
        "OCP will supply 500,000 tonnes a year to Ravi Agro, a private Indian distributor, the group said."
    )
    found = figures(body, language="en")
    assert found["9 billion dirhams"]["countries"] == ["MA", "QA"]
    assert found["800 jobs"]["countries"] == ["MA", "QA"]
    assert found["500,000 tonnes"]["countries"] == ["IN", "MA"]
    # (an apposition that describes no firm names no one the figure goes to)
    level = figures("Commerce : les échanges avec les Etats-Unis progressent\n"
                    "Les Etats-Unis, liés au Maroc par un accord de libre-échange depuis 2006, totalisent 66,1 milliards, "
                    "un niveau proche de celui des échanges avec Ankara.")
    assert level["66,1 milliards"]["countries"] == ["MA", "US"]
    french = (
        "Financement : la BEI prête 200 millions d'euros au Maroc\n"
        "L'accord a été signé par le vice-président de la BEI, Paulo Mendes Sousa.\n"
        "Paulo Mendes Sousa a salué le partenariat. « Nous avons engagé 5 milliards d'euros au Maroc », a-t-il indiqué."
    )
    assert figures(french)["5 milliards d'euros"]["countries"] == ["EU", "MA"]


def test_there_a_region_abroad_and_a_home_companys_where_aside():
    body = (
        "Ciment : le groupe marocain Sahel Ciments grandit en Afrique\n"
        "Présent au Niger et au Tchad, le groupe marocain Sahel Ciments y a vendu 2 millions de tonnes. "
        "Il prévoit d'y consacrer 900 millions de dirhams d'ici 2027."
    )
    assert figures(body)["900 millions de dirhams"]["countries"] == ["MA", "NE", "TD"]
    english = (
        "OCP expands in the Americas\n"
        "In Argentina, OCP sold 1.2 million tonnes last year. "
        "The Moroccan group is also studying a $90 million plant in Santa Fe province."
    )
    assert figures(english, language="en")["$90 million"]["countries"] == ["AR", "MA"]
    bank = (
        "Banque : la Banque Populaire du Nord se renforce au Sénégal\n"
        "La banque a présenté ses résultats à Casablanca.\n"
        "Le groupe investira 800 millions de dirhams au Sénégal, où il recrutera 200 personnes."
    )
    assert figures(bank)["200 personnes"]["countries"] == ["MA", "SN"]


def test_an_english_compound_of_demonyms_names_both_countries():
    body = ("Dutch-Moroccan consortium to build €4.6 billion green ammonia complex near Tan-Tan\n"
            "Construction will mobilize up to 5,000 workers at its peak.")
    assert figures(body, language="en")["€4.6 billion"]["countries"] == ["MA", "NL"]


def test_a_city_after_a_preposition_and_an_article_is_a_place_not_a_government():
    body = ("Hungary, Morocco sign investment memorandum\n"
            "Under the memorandum, the Hungarian Eximbank will open a €150 million credit line. The remaining "
            "$235 million will go to desalination projects in the Dakhla-Oued Eddahab region.")
    assert figures(body, language="en")["$235 million"]["countries"] == ["HU", "MA"]  # its paragraph's


def test_a_participle_aside_is_passed_over_unless_it_names_the_company_carrying_the_subject():
    compared = figures("Export : le modèle turc\nA titre de comparaison, la Turquie, souvent citée en modèle par les "
                       "industriels marocains, a exporté pour 262 milliards de dollars de biens en 2024.")
    assert compared["262 milliards de dollars"]["countries"] == ["TR"]
    carried = figures("Oujda : trois unités inaugurées à la Technopole de l'Oriental\nLa plus importante, portée par "
                      "la société turque Kaya Plastik, produira des emballages et emploiera 260 personnes.")
    assert carried["260 personnes"]["countries"] == ["MA", "TR"]


def test_a_companys_accounts_take_no_country_from_a_predicate_coordinated_after_them():
    body = ("Morocco's Batimat to invest $170 million in Ivory Coast cement plant\n"
            "Moroccan building materials group Batimat Holding said on Wednesday it would invest $170 million.\n"
            "Batimat, listed on the Casablanca Stock Exchange, posted revenue of 6.8 billion dirhams in 2024 and "
            "already operates grinding plants in Senegal and Mauritania.")
    assert figures(body, language="en")["6.8 billion dirhams"]["countries"] == ["MA"]
    french = figures("Le groupe marocain Atlas Ciments a réalisé un chiffre d'affaires de 9 milliards de dirhams "
                     "et exploite déjà deux usines au Sénégal.")
    assert french["9 milliards de dirhams"]["countries"] == ["MA"]


def test_a_figure_placed_in_a_world_region_takes_no_country_from_the_sentences_before():
    body = ("OCP : un premier semestre record\n"
            "Le groupe marocain a livré 5 millions de tonnes d'engrais au premier semestre.\n"
            "Le Brésil suit avec 1,6 million de tonnes, devant le Bangladesh et l'Ethiopie. Les ventes vers le "
            "continent africain ont représenté 19% des volumes exportés.")
    found = figures(body)
    assert found["1,6 million de tonnes"]["countries"] == ["BR", "MA"]
    assert found["19%"]["countries"] == ["MA"]


def test_a_demonym_owning_a_flow_makes_it_that_countrys_own():
    english = figures("Morocco cements lead as Africa's top car producer\nShe noted that South African vehicle exports to "
                      "the European Union dropped 9% to 290,000 units.", language="en")
    assert english["9%"]["countries"] == ["EU", "ZA"]
    french = figures("Automobile : le Maroc devance l'Afrique du Sud\nLes exportations sud-africaines vers l'Union "
                     "européenne ont reculé de 9%.")
    assert french["9%"]["countries"] == ["EU", "ZA"]
    home = figures("Automobile : le Maroc devance l'Afrique du Sud\nLes exportations marocaines vers l'Union "
                   "européenne ont progressé de 9%.")
    assert home["9%"]["countries"] == ["EU", "MA"]
    # imports named by a demonym come from that country: the figure stays the home country's too
    imports = figures("Textile : Rabat durcit le ton face à Ankara\nChaque point de part de marché cédé aux "
                      "importations turques représente environ 2.500 emplois dans les usines du Royaume.")
    assert "MA" in imports["2.500 emplois"]["countries"]


def test_the_amount_a_home_company_invests_in_its_project_abroad_is_the_hosts_too():
    body = ("Morocco's Batimat to invest $170 million in Ivory Coast cement plant\n"
            "Moroccan building materials group Batimat Holding said on Wednesday it would invest $170 million, or "
            "about 104 billion CFA francs, to build a cement grinding plant near Abidjan.\n"
            "Batimat posted revenue of 6.8 billion dirhams in 2024.")
    found = figures(body, language="en")
    assert found["104 billion CFA francs"]["countries"] == ["CI", "MA"]
    assert found["6.8 billion dirhams"]["countries"] == ["MA"]  # its accounts, not the project's


def test_a_home_company_in_the_headline_is_the_main_company_before_a_customer_with_a_cue():
    body = ("OCP : le chiffre d'affaires bondit de 21% au premier semestre\n"
            "En juillet, OCP a signé avec l'indien Deccan Phosphate un contrat de fourniture de DAP.\n"
            "Le groupe poursuit son programme d'investissement, avec 14,8 milliards de dirhams de dépenses engagées.")
    assert figures(body)["14,8 milliards de dirhams"]["countries"] == ["MA"]


def test_a_foreign_company_named_in_passing_is_not_the_main_one_of_a_home_places_headline():
    body = ("Détroit de Gibraltar : Tanger Med a traité 11,1 millions d'EVP en 2025\n"
            "Le complexe portuaire Tanger Med a manutentionné 11,1 millions de conteneurs EVP en 2025.\n\n"
            "Le port andalou pâtit du transfert des escales : le groupe danois Maersk a déplacé près de 30% de ses "
            "transbordements d'Algésiras vers Tanger Med l'an dernier.\n\n"
            "Le complexe, dont la capacité a été portée à 12 millions d'EVP, a accueilli 15.400 navires en 2025.")
    assert figures(body)["15.400 navires"]["countries"] == ["MA"]


def test_a_headline_ranking_three_countries_is_no_focus():
    body = ("IDE : la France garde la tête, les Emirats arabes unis et la Chine accélèrent en 2024\n"
            "Les recettes des IDE au Maroc ont atteint 43,2 milliards de dirhams en 2024.\n"
            "Après déduction des cessions, les flux nets s'établissent à 16,3 milliards de dirhams.\n"
            "La France conserve sa place de premier investisseur, avec des recettes de 12,8 milliards de dirhams.")
    found = figures(body)
    assert found["16,3 milliards de dirhams"]["countries"] == ["MA"]  # the lead's, not the three ranked
    assert found["12,8 milliards de dirhams"]["countries"] == ["FR", "MA"]


def test_european_paired_with_another_continent_is_no_european_union():
    body = ("Le suédois Hallvik s'installe à Kénitra\n"
            "Kenitra Automotive City accueille déjà plus de 40 opérateurs, dont plusieurs équipementiers européens "
            "et asiatiques.")
    assert figures(body)["40 opérateurs"]["countries"] == ["MA"]
    union = figures("Kenitra Automotive City accueille déjà plus de 40 opérateurs, dont plusieurs équipementiers "
                    "européens.")
    assert union["40 opérateurs"]["countries"] == ["EU", "MA"]


def test_an_agreement_between_a_home_party_and_one_of_no_stated_country_is_the_focus_countrys_too():
    body = ("Morocco-Indonesia: Jakarta bets on phosphates and halal food\n"
            "The Indonesian trade minister wrapped up a visit to Rabat on Wednesday.\n"
            "The largest deal is a memorandum of understanding between state-owned fertiliser maker PT Pupuk "
            "Samudra and Morocco's OCP for the supply of up to 1.5 million tonnes of phosphate rock a year.")
    assert figures(body, language="en")["1.5 million tonnes"]["countries"] == ["ID", "MA"]
    home = figures("Maroc-Indonésie : une visite pour relancer les échanges\nLe Maroc a produit 1,5 million de tonnes "
                   "d'acide phosphorique entre janvier et mars.")
    assert home["1,5 million de tonnes"]["countries"] == ["MA"]


def test_the_country_as_the_subject_of_the_figures_clause_is_the_one_named_before_it():
    body = ("Korea's Daeyang to build battery separator plant in Morocco\n"
            "Minister Ryad Mezzour said the project confirms Morocco's position as a hub for batteries, noting that "
            "the country has attracted more than MAD 100 billion in battery investment commitments since 2023.")
    assert figures(body, language="en")["MAD 100 billion"]["countries"] == ["MA"]
    french = figures("Engrais : l'Inde premier client\nL'Inde est le premier client du phosphate marocain : les "
                     "exportations du Royaume vers ce pays ont atteint 28,6 milliards de dirhams.")
    assert french["28,6 milliards de dirhams"]["countries"] == ["IN", "MA"]  # `ce pays` an object


def test_the_latter_is_the_party_the_sentence_before_named_last():
    body = ("Maroc : l'Espagne et la France au coude-à-coude\n"
            "Plus de 1.100 entreprises espagnoles sont implantées au Maroc, contre quelque 950 filiales de groupes "
            "français. Ces dernières restent toutefois les premiers employeurs étrangers du pays, avec près de "
            "140.000 salariés.")
    assert figures(body)["140.000 salariés"]["countries"] == ["FR", "MA"]


def test_a_parallel_statement_about_another_country_replaces_the_home_country():
    body = ("Commerce UE-Maghreb : le Maroc creuse l'écart\n"
            "Le Maroc affiche un déficit dans ses échanges avec l'UE : ses exportations ont atteint 27,6 milliards "
            "d'euros. L'Algérie dégage, elle, un excédent de 19,8 milliards d'euros.")
    found = figures(body)
    assert found["27,6 milliards d'euros"]["countries"] == ["EU", "MA"]
    assert found["19,8 milliards d'euros"]["countries"] == ["DZ", "EU"]


def test_a_participle_opening_the_sentence_places_its_subject():
    # Not an aside on a noun before it (those are passed over): the frame of the subject after it.
    body = ("Banque Atlas : l'Afrique de l'Ouest pèse plus lourd\n"
            "Implantée au Sénégal et au Mali, la banque marocaine tire désormais 31% de son résultat net de "
            "ces deux filiales, contre 26% un an plus tôt.")
    found = figures(body)
    assert found["31%"]["countries"] == ["MA", "ML", "SN"]
    assert found["26%"]["countries"] == ["MA", "ML", "SN"]


def test_a_forecast_takes_no_lead_period_already_over_and_a_plans_place_clause_its_horizon():
    body = ("Banques : un semestre record\nAu premier semestre 2024, les filiales de la banque ont nettement accéléré.\n"
            "Le groupe recrutera 300 personnes.")
    assert figures(body, published_year=2024, published_month=9)["300 personnes"]["period"] is None
    assert figures(body, published_year=2024, published_month=5)["300 personnes"]["period"] == "2024-H1"
    found = figures("Le groupe prévoit d'investir 1,5 milliard de dirhams d'ici 2026 en Côte d'Ivoire, où il étendra "
                    "son réseau et recrutera 300 personnes.", published_year=2024, published_month=9)
    assert found["300 personnes"]["period"] == "2026"


def test_a_rate_told_per_unit_takes_no_period_from_its_paragraph():
    body = ("Le secteur a perdu près de 44.000 emplois entre 2014 et 2023. « Chaque point de part de marché cédé aux "
            "importations turques représente environ 2.500 emplois dans nos usines », estime un industriel.")
    found = figures(body, published_year=2024)
    assert found["44.000 emplois"]["period"] == "2014/2023" and found["2.500 emplois"]["period"] is None


def test_an_investment_programme_after_a_relative_clause_on_revenue_takes_neither_its_year_nor_the_leads():
    body = ("OCP shipped 2.4 million tonnes of fertilizers to India in 2024, an executive said.\n"
            "OCP, which reported revenue of 97 billion dirhams in 2024, up 6%, is in the middle of a $13 billion "
            "green investment programme.")
    found = figures(body, language="en", published_year=2025, published_month=5)
    assert found["97 billion dirhams"]["period"] == found["6%"]["period"] == "2024"
    assert found["$13 billion"]["period"] is None


def test_a_companys_own_accounts_are_of_its_country_alone():
    # a pronoun for the company, its accounts, the change after them
    french = figures("Câblage : le japonais Hoshida Electric inaugure une usine à Kénitra\n"
                     "Fondé en 1962 à Nagoya, le groupe Hoshida emploie 48.000 personnes dans 17 pays. Il a réalisé "
                     "un chiffre d'affaires de 612 milliards de yens, en hausse de 6,4% sur un an.")
    assert french["612 milliards de yens"]["countries"] == ["JP"]
    assert french["6,4%"]["countries"] == ["JP"]
    # `US ... maker X` is a company cue; `The company` and the accounts before `and employs`
    english = figures("US aerostructures maker Carrington Aerostructures signed an agreement to build a plant in "
                      "Casablanca.\nThe company reported revenue of $2.3 billion in 2024 and employs 9,000 people "
                      "in the United States and Mexico.", language="en")
    assert english["$2.3 billion"]["countries"] == ["US"]
    # its business at a place is not its accounts
    placed = figures("Le groupe marocain Zitouna Foods a réalisé au Sénégal un chiffre d'affaires de 210 MDH.")
    assert placed["210 MDH"]["countries"] == ["MA", "SN"]


def test_countries_set_apart_respectively_excluded_ranked_against_or_in_a_parts_aside():
    home = "Le Maroc a publié ses chiffres.\n"
    respectively = figures(home + "L'Arabie saoudite et les Emirats arabes unis pèsent respectivement 6,4% et "
                           "5,9%, contre 4,1% et 3,7% cinq ans plus tôt.")
    assert [respectively[k]["countries"] for k in ("6,4%", "5,9%", "4,1%", "3,7%")] == [
        ["MA", "SA"], ["AE", "MA"], ["MA", "SA"], ["AE", "MA"]]
    excluded = figures(home + "Hors UE, la Chine s'est hissée au rang de deuxième fournisseur du Maroc, avec des "
                       "importations de 61,7 milliards de dirhams.")
    assert excluded["61,7 milliards de dirhams"]["countries"] == ["CN", "MA"]
    ranked = figures(home + "La Côte d'Ivoire est son troisième marché après le Sénégal et la Mauritanie, avec "
                     "des ventes de 210 MDH.")
    assert ranked["210 MDH"]["countries"] == ["CI", "MA"]
    part = figures(home + "Le CMC table sur des exportations totales de 470 milliards de dirhams, dont environ "
                   "300 milliards à destination de l'UE.")
    assert part["470 milliards de dirhams"]["countries"] == ["MA"]
    assert part["300 milliards"]["countries"] == ["EU", "MA"]


def test_a_foreign_countrys_own_public_matter_and_a_demonym_before_a_participle():
    home = "Le Maroc attire les investisseurs.\n"
    spain = figures(home + "En Espagne, le taux de chômage des étrangers est tombé à 15,9% au deuxième trimestre.")
    assert spain["15,9%"]["countries"] == ["ES"]
    duties = figures("Morocco courts Chinese tyre makers.\nThe European Commission imposed anti-dumping duties of up "
                     "to 35.9% on tyres from China.", language="en")
    assert duties["35.9%"]["countries"] == ["CN", "EU"]
    made = figures("Morocco courts Chinese carmakers.\nThe European Union imposed duties of up to 35.3% on "
                   "Chinese-made electric vehicles.", language="en")
    assert made["35.3%"]["countries"] == ["CN", "EU"]
    # trade with the home country stays the home country's too
    trade = figures(home + "Le déficit commercial avec l'Espagne s'est creusé de 12%.")
    assert trade["12%"]["countries"] == ["ES", "MA"]
    # a duty that names one foreign country only is on the home country's trade with it
    duty = figures("Morocco's OCP wins lower US duty\nMorocco's OCP shipped fertilizer to the US.\n\n"
                   "- US keeps countervailing duty of 16.8% after annual review", language="en")
    assert duty["16.8%"]["countries"] == ["MA", "US"]


def test_the_country_named_again_an_owners_possessive_before_a_figure_and_a_colons_statement():
    pays = figures("Zitouna Foods investit en Côte d'Ivoire\nLe projet avance au Maroc.\n\nLes exportations marocaines "
                   "vers la Côte d'Ivoire ont totalisé 5,8 milliards de dirhams l'an dernier.\n\nLe pays, dont la "
                   "croissance économique devrait atteindre 6,4% en 2025 selon le FMI, attire les industriels marocains.")
    assert pays["6,4%"]["countries"] == ["CI"]
    owner = figures("Morocco's car industry exported goods. The country produced about 560,000 vehicles last year, "
                    "ahead of South Africa's 515,850.", language="en")
    assert owner["560,000 vehicles"]["countries"] == ["MA"] and owner["515,850"]["countries"] == ["ZA"]
    colon = figures("US firm to build a plant in Morocco.\nMoroccan officials often point to Mexico as a benchmark: "
                    "the Latin American country's aerospace exports exceeded $11 billion in 2024.", language="en")
    assert colon["$11 billion"]["countries"] == ["MX"]


def test_a_companys_site_abroad_is_of_the_site_and_the_company_not_the_home_country():
    found = figures("Chinese tyre maker Hengrui to build $650 million plant in Morocco\nChina's Hengrui Tyre Co will "
                    "build a factory in northern Morocco. Its Serbian plant, opened last year at a cost of 800 million "
                    "euros, exports 90% of its output to EU markets.", language="en")
    assert found["$650 million"]["countries"] == ["CN", "MA"]
    assert found["800 million euros"]["countries"] == ["CN", "RS"]
    french = figures("Le groupe turc Kaya Plastik investit à Tanger\nLe groupe turc Kaya Plastik va ouvrir une usine à "
                     "Tanger. Son usine serbe emploie déjà 600 personnes.")
    assert french["600 personnes"]["countries"] == ["RS", "TR"]

def test_periods_of_months_between_and_of_a_base_years_earlier():
    transfers = figures("Les transferts ont atteint 92,6 milliards de DH à fin septembre.\nA elle seule, la période "
                        "estivale a drainé 36,4 milliards de DH entre juin et août, contre 35,1 milliards un an plus tôt.",
                        published_year=2025, published_month=10)
    assert transfers["36,4 milliards de DH"]["period"] == "2025-06/2025-08"
    assert transfers["35,1 milliards"]["period"] == "2024-06/2024-08"
    gulf = figures("Selon l'enquête portant sur l'année 2024, 31,2% des transferts proviennent de France. "
                   "L'Arabie saoudite et les Emirats pèsent respectivement 6,4% et 5,9%, contre 4,1% et 3,7% cinq ans "
                   "plus tôt.", published_year=2025)
    assert [gulf[k]["period"] for k in ("6,4%", "5,9%", "4,1%", "3,7%")] == ["2024", "2024", "2019", "2019"]


def test_a_comparisons_base_dates_neither_the_next_figure_nor_a_later_one():
    text = ("Les échanges ont atteint 421,3 milliards de dirhams à fin septembre 2025.\n"
            "L'UE a absorbé 64,1% des exportations sur la période, contre 62,8% à fin septembre 2024, et fourni "
            "51,3% de ses importations. Ils ont atteint 92,6 milliards de DH à fin septembre 2025, en hausse de 3,1% "
            "par rapport à la même période de l'année précédente, soit un surplus de près de 2,8 milliards de DH.")
    found = figures(text, published_year=2025, published_month=11)
    assert found["51,3%"]["period"] == "2025-01/2025-09"
    assert found["2,8 milliards de DH"]["period"] == "2025-01/2025-09"


def test_a_stock_or_a_figure_of_now_inherits_no_period():
    text = ("Le groupe a réalisé un chiffre d'affaires de 2.100 milliards de yens lors de l'exercice clos fin mars "
            "2024. Le groupe compte 38 sites et emploie quelque 61.000 salariés dans le monde. \"Le taux "
            "d'intégration locale, qui atteint aujourd'hui 69%, doit dépasser 80% à l'horizon 2030\".")
    found = figures(text, published_year=2024, published_month=11)
    assert found["61.000 salariés"]["period"] is None
    assert found["69%"]["period"] is None
    today = figures("The kingdom aims to raise the local integration rate to 60% by 2030, from 42% today.",
                    language="en", published_year=2025)
    assert (today["42%"]["period"], today["42%"]["qualifier"]) == (None, None)


def test_a_goal_reached_in_the_next_sentence_and_a_rules_bound():
    goal = figures("Le Royaume vise 52% d'ici 2030. Pour y parvenir, quelque 15 GW de nouvelles capacités devront être "
                   "installés, soit un besoin d'investissement estimé à plus de 100 milliards de dirhams.",
                   published_year=2025)
    assert (goal["15 GW"]["period"], goal["100 milliards de dirhams"]["period"]) == ("2030", "2030")
    rule = figures("Maroc-Turquie : un déficit de 21,6 milliards de dirhams en 2023\n"
                   "Ce droit peut atteindre jusqu'à 90% du droit commun.", published_year=2024)
    assert rule["90%"]["period"] is None


def test_year_to_date_months_in_a_headline_and_counts_of_arrivals_are_flows():
    found = figures("Tourisme : le déficit se creuse sur dix mois\nLes arrivées de touristes étrangers ont progressé "
                    "de 17%, à 10,4 millions. La France conserve sa place avec 2,45 millions d'arrivées. Le groupe "
                    "compte 150 entreprises.", published_year=2025, published_month=12)
    assert found["10,4 millions"]["period"] == "2025-01/2025-10"
    assert found["2,45 millions d'arrivées"]["period"] == "2025-01/2025-10"
    assert found["150 entreprises"]["period"] is None  # a stock of things has no period


def test_months_through_a_month_a_hyphenated_quarter_and_a_leads_contrast_clause_is_no_focus():
    english = figures("OCP reported a jump in first-quarter earnings.\nRevenue climbed 18% to 24.1 billion dirhams in "
                      "the three months through March. Sales rose 5% in the nine months to September.",
                      language="en", published_year=2025, published_month=5)
    assert english["24.1 billion dirhams"]["period"] == "2025-Q1"
    assert english["5%"]["period"] == "2024-01/2024-09"
    national = figures("Commerce extérieur : le déficit se creuse sur dix mois\nLa facture énergétique recule, mais les "
                       "achats auprès des États-Unis et de l'Espagne continuent de tirer les importations.\nLes "
                       "importations de biens ont progressé de 7,3% pour atteindre 651,7 MMDH au Maroc.")
    assert national["7,3%"]["countries"] == ["MA"]


def test_a_foreign_country_as_the_statements_topic_is_its_figures_only_country():
    body = (
        "Tourisme : le Maroc vise 26 millions de visiteurs\n"
        "Le Maroc a accueilli 17,4 millions de touristes en 2024.\n"
        "La Grèce a reçu 36 millions de visiteurs la même année, tandis que la Croatie a enregistré 21 millions d'arrivées.\n"
        "En Tunisie, le déficit commercial s'est creusé de 7% en 2024.\n"
        "Le Portugal mise sur le tourisme d'affaires. Le pays devrait attirer 30 millions de visiteurs en 2027.\n"
        "Le Brésil arrive en deuxième position avec 1,6 million de tonnes.\n"
        "La Chine a accordé un prêt de 2 milliards de dollars.\n"
        "Au Sénégal, les dépôts collectés par la filiale ont progressé de 15%."
    )
    found = figures(body)
    assert found["17,4 millions de touristes"]["countries"] == ["MA"]
    assert found["36 millions de visiteurs"]["countries"] == ["GR"]  # the country as subject
    assert found["21 millions d'arrivées"]["countries"] == ["HR"]  # the subject of its clause
    assert found["7%"]["countries"] == ["TN"]  # the setting: `En Tunisie,`
    assert found["30 millions de visiteurs"]["countries"] == ["PT"]  # `Le pays`, the one before
    # Not a country's own: ranked among the home country's clients, a loan, a home bank's unit.
    assert found["1,6 million de tonnes"]["countries"] == ["BR", "MA"]
    assert found["2 milliards de dollars"]["countries"] == ["CN", "MA"]
    assert found["15%"]["countries"] == ["MA", "SN"]


def test_accounts_at_a_months_last_day_date_the_figures_of_the_article():
    body = (
        "Banques : les filiales africaines pèsent un tiers des résultats\n"
        "Le groupe a publié lundi ses résultats. Au 30 juin 2025, le produit net bancaire de ses filiales "
        "a atteint 14,2 milliards de dirhams, contre 12,9 milliards un an plus tôt.\n"
        "Au Cameroun, la filiale progresse de 9% à 610 MDH.\n"
        "As of December 31, 2024, the bank had 612 branches. Le contrat a été signé le 30 juin 2025 pour 3 milliards de DH."
    )
    found = figures(body)
    assert found["14,2 milliards de dirhams"]["period"] == "2025-H1"  # the half to that day
    assert found["12,9 milliards"]["period"] == "2024-H1"
    assert found["610 MDH"]["period"] == "2025-H1"  # from the lead's second sentence
    assert found["612 branches"]["period"] == "2024"
    assert found["3 milliards de DH"]["period"] is None  # a day a contract was signed is no period


def test_a_foreign_countrys_flow_with_another_partner_and_an_opening_phrase_before_the_subject():
    body = (
        "Echanges Maroc-Italie : un record en 2025\n"
        "Les échanges entre le Maroc et l'Italie ont atteint 9 Md€ en 2025.\n"
        "A l'échelle du continent, les exportations de l'Italie vers l'Afrique ont atteint 30 Md€ en 2025.\n"
        "L'excédent commercial de l'Italie s'élève à 1 Md€.\n"
        "Les importations en provenance d'Italie ont totalisé 4 Md€.\n"
        "Under the plan adopted by the government in 2024, Italy expects its gas demand to fall by 8% by 2030.\n"
        "L'Italie a perdu des parts de marché. L'industrie textile du pays a supprimé 25.000 emplois en 2024."
    )
    found = figures(body)
    assert found["30 Md€"]["countries"] == ["IT"]  # its flow with another partner
    assert found["1 Md€"]["countries"] == ["IT", "MA"]  # no partner named: may be with Morocco
    assert found["4 Md€"]["countries"] == ["IT", "MA"]  # imports from Italy are Morocco's
    assert found["8%"]["countries"] == ["IT"]  # the subject past an opening phrase
    assert found["25.000 emplois"]["countries"] == ["IT"]  # `du pays`


def test_an_aside_after_the_figure_a_deal_in_another_clause_a_company_set_abroad_and_the_government():
    english = figures(
        "Morocco sells bonds to fund World Cup stadiums\n"
        "The Treasury plans to raise 60 billion dirhams in 2026, up from 45 billion, to fund stadiums for the World "
        "Cup, which Morocco will co-host with Spain and Portugal.\n"
        "Kenya raised $1 billion from bonds last month, as it relies on a $3 billion loan from the IMF.",
        language="en",
    )
    # not the co-hosts of an aside past the clauses after the figure's (an aside right after the
    # figure's own clause describes it and counts)
    assert english["60 billion dirhams"]["countries"] == ["MA"]
    assert english["$1 billion"]["countries"] == ["KE"]  # the loan is in another clause
    french = figures(
        "Industrie : le groupe français Aerolis s'agrandit au Maroc\n"
        "Le groupe français Aerolis a ouvert une usine à Casablanca.\n"
        "Au Gabon, la BGFI Gabon progresse de 7% à 300 MDH.\n"
        "Le ministère de l'Industrie vise 40 milliards de DH d'exportations d'ici 2030."
    )
    assert {"GA", "MA"} <= set(french["300 MDH"]["countries"])  # a company's figure set abroad
    assert french["40 milliards de DH"]["countries"] == ["MA"]  # the home government's goal, not the focus's


def test_a_maturity_is_no_period_and_months_counted_from_publication_or_across_years():
    bonds = figures("Tunisia raised $1 billion from bonds last month, paying 8.1% on notes due 2030 and 9.2% on debt "
                    "maturing in 2035.", language="en", published_year=2026, published_month=1)
    assert bonds["$1 billion"]["period"] == "2025-12"  # last month, from a January paper
    assert bonds["9.2%"]["period"] == "2025-12"  # not the year the debt matures
    french = figures("Le pays en a importé 3,2 millions de tonnes sur la campagne juillet 2024-juin 2025. "
                     "Les ventes ont atteint 900 MDH ce mois-ci.", published_year=2025, published_month=9)
    assert french["3,2 millions de tonnes"]["period"] == "2024-07/2025-06"
    assert french["900 MDH"]["period"] == "2025-09"


def test_the_home_companys_accounts_are_not_the_headlines_foreign_country():
    found = figures(
        "Banque Atlas Maroc expands in Kenya as profit climbs\n"
        "Moroccan lender Banque Atlas Maroc said on Tuesday its profit rose in 2025.\n"
        "Net banking income rose 9% to MAD 8.4 billion.\n"
        "The board proposed a dividend of MAD 31 per share.",
        language="en",
    )
    assert found["MAD 8.4 billion"]["countries"] == ["MA"]
    assert found["MAD 31"]["countries"] == ["MA"]


def test_a_foreign_subject_past_a_year_and_a_national_sector_in_a_foreign_focused_article():
    english = figures("In 2024, China exported solar panels worth $40 billion, and the country now accounts for "
                      "about 80% of global output.\nMorocco and China sign a solar pact.", language="en")
    assert english["$40 billion"]["countries"] == ["CN"]
    assert english["80%"]["countries"] == ["CN"]
    french = figures("Textile : la concurrence turque s'intensifie\nLes importations de tissus turcs progressent au Maroc.\n"
                     "La feuille de route de la filière vise 60 milliards de DH d'exportations d'ici 2030.")
    assert french["60 milliards de DH"]["countries"] == ["MA"]  # `la filière`: the national sector


def test_the_us_is_no_first_person_and_an_aside_after_more_than_the_figure_is_anothers():
    trade = figures(
        "Morocco and the US mark 20 years of free trade\nMorocco's exports to the US rose.\n"
        "The US trade deficit reached $900 billion in 2024, according to the Commerce Department.",
        language="en",
    )
    assert trade["$900 billion"]["countries"] == ["US"]  # `US` is not `us`
    growth = figures(
        "Bank Al-Maghrib raises its growth estimate for Morocco\n"
        "The bank raised its growth estimate, citing a harvest of 4.4 million tons and investment ahead of the 2030 "
        "World Cup, which Morocco will co-host with Spain and Portugal.",
        language="en",
    )
    assert growth["4.4 million tons"]["countries"] == ["MA"]  # the aside is the World Cup's


def test_a_foreign_central_bank_as_subject_and_a_plant_set_abroad():
    rates = figures("Bank Al-Maghrib cuts its rate as Morocco's inflation eases\nBank Al-Maghrib cut its key rate to "
                    "2% on Tuesday.\nThe Central Bank of Egypt held its key rate at 21% this month.", language="en")
    assert rates["2%"]["countries"] == ["MA"]
    assert rates["21%"]["countries"] == ["EG"]  # a country's institution as the subject
    plants = figures("Renault au Maroc : la production atteint 400.000 véhicules\nLe groupe a produit 400.000 "
                     "véhicules au Maroc.\nEn Turquie, l'usine de Bursa a produit 300.000 véhicules l'an dernier.")
    assert plants["300.000 véhicules"]["countries"] == ["TR"]  # a plant set there is no deal with Morocco


def test_a_split_year_written_short_is_a_season_or_an_accounting_year():
    found = figures(
        "Blé : les importations reculent\n"
        "French soft wheat exports outside the EU fell to 7.2 million tonnes in 2024/25, the lowest in decades. "
        "China took 2.3 million tonnes of French wheat in 2023/24. "
        "The agency expects exports of 8.5 million tonnes in the 2025-26 marketing year.",
        language="en", published_year=2025,
    )
    assert found["7.2 million tonnes"]["period"] == "2024/2025"
    assert found["2.3 million tonnes"]["period"] == "2023/2024"
    assert found["8.5 million tonnes"]["period"] == "2025/2026"
    # `l'exercice 2024-2025` is the split year, not its first year; a date is no split year
    found = figures("Les exportations ont atteint 236 milliards de roupies sur l'exercice 2024-2025.", published_year=2025)
    assert found["236 milliards de roupies"]["period"] == "2024/2025"
    assert figures("Le prix a été fixé le 2024-12-05 à 40 dollars.")["40 dollars"]["period"] is None


def test_what_a_figure_is_measured_against_is_no_comparison_base():
    found = figures("The dirham has strengthened 3.2% against the dollar this year.", language="en", published_year=2025)
    assert found["3.2%"]["period"] == "2025"
    # a base keeps its own period: `contre 52 dollars en 2023`, `contre l'an dernier`
    found = figures("Le fret a coûté 38 dollars la tonne, contre 52 dollars en 2023. "
                    "Les ventes ont progressé de 5% contre l'an dernier.", published_year=2025)
    assert found["38 dollars"]["period"] is None
    assert found["52 dollars"]["period"] == "2023"
    assert found["5%"]["period"] is None


def test_a_lead_counting_in_the_home_currency_is_about_the_home_economy():
    # Its first sentence names no country but counts in dirhams; the next names the customers:
    # the article's figures are Morocco's, not Spain's and France's (a clause of the lead
    # never runs into its next sentence).
    found = figures(
        "Textile-habillement : les exportations marquent le pas, la filière perd 7.000 emplois\n\n"
        "À fin juin 2025, les exportations du secteur ont reculé de 3,8% à 21,4 milliards de DH. L'Espagne et la "
        "France concentrent toujours plus de 60% des ventes.\n\n"
        "La confection, qui pèse 65% du total, a reculé de 4,6%. Les usines de Tanger emploient 9.000 personnes.",
        title="Textile-habillement : les exportations marquent le pas, la filière perd 7.000 emplois", published_year=2025,
    )
    assert found["65%"]["countries"] == ["MA"]
    assert found["4,6%"]["countries"] == ["MA"]


def test_another_kingdom_is_not_the_home_kingdom():
    found = figures("Le Maroc importe du soufre du Golfe. Le Royaume saoudien en exporte près de 7 millions de tonnes par an. "
                    "Le Royaume a importé 2 millions de tonnes.")
    assert found["7 millions de tonnes"]["countries"] == ["SA"]
    assert found["2 millions de tonnes"]["countries"] == ["MA"]


def test_a_pronoun_goes_on_about_the_foreign_country_the_sentence_before_opened_with():
    found = figures("Le Maroc mise sur le solaire.\n\nL'Arabie saoudite accélère sa transition. Il a déjà installé plus de "
                    "44 GW de capacités solaires. Il y a aussi 3 GW en Jordanie.")
    assert found["44 GW"]["countries"] == ["SA"]
    assert "SA" not in found["3 GW"]["countries"]  # an impersonal `il` is no subject
    found = figures("Morocco bets on solar power.\n\nSaudi Arabia is speeding up its transition. It has already installed "
                    "more than 44 GW of solar capacity.", language="en")
    assert found["44 GW"]["countries"] == ["SA"]


def test_money_in_a_countrys_own_currency_is_that_countrys():
    found = figures("Le Maroc et le Japon renforcent leur coopération dans l'eau.\n\n"
                    "Le programme de prêts atteint 412 milliards de yens sur dix ans. "
                    "Au Nigeria, le prix de la tonne d'engrais a atteint 950.000 nairas. "
                    "La Turquie a exporté pour 6,2 milliards de dirhams de textile. "
                    "Le contrat, de 300 millions de dollars, sera signé à Rabat.")
    assert "JP" in found["412 milliards de yens"]["countries"]
    assert "NG" in found["950.000 nairas"]["countries"]
    assert found["6,2 milliards de dirhams"]["countries"] == ["MA", "TR"]  # dirhams are Morocco's money
    assert "US" not in found["300 millions de dollars"]["countries"]  # the dollar prices trade anywhere


def test_currency_country_reads_the_iso_code():
    from econews.tasks.metrics.countries import currency_country

    assert [currency_country(u) for u in ("JPY", "GBP", "MAD", "USD", "EUR", "XOF", "percent", "GWh", None)] == \
        ["JP", "GB", "MA", None, None, None, None, None, None]


def test_a_foreign_main_company_named_again_by_its_trade_or_quoted_through_its_chairman():
    article = ("Le coréen Kyungdo Autoseat investit 95 M€ à Tanger\n\n"
               "Le sud-coréen Kyungdo Autoseat va agrandir son usine de Tanger Automotive City. "
               "Implanté depuis 2017, le fournisseur de Renault emploie actuellement 1.450 salariés au Maroc.\n\n"
               "«Le Maroc représentera 18% de notre production mondiale en 2027. C'est notre deuxième base "
               "industrielle», a déclaré le président du groupe, Lee Sung-min.\n\n"
               "«Le Maroc compte 120 usines de composants. C'est un atout», a déclaré Ahmed Alaoui, "
               "consultant installé à Rabat.")
    found = figures(article)
    assert found["1.450 salariés"]["countries"] == ["KR", "MA"]
    # a quote that runs into the next sentence is still the speaker's: the group's chairman
    assert found["18%"]["countries"] == ["KR", "MA"]
    # ... a speaker of no company named again gives nothing of the company
    assert found["120 usines"]["countries"] == ["MA"]


def test_a_foreign_countrys_industry_is_its_own_economy():
    found = figures("Le turc Egeva pose la première pierre de son usine de Kénitra.\n\n"
                    "L'ensemble du secteur turc de l'électroménager a exporté pour 4,3 milliards de dollars au "
                    "premier semestre 2025. Le salaire moyen dans l'industrie automobile roumaine dépasse 1.400 euros.")
    assert found["4,3 milliards de dollars"]["countries"] == ["TR"]
    assert found["1.400 euros"]["countries"] == ["RO"]
    found = figures("Morocco courts Turkish investors.\n\nThe Turkish appliance industry exported $4.3 billion "
                    "worth of goods in the first half.", language="en")
    assert found["$4.3 billion"]["countries"] == ["TR"]
    # ... not a home sector's sales to the country (`le secteur marocain ... vers la Turquie`)
    found = figures("Le secteur marocain du textile a exporté pour 2 milliards de DH vers la Turquie.")
    assert found["2 milliards de DH"]["countries"] == ["MA", "TR"]


def test_the_home_countrys_partner_named_again_is_the_articles_other_country():
    found = figures("Maroc-Italie : les échanges atteignent 52,3 milliards de DH en 2024\n\n"
                    "Le déficit commercial du Maroc vis-à-vis de son partenaire s'est réduit de 9,2%.")
    assert found["9,2%"]["countries"] == ["IT", "MA"]
    # ... not a company's partner
    found = figures("Maroc-Italie : les échanges atteignent 52,3 milliards de DH en 2024\n\n"
                    "Le groupe marocain a signé avec son partenaire local un contrat de 30 millions de DH.")
    assert found["30 millions de DH"]["countries"] == ["MA"]


def test_a_home_companys_site_set_abroad_is_the_home_countrys_and_the_hosts():
    article = ("Agroalimentaire : le marocain Nourane Agro investit au Sénégal\n\n"
               "Le groupe marocain Nourane Agro construira une minoterie près de Dakar.\n\n"
               "Au Sénégal, la minoterie, d'une capacité de 600 tonnes de blé par jour, emploiera 210 personnes. "
               "Le Sénégal importe encore près de 40% de la farine qu'il consomme.")
    found = figures(article)
    assert found["210 personnes"]["countries"] == ["MA", "SN"]
    # ... the host's own economy stays the host's
    assert found["40%"]["countries"] == ["SN"]


def test_a_foreign_countrys_own_policy_or_world_rank_is_its_own_not_a_partnership():
    found = figures("Le câblier allemand quitte Kénitra pour la Serbie.\n\nLa Serbie accorde aux investisseurs "
                    "industriels des subventions pouvant atteindre 10 000 euros par emploi créé.")
    assert found["10 000 euros"]["countries"] == ["RS"]
    found = figures("Remittances to Morocco hit a record.\n\nEgypt, the continent's top remittance destination, "
                    "received a record $36.1 billion in the 2024/2025 fiscal year.", language="en")
    assert found["$36.1 billion"]["countries"] == ["EG"]
    # ... a rank among the home country's investors or markets is the two countries'
    found = figures("IDE : les flux vers le Maroc en hausse\n\nLa France conserve sa place de premier investisseur, "
                    "avec des recettes de 12,8 milliards de dirhams, soit 29,6% du total.")
    assert found["29,6%"]["countries"] == ["FR", "MA"]


def test_they_for_a_countrys_people_named_just_before_is_that_country_with_the_home_country():
    found = figures("Royal Air Maroc opens a Beijing route\n\nChinese visitors are among the highest spenders. "
                    "They spent MAD 2.3 billion in Morocco last year.", language="en")
    assert found["MAD 2.3 billion"]["countries"] == ["CN", "MA"]
    found = figures("Tourisme : les arrivées en hausse\n\nLes touristes chinois restent discrets. Ils ont dépensé "
                    "2 milliards de dirhams au Maroc.")
    assert found["2 milliards de dirhams"]["countries"] == ["CN", "MA"]
    # ... not a pronoun for something else
    found = figures("Tourisme : les arrivées en hausse\n\nLes hôtels marocains sont pleins. Ils ont encaissé "
                    "2 milliards de dirhams.")
    assert found["2 milliards de dirhams"]["countries"] == ["MA"]


def test_a_foreign_country_ranked_ahead_of_the_home_country_is_a_rival_not_a_partner():
    found = figures("Gulf investor bets on Morocco\n\nGulf investors announced $19bn of projects in Africa. "
                    "Egypt remained the top destination, attracting $9.2bn, well ahead of Morocco.", language="en")
    assert found["$9.2bn"]["countries"] == ["EG"]
    # ... a partner ranked among the home country's markets is the two countries'
    found = figures("Exportations : la filière progresse\n\nLes ventes du Maroc ont atteint 2 milliards de DH. "
                    "L'Espagne reste le premier client, avec 38% des ventes, devant la France.")
    assert found["38%"]["countries"] == ["ES", "MA"]


def test_there_for_a_foreign_country_named_just_before_is_that_country_alone():
    found = figures("Le câblier ferme son usine de Kénitra au Maroc.\n\nLa Serbie attire les équipementiers. "
                    "Plus de 90 équipementiers y emploient environ 75.000 personnes.")
    assert found["75.000 personnes"]["countries"] == ["RS"]
    # the last place named two sentences before, past a sentence that names none
    found = figures("Renault produit au Maroc.\n\nEn France, le marché a reculé de 4,8% en 2025. Il demeure "
                    "inférieur de 25% à son niveau de 2019. Les modèles électriques y ont représenté 19,6% des ventes.")
    assert found["19,6%"]["countries"] == ["FR"]
    # ... not `y` for the home country, nor a deal told there
    found = figures("La Serbie attire les équipementiers.\n\nLe groupe est présent au Maroc depuis 2010. Il y "
                    "emploie 3.000 personnes.")
    assert "MA" in found["3.000 personnes"]["countries"]
    found = figures("Le groupe marocain mise sur le Brésil.\n\nLe Brésil importe 85% de ses engrais. Le groupe y a "
                    "inauguré un terminal d'une capacité de 800.000 tonnes.")
    assert "MA" in found["800.000 tonnes"]["countries"]


def test_a_countrys_people_or_its_local_market_as_the_subject_is_that_country_alone():
    found = figures("Le Maroc exporte ses engrais vers l'Afrique.\n\nLe Nigeria reste l'un des marchés les moins "
                    "fertilisés. Les agriculteurs nigérians n'épandent que 22 kg de nutriments par hectare. Portée par "
                    "le complexe de Dangote à Lekki, la production locale d'urée dépasse 3 millions de tonnes par an.")
    assert found["22 kg"]["countries"] == ["NG"]
    assert found["3 millions de tonnes"]["countries"] == ["NG"]
    found = figures("Morocco wants more Chinese visitors.\n\nChina is the world's largest source market. Chinese "
                    "travelers spent $258 billion abroad in 2024.", language="en")
    assert found["$258 billion"]["countries"] == ["CN"]
    # ... not the country's people who come to the home country
    found = figures("Le Maroc a accueilli 500.000 touristes chinois en 2024. Les touristes chinois ont dépensé "
                    "2 milliards de dirhams au Maroc.")
    assert found["2 milliards de dirhams"]["countries"] == ["CN", "MA"]


def test_a_sentence_opening_on_a_place_abroad_is_placed_there():
    article = ("Automobile : Renault Group Maroc a produit 412.000 véhicules en 2025\n\n"
               "Renault Group Maroc, filiale du groupe français Renault, a produit 412.000 véhicules à Tanger.\n\n"
               "En Roumanie, l'usine de Mioveni a produit 327.000 véhicules l'an dernier.")
    found = figures(article)
    # the plant named again is placed by the opening, not by the main company's host
    assert "RO" in found["327.000 véhicules"]["countries"]
    assert found["412.000 véhicules"]["countries"] == ["FR", "MA"]
    # a city abroad the tables know opens the sentence as well as a country does
    found = figures("Le câblier allemand Brandt ferme son site de Kénitra.\n\n"
                    "A Kragujevac, l'usine emploiera 2.100 personnes.".replace("Kragujevac", "Craiova"))
    assert "RO" in found["2.100 personnes"]["countries"]
    # ... not when another subject takes over in between (`tandis que X, au Sénégal, ...`)
    found = figures("Banques marocaines en Afrique\n\nEn Côte d'Ivoire, la SIB a réalisé un PNB de 1,2 milliard "
                    "de DH, tandis que la CBAO, au Sénégal, affiche 980 MDH.")
    assert found["980 MDH"]["countries"] == ["MA", "SN"]


def test_a_world_region_as_the_subject_takes_no_country_of_the_paragraph_or_the_focus():
    found = figures("OCP : les ventes à la Chine bondissent\n\nOCP a vendu plus d'engrais à l'Inde et à la Chine. "
                    "Latin America took 27%, Africa 19% and Europe 11%, the company said.", language="en")
    assert found["27%"]["countries"] == found["19%"]["countries"] == ["MA"]
    found = figures("Banques marocaines en Afrique\n\nEn Côte d'Ivoire, la SIB a réalisé un PNB de 1,2 milliard de DH. "
                    "Au total, l'Afrique subsaharienne contribue à 27% du résultat net du groupe.")
    assert found["27%"]["countries"] == ["MA"]
    # ... while a sentence about the paragraph's country still takes it
    found = figures("Banques marocaines en Afrique\n\nEn Côte d'Ivoire, la SIB a réalisé un PNB de 1,2 milliard de DH. "
                    "Son résultat a progressé de 9%.")
    assert "CI" in found["9%"]["countries"]


def test_a_city_abroad_as_the_subject_of_its_own_traffic_is_that_countrys_alone():
    article = ("Tanger Med : un trafic record de 10,2 millions d'EVP en 2025\n\n"
               "Le port marocain de Tanger Med a traité 10,2 millions d'EVP en 2025.\n\n"
               "Selon les statistiques de Puertos del Estado, Algésiras a manutentionné 4,6 millions d'EVP en 2025.")
    found = figures(article)
    assert found["4,6 millions d'EVP"]["countries"] == ["ES"]
    assert found["10,2 millions d'EVP"]["countries"] == ["MA"]


def test_a_foreign_company_the_gazetteer_knows_gives_its_country_without_a_cue():
    found = figures("Automobile : les Japonais recrutent au Maroc\n\n"
                    "Le câblier Yazaki emploie 28.500 personnes au Maroc. Sumitomo Electric en compte 17.000.")
    assert found["28.500 personnes"]["countries"] == ["JP", "MA"]
    # ... but, named in passing, it is not the article's main company
    found = figures("Tanger Med : un trafic record en 2025\n\nLe port de Tanger Med a traité 11,1 millions d'EVP "
                    "en 2025, porté notamment par les exportations de Renault.\n\n"
                    "Le groupe a investi 5,8 milliards de dirhams. Le trafic a progressé de 8,4%.")
    assert found["5,8 milliards de dirhams"]["countries"] == found["8,4%"]["countries"] == ["MA"]


def test_a_whose_clause_is_about_the_country_it_follows():
    found = figures("Textile : les exportations marocaines vers l'Europe reculent\n\nLes exportations de textile ont atteint "
                    "31,6 milliards de DH. La France suit avec 5,1 milliards de DH, devant le Portugal, dont les "
                    "commandes ont bondi de 14% à 1,6 milliard de DH.")
    assert found["14%"]["countries"] == found["1,6 milliard de DH"]["countries"] == ["MA", "PT"]
    assert found["5,1 milliards de DH"]["countries"] == ["FR", "MA"]
    # the whole name it follows; and a clause that names its own country keeps it
    found = figures("OCP au Nigeria\n\nLe projet s'ajoute au Gazoduc Nigeria-Maroc, dont le coût est estimé à "
                    "25 milliards de dollars.")
    assert found["25 milliards de dollars"]["countries"] == ["MA", "NG"]


def test_each_country_of_an_enumeration_takes_the_figure_right_after_it():
    found = figures("Morocco's wheat imports from France fall\n\nRussia came second with 1.31 million tonnes, "
                    "followed by Ukraine with 720,000 tonnes and Argentina with 485,000 tonnes.", language="en")
    assert found["720,000 tonnes"]["countries"] == ["MA", "UA"]
    assert found["485,000 tonnes"]["countries"] == ["AR", "MA"]
    # one country before one figure is no enumeration: the sentence's other countries stay
    found = figures("Commerce extérieur du Maroc\n\nLes exportations vers l'Espagne ont atteint 5 milliards de DH, "
                    "portées par la demande de la France.")
    assert found["5 milliards de DH"]["countries"] == ["ES", "MA"]
    # a country named by its demonym is no item of the list
    found = figures("Maroc-Turquie : le déficit se creuse\n\nLes importations en provenance de Turquie ont atteint "
                    "31,4 milliards de dirhams, tandis que les exportations marocaines vers ce pays plafonnaient "
                    "à 9,8 milliards de dirhams.")
    assert found["9,8 milliards de dirhams"]["countries"] == ["MA", "TR"]


def test_a_paragraph_about_abroad_keeps_its_figures_abroad():
    head = "Automobile : l'Egypte veut rattraper le Maroc\n\nLe Maroc a produit 560.000 véhicules en 2024.\n\n"
    # the sentence names no country; its paragraph named Egypt alone, nothing of Morocco
    found = figures(head + "L'Egypte veut devenir un pôle automobile régional. Le programme du gouvernement vise une "
                    "production de 400.000 véhicules par an d'ici 2030.")
    assert found["400.000 véhicules"]["countries"] == ["EG"]
    # ... not where the paragraph ties it to home: money in dirhams, a flow to the country, trade
    found = figures(head + "L'essentiel de la production sera destiné à l'Egypte. Un accord porte sur 40.000 véhicules par an.")
    assert found["40.000 véhicules"]["countries"] == ["EG", "MA"]
    found = figures(head + "L'Egypte est un partenaire ancien. Les échanges ont atteint 1,2 milliard de dollars.")
    assert found["1,2 milliard de dollars"]["countries"] == ["EG", "MA"]
    # ... nor where a speaker says `nous`
    found = figures(head + "L'Egypte est un marché prometteur. «Nous visons 10.000 véhicules d'ici 2028», a dit le PDG.")
    assert found["10.000 véhicules"]["countries"] == ["EG", "MA"]


def test_a_foreign_public_body_or_city_as_subject_is_that_country_alone():
    head = "Câblage : Brandt quitte Kénitra pour la Serbie\n\nLe Maroc perd 1.450 emplois.\n\n"
    found = figures(head + "Le gouvernement serbe prendra en charge 6,5 M€ au titre des aides à l'emploi.")
    assert found["6,5 M€"]["countries"] == ["RS"]
    found = figures("Tanger Med dépasse les ports espagnols\n\nTanger Med a traité 10,2 millions d'EVP.\n\n"
                    "Valence, premier port à conteneurs d'Espagne, affiche 5,6 millions d'EVP. Au total, le trafic "
                    "conteneurs des ports espagnols a atteint 17,8 millions d'EVP.")
    assert found["5,6 millions d'EVP"]["countries"] == found["17,8 millions d'EVP"]["countries"] == ["ES"]
    found = figures("Egypt courts carmakers\n\nMorocco built 560,000 cars.\n\n"
                    "The Egyptian authorities granted subsidies of $120 million last year.", language="en")
    assert found["$120 million"]["countries"] == ["EG"]
    # the home country's own ports are home's
    found = figures("Tanger Med dépasse les ports espagnols\n\nLe trafic conteneurs des ports marocains a atteint "
                    "12,1 millions d'EVP.")
    assert found["12,1 millions d'EVP"]["countries"] == ["MA"]


def test_a_conversion_into_another_currency_is_the_amount_it_converts():
    found = figures("Eau : la JICA accélère au Maroc\n\nLe Maroc et le Japon ont signé deux prêts.\n\n"
                    "Le portefeuille de l'agence dans le Royaume atteint 412 milliards de yens, soit environ "
                    "26 milliards de DH.")
    assert found["412 milliards de yens"]["countries"] == ["JP", "MA"]
    assert found["26 milliards de DH"]["countries"] == ["JP", "MA"]
    found = figures("OCP au Brésil\n\nLe Maroc exporte ses engrais.\n\nAu Brésil, le groupe a inauguré un terminal, "
                    "pour un investissement de 420 millions de reais (près de 720 MDH).")
    assert found["720 MDH"]["countries"] == found["420 millions de reais"]["countries"]
    # two sums compared are two amounts, each with its own countries
    found = figures("Maroc-Japon : les échanges progressent\n\nLe Maroc a exporté 3 milliards de DH, contre "
                    "280 millions de dollars d'importations de Turquie.")
    assert found["3 milliards de DH"]["countries"] != found["280 millions de dollars"]["countries"]


def test_there_and_this_country_name_again_the_country_before():
    found = figures("OCP renforce sa présence au Brésil\n\nLe Maroc exporte ses engrais.\n\n"
                    "Au Brésil, l'OCP exploite des unités de mélange. Le groupe y a inauguré en septembre un terminal "
                    "d'une capacité de 800.000 tonnes par an.")
    assert found["800.000 tonnes"]["countries"] == ["BR", "MA"]
    found = figures("Equipementiers : les exportations vers l'Europe centrale bondissent\n\nLe Maroc exporte des pièces.\n\n"
                    "Les exportations vers la République tchèque ont bondi de 31%. Près de 40 équipementiers implantés "
                    "au Maroc expédient désormais vers ce pays.")
    assert found["40 équipementiers"]["countries"] == ["CZ", "MA"]
    # `il y a` is no place
    found = figures("OCP renforce sa présence au Brésil\n\nLe Maroc exporte ses engrais.\n\n"
                    "Au Brésil, l'OCP exploite des unités de mélange. Il y a eu 1.200 recrutements au Maroc.")
    assert found["1.200 recrutements"]["countries"] == ["MA"]


def test_the_customers_a_plant_is_to_supply_are_not_its_countries():
    found = figures("Chinese tyre maker Hengrui to build plant in Morocco\n\nRABAT, Nov 20 (Reuters) - China's Hengrui "
                    "Tyre Co will build a $650 million factory in northern Morocco to supply European carmakers, the "
                    "company said on Wednesday.", language="en")
    assert found["$650 million"]["countries"] == ["CN", "MA"]
    # a country by its name is where the output goes: a flow to it
    found = figures("Chinese tyre maker Hengrui to build plant in Morocco\n\nHengrui will build a $650 million factory "
                    "in Morocco to supply Spain.", language="en")
    assert "ES" in found["$650 million"]["countries"]


# (body, language, figure, attribute, expected)
TOURISTS_AND_SHARED_CURRENCY_WORDS = [
    # a foreign country's tourists counted in an article about the home country visit it ...
    ("Morocco courts Chinese travellers\n\nMorocco is betting on China. \"Our ambition is to welcome 500,000 "
     "Chinese tourists a year by 2030,\" the minister said.", "en", "500,000", "countries", ["CN", "MA"]),
    ("Tourisme : le Royaume vise le marché britannique\n\nLe Maroc vise 26 millions de touristes d'ici 2030, dont "
     "près de 2 millions de Britanniques.", "fr", "2 millions", "countries", ["GB", "MA"]),
    # ... a count of a country's people outside tourism stays that country's
    ("Engrais : l'Inde signe avec le Maroc\n\nLe ministre a salué un accord qui garantit la sécurité alimentaire "
     "de 1,4 milliard d'Indiens.", "fr", "1,4 milliard", "countries", ["IN"]),
    # a currency word several countries share is the currency of the country the article names
    ("Tunisie : le déficit se creuse\n\nLe déficit de la Tunisie a atteint 16,9 milliards de dinars en 2024.", "fr",
     "16,9 milliards de dinars", "unit", "TND"),
    ("Algérie : Sonatrach investit\n\nSonatrach investira 200 milliards de dinars en Algérie.", "fr",
     "200 milliards de dinars", "unit", "DZD"),
    # the country of its own sentence before the one the article names most
    ("Algérie : l'Algérie relève ses droits\n\nL'Algérie a relevé ses droits. L'Algérie vise l'Europe.\n\n"
     "En Tunisie, le déficit a atteint 2,9 milliards de dinars.", "fr", "2,9 milliards de dinars", "unit", "TND"),
    ("Saudi food hub\n\nSaudi Arabia's fund reported revenue of 19.8 billion riyals in 2024.", "en",
     "19.8 billion riyals", "unit", "SAR"),
    ("Qatar : QatarEnergy investit\n\nLe Qatar investira 5 milliards de riyals.", "fr", "5 milliards de riyals", "unit", "QAR"),
]


@pytest.mark.parametrize("body,language,figure,attribute,expected", TOURISTS_AND_SHARED_CURRENCY_WORDS)
def test_tourists_visit_the_home_country_and_a_shared_currency_word_is_the_articles_countrys(
        body, language, figure, attribute, expected):
    assert figures(body, language=language)[figure][attribute] == expected


def test_how_long_a_state_has_lasted_dates_no_figure_after_it():
    head = "Energie : le Maroc diversifie ses fournisseurs\n\nLe Maroc importe des produits pétroliers.\n\n"
    found = figures(head + "La Russie s'est imposée depuis 2022 comme un fournisseur clé. Les achats auprès du "
                    "fournisseur russe ont baissé de 16,2%.")
    assert found["16,2%"]["period"] is None
    # a year the paragraph states as the time of its facts is inherited
    found = figures(head + "La Russie est devenue en 2022 un fournisseur clé. Les achats auprès du fournisseur russe "
                    "ont baissé de 16,2%.")
    assert found["16,2%"]["period"] == "2022"


def test_a_figure_credited_to_a_home_institution_is_the_home_countrys():
    head = ("Tanger : le coréen Kyungdo Autoseat triple sa capacité\n\nLe coréen Kyungdo Autoseat investit à Tanger. "
            "Le nouveau site complète un écosystème automobile dont les exportations ont atteint 157,6 milliards de DH "
            "en 2024, selon l'Office des changes.")
    assert figures(head)["157,6 milliards de DH"]["countries"] == ["MA"]
    # without the national source, the site named again is the Korean investor's
    unsourced = head.replace(", selon l'Office des changes", "")
    assert figures(unsourced)["157,6 milliards de DH"]["countries"] == ["KR", "MA"]
    # trade credited to it, in an article about a partner, is the two countries'
    trade = ("Tétouan : le japonais Nakamura Densen inaugure une usine\n\nLe japonais Nakamura Densen ouvre une usine. "
             "Selon l'Office des changes, les échanges bilatéraux se sont élevés à 11,3 milliards de dirhams en 2024.")
    assert figures(trade)["11,3 milliards de dirhams"]["countries"] == ["JP", "MA"]


# (body, language, figure, countries): the company or its project named again by a noun the
# earlier lists lacked: its management, its works, its several plants or projects.
PROJECT_NAMED_AGAIN = [
    ("Câblage : l'allemand Brandt Bordnetze ferme son usine de Kénitra\n\nL'allemand Brandt Bordnetze ferme son usine "
     "au Maroc. La direction affirme avoir provisionné 85 MDH pour les indemnités de départ des salariés marocains.",
     "fr", "85 MDH", ["DE", "MA"]),
    ("US fund Calloway to invest $1.2 bln in Moroccan solar\n\nU.S. investor Calloway will build solar plants in "
     "Morocco.\n\nThe solar farm will rise near Ouarzazate, in southern Morocco. Construction will employ about 2,500 "
     "workers at its peak.", "en", "2,500 workers", ["MA", "US"]),
    ("US fund Calloway to invest $1.2 bln in Moroccan solar\n\nU.S. investor Calloway will build solar plants in "
     "Morocco.\n\nA development bank agreed to lend up to $400 million to the projects, with the rest coming from "
     "Moroccan banks.", "en", "$400 million", ["MA", "US"]),
]


@pytest.mark.parametrize("body,language,figure,expected", PROJECT_NAMED_AGAIN)
def test_the_company_named_again_by_its_management_or_its_works_keeps_its_country(body, language, figure, expected):
    assert figures(body, language=language)[figure]["countries"] == expected


def test_a_foreign_companys_own_plants_abroad_are_not_its_project_at_home():
    body = ("Morocco, Poland sign trade deals\n\nPolish tram maker Pesa Rail will supply trams to Morocco.\n\nThe firm "
            "reported revenue of PLN 2.8 billion last year and employs some 4,200 people at its plants in Gdańsk.")
    assert figures(body, language="en")["4,200 people"]["countries"] == ["PL"]


def test_an_english_as_clause_after_the_figure_names_a_cause_not_its_countries():
    body = ("China's Xinrui to build $620 million EV motor plant in Morocco as EU tariffs bite\n\nXinrui said on "
            "Monday it would build the plant in Kenitra.")
    assert figures(body, language="en")["$620 million"]["countries"] == ["CN", "MA"]
    # `such as` lists the countries a figure is about
    body = ("Morocco's exports rise\n\nExports of cars to markets such as France and Spain rose 6% to $14 billion.")
    assert figures(body, language="en")["$14 billion"]["countries"] == ["ES", "FR", "MA"]


def test_money_to_come_is_a_forecast_unless_its_own_verb_is_past():
    found = figures("Brandt investit en Serbie\n\nA Kragujevac, Brandt Bordnetze investira 38 M€ pour agrandir "
                            "son usine.")
    assert found["38 M€"]["qualifier"] == "forecast"
    found = figures("Hyundai Mobis à Kénitra\n\nKénitra sera son troisième site de production à l'étranger, "
                            "après la Hongrie, où il a investi 850 M€.")
    assert found["850 M€"]["qualifier"] is None
    found = figures("Conservas invests in Agadir\n\nThe canner said it would invest 22 million euros to expand "
                            "its plant in Agadir.", language="en")
    assert found["22 million euros"]["qualifier"] == "forecast"


def test_a_projection_told_in_the_conditional_is_a_forecast():
    found = figures("Bank Al-Maghrib maintient son taux\n\nLes transferts des MRE atteindraient 119,5 milliards de "
                    "dirhams cette année, après 117,7 milliards en 2024. L'inflation sous-jacente ressortirait à 1,3%. "
                    "Le déficit se creuserait à 2,2% du PIB en 2025. L'inflation devrait s'établir à 1% en 2025 avant "
                    "de s'accélérer à 1,8% en 2026.")
    assert found["119,5 milliards de dirhams"]["qualifier"] == "forecast"
    assert found["1,3%"]["qualifier"] == "forecast"
    assert found["2,2%"]["qualifier"] == "forecast"
    assert found["1,8%"]["qualifier"] == "forecast"  # `avant de`: the same projection goes on
    # what was, and what the past goes on to
    assert found["117,7 milliards"]["qualifier"] is None
    found = figures("Exportations\n\nLes ventes ont atteint 3% en mars avant de reculer à 2% en avril. Le portrait "
                    "de 40 entreprises montre une hausse de 5%.")
    assert found["2%"]["qualifier"] is None
    assert found["5%"]["qualifier"] is None


def test_a_company_named_after_its_province_is_named_again_without_it():
    body = ("Chinese Tire Maker Dalun Tyre to Build $650 Million Plant in Tangier\n\nRabat – Chinese tire manufacturer "
            "Shandong Dalun Tyre Co. signed an agreement on Monday to build a $650 million factory in Morocco.\n\n"
            "Dalun Tyre will employ 1,400 workers, the Moroccan Investment and Export Development Agency said.")
    assert figures(body, language="en")["1,400 workers"]["countries"] == ["CN", "MA"]


def test_a_flow_in_an_article_about_trade_with_one_partner_is_the_two_countries():
    head = ("Echanges Maroc-Espagne : un record de 23,4 milliards d'euros en 2025\n\nLes échanges entre le Maroc et "
            "l'Espagne ont atteint 23,4 milliards d'euros en 2025.\n\n")
    found = figures(head + "Le déficit commercial du Royaume s'est réduit à 2,8 milliards d'euros. Côté marocain, "
                    "l'automobile reste le premier poste avec 2,9 milliards d'euros de ventes.")
    assert found["2,8 milliards d'euros"]["countries"] == ["ES", "MA"]
    assert found["2,9 milliards d'euros"]["countries"] == ["ES", "MA"]
    # not the whole, nor a national industry's
    found = figures(head + "Les exportations totales du Maroc ont atteint 45 milliards d'euros. Le secteur automobile "
                    "a exporté pour 15 milliards d'euros.")
    assert found["45 milliards d'euros"]["countries"] == ["MA"]
    assert found["15 milliards d'euros"]["countries"] == ["MA"]


def test_a_national_programme_is_not_the_companys_project():
    body = ("Bus électriques : le chinois Hengsheng va investir 1,8 milliard de DH à Kénitra\n\nLe chinois Hengsheng "
            "construira une usine de bus à Kénitra.\n\nLe programme national de transport urbain prévoit l'acquisition "
            "de 3.500 bus d'ici 2029.")
    assert figures(body)["3.500 bus"]["countries"] == ["MA"]


def test_travellers_counted_in_a_tourism_article_take_the_leads_period():
    body = ("Morocco's tourist arrivals keep climbing through August\n\nMorocco received 13.5 million tourist arrivals "
            "in the first eight months of 2025, up 15% year-on-year, the ministry said.\n\nThe figure includes 6.9 "
            "million foreign visitors.\n\nTourism receipts, measured by travel revenues in the balance of payments of "
            "the country, reached MAD 87.6 billion at the end of August, an increase of 8.3% compared with the same "
            "period last year, according to preliminary data from the Foreign Exchange Office (Office des Changes).\n\n"
            "France remained the top source market with 1.9 million visitors. Arrivals from the United Kingdom jumped "
            "21% to 980,000.")
    found = figures(body, language="en")
    for text in ("6.9 million", "1.9 million visitors", "980,000"):
        assert found[text]["period"] == "2025-01/2025-08", text
    # a count of things is no flow of the period
    found = figures("Tourism: record arrivals in 2025\n\nMorocco received 17 million tourists in 2025.\n\n"
                    "The country now has 4,100 hotels.", language="en")
    assert found["4,100 hotels"]["period"] is None


def test_a_foreign_country_as_the_subject_of_a_sentence_that_names_nothing_of_home_is_that_countrys_alone():
    head = ("World Bank approves $450 million loan for Morocco's water\n\nRABAT, Jan 29 (Reuters) - The World Bank "
            "approved a $450 million loan to help Morocco expand desalination.\n\n")
    found = figures(head + "Neighbouring Algeria operates 19 desalination plants, while Spain, Europe's largest "
                    "producer, desalinates around 5 million cubic meters daily. Egypt has signed agreements worth more "
                    "than $40 billion, while Oman has allocated land for projects totaling about $49 billion.",
                    language="en")
    assert found["19 desalination plants"]["countries"] == ["DZ"]
    assert found["$40 billion"]["countries"] == ["EG"]
    assert found["$49 billion"]["countries"] == ["OM"]
    # a partner ranked, a lender to the home country: the home country's too
    found = figures(head + "France remained the leading source of remittances, accounting for about 31% of transfers. "
                    "Germany will also provide a €45 million grant to train technicians.", language="en")
    assert found["31%"]["countries"] == ["FR", "MA"]
    assert found["€45 million"]["countries"] == ["DE", "MA"]


def test_a_headline_about_a_home_institution_makes_the_home_country_the_focus():
    body = ("Bank Al-Maghrib maintient son taux directeur à 2,25%\n\nLe Conseil de la banque centrale, réuni mardi, a "
            "relevé sa prévision de croissance pour 2025 à 4,6%.\n\nSur le plan international, la Banque centrale "
            "européenne a ramené son taux à 2%. La croissance de l'Union européenne ne dépasserait pas 1,1% en 2025, "
            "contre 1,4% aux Etats-Unis. Les Etats-Unis et l'Union européenne restent prudents.")
    assert figures(body)["4,6%"]["countries"] == ["MA"]


def test_the_home_countrys_figure_set_against_another_is_its_own():
    found = figures("Textile : une usine de Tanger part en Egypte\n\nLe groupe espagnol Albiñana ferme son usine de "
                    "Tanger.\n\nEn Egypte, le coût horaire de la main-d'œuvre ressort à 1,6 euro, contre 2,9 euros au "
                    "Maroc, selon le communiqué.")
    assert found["2,9 euros"]["countries"] == ["MA"]
    found = figures("Egypt courts carmakers\n\nAverage monthly wages in Egyptian car plants are about $230, compared "
                    "with about $420 in Morocco.", language="en")
    assert found["$420"]["countries"] == ["MA"]


def test_a_sentence_naming_no_country_goes_on_with_the_last_statement_not_its_remarks():
    """A figure whose sentence names no country takes the countries the paragraph's earlier
    sentence states, not those of its relative clauses (`which ... co-host with Spain and
    Portugal`, `dont 40% vers l'Espagne`), which remark on a part of it."""
    found = figures(
        "Bank Al-Maghrib raises its growth forecast\n"
        "The central bank raised its estimate for economic growth this year to 4.6% from 4.2%, citing strong "
        "public investment ahead of the 2030 FIFA World Cup, which Morocco will co-host with Spain and Portugal. "
        "It sees the economy expanding 4.4% in 2026.\n"
        "Les exportations marocaines d'agrumes ont atteint 8,2 milliards de DH en 2024, dont 40% vers l'Espagne. "
        "Elles ont progressé de 6%."
    )
    assert found["4.4%"]["countries"] == ["MA"]
    assert found["6%"]["countries"] == ["MA"]
    # What the statement itself names is still inherited.
    found = figures(
        "Commerce extérieur : les échanges maroco-chinois en hausse\n"
        "Les échanges commerciaux entre le Maroc et la Chine ont atteint 39,5 milliards DH.\n"
        "En 2023, les exportations marocaines vers l'Espagne ont atteint 5 milliards DH, qui fut une année record. "
        "Elles ont augmenté de 4 %."
    )
    assert found["4 %"]["countries"] == ["ES", "MA"]


def test_a_rival_the_home_country_is_ranked_against_owns_the_figure_of_its_relative_aside():
    """`derrière l'Egypte, qui a reçu ...`, `devance la Tunisie, dont la filière emploie ...`:
    the aside's figure is the rival's alone, with what the aside names; a ranking of the home
    country's partners (a foreign country named first) stays bilateral."""
    found = figures(
        "Transferts des MRE : nouvelle hausse\n"
        "Le Maroc reste le troisième récipiendaire de transferts de fonds, derrière l'Egypte, qui a reçu "
        "29,6 milliards de dollars en 2024.\n"
        "Face à la concurrence, le Maroc devance désormais la Tunisie, dont la filière emploie quelque 18.000 personnes.\n"
        "Il devance la Turquie, dont les achats de produits espagnols ont reculé de 2,3%.\n"
        "La France suit avec 5,1 milliards de DH, devant le Portugal, dont les commandes ont bondi de 14%."
    )
    assert found["29,6 milliards de dollars"]["countries"] == ["EG"]
    assert found["18.000 personnes"]["countries"] == ["TN"]
    assert found["2,3%"]["countries"] == ["ES", "TR"]
    assert found["14%"]["countries"] == ["MA", "PT"]


def test_a_bracketed_figure_after_a_rival_the_home_country_is_ranked_against_is_the_rivals():
    """`Le Maroc ... talonne l'Afrique du Sud (près de 600.000 unités)`: the rival's alone (a
    qualifier may open the bracket); a ranking of the home country's partners stays bilateral."""
    found = figures(
        "Automobile : le Maroc accélère\n"
        "Le Maroc, avec quelque 560.000 véhicules produits en 2024, talonne l'Afrique du Sud (près de 600.000 unités).\n"
        "Le Royaume reste loin de l'Espagne, qui a reçu 94 millions de touristes, et de la Turquie (52,6 millions).\n"
        "L'Espagne arrive en tête des clients du Maroc (25%), devant la France (18%)."
    )
    assert found["600.000 unités"]["countries"] == ["ZA"]
    assert found["52,6 millions"]["countries"] == ["TR"]
    assert found["18%"]["countries"] == ["FR", "MA"]


def test_the_transfers_of_the_mre_are_the_home_countrys_after_a_breakdown_by_country():
    found = figures(
        "Transferts des MRE : nouveau record\n"
        "La France reste le premier pays d'origine des transferts, avec 31% du total, devant l'Espagne (13%). "
        "Sur l'ensemble de l'année, les MRE avaient transféré 119 MMDH, un record."
    )
    assert found["119 MMDH"]["countries"] == ["MA"]


def test_a_month_named_as_the_subject_is_that_month_of_the_year():
    found = {f["text"]: f for f in extract_metrics(
        "Tourisme : 13,5 millions d'arrivées à fin août\n"
        "Le seul mois d'août a enregistré 2,8 millions d'arrivées, un record mensuel. "
        "Le mois de mai avait vu 1,2 million d'arrivées.",
        doc_id="d", published_year=2025, published_month=9)}
    assert found["2,8 millions d'arrivées"]["period"] == "2025-08"
    assert found["1,2 million d'arrivées"]["period"] == "2025-05"


def test_a_rival_ranked_against_is_none_of_the_other_figures_and_a_figure_given_for_it_is_its_own():
    """The rival a sentence ranks the home country against is masked for its other figures
    (`talonne l'Afrique du Sud ... et vise 1 million`), not for the figures of its own aside;
    in a ranking, `against 15.7 million for Egypt` is Egypt's; a parallel sentence (`La
    Turquie, elle, ...`) does not take up the rival."""
    found = figures(
        "Automobile : le Maroc accélère\n"
        "Le Maroc, avec quelque 560.000 véhicules produits en 2024, talonne l'Afrique du Sud (près de 600.000 unités) "
        "et vise une capacité de 1 million de véhicules à l'horizon 2030. "
        "La Turquie, elle, a produit 1,36 million de véhicules l'an dernier.\n"
        "Morocco overtook Egypt in 2024 as Africa's most visited country, with 17.4 million arrivals against 15.7 million for Egypt.\n"
        "Il devance la Turquie, dont les achats de produits espagnols ont reculé de 2,3%, à 8,7 milliards d'euros."
    )
    assert found["1 million de véhicules"]["countries"] == ["MA"]
    assert found["1,36 million de véhicules"]["countries"] == ["TR"]
    assert found["17.4 million arrivals"]["countries"] == ["MA"]
    assert found["15.7 million"]["countries"] == ["EG"]
    assert "TR" in found["8,7 milliards d'euros"]["countries"]  # the rival's own aside: not masked


def test_asides_after_the_figure_absolute_clauses_times_described_and_as_clauses_are_not_its_frame():
    """`..., with Spain and France absorbing 60% of shipments`, `..., année où le Maroc
    co-organisera la Coupe du monde avec l'Espagne`, `..., as Morocco seeks alternatives to the
    pipeline Algeria shut`, `face à la montée de CATL`: what they name is not the figure's, nor
    the next sentence's."""
    found = figures(
        "Morocco's textile exports hold up\n"
        "Textile and clothing exports reached MAD 44.1 billion last year, with Spain and France absorbing more than 60% "
        "of shipments, according to customs. Transfers grew 2.9% in the first eight months, with France still the "
        "leading source. Remittances reached a record MAD 117.9 billion in 2024.\n"
        "Le ministère vise 26 millions de touristes d'ici 2030, année où le Maroc co-organisera la Coupe du monde "
        "avec l'Espagne et le Portugal.\n"
        "Morocco's Nador West Med port will host a gas terminal with a capacity of 5 billion cubic metres a year, due in 2027, "
        "as Morocco seeks alternatives to the pipeline that Algeria shut in 2021.\n"
        "Le groupe marocain a vu sa part de marché tomber à 16,8%, face à la montée du chinois CATL."
    )
    for text in ("MAD 44.1 billion", "2.9%", "MAD 117.9 billion", "26 millions de touristes",
                 "5 billion cubic metres", "16,8%"):
        assert found[text]["countries"] == ["MA"], text
    assert found["60%"]["countries"] == ["ES", "FR", "MA"]


def test_a_role_between_the_subject_and_its_verb_and_a_foreign_central_bank():
    """`L'Egypte, principal concurrent du Royaume sur le marché russe, a exporté`: the role's
    countries are not the figure's, and naming the home country as the rival does not make the
    figure bilateral; `la Réserve fédérale (Fed)` is the United States'."""
    found = figures(
        "Agrumes : le Maroc gagne des parts en Russie\n"
        "Le Maroc a exporté 700.000 tonnes d'agrumes vers la Russie. L'Egypte, principal concurrent du Royaume sur "
        "le marché russe, a exporté quelque 2,1 millions de tonnes d'oranges.\n"
        "Aux Etats-Unis aussi, la Réserve fédérale (Fed) a maintenu sa fourchette cible entre 4,25% et 4,5%."
    )
    assert found["2,1 millions de tonnes"]["countries"] == ["EG"]
    assert "US" in found["4,25%"]["countries"]


def test_a_quarter_said_without_its_year_is_the_last_one_ended_by_publication_or_the_next_for_a_forecast():
    found = {f["text"]: f for f in extract_metrics(
        "Croissance : l'économie nationale progresse au troisième trimestre\n"
        "Le chômage est reparti à la baisse à 12,8% au troisième trimestre, contre 13,6% un an plus tôt. "
        "La production devrait croître de 3% au deuxième trimestre.",
        doc_id="d", published_year=2026, published_month=1)}
    assert found["12,8%"]["period"] == "2025-Q3"
    assert found["13,6%"]["period"] == "2024-Q3"
    assert found["3%"]["period"] == "2026-Q2"


def test_a_month_right_after_the_figure_and_months_from_a_first_day_over_the_turn_of_the_year():
    found = {f["text"]: f for f in extract_metrics(
        "Tomato exports climb\n"
        "Le seul mois de septembre a drainé 8,6 MMDH, après un pic estival de 11,2 MMDH en juillet.\n"
        "Les ventes ont atteint 3 MMDH du 1er janvier au 30 juin 2025. "
        "Le salon a accueilli 2.000 exposants du 10 septembre au 20 octobre.",
        doc_id="d", published_year=2026, published_month=2)}
    assert found["11,2 MMDH"]["period"] == "2025-07"
    assert found["3 MMDH"]["period"] == "2025-H1"
    assert found["2.000 exposants"]["period"] != "2025-09/2025-10"  # an event's days are no period
    english = extract_metrics(
        "Tomato exports climb\n"
        "Morocco's exports of fresh tomatoes reached 512,000 tonnes between September 1 and February 15, the first "
        "half of the 2025/2026 export season. From May 1 to June 30 sales hit 5,000 tonnes.",
        doc_id="d", language="en", published_year=2026, published_month=2)
    # (the days of the dates are no figures)
    assert [(f["text"], f["period"]) for f in english] == [
        ("512,000 tonnes", "2025-09/2026-02"), ("5,000 tonnes", "2025-05/2025-06")]


def test_a_rival_in_the_headline_a_foreign_port_and_a_strait_are_no_countries_of_the_article():
    """`Widening Lead Over Algeciras` in the headline, `Spain's Algeciras` and `Egypt's East
    Port Said` (places, not companies), `the Strait of Gibraltar` (no country): the home port's
    figures stay the home country's."""
    found = figures(
        "Tanger Med Handles Record 11.4 Million Containers in 2025, Widening Lead Over Algeciras\n\n"
        "Tanger Med handled 11.4 million containers in 2025. Total traffic reached 158 million tonnes, a 7.6% increase.\n\n"
        "The figures put Tanger Med well ahead of Spain's Algeciras, its direct rival across the Strait of Gibraltar, "
        "which handled 4.6 million TEUs last year. Egypt's East Port Said reported about 4.1 million TEUs.\n\n"
        "The authority plans to invest 15 billion dirhams by 2030.",
        language="en")
    for text in ("11.4 million", "158 million tonnes", "7.6%", "15 billion dirhams"):
        assert found[text]["countries"] == ["MA"], text
    assert "ES" in found["4.6 million TEUs"]["countries"] and "GI" not in found["4.6 million TEUs"]["countries"]


def test_a_clause_opening_on_its_verb_goes_with_the_country_the_sentence_opened_with():
    """`Turkey, the bloc's other main supplier, shipped 96,000 tonnes to the EU`: Turkey's
    and the EU's (a rank among the bloc's suppliers is none among the home country's)."""
    found = figures(
        "Moroccan tomato exports climb\n"
        "Morocco's tomato exports rose. Turkey, the bloc's other main non-member supplier, shipped 96,000 tonnes "
        "to the EU in 2025.", language="en")
    assert found["96,000 tonnes"]["countries"] == ["EU", "TR"]


def test_a_figure_in_an_opening_participle_measures_the_main_companys_project():
    """`Etendue sur 42.000 m2, l'usine produira des faisceaux destinés aux constructeurs
    installés en Espagne`: the area is the Japanese group's plant in the home country, not
    the clients' country named after it."""
    found = figures(
        "Le japonais Sumitomo Wiring inaugure une usine à Kénitra\n"
        "Le groupe japonais Sumitomo Wiring a inauguré mardi une usine de câblage à Kénitra.\n"
        "Etendue sur 42.000 m2, l'usine produira des faisceaux destinés aux constructeurs "
        "automobiles installés en Espagne.")
    assert found["42.000 m2"]["countries"] == ["JP", "MA"]


def test_a_foreign_country_the_subject_of_its_own_statement_is_not_the_home_countrys():
    """A foreign country's own figure: named first and followed by a comma (`Mauritania, its
    southern neighbour, hopes to attract`), after a link over an apposition that ranks it in
    its region (`while the Netherlands, Europe's largest greenhouse producer, exports`), over a
    relative aside that names the home country (`Romania, which competes with Morocco ...,
    built`), or after a colon by a possessive (`China has kept a tight lid on exports: its
    shipments fell`). Ranked among the home country's partners it stays theirs together."""
    found = figures(
        "Morocco bets on green hydrogen and tomatoes\n"
        "Morocco plans to produce 1 million tonnes of hydrogen.\n"
        "Mauritania, its southern neighbour, hopes to attract $34 billion for its own hydrogen projects by 2035. "
        "Turkey shipped 96,000 tonnes of tomatoes to the EU in 2025, while the Netherlands, Europe's largest "
        "greenhouse producer, exports about 2 million tonnes a year. Morocco's car industry still trails Turkey, "
        "while Romania, which competes with Morocco for European contract manufacturing, built 540,000 cars. "
        "China has kept a tight lid on exports: its fertilizer shipments fell about 20% in January-September.\n"
        "France supplies 40% of Morocco's wheat. La Côte d'Ivoire en a capté 18%, devant le Sénégal.",
        language="en")
    assert found["$34 billion"]["countries"] == ["MR"]
    assert found["2 million tonnes"]["countries"] == ["NL"]
    assert found["540,000 cars"]["countries"] == ["RO"]
    assert found["20%"]["countries"] == ["CN"]
    assert found["40%"]["countries"] == ["FR", "MA"]
    assert found["18%"]["countries"] == ["CI", "MA"]


def test_the_countrys_own_figure_in_an_article_about_a_foreign_company():
    """`Premier secteur exportateur du pays, l'automobile a réalisé 157,6 milliards de dirhams`
    in an article about a Korean supplier: the home country's own figure. Told after the
    figure, the country is the whole of a share, which stays the paragraph's."""
    found = figures(
        "Le coréen Daesung inaugure une usine de sièges à Kénitra\n"
        "Le groupe coréen Daesung a inauguré mardi une usine de sièges automobiles à Kénitra.\n"
        "Premier secteur exportateur du pays, l'automobile a réalisé un chiffre d'affaires à l'export "
        "de 157,6 milliards de dirhams en 2024.\n"
        "Les échanges avec la Turquie ont atteint 35 milliards de dirhams. Ils représentent 12% du déficit "
        "commercial global du pays.")
    assert found["157,6 milliards de dirhams"]["countries"] == ["MA"]
    assert found["12%"]["countries"] == ["MA", "TR"]


def test_a_title_case_headlines_company_the_body_names_again_and_its_project_as_subject():
    """`Qatar's Lusail Digital to Spend ...` in a title-case headline: its cue counts, as the
    body calls the company by that name; `The project ... developed with Moroccan utility ONEE
    and will employ about 350 people` is the Qatari company's project, also in the home country."""
    found = figures(
        "Qatar's Lusail Digital to Spend $1.5 Billion on Moroccan Data Centers\n"
        "Lusail Digital Holdings, a data-center developer, agreed to invest $1.5 billion in Morocco.\n"
        "The project will be supplied by a 1.2-gigawatt wind complex developed with Moroccan utility ONEE and "
        "will employ about 350 people directly once complete.", language="en")
    assert found["350 people"]["countries"] == ["MA", "QA"]
    assert found["1.2-gigawatt"]["countries"] == ["MA", "QA"]


def test_a_consortiums_project_and_the_detail_of_a_part_aside():
    """The project of `a consortium led by Spain's Enagás and Abu Dhabi's Masdar` is both
    companies'; the destinations of `dont 80% seront exportées vers l'Europe, principalement
    l'Allemagne, l'Espagne et la Pologne` are the part's, not the whole capacity's."""
    consortium = figures(
        "Morocco picks consortium for Nador LNG terminal\n"
        "Morocco has selected a consortium led by Spain's Enagás Internacional and Abu Dhabi's Masdar Gas Ventures "
        "to build the terminal at the Nador West Med port.\n"
        "The project, estimated at $1.1 billion, will create some 400 permanent jobs.", language="en")
    assert consortium["$1.1 billion"]["countries"] == ["AE", "ES", "MA"]
    assert consortium["400 permanent jobs"]["countries"] == ["AE", "ES", "MA"]
    blades = figures(
        "Le chinois Tianfeng Blades lance une usine de pales à Tanger\n"
        "Le fabricant chinois Tianfeng Blades a posé mardi la première pierre de son usine à Tanger.\n"
        "Sa capacité atteindra 2 GW par an, soit environ 600 pales, dont 80% seront exportées vers l'Europe, "
        "principalement l'Allemagne, l'Espagne et la Pologne.")
    assert blades["2 GW"]["countries"] == ["CN", "MA"]
    assert blades["600 pales"]["countries"] == ["CN", "MA"]


def test_a_headline_whose_first_statement_names_no_country_is_the_home_countrys_news():
    """`Huile d'olive : la production remonte, l'Espagne reprend la main`: the article is the
    home country's news; Spain is the subject of a part of it, not the focus that figures
    naming no country fall back on."""
    found = figures(
        "Huile d'olive : la production remonte, l'Espagne reprend la main\n"
        "La production nationale d'huile d'olive a atteint 190.000 tonnes au Maroc.\n"
        "L'Espagne, premier producteur mondial, a récolté 1,37 million de tonnes.\n"
        "Sur le marché, le litre se négocie désormais entre 70 et 85 DH.")
    assert found["85 DH"]["countries"] == ["MA"]
    assert found["1,37 million de tonnes"]["countries"] == ["ES"]


def test_a_budgets_year_is_the_period_of_its_figures():
    """`PLF 2026` in the headline: the budget's figures are of 2026, though the year is still
    to come when the article appears; `la loi de finances 2025` dates its own figure."""
    found = figures(
        "PLF 2026 : un investissement public record de 380 MMDH\n"
        "Le gouvernement a adopté jeudi le projet de loi de finances.\n"
        "L'investissement public atteindra 380 milliards de dirhams, en hausse de 11,8% par rapport aux 340 MMDH "
        "programmés dans la loi de finances 2025.\n"
        "Une enveloppe de 28 MMDH ira aux infrastructures. Les recettes fiscales atteignent 366,1 MMDH.",
        published_year=2025, published_month=10)
    assert found["380 MMDH"]["period"] == "2026"
    assert found["340 MMDH"]["period"] == "2025"
    assert found["366,1 MMDH"]["period"] == "2026"


def test_the_same_period_last_year_a_change_between_two_quarters_and_jobs_gained():
    """`contre 12,1 milliards à la même période de l'an dernier, soit une hausse de 17,4%`:
    the base is last year's half, the rise this year's; `between the second quarter of 2024
    and the same period of 2025` ends in 2025's; jobs gained or lost are a flow of the
    paragraph's period; `fell by 42,000 to 1,596,000` is a change and a level, no range."""
    french = figures(
        "Les exportations aéronautiques ont atteint 14,2 milliards de DH au premier semestre 2025, contre "
        "12,1 milliards de DH à la même période de l'an dernier, soit une hausse de 17,4%.",
        published_year=2025, published_month=9)
    assert [french[t]["period"] for t in ("14,2 milliards de DH", "12,1 milliards de DH", "17,4%")] == [
        "2025-H1", "2024-H1", "2025-H1"]
    english = figures(
        "Morocco's unemployment eases\n"
        "The national economy created 82,000 net jobs between the second quarter of 2024 and the same period "
        "of 2025. Urban areas gained 190,000 jobs, while rural areas lost 108,000.\n"
        "The number of unemployed people fell by 42,000 to 1,596,000.",
        language="en", published_year=2025, published_month=8)
    assert english["82,000 net jobs"]["period"] == "2025-Q2" and english["82,000 net jobs"]["unit"] == "jobs"
    assert english["190,000 jobs"]["period"] == "2025-Q2"
    assert english["42,000"]["qualifier"] is None and english["1,596,000"]["qualifier"] is None


def test_a_foreign_companys_operations_placed_abroad_are_not_the_home_countrys():
    """`Hoang Son, which employs 31,000 people in nine factories across Vietnam and Cambodia`:
    the company's operations abroad; a home company's subsidiary abroad stays the home
    country's too (`En Ethiopie, la filiale a achevé son unité de 150 000 tonnes`)."""
    foreign = figures(
        "Vietnam's Hoang Son to open garment plant in Fez\n"
        "Vietnam's Hoang Son Garment will invest $60 million in a plant in Fez.\n"
        "Hoang Son, which employs 31,000 people in nine factories across Vietnam and Cambodia, reported revenue "
        "of $1.1 billion last year.", language="en")
    assert foreign["31,000 people"]["countries"] == ["KH", "VN"]
    home = figures(
        "OCP Africa étend ses usines en Afrique\n"
        "OCP Africa, filiale du groupe marocain OCP, a inauguré lundi une unité au Nigeria.\n"
        "En Ethiopie, la filiale a achevé la première tranche de son unité de Dire Dawa, d'une capacité de "
        "150 000 tonnes.")
    assert home["150 000 tonnes"]["countries"] == ["ET", "MA"]


def test_an_apposition_naming_the_home_country_does_not_make_a_foreign_economys_figure_its():
    """`In Spain, Morocco's main trading partner, the jobless rate fell to 10.3%`: Spain's own
    economy; the apposition tells how it stands to the home country, not what the figure is of."""
    found = figures(
        "Morocco's unemployment eases to 12.8%\n"
        "Morocco's unemployment rate fell to 12.8% in the second quarter of 2025.\n"
        "In Spain, Morocco's main trading partner, the jobless rate fell to 10.3% in the same quarter.",
        language="en")
    assert found["10.3%"]["countries"] == ["ES"]
    assert found["12.8%"]["countries"] == ["MA"]


def test_the_terms_of_the_trade_with_the_articles_one_partner():
    text = (
        "Maroc-Turquie : le déficit commercial se creuse encore en 2025\n"
        "Les échanges entre le Maroc et la Turquie ont atteint 63,8 milliards de dirhams en 2025.\n"
        "Le Maroc avait obtenu en 2020 la révision de l'accord de libre-échange, qui l'autorise à appliquer des droits "
        "de douane allant jusqu'à 90% du tarif de droit commun à Casablanca.\n"
        "«Notre ambition est de porter les échanges à 90 milliards de dirhams d'ici 2030, en misant sur "
        "l'agro-industrie», a déclaré la directrice de l'agence, à Rabat.\n"
        "Les exportations totales du Royaume ont atteint 450 milliards de dirhams à fin décembre, à Rabat."
    )
    found = figures(text)
    # the agreement and the duties of the one partner's trade are that trade's
    assert found["90%"]["countries"] == ["MA", "TR"]
    # a sector named as the means after the figure does not make the flow the whole's
    assert found["90 milliards de dirhams"]["countries"] == ["MA", "TR"]
    # a flow said of the whole before the figure stays the home country's
    assert found["450 milliards de dirhams"]["countries"] == ["MA"]


def test_an_article_about_a_foreign_economy_names_the_home_country_in_passing():
    text = (
        "Tunisia's phosphate output rebounds but still trails pre-2011 levels\n"
        "Morocco's OCP holds about 70% of world reserves.\n"
        "TUNIS, Oct 14 (Reuters) - Tunisia's phosphate production rose 18% in the first nine months of 2025.\n"
        "The company aims to produce 5.5 million tonnes this year. Exports brought in 2.4 billion dinars.\n"
        "CPG employs about 5,800 people, a sensitive issue in a region where unemployment reached 26%, "
        "nearly double the national rate.\n"
        "Morocco mined 38 million tonnes of phosphate rock last year."
    )
    found = figures(text)
    # the home company of the lead is the foreign subject's benchmark, not the main company
    assert found["5.5 million tonnes"]["countries"] == ["TN"]
    # a figure that takes the foreign focus alone: the home country is named in passing
    assert found["2.4 billion dinars"]["countries"] == ["TN"]
    # `the national rate` in another clause than the figure's says nothing of its country
    assert found["5,800 people"]["countries"] == ["TN"]
    assert found["38 million tonnes"]["countries"] == ["MA"]


def test_the_headlines_subject_company_and_its_project_named_with_a_figure():
    text = (
        "Industrie : Electra Câbles s'offre le portugais Cabelauto pour 62 millions d'euros\n"
        "Le fabricant marocain de câbles électriques Electra Câbles a annoncé l'acquisition du portugais Cabelauto.\n"
        "Le groupe emploie 2.300 personnes dans ses usines de Mohammedia et de Kénitra."
    )
    assert figures(text)["2.300 personnes"]["countries"] == ["MA"]  # the acquirer's, not the target's
    text = (
        "UK developer Westwind raises £1.4bn for Morocco-Britain power cable\n"
        "British developer Westwind Interconnect said it had raised £1.4bn for its planned Morocco-UK power link.\n"
        "The £19bn project includes 8 GW of solar and wind capacity in Morocco."
    )
    assert figures(text)["8 GW"]["countries"] == ["GB", "MA"]  # `The £19bn project`: the main company's


def test_respectively_over_a_run_of_figures_and_a_comparison_with_a_foreign_countrys_own():
    text = (
        "Automobile : le Maroc talonne désormais l'Afrique du Sud\n"
        "Les véhicules marocains partent à 85% vers l'Europe. La France, l'Espagne et l'Italie en absorbent "
        "respectivement 31%, 19% et 12%, tandis que la Turquie, premier client hors de l'Union européenne, pèse 6%.\n"
        "Le taux d'intégration locale atteint 69% au Maroc, contre environ 40% pour l'industrie sud-africaine."
    )
    found = figures(text)
    # the run of figures right after the word, not the figure of the clause after it
    assert found["31%"]["countries"] == ["FR", "MA"]
    assert found["12%"]["countries"] == ["IT", "MA"]
    assert found["6%"]["countries"] == ["MA", "TR"]
    # set against the home country's own figure, the compared one is the other country's
    assert found["69%"]["countries"] == ["MA"]
    assert found["40%"]["countries"] == ["ZA"]
    text = (
        "Morocco-Russia Trade Climbs 14% in First Nine Months\n"
        "Morocco imported 1.3 million tonnes of Russian diesel. Spain and Saudi Arabia followed with 0.9 million "
        "and 0.6 million tonnes respectively.\n"
        "Russia's total trade with Africa reached $24.5 billion in 2024, with Egypt and Algeria accounting for 30% "
        "and 16% respectively."
    )
    found = figures(text)
    # `respectively` after the figures; the countries named last before them
    assert found["0.9 million"]["countries"] == ["ES", "MA"]
    assert found["0.6 million tonnes"]["countries"] == ["MA", "SA"]
    assert "DZ" not in found["30%"]["countries"] and "EG" not in found["16%"]["countries"]


def test_a_foreign_countrys_own_figure_in_a_whose_clause_and_a_partners_flow():
    text = (
        "Recettes touristiques : un premier semestre record à 52,6 milliards de DH\n"
        "Les recettes du Maroc ont atteint 52,6 milliards de DH à fin juin.\n"
        "La performance marocaine reste en deçà de celle de l'Egypte, dont les recettes ont atteint 7,2 milliards "
        "de dollars au premier semestre.\n"
        "La progression la plus forte vient du Royaume-Uni, dont les arrivées ont bondi de 21% à 1.050.000 touristes."
    )
    found = figures(text)
    assert found["7,2 milliards de dollars"]["countries"] == ["EG"]  # Egypt's own receipts
    assert found["21%"]["countries"] == ["GB", "MA"]  # arrivals in the home country


def test_efta_is_no_eu_and_a_where_aside_names_the_main_company():
    text = (
        "Libre-échange avec l'AELE : un bilan en demi-teinte\n"
        "L'accord entre le Maroc et l'Association européenne de libre-échange (AELE) date de 1999. Les échanges "
        "entre le Royaume et les quatre pays ont atteint 14,6 milliards de dirhams en 2024.\n"
        "Sur la période 2021-2024, les exportations vers le bloc ont progressé en moyenne de 6,3% par an."
    )
    found = figures(text)
    assert "EU" not in found["6,3%"]["countries"]
    text = (
        "Tanger : le chinois Dongrun inaugure une usine de jantes de 1,8 milliard de DH\n"
        "Le groupe chinois Dongrun a inauguré lundi son usine de Tanger.\n"
        "Au Mexique, où le groupe a ouvert en 2021 une usine de 250 millions de dollars à San Luis Potosí, "
        "les exportations vers les Etats-Unis sont frappées de droits de douane."
    )
    assert figures(text)["250 millions de dollars"]["countries"] == ["CN", "MX"]


def test_a_multinational_the_headline_names_gives_its_country_one_named_in_passing_none():
    text = (
        "Two Decades of US-Morocco Free Trade: Trade Soars as RAM Orders Boeing Jets\n"
        "Twenty years after the agreement took effect, trade has grown.\n"
        "On Wednesday, national carrier Royal Air Maroc signed a firm order for 16 aircraft from Boeing, in a contract valued "
        "at about $2.7 billion, the airline said."
    )
    assert figures(text)["$2.7 billion"]["countries"] == ["MA", "US"]
    text = (
        "Aéronautique : les exportations du secteur bondissent de 17%\n"
        "Les exportations aéronautiques du Maroc ont atteint 26 milliards de DH, portées par les commandes de Boeing.\n"
        "Le secteur emploie 25.000 personnes."
    )
    found = figures(text)
    assert found["26 milliards de DH"]["countries"] == ["MA"]
    assert found["25.000 personnes"]["countries"] == ["MA"]


def test_a_rivals_own_aside_after_a_place_of_the_country_and_an_apposition():
    text = (
        "Tanger Med Handles Record 11.4 Million Containers in 2025\n"
        "Tanger Med handled 11.4 million TEUs in 2025. The figures put Tanger Med well ahead of Spain's Algeciras, "
        "its direct rival across the Strait of Gibraltar, which handled 4.6 million TEUs last year."
    )
    assert figures(text)["4.6 million TEUs"]["countries"] == ["ES"]


def test_a_rivals_figure_tied_to_it_by_a_bracket_an_apposition_or_as_the_agent():
    text = (
        "Tourisme : le Maroc vise 20 millions d'arrivées\n"
        "Le Royaume a accueilli 17,4 millions de touristes en 2024. Il reste loin de l'Italie, qui a reçu 57 millions "
        "de visiteurs, et de la Grèce (36 millions). Le Maroc devance la Tunisie, dont les recettes d'origine "
        "allemande ont atteint 900 millions d'euros.\n"
        "Sur le marché des agrumes, le Maroc reste derrière l'Espagne, premier exportateur mondial avec 3,1 millions "
        "de tonnes.\n"
        "Tanger Med a traité 10 millions de conteneurs. That compares with 3.9 million containers handled by "
        "Spain's Valencia."
    )
    found = figures(text)
    assert found["57 millions de visiteurs"]["countries"] == ["IT"]  # a relative aside after the rival
    assert found["36 millions"]["countries"] == ["GR"]  # a bracket after the rival the sentence goes on about
    assert found["900 millions d'euros"]["countries"] == ["DE", "TN"]  # with what the aside names
    assert found["3,1 millions de tonnes"]["countries"] == ["ES"]  # an apposition
    assert found["3.9 million"]["countries"] == ["ES"]  # the agent, after `That compares with`
    assert found["17,4 millions de touristes"]["countries"] == ["MA"]


def test_a_ranking_of_partners_or_a_home_figure_after_the_rival_is_no_rivals_figure():
    text = (
        "Commerce extérieur : l'Espagne reste le premier partenaire\n"
        "Les échanges avec l'Espagne ont atteint 20% du commerce extérieur du Maroc, devant la France (12%).\n"
        "Le Maroc s'est hissé au troisième rang mondial, derrière le Pérou, avec 80.000 tonnes expédiées.\n"
        "Le Maroc est devancé par la Russie, dont les ventes atteignent 40 millions de tonnes, contre 12 millions "
        "de tonnes pour le Royaume."
    )
    found = figures(text)
    assert found["12%"]["countries"] == ["FR", "MA"]  # a partner's share of the home country's trade
    assert found["80.000 tonnes"]["countries"] == ["MA"]  # the home country's, not tied to the rival
    assert found["40 millions de tonnes"]["countries"] == ["RU"]
    assert found["12 millions de tonnes"]["countries"] == ["MA"]


def test_the_country_s_own_flow_at_home_and_a_group_s_total():
    text = (
        "Textile : un groupe turc s'installe à Fès\n"
        "Le groupe turc Anatol Tekstil va investir 50 millions de dollars à Fès.\n"
        "Selon l'Association des exportateurs de Turquie, les exportations textiles du pays ont reculé de 5% en 2025. "
        "Le groupe emploie au total quelque 4.000 personnes.\n"
        "China's Hanlu Motors will build a plant in Kenitra.\n"
        "Hanlu, listed in Shanghai, supplies carmakers in Europe. It sold 2 million motors last year, mostly at home."
    )
    found = figures(text)
    assert found["5%"]["countries"] == ["TR"]  # `du pays`: the one foreign country named
    assert found["4.000 personnes"]["countries"] == ["TR"]  # the group as a whole
    assert found["2 million"]["countries"] == ["CN"]  # `at home`: the foreign subject's own market
    assert found["50 millions de dollars"]["countries"] == ["MA", "TR"]


def test_a_paragraph_about_abroad_naming_its_country_again():
    text = (
        "Le Maroc accélère ses exportations portuaires\n"
        "Tanger Med a traité 10 millions de conteneurs en 2025.\n"
        "Sur l'autre rive, les ports espagnols marquent le pas. Algésiras a traité 4,5 millions de conteneurs. "
        "Le nouveau terminal de Valence, estimé à 1,1 Md€, ouvrira en 2029."
    )
    assert figures(text)["1,1 Md€"]["countries"] == ["ES"]


def test_a_site_named_by_its_city_after_de_and_a_port_where_cargo_is_handled():
    from econews.countries import find_places_abroad

    assert [m.codes for m in find_places_abroad("dans le site de Braga, où il compte créer 150 emplois", "MA")] == [("PT",)]
    assert [m.codes for m in find_places_abroad("Le port d'Anvers a manutentionné 1,4 million de tonnes", "MA")] == [("BE",)]
    assert find_places_abroad("exported to northern Europe through the port of Rotterdam", "MA") == ()
    assert find_places_abroad("destinées aux ports de Rotterdam", "MA") == ()


def test_a_countrys_firms_placed_abroad_and_a_foreign_speakers_own_country():
    found = figures(
        "Textile : les groupes turcs misent sur Tanger\n"
        "Le groupe turc Anatol Tekstil va investir 50 millions de dollars à Tanger.\n"
        "Turkish companies have invested about $2.5 billion in Tunisia and employ some 40,000 people there.", language="en")
    assert found["$2.5 billion"]["countries"] == ["TN", "TR"]
    assert found["40,000 people"]["countries"] == ["TN", "TR"]
    found = figures(
        "Maroc-Egypte : la commission mixte se réunit au Caire\n"
        "Le Maroc et l'Egypte ont signé 12 accords.\n"
        "Le ministre égyptien du Commerce a souligné que les exportations de son pays vers le continent africain "
        "avaient atteint 8,1 milliards de dollars en 2025.")
    assert found["8,1 milliards de dollars"]["countries"] == ["EG"]


def test_a_count_of_a_countrys_firms_in_the_country_is_of_the_country_named_last():
    found = figures(
        "Sumitomo opens wiring plant in Kenitra\n"
        "Morocco's car industry keeps growing, the ministry said. Some 80 Japanese firms operate in the country, up "
        "from 46 in 2015.", language="en", published_year=2026)
    assert found["80"]["countries"] == ["JP", "MA"]


def test_a_sentence_opening_on_the_ranking_goes_on_with_its_rival():
    found = figures(
        "Automobile : le Maroc consolide sa deuxième place africaine\n"
        "Le Maroc a produit 560.000 véhicules en 2024, derrière l'Afrique du Sud.\n\n"
        "La Tunisie, loin derrière\n\n"
        "Plus loin derrière, la Tunisie ambitionne de produire 100.000 véhicules par an d'ici 2030.")
    assert found["100.000 véhicules"]["countries"] == ["TN"]
    assert found["560.000 véhicules"]["countries"] == ["MA"]


# -- 2026-12-04 evening: rules from fresh17-fresh19 (invented sentences of the same shapes) --

def test_a_capital_that_is_no_main_city_places_a_site_abroad():
    found = figures(
        "Agroalimentaire : le marocain Noor Agro s'étend en Côte d'Ivoire\n"
        "Le groupe marocain Noor Agro a ouvert une usine à Yamoussoukro, un investissement de 9 milliards de francs CFA.")
    assert found["9 milliards de francs CFA"]["countries"] == ["CI", "MA"]


def test_a_foreign_company_named_at_length_operating_in_a_foreign_city_is_no_home_figure():
    found = figures(
        "Morocco's Amane Agro opens plant as cashew processing grows in West Africa\n"
        "Vietnamese group Hoang Phat Agrifood Holdings JSC opened a 50,000-tonne mill in Bouaké last month.", language="en")
    assert found["50,000-tonne"]["countries"] == ["CI", "VN"]


def test_an_epithet_names_the_country_the_sentence_before_opened_on():
    found = figures(
        "Cashew: Moroccan investors move into Côte d'Ivoire\n"
        "Côte d'Ivoire processed 30% of its crop, as plants opened by Vietnamese, Chinese and Moroccan investors came on stream. "
        "The West African country produced 1.2 million tonnes of raw nuts last year.", language="en")
    assert found["1.2 million tonnes"]["countries"] == ["CI"]


def test_a_subject_before_an_aside_goes_with_a_verb_opening_on_an_adverb():
    found = figures(
        "Cashew: Moroccan investors move into Côte d'Ivoire\n"
        "Vietnam, the world's biggest processor, still buys about 40% of the Ivorian crop.", language="en")
    assert found["40%"]["countries"] == ["CI", "VN"]


def test_the_countrys_own_export_said_after_the_figure_and_a_multinational_subject():
    found = figures(
        "Côte d'Ivoire's cashew sector draws Moroccan investors\n"
        "Cashew exports brought Côte d'Ivoire about 700 billion CFA francs in 2025, making it the country's third export.",
        language="en")
    assert found["700 billion CFA francs"]["countries"] == ["CI"]
    found = figures(
        "Morocco and South Korea conclude talks on a trade deal\n"
        "Hyundai and Kia sold 35,000 vehicles in Morocco in 2025. LafargeHolcim Maroc sold 4 million tonnes of cement.",
        language="en")
    assert found["35,000 vehicles"]["countries"] == ["KR", "MA"]
    assert found["4 million tonnes"]["countries"] == ["MA"]  # the local subsidiary is a home company


def test_a_relative_aside_on_a_company_is_its_own_account_not_the_sentences():
    found = figures(
        "OCP turns to India as US duties bite\n"
        "OCP, which sold $9.5 billion of products in 2025, up 6%, shipped 5 million tons of fertilizer to India last year. "
        "OCP, which imports around 2 million tonnes of ammonia a year, mainly from Russia and the United States, "
        "aims to become self-sufficient.", language="en")
    assert found["$9.5 billion"]["countries"] == ["MA"]
    assert found["6%"]["countries"] == ["MA"]
    assert found["5 million tons"]["countries"] == ["IN", "MA"]
    assert found["2 million tonnes"]["countries"] == ["MA", "RU", "US"]  # its sources are in the aside


def test_a_countrys_company_with_its_apposition_and_a_partner_that_took_a_share():
    found = figures(
        "OCP turns to India as US duties bite\n"
        "OCP shipped 5 million tons of fertilizer to India last year. Brazil took 3 million tons, up 15%.\n"
        "Saudi Arabia's Ma'aden, the second-largest exporter, boosted phosphate output 10% to 7 million tons.",
        language="en")
    assert found["3 million tons"]["countries"] == ["BR", "MA"]
    assert found["7 million tons"]["countries"] == ["SA"]


def test_a_year_to_the_end_of_a_month_and_months_between_two_years():
    found = figures(
        "Morocco-UK trade hits a record\n"
        "Trade between Morocco and Britain climbed to 4.5 billion pounds in the 12 months to the end of June, "
        "British data showed.", language="en", published_year=2026, published_month=11)
    assert found["4.5 billion pounds"]["period"] == "2025-07/2026-06"
    found = figures(
        "Blé : les importations en hausse\n"
        "Les importations de blé ont atteint 5,5 millions de tonnes entre juin 2025 et mai 2026.",
        published_year=2026, published_month=7)
    assert found["5,5 millions de tonnes"]["period"] == "2025-06/2026-05"


def test_a_change_counted_from_a_year_is_of_the_statements_period():
    found = figures(
        "Morocco, India sign a pharma pact\n"
        "Moroccan imports of Indian drugs reached 2.5 billion dirhams in 2025, up 20% from 2024, "
        "while French drugs accounted for 4.5 billion dirhams.", language="en", published_year=2026)
    assert found["20%"]["period"] == "2025"
    assert found["4.5 billion dirhams"]["period"] == "2025"


def test_bare_sums_go_on_in_the_currency_of_the_sentence_before():
    found = figures(
        "Textile : les exportations vers l'UE en hausse\n"
        "L'Espagne demeure le premier client, avec 16 milliards de dirhams d'achats en 2026. "
        "Suivent la France, à 8 milliards, et le Portugal, à 2 milliards.")
    assert found["8 milliards"]["unit"] == "MAD"
    assert found["8 milliards"]["period"] == "2026"


def test_a_rivals_own_clause_and_an_economy_told_by_a_possessive():
    found = figures(
        "Morocco, India sign a pharma pact\n"
        "Morocco is competing with Egypt, whose pharmaceutical exports reached $900 million in 2025, and Algeria, "
        "which has pushed local production to cover 80% of its needs.", language="en")
    assert found["$900 million"]["countries"] == ["EG"]
    assert found["80%"]["countries"] == ["DZ"]
    found = figures(
        "Guerguerat : les exportations vers la Mauritanie en hausse\n"
        "Les exportations marocaines vers la Mauritanie ont atteint 4 milliards de dirhams.\n"
        "La Mauritanie, de son côté, traverse une phase d'expansion. Son économie a progressé de 5% en 2025.")
    assert found["5%"]["countries"] == ["MR"]


def test_a_site_named_by_its_city_before_the_site_and_brussels_for_the_eu():
    found = figures(
        "Guerguerat : les entreprises marocaines s'installent en Mauritanie\n"
        "Le groupe laitier Sahara Lait a inauguré en septembre à Nouakchott une unité qui emploie 150 personnes.")
    assert found["150 personnes"]["countries"] == ["MA", "MR"]
    found = figures(
        "Pneus : un chinois à Tanger\n"
        "Bruxelles applique depuis 2025 des droits antidumping de 30% aux pneus chinois.")
    assert found["30%"]["countries"] == ["CN", "EU"]


def test_each_part_of_a_list_of_origins_is_its_countrys():
    found = figures(
        "Pneus : les importations marocaines en hausse\n"
        "Le marché marocain est couvert par les importations. "
        "Celles-ci ont atteint 3,5 milliards de dirhams en 2025, dont 40% en provenance de Chine, "
        "20% d'Espagne et 10% de Turquie.")
    assert found["3,5 milliards de dirhams"]["countries"] == ["MA"]
    assert found["40%"]["countries"] == ["CN", "MA"]
    assert found["20%"]["countries"] == ["ES", "MA"]
    assert found["10%"]["countries"] == ["MA", "TR"]


def test_a_subsidiary_abroad_of_the_articles_company_and_a_list_of_places_after_et():
    found = figures(
        "Banques : l'Afrique de l'Ouest pèse 30% des résultats\n"
        "Les banques marocaines ont réalisé un PNB de 14 milliards de DH en Côte d'Ivoire, au Sénégal, au Mali et au "
        "Burkina Faso, en hausse de 12% sur un an.\n"
        "Atlas Banque y a dégagé un PNB de 3 milliards de DH. Sa filiale ivoirienne, qui emploie 1.500 collaborateurs, "
        "détient 14% des crédits, derrière la Banque Ivoirienne de Commerce (17%).")
    assert found["14 milliards de DH"]["countries"] == ["BF", "CI", "MA", "ML", "SN"]
    assert found["1.500 collaborateurs"]["countries"] == ["CI", "MA"]
    assert found["17%"]["countries"] == ["CI"]


def test_a_named_project_is_the_main_companys_at_its_host():
    found = figures(
        "Moroccan miner Atlas bets $800 million on Guinea gold\n"
        "Atlas Mining, Morocco's second-largest listed miner, will invest $800 million to build a gold mine in Guinea.\n"
        "The Tambiko project, expected to start production in 2028, will produce about 200,000 ounces of gold a year, "
        "the Casablanca-based company said.", language="en")
    assert found["200,000 ounces"]["countries"] == ["GN", "MA"]


def test_a_which_clause_on_the_subject_country_dealing_with_another_is_theirs():
    found = figures(
        "Gulf funds pour money into Morocco hotels\n"
        "Egypt, which signed a $30 billion deal with an Abu Dhabi fund in 2024, remains the largest recipient.",
        language="en")
    assert found["$30 billion"]["countries"] == ["AE", "EG"]


def test_a_named_subsidiary_abroad_and_an_economy_after_an_opening_apposition():
    found = figures(
        "Maroc-Brésil : les échanges en hausse\n"
        "Le groupe OCP a inauguré un terminal au port de Paranaguá. Sa filiale OCP Fertilizantes, qui emploie 300 personnes "
        "au Brésil, vise une part de marché de 20% d'ici 2028, contre 14% aujourd'hui.\n"
        "Première économie d'Amérique latine, le Brésil a vu son PIB progresser de 2% en 2025. "
        "Ses exportations totales ont atteint 330 milliards de dollars l'an dernier.")
    assert found["300 personnes"]["countries"] == ["BR", "MA"]
    assert found["330 milliards de dollars"]["countries"] == ["BR"]


def test_a_port_abroad_as_its_statements_subject():
    found = figures(
        "Dakhla Atlantic Port 70% complete\n"
        "Morocco's Dakhla port will handle 35 million tonnes. The port of Abidjan alone handled 37 million tonnes last year.",
        language="en")
    assert found["37 million tonnes"]["countries"] == ["CI"]


def test_respectively_before_a_preposition_pairs_the_figures_with_the_countries():
    found = figures(
        "Maroc-Egypte : les échanges en hausse\n"
        "Les échanges du Maroc avec la Tunisie et la Jordanie se sont élevés respectivement à 3,5 MMDH et 1,2 MMDH.")
    assert found["3,5 MMDH"]["countries"] == ["MA", "TN"]
    assert found["1,2 MMDH"]["countries"] == ["JO", "MA"]


def test_a_rate_of_duty_imposed_on_a_country_is_that_countrys():
    found = figures(
        "Droits de douane américains : le Maroc s'en tire bien\n"
        "Ses produits sont soumis au taux plancher de 10%, loin des 30% imposés à l'Afrique du Sud, des 25% infligés "
        "à la Tunisie ou des 31% visant l'Algérie.")
    assert found["30%"]["countries"] == ["ZA"]
    assert found["25%"]["countries"] == ["TN"]
    assert found["31%"]["countries"] == ["DZ"]
    assert "ZA" not in found["10%"]["countries"]


def test_suppliers_shares_of_a_foreign_companys_purchases_are_theirs_and_its():
    found = figures(
        "Swedish Retailer Kronvik to Double Moroccan Textile Sourcing\n"
        "Swedish fashion retailer Kronvik Fashion AB plans to double its purchases of garments made in Morocco.\n"
        "Bangladesh accounts for 30% of its purchases and China for 25%, while Turkey supplies about 10%.",
        language="en")
    assert found["30%"]["countries"] == ["BD", "SE"]
    assert found["25%"]["countries"] == ["CN", "SE"]


def test_a_title_case_headline_gives_its_unnamed_companys_nationality_to_the_plant():
    found = figures(
        "Morocco, India Sign Pharma Pact as Indian Drugmaker Plans $150 Million Plant\n"
        "Morocco and India signed a memorandum on Tuesday, as a drugmaker announced a plant near Casablanca.\n"
        "The plant, to be built in the Benslimane industrial zone, will employ 700 people.", language="en")
    assert found["700 people"]["countries"] == ["IN", "MA"]


def test_a_company_after_its_countrys_firms_in_a_paragraph_is_of_that_country():
    found = figures(
        "Morocco, South Korea conclude talks on a partnership agreement\n"
        "Korean companies have invested about $1.2 billion in Morocco since 2021. Battery materials maker Daesong "
        "Chemical Co., which opened a $400 million plant in Jorf Lasfar last year, will add 500 jobs.", language="en")
    assert found["$400 million"]["countries"] == ["KR", "MA"]
    assert found["500 jobs"]["countries"] == ["KR", "MA"]


def test_the_subject_named_again_with_the_countries_its_figures_clause_pairs_them_with():
    found = figures(
        "Morocco, South Korea conclude talks on a partnership agreement\n"
        "South Korea posted record exports of $700 billion last year. Its trade with Africa totaled $20 billion in 2025, "
        "with South Africa and Egypt accounting for $5 billion and $3 billion respectively.", language="en")
    assert found["$20 billion"]["countries"] == ["KR"]
    assert found["$5 billion"]["countries"] == ["KR", "ZA"]
    assert found["$3 billion"]["countries"] == ["EG", "KR"]


def test_a_pronoun_for_the_plant_the_sentence_before_opened_on_is_no_company_account():
    found = figures(
        "US Aerospace Supplier Opens $140 Million Plant in Casablanca\n"
        "A US aerospace supplier inaugurated its first factory in Africa, near Casablanca.\n"
        "The plant currently employs 350 people. It is expected to generate annual revenue of about $200 million.",
        language="en")
    assert found["$200 million"]["countries"] == ["MA", "US"]


def test_shares_listed_after_with_are_of_the_subject_countrys_flow():
    found = figures(
        "Morocco's seafood exports to Japan rise 16%\n"
        "Japan imported 35,000 tonnes of octopus in 2025, with Mauritania supplying 40%, Morocco 30% and China 10%.",
        language="en")
    assert found["40%"]["countries"] == ["JP", "MR"]
    assert found["30%"]["countries"] == ["JP", "MA"]
    assert found["10%"]["countries"] == ["CN", "JP"]


def test_a_home_companys_site_opened_abroad_hosts_the_paragraphs_next_figures():
    found = figures(
        "Investissements marocains en Afrique : 9 milliards de DH en 2024\n"
        "Le cimentier marocain Atlas Ciments Afrique a inauguré lundi à Abidjan, dans la zone industrielle, un centre "
        "de broyage d'une capacité de 1 million de tonnes par an. L'investissement s'élève à 40 milliards de FCFA, "
        "et le site emploie 150 personnes.")
    assert found["1 million de tonnes"]["countries"] == ["CI", "MA"]
    assert found["40 milliards de FCFA"]["countries"] == ["CI", "MA"]
    assert found["150 personnes"]["countries"] == ["CI", "MA"]


def test_shares_listed_after_a_partner_that_absorbed_the_home_flow_stay_the_home_countrys():
    found = figures(
        "Morocco's tomato exports rise\n"
        "Morocco exported 500,000 tonnes of tomatoes. The European Union absorbed 60% of the volume, "
        "with France alone taking 190,000 tonnes.", language="en")
    assert found["190,000 tonnes"]["countries"] == ["FR", "MA"]


def test_a_title_case_headlines_capitalised_company_noun_still_cues_the_company():
    found = figures(
        "Chinese EV Maker Lanhai Picks Morocco for $1 Billion Plant\n"
        "Zhejiang Lanhai Automobile Co. plans to build a $1 billion electric-vehicle factory in Morocco. "
        "Lanhai sold 400,000 cars last year.", language="en")
    assert found["$1 billion"]["countries"] == ["CN", "MA"]


def test_a_foreign_market_counted_in_visitors_is_a_source_market_of_the_home_country():
    found = figures(
        "Tourisme : 12 millions d'arrivées à fin août\n"
        "Le Maroc a accueilli 12 millions de touristes. Le marché chinois a bondi de 35%, à 110.000 visiteurs.")
    assert found["35%"]["countries"] == ["CN", "MA"]
    assert found["110.000 visiteurs"]["countries"] == ["CN", "MA"]


def test_a_continents_market_as_the_subject_is_no_countrys_figure():
    found = figures(
        "Pharmacie : Medilys s'implante au Rwanda\n"
        "Le groupe marocain Medilys ouvre une usine à Kigali. Le marché pharmaceutique africain, estimé à 60 milliards "
        "de dollars, devrait atteindre 90 milliards d'ici 2030. Le continent importe encore près de 70% des médicaments "
        "qu'il consomme.")
    assert found["60 milliards de dollars"]["countries"] == []
    assert found["70%"]["countries"] == []


def test_figures_of_a_where_aside_paired_respectively_with_the_places_before_it():
    found = figures(
        "Pharmacie : Medilys s'implante au Rwanda\n"
        "Après Dakar, au Sénégal, et Kumasi, au Ghana, où ses usines emploient respectivement 200 et 140 salariés, "
        "le groupe marocain Medilys ouvre son troisième site au sud du Sahara.")
    assert "GH" not in found["200"]["countries"] and "SN" in found["200"]["countries"]
    assert "SN" not in found["140 salariés"]["countries"] and "GH" in found["140 salariés"]["countries"]


def test_one_side_of_the_articles_trade_is_still_that_trade():
    found = figures(
        "Maroc-Espagne : les échanges atteignent un record\n"
        "Les échanges entre le Maroc et l'Espagne ont atteint 22 Md€ en 2024.\n"
        "Côté espagnol, les ventes restent dominées par les carburants (2 Md€) et les composants automobiles (1,5 Md€).")
    assert found["2 Md€"]["countries"] == ["ES", "MA"]
    found = figures(
        "Maroc-Brésil : les échanges en hausse\n"
        "Les échanges entre le Maroc et le Brésil ont atteint 3 milliards de dollars.\n"
        "Côté brésilien, les exportations de viande ont atteint 2,5 millions de tonnes en 2025, la Chine absorbant 45% des volumes.")
    assert found["2,5 millions de tonnes"]["countries"] == ["BR"]  # the country's own, set against another


def test_a_headline_label_naming_the_partner_makes_it_the_articles_other_country():
    found = figures(
        "Echanges Maroc-Espagne : un record de 25 Md€ en 2025, l'excédent espagnol à 2 Md€\n"
        "Les échanges ont atteint un record.\n"
        "Côté espagnol, les ventes restent dominées par les carburants (2,5 Md€) et les composants automobiles (1,5 Md€).")
    assert found["2,5 Md€"]["countries"] == ["ES", "MA"]


def test_a_home_organisation_that_reports_what_another_does_places_nothing():
    found = figures(
        "Bank Al-Maghrib maintient son taux directeur à 2,25%\n"
        "Bank Al-Maghrib a maintenu mardi son taux directeur à 2,25%.\n"
        "Sur le plan international, BAM relève que la BCE a ramené son principal taux à 2%. La croissance de l'Union "
        "européenne ne dépasserait pas 1,1% en 2025, contre 1,4% aux Etats-Unis, selon les projections de la banque centrale.",
        published_year=2025)
    assert found["1,1%"]["countries"] == ["EU"]


def test_a_share_of_gdp_makes_a_home_statistic_of_its_sentence():
    found = figures(
        "Remittances from Moroccans abroad reach MAD 80 billion\n"
        "France remains by far the main source of transfers, accounting for 31% of the total. "
        "Remittances reached a record MAD 118 billion in 2024, equivalent to 7.5% of GDP.", language="en")
    assert found["MAD 118 billion"]["countries"] == ["MA"]
    assert found["7.5%"]["countries"] == ["MA"]


def test_a_sentence_that_counts_countries_is_not_the_previous_sentences_country():
    body = (
        "Banques : les groupes marocains gagnent des parts en Côte d'Ivoire\n"
        "En Côte d'Ivoire, leurs filiales détiennent 25% des crédits.\n\n"
        "Au total, les trois groupes exploitent 900 agences dans 22 pays africains et emploient "
        "14.000 personnes hors du Maroc.\n"
        "Leur réseau compte 310 agences dans une dizaine de pays.\n"
    )
    found = figures(body)
    assert found["25%"]["countries"] == ["CI", "MA"]
    assert found["900 agences"]["countries"] == ["MA"]
    assert found["22 pays"]["countries"] == ["MA"]
    assert found["14.000 personnes"]["countries"] == ["MA"]
    assert found["310 agences"]["countries"] == ["MA"]


def test_a_pronoun_for_a_home_place_keeps_the_figure_there():
    body = (
        "Pneumatiques : un fabricant chinois investit au Maroc\n"
        "Le groupe chinois Linhai construira une usine de pneus.\n\n"
        "Aménagée par la CDG, la zone industrielle de Kénitra s'étend sur 300 hectares. Elle a attiré "
        "21 projets depuis 2022, pour 6 milliards de dirhams.\n"
    )
    found = figures(body)
    assert found["21 projets"]["countries"] == ["MA"]
    assert found["6 milliards de dirhams"]["countries"] == ["MA"]


def test_a_later_clause_on_the_same_flow_keeps_the_flows_owner():
    body = (
        "Morocco's trade with Britain hits a record\n"
        "Italy's trade with Egypt rose 4% to 3.2 billion euros in 2025, while trade with Libya fell 6% to 900 million euros.\n"
    )
    found = figures(body)
    assert found["4%"]["countries"] == ["EG", "IT"]
    assert found["6%"]["countries"] == ["IT", "LY"]
    assert found["900 million euros"]["countries"] == ["IT", "LY"]
    french = figures(
        "Les échanges maroco-britanniques au plus haut\n"
        "Les exportations de la Tunisie vers la France ont progressé de 7%, tandis que celles vers "
        "l'Italie ont reculé de 3%.\n"
    )
    assert french["7%"]["countries"] == ["FR", "TN"]
    assert french["3%"]["countries"] == ["IT", "TN"]


def test_a_which_clause_on_a_countrys_whole_trade_is_that_countrys():
    found = figures(
        "Morocco and Canada trade\n"
        "Morocco accounts for only 0.5% of total Canadian trade, which reached 1.5 trillion dollars in 2025.\n"
    )
    assert found["0.5%"]["countries"] == ["CA", "MA"]
    assert found["1.5 trillion dollars"]["countries"] == ["CA"]
    french = figures(
        "Maroc-Turquie : les échanges en hausse\n"
        "Le Maroc ne pèse que 1% du commerce extérieur de la Turquie, qui a atteint 600 milliards de dollars en 2025.\n"
    )
    assert french["1%"]["countries"] == ["MA", "TR"]
    assert french["600 milliards de dollars"]["countries"] == ["TR"]


def test_the_same_period_is_not_the_years_a_state_has_lasted_since():
    found = figures(
        "Morocco-Canada trade at a record\n"
        "Trade between Morocco and Canada rose to 2.1 billion dollars in the 12 months to the end of March, "
        "under the agreement that has governed their trade since 2019.\n\n"
        "Morocco accounts for 0.4% of Canadian trade over the same period.\n",
        published_year=2026, published_month=5,
    )
    assert found["0.4%"]["period"] == "2025-04/2026-03"


def test_a_share_of_a_market_named_after_it_takes_that_country():
    found = figures(
        "Morocco courts Indian drugmakers\n"
        "India is the world's third producer of medicines. The country supplies about 30% of the vaccines "
        "used in Brazil and 20% of all medicines in Kenya.\n"
    )
    assert found["30%"]["countries"] == ["BR", "IN"]
    assert found["20%"]["countries"] == ["IN", "KE"]


def test_a_lenders_country_is_its_loans_not_what_they_fund():
    found = figures(
        "La JICA prête 200 millions de dollars au Maroc pour l'irrigation\n"
        "Le prêt de la JICA, le plus important de l'agence dans le secteur de l'eau au Maroc, sera géré par "
        "le ministère de l'Equipement. Il permettra d'irriguer 40.000 hectares.\n"
    )
    assert found["200 millions de dollars"]["countries"] == ["JP", "MA"]
    assert found["40.000 hectares"]["countries"] == ["MA"]


def test_between_two_home_places_names_no_party():
    found = figures(
        "Les exportations vers la Mauritanie bondissent\n"
        "Le Maroc a exporté pour 4 milliards de dirhams vers la Mauritanie.\n\n"
        "Lors de la commission mixte, les deux pays ont signé six accords. Le ministère a par ailleurs lancé "
        "l'élargissement de la route entre Dakhla et Guerguerat, longue de 380 km.\n"
    )
    assert found["4 milliards de dirhams"]["countries"] == ["MA", "MR"]
    assert found["380 km"]["countries"] == ["MA"]


def test_figures_each_followed_by_their_place_are_paired_with_it():
    found = figures(
        "Croissance : le Maroc accélère au troisième trimestre\n"
        "Le PIB national a progressé de 4,1% au troisième trimestre, selon le HCP.\n\n"
        "Le PIB de la zone euro n'a progressé que de 1,2%, avec 2,1% en Italie et 0,4% en Allemagne.\n"
    )
    assert "IT" in found["2,1%"]["countries"] and "DE" not in found["2,1%"]["countries"]
    assert "DE" in found["0,4%"]["countries"] and "IT" not in found["0,4%"]["countries"]


def test_a_figure_set_by_a_home_ministry_is_a_home_statistic():
    found = figures(
        "Textile : les donneurs d'ordre turcs et chinois gagnent du terrain\n"
        "Les groupes turcs et chinois ont ouvert 12 usines à Tanger. Le taux d'intégration locale plafonne "
        "à 38%, loin de l'objectif de 65% fixé pour 2030 par le ministère de l'Industrie et du Commerce.\n"
    )
    assert found["38%"]["countries"] == ["MA"]
    assert found["65%"]["countries"] == ["MA"]


def test_home_institutions_of_the_gazetteer_place_a_figure_at_home():
    found = figures(
        "Tourisme : les arrivées de touristes britanniques bondissent\n"
        "Les arrivées en provenance du Royaume-Uni ont progressé de 18%.\n\n"
        "Les recettes ont atteint 9 milliards de dirhams au premier trimestre, selon l'ONMT.\n"
    )
    assert found["9 milliards de dirhams"]["countries"] == ["MA"]


def test_a_budget_headline_naming_no_country_is_the_home_countrys():
    found = figures(
        "PLF 2028 : croissance attendue à 3,9%\n"
        "Le projet de loi de finances table sur une croissance de 3,9%.\n\n"
        "L'inflation est attendue à 2,2% l'an prochain.\n\n"
        "L'Union européenne a annoncé un appui de 150 millions d'euros. L'Union européenne reste le premier "
        "client du Royaume.\n"
    )
    assert found["2,2%"]["countries"] == ["MA"]


def test_a_participle_aside_of_an_earlier_sentence_is_not_what_the_paragraph_goes_on_about():
    found = figures(
        "Budget : l'investissement public du Royaume en hausse\n"
        "L'investissement public atteindra 300 MMDH, contre 280 MMDH en 2025, dont 20 MMDH pour les stades "
        "de la Coupe du monde 2030, co-organisée avec l'Espagne et le Portugal. Le texte prévoit aussi "
        "la création de 30.000 postes.\n"
    )
    assert found["30.000 postes"]["countries"] == ["MA"]


def test_clauses_that_list_countries_item_by_item_are_one_list():
    found = figures(
        "Les dons du Golfe au Royaume en hausse\n"
        "Les dons des pays du Golfe, principalement du Qatar, des Emirats arabes unis et du Koweït, sont "
        "estimés à 2,5 MMDH.\n"
    )
    assert found["2,5 MMDH"]["countries"] == ["AE", "KW", "MA", "QA"]


def test_the_article_before_a_unit_of_measure_is_what_a_price_is_per():
    found = figures("Le PLF retient un baril de Brent à 68 dollars et une tonne de butane à 480 dollars. "
                    "Le dirham s'échange à un dollar pour 9,2 dirhams.")
    assert "un baril" not in found and "une tonne" not in found
    assert found["68 dollars"]["value"] == 68 and found["480 dollars"]["value"] == 480
    assert found["un dollar"]["value"] == 1


def test_a_source_market_of_visitors_is_the_home_countrys_tourism_too():
    found = figures(
        "Morocco's tourist arrivals hit a record\n"
        "Morocco welcomed 15 million tourists in the first ten months.\n\n"
        "Germany sent 610,000 visitors, a 12% increase. Spain, the world's second most visited country, "
        "received 94 million tourists in 2025.\n"
    )
    assert found["610,000 visitors"]["countries"] == ["DE", "MA"]
    assert found["12%"]["countries"] == ["DE", "MA"]
    assert found["94 million tourists"]["countries"] == ["ES"]
    rival = figures("Le tourisme marocain bat des records\nLe Maroc a accueilli 15 millions de touristes. "
                    "La Turquie, avec plus de 60 millions d'arrivées, reste hors de portée.\n")
    assert rival["60 millions d'arrivées"]["countries"] == ["TR"]
    hosted = figures("Le tourisme marocain bat des records\nLe Maroc a accueilli 15 millions de touristes. "
                     "L'Italie a accueilli 6 millions de visiteurs en provenance d'Allemagne en 2025.\n")
    assert hosted["6 millions de visiteurs"]["countries"] == ["DE", "IT"]


def test_a_when_clause_is_an_aside_the_paragraph_does_not_go_on_with():
    found = figures(
        "Morocco's tourism plan\n"
        "Morocco aims to attract 26 million tourists by 2030, when it co-hosts the World Cup with Spain and "
        "Portugal, and to create 150,000 jobs. The minister said arrivals were expected to reach 19 million this year.\n"
    )
    assert found["26 million tourists"]["countries"] == ["MA"]
    assert found["150,000 jobs"]["countries"] == ["MA"]
    assert found["19 million"]["countries"] == ["MA"]


def test_a_partners_share_of_the_home_flow_its_paragraph_tells_is_both_countries():
    found = figures(
        "Blé : les importations marocaines reculent\n"
        "La France a vu ses livraisons au Royaume reculer de 12% à 1,1 million de tonnes. La Roumanie a "
        "expédié 450.000 tonnes.\n\n"
        "L'Espagne reste la première destination des agrumes, avec 90.000 tonnes. Les Pays-Bas ont reçu 31.000 tonnes.\n\n"
        "La Russie a exporté 44 millions de tonnes de blé en 2025.\n\n"
        "Les exportations marocaines d'engrais vers le Brésil ont progressé de 8%. Premier importateur "
        "mondial, le Brésil a acheté 40 millions de tonnes d'engrais.\n"
    )
    assert found["40 millions de tonnes"]["countries"] == ["BR"]
    assert found["450.000 tonnes"]["countries"] == ["MA", "RO"]
    assert found["31.000 tonnes"]["countries"] == ["MA", "NL"]
    assert found["44 millions de tonnes"]["countries"] == ["RU"]


def test_all_partners_combined_is_the_home_countrys_whole():
    found = figures(
        "IDE : les fonds du Golfe accélèrent\n"
        "Les investissements émiratis au Maroc ont atteint 2,1 MMDH.\n\n"
        "Tous pays confondus, les flux nets d'IDE se sont établis à 15,2 MMDH, la France restant le premier "
        "investisseur avec 4,3 MMDH.\n"
    )
    assert found["15,2 MMDH"]["countries"] == ["MA"]
    assert found["4,3 MMDH"]["countries"] == ["FR", "MA"]


def test_elsewhere_turns_to_other_countries_each_with_its_own_figure():
    found = figures(
        "AfDB lends Morocco $300 million for irrigation\n"
        "The African Development Bank approved a $300 million loan to Morocco.\n\n"
        "Elsewhere in North Africa, the bank approved a $120 million loan to Tunisia for roads in July and "
        "€90 million for water networks in Egypt in August.\n"
    )
    assert found["$120 million"]["countries"] == ["TN"]
    assert found["€90 million"]["countries"] == ["EG"]


def test_a_company_noun_before_the_company_is_first_named_is_not_the_company():
    found = figures(
        "Ports : le trafic de Tanger Med franchit les 8 millions de conteneurs\n"
        "Le complexe portuaire Tanger Med a traité 8,1 millions de conteneurs à fin septembre, en hausse de 11%.\n\n"
        "Le trafic des camions a progressé de 6%.\n\n"
        "Parmi les nouveaux venus, le japonais Hinode Seiki a inauguré une usine de 65 millions d'euros.\n"
    )
    assert found["8,1 millions de conteneurs"]["countries"] == ["MA"]
    assert found["11%"]["countries"] == ["MA"]
    assert found["65 millions d'euros"]["countries"] == ["JP", "MA"]


def test_a_breakdown_belongs_to_its_parts_and_its_whole_owner():
    found = figures(
        "Pêche : les exportations en hausse\n"
        "Les exportations de produits de la mer ont rapporté 26,4 milliards de dirhams en 2025, dont 55% vers "
        "l'Union européenne.\n\n"
        "Pour Ankara, le Maroc reste un marché secondaire. La Turquie a exporté pour 273 milliards de dollars "
        "de marchandises en 2025, dont 41% vers l'Union européenne. Ses ventes vers l'Afrique ont atteint "
        "23,5 milliards de dollars.\n"
    )
    assert found["26,4 milliards de dirhams"]["countries"] == ["MA"]
    assert found["55%"]["countries"] == ["EU", "MA"]
    assert found["41%"]["countries"] == ["EU", "TR"]
    assert found["23,5 milliards de dollars"]["countries"] == ["TR"]


def test_a_pronoun_taking_up_the_subject_does_not_cut_its_clause():
    found = figures(
        "ALE Maroc-Turquie : le déficit se creuse\n"
        "Le déficit commercial du Maroc avec la Turquie s'est établi à 29 milliards de DH.\n\n"
        "En Tunisie, le déficit avec Ankara a atteint 2,9 milliards de dinars. L'Egypte affiche, elle, un "
        "excédent de 1,1 milliard de dollars dans ses échanges avec la Turquie.\n"
    )
    assert found["1,1 milliard de dollars"]["countries"] == ["EG", "TR"]


def test_a_relative_clause_of_the_place_does_not_bring_the_home_country():
    found = figures(
        "Moroccan banks earn more in Africa\n"
        "Morocco's banks earned 29% of their income in Africa in 2026.\n\n"
        "In Egypt, where Moroccan lenders entered in 2017, inflation has eased to 12.9%.\n",
        language="en",
    )
    assert found["12.9%"]["countries"] == ["EG"]


def test_a_national_strategy_places_its_figure_at_home():
    found = figures(
        "Pêche : Bruxelles relance la négociation avec Rabat, la flotte espagnole attend\n"
        "L'Union européenne négocie un protocole pour 138 navires européens.\n\n"
        "La stratégie Halieutis 2 vise une production de 1,6 million de tonnes d'ici 2030.\n"
    )
    assert found["1,6 million de tonnes"]["countries"] == ["MA"]


def test_a_measure_opening_the_sentence_is_its_subjects_and_a_relative_is_its_companys():
    found = figures(
        "Aéronautique : l'indien Vayu Aerostructures s'installe à Midparc\n"
        "Le groupe indien Vayu Aerostructures a posé mardi la première pierre de son usine à Midparc, près de Casablanca. "
        "D'un montant de 1,1 milliard de dirhams, le site produira des portes pour les avionneurs européens et américains.\n\n"
        "Le groupe indien rejoint à Midparc plusieurs industriels étrangers, dont le motoriste français Safran, "
        "qui y emploie 2.300 personnes, et l'américain Hexcel.\n"
    )
    assert found["1,1 milliard de dirhams"]["countries"] == ["IN", "MA"]
    assert found["2.300 personnes"]["countries"] == ["FR", "MA"]


def test_the_two_countries_of_the_sentence_before_and_a_moroccan_town():
    found = figures(
        "Electricité : le Maroc et le Portugal signent l'accord du câble sous-marin\n"
        "Le Maroc et le Portugal ont signé l'accord d'une interconnexion de 1.000 MW.\n\n"
        "Le Royaume est déjà relié à l'Espagne à travers le détroit de Gibraltar, avec une capacité de 1.400 MW. "
        "En 2025, les échanges d'électricité entre les deux pays ont atteint 1,9 TWh.\n\n"
        "Un développeur portugais construira un parc éolien de 300 MW près de Tarfaya.\n"
    )
    assert found["1.400 MW"]["countries"] == ["ES", "MA"]  # (a strait is no country)
    assert found["1,9 TWh"]["countries"] == ["ES", "MA"]
    assert found["300 MW"]["countries"] == ["MA", "PT"]


def test_what_a_sentence_leaves_out_and_a_main_market_whose_owner_goes_unsaid():
    found = figures(
        "Morocco's Car Exports Reach MAD 102 Billion by End-August\n"
        "Morocco's automotive exports rose 7.9% to MAD 102.3 billion in the first eight months of 2026.\n\n"
        "The European Union remained the main market, absorbing 73% of the sector's exports.\n\n"
        "Outside the bloc, Turkey has become the fastest-growing destination. Shipments there more than "
        "doubled to MAD 4.9 billion.\n",
        language="en",
    )
    assert found["73%"]["countries"] == ["EU", "MA"]
    assert found["MAD 4.9 billion"]["countries"] == ["MA", "TR"]


def test_a_headlines_leaders_and_a_french_verb_after_an_aside_are_not_the_figures():
    found = figures(
        "IDE : les flux nets bondissent de 24% au premier semestre, la France et les Emirats en tête\n"
        "Les flux nets d'IDE au Maroc se sont établis à 14,6 MMDH.\n\n"
        "Sur le marché européen, le Maroc reste devancé par la Tunisie. La Tunisie, dont la filière emploie "
        "quelque 160.000 personnes, a exporté pour 1,7 milliard d'euros vers l'UE.\n"
    )
    assert found["24%"]["countries"] == ["MA"]
    assert found["160.000 personnes"]["countries"] == ["TN"]


def test_a_park_named_again_is_the_main_companys_project_and_a_pronoun_the_company():
    found = figures(
        "Renouvelables : le saoudien Rawaj Power investit 14,2 MMDH au Maroc\n"
        "Le groupe saoudien Rawaj Power a signé lundi les accords de deux projets au Maroc.\n\n"
        "Le parc de Boujdour, d'un coût de 8,9 MMDH, comptera 96 éoliennes.\n\n"
        "The company said the first phase would start in 2028. It expects to employ about 450 people.\n"
    )
    assert found["8,9 MMDH"]["countries"] == ["MA", "SA"]
    assert found["96 éoliennes"]["countries"] == ["MA", "SA"]
    assert found["450 people"]["countries"] == ["MA", "SA"]



def test_a_companys_unit_named_by_its_country_is_not_the_country_named_again():
    found = figures(
        "Moroccan Banks' African Subsidiaries Deliver 29% of Profits\n"
        "Attijariwafa bank, present in 12 African countries outside Morocco, reported net income of MAD 6.4 billion. "
        "Its Egyptian subsidiary alone contributed MAD 610 million, up 34%.\n",
        language="en",
    )
    assert found["MAD 610 million"]["countries"] == ["EG", "MA"]
    assert found["34%"]["countries"] == ["EG", "MA"]


def test_what_goes_without_a_country_and_a_foreign_firms_facility_placed_at_home():
    found = figures(
        "Pêche : Bruxelles relance la négociation avec Rabat\n"
        "L'Union européenne négocie un protocole pour 138 navires européens.\n\n"
        "Le secteur halieutique national se porte bien sans la flotte européenne. Les débarquements ont "
        "atteint 1,08 million de tonnes à fin août.\n"
    )
    assert found["1,08 million de tonnes"]["countries"] == ["MA"]
    found = figures(
        "Texas-Based Lonestar Compute Plans $1.4 Billion Morocco Data Center\n"
        "- Facility near Benguerir to draw 300 megawatts from solar and wind\n\n"
        "Lonestar Compute Inc., a Texas-based data-center developer, will build a campus in Morocco.\n",
        language="en",
    )
    assert found["300 megawatts"]["countries"] == ["MA", "US"]


def test_a_relative_clause_of_the_setting_country_is_that_countrys():
    found = figures(
        "ALE Maroc-Turquie : le déficit se creuse\n"
        "Le déficit commercial du Maroc avec la Turquie s'est établi à 29 milliards de DH.\n\n"
        "En Tunisie, qui a relevé en 2023 ses droits sur près de 1.000 produits turcs, le déficit avec Ankara "
        "s'est aussi creusé.\n"
    )
    assert found["1.000 produits"]["countries"] == ["TN", "TR"]


def test_the_home_countrys_suppliers_ranked_are_no_rivals_and_a_month_range_to_the_end_of_a_month():
    found = figures(
        "Blé tendre : les importations reculent de 11%\n"
        "Le Maroc a importé 3,9 millions de tonnes de blé tendre entre juin 2025 et fin avril 2026.\n\n"
        "La France redevient le premier fournisseur du Royaume, avec 1,45 million de tonnes. Elle devance la "
        "Russie (820.000 tonnes) et l'Ukraine (560.000 tonnes).\n"
    )
    assert found["3,9 millions de tonnes"]["period"] == "2025-06/2026-04"
    assert found["820.000 tonnes"]["countries"] == ["MA", "RU"]
    assert found["560.000 tonnes"]["countries"] == ["MA", "UA"]


def test_a_period_after_since_in_the_lead_is_not_the_articles():
    found = figures(
        "ZLECAf : les exportations vers l'Afrique de l'Ouest atteignent 21,6 milliards de DH\n"
        "Depuis le lancement des échanges au titre de la ZLECAf en janvier 2021, le Maroc peine à en tirer parti. "
        "Les barrières non tarifaires freinent toujours les échanges.\n"
    )
    assert found["21,6 milliards de DH"]["period"] is None


def test_a_sentence_framed_on_the_whole_continent_is_no_countrys():
    found = figures(
        "Morocco ranks third in Africa for greenfield FDI projects\n"
        "Morocco attracted 214 announced greenfield projects in 2025, ranking third in Africa.\n\n"
        "Across the continent, announced greenfield FDI reached $112 billion in 2025, a 9% increase.\n",
        language="en",
    )
    assert found["$112 billion"]["countries"] == []
    assert found["9%"]["countries"] == []


def test_a_consultancy_quoted_as_the_source_is_not_the_main_company():
    found = figures(
        "Morocco Ranks Third in Africa for Greenfield FDI Projects\n"
        "Rabat - Morocco attracted 214 announced greenfield projects in 2025, according to a report released on "
        "Tuesday by London-based consultancy Meridian Frontier Advisory.\n\n"
        "The projects announced in Morocco represent a combined capital expenditure of $19.6 billion, the report said.\n",
        language="en",
    )
    assert found["$19.6 billion"]["countries"] == ["MA"]


def test_a_foreign_firms_own_measure_placed_at_home_is_its_not_a_zones():
    found = figures(
        "Meknès : l'allemand Vohrberg Kabel ouvre une usine de câblage\n"
        "Le câblier allemand Vohrberg Kabel a inauguré mardi sa première usine au Maroc.\n\n"
        "Implantée sur 12 hectares, la nouvelle unité emploiera 900 personnes à Meknès.\n\n"
        "Le taux d'intégration locale atteindra 45% à Meknès d'ici 2028.\n\n"
        "La zone industrielle d'Agropolis accueille déjà 60 entreprises à Meknès. Le ministère de "
        "l'Industrie vise 30.000 emplois dans la région de Meknès.\n"
    )
    assert found["12 hectares"]["countries"] == ["DE", "MA"]
    assert found["45%"]["countries"] == ["DE", "MA"]
    assert found["60 entreprises"]["countries"] == ["MA"]
    assert found["30.000 emplois"]["countries"] == ["MA"]


def test_a_foreign_firm_at_work_in_a_third_country_is_not_the_home_countrys():
    found = figures(
        "Solaire : le turc Anadolu Enerji investit 5 milliards de dirhams à Ouarzazate\n"
        "Le développeur turc Anadolu Enerji a signé lundi un accord pour une centrale de 400 MW.\n\n"
        "Le groupe exploite déjà des centrales dans huit pays. Au Kenya, il a mis en service en 2023 "
        "une centrale de 120 MW.\n"
    )
    assert found["120 MW"]["countries"] == ["KE", "TR"]
    assert found["400 MW"]["countries"] == ["MA", "TR"]


def test_a_company_at_work_in_the_foreign_city_a_sentence_opens_on_is_there():
    found = figures(
        "Câblage : l'allemand Vohrberg Kabel agrandit son usine de Meknès\n"
        "Le câblier allemand Vohrberg Kabel investira 20 millions d'euros à Meknès.\n\n"
        "A Kragujevac, Vohrberg Kabel investira 38 M€ pour agrandir son usine.\n"
    )
    assert found["38 M€"]["countries"] == ["DE", "RS"]


def test_a_company_first_told_late_in_a_ports_report_is_not_the_main_one():
    found = figures(
        "Port de Nador : le trafic progresse de 9% à fin juin\n"
        "Le port de Nador West Med a traité 1,2 million de conteneurs EVP au premier semestre 2026, en hausse "
        "de 9% sur un an, a annoncé jeudi l'autorité portuaire. Le volume global a atteint 14 millions de tonnes.\n\n"
        "Le trafic des camions a progressé de 4% et celui des vracs de 2%, selon le bilan semestriel publié jeudi "
        "par l'autorité portuaire, qui a salué la montée en charge des terminaux.\n\n"
        "Les lignes maritimes vers l'Afrique de l'Ouest ont vu leur trafic croître de 12%, portées par les "
        "nouvelles escales hebdomadaires ouvertes au printemps vers Dakar, Abidjan et Lomé.\n\n"
        "La zone d'activités du port accueille 90 entreprises. Parmi les nouveaux venus, le coréen Daeyang "
        "Cables y a ouvert une usine de 30 millions d'euros.\n\n"
        "Avec l'extension du terminal, la capacité du port doit passer à 3 millions d'EVP d'ici 2028.\n"
    )
    assert found["3 millions d'EVP"]["countries"] == ["MA"]
    assert found["30 millions d'euros"]["countries"] == ["KR", "MA"]


def test_a_ranking_counts_what_the_lead_counted_in_its_period():
    found = figures(
        "Tunisia ranks fifth in Africa for new factories\n"
        "Tunis - Tunisia announced 88 new factory projects in 2025, ranking fifth in Africa, a report said.\n\n"
        "Kenya topped the ranking with 140 projects, followed by Ghana with 97. The report counts 12 "
        "criteria, and Tunisia's industrial zones host 5,000 companies.\n",
        language="en",
    )
    assert found["140 projects"]["period"] == "2025"
    assert found["97"]["period"] == "2025"
    assert found["12"]["period"] is None
    assert found["5,000 companies"]["period"] is None


def test_two_months_told_together_are_the_months_between():
    found = figures(
        "Egypt shipped 42,000 tonnes of dates in October and November, up 12 percent, the ministry said. "
        "Exports reached 9,000 tonnes in January and March combined.",
        language="en", published_year=2026, published_month=1,
    )
    assert found["42,000 tonnes"]["period"] == "2025-10/2025-11"
    assert found["9,000 tonnes"]["period"] != "2026-01/2026-03"
    found = figures("Les exportations ont atteint 3.100 tonnes en septembre et octobre 2025.", published_year=2025)
    assert found["3.100 tonnes"]["period"] == "2025-09/2025-10"


def test_a_foreign_figure_set_against_the_home_countrys_is_the_foreign_countrys_alone():
    found = figures(
        "Tunisia courts carmakers with lower wages\n"
        "Tunisia is stepping up its challenge to Morocco for car-parts makers.\n\n"
        "Average monthly wages in Tunisian cable plants are about $310, compared with about $450 in Morocco, "
        "a study found.\n",
        language="en",
    )
    assert found["$310"]["countries"] == ["TN"]
    assert found["$450"]["countries"] == ["MA"]
    # (not a home country set apart: `hors du Maroc`)
    found = figures(
        "Offshoring : le marocain Intelcia Services grandit en Afrique\n"
        "Le groupe marocain Intelcia Services a ouvert deux centres à Dakar.\n\n"
        "Il emploie 3.100 personnes au Sénégal et au Mali et a réalisé 35% de son chiffre d'affaires de 1,2 "
        "milliard de dirhams hors du Maroc en 2025.\n"
    )
    assert "MA" in found["35%"]["countries"]
    assert "MA" in found["3.100 personnes"]["countries"]


def test_a_quote_opening_on_a_foreign_country_as_subject_is_that_countrys():
    found = figures(
        "Lait : le marocain Atlas Lait s'installe au Sénégal\n"
        "Le groupe marocain Atlas Lait va construire une usine à Dakar.\n\n"
        "« Le Sénégal importe encore plus de 60% de ses besoins en lait », a déclaré son directeur.\n"
    )
    assert found["60%"]["countries"] == ["SN"]


def test_a_part_coordinated_with_the_home_countrys_part_is_not_the_home_countrys():
    found = figures(
        "Textile : l'Espagne importe moins\n"
        "Le Maroc reste un fournisseur clé de l'Espagne.\n\n"
        "Le marché espagnol a importé pour 22 milliards d'euros de vêtements en 2025, dont 19% en provenance de "
        "Chine et 8% du Maroc.\n"
    )
    assert found["19%"]["countries"] == ["CN", "ES"]


def test_a_headlines_rivals_faced_are_not_the_articles_focus():
    found = figures(
        "Cuir : face à la Tunisie et au Portugal, le Maroc mise sur le haut de gamme\n"
        "Les exportations de la filière ont atteint 4,2 milliards de DH en 2025.\n\n"
        "La chaussure représente 64% de ces exportations.\n"
    )
    assert found["64%"]["countries"] == ["MA"]


def test_a_place_told_with_its_country_after_a_comma_places_the_figure():
    found = figures(
        "Ciment : le marocain Atlas Liants s'étend en Afrique centrale\n"
        "Le cimentier marocain Atlas Liants a inauguré lundi une usine à Libreville.\n\n"
        "Le groupe prévoit un second projet de 700 millions de dirhams à Kribi, au Cameroun.\n"
    )
    assert found["700 millions de dirhams"]["countries"] == ["CM", "MA"]


def test_a_rival_in_brackets_shares_the_foreign_market_the_ranking_is_of():
    found = figures(
        "Cuir : les exportations vers l'Europe progressent\n"
        "Les exportations marocaines de chaussures ont atteint 3,1 milliards de DH en 2025.\n\n"
        "Dans les importations de chaussures de l'Union européenne, la part du Maroc reste de 1,4%, loin de "
        "la Tunisie (3,2%) mais devant l'Egypte (0,8%).\n"
    )
    assert found["3,2%"]["countries"] == ["EU", "TN"]
    assert found["0,8%"]["countries"] == ["EG", "EU"]


def test_a_home_ministry_quoted_after_a_foreign_firms_measure_is_its_source():
    found = figures(
        "Kénitra : le coréen Daeho Cable ouvre une tréfilerie\n"
        "Le câblier sud-coréen Daeho Cable a inauguré mardi une tréfilerie à Kénitra.\n\n"
        "La capacité sera portée à 30.000 tonnes à Kénitra d'ici 2029, a précisé le ministère de l'Industrie.\n"
    )
    assert found["30.000 tonnes"]["countries"] == ["KR", "MA"]
    found = figures(
        "Kénitra : le coréen Daeho Cable ouvre une tréfilerie\n"
        "Le câblier sud-coréen Daeho Cable a inauguré mardi une tréfilerie à Kénitra.\n\n"
        "La capacité sera portée à 30.000 tonnes d'ici 2029, a précisé le ministère de l'Industrie et du Commerce "
        "dans un communiqué.\n"
    )
    assert found["30.000 tonnes"]["countries"] == ["KR", "MA"]
    # (not a national figure told after a colon: the ministry's count of the sector's projects)
    found = figures(
        "Kénitra : le coréen Daeho Cable ouvre une tréfilerie\n"
        "Le câblier sud-coréen Daeho Cable a inauguré mardi une tréfilerie à Kénitra.\n\n"
        "Daeho Cable rejoint un écosystème en plein essor : 9 projets liés au câble ont été annoncés depuis "
        "2023, selon le ministère de l'Industrie et du Commerce.\n"
    )
    assert found["9 projets"]["countries"] == ["MA"]



def test_the_total_of_a_flow_after_its_partners_shares_is_the_home_countrys():
    found = figures(
        "Agrumes : l'Europe et le Royaume-Uni, premiers débouchés\n"
        "Les agrumes marocains gagnent des parts de marché.\n\n"
        "L'Union européenne a absorbé 61% des exportations d'agrumes et le Royaume-Uni 17%. "
        "Les exportations totales ont atteint 12,4 milliards de dirhams en 2025.\n"
    )
    assert found["12,4 milliards de dirhams"]["countries"] == ["MA"]
    found = figures(
        "Maroc-Chine : les échanges s'envolent\n"
        "Les échanges entre le Maroc et la Chine ont progressé en 2025.\n\n"
        "Au total, les exportations vers la Chine ont atteint 9,8 milliards de dirhams.\n"
    )
    assert found["9,8 milliards de dirhams"]["countries"] == ["CN", "MA"]


def test_the_states_own_finances_are_the_home_countrys_not_the_suppliers():
    found = figures(
        "Gaz butane : les Etats-Unis et le Qatar premiers fournisseurs\n"
        "Les importations marocaines de gaz butane ont reculé au premier trimestre, les Etats-Unis et le Qatar "
        "restant les premiers fournisseurs.\n\n"
        "La subvention de la bouteille a coûté 3,8 MMDH à la Caisse de compensation sur le trimestre.\n\n"
        "Pour soutenir les importateurs, l'Etat a versé une prime de 900 millions de dirhams.\n"
    )
    assert found["3,8 MMDH"]["countries"] == ["MA"]
    assert found["900 millions de dirhams"]["countries"] == ["MA"]


def test_a_flow_broken_down_by_partner_right_after_it_is_the_whole_over_all_partners():
    found = figures(
        "Maroc-Kenya : le thé kényan veut conquérir le marché marocain\n"
        "Le Kenya veut doubler ses ventes de thé au Maroc, a déclaré son ministre.\n\n"
        "Le Royaume a importé l'an dernier 64.000 tonnes de thé, dont 90% en provenance de Chine.\n\n"
        "Les importations de café se sont établies à 41.000 tonnes, dont 35% du Vietnam.\n"
    )
    assert found["64.000 tonnes"]["countries"] == ["MA"]
    assert found["41.000 tonnes"]["countries"] == ["MA"]
    # (the flow of a country named in its clause stays that country's)
    found = figures(
        "Maroc-Kenya : le thé kényan veut conquérir le marché marocain\n"
        "Le Kenya veut doubler ses ventes de thé au Maroc, a déclaré son ministre.\n\n"
        "Le Kenya a exporté 520.000 tonnes de thé en 2025, dont 30% vers le Pakistan.\n"
    )
    assert "MA" not in found["520.000 tonnes"]["countries"]


def test_the_exported_share_of_a_foreign_firms_new_plant_is_the_firms_and_the_home_countrys():
    found = figures(
        "Tanger : le chinois Huaxin Wheels ouvre une usine de jantes\n"
        "Le fabricant chinois Huaxin Wheels a posé jeudi la première pierre d'une usine de jantes à Tanger.\n\n"
        "Ses clients sont les constructeurs allemands, espagnols et italiens. "
        "L'usine produira 2 millions de jantes par an, dont 75% seront exportées vers l'Europe.\n\n"
        "Le groupe fournit des usines en Allemagne et en Italie. "
        "Près de 60% de la production sera exportée, principalement vers les usines de ses clients.\n"
    )
    assert found["75%"]["countries"] == ["CN", "MA"]
    assert found["60%"]["countries"] == ["CN", "MA"]
    found = figures(
        "Tanger : le chinois Huaxin Wheels ouvre une usine de jantes\n"
        "Le fabricant chinois Huaxin Wheels a posé jeudi la première pierre d'une usine de jantes à Tanger.\n\n"
        "Ses clients sont les constructeurs allemands, espagnols et italiens. "
        "About 75% of the output will be exported, mainly to the European Union and the United States.\n"
    )
    assert found["75%"]["countries"] == ["CN", "EU", "MA", "US"]
    # (the group's present trade from its own country keeps its markets)
    found = figures(
        "Agadir : l'espagnol Frutas Solana investit dans les fraises\n"
        "Le groupe espagnol Frutas Solana a annoncé un investissement dans la région d'Agadir.\n\n"
        "Depuis la Chine, le groupe exporte 70% de sa production vers l'Allemagne.\n"
    )
    assert "DE" in found["70%"]["countries"]


def test_a_donors_budget_support_or_cofinancing_is_given_to_the_home_country():
    found = figures(
        "Loi de finances 2027 : le déficit budgétaire ramené à 3%\n"
        "Le projet de loi de finances du Maroc prévoit un déficit de 3% du PIB en 2027.\n\n"
        "Les recettes fiscales progresseront de 6%, selon le ministère. "
        "L'Union européenne a, de son côté, annoncé un appui budgétaire de 230 millions d'euros.\n\n"
        "Le projet d'irrigation de la plaine du Gharb sera financé par la BAD. "
        "L'Allemagne, à travers la KfW, apporte pour sa part un cofinancement de 40 millions d'euros.\n"
    )
    assert found["230 millions d'euros"]["countries"] == ["EU", "MA"]
    assert found["40 millions d'euros"]["countries"] == ["DE", "MA"]


def test_a_foreign_countrys_share_of_an_unowned_flow_is_a_share_of_the_home_countrys():
    found = figures(
        "Tourisme : les recettes dépassent 110 milliards de dirhams\n"
        "Les recettes touristiques du Maroc ont atteint 112 milliards de dirhams en 2025.\n\n"
        "Par marché émetteur, l'Allemagne, l'Italie et la Belgique ont généré respectivement 9%, 6% et 5% des recettes.\n\n"
        "Les Pays-Bas ont absorbé 14% des volumes, selon l'Office des changes.\n"
    )
    assert found["9%"]["countries"] == ["DE", "MA"]
    assert found["14%"]["countries"] == ["MA", "NL"]
    # (a share of a flow whose owner is said stays the owner's)
    found = figures(
        "Tourisme : les recettes dépassent 110 milliards de dirhams\n"
        "Les recettes touristiques du Maroc ont atteint 112 milliards de dirhams en 2025.\n\n"
        "En Egypte, l'Allemagne a généré 13% des recettes égyptiennes.\n"
    )
    assert "MA" not in found["13%"]["countries"]


def test_a_flow_between_two_foreign_countries_is_theirs_alone():
    found = figures(
        "Maroc-Espagne : les échanges ont atteint un record\n"
        "Les échanges entre le Maroc et l'Espagne ont atteint 22 milliards d'euros en 2025.\n\n"
        "Le Maroc est le premier partenaire de l'Espagne en Afrique: les échanges entre l'Espagne et "
        "l'Egypte n'ont pas dépassé 3,2 milliards d'euros.\n\n"
        "Les échanges franco-tunisiens se sont limités à 9,1 milliards d'euros.\n"
    )
    assert found["3,2 milliards d'euros"]["countries"] == ["EG", "ES"]
    assert found["9,1 milliards d'euros"]["countries"] == ["FR", "TN"]
    # (the home country's trade with one of them stays bilateral)
    assert found["22 milliards d'euros"]["countries"] == ["ES", "MA"]


def test_a_second_rival_with_its_figure_after_with_is_that_rivals():
    found = figures(
        "Transferts des MRE : 12 milliards de dollars en 2025\n"
        "Les transferts des Marocains résidant à l'étranger ont atteint 12 milliards de dollars en 2025.\n\n"
        "Sur le continent, le Maroc reste le troisième récipiendaire, derrière l'Egypte, qui a reçu 24,1 milliards "
        "de dollars, et le Ghana, avec 14,3 milliards de dollars, selon la Banque mondiale.\n"
    )
    assert found["24,1 milliards de dollars"]["countries"] == ["EG"]
    assert found["14,3 milliards de dollars"]["countries"] == ["GH"]
    found = figures(
        "Myrtilles : le Maroc sur le podium\n"
        "Les exportations marocaines de myrtilles ont progressé en 2025.\n\n"
        "Le Maroc s'est hissé au troisième rang mondial, derrière le Pérou et le Chili, avec 85.000 tonnes expédiées.\n"
    )
    assert found["85.000 tonnes"]["countries"] == ["MA"]


def test_the_only_rival_that_does_better_than_the_home_country_has_its_own_figure():
    found = figures(
        "IDE sortants : le Maroc deuxième investisseur africain\n"
        "Le stock d'investissements marocains à l'étranger a atteint 9 milliards de dollars, selon la CNUCED.\n\n"
        "Sur le continent, seul le Nigeria fait mieux, avec un stock de 14 milliards de dollars.\n\n"
        "Only Kenya, with $2.3 billion, drew more capital.\n"
    )
    assert found["14 milliards de dollars"]["countries"] == ["NG"]
    assert found["$2.3 billion"]["countries"] == ["KE"]


def test_companies_paired_respectively_with_their_figures_keep_their_own_country():
    found = figures(
        "Green hydrogen: Morocco picks five winners\n"
        "Morocco has selected five projects under its green hydrogen offer, the investment ministry said.\n\n"
        "China's Longhai Hydrogen Technology and Spain's Iberagua Renovables won sites for projects of "
        "$6.2 billion and $4.8 billion, respectively.\n\n"
        "Spain's Iberhidro Renovables and China's Sinoway Hydrogen will develop projects worth MAD 52 billion "
        "and MAD 41 billion respectively near Tarfaya.\n",
        language="en",
    )
    assert found["$6.2 billion"]["countries"] == ["CN", "MA"]
    assert found["$4.8 billion"]["countries"] == ["ES", "MA"]
    assert found["MAD 52 billion"]["countries"] == ["ES", "MA"]
    assert found["MAD 41 billion"]["countries"] == ["CN", "MA"]


def test_celui_ci_takes_up_the_company_its_sentence_before_named_last():
    found = figures(
        "Textile : la filière se concentre à Tanger\n"
        "La filière textile marocaine a perdu 5.000 emplois au premier semestre.\n\n"
        "Dans le même temps, 1.800 postes ont été créés à Tanger, dont 600 par le groupe portugais Tecidos Douro. "
        "Celui-ci a investi 150 millions de DH dans une unité de teinture.\n"
    )
    assert found["150 millions de DH"]["countries"] == ["MA", "PT"]


def test_a_relative_clause_on_home_infrastructure_or_a_national_plan_is_the_home_countrys():
    found = figures(
        "Jorf Lasfar : l'indien Bharat Pipes construit une usine de tubes\n"
        "Le groupe indien Bharat Pipes va construire une usine de tubes en acier à Jorf Lasfar.\n\n"
        "Le groupe vise aussi le plan national de l'eau, qui prévoit 1,4 milliard de m3 de capacité de dessalement "
        "d'ici 2030.\n\n"
        "Le site sera desservi par la Kenitra Atlantic Free Zone, qui accueille 95 entreprises.\n\n"
        "L'usine de Jorf Lasfar, qui emploiera 600 personnes, entrera en service en 2027.\n"
    )
    assert found["1,4 milliard de m3"]["countries"] == ["MA"]
    assert found["95 entreprises"]["countries"] == ["MA"]
    # (a firm's plant at home stays the firm's)
    assert found["600 personnes"]["countries"] == ["IN", "MA"]
    found = figures(
        "Batteries : le coréen Hansol Cell s'installe à Kénitra\n"
        "Le groupe coréen Hansol Cell a annoncé une usine de cellules à Kénitra.\n\n"
        "Le Royaume, qui dispose de 65% des réserves mondiales de phosphate, vise les marchés européen et "
        "nord-américain.\n\n"
        "Hansol was selected under the \"Offre Maroc\" programme, which has set aside 800,000 hectares of public land.\n"
    )
    assert found["65%"]["countries"] == ["MA"]
    assert found["800,000 hectares"]["countries"] == ["MA"]
    found = figures(
        "Indonesia's Sinar Foods to build a plant in Tangier\n"
        "Indonesia's Sinar Foods will invest $45m in Morocco, the investment ministry said.\n\n"
        "Sinar Foods will build a food-processing plant for canned fish in the Tanger Med free zone, which is expected "
        "to create 320 jobs.\n",
        language="en",
    )
    assert found["320 jobs"]["countries"] == ["ID", "MA"]



def test_a_headline_since_a_year_gives_the_article_no_period():
    found = figures(
        "Gazole : la Russie, fournisseur clé du Maroc depuis 2022\n\n"
        "Les achats de gazole russe ont baissé de 16,2%, selon l'Office des changes.\n"
    )
    assert found["16,2%"]["period"] is None


def test_a_figure_of_the_headlines_home_statement_is_not_the_later_clauses_countrys():
    found = figures(
        "Agrumes : les exportations bondissent de 21% sur la campagne, le Canada premier client\n\n"
        "Les exportations marocaines d'agrumes ont atteint 780.000 tonnes sur la campagne 2025-2026.\n"
    )
    assert found["21%"]["countries"] == ["MA"]


def test_a_neighbour_or_a_contrast_set_in_a_foreign_country_is_about_that_country_alone():
    found = figures(
        "Hotels: a Qatari fund bets $1.2 billion on Morocco\n"
        "Qatar's Doha Leisure Capital will invest $1.2 billion in hotels in Morocco, the fund said.\n\n"
        "Neighboring Portugal, one of Europe's most visited countries, received 31 million international tourists "
        "last year.\n",
        language="en",
    )
    assert found["31 million"]["countries"] == ["PT"]
    found = figures(
        "Marché automobile : les ventes progressent de 8%\n"
        "Les ventes de voitures neuves au Maroc ont progressé de 8% à fin octobre.\n\n"
        "En Tunisie, le marché a reculé de 5%, tandis qu'en Egypte, la reprise des importations a permis "
        "d'écouler 88.000 véhicules.\n"
    )
    assert found["88.000 véhicules"]["countries"] == ["EG"]


def test_a_foreign_brands_share_of_the_market_is_a_share_of_the_home_market():
    found = figures(
        "Marché automobile : les ventes progressent de 8% à fin octobre\n"
        "Les ventes de voitures neuves au Maroc ont progressé de 8% à fin octobre, selon l'AIVAM.\n\n"
        "La percée de l'année est coréenne. Les marques coréennes (Hyundai, Kia) totalisent 21.400 unités, soit 12% "
        "du marché, contre 10,5% un an plus tôt.\n"
    )
    assert found["21.400 unités"]["countries"] == ["KR", "MA"]
    assert found["12%"]["countries"] == ["KR", "MA"]


def test_a_foreign_company_named_by_its_countrys_possessive_supplying_the_home_country():
    found = figures(
        "ONCF orders 60 trains from Korea, Spain and France\n"
        "Morocco's national railway ONCF has ordered 60 trains for its network, it said on Tuesday.\n\n"
        "Spain's Ibertrenes will supply 35 intercity trains for 8.2 billion dirhams, ONCF's director general said "
        "at a signing ceremony in Rabat.\n",
        language="en",
    )
    assert found["35"]["countries"] == ["ES", "MA"]
    # (a place after the possessive is the country's own: `Spain's Algeciras handled`)
    found = figures(
        "Tanger Med handles a record 11 million containers\n"
        "Morocco's Tanger Med port handled 11 million TEUs in 2025, its operator said.\n\n"
        "Across the strait, Spain's Algeciras handled 4.5 million TEUs in 2025.\n",
        language="en",
    )
    assert found["4.5 million TEUs"]["countries"] == ["ES"]


def test_national_agencies_each_with_their_own_figure_in_one_sentence():
    found = figures(
        "Step d'Abdelmoumen : 6,4 milliards de dirhams pour la station de pompage\n"
        "L'ONEE a signé mardi à Rabat le financement de la station de transfert d'énergie par pompage.\n\n"
        "La KfW apporte 210 millions d'euros et l'AFD 140 millions d'euros, selon l'Office.\n"
    )
    assert found["210 millions d'euros"]["countries"] == ["DE", "MA"]
    assert found["140 millions d'euros"]["countries"] == ["FR", "MA"]


def test_a_project_noun_with_another_name_after_it_is_not_the_main_companys_project():
    found = figures(
        "Batteries : le chinois Zhenlong investit 500 millions de dollars à Kénitra\n"
        "Le groupe chinois Zhenlong va construire une usine de batteries à Kénitra, a annoncé mardi le ministère "
        "de l'Industrie.\n\n"
        "En Roumanie, l'usine historique de Dacia à Mioveni a produit 327.000 véhicules l'an dernier.\n\n"
        "L'usine de Kénitra emploiera 1.200 personnes.\n"
    )
    assert found["327.000 véhicules"]["countries"] == ["RO"]
    # (a home place after the noun still names the main company's project)
    assert found["1.200 personnes"]["countries"] == ["CN", "MA"]


def test_a_sentence_set_abroad_by_its_opening_is_about_that_country():
    found = figures(
        "Batteries : le chinois Zhenlong investit 500 millions de dollars à Kénitra\n"
        "Le groupe chinois Zhenlong va construire une usine de batteries à Kénitra, a annoncé mardi le ministère "
        "de l'Industrie.\n\n"
        "Chez le voisin algérien, la raffinerie de Béjaïa dispose d'une capacité de 3 millions de tonnes par an.\n\n"
        "En Espagne, les exportations marocaines de batteries ont atteint 120 millions d'euros.\n"
    )
    # (the refinery is named, so no project of the main company's: the setting alone decides)
    assert found["3 millions de tonnes"]["countries"] == ["DZ"]
    # (unless what follows names the home country)
    assert found["120 millions d'euros"]["countries"] == ["ES", "MA"]


def test_a_subject_placed_in_a_foreign_country_is_that_countrys():
    found = figures(
        "Cannabis licite : premières exportations vers la Suisse et l'Allemagne\n"
        "Le Maroc a exporté ses premiers lots de cannabis médical vers la Suisse et l'Allemagne, a annoncé l'ANRAC.\n\n"
        "Le marché du cannabis médical en Allemagne est estimé à 1,2 milliard d'euros en 2026.\n\n"
        "Les ventes de cannabis marocain en Allemagne ont atteint 5 millions d'euros.\n"
    )
    assert found["1,2 milliard d'euros"]["countries"] == ["DE"]
    # (the home country's own sales there are the two countries')
    assert found["5 millions d'euros"]["countries"] == ["DE", "MA"]


def test_a_continent_as_the_subject_is_no_countrys_but_as_the_whole_measured_takes_the_focus():
    found = figures(
        "Engrais : OCP Africa ouvre une usine au Nigeria\n"
        "OCP Africa a inauguré mardi une usine de mélange à Kaduna, au Nigeria, d'une capacité de 300.000 tonnes.\n\n"
        "« L'Afrique ne représente encore que 3% de la consommation mondiale d'engrais », a souligné le directeur "
        "général.\n\n"
        "Selon la Banque mondiale, le commerce intra-africain a atteint 220 milliards de dollars en 2024.\n\n"
        "L'Afrique subsaharienne contribue à 27% du chiffre d'affaires.\n"
    )
    assert found["3%"]["countries"] == []
    # (the contract: empty only when the article names no country; the focus, Nigeria and Morocco)
    assert found["220 milliards de dollars"]["countries"] == ["MA", "NG"]
    # (a region's share of a company's accounts is still the home company's)
    assert found["27%"]["countries"] == ["MA"]


def test_a_partners_share_of_a_foreign_countrys_flow_in_an_article_about_that_country():
    found = figures(
        "Tunisia's olive oil exports jump 41 percent\n"
        "TUNIS, Jan 14, 2026 (AFP) - Tunisia shipped 118,000 tonnes of olive oil in November and December, up 41 "
        "percent on a year earlier, the agriculture ministry said on Tuesday.\n\n"
        "The average export price dropped to 8.9 dinars per kilogram. The European Union took 64 percent of volumes, "
        "led by Spain and Italy, while the United States bought 21 percent.\n\n"
        "Morocco, the region's other big producer, exported 60,000 tonnes.\n",
        language="en",
    )
    assert found["64 percent"]["countries"] == ["EU", "TN"]
    assert found["21 percent"]["countries"] == ["TN", "US"]
    assert found["60,000 tonnes"]["countries"] == ["MA"]


def test_a_home_institutions_own_target_is_the_home_countrys():
    found = figures(
        "Electronique : le taïwanais Hsin Tech s'installe à Tanger Tech\n"
        "Le groupe taïwanais Hsin Tech va investir 120 millions de dollars à Tanger Tech, a annoncé mardi le "
        "ministère de l'Industrie et du Commerce.\n\n"
        "Ses produits seront exportés vers l'Union européenne. Le ministère de l'Industrie et du Commerce vise "
        "40.000 emplois et 50 milliards de DH d'exportations dans l'électronique d'ici 2030.\n"
    )
    assert found["40.000 emplois"]["countries"] == ["MA"]
    assert found["50 milliards de DH"]["countries"] == ["MA"]
    # (a national plan's, in the home currency, as well)
    found = figures(
        "Textile : les exportations vers l'Espagne et la France progressent de 6%\n"
        "Les exportations marocaines de textile vers l'Espagne et la France ont progressé de 6% en 2025.\n\n"
        "Les acheteurs espagnols restent les premiers clients. Le contrat-programme 2025-2030 vise 60 milliards "
        "de DH d'exportations et 50.000 emplois supplémentaires à l'horizon 2030.\n"
    )
    assert found["60 milliards de DH"]["countries"] == ["MA"]
    assert found["50.000 emplois"]["countries"] == ["MA"]


def test_the_same_measure_of_another_country_is_that_countrys_alone():
    found = figures(
        "Transferts des MRE : 120 milliards de dirhams en 2025\n"
        "Les transferts des Marocains résidant à l'étranger ont atteint 120 milliards de dirhams en 2025.\n\n"
        "Les transferts marocains, de l'ordre de 12 milliards de dollars, dépassent largement ceux de la Tunisie "
        "(3 milliards de dollars) et de l'Algérie (1,9 milliard de dollars).\n\n"
        "Le salaire minimum, relevé à 3.400 DH par mois, reste inférieur à celui de la Turquie, d'environ 650 euros, "
        "mais supérieur à celui du Bangladesh, qui plafonne à 115 dollars.\n"
    )
    assert found["12 milliards de dollars"]["countries"] == ["MA"]
    assert found["3 milliards de dollars"]["countries"] == ["TN"]
    assert found["1,9 milliard de dollars"]["countries"] == ["DZ"]
    assert found["3.400 DH"]["countries"] == ["MA"]
    assert found["650 euros"]["countries"] == ["TR"]
    assert found["115 dollars"]["countries"] == ["BD"]
    # (the home figure set against it stays the home country's in an article about partners)
    found = figures(
        "Textile : les exportations vers l'Espagne et la France progressent de 6%\n"
        "Les exportations marocaines de textile vers l'Espagne et la France ont progressé de 6% en 2025.\n\n"
        "Les acheteurs espagnols restent les premiers clients. Le salaire minimum dans l'industrie, relevé à "
        "3.400 DH par mois en 2026, reste inférieur à celui de la Turquie, d'environ 650 euros.\n"
    )
    assert found["3.400 DH"]["countries"] == ["MA"]
    assert found["650 euros"]["countries"] == ["TR"]
    # (`Celles destinées à la France` takes up the home country's exports: no other country's measure)
    found = figures(
        "Textile : les exportations vers l'Espagne reculent\n"
        "Les exportations marocaines de textile vers l'Espagne ont progressé de 4%, à 20 milliards de DH. Celles "
        "destinées à la France ont en revanche reculé de 2,1%, à 7,9 milliards de DH.\n"
    )
    assert found["2,1%"]["countries"] == ["FR", "MA"]


def test_a_month_told_through_or_up_to_is_the_year_so_far():
    found = figures(
        "Morocco's tourist arrivals climb through October 2026 as British visitors surge\n"
        "Morocco welcomed 16.4 million tourists between January and October 2026, up 9% on the same period.\n\n"
        "British arrivals rose 18% to 1.2 million.\n",
        language="en",
    )
    assert found["18%"]["period"] == "2026-01/2026-10"
    found = figures("Les exportations de textile ont atteint 30 milliards de DH jusqu'en octobre 2026.\n")
    assert found["30 milliards de DH"]["period"] == "2026-01/2026-10"


def test_an_ownership_stake_takes_no_period_from_its_paragraph():
    found = figures(
        "OCP, Nigeria agree fertiliser expansion for 2027-2029\n"
        "The investment programme covers 2027-2029, the companies said.\n\n"
        "The programme runs over 2027-2029. In the joint venture, OCP would hold 49% and NSIA 51%. Output would rise 12%.\n",
        language="en",
    )
    assert found["49%"]["period"] is None
    assert found["51%"]["period"] is None
    assert found["12%"]["period"] == "2027/2029"


def test_the_customers_place_in_a_purpose_phrase_is_not_the_investments_country():
    found = figures(
        "Korean battery maker to build plant in Morocco\n"
        "Daejin Chemical Co., a South Korean maker of battery materials, will build a $1.1 billion plant in Morocco "
        "to supply cathode precursors to battery makers in the US and Europe, the company said.\n",
        language="en",
    )
    assert found["$1.1 billion"]["countries"] == ["KR", "MA"]


def test_a_rate_in_brackets_with_a_figure_takes_its_countries():
    found = figures(
        "Tourist arrivals climb through October 2026\n"
        "Morocco welcomed 16.4 million tourists between January and October 2026.\n\n"
        "Germany sent 690,000 visitors (+7%) and Italy 540,000.\n",
        language="en",
    )
    assert found["+7%"]["countries"] == ["DE", "MA"]


def test_the_main_company_named_with_a_partner_stays_the_paragraphs_company():
    found = figures(
        "Sidérurgie : le turc Anadolu Çelik lance une aciérie à Jorf Lasfar\n"
        "Le groupe sidérurgique turc Anadolu Çelik a posé mardi la première pierre d'une aciérie à Jorf Lasfar.\n\n"
        "Le projet est porté par la filiale Anadolu Steel Morocco, détenue à 80% par le groupe turc et à 20% par le "
        "fonds souverain marocain Ithmar Capital. Le site s'étend sur 65 hectares.\n"
    )
    assert found["65 hectares"]["countries"] == ["MA", "TR"]


def test_what_a_foreign_country_has_in_an_aside_is_its_own():
    found = figures(
        "Pales d'éoliennes : le chinois Tianfeng s'installe à Tanger\n"
        "Le chinois Tianfeng va construire une usine de pales à Tanger, a annoncé lundi le ministère.\n\n"
        "La Turquie, qui abrite 3 usines de pales, s'est imposée comme le principal concurrent du Maroc.\n"
    )
    assert found["3 usines"]["countries"] == ["TR"]
    found = figures(
        "Morocco courts aerospace firms\nMorocco hosts 150 aerospace firms.\n\n"
        "The kingdom now competes with Mexico and Tunisia, home to around 80 aerospace firms.\n",
        language="en",
    )
    assert found["80 aerospace firms"]["countries"] == ["TN"]


def test_a_number_of_countries_named_again_are_the_ones_the_article_named():
    found = figures(
        "Banques : les filiales ouest-africaines progressent\n"
        "Les banques marocaines sont présentes au Sénégal, en Côte d'Ivoire, au Mali et au Burkina Faso.\n\n"
        "Leur PNB a progressé de 9% au premier semestre. Les analystes anticipent un PNB de 19,8 milliards de DH "
        "dans les quatre pays en 2026.\n"
    )
    assert found["19,8 milliards de DH"]["countries"] == ["BF", "CI", "MA", "ML", "SN"]


def test_the_headlines_home_statement_past_a_byline_and_before_a_flow_abroad():
    found = figures(
        "Par Leila Chraibi\n\n"
        "Facture énergétique : 24,7 MMDH au premier trimestre 2026, l'Espagne et les Etats-Unis premiers fournisseurs\n\n"
        "La facture énergétique du Maroc s'est allégée au premier trimestre, selon l'Office des changes.\n"
    )
    assert found["24,7 MMDH"]["countries"] == ["MA"]
    found = figures(
        "Cannabis licite : la récolte atteint 4.200 tonnes en 2026, premières exportations vers la Suisse\n"
        "La récolte de cannabis licite a atteint un record au Maroc, selon l'ANRAC.\n"
    )
    assert found["4.200 tonnes"]["countries"] == ["MA"]


def test_a_headline_figure_restated_in_the_body_dates_the_article():
    # The headline and lead state no period: the body restates the headline's figure with
    # its year, which the figures of the next paragraph take (not the `Depuis` year before).
    text = (
        "Agroalimentaire : les ventes vers l'Afrique centrale atteignent 7,4 milliards de DH\n"
        "Le Cameroun et le Gabon absorbent l'essentiel des ventes. La logistique reste un frein.\n"
        "Depuis l'ouverture de la ligne maritime en mars 2022, les envois progressent. Selon l'Asmex, "
        "les ventes marocaines vers l'Afrique centrale ont atteint 7,4 milliards de DH en 2025.\n"
        "Le Cameroun reste le premier client avec 2,6 milliards de DH, devant le Gabon (1,8 milliard).\n"
    )
    found = figures(text, published_year=2026, published_month=3)
    assert found["2,6 milliards de DH"]["period"] == "2025"
    assert found["1,8 milliard"]["period"] == "2025"
    # Without the restated figure, nothing dates the article.
    found = figures(text.replace("ont atteint 7,4 milliards de DH en 2025", "ont atteint 7,4 milliards de DH"),
                    published_year=2026, published_month=3)
    assert found["2,6 milliards de DH"]["period"] is None


QATARI_HOTELS = (
    "Qatari fund Al Bidda Hospitality bets on Moroccan resorts\n"
    "Qatar's Al Bidda Hospitality will invest 6 billion dirhams in resorts in Tetouan and Essaouira under an "
    "agreement signed on Monday in Rabat with the Ministry of Tourism.\n"
    "The Doha-based group plans to build 1,300 hotel rooms by 2029, creating 4,000 direct jobs, according to a statement.\n"
    "The largest project, in Tamuda Bay near Tetouan, will account for 3.4 billion dirhams.\n"
    "The group, which operates 31 hotels with 9,200 rooms in Spain, Portugal and Greece, said it would also "
    "supply its Moroccan resorts with 60 MW of solar power.\n"
)


def test_a_foreign_groups_plan_described_by_its_base_is_its_project_at_home():
    found = figures(QATARI_HOTELS, published_year=2026)
    # (`Doha-based` describes the group: no place abroad as the subject, no group as a whole)
    assert found["1,300 hotel rooms"]["countries"] == ["MA", "QA"]
    assert found["4,000 direct jobs"]["countries"] == ["MA", "QA"]
    # `The largest project` is the group's, though its sentence places it at home
    assert found["3.4 billion dirhams"]["countries"] == ["MA", "QA"]


def test_a_figure_in_a_relative_aside_with_a_number_is_the_asides():
    found = figures(QATARI_HOTELS, published_year=2026)
    # (the aside runs past `9,200`; the home country named after it is not its)
    assert "MA" not in found["31 hotels"]["countries"]
    assert "MA" not in found["9,200 rooms"]["countries"]
    assert {"ES", "PT", "GR"} <= set(found["9,200 rooms"]["countries"])


def test_the_company_the_headline_and_lead_open_with_takes_the_bullets_base():
    text = (
        "Norvell Castings Picks Morocco for $150 Million Foundry\n"
        "- Ohio-based supplier to hire 900 workers near Kenitra\n"
        "Norvell Castings Inc. will build a $150 million foundry in Morocco to make engine blocks, the company said.\n"
        "Norvell, which posted revenue of $3.1 billion last year, employs about 9,000 people at 12 sites in the US, "
        "Mexico and Poland. Its order backlog stood at $12 billion at the end of June.\n"
    )
    found = figures(text, published_year=2026)
    assert found["$150 Million"]["countries"] == ["MA", "US"]
    assert found["$150 million"]["countries"] == ["MA", "US"]
    # the company as a whole: its country, not its sites'
    assert found["$3.1 billion"]["countries"] == ["US"]
    assert found["$12 billion"]["countries"] == ["US"]


FERTILISER_MARKETS = (
    "Morocco's fertiliser exports rise in first half\n"
    "RABAT, July 30, 2026 (Reuters) - Morocco's fertiliser exports rose 8% in the first half of 2026, official data showed.\n"
    "Argentina, the region's biggest grain exporter, bought 900,000 tonnes, up 14%, making it Morocco's third-largest "
    "market ahead of Mexico, which imported 600,000 tonnes.\n"
    "Shipments to Africa rose 6% to 2.2 million tonnes, led by Ghana and Senegal, while exports to Europe were stable "
    "at 1.1 million tonnes.\n"
)


def test_what_a_foreign_buyers_figure_makes_of_it_ties_it_to_home():
    found = figures(FERTILISER_MARKETS, language="en", published_year=2026)
    # (`making it Morocco's third-largest market`: a partner's share, not Argentina's own;
    # `market ahead of Mexico` ranks the home country's markets, not Mexico's partners)
    assert found["900,000 tonnes"]["countries"] == ["AR", "MA"]
    assert found["14%"]["countries"] == ["AR", "MA"]


def test_a_contrast_placed_in_a_world_region_takes_no_country_of_the_clause_before():
    found = figures(FERTILISER_MARKETS, language="en", published_year=2026)
    assert found["1.1 million tonnes"]["countries"] == ["MA"]


def test_the_home_country_as_the_rival_a_foreign_subject_takes_on_is_no_country_of_its_figures():
    found = figures(
        "La Tunisie veut exporter 300.000 tonnes d'huile d'olive par an d'ici 2030 et concurrencer le Maroc\n"
        "Le gouvernement tunisien a présenté mardi à Tunis un plan oléicole qui vise à doubler les exportations.\n"
        "Le plan, doté d'une enveloppe de 400 millions de dollars, prévoit des aides aux producteurs.\n"
        "Le Maroc a exporté 120.000 tonnes d'huile d'olive en 2025.\n",
        published_year=2026,
    )
    assert found["300.000 tonnes"]["countries"] == ["TN"]
    assert found["400 millions de dollars"]["countries"] == ["TN"]  # the article's focus: Tunisia
    assert found["120.000 tonnes"]["countries"] == ["MA"]


def test_the_home_country_in_an_apposition_to_a_foreign_subject_is_no_country_of_its_figures():
    found = figures(
        "Automobile : face à la Roumanie et à la Turquie, le Maroc reste un poids moyen\n"
        "Avec 615.000 véhicules assemblés en 2025, le Maroc a conforté sa place en Afrique.\n\n"
        "La Roumanie, souvent citée comme modèle pour Tanger, a produit 532.000 véhicules l'an dernier.\n\n"
        "La Turquie joue dans une autre catégorie : 1,36 million de véhicules produits en 2025.\n",
        published_year=2026,
    )
    assert found["532.000 véhicules"]["countries"] == ["RO"]
    # (figures told after a colon with no subject of their own are the subject's before it)
    assert found["1,36 million de véhicules"]["countries"] == ["TR"]


def test_an_amount_given_for_a_country_against_a_home_total_is_that_countrys():
    found = figures(
        "Les exportations oléicoles marocaines ont atteint 4 milliards de dirhams l'an dernier, "
        "contre à peine 900 millions de dollars pour la Tunisie.\n"
        "Les exportations vers l'Espagne ont atteint 2 milliards de dirhams, contre 800 millions de dirhams pour la France.\n",
        published_year=2026,
    )
    assert found["900 millions de dollars"]["countries"] == ["TN"]
    # a partner's share of the home country's flow stays the home country's too
    assert found["800 millions de dirhams"]["countries"] == ["FR", "MA"]


def test_companies_in_turn_each_keep_their_figures():
    found = figures(
        "Parmi les opérations, le coréen Hanjin Parts a investi 1,8 milliard de DH à Kénitra, l'italien Gruppo "
        "Ferrati 700 millions de DH à Tanger et le germano-turc Anadol Werke 450 millions de DH à Fès, où il "
        "emploie 900 salariés.\n",
        published_year=2026,
    )
    assert found["1,8 milliard de DH"]["countries"] == ["KR", "MA"]
    assert found["700 millions de DH"]["countries"] == ["IT", "MA"]
    assert found["450 millions de DH"]["countries"] == ["DE", "MA", "TR"]
    assert found["900 salariés"]["countries"] == ["DE", "MA", "TR"]


def test_a_change_told_with_its_level_takes_the_levels_countries():
    found = figures(
        "Commerce : les échanges avec l'UE progressent en 2025\n"
        "Les échanges du Maroc avec l'Italie ont atteint 38,9 milliards de DH en 2025.\n"
        "La Belgique recule en revanche de 4,8%, à 17,9 milliards de DH.\n",
        published_year=2026,
    )
    assert found["17,9 milliards de DH"]["countries"] == ["BE", "MA"]
    assert found["4,8%"]["countries"] == ["BE", "MA"]


def test_a_where_aside_after_a_countrys_bracket_and_a_subjects_apposition():
    found = figures(
        "Les investissements marocains en Afrique de l'Ouest ont atteint 9 milliards de DH en 2025.\n"
        "Le Sénégal arrive en deuxième position (1,5 milliard de DH), devant le Niger (800 millions de DH), où "
        "l'opérateur Sahel Connect, filiale d'un groupe casablancais, a investi 20 milliards de FCFA dans la fibre.\n",
        published_year=2026,
    )
    assert found["20 milliards de FCFA"]["countries"] == ["MA", "NE"]
    assert found["800 millions de DH"]["countries"] == ["MA", "NE"]


def test_shares_given_for_countries_in_turn_are_each_theirs():
    found = figures(
        "Selon lui, le Maroc n'exporte que 20% de sa production transformée, contre 35% pour la Turquie et 45% pour l'Espagne.\n",
        published_year=2026,
    )
    assert found["35%"]["countries"] == ["TR"]
    assert found["45%"]["countries"] == ["ES"]


def test_a_sentence_placed_abroad_with_an_investment_in_the_home_money_is_a_home_investors():
    found = figures(
        "Les investissements marocains en Afrique de l'Ouest ont atteint 9 milliards de DH en 2025.\n"
        "A Dakar, le cimentier Cimsud a inauguré en janvier un centre de broyage d'une capacité de 900.000 tonnes "
        "par an, pour 500 millions de DH, et emploie 210 personnes.\n"
        "A Kragujevac, Brandt Bordnetze investira 38 M€ et emploiera 600 personnes.\n",
        published_year=2026,
    )
    assert found["900.000 tonnes"]["countries"] == ["MA", "SN"]
    assert found["210 personnes"]["countries"] == ["MA", "SN"]
    assert found["38 M€"]["countries"] == ["RS"]  # (no home money: placed abroad alone)


def test_a_contrast_after_the_figure_and_a_currencys_own_loss():
    found = figures(
        "Les investissements marocains en Afrique de l'Ouest ont atteint 9 milliards de DH en 2025.\n"
        "La DEPF anticipe des flux de 11 milliards de DH en 2026, mais souligne les risques liés à la dépréciation "
        "du naira nigérian, qui a perdu 38% de sa valeur face au dollar.\n",
        published_year=2026,
    )
    assert found["11 milliards de DH"]["countries"] == ["MA"]
    assert found["38%"]["countries"] == ["NG"]


def test_a_where_aside_after_a_partners_bracket_is_the_home_countrys_flow_there():
    found = figures(
        "Engrais : les ventes marocaines en Afrique de l'Ouest progressent en 2025\n"
        "Les exportations marocaines d'engrais vers l'Afrique de l'Ouest ont atteint 9 milliards de DH en 2025. "
        "Le Sénégal arrive en tête (3,1 milliards). Suivent le Nigeria (2,9 milliards), où les ventes d'engrais ont "
        "bondi de 31%, et le Ghana (1,6 milliard).\n",
        published_year=2026,
    )
    assert found["31%"]["countries"] == ["MA", "NG"]


def test_far_ahead_with_no_one_after_it_ranks_no_partner():
    found = figures(
        "Le Maroc a produit 615.000 véhicules en 2025.\n\nLoin devant, la Turquie a produit 1,36 million de véhicules en 2025.\n",
        published_year=2026,
    )
    assert found["1,36 million de véhicules"]["countries"] == ["TR"]


def test_an_english_headlines_as_clause_is_another_statement():
    found = figures(
        "Morocco's fertiliser exports rise 9% in first half as Bangladesh, Kenya demand surges\n"
        "RABAT, July 30, 2026 (Reuters) - Morocco's fertiliser exports rose 9.4% in the first half of 2026, official data showed.\n",
        language="en", published_year=2026,
    )
    assert found["9%"]["countries"] == ["MA"]


def test_an_article_about_a_foreign_countrys_plan_keeps_its_state_and_investors_there():
    found = figures(
        "La Tunisie veut produire 200.000 véhicules par an d'ici 2030\n"
        "Le gouvernement tunisien a dévoilé lundi à Tunis une stratégie automobile.\n"
        "Le plan prévoit des subventions allant jusqu'à 25% du coût des équipements, a précisé le ministre de l'Industrie.\n"
        "Le chinois Jinlong Motors a annoncé un investissement de 210 millions de dollars dans une usine à Bizerte-Menzel.\n"
        "Le Maroc a produit 615.000 véhicules en 2025.\n",
        published_year=2026,
    )
    assert found["25%"]["countries"] == ["TN"]
    assert found["210 millions de dollars"]["countries"] == ["CN", "TN"]
    assert found["615.000 véhicules"]["countries"] == ["MA"]


def test_a_change_from_the_same_period_last_year_is_of_the_current_period():
    found = figures(
        "Tanger Med traffic climbs through September 2026\n"
        "TANGIER - Container traffic at Tanger Med reached 8.1 million TEUs between January and September 2026, "
        "up 8.2% from the same period last year, the port authority said.\n"
        "The complex handled a total of 110.2 million tonnes of cargo over the period, an increase of 6.1%.\n",
        language="en", published_year=2026, published_month=10,
    )
    assert found["8.2%"]["period"] == "2026-01/2026-09"
    assert found["110.2 million tonnes"]["period"] == "2026-01/2026-09"


def test_a_plans_span_dates_no_fact_the_article_states():
    found = figures(
        "Agro-industrie : une feuille de route 2026-2030 pour doubler les exportations\n"
        "Le secteur emploie 172.000 personnes et réalise un chiffre d'affaires de 186 milliards de DH.\n"
        "L'Union européenne absorbe 61% des exportations agroalimentaires.\n",
        published_year=2026,
    )
    assert found["186 milliards de DH"]["period"] is None
    assert found["61%"]["period"] is None


NEARSHORING = (
    "Morocco Gains on Turkey in Race to Become Europe's Factory Floor\n"
    "Morocco is closing in on Turkey as European manufacturers look for plants closer to home, a survey showed.\n"
    "Turkey remains in a different league on exports: its goods shipments reached $255 billion last year, about 43% "
    "of them to the European Union.\n"
    "Foreign direct investment tells a more nuanced story. Turkey attracted $11.9 billion last year, Morocco $3.6 "
    "billion and Tunisia $0.9 billion.\n"
    "Goods shipped from Tangier can reach Spanish warehouses the next day, and the Tanger Med port handled 10.2 "
    "million containers last year.\n"
    "She expects Morocco's manufacturing exports to grow about 8% a year through 2030, against 4% for Turkey.\n"
)


def test_figures_of_rivals_compared_in_turn_are_each_theirs():
    found = figures(NEARSHORING, language="en", published_year=2026)
    assert found["43%"]["countries"] == ["EU", "TR"]  # a part of Turkey's shipments
    assert found["$11.9 billion"]["countries"] == ["TR"]
    assert found["$0.9 billion"]["countries"] == ["TN"]  # the home country is another figure's
    assert found["10.2 million"]["countries"] == ["MA"]  # (`10.2 million containers`): its clause's own home place
    assert found["4%"]["countries"] == ["TR"]  # a rate against the home country's


def test_a_foreign_company_at_work_in_a_third_country_and_its_net_profit():
    found = figures(
        "China's Hanshan Power to build $1.4 billion battery plant in Morocco\n"
        "TANGIER, June 10, 2026 (Reuters) - Chinese battery maker Hanshan Power will invest $1.4 billion in a cell plant "
        "in northern Morocco, the company said on Wednesday.\n"
        "Hanshan, which supplies cells to European automakers, is also building a 30 GWh plant in Debrecen, Hungary, at a "
        "cost of 2.1 billion euros.\n"
        "The company reported revenue of 41.2 billion yuan in 2025. Its net profit fell 7% to 2.9 billion yuan as price "
        "competition intensified at home.\n",
        language="en", published_year=2026,
    )
    assert found["30 GWh"]["countries"] == ["CN", "HU"]
    assert found["2.1 billion euros"]["countries"] == ["CN", "HU"]
    assert found["2.9 billion yuan"]["countries"] == ["CN"]
    assert found["7%"]["countries"] == ["CN"]


def test_the_home_country_taken_up_by_a_pronoun_and_a_partners_side_of_the_ledger():
    found = figures(
        "Commerce : l'Espagne vend davantage au Maroc\n"
        "Le Maroc demeure le premier client de l'Espagne en Afrique, derrière les Etats-Unis. Il absorbe 3,6% des "
        "exportations espagnoles totales, qui ont atteint 197 milliards d'euros sur la période.\n",
        published_year=2026,
    )
    assert found["3,6%"]["countries"] == ["ES", "MA"]
    assert found["197 milliards d'euros"]["countries"] == ["ES"]  # (the aside's: Spain's exports)
    found = figures(
        "Morocco-UK Trade Hits £4.1 Billion in 2025\n"
        "Trade between Morocco and the United Kingdom reached £4.1 billion in 2025, British data showed.\n"
        "On the other side of the ledger, British exports were led by refined fuels (£380 million) and machinery "
        "(£270 million).\n",
        language="en", published_year=2026,
    )
    assert found["£380 million"]["countries"] == ["GB", "MA"]


def test_the_home_country_taken_up_by_a_pronoun_in_a_sentence_naming_no_country():
    # (the paragraph's partner named in the sentence before is not this figure's: `It` is Morocco)
    found = figures(
        "Nigeria-Morocco pipeline: first section to be tendered\n"
        "Morocco, which imports almost all of its energy, consumed about 1.2 billion cubic meters of gas in 2025, "
        "mostly delivered from Spain through the Maghreb-Europe pipeline. It plans to raise consumption to 8 "
        "billion cubic meters a year by 2030.\n",
        language="en", published_year=2026,
    )
    assert found["8 billion cubic meters"]["countries"] == ["MA"]


def test_a_zone_of_the_home_country_and_a_groups_plants_between_two_countries():
    found = figures(
        "Textile : le groupe turc Yildiz Tekstil pose la première pierre de son usine près de Fès\n"
        "Le groupe turc Yildiz Tekstil a posé mercredi la première pierre de son usine de denim près de Fès, un "
        "investissement de 380 millions de dirhams.\n"
        "Le groupe emploie 7.600 personnes dans 5 usines réparties entre la Turquie et l'Egypte.\n"
        "Le parc industriel de Ain Chkef, qui s'étend sur 120 hectares, accueille déjà 28 entreprises.\n",
        published_year=2026,
    )
    assert found["7.600 personnes"]["countries"] == ["EG", "TR"]
    assert found["120 hectares"]["countries"] == ["MA"]
    assert found["28 entreprises"]["countries"] == ["MA"]


def test_co_financiers_in_turn_and_a_multilateral_lenders_loan():
    found = figures(
        "World Bank backs Morocco's irrigation drive\n"
        "The World Bank on Wednesday approved a $350 million loan to help Morocco modernize irrigation networks.\n"
        "The operation is co-financed by Germany's KfW with €120 million and the French Development Agency (AFD) with "
        "€90 million.\n"
        "The EIB, which has lent more than €6 billion to Morocco since 2015, welcomed the deal. The African Development "
        "Bank (AfDB) is separately preparing a $200 million loan for rural drinking water.\n",
        language="en", published_year=2026,
    )
    assert found["€120 million"]["countries"] == ["DE", "MA"]
    assert found["€90 million"]["countries"] == ["FR", "MA"]
    assert found["$200 million"]["countries"] == ["MA"]


def test_the_state_as_subject_in_a_foreign_operators_article_is_the_home_states():
    found = figures(
        "Ports : le qatari Doha Gulf Logistics décroche le terminal de Nador West Med\n"
        "Le groupe qatari Doha Gulf Logistics investira 4 milliards de dirhams dans un terminal à conteneurs à Nador.\n"
        "Le groupe a traité 12,1 millions d'EVP en 2025.\n"
        "L'Etat table sur 60.000 emplois directs et indirects dans la zone franche adossée au port.\n",
        published_year=2026,
    )
    assert found["60.000 emplois"]["countries"] == ["MA"]


def test_a_suppliers_shipments_by_their_noun_in_a_ranking_of_the_home_countrys_suppliers():
    found = figures(
        "Blé tendre : la Russie premier fournisseur à fin juillet\n"
        "Les importations marocaines de blé tendre ont atteint 3,6 millions de tonnes à fin juillet 2026.\n\n"
        "La Russie s'impose comme premier fournisseur avec 1,3 million de tonnes, devant la France (910.000 tonnes). "
        "Les expéditions françaises ont chuté de 24%, pénalisées par une récolte médiocre.\n",
        published_year=2026,
    )
    assert found["24%"]["countries"] == ["FR", "MA"]


def test_shares_each_placed_in_a_run_after_other_figures():
    found = figures(
        "Indian drugmaker Sahyog Pharma to build plant in Morocco\n"
        "Headquartered in Pune, Sahyog reported revenue of 64 billion rupees in the fiscal year, up 11%, with 41% of "
        "sales generated in India and 25% in the United States.\n",
        language="en", published_year=2026,
    )
    assert found["41%"]["countries"] == ["IN"]
    assert found["25%"]["countries"] == ["IN", "US"]


def test_a_headline_flow_to_partners_is_the_home_countrys_with_them():
    found = figures(
        "Bir Gandouz : le trafic de camions vers la Gambie et la Guinée s'envole\n"
        "Le poste frontalier a vu passer 52.000 camions à destination de la Gambie et de la Guinée en 2026.\n\n"
        "Les agrumes représentent 44% des volumes exportés, devant le poisson congelé (21%).\n\n"
        "Les transporteurs marocains assurent l'essentiel des rotations.\n",
        published_year=2026,
    )
    assert found["44%"]["countries"] == ["GM", "GN", "MA"]
    origin_named = figures(
        "Les exportations chinoises vers la Gambie et la Guinée s'envolent\n"
        "Les ventes de Pékin à la Gambie et à la Guinée ont doublé en 2026.\n\n"
        "Les machines représentent 44% des volumes exportés, devant le textile (21%).\n",
        published_year=2026,
    )
    assert "MA" not in origin_named["44%"]["countries"]


def test_a_foreign_economys_public_finances_are_its_own():
    found = figures(
        "Côte d'Ivoire : la croissance tirée par le cacao, les assureurs marocains s'installent\n"
        "Le produit intérieur brut de la Côte d'Ivoire a progressé de 6,8% en 2025.\n\n"
        "Le FMI table sur une croissance de 6,3% en 2026. La dette publique atteignait 59% du PIB à fin 2025, "
        "et le déficit budgétaire devrait revenir à 3,1% du PIB cette année.\n\n"
        "Les assureurs marocains y détiennent 18% du marché.\n",
        published_year=2026,
    )
    assert found["59%"]["countries"] == ["CI"]
    assert found["3,1%"]["countries"] == ["CI"]


def test_compared_economies_each_with_its_own_figure_after_the_home_one():
    found = figures(
        "Croissance de 3,9% au troisième trimestre (HCP)\n"
        "L'économie nationale a progressé de 3,9% au troisième trimestre 2026, selon le Haut-Commissariat au Plan.\n\n"
        "L'inflation est ressortie à 1,4%. Ce niveau reste inférieur à celui de la zone euro, où les prix ont "
        "augmenté de 2,4%, et à celui du Royaume-Uni (3,1%). La croissance de l'économie marocaine dépasse celle "
        "de la zone euro, limitée à 0,9%, et celle du Canada, de 1,2%.\n",
        published_year=2026,
    )
    assert found["2,4%"]["countries"] == ["EU"]
    assert found["3,1%"]["countries"] == ["GB"]
    assert found["0,9%"]["countries"] == ["EU"]
    assert found["1,2%"]["countries"] == ["CA"]


def test_the_site_a_paragraph_sets_in_another_country_than_the_first_plant():
    found = figures(
        "Le japonais Kirameki inaugure une usine en Roumanie, son site marocain s'agrandit\n"
        "Le fabricant japonais de câbles Kirameki Cables a inauguré lundi à Pitesti, en Roumanie, une usine de "
        "45 millions d'euros.\n\n"
        "Au Maroc, Kirameki exploite depuis 2024 une usine à Kénitra. Le site emploie 1.100 personnes.\n",
        published_year=2026,
    )
    assert found["1.100 personnes"]["countries"] == ["JP", "MA"]


def test_a_company_by_its_nationality_alone_at_work_in_part_of_a_third_country():
    found = figures(
        "Le chinois Lanqi ouvre une usine en Serbie, le Maroc attendra\n"
        "Le fabricant chinois de pneumatiques Lanqi Tyre a inauguré mardi à Zrenjanin, dans le nord de la Serbie, "
        "une usine d'une capacité de 60.000 tonnes par an.\n\n"
        "Le projet marocain du groupe, à Kénitra, reste en suspens.\n",
        published_year=2026,
    )
    assert found["60.000 tonnes"]["countries"] == ["CN", "RS"]


def test_a_headline_way_to_partners_is_the_home_countrys_with_them():
    found = figures(
        "Logistique : le port ouvre une nouvelle ligne vers la Norvège et la Finlande\n"
        "Le premier navire de la ligne a appareillé lundi.\n\n"
        "Le service transportera 48.000 conteneurs par an.\n\n"
        "Les exportateurs marocains y voient un débouché.\n",
        published_year=2026,
    )
    assert found["48.000 conteneurs"]["countries"] == ["FI", "MA", "NO"]


def test_a_headline_list_of_companies_of_several_countries_is_no_main_company():
    found = figures(
        "Automobile: Hyundai, Toyota et Stellantis poussent leurs fournisseurs au Maroc\n"
        "Le chiffre d'affaires à l'export de la filière a atteint 157 milliards de DH en 2025.\n\n"
        "La filière vise un taux d'intégration locale de 80% en 2030, contre 69% aujourd'hui.\n\n"
        "Stellantis s'approvisionne pour sa part au Maroc à hauteur de 1,2 milliard d'euros par an. Le groupe, dont "
        "le siège est à Amsterdam, aux Pays-Bas, a réalisé un chiffre d'affaires de 157 milliards d'euros en 2025.\n",
        published_year=2026,
    )
    assert found["80%"]["countries"] == ["MA"]
    assert found["157 milliards d'euros"]["countries"] == ["NL"]


def test_the_headline_focus_runs_over_a_list_of_names_to_the_end_of_its_clause():
    from econews.tasks.metrics.country_subjects import headline_focus_span

    companies = ((re.compile("Hyundai"), "KR"),)
    headline = "Automobile: Hyundai, Toyota et Stellantis poussent leurs fournisseurs en Egypte"
    assert headline[slice(*headline_focus_span(headline, companies))] == headline
    # (a clause that says more than a name still ends it)
    headline = "Automobile: Hyundai recrute, Toyota pousse ses fournisseurs en Egypte"
    assert headline[slice(*headline_focus_span(headline, companies))] == "Automobile: Hyundai recrute, "


def test_a_rival_lagging_behind_and_the_country_a_sentence_before_opened_on():
    found = figures(
        "Morocco and Egypt compete for car investment\n"
        "Morocco attracted $2.1 billion of automotive investment in 2025.\n\n"
        "Egypt lagged behind with $640 million, a 6% increase, as currency controls continued to deter investors. "
        "Egypt's investment authority reported 31 billion pounds of commitments, with Germany and China as the "
        "main sources. Some 1,200 foreign companies operate in the country.\n",
        language="en", published_year=2026,
    )
    assert found["$640 million"]["countries"] == ["EG"]
    assert found["1,200 foreign companies"]["countries"] == ["EG"]


def test_a_customer_named_after_its_nationality_and_a_retailer_taken_up_as_lenseigne():
    found = figures(
        "Textile: le portugais Fiação Norte investit 900 millions de DH à Fès pour servir l'allemand Kleidhaus\n"
        "Le groupe portugais Fiação Norte construira une usine à Fès.\n\n"
        "Kleidhaus, qui compte 800 magasins, s'est engagé à acheter la moitié de la production. L'enseigne "
        "réalise déjà 18% de ses achats au Maroc.\n",
        published_year=2026,
    )
    assert found["900 millions de DH"]["countries"] == ["MA", "PT"]
    assert found["18%"]["countries"] == ["DE", "MA"]


def test_a_source_market_among_a_regions_markets_a_rival_called_so_and_a_nationwide_count():
    found = figures(
        "Morocco Welcomes 7.1 Million Tourists in H1 as France Leads Source Markets\n"
        "Morocco received 7.1 million tourists in the first half of 2026.\n\n"
        "France remained the largest source market. The Netherlands posted the strongest growth among major "
        "European markets, with arrivals jumping 31% to 205,000. \"Capacity is the constraint,\" said an official. "
        "He warned that hotels have 270,000 classified beds nationwide.\n\n"
        "Turkey, Morocco's main competitor in the region, welcomed 24.1 million tourists over the same period.\n",
        language="en", published_year=2026,
    )
    assert found["31%"]["countries"] == ["MA", "NL"]
    assert found["270,000 classified beds"]["countries"] == ["MA"]
    assert found["24.1 million tourists"]["countries"] == ["TR"]


def test_a_foreign_company_taken_up_by_a_pronoun_at_work_in_its_own_country():
    found = figures(
        "Kénitra: l'équipementier italien Ferrotti inaugure une usine de 400 MDH\n"
        "L'équipementier italien Ferrotti a inauguré mardi une usine à Kénitra.\n\n"
        "Fondé en 1961 à Brescia, le groupe emploie 9.000 personnes. Il a annoncé l'an dernier la suppression de "
        "700 postes en Italie.\n",
        published_year=2026,
    )
    assert found["700 postes"]["countries"] == ["IT"]


def test_a_nationality_in_a_phrase_of_cause_is_not_the_figures():
    found = figures(
        "Kénitra: l'équipementier italien Ferrotti inaugure une usine de 400 MDH\n"
        "L'équipementier italien Ferrotti a inauguré mardi une usine à Kénitra.\n\n"
        "Fondé en 1961 à Brescia, en Italie, le groupe a réalisé un chiffre d'affaires de 2,2 milliards d'euros en "
        "2025, en recul de 3,4% en raison du ralentissement du marché automobile européen.\n",
        published_year=2026,
    )
    assert found["3,4%"]["countries"] == ["IT"]


def test_a_where_aside_after_a_list_of_countries_and_in_the_first_person():
    found = figures(
        "Kénitra: l'équipementier italien Ferrotti inaugure une usine de 400 MDH\n"
        "L'équipementier italien Ferrotti a inauguré mardi une usine à Kénitra.\n\n"
        "\"Nous avions étudié la Pologne et la Hongrie, où nous exploitons déjà 4 usines\", a expliqué son président.\n",
        published_year=2026,
    )
    assert found["4 usines"]["countries"] == ["HU", "IT", "PL"]


def test_a_foreign_groups_markets_and_their_shares_are_its_own():
    found = figures(
        "Kénitra: l'italien Ferrotti injecte 400 millions de DH dans une usine\n"
        "L'équipementier italien Ferrotti a posé mardi la première pierre de son usine à Kénitra.\n\n"
        "Fondé à Brescia, Ferrotti emploie 5.000 personnes. Ses principaux marchés restent la France, qui pèse 28% "
        "des ventes, l'Italie (22%) et le Mexique (9%).\n",
        published_year=2026,
    )
    assert found["28%"]["countries"] == ["FR", "IT"]
    assert found["22%"]["countries"] == ["IT"]
    assert found["9%"]["countries"] == ["IT", "MX"]


def test_a_partner_that_bought_in_a_contrast_is_a_buyer_of_the_home_country():
    found = figures(
        "OCP's third-quarter sales rise on Latin American demand\n"
        "OCP Group said its sales rose 12% in the third quarter.\n\n"
        "Argentina, the region's largest importer of fertilisers, took 800,000 tons of OCP products in the quarter "
        "ahead of its planting season, while Mexico bought 450,000 tons, mainly DAP.\n",
        language="en", published_year=2026,
    )
    assert found["450,000 tons"]["countries"] == ["MA", "MX"]


def test_rivals_shares_of_a_foreign_market_named_by_its_adjective():
    found = figures(
        "Engrais : OCP conforte sa place au Brésil\n"
        "OCP a livré 3,1 millions de tonnes au Brésil en 2025, soit 24% des importations brésiliennes d'engrais "
        "phosphatés, devant la Russie (17%) et la Chine (12%).\n",
        published_year=2026,
    )
    assert found["17%"]["countries"] == ["BR", "RU"]
    assert found["12%"]["countries"] == ["BR", "CN"]


def test_the_project_of_a_consortium_the_sentence_before_names_is_all_its_members():
    found = figures(
        "Morocco awards green hydrogen land to three consortia\n"
        "Morocco has awarded land to three green hydrogen consortia.\n\n"
        "The largest project goes to a consortium of Doha-based Qamar Energy and Denmark's Vindkraft Hydrogen, which "
        "plans to invest $8 billion in the Dakhla region. The project aims to produce 180,000 tons of green "
        "hydrogen a year by 2031.\n",
        language="en", published_year=2026,
    )
    assert found["180,000 tons"]["countries"] == ["DK", "MA", "QA"]


def test_a_companys_accounts_in_an_aside_are_not_its_projects_headcount():
    found = figures(
        "Germany's Nordwind to build green ammonia plant in Morocco\n"
        "Germany's Nordwind H2 will invest $3 billion in a 900 MW project near Tarfaya.\n\n"
        "Nordwind, which reported revenue of €1.9 billion in 2025, expects to employ about 900 people during "
        "construction and 250 once the plant is running.\n",
        language="en", published_year=2026,
    )
    assert found["900 people"]["countries"] == ["DE", "MA"]
    assert found["€1.9 billion"]["countries"] == ["DE"]


def test_an_event_that_dates_a_target_and_source_markets_ranked_after_a_home_city():
    found = figures(
        "Morocco Welcomes 8.1 Million Tourists to the End of July\n"
        "Morocco received 8.1 million tourists to the end of July.\n\n"
        "France remained the top source market with 2.2 million visitors. The Netherlands climbed to third place "
        "with 610,000 tourists, driven by new routes to Marrakech and Agadir, ahead of Belgium (420,000) and "
        "Italy (390,000).\n\n"
        "The ministry aims to attract 27 million tourists by 2030, when Morocco co-hosts the FIFA World Cup "
        "with Spain and Portugal.\n",
        language="en", published_year=2026,
    )
    assert found["420,000"]["countries"] == ["BE", "MA"]
    assert found["27 million tourists"]["countries"] == ["MA"]


def test_a_country_name_inside_a_regions_name_is_the_regions_country():
    found = figures(
        "US solar maker Helion to build panel plant in Morocco\n"
        "US solar maker Helion Solar will build a panel plant in Morocco.\n\n"
        "Helion already runs 2 GW of panel lines in New Mexico.\n",
        language="en", published_year=2026,
    )
    assert "MX" not in found["2 GW"]["countries"]


def test_a_foreign_companys_year_told_with_its_revenue_in_a_later_predicate_is_its_own():
    found = figures(
        "China's Lanxin to Build $900 Million Anode Plant in Morocco\n"
        "Lanxin Materials plans to invest $900 million in an anode plant at Jorf Lasfar.\n\n"
        "Lanxin shipped 180,000 tons of anode materials in 2025, up 12% from a year earlier, and reported revenue "
        "of 9.8 billion yuan.\n",
        language="en", published_year=2026,
    )
    assert found["180,000 tons"]["countries"] == ["CN"]
    assert found["12%"]["countries"] == ["CN"]


def test_a_foreign_funders_pledge_with_no_recipient_named_goes_to_the_articles_focus():
    found = figures(
        "Development lenders back Morocco-Senegal power link\n"
        "Lenders have pledged $3.1 billion for the power line linking Morocco and Senegal, the two grid operators said.\n\n"
        "Kuwait pledged $400 million through its development fund, and Japan committed $250 million in soft loans.\n\n"
        "Separately, Qatar has committed $700 million to Tunisia's solar programme.\n",
        language="en", published_year=2026,
    )
    assert found["$400 million"]["countries"] == ["KW", "MA", "SN"]
    assert found["$250 million"]["countries"] == ["JP", "MA", "SN"]
    assert "MA" not in found["$700 million"]["countries"]



def test_a_foreign_countrys_flow_to_another_foreign_country_is_theirs_alone():
    found = figures(
        "Agrumes : les exportations marocaines vers la Russie progressent\n"
        "Les exportations d'agrumes du Maroc vers la Russie ont atteint 410.000 tonnes en 2025.\n\n"
        "La concurrence reste vive. Les exportations d'oranges de l'Egypte vers l'UE ont bondi de 14% sur la campagne.\n",
        language="fr", published_year=2026,
    )
    assert found["14%"]["countries"] == ["EG", "EU"]


def test_a_regions_demonym_in_the_headline_makes_its_country_the_partner():
    found = figures(
        "Catalan exports to Morocco climb to a record €3.1 billion\n"
        "Sales to Morocco reached €3.1 billion in 2025, the regional trade agency said.\n\n"
        "The region's trade surplus widened to €1.4 billion.\n",
        language="en", published_year=2026,
    )
    assert found["€1.4 billion"]["countries"] == ["ES", "MA"]


def test_figures_compared_each_for_a_country_of_their_own_are_not_the_home_countrys():
    found = figures(
        "IMF lifts Morocco's 2026 growth forecast to 4%\n"
        "The IMF now expects Morocco's economy to grow 4% in 2026.\n\n"
        "Morocco's outlook compares with growth of 3.8% for Egypt, 1.9% for Tunisia and 2.4% for Jordan.\n",
        language="en", published_year=2026,
    )
    assert found["3.8%"]["countries"] == ["EG"]
    assert found["1.9%"]["countries"] == ["TN"]
    assert found["2.4%"]["countries"] == ["JO"]


def test_countries_ranked_by_a_thing_of_their_own_are_not_the_home_countrys_partners():
    found = figures(
        "Le FMI renouvelle la ligne de précaution du Maroc\n"
        "Le FMI a renouvelé la ligne de précaution du Maroc pour 5 milliards de dollars.\n\n"
        "Le Brésil détient les réserves les plus élevées de la région, à 350 milliards de dollars, "
        "devant le Pérou (75 milliards) et l'Uruguay (16 milliards).\n",
        language="fr", published_year=2026,
    )
    assert found["350 milliards de dollars"]["countries"] == ["BR"]
    assert found["75 milliards"]["countries"] == ["PE"]
    assert found["16 milliards"]["countries"] == ["UY"]


def test_a_possessive_share_goes_on_about_the_figure_before():
    found = figures(
        "Les exportations marocaines d'agrumes progressent\n"
        "Les exportations d'agrumes du Maroc ont atteint 6,1 milliards de dirhams en 2025.\n\n"
        "Les ventes vers le Canada ont bondi de 31%. Sa part dans les exportations passe ainsi de 4,2% à 5,6%.\n\n"
        "China supplied about 30% of the EU's magnesium imports last year. Its share fell to 24% in the first half.\n",
        language="fr", published_year=2026,
    )
    assert found["4,2%"]["countries"] == ["CA", "MA"]
    assert found["5,6%"]["countries"] == ["CA", "MA"]
    assert found["24%"]["countries"] == ["CN", "EU"]


def test_a_whose_clause_after_a_bracketed_figure_is_its_antecedents_with_the_partner_it_names():
    found = figures(
        "Les tomates marocaines gagnent le marché britannique\n"
        "Le Maroc a expédié 140.000 tonnes de tomates vers le Royaume-Uni en 2025.\n\n"
        "Le Royaume détient 38% des importations britanniques de tomates, devant les Pays-Bas (22%), "
        "dont les volumes vers le Royaume-Uni ont reculé de 15% en trois ans.\n",
        language="fr", published_year=2026,
    )
    assert found["15%"]["countries"] == ["GB", "NL"]


def test_the_continents_share_of_a_home_flow_is_the_home_countrys():
    found = figures(
        "Les exportations marocaines de câbles en hausse\n"
        "Les exportations de câbles du Maroc ont atteint 9 milliards de dirhams en 2025.\n\n"
        "Le continent absorbe désormais 23% des ventes à l'étranger du secteur. "
        "Le continent importe encore près de 70% des câbles qu'il consomme.\n",
        language="fr", published_year=2026,
    )
    assert found["23%"]["countries"] == ["MA"]
    assert found["70%"]["countries"] == []


def test_what_is_shared_with_another_country_is_its_too():
    found = figures(
        "La Mauritanie accélère dans le gaz\n"
        "La Mauritanie a signé de nouveaux permis d'exploration.\n\n"
        "Son économie a crû de 4,8% en 2025 et le gisement de Banda, partagé avec le Sénégal, a produit 1,1 million de tonnes.\n",
        language="fr", published_year=2026,
    )
    assert found["1,1 million de tonnes"]["countries"] == ["MR", "SN"]
    assert [f for f in extract_metrics(
        "La Mauritanie accélère dans le gaz\nL'économie mauritanienne, portée par le gisement de Banda, "
        "partagé avec le Sénégal, a crû de 4,8% en 2025.\n", doc_id="d", language="fr", published_year=2026,
    ) if f["text"] == "4,8%"][0]["countries"] == ["MR"]


def test_a_neighbouring_rival_competing_for_the_same_buyers_is_said_of_abroad():
    found = figures(
        "Morocco's date exports climb\n"
        "Morocco exported 52,000 tonnes of dates in 2025, the agriculture ministry said.\n\n"
        "Neighbouring Algeria, which competes for the same French and Spanish buyers, exported 120,000 tonnes "
        "of dates last year.\n",
        language="en", published_year=2026,
    )
    assert found["120,000 tonnes"]["countries"] == ["DZ"]


def test_a_headline_ranking_a_partner_of_the_home_flow_is_about_the_home_flow():
    found = figures(
        "Exportations d'agrumes : la Russie reste le premier débouché, le Canada progresse\n"
        "Les exportations d'agrumes du Maroc ont atteint 780.000 tonnes sur la campagne, en hausse de 6%.\n\n"
        "Les clémentines représentent 41% des volumes expédiés.\n",
        language="fr", published_year=2026,
    )
    assert found["780.000 tonnes"]["countries"] == ["MA"]
    assert found["41%"]["countries"] == ["MA"]


def test_a_foreign_economys_reserves_reported_by_a_home_source_are_its_own():
    found = figures(
        "Les avoirs de réserve du Maroc en hausse\n"
        "Les avoirs officiels de réserve du Maroc ont atteint 390 milliards de dirhams à fin juin.\n\n"
        "Au niveau régional, la Banque centrale relève que les réserves de change de la Jordanie ont atteint "
        "21 milliards de dollars, alors que celles du Liban se sont établies à 10 milliards de dollars.\n",
        language="fr", published_year=2026,
    )
    assert found["21 milliards de dollars"]["countries"] == ["JO"]
    assert found["10 milliards de dollars"]["countries"] == ["LB"]


def test_a_home_zone_named_and_called_a_zone_in_an_apposition_is_the_home_countrys():
    found = figures(
        "Korea's Hanmi Cables to Build Plant in Morocco\n"
        "South Korea's Hanmi Cables will invest $120 million in a cable plant near Kenitra.\n\n"
        "Morocco has drawn more than $3 billion of Korean investment pledges since 2023. "
        "Atlantic Park, a 1,200-hectare industrial park north of Kenitra, hosts 42 companies so far.\n",
        language="en", published_year=2026,
    )
    assert found["1,200-hectare"]["countries"] == ["MA"]
    assert found["42 companies"]["countries"] == ["MA"]


def test_imports_from_a_country_are_the_importers_the_sentence_opens_on():
    found = figures(
        "Morocco's steel mills brace for competition\n"
        "Moroccan mills produced 2.1 million tonnes of steel in 2025.\n\n"
        "The European Commission raised safeguard duties in March, after imports from Vietnam climbed to "
        "4.2 million tonnes.\n",
        language="en", published_year=2026,
    )
    assert found["4.2 million tonnes"]["countries"] == ["EU", "VN"]


def test_a_compared_figure_for_a_country_of_its_own_is_not_the_home_flows():
    found = figures(
        "Huile d'olive : le Maroc mise sur le conditionné\n"
        "Le Maroc a exporté 40.000 tonnes d'huile d'olive en 2025.\n\n"
        "Le vrac représente encore 70% des exportations marocaines, contre 48% pour l'Espagne.\n",
        language="fr", published_year=2026,
    )
    assert found["48%"]["countries"] == ["ES"]
    assert found["70%"]["countries"] == ["MA"]


def test_a_which_clause_on_a_countrys_market_is_that_countrys():
    found = figures(
        "Moroccan-built cars gain ground in Italy\n"
        "Italian buyers registered 41,000 cars made in Morocco in 2025.\n\n"
        "Moroccan-built vehicles now account for 2.6% of Italy's new car market, which shrank 1.4% to 1.55 million "
        "units last year.\n",
        language="en", published_year=2026,
    )
    assert found["1.4%"]["countries"] == ["IT"]


def test_suppliers_ranked_in_a_foreign_market_are_that_markets_not_the_home_countrys():
    found = figures(
        "Morocco climbs among Italy's car suppliers\n"
        "Italian buyers registered 41,000 cars made in Morocco in 2025.\n\n"
        "Germany remained the biggest supplier of new cars to Italy with 310,000 units, followed by Spain "
        "(190,000) and France (150,000).\n",
        language="en", published_year=2026,
    )
    assert found["310,000 units"]["countries"] == ["DE", "IT"]
    assert found["190,000"]["countries"] == ["ES", "IT"]
    assert found["150,000"]["countries"] == ["FR", "IT"]


def test_a_home_companys_sales_set_abroad_are_the_home_countrys_with_that_country():
    found = figures(
        "OCP steps up fertilizer sales in West Africa\n"
        "Morocco's OCP shipped 1.9 million tonnes of fertilizer to West Africa in 2025, the group said.\n\n"
        "In Nigeria, sales rose 22% to 510,000 tonnes, helped by a subsidy that cut the price of a bag to "
        "18,000 naira.\n",
        language="en", published_year=2026,
    )
    assert found["510,000 tonnes"]["countries"] == ["MA", "NG"]
    assert found["18,000 naira"]["countries"] == ["NG"]


def test_the_n_countries_of_an_agreement_include_the_home_country():
    found = figures(
        "Accord tripartite : le déficit du Maroc avec le Sénégal se creuse\n"
        "En 2025, les échanges du Maroc avec le Sénégal et la Côte d'Ivoire ont totalisé 6,2 milliards de dirhams.\n\n"
        "Réunis en mars, les ministres des trois pays visent 15 milliards de dirhams d'échanges d'ici 2030.\n",
        language="fr", published_year=2026,
    )
    assert found["15 milliards de dirhams"]["countries"] == ["CI", "MA", "SN"]


def test_a_lender_of_no_foreign_country_lends_to_the_focus_project():
    found = figures(
        "Lenders back the Morocco-Mauritania power link\n"
        "Lenders have agreed to finance the Morocco-Mauritania power link, the two grid operators said.\n\n"
        "The West African Development Bank will lend $150 million, while a group of Moroccan banks will provide "
        "1.2 billion dirhams in local-currency loans.\n",
        language="en", published_year=2026,
    )
    assert found["$150 million"]["countries"] == ["MA", "MR"]
    assert found["1.2 billion dirhams"]["countries"] == ["MA", "MR"]


def test_a_ranked_countrys_figure_told_with_it_is_its_own():
    found = figures(
        "Gulf investors step up in Morocco\n"
        "Gulf investors pledged $9 billion for Moroccan projects this year.\n\n"
        "Gulf countries accounted for 16% of foreign direct investment inflows into Morocco in 2025, behind Spain "
        "with 27%.\n",
        language="en", published_year=2026,
    )
    assert found["27%"]["countries"] == ["ES", "MA"]
    assert "ES" not in found["16%"]["countries"]


def test_a_figure_bracketed_after_a_home_place_is_the_home_countrys():
    found = figures(
        "Gaz : le Maroc importe via l'Espagne\n"
        "Le Maroc a importé 900 millions de m3 de gaz via l'Espagne en 2025.\n\n"
        "Regazéifié dans les terminaux espagnols, le gaz alimente la centrale de Tahaddart (384 MW).\n",
        language="fr", published_year=2026,
    )
    assert found["384 MW"]["countries"] == ["MA"]


def test_a_price_quoted_on_a_foreign_market_is_that_markets():
    found = figures(
        "Morocco's OCP lifts sales to Europe\n"
        "Morocco's OCP shipped 3.1 million tons of fertilizer to the EU in 2025.\n\n"
        "Triple superphosphate delivered to Spanish ports traded at $520 a ton in March, up from $470 a year earlier.\n",
        language="en", published_year=2026,
    )
    assert found["$520"]["countries"] == ["ES"]
    assert found["$470"]["countries"] == ["ES"]
    # (a price per unit said of a market by its price word, with no price verb)
    found = figures(
        "Morocco's OCP lifts sales to India\n"
        "Morocco's OCP shipped 2.4 million tons of fertilizer to India in 2025.\n\n"
        "Prices paid by Indian importers averaged $690 a ton of DAP in September.\n",
        language="en", published_year=2026,
    )
    assert found["$690"]["countries"] == ["IN"]


def test_the_wider_area_an_apposition_ranks_the_subject_in_is_not_the_figures():
    found = figures(
        "Morocco's sardine exports climb\n"
        "Morocco exported 180,000 tons of canned sardines in 2025.\n\n"
        "Italy, the European Union's biggest consumer of canned fish, imported 410,000 tons last year.\n",
        language="en", published_year=2026,
    )
    assert found["410,000 tons"]["countries"] == ["IT"]


def test_the_foreign_main_companys_business_as_a_whole_is_its_own_country_s():
    # the project is in the home country; the company's terminals in nine countries are its own
    found = figures(
        "Turkish Port Operator Wins Casablanca Terminal Deal\n\n"
        "Anatolia Port Holdings, the Istanbul-based terminal operator, won a concession to build a new "
        "container terminal at the port of Casablanca, Morocco's busiest.\n\n"
        "The project is expected to create about 650 direct jobs.\n\n"
        "Anatolia operates 14 terminals in 9 countries and handled 9.8 million TEUs last year.",
        language="en", published_year=2025)
    assert found["650 direct jobs"]["countries"] == ["MA", "TR"]
    assert found["14 terminals"]["countries"] == ["TR"]
    assert found["9 countries"]["countries"] == ["TR"]


def test_a_third_countrys_plant_placed_in_the_foreign_country_the_article_is_about():
    # an article about Egypt's car plan: a Chinese carmaker's plant in an Egyptian town is
    # Egypt's and China's, not the home country's, though the town names Egypt in the sentence
    found = figures(
        "L'Egypte veut produire 500.000 véhicules par an d'ici 2030 et défier le Maroc\n\n"
        "Le gouvernement égyptien a dévoilé dimanche au Caire une nouvelle stratégie automobile.\n\n"
        "Le Caire mise sur les constructeurs asiatiques. Le chinois Dongxu Motors a annoncé un investissement "
        "de 320 millions de dollars dans une usine à Ain Sokhna, d'une capacité de 60.000 véhicules.",
        published_year=2026)
    assert found["320 millions de dollars"]["countries"] == ["CN", "EG"]
    assert found["60.000 véhicules"]["countries"] == ["CN", "EG"]


def test_the_cfa_franc_of_west_or_central_africa_by_the_countries_around_it():
    found = figures(
        "Assurances : Massira entre au Cameroun\n\n"
        "La filiale ivoirienne, basée à Abidjan, sera dotée d'un capital de 10 milliards de FCFA. "
        "Celle de Douala disposera d'un capital de 6 milliards de FCFA. Au Gabon, les primes ont atteint "
        "142 milliards de FCFA. Au Sénégal, elles ont atteint 20 milliards de francs CFA.", published_year=2025)
    assert found["10 milliards de FCFA"]["unit"] == "XOF"  # Côte d'Ivoire: West Africa's franc
    assert found["6 milliards de FCFA"]["unit"] == "XAF"  # Douala, Cameroon: Central Africa's
    assert found["142 milliards de FCFA"]["unit"] == "XAF"
    assert found["20 milliards de francs CFA"]["unit"] == "XOF"


def test_bare_numbers_take_the_measure_they_count():
    found = figures(
        "Le contrat porte sur une unité d'une capacité de 300 millions de m3 par an, dont 250 millions destinés "
        "à l'eau potable et 50 millions à l'irrigation. Nourtel a réalisé 39 MMDH de revenus en 2025. En Côte "
        "d'Ivoire, le nombre d'abonnés a bondi de 12% pour atteindre 9,6 millions. Le groupe prévoit d'engager "
        "30 milliards de dirhams, avec l'objectif de porter à 70 millions le nombre de ses clients.",
        published_year=2026)
    assert found["250 millions"]["unit"] == "m3"  # a part of the capacity before it (not `de|stinés`)
    assert found["50 millions"]["unit"] == "m3"  # the breakdown's next part
    assert found["9,6 millions"]["unit"] == "count"  # subscribers, not the dirhams of the sentence before
    assert found["9,6 millions"]["period"] == "2025"  # the year of the rise it ends
    assert found["70 millions"]["unit"] == "count"  # `le nombre de ses clients` after it
    # (not after a figure in brackets: the breakdown goes on in euros)
    found = figures("la BEI accorde 620 millions d'euros, dont 380 millions pour l'usine de Tanger (100 millions "
                    "de m3 par an) et 240 millions pour le réseau.")
    assert found["240 millions"]["unit"] == "EUR"
    found = figures("It will handle 35 million tonnes of cargo, including 1 million TEU, and 1.2 million twenty-foot "
                    "equivalent units at the new terminal, worth 3.4 billion dirhams.", language="en")
    assert found["1 million TEU"]["unit"] == "count"
    assert [f["unit"] for t, f in found.items() if t.startswith("1.2 million")] == ["count"]


def test_seafarers_hired_are_jobs_and_branches_are_counted():
    found = figures("Quelque 140 marins et agents portuaires ont été recrutés, dont 35 à Abidjan et Dakar.")
    assert found["140 marins"]["unit"] == "jobs"
    assert found["35"]["unit"] == "jobs"
    assert figures("Le navire compte 12 marins.")["12 marins"]["unit"] == "count"  # no employment said
    found = figures("It employs 1,150 people across 58 branches.", language="en")
    assert found["1,150 people"]["unit"] == "jobs"
    assert found["58 branches"]["unit"] == "count"


def test_a_level_below_a_countrys_own_and_its_epithet_are_that_countrys():
    found = figures(
        "Morocco tourism record\n\nMorocco welcomed 17.4 million tourists in 2025.\n\n"
        "Tourism receipts rose 9 percent to a record 124 billion dirhams, the ministry said, still below "
        "Egypt's $16.7 billion, as visitors to the North African country spend more per trip on Nile cruises.",
        language="en", published_year=2026)
    assert found["124 billion dirhams"]["countries"] == ["MA"]
    assert found["9 percent"]["countries"] == ["MA"]
    assert found["$16.7 billion"]["countries"] == ["EG"]
    # (`under` a programme is no comparison)
    found = figures("Nordhavn is one of six consortia selected under the Offre Maroc programme, with 300,000 "
                    "hectares.", language="en")
    assert found["300,000 hectares"]["countries"] == ["MA"]


def test_agreements_a_foreign_country_signed_are_no_grant_to_the_home_country():
    found = figures(
        "Ammoniac vert : le port d'Anvers mise sur le Sud marocain\n\n"
        "Le Royaume et la Belgique franchissent une nouvelle étape.\n\n"
        "Le Maroc n'est pas le seul candidat. L'Allemagne a déjà conclu avec l'Egypte et la Namibie des accords "
        "portant sur plus de 2 millions de tonnes par an, et Oman vise 1,25 million de tonnes d'hydrogène vert "
        "d'ici 2030.", published_year=2026)
    assert found["2 millions de tonnes"]["countries"] == ["DE", "EG", "NA"]
    assert found["1,25 million de tonnes"]["countries"] == ["OM"]


def test_a_compared_figure_placed_in_a_list_of_countries_is_all_of_theirs():
    found = figures(
        "Ammoniac vert : le Maroc mise sur le Sud\n\nLe Royaume investit.\n\n"
        "Le coût de production visé est de 650 dollars la tonne, contre près de 900 dollars en Belgique et aux "
        "Pays-Bas.", published_year=2026)
    assert found["650 dollars"]["countries"] == ["MA"]
    assert found["900 dollars"]["countries"] == ["BE", "NL"]


def test_a_foreign_rivals_business_told_in_an_aside_after_its_name_is_its_own():
    found = figures(
        "Télécoms : Nourtel accélère en Afrique\n\nLe groupe marocain Nourtel a réalisé 39 MMDH.\n\n"
        "Sur le continent, Nourtel reste toutefois loin derrière le sud-africain Vantel Group, qui revendique "
        "290 millions de clients dans 19 pays, et le nigérian Kora Mobile, présent dans 8 pays avec 74 millions "
        "d'abonnés.", published_year=2026)
    assert found["19 pays"]["countries"] == ["ZA"]
    assert found["8 pays"]["countries"] == ["NG"]
    # (not an aside on the company's project in the home country)
    found = figures(
        "Chinese battery makers flock to Morocco\n\nMorocco is drawing battery investment.\n\n"
        "The Chinese company Hailong Energy, which will employ 3,200 people at Kenitra, signed the deal.",
        language="en", published_year=2026)
    assert found["3,200 people"]["countries"] == ["CN", "MA"]


def test_the_figure_of_a_gapped_clause_is_its_places():
    found = figures(
        "Croisières : le Maroc bat son record\n\nLe Royaume a reçu 1,1 million de croisiéristes.\n\n"
        "Le port de Barcelone a reçu 3,6 millions de croisiéristes en 2025 et celui de Civitavecchia, près de "
        "Rome, 3,3 millions.", published_year=2026)
    assert found["3,6 millions"]["countries"] == ["ES"]
    assert found["3,3 millions"]["countries"] == ["IT"]
    found = figures(
        "Une ligne maritime relie Casablanca à Dakar\n\nLe Maroc lance une ligne.\n\n"
        "Le Port autonome d'Abidjan a manutentionné 1,1 million d'EVP et celui de Dakar 720.000 EVP.",
        published_year=2026)
    assert found["720.000 EVP"]["countries"] == ["SN"]


def test_visitors_counted_by_nationality_are_theirs_and_their_hosts():
    found = figures(
        "Morocco tourism record\n\nMorocco welcomed 17.4 million tourists in 2025.\n\n"
        "Elsewhere on the continent, Tunisia received 11.3 million tourists, including 4.1 million Algerians and "
        "2.9 million Libyans, and South Africa 8.9 million.",
        language="en", published_year=2026)
    assert found["4.1 million"]["countries"] == ["DZ", "TN"]  # to Tunisia, its host, not the home country
    found = figures(
        "Tourisme : un record\n\nLe Maroc a accueilli 17,4 millions de touristes, dont 3,1 millions de Français et "
        "2,7 millions d'Espagnols.", published_year=2026)
    assert found["3,1 millions"]["countries"] == ["FR", "MA"]  # not the Spaniards counted next
    assert found["2,7 millions"]["countries"] == ["ES", "MA"]


def test_each_compared_figure_of_a_list_is_the_country_s_it_is_given_for():
    found = figures(
        "Recettes voyages : un record\n\nLes recettes du Maroc ont atteint 112 MMDH.\n\n"
        "Les Britanniques affichent la dépense moyenne la plus élevée, avec 11.200 DH par séjour, contre 7.400 DH "
        "pour les Français et 5.900 DH pour les Espagnols.", published_year=2026)
    assert found["7.400 DH"]["countries"] == ["FR", "MA"]
    assert found["5.900 DH"]["countries"] == ["ES", "MA"]


def test_a_partner_taking_its_share_after_the_whole_is_not_the_wholes():
    found = figures(
        "Morocco car exports to Britain\n\nMorocco shipped cars to Britain.\n\n"
        "Cars are Morocco's top export, worth 157.6 billion dirhams in 2024, with the European Union taking about "
        "85% of shipments.", language="en", published_year=2025)
    assert found["157.6 billion dirhams"]["countries"] == ["MA"]
    assert found["85%"]["countries"] == ["EU", "MA"]


def test_respectively_pairs_the_figures_with_the_countries_not_ranked_against():
    found = figures(
        "Britain imports more cars from Morocco\n\nMorocco became the UK's second car supplier.\n\n"
        "Turkey and the Czech Republic slipped behind Morocco with 93,200 and 88,500 cars respectively.",
        language="en", published_year=2025)
    assert "TR" in found["93,200"]["countries"] and "CZ" not in found["93,200"]["countries"]
    assert "CZ" in found["88,500 cars"]["countries"] and "TR" not in found["88,500 cars"]["countries"]


def test_a_forecast_takes_no_period_from_the_sentences_before_it():
    found = figures(
        "Kénitra : un triturateur brésilien s'installe\n\nLe groupe investit 1,2 milliard de dirhams.\n\n"
        "L'unité, dont l'entrée en service est prévue au premier trimestre 2028, aura une capacité de 600.000 "
        "tonnes de graines par an. Elle devrait créer 320 emplois directs.", published_year=2025)
    assert found["320 emplois"]["qualifier"] == "forecast"
    assert found["320 emplois"]["period"] is None  # not the plant's opening quarter


def test_currencies_of_african_and_european_partners_by_their_own_names():
    units = {t: f["unit"] for t, f in figures(
        "Le salaire minimum roumain est de 4.050 lei. Eskom a perdu 500 millions de rands. Le Ghana a levé "
        "3 milliards de cedis, l'Ethiopie 120 milliards de birr.").items()}
    assert units == {"4.050 lei": "RON", "500 millions de rands": "ZAR", "3 milliards de cedis": "GHS",
                     "120 milliards de birr": "ETB"}
    found = figures("Kenya raised 20 billion shillings, Poland spent 280 million zlotys and Turkey 10 billion liras.",
                    language="en")
    assert [f["unit"] for f in found.values()] == ["KES", "PLN", "TRY"]


def test_a_list_of_countries_is_not_the_next_sentences_subject():
    # The sentence before names three destinations in passing: the capacity is the article's
    # (a Korean plant in Morocco), unless the next sentence takes the list up (`Ces trois pays`).
    found = figures(
        "Automobile : le coréen Hanil ouvre une usine de sièges à Tanger\n"
        "Le coréen Hanil a inauguré mardi son usine de sièges de Tanger, un investissement de 60 millions d'euros.\n"
        "Le site exportera vers l'Espagne, la France et l'Italie. Le démarrage est prévu en 2026 avec une "
        "capacité de 50.000 unités. Ces trois pays absorbent 70% de la production automobile marocaine.",
        published_year=2025,
    )
    assert found["50.000 unités"]["countries"] == ["KR", "MA"]
    assert found["70%"]["countries"] == ["ES", "FR", "IT", "MA"]


def test_a_share_after_dotted_initials_stays_in_its_sentence():
    found = figures(
        "The European Union absorbed 68% of Morocco's fruit exports, and the U.K. 21%, the ministry said.",
        language="en", published_year=2025,
    )
    assert found["21%"]["countries"] == ["GB", "MA"]


def test_a_home_aggregate_with_no_partner_is_not_the_focus_countrys():
    # An article on wheat bought from France: the home harvest is the home country's alone,
    # a flow tied to the partner (`vers ce marché`) still takes the article's focus.
    found = figures(
        "Céréales : la France reste le premier fournisseur de blé du Maroc\n"
        "Le Maroc a importé 2,1 millions de tonnes de blé tendre français sur les dix premiers mois.\n\n"
        "La récolte céréalière de 2026 est attendue à 55 millions de quintaux, contre 31 millions en 2025. "
        "Les exportations vers ce marché ont atteint 3 milliards de dirhams.",
        published_year=2026,
    )
    assert found["55 millions de quintaux"]["countries"] == ["MA"]
    assert found["31 millions"]["countries"] == ["MA"]
    assert found["3 milliards de dirhams"]["countries"] == ["FR", "MA"]


def test_a_count_told_against_a_year_before_is_dated():
    # A count is no flow and has no period of its own, but told against its own value a year
    # before it is the article's period's, and that value the year before's.
    found = figures(
        "Croisières : Casablanca a reçu 300.000 passagers en 2025\n"
        "Le port de Casablanca a accueilli 300.000 croisiéristes en 2025, selon l'ANP.\n"
        "Le nombre d'escales a atteint 412, contre 338 un an plus tôt. Le port compte 14 terminaux, dont 3 nouveaux.",
        published_year=2026, published_month=1,
    )
    assert found["412"]["period"] == "2025"
    assert found["338"]["period"] == "2024"
    assert found["14 terminaux"]["period"] is None


def test_a_figure_in_a_relative_on_a_country_is_that_countrys():
    # `le port de Nouadhibou, où ...`: the relative clause is about the place abroad it hangs
    # on, not about the home country the article is about.
    found = figures(
        "Ports : Tanger Med dépasse les 10 millions de conteneurs\n"
        "Tanger Med a traité 10,2 millions de conteneurs en 2024. La Mauritanie agrandit le port de "
        "Nouadhibou, où un terminal de 320 millions de dollars est financé par la Chine.",
        published_year=2025,
    )
    assert found["320 millions de dollars"]["countries"] == ["CN", "MR"]
    assert found["10,2 millions de conteneurs"]["countries"] == ["MA"]


def test_a_country_subjects_figure_after_its_aside_is_that_countrys():
    found = figures(
        "Automobile : le Maroc a produit 560.000 véhicules en 2024\n"
        "Le Maroc a produit 560.000 véhicules en 2024, selon l'AMICA. La Roumanie, autre destination "
        "des constructeurs européens, a assemblé 513.000 voitures la même année.",
        published_year=2025,
    )
    assert found["513.000 voitures"]["countries"] == ["RO"]


def test_a_foreign_economys_figure_in_a_home_article_is_not_the_home_countrys():
    # A sentence about a foreign economy alone (no home name, place, money or flow) is that
    # country's; a flow in the same article keeps both.
    found = figures(
        "Le Maroc et le Sénégal renforcent leurs liens économiques\n"
        "Le Maroc et le Sénégal ont signé 12 accords à Dakar. Les économistes de la BAD tablent sur une "
        "croissance de 8,4% au Sénégal en 2025. Les exportations vers le Sénégal ont atteint 2 milliards de dirhams.",
        published_year=2025,
    )
    assert found["8,4%"]["countries"] == ["SN"]
    assert found["2 milliards de dirhams"]["countries"] == ["MA", "SN"]


def test_a_home_national_statistic_is_the_home_countrys_alone():
    # An article on a German investor: its project is bilateral, the nation's electricity
    # demand, in a sentence that names no foreign country, is the home country's.
    found = figures(
        "Energie : l'allemand Windkraft construira un parc éolien à Tarfaya\n"
        "Le groupe allemand Windkraft investira 400 millions d'euros dans un parc éolien de 300 MW à Tarfaya. "
        "Le projet intervient alors que la demande d'électricité a progressé de 5,2% en 2025, à 45 TWh.",
        published_year=2026,
    )
    assert found["5,2%"]["countries"] == ["MA"]
    assert found["45 TWh"]["countries"] == ["MA"]
    assert found["400 millions d'euros"]["countries"] == ["DE", "MA"]


def test_a_partners_share_of_a_home_flow_told_before_has_both_countries():
    # `L'Espagne absorbe 41% de ses ventes`: Spain's share of the home company's sales, not a
    # figure of Spain alone; a foreign country's own flow (`ses exportations`) stays its own.
    found = figures(
        "Textile : les exportations de Tanger Denim progressent\n"
        "Tanger Denim a exporté pour 90 millions d'euros en 2025. L'Espagne absorbe à elle seule 41% de ses ventes, "
        "devant la France. La Turquie, premier fournisseur de l'Europe, a vu ses exportations chuter de 6,8% en 2025.",
        published_year=2026,
    )
    assert found["41%"]["countries"] == ["ES", "MA"]
    assert found["6,8%"]["countries"] == ["TR"]


def test_a_foreign_companys_target_in_a_home_article_is_its_projects():
    # A sentence that names no country: the Turkish group's export target is its Moroccan
    # plant's, both countries.
    found = figures(
        "Textile : le turc Bursa Denim ouvre une usine à Fès\n"
        "Le groupe turc Bursa Denim a inauguré une usine de tissage à Fès. "
        "Le groupe vise un chiffre d'affaires à l'export de 80 millions d'euros dès 2030.",
        published_year=2026,
    )
    assert found["80 millions d'euros"]["countries"] == ["MA", "TR"]


def test_a_national_facility_in_a_foreign_companys_article_is_the_home_countrys():
    found = figures(
        "Eau : l'espagnol Hidrosur construira une station à Agadir\n"
        "Le groupe espagnol Hidrosur construira une station de dessalement à Agadir pour 3 milliards de dirhams. "
        "Le projet s'ajoute à la station de dessalement de Chtouka, dont la capacité doit passer de 275.000 m3 "
        "à 400.000 m3 par jour.",
        published_year=2026,
    )
    assert found["275.000 m3"]["countries"] == ["MA"]
    assert found["400.000 m3"]["countries"] == ["MA"]
    assert found["3 milliards de dirhams"]["countries"] == ["ES", "MA"]


def test_a_city_abroad_in_the_figures_clause_gives_its_country():
    # A home figure whose clause goes to a city abroad is that country's too; a figure inside a
    # relative on the subject does not take the city of the main clause.
    found = figures(
        "Logistique : les exportateurs marocains peinent à atteindre l'Afrique de l'Ouest\n"
        "Pour l'Asmex, le principal frein reste logistique : acheminer un conteneur de Casablanca à Abidjan "
        "coûte en moyenne 2.900 dollars et prend 12 jours.",
        published_year=2026,
    )
    assert found["2.900 dollars"]["countries"] == ["CI", "MA"]
    group = figures(
        "Ciment : le groupe marocain Atlas Ciments accélère en Afrique\n"
        "Le groupe, qui a réalisé un chiffre d'affaires de 3,4 milliards de dirhams, dont 22% à l'international, "
        "dispose déjà d'une unité de broyage à Dakar depuis 2019.",
        published_year=2026,
    )
    assert group["3,4 milliards de dirhams"]["countries"] == ["MA"]


def test_a_unit_set_up_abroad_taken_up_by_its_noun_keeps_its_country():
    found = figures(
        "Banque : le groupe marocain Atlas Bank s'installe au Rwanda\n"
        "Atlas Bank a obtenu l'agrément pour une filiale à Kigali. La filiale démarrera avec un capital de "
        "35 millions de dollars et recrutera 180 personnes.",
        published_year=2026,
    )
    assert found["35 millions de dollars"]["countries"] == ["MA", "RW"]
    assert found["180 personnes"]["countries"] == ["MA", "RW"]


def test_a_foreign_countrys_own_output_set_at_its_figure_is_its_alone():
    found = figures(
        "Aquaculture : le norvégien Havbruk investit 500 MDH dans une ferme marine à Agadir\n"
        "Le groupe norvégien Havbruk va construire une ferme marine à Agadir, a annoncé l'ANDA.\n\n"
        "Le potentiel reste inexploité. Le Maroc dispose de 3.500 km de côtes, selon l'agence.\n\n"
        "En attendant, le Royaume importe encore près de 8.000 tonnes de bar par an, surtout d'Espagne, de Grèce et "
        "de Turquie. La Turquie, premier producteur méditerranéen, en a produit 300.000 tonnes en 2025, et la Grèce "
        "140.000 tonnes.",
        published_year=2026,
    )
    assert found["140.000 tonnes"]["countries"] == ["GR"]
    # (the home country's imports with the partners told right after them: a flow between them)
    assert found["8.000 tonnes"]["countries"] == ["ES", "GR", "MA", "TR"]
    found = figures(
        "Batteries : le Maroc attire les producteurs de cathodes\n"
        "Le Maroc compte trois projets de cathodes en construction.\n\n"
        "La Hongrie représente pour sa part 31% des capacités européennes de cathodes, devant la Pologne (22%).",
        published_year=2026,
    )
    assert found["22%"]["countries"] == ["PL"]


def test_a_foreign_countrys_own_power_or_capacity_told_by_a_verb_or_an_approximation_is_its_alone():
    # (`sources` of power are no trade partners; `installé`, `generated` tell a country's own
    # activity; a verb and `around`, `près de` may stand between a country and its figure)
    found = figures(
        "Le Maroc vise 52% d'électricité renouvelable en 2030\n"
        "Le Maroc a mis en service trois parcs éoliens cette année.\n\n"
        "Le Portugal a tiré 61% de son électricité de sources renouvelables l'an dernier, et l'Espagne 49%.\n\n"
        "L'Allemagne a installé près de 12 GW de solaire en 2025.",
        published_year=2026,
    )
    assert found["49%"]["countries"] == ["ES"]
    assert found["12 GW"]["countries"] == ["DE"]
    found = figures(
        "Morocco's data centre capacity to reach 500 MW by 2030\n"
        "Morocco plans new data centres near Rabat.\n\n"
        "France has about 900 MW of data centre capacity, while Italy has roughly 300 MW and Greece around 90 MW.\n\n"
        "Portugal generated 58% of its electricity from renewable sources last year and Ireland 41%.\n\n"
        "Fishing, which employs some 400,000 people in Mauritania, will also gain from the new quay.",
        language="en", published_year=2026,
    )
    assert found["41%"]["countries"] == ["IE"]
    assert found["400,000 people"]["countries"] == ["MR"]
    assert found["90 MW"]["countries"] == ["GR"]
    assert found["300 MW"]["countries"] == ["IT"]


def test_a_home_groups_business_as_a_whole_is_the_home_countrys_not_its_markets_abroad():
    # (the group by its noun alone, with its workforce or its accounts: not the countries the
    # headline names as its markets)
    found = figures(
        "Equipementiers : les ventes aux usines d'Italie et de Turquie bondissent\n"
        "Les équipementiers installés au Maroc ont vendu davantage aux usines italiennes et turques de Fiat.\n\n"
        "Illustration de cette tendance, Atlas Câblage a décroché un contrat de 40 millions d'euros pour livrer "
        "l'usine de Turin.\n\n"
        "Le groupe compte actuellement 1.900 salariés sur 4 sites. Le groupe, qui vise 900 millions de DH de ventes "
        "en 2028, a réalisé un chiffre d'affaires de 610 millions de dirhams l'an dernier.",
        published_year=2026,
    )
    assert found["1.900 salariés"]["countries"] == ["MA"]
    assert found["4 sites"]["countries"] == ["MA"]
    assert found["610 millions de dirhams"]["countries"] == ["MA"]


def test_the_ranked_suppliers_of_a_foreign_country_trade_with_it_not_with_the_home_country():
    found = figures(
        "India's potash imports climb as Morocco's OCP courts its farmers\n"
        "OCP has opened an office in Mumbai.\n\n"
        "Belarus remained India's largest supplier with 3.2 million tonnes, followed by Israel, which shipped "
        "1.4 million tonnes, and Jordan with 0.9 million tonnes.",
        language="en", published_year=2026,
    )
    assert found["1.4 million tonnes"]["countries"] == ["IL", "IN"]
    assert found["0.9 million tonnes"]["countries"] == ["IN", "JO"]
    # (the partner an aside on it holds the figure of)
    found = figures(
        "Câblage : le Maroc grimpe au troisième rang des fournisseurs de l'UE\n"
        "Les exportations marocaines de câbles ont progressé l'an dernier.\n\n"
        "Le Royaume se classe au troisième rang des fournisseurs de l'UE, derrière la Roumanie et devant la "
        "Moldavie, dont les ventes ont reculé de 12% sous l'effet de la crise.",
        published_year=2026,
    )
    assert found["12%"]["countries"] == ["EU", "MD"]


def test_a_foreign_countrys_growth_told_by_growing_is_its_alone():
    found = figures(
        "World Bank raises Morocco's growth forecast\n"
        "The World Bank expects Morocco's economy to expand 3.9% in 2026.\n\n"
        "Among its neighbours, the bank sees Jordan growing 2.6% in 2026, held back by weak tourism.",
        language="en", published_year=2026,
    )
    assert found["2.6%"]["countries"] == ["JO"]


def test_a_figure_of_a_home_zone_in_a_relative_clause_hung_on_it_is_the_home_countrys():
    found = figures(
        "Ports: Spain's Algeciras loses ground to Morocco\n"
        "Algeciras handled fewer containers last year, its port authority said.\n\n"
        "Tanger Med, which handled 9.8 million TEUs in 2024, up 7%, now moves twice the volume of its Spanish rival.",
        language="en", published_year=2026,
    )
    assert found["9.8 million TEUs"]["countries"] == ["MA"]
    found = figures(
        "Automobile : le japonais Kurobe Denso agrandit ses usines au Maroc\n"
        "Le groupe japonais Kurobe Denso va agrandir ses usines au Maroc.\n\n"
        "Ses effectifs passeront à 4.100 personnes, réparties entre Kénitra et Tanger, où le groupe exploite "
        "une usine de 2.600 salariés.",
        published_year=2026,
    )
    # (a relative of place on a city: the group's site there, its own country kept)
    assert found["2.600 salariés"]["countries"] == ["JP", "MA"]


def test_an_export_flow_without_an_owner_is_the_home_countrys():
    found = figures(
        "Morocco's tomato exports hit a record\n"
        "Morocco shipped 745,000 tonnes of tomatoes in the 2025-26 season, up 8%.\n\n"
        "The Dutch share of its exports fell to 6% from 9% a year earlier.",
        language="en", published_year=2026,
    )
    assert found["6%"]["countries"] == ["MA", "NL"]
    assert found["9%"]["countries"] == ["MA", "NL"]
    found = figures(
        "Le Maroc gagne des parts de marché en Afrique de l'Ouest\n"
        "Les exportations marocaines d'engrais ont atteint 1,2 million de tonnes en 2025.\n\n"
        "Le Sénégal en a reçu 310.000 tonnes, tandis que les expéditions vers le Mali ont reculé de 5%.",
        published_year=2026,
    )
    assert found["310.000 tonnes"]["countries"] == ["MA", "SN"]
    # (a flow that has its owner is that owner's: not the home country's)
    found = figures(
        "Le Maroc gagne des parts de marché en Afrique de l'Ouest\n"
        "Les exportations marocaines d'engrais ont atteint 1,2 million de tonnes en 2025.\n\n"
        "La Russie a livré 400.000 tonnes au Sénégal, tandis que ses expéditions vers le Mali ont reculé de 5%.",
        published_year=2026,
    )
    assert "MA" not in found["400.000 tonnes"]["countries"]


def test_a_home_organisation_subject_keeps_the_home_country_in_a_share_or_a_comparison_abroad():
    found = figures(
        "OCP ships more fertiliser to Asia\n"
        "OCP supplies about 35% of Bangladesh's phosphate imports, the group said.",
        language="en", published_year=2026,
    )
    assert found["35%"]["countries"] == ["BD", "MA"]
    found = figures(
        "Engrais : l'OCP accroît ses livraisons en Amérique latine\n"
        "Sur les six premiers mois de 2026, l'OCP a livré 900.000 tonnes d'engrais en Argentine, "
        "contre 700.000 tonnes un an plus tôt.",
        published_year=2026,
    )
    assert found["900.000 tonnes"]["countries"] == ["AR", "MA"]


def test_a_site_placed_by_the_cities_it_is_near_or_in_takes_their_countries():
    found = figures(
        "Ciment : un groupe marocain s'implante en Afrique de l'Ouest\n"
        "Le cimentier marocain Atlas Ciments a mis en service une unité d'une capacité de 800.000 tonnes par an à "
        "Sébikotane, à 40 km de Dakar, pour un investissement de 90 milliards de FCFA.",
        published_year=2026,
    )
    assert found["800.000 tonnes"]["countries"] == ["MA", "SN"]
    found = figures(
        "Pharmacie : le groupe marocain Medika vise l'Afrique\n"
        "« Nos usines de Dakar, Abidjan et Kigali devraient réaliser 600 millions de dirhams de ventes d'ici 2030 », "
        "a affirmé sa présidente.",
        published_year=2026,
    )
    assert found["600 millions de dirhams"]["countries"] == ["CI", "MA", "RW", "SN"]
    found = figures(
        "Morocco's fuel imports from Spain rise\n"
        "Morocco bought €520 million worth of diesel from the Huelva and Algeciras refineries in 2025, customs data showed.",
        language="en", published_year=2026,
    )
    assert found["€520 million"]["countries"] == ["ES", "MA"]


def test_a_figure_in_a_paragraph_about_the_home_country_alone_leaves_the_headlines_partners():
    found = figures(
        "Engrais : la Chine et le Japon tirent les ventes de l'OCP\n"
        "Le groupe OCP a signé mardi à Tokyo un accord de fourniture avec le japonais Nippon Agri. Les livraisons "
        "vers la Chine ont aussi progressé.\n\n"
        "Les chiffres de l'Office des changes confirment la tendance. Les exportations de phosphates et dérivés ont "
        "atteint 68,3 MMDH sur les neuf premiers mois de l'année, en hausse de 12%. Les engrais en représentent 47,9 MMDH.",
        published_year=2026,
    )
    assert found["47,9 MMDH"]["countries"] == ["MA"]
    found = figures(
        "Moroccan lender Atlas Bank buys Senegalese bank for $210 million\n"
        "Moroccan lender Atlas Bank announced on Tuesday the acquisition of a 70% stake in Banque du Fleuve in Senegal "
        "for $210 million.\n\n"
        "At home, Morocco's bank lending grew 4.1% in the first nine months of 2026, according to Bank Al-Maghrib. "
        "Moroccan companies have invested more than 45 billion dirhams in the rest of Africa since 2016, mainly in telecoms.",
        language="en", published_year=2026,
    )
    assert found["45 billion dirhams"]["countries"] == ["MA"]
    assert found["70%"]["countries"] == ["MA", "SN"]


def test_a_foreign_country_opening_its_sentence_takes_the_home_countrys_place():
    found = figures(
        "Morocco's LNG imports set to rise as Spain reroutes cargoes\n"
        "Morocco imported 1.1 billion cubic meters of gas through the Maghreb-Europe pipeline in 2025, the energy "
        "ministry said.\n\n"
        "Italy itself imported 61 billion cubic meters of gas last year, with Qatar overtaking Russia as its largest "
        "LNG supplier at a 31% share.",
        language="en", published_year=2026,
    )
    assert found["31%"]["countries"] == ["IT", "QA"]
    found = figures(
        "Viande : le Maroc ouvre son marché\n"
        "Le Maroc a importé 30.000 têtes de bovins en 2025, selon l'Onssa.\n\n"
        "Côté argentin, les exportations de viande bovine ont atteint 900.000 tonnes en 2025, la Chine absorbant à "
        "elle seule 71% des volumes.",
        published_year=2026,
    )
    assert found["71%"]["countries"] == ["AR", "CN"]
    assert found["30.000 têtes"]["countries"] == ["MA"]


def test_a_possessive_opening_the_sentence_takes_up_the_foreign_subject_before():
    found = figures(
        "Hydrogène vert : le Maroc courtise les industriels européens\n"
        "Le Maroc a réservé 1 million d'hectares aux projets d'hydrogène vert.\n\n"
        "Les Pays-Bas ont relevé leurs ambitions l'an dernier. Sa stratégie nationale vise 8 GW de capacités "
        "d'électrolyse d'ici 2032.",
        published_year=2026,
    )
    assert found["8 GW"]["countries"] == ["NL"]
    assert found["1 million d'hectares"]["countries"] == ["MA"]


def test_a_duty_brussels_or_washington_imposes_on_third_country_goods_is_not_the_home_countrys():
    found = figures(
        "Automobile : un équipementier chinois choisit Tanger\n"
        "Le groupe chinois Jinyu va produire des pare-chocs à Tanger, a annoncé le ministère.\n\n"
        "Les droits antidumping de 18,4% imposés par l'Union européenne sur les pare-chocs chinois ont pesé dans la "
        "décision, les produits fabriqués au Maroc en étant exemptés.",
        published_year=2026,
    )
    assert found["18,4%"]["countries"] == ["CN", "EU"]
    # (a duty on the home country's own goods stays its)
    found = figures(
        "Engrais : l'OCP conteste les droits américains\n"
        "L'OCP avait été frappé par Washington de droits compensateurs de 16,8% sur ses engrais phosphatés.",
        published_year=2026,
    )
    assert "MA" in found["16,8%"]["countries"]


def test_europe_named_only_as_a_kind_of_buyers_is_not_the_union():
    found = figures(
        "Textile : les façonniers marocains réclament un fonds d'appui\n"
        "L'association plaide pour un fonds de 800 millions de DH et rappelle que le Maroc se trouve à deux jours de "
        "camion des entrepôts des grandes enseignes européennes.",
        published_year=2026,
    )
    assert found["800 millions de DH"]["countries"] == ["MA"]
    # (the Union as a party stays)
    found = figures(
        "Pêche : l'accord avec l'UE reconduit\n"
        "L'Union européenne versera 52 millions d'euros par an au Maroc au titre de l'accord de pêche.",
        published_year=2026,
    )
    assert found["52 millions d'euros"]["countries"] == ["EU", "MA"]


def test_a_party_told_by_its_role_and_nationality_replaces_the_countries_carried_over():
    found = figures(
        "Textile : l'usine italienne de Fès cherche un repreneur\n"
        "Le groupe italien Tessitura Moda a annoncé la fermeture de son usine de Fès.\n\n"
        "Le ministère de l'Industrie assure de son côté que l'usine pourrait être reprise par un investisseur "
        "espagnol, qui conserverait 150 postes.",
        published_year=2026,
    )
    assert found["150 postes"]["countries"] == ["ES", "MA"]


def test_a_home_groups_subsidiary_abroad_keeps_the_home_country():
    found = figures(
        "Banque : le groupe marocain Atlas Bank s'étend en Afrique centrale\n"
        "Le groupe marocain Atlas Bank poursuit son expansion au sud du Sahara.\n\n"
        "La filiale camerounaise, basée à Douala, sera dotée d'un capital de 12 milliards de FCFA.",
        published_year=2026,
    )
    assert found["12 milliards de FCFA"]["countries"] == ["CM", "MA"]


def test_a_foreign_partys_own_output_in_a_relative_clause_is_not_the_home_countrys():
    found = figures(
        "Blé : l'Ukraine veut reprendre pied au Maroc\n"
        "Le Maroc a importé 5,2 millions de tonnes de blé tendre en 2025.\n\n"
        "La Roumanie, qui a récolté 12,1 millions de tonnes de blé en 2025, mise aussi sur le marché marocain.",
        published_year=2026,
    )
    assert found["12,1 millions de tonnes"]["countries"] == ["RO"]


def test_a_national_rate_set_at_a_foreign_country_is_that_countrys_alone():
    found = figures(
        "Croissance : le Maroc mieux placé que ses voisins\n"
        "Selon le FMI, le PIB du Maroc devrait progresser de 3,9% en 2026.\n\n"
        "Selon Eurostat, le PIB de la zone euro n'a progressé que de 1,1% sur un an, avec 2,4% au Portugal et 0,6% en "
        "Italie, partenaires du Royaume.",
        published_year=2026,
    )
    assert found["2,4%"]["countries"] == ["PT"]
    assert found["0,6%"]["countries"] == ["IT"]
    assert found["3,9%"]["countries"] == ["MA"]
    found = figures(
        "Morocco's deficit to narrow in 2026\n"
        "Bank Al-Maghrib said on Tuesday the budget deficit would narrow.\n\n"
        "The central bank expects the current account deficit to narrow to 1.6% of GDP in 2026, compared with 4.8% "
        "expected for Tunisia, according to IMF forecasts.",
        language="en", published_year=2026,
    )
    assert found["4.8%"]["countries"] == ["TN"]
    assert found["1.6%"]["countries"] == ["MA"]


def test_the_things_a_home_flow_counted_taken_up_keep_the_home_country():
    found = figures(
        "Guerguerat : près de 100.000 camions vers la Mauritanie en 2025\n"
        "Le poste frontalier d'El Guerguerat, près de Dakhla, a enregistré en 2025 le passage de 98.400 camions de "
        "marchandises marocaines à destination de la Mauritanie, selon la douane.\n\n"
        "Ces camions ont transporté 1,62 million de tonnes de marchandises.",
        published_year=2026,
    )
    assert found["98.400 camions"]["countries"] == ["MA", "MR"]
    assert found["1,62 million de tonnes"]["countries"] == ["MA", "MR"]


def test_the_country_after_a_sentence_opening_on_the_kingdom_is_the_home_country():
    found = figures(
        "Morocco-UK power cable reaches financial close\n"
        "Morocco has been positioning itself as a green power exporter to Europe.\n\n"
        "The kingdom already exports electricity to Spain through two interconnectors across the Strait of Gibraltar. "
        "The country aims to raise the share of renewables in its electricity mix to 52% by 2030.",
        published_year=2026,
    )
    assert found["52%"]["countries"] == ["MA"]


def test_a_headline_on_goods_delivered_to_a_partner_makes_the_deals_figures_bilateral():
    # A headline on deliveries to one partner is one on trade with it, and the dirhams a sentence
    # converts a dollar amount into are the reader's currency, not a word about the home country:
    # the contract's price, told in a paragraph that names no country, is of the two.
    text = (
        "Engrais : l'OCP s'engage à livrer 3,2 millions de tonnes à l'Inde d'ici 2028\n\n"
        "New Delhi, 22 avril 2026 (MAP) - Le groupe OCP a signé mardi un accord avec des importateurs "
        "indiens portant sur la livraison de 3,2 millions de tonnes d'engrais phosphatés.\n\n"
        "La valeur totale des livraisons est estimée à près de 2,4 milliards de dollars, soit environ 23,8 "
        "milliards de dirhams aux cours actuels. Le prix de référence du DAP a été fixé à 620 dollars la "
        "tonne pour les premières cargaisons, contre 735 dollars lors du précédent contrat.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["620 dollars"]["countries"] == ["IN", "MA"]
    assert rows["735 dollars"]["countries"] == ["IN", "MA"]


def test_dirhams_converting_a_foreign_amount_do_not_name_the_home_country():
    from econews.tasks.metrics.country_clauses import _names_the_home_country

    assert not _names_the_home_country("Elle est estimée à 2,4 milliards de dollars, soit environ 23,8 milliards de dirhams.")
    assert not _names_the_home_country("The plant costs $450 million (about MAD 4.1 billion).")
    assert _names_the_home_country("Les exportations ont atteint 21,4 milliards de DH.")
    assert _names_the_home_country("The fund holds MAD 3 billion.")


AIRLINE = (
    "Royal Air Maroc orders up to 50 Boeing jets in fleet overhaul\n\n"
    "Casablanca (AFP) - Morocco's flag carrier Royal Air Maroc said Wednesday it had signed a firm order "
    "for 30 Boeing 737 MAX jets.\n\n"
    "For Boeing, the order is a boost. The US planemaker delivered 594 commercial aircraft in 2025, "
    "against 771 for European rival Airbus.\n\n"
    "Regional rivals are also expanding. EgyptAir has 97 aircraft in service, while Turkish Airlines, "
    "which operates more than 480 planes, ordered Boeing jets last year. Ethiopian Airlines plans to "
    "grow its fleet to 271 aircraft by 2035.\n"
)


def test_commercial_aircraft_are_no_trade_and_a_company_named_by_its_nationality_is_its_own_subject():
    rows = figures(AIRLINE, published_year=2026, language="en")
    # (`commercial` is no tie to the home country's trade)
    assert rows["594"]["countries"] == ["US"]
    # (a company whose name opens on its nationality is the subject of its own figure)
    assert rows["271 aircraft"]["countries"] == ["ET"]
    assert rows["480 planes"]["countries"] == ["TR"]


def test_a_known_foreign_company_is_found_whatever_the_case_of_its_name():
    text = (
        "Maroc-Chine : un déficit de près de 70 milliards de dirhams, mais des usines qui s'installent\n\n"
        "Les importations en provenance de Chine ont atteint 78,4 milliards de dirhams en 2025.\n\n"
        "A Kénitra également, CITIC Dicastal a porté à 12 millions de jantes par an la capacité de son "
        "usine, après une extension de 1,1 milliard de dirhams.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["1,1 milliard de dirhams"]["countries"] == ["CN", "MA"]


def test_a_balance_in_the_headline_is_trade_with_its_partner_and_soit_tells_the_same_amount():
    text = (
        "Maroc-Chine : un déficit de près de 70 milliards de dirhams\n\n"
        "Le déficit bilatéral s'est creusé à 69,2 MMDH. Les exportations marocaines, composées de "
        "phosphates, n'ont progressé que de 2,1%.\n\n"
        "Le Japon en a absorbé 11.200 tonnes pour une valeur de 1,9 MMDH, soit une hausse de 22% en valeur.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["2,1%"]["countries"] == ["CN", "MA"]
    assert rows["22%"]["countries"] == rows["1,9 MMDH"]["countries"]


def test_the_government_after_a_sentence_about_a_foreign_country_is_that_countrys():
    text = (
        "Xlinks Morocco-UK power project secures funding\n\n"
        "The project will deliver 3.6 GW of power from Morocco to Britain.\n\n"
        "Britain imported a record 33.5 TWh of electricity in 2025, mostly from France. The government "
        "wants 95% of its power to come from clean sources by 2030.\n"
    )
    rows = figures(text, published_year=2026, language="en")
    assert rows["95%"]["countries"] == ["GB"]
    # (after a sentence about the home country, the government stays the home country's)
    home = text.replace("Britain imported a record", "Morocco imported a record")
    assert figures(home, published_year=2026, language="en")["95%"]["countries"] != ["GB"]


def test_a_company_listed_abroad_and_its_plants_in_provinces_abroad_are_its_countrys():
    text = (
        "Cathodes : le chinois Hunan Yuneng s'installe à Jorf Lasfar\n\n"
        "Le chinois Hunan Yuneng va construire une usine de cathodes à Jorf Lasfar pour 2 milliards de dirhams.\n\n"
        "Le groupe, coté à Shenzhen, exploite 9 usines dans les provinces du Hunan et du Guizhou, pour une "
        "capacité de 420.000 tonnes.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["9 usines"]["countries"] == ["CN"]
    assert rows["420.000 tonnes"]["countries"] == ["CN"]


def test_what_a_speaker_goes_on_to_report_has_its_own_subject():
    text = (
        "Morocco and Egypt race for tourists\n\n"
        "Morocco received 17.4 million tourists in 2025.\n\n"
        "\"We are no longer competing only with Tunisia, but with Turkey and Spain,\" Tourism Minister "
        "Fatim-Zahra Ammor told AFP, noting that Spain drew 97 million foreign visitors last year.\n"
    )
    rows = figures(text, published_year=2026, language="en")
    assert rows["97 million"]["countries"] == ["ES"]


def test_a_ranking_list_goes_on_over_each_items_bracketed_figure():
    text = (
        "PLF 2027 : l'investissement public atteint un record\n\n"
        "Rapporté au PIB, l'effort d'investissement public atteint près de 23%, l'un des plus "
        "élevés de la région, devant l'Egypte (17%) et la Tunisie (14%), selon la DEPF.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["23%"]["countries"] == ["MA"]
    assert rows["14%"]["countries"] == ["TN"]


def test_each_bracketed_figure_of_a_list_of_lenders_is_its_items():
    text = (
        "Le Maroc lève des fonds pour son réseau ferroviaire\n\n"
        "Le projet est financé par des prêts de l'AFD française (400 millions d'euros), du Fonds saoudien "
        "pour le développement (350 millions de dollars) et de la KfW allemande (250 millions d'euros).\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["350 millions de dollars"]["countries"] == ["MA", "SA"]
    assert rows["250 millions d'euros"]["countries"] == ["DE", "MA"]


def test_a_home_company_opening_the_headline_is_the_articles_subject_not_its_supplier():
    text = (
        "Royal Air Maroc orders up to 50 Boeing jets in fleet overhaul\n\n"
        "Casablanca (AFP) - Morocco's flag carrier Royal Air Maroc said Wednesday it had signed a firm order "
        "for 30 Boeing 737 MAX jets.\n\n"
        "The deal is worth about $6.2 billion at list prices, according to AFP calculations.\n\n"
        "RAM currently operates a fleet of 52 aircraft. The airline carried 8.1 million passengers in 2025, up 13%.\n"
    )
    rows = figures(text, published_year=2026, language="en")
    assert rows["8.1 million"]["countries"] == ["MA"]
    assert rows["$6.2 billion"]["countries"] == ["MA", "US"]
    # (named late in the headline, the home company is not what the article is about)
    late = text.replace("Royal Air Maroc orders up to 50 Boeing jets in fleet overhaul",
                        "Boeing Wins Order as Royal Air Maroc Renews Fleet")
    uncued = late.replace("Morocco's flag carrier Royal Air Maroc", "Royal Air Maroc")
    assert figures(uncued, published_year=2026, language="en")["8.1 million"]["countries"] == ["MA", "US"]
    # (unless the lead says whose carrier it is: `Morocco's flag carrier Royal Air Maroc`)
    assert figures(late, published_year=2026, language="en")["8.1 million"]["countries"] == ["MA"]


def test_a_paragraph_naming_a_known_foreign_company_is_not_the_home_countrys_alone():
    text = (
        "Maroc-Chine : des usines qui s'installent\n\n"
        "Les importations en provenance de Chine ont atteint 78,4 milliards de dirhams en 2025.\n\n"
        "Quant à BYD, le groupe a confirmé mercredi le calendrier de son usine de la Cité Mohammed VI Tanger "
        "Tech. L'investissement est estimé à 2,5 milliards d'euros.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["2,5 milliards d'euros"]["countries"] == ["CN", "MA"]


def test_a_foreign_market_or_imports_by_demonym_are_the_home_countrys_flow_with_that_country():
    text = (
        "Tomates : les exportations marocaines progressent\n\n"
        "Les exportations marocaines de tomates ont atteint 700.000 tonnes en 2025.\n\n"
        "Le marché britannique progresse de 24%. Les importations turques ont encore progressé de 7,4% l'an "
        "dernier. Le marché ivoirien de l'assurance pèse 560 milliards de FCFA. Le marché camerounais, le "
        "premier de la CEMAC, a totalisé 250 milliards de FCFA de primes, en hausse de 6,5%.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["24%"]["countries"] == ["GB", "MA"]
    assert rows["7,4%"]["countries"] == ["MA", "TR"]
    # (a sector's market there, or one counted in its currency, is that country's own)
    assert rows["560 milliards de FCFA"]["countries"] == ["CI"]
    assert rows["6,5%"]["countries"] == ["CM"]


def test_a_share_told_after_what_the_amount_counts_is_of_the_amount():
    text = (
        "Recettes touristiques : la France reste le premier marché\n\n"
        "Les recettes touristiques du Maroc ont atteint 46,8 MMDH au premier trimestre.\n\n"
        "La France conserve sa première place avec 12,3 MMDH de recettes, soit 26,3% du total.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["26,3%"]["countries"] == rows["12,3 MMDH"]["countries"] == ["FR", "MA"]


def test_a_list_of_countries_goes_on_over_one_named_with_its_article():
    # `The Gambia` opens on a capital: a list item, not a new clause that drops the rest
    text = (
        "Nigeria-Morocco gas pipeline moves ahead\n\n"
        "The 6,900 km pipeline would run along the Atlantic coast from Nigeria through Benin, Togo, Ghana, "
        "Guinea-Bissau, The Gambia, Senegal and Mauritania before reaching Morocco.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["6,900 km"]["countries"] == ["BJ", "GH", "GM", "GW", "MA", "MR", "NG", "SN", "TG"]


def test_a_country_after_non_or_extra_is_left_out():
    text = (
        "Wheat: France loses ground in Morocco\n\n"
        "FranceAgriMer expects French soft wheat exports to non-EU countries to total 7.9 million tonnes "
        "in 2025/26, down 18% from the previous season.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["7.9 million tonnes"]["countries"] == rows["18%"]["countries"] == ["FR"]


def test_a_partner_still_taking_its_share_is_not_the_wholes():
    # `with France still taking the largest share at 46%`: the partner's share, after the
    # whole shipped abroad (the adverb does not make it the whole's country)
    text = (
        "Moroccan tomato exports hold up\n\n"
        "Morocco shipped 1.1 million tonnes of tomatoes abroad during the season, worth about 12.4 billion "
        "dirhams, with France still taking the largest share at 46%.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["12.4 billion dirhams"]["countries"] == ["MA"]


def test_a_home_citys_adjective_places_the_figure_at_home():
    text = (
        "Textile: le portugais Tecelagem Ribeiro s'installe à Fès\n\n"
        "Le groupe portugais Tecelagem Ribeiro a inauguré hier son unité de tissage, qui emploiera 600 "
        "personnes. Basé à Guimarães, dans le nord du Portugal, il emploie 2.300 personnes.\n\n"
        "Le choix n'est pas anodin. Le textile fassi ne compte plus que 9.000 emplois, contre près de "
        "21.000 en 2015.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["9.000 emplois"]["countries"] == rows["21.000"]["countries"] == ["MA"]


def test_a_home_citys_adjective_after_a_company_is_its_seat_not_the_figures_place():
    text = (
        "BTP : Batimar décroche 110 milliards de FCFA de contrats au Sénégal et en Côte d'Ivoire\n\n"
        "Le groupe de BTP casablancais Batimar Construction a remporté deux marchés pour un montant cumulé "
        "de 110,5 milliards de FCFA.\n"
    )
    rows = figures(text, published_year=2026)
    # (the headline's countries, where the contracts are; not `placed` in Casablanca)
    assert {"CI", "SN"} <= set(rows["110,5 milliards de FCFA"]["countries"])


def test_a_partner_supplying_the_home_flow_two_sentences_after_it_is_told():
    text = (
        "Blé tendre : la France redevient le premier fournisseur\n\n"
        "La France redevient le premier fournisseur du Royaume, avec 1,45 million de tonnes. Elle devance la "
        "Russie (820.000 tonnes) et l'Ukraine (560.000 tonnes). L'Allemagne et la Pologne ont fourni ensemble "
        "330.000 tonnes.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["330.000 tonnes"]["countries"] == ["DE", "MA", "PL"]


def test_the_date_of_an_event_in_the_lead_is_not_the_articles_period():
    # a surtax `instaurée en 2020`, a decision told `after ... last year`: events the lead
    # dates, not the period of the figures after it
    text = (
        "Textile: les importations turques repartent à la hausse\n\n"
        "Malgré la surtaxe instaurée en 2020, les achats de tissus et de vêtements turcs ont bondi de 9% en 2025, "
        "à 11,8 milliards de dirhams.\n\n"
        "Les tissus représentent à eux seuls 6,3 Mds DH, soit plus de la moitié du total.\n"
    )
    assert figures(text, published_year=2026)["6,3 Mds DH"]["period"] == "2025"
    text = (
        "Xlinks raises fresh funds for Morocco-UK power cable\n\n"
        "Xlinks First Ltd. has raised £1.1 billion from new and existing investors as it tries to revive the "
        "project after the UK government declined to back it last year.\n\n"
        "The £24 billion plan calls for 11.5 gigawatts of solar panels and wind turbines in Morocco.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["11.5 gigawatts"]["period"] is None and rows["£24 billion"]["period"] is None


def test_a_base_told_after_from_keeps_its_year_to_itself():
    text = (
        "OCP profit jumps\n\n"
        "Net income rose to 21.6 billion dirhams ($2.18 billion) from 18.3 billion dirhams in 2024, while revenue "
        "climbed 13% to 109.2 billion dirhams, the company said in a statement.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["18.3 billion dirhams"]["period"] == "2024"
    assert rows["13%"]["period"] != "2024" and rows["109.2 billion dirhams"]["period"] != "2024"


def test_a_multilateral_lender_told_by_its_seat_is_no_countrys():
    # `the Washington-based lender` is the World Bank: its figures are the home country's alone
    text = (
        "World Bank sees Moroccan growth near 4%\n\n"
        "Rabat (AFP) - Morocco's economy is set to grow by 3.9% this year, the World Bank said on Wednesday.\n\n"
        "In its latest Morocco Economic Update, the Washington-based lender said agricultural value added could "
        "jump by more than 12%. Growth should then settle at 3.7% in 2027.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["12%"]["countries"] == rows["3.7%"]["countries"] == ["MA"]
    text = "Boeing to expand in Morocco\n\nA Washington-based plane maker will invest $200 million in Morocco.\n"
    assert figures(text, language="en", published_year=2026)["$200 million"]["countries"] == ["MA", "US"]


def test_a_rival_country_worth_an_amount_is_said_of_that_country_alone():
    # `représentant plus de 40 milliards de dollars`: what the agreements are worth, no share
    # of anyone's flow
    text = (
        "Hydrogène vert : le Maroc retient six projets\n\n"
        "Le Maroc a retenu six consortiums pour 220 milliards de dirhams.\n\n"
        "La concurrence s'annonce rude. L'Egypte revendique des protocoles d'accord représentant plus de 40 "
        "milliards de dollars autour de la zone économique du canal de Suez.\n"
    )
    assert figures(text, published_year=2026)["40 milliards de dollars"]["countries"] == ["EG"]


def test_a_project_noun_after_another_company_is_that_companys_project():
    text = (
        "Aéronautique : le français Sofradyne ouvre une usine à Nouaceur\n\n"
        "Le français Sofradyne Aerostructures a inauguré son usine de Nouaceur, un investissement de 400 MDH.\n\n"
        "Les pouvoirs publics misent sur les fournisseurs de rang 2. L'américain Tristar Fasteners a ainsi annoncé "
        "un investissement de 12 millions de dollars dans une unité de fixations à Tanger. Le canadien Nortek "
        "Machining a, pour sa part, porté à 95 MDH l'enveloppe de l'extension de son atelier d'usinage de Nouaceur.\n"
    )
    assert figures(text, published_year=2026)["95 MDH"]["countries"] == ["CA", "MA"]


def test_a_forecasters_verb_and_its_plain_year_going_on_to_the_next_figure():
    text = (
        "Bank Al-Maghrib raises its growth estimate\n\n"
        "The bank raised its estimate for economic growth this year to 4.6%. It sees the economy expanding 4.4% "
        "in 2026, with non-agricultural output growing about 4.5%. Among the neighbours, the World Bank sees "
        "Algeria growing 3.2%, while the region as a whole is seen growing 3.3%.\n"
    )
    rows = figures(text, language="en", published_year=2025)
    assert rows["4.4%"]["qualifier"] == "forecast" and rows["4.4%"]["period"] == "2026"
    assert rows["4.5%"]["period"] == "2026"
    assert rows["3.2%"]["qualifier"] == rows["3.3%"]["qualifier"] == "forecast"
    # (a horizon still dates its own figure only; a base after it is not of the forecast's year)
    text = (
        "Moroccan berries hold up\n\n"
        "Morocco's red fruit exports held up in 2025 despite the drought.\n\n"
        "The federation expects strawberry exports to reach 180,000 tonnes in 2026, up from 152,000 tonnes.\n"
    )
    assert figures(text, language="en", published_year=2026)["152,000 tonnes"]["period"] == "2025"


def test_a_continent_as_the_quoted_subject_is_no_countrys_but_its_share_of_a_groups_figure_is():
    text = (
        "Nourane Agro s'implante au Sénégal\n\n"
        "Le groupe marocain Nourane Agro investira 120 MDH au Sénégal.\n\n"
        "\"L'Afrique de l'Ouest compte plus de 400 millions d'habitants et sa demande en protéines va augmenter\", "
        "a déclaré son directeur général.\n"
    )
    assert figures(text, published_year=2026)["400 millions d'habitants"]["countries"] == []
    text = (
        "Bank of Africa : le résultat progresse\n\n"
        "Le résultat net du groupe marocain a atteint 2,1 milliards de dirhams. L'Afrique subsaharienne en "
        "représente déjà 21%.\n"
    )
    assert "MA" in figures(text, published_year=2026)["21%"]["countries"]


def test_a_flows_partners_told_right_after_it_are_its_countries():
    text = (
        "Huile d'olive : la récolte rebondit\n\n"
        "La production marocaine d'huile d'olive a rebondi à 200.000 tonnes. Le Maroc avait dû importer l'an dernier "
        "près de 25.000 tonnes d'huile, essentiellement du Brésil, d'Espagne et de Tunisie, pour une facture de 1,2 "
        "milliard de DH.\n"
    )
    assert figures(text, published_year=2026)["25.000 tonnes"]["countries"] == ["BR", "ES", "MA", "TN"]


def test_a_pronoun_after_an_apposition_takes_up_the_foreign_country_the_sentence_before_opened_on():
    text = (
        "Investissements : la France reste premier investisseur\n\n"
        "La France reste le premier investisseur au Maroc. L'Espagne devance toutefois l'Hexagone sur le terrain "
        "commercial. Premier partenaire commercial du Royaume depuis 2012, elle a échangé 22,4 milliards d'euros de "
        "marchandises avec le Maroc en 2025.\n"
    )
    assert figures(text, published_year=2026)["22,4 milliards d'euros"]["countries"] == ["ES", "MA"]


def test_a_horizon_after_a_comma_and_a_new_verb_dates_its_own_clause_only():
    text = (
        "Aéronautique : la filière accélère\n\n"
        "La filière compte plus de 150 entreprises et 25.000 emplois, et vise 40 MMDH d'exportations à l'horizon 2030.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["40 MMDH"]["period"] == "2030" and rows["40 MMDH"]["qualifier"] == "target"
    assert rows["25.000 emplois"]["period"] != "2030" and rows["25.000 emplois"]["qualifier"] != "target"
    assert rows["150 entreprises"]["period"] != "2030"


def test_a_yearly_rate_with_no_year_of_its_own_takes_none_from_its_paragraph():
    text = (
        "Tomatoes: Morocco gains ground in Britain\n\n"
        "Moroccan tomato shipments to Britain rose 12% in 2025 to 95,000 tonnes. The UK imports around 400,000 "
        "tonnes of tomatoes a year. Spanish shipments fell 9.8% from a year earlier.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["400,000 tonnes"]["period"] is None
    assert rows["95,000 tonnes"]["period"] == "2025" and rows["9.8%"]["period"] == "2025"


def test_a_monthly_wage_and_a_sites_size_take_no_period_from_their_paragraph():
    text = (
        "Offshoring : le Maroc attire les centres d'appels\n\n"
        "Le secteur a généré 18 milliards de dirhams d'exportations en 2025. Le coût salarial moyen d'un conseiller "
        "francophone au Maroc est estimé à 950 euros par mois, contre 2.600 euros au Portugal. Le nouveau campus "
        "s'étend sur 32 hectares.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["18 milliards de dirhams"]["period"] == "2025"
    assert rows["950 euros"]["period"] is None and rows["32 hectares"]["period"] is None


def test_a_part_of_a_figure_with_a_horizon_takes_its_horizon():
    text = (
        "Transport urbain\n\n"
        "Le programme national prévoit l'acquisition de 3.500 bus d'ici 2029, dont au moins 30% électriques.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["3.500 bus"]["period"] == rows["30%"]["period"] == "2029"


def test_the_date_of_an_event_in_the_paragraph_is_not_passed_on():
    text = (
        "US-Morocco trade hits a record\n\n"
        "Trade between Morocco and the United States reached a record $8.1 billion in 2025.\n\n"
        "When the agreement entered into force in January 2006, bilateral trade stood at under $1 billion. "
        "The US share of Morocco's total foreign trade nonetheless remains modest, at around 6%.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["$1 billion"]["period"] == "2006-01"
    assert rows["6%"]["period"] != "2006-01"


def test_the_same_year_and_a_closing_sources_year_date_the_figures_of_their_sentence():
    text = (
        "Transferts : les MRE envoient plus\n\n"
        "Les transferts ont atteint 50 MMDH sur les cinq premiers mois de 2025.\n\n"
        "La France reste le premier pays d'origine des transferts, avec 31% du total, devant l'Espagne (13%), "
        "selon les données de l'Office des changes pour l'année 2024. La Russie a exporté près de 42 millions de "
        "tonnes d'engrais en 2024, contre 12,6 millions de tonnes pour le Royaume la même année.\n"
    )
    rows = figures(text, published_year=2025)
    assert rows["50 MMDH"]["period"] == "2025-01/2025-05"
    assert rows["31%"]["period"] == rows["13%"]["period"] == "2024"
    assert rows["12,6 millions de tonnes"]["period"] == "2024"


def test_a_base_after_apres_passes_on_its_statements_period():
    text = (
        "Bank Al-Maghrib maintient son taux directeur\n\n"
        "Les transferts des MRE atteindraient 119,5 milliards de dirhams cette année, après 117,7 milliards en 2024, "
        "tandis que les recettes de voyages progresseraient de 9,2% à 122 milliards de dirhams.\n"
    )
    rows = figures(text, published_year=2025)
    assert rows["117,7 milliards"]["period"] == "2024"
    assert rows["9,2%"]["period"] != "2024" and rows["122 milliards de dirhams"]["period"] != "2024"


def test_a_participle_placing_the_subject_gives_its_countries():
    text = (
        "Télécoms : Nourtel accélère en Afrique\n\n"
        "Le groupe marocain Nourtel a publié ses résultats annuels. Les filiales subsahariennes du groupe, "
        "implantées au Mali, au Niger et au Tchad, ont généré un chiffre d'affaires de 19,2 MMDH.\n"
    )
    assert {"ML", "NE", "TD"} <= set(figures(text, published_year=2026)["19,2 MMDH"]["countries"])


def test_forecasters_french_verbs_and_a_capacity_to_come_are_forecasts():
    text = (
        "Ciment : les ventes repartent\n\n"
        "L'Association professionnelle des cimentiers table désormais sur des ventes de 14,6 millions de tonnes "
        "pour l'ensemble de l'année. Bank Al-Maghrib anticipe des transferts de 124 MMDH. La Commission européenne "
        "attend, elle, une croissance de 1,4% dans l'Union européenne. L'usine ivoirienne, d'une capacité de "
        "25.000 tonnes par an, devrait entrer en service au premier semestre 2027.\n"
    )
    rows = figures(text, published_year=2026)
    for figure in ("14,6 millions de tonnes", "124 MMDH", "1,4%", "25.000 tonnes"):
        assert rows[figure]["qualifier"] == "forecast", figure


def test_a_forecasters_verb_around_an_aside_and_a_plural_due_to():
    text = (
        "Comptes extérieurs\n\n"
        "Bank Al-Maghrib table, de son côté, sur un déficit du compte courant de 2,1% du PIB cette année.\n"
    )
    assert figures(text, published_year=2026)["2,1%"]["qualifier"] == "forecast"
    assert figures("Wind farm\n\nTwo more phases are due to add 500 MW, the developer said.\n", language="en",
                   published_year=2026)["500 MW"]["qualifier"] == "forecast"


def test_a_subject_country_before_an_aside_goes_with_an_english_verb_of_the_economy():
    text = (
        "US-Morocco free trade: twenty years on\n\n"
        "Morocco's trade with the US has tripled since 2006. Jordan, which signed a similar deal in 2000, saw its "
        "trade with the US reach $4.6 billion last year.\n"
    )
    assert figures(text, language="en", published_year=2026)["$4.6 billion"]["countries"] == ["JO", "US"]


def test_a_figure_set_against_the_one_before_for_another_country_is_that_countrys():
    text = (
        "Shipbuilding: Korea's yards come to Morocco\n\n"
        "South Korean yards won 17% of global shipbuilding orders by tonnage last year, against 68% for their "
        "Chinese rivals, according to Clarksons Research.\n"
    )
    assert figures(text, language="en", published_year=2026)["68%"]["countries"] == ["CN"]
    text = (
        "Textile : Modalia mise sur le Maroc\n\n"
        "L'enseigne espagnole Modalia réalise déjà 22% de ses approvisionnements au Maroc, contre 31% en Turquie.\n"
    )
    assert figures(text, published_year=2026)["31%"]["countries"] == ["ES", "TR"]
    text = (
        "L'Allemagne, premier partenaire\n\n"
        "Premier partenaire commercial du Royaume depuis 2012, l'Allemagne a échangé 22,4 milliards d'euros de "
        "marchandises avec le Maroc en 2025, contre 14,8 Md€ pour la France.\n"
    )
    assert figures(text, published_year=2026)["14,8 Md€"]["countries"] == ["FR", "MA"]


def test_rivals_ranked_after_a_leaders_share_share_its_market():
    text = (
        "Moroccan tomatoes win British shelves\n\n"
        "Morocco's tomato exports keep rising. The North African kingdom shipped 118,000 tonnes of tomatoes to "
        "British supermarkets between January and September, giving it a 38% share of the UK's tomato imports, "
        "ahead of Spain (29%) and the Netherlands (21%).\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["38%"]["countries"] == ["GB", "MA"]
    assert rows["29%"]["countries"] == ["ES", "GB"] and rows["21%"]["countries"] == ["GB", "NL"]


def test_the_items_of_a_list_comparing_countries_are_each_its_countrys():
    text = (
        "Morocco's tourism beats its record\n\n"
        "Morocco received 17.4 million tourists in nine months. The growth outpaces most of Morocco's "
        "Mediterranean competitors, according to an AFP compilation:\n\n"
        "- Spain: 81.2 million visitors, receipts of 98.4 billion euros, up 6 percent\n\n"
        "- Turkey: 47.3 million visitors, $50.8 billion, up 4 percent\n\n"
        "Morocco's tourism receipts by market:\n\n"
        "- France: 21 billion dirhams\n\n"
        "- Spain: 9 billion dirhams\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["98.4 billion euros"]["countries"] == ["ES"] and rows["4 percent"]["countries"] == ["TR"]
    assert rows["21 billion dirhams"]["countries"] == ["FR", "MA"]  # the home country's market: not a comparison


def test_a_table_whose_rows_include_the_home_country_compares_countries():
    text = (
        "Renouvelables : le Maroc face à ses voisins\n\n"
        "Le Maroc a installé 5 GW de capacités renouvelables en 2025.\n\n"
        "| Pays | Capacité | Part |\n\n|---|---|---|\n\n"
        "| Afrique du Sud | 12,1 GW | 18% |\n\n| Egypte | 7,4 GW | 13% |\n\n| Maroc | 5,2 GW | 40% |\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["12,1 GW"]["countries"] == ["ZA"] and rows["13%"]["countries"] == ["EG"]
    assert rows["40%"]["countries"] == ["MA"]


def test_the_whole_of_a_year_and_the_year_of_the_data_are_periods():
    text = (
        "Transferts des MRE : 19,7 MMDH à fin février\n\n"
        "Les envois ont atteint 19,7 milliards de dirhams au cours des deux premiers mois de 2026.\n\n"
        "Selon la ventilation publiée par l'Office des changes pour l'ensemble de 2025, la France reste le premier "
        "pays d'origine avec 31% des transferts. Cette dynamique prolonge une année 2025 record, au cours de laquelle "
        "les transferts ont franchi la barre des 120 MMDH.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["31%"]["period"] == "2025" and rows["120 MMDH"]["period"] == "2025"


def test_the_items_of_a_list_take_the_period_of_the_line_that_introduces_it():
    text = (
        "Senegal opens a new port\n\n"
        "Here's how the main ports compare, based on 2025 volumes:\n\n"
        "- Tangier Med, Morocco: 10.2 million TEUs, up 18%\n\n"
        "- Abidjan, Ivory Coast: 1.1 million TEUs, up 6%\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["18%"]["period"] == "2025" and rows["6%"]["period"] == "2025"


def test_a_foreign_story_whose_headline_has_the_home_country_as_a_rival():
    text = (
        "Senegal Bets $1.1 Billion Port Will Outrun Morocco, Ivory Coast Rivals\n\n"
        "Senegal inaugurated on Monday the first phase of the Ndayane port, a $1.1 billion project it hopes will "
        "make it a regional hub. Morocco's Tanger Med handled 10.2 million containers last year.\n\n"
        "Public debt stood at 119% of gross domestic product at the end of 2025.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["119%"]["countries"] == ["SN"] and rows["$1.1 Billion"]["countries"] == ["SN"]
    assert rows["10.2 million"]["countries"] == ["MA"]
    from econews.tasks.metrics.article import read_article
    headline = "Espagne : les exportations agricoles reculent, la concurrence marocaine en ligne de mire"
    assert read_article(headline + "\n\nLe Maroc gagne des parts.\n", None, 2026).about_abroad == "ES"


def test_suppliers_ranked_by_en_are_of_the_market_told_before():
    text = (
        "Fruits et légumes : le Maroc gagne du terrain\n\n"
        "Dans le même temps, l'Espagne a importé 1,1 million de tonnes de fruits et légumes. Le Maroc en est le "
        "premier fournisseur, avec 352.000 tonnes, en hausse de 9%, devant la France et le Portugal.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["352.000 tonnes"]["countries"] == ["ES", "MA"] and rows["9%"]["countries"] == ["ES", "MA"]


def test_a_countrys_share_of_the_home_countrys_flow_by_qui_en():
    text = (
        "Aéronautique : les Etats-Unis, client discret\n\n"
        "Les Etats-Unis ne pèsent toutefois que 8% des exportations aéronautiques marocaines, loin derrière la "
        "France, qui en absorbe 47%.\n"
    )
    assert figures(text, published_year=2026)["47%"]["countries"] == ["FR", "MA"]


def test_the_trade_partners_own_flow_in_an_article_about_trade_with_it_is_bilateral():
    text = (
        "UK-Morocco Trade Hits Record £4.6 Billion as Fresh Produce Surges\n\n"
        "Total trade between the UK and Morocco reached a record £4.6 billion in the four quarters to the end of "
        "March 2026.\n\n"
        "UK exports of cars and parts almost doubled to £240 million, while financial and education services grew "
        "by 9%.\n"
    )
    assert figures(text, language="en", published_year=2026)["£240 million"]["countries"] == ["GB", "MA"]


def test_a_foreign_speakers_figure_of_their_own_country_in_a_quote():
    text = (
        "OCP construit une usine d'engrais au Ghana\n\n"
        "Le groupe OCP a lancé lundi le chantier d'une usine d'engrais à Kumasi, pour 1,2 milliard de dollars.\n\n"
        "«Cette usine doit réduire de 40% notre facture d'importation d'engrais d'ici 2030», a affirmé le ministre "
        "ghanéen de l'Agriculture, Kwame Asante.\n\n"
        "«Nous visons 3 milliards de dollars d'échanges bilatéraux», a déclaré l'ambassadeur du Ghana.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["40%"]["countries"] == ["GH"]
    assert rows["3 milliards de dollars"]["countries"] == ["GH", "MA"]  # trade is both countries'


def test_the_home_countrys_share_of_the_foreign_companys_output():
    text = (
        "Câblage : le japonais Sumiden Wiring ouvre une troisième usine à Kénitra\n\n"
        "Le groupe japonais Sumiden Wiring a inauguré lundi sa troisième usine à Kénitra. Le Maroc représente déjà "
        "9% de sa production mondiale de faisceaux, contre 4% en 2020, a précisé son président.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["9%"]["countries"] == ["JP", "MA"] and rows["4%"]["countries"] == ["JP", "MA"]


def test_y_for_the_foreign_country_told_before():
    text = (
        "Libre-échange : le Maroc et l'AELE\n\n"
        "La Norvège est le deuxième partenaire du Royaume au sein du bloc. Les échanges bilatéraux ont atteint "
        "2,4 milliards de DH. A l'inverse, le Maroc y vend surtout des agrumes et des conserves, pour environ "
        "640 millions de DH.\n\n"
        "Les banques marocaines sont présentes dans 26 pays africains et y réalisent près de 25% de leur produit "
        "net bancaire.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["640 millions de DH"]["countries"] == ["MA", "NO"]
    assert "NO" not in rows["25%"]["countries"]  # `y`: the 26 countries of its own sentence


def test_a_foreign_story_opening_on_its_country_and_that_countrys_economy():
    text = (
        "Senegal's gas bonanza slow to reach households as first LNG year ends\n\n"
        "Dakar (AFP) - Senegal exported 2.6 million tonnes of liquefied natural gas in its first full year, the "
        "energy ministry said on Tuesday. Morocco's ONEE received 4 cargoes.\n\n"
        "The Sangomar field, operated by Australia's Woodside, pumped an average 98,000 barrels per day in 2025, "
        "helping the economy grow 9.1% last year.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["9.1%"]["countries"] == ["SN"]


def test_a_possessive_after_a_sentence_opening_on_a_country_is_that_countrys():
    text = (
        "Huile d'olive : la production rebondit\n\n"
        "La Tunisie, principal concurrent du Maroc sur le vrac, a exporté pour 5,1 milliards de dinars l'an "
        "dernier, un record. Ses ventes vers les Etats-Unis ont bondi de 28%.\n"
    )
    assert figures(text, published_year=2026)["28%"]["countries"] == ["TN", "US"]


def test_a_rival_ranked_before_its_figure_takes_the_first_figures_foreign_country_place():
    text = (
        "US data centre for Dakhla\n\n"
        "The stock of US direct investment in Morocco stood at about $1.5 billion at the end of 2024, far behind "
        "France's $14 billion.\n"
    )
    assert figures(text, language="en", published_year=2026)["$14 billion"]["countries"] == ["FR", "MA"]


def test_four_quarters_to_a_month_are_the_twelve_months_to_it():
    text = (
        "UK-Morocco Trade Hits Record £4.6 Billion\n\n"
        "Total trade between the UK and Morocco reached a record £4.6 billion in the four quarters to the end of "
        "March 2026, up 14.2% from a year earlier.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["£4.6 billion"]["period"] == "2025-04/2026-03" and rows["14.2%"]["period"] == "2025-04/2026-03"


def test_the_same_period_of_a_year_said_is_the_statements_months_that_year():
    text = (
        "Transferts des MRE : 19,7 MMDH à fin février\n\n"
        "Les envois de fonds des MRE ont atteint 19,7 milliards de dirhams au cours des deux premiers mois de "
        "2026, contre 18,62 MMDH à la même période de 2025, soit une hausse de 5,8%.\n"
    )
    assert figures(text, published_year=2026)["18,62 MMDH"]["period"] == "2025-01/2025-02"


def test_a_part_of_a_year_right_after_a_figure_is_its_year():
    text = (
        "Huile d'olive : les prix retombent\n\n"
        "A Jaén, les cours à la production sont retombés à 3,9 euros le kilo, contre plus de 9 euros au début de "
        "2024. Le litre s'échangeait à plus de 14 dirhams au pic de l'été 2022.\n\n"
        "(Bloomberg) -- Morocco sold €2.25 billion of bonds on Thursday as investors piled into emerging-market debt "
        "at the start of 2026.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["9 euros"]["period"] == "2024" and rows["14 dirhams"]["period"] == "2022"
    assert rows["€2.25 billion"]["period"] != "2026"  # (the story's setting, not the figure's time)


def test_a_goal_in_a_closed_relative_clause_is_not_the_main_clauses():
    text = (
        "Ciment : Sidar s'implante en Tanzanie\n\n"
        "Le groupe, qui vise 10 millions de tonnes à l'horizon 2030, a réalisé l'an dernier un chiffre d'affaires "
        "consolidé de 4,8 milliards de dirhams, dont 38% hors du Royaume.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["10 millions de tonnes"]["qualifier"] == "target"
    assert rows["4,8 milliards de dirhams"]["qualifier"] is None and rows["38%"]["qualifier"] is None
    assert rows["38%"]["period"] == "2025"


def test_could_and_hoping_are_a_forecasts_words():
    text = (
        "Huile d'olive : la production rebondit\n\n"
        "Les professionnels espèrent écouler 35.000 tonnes cette saison. The platform could attract another "
        "$1 billion from other Gulf investors.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["35.000 tonnes"]["qualifier"] == "forecast" and rows["$1 billion"]["qualifier"] == "forecast"


def test_more_words_of_an_upper_bound():
    text = (
        "Agrumes : les exportations reculent\n\n"
        "A fin janvier, les exportations d'agrumes ne dépassaient pas 310.000 tonnes. Les prix au détail retombent "
        "sous les 80 DH le litre. The US levies anti-dumping duties of as much as 106% on passenger tires.\n"
    )
    rows = figures(text, published_year=2026)
    assert [rows[f]["qualifier"] for f in ("310.000 tonnes", "80 DH", "106%")] == ["max", "max", "max"]


def test_what_a_forward_figure_is_spent_on_is_forward_too():
    text = (
        "Saudi solar\n\n"
        "Riyadh-based Red Sea Utilities will invest $1.9 billion in a 1.2 GW solar and storage complex near "
        "Ouarzazate.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["$1.9 billion"]["qualifier"] == "forecast" and rows["1.2 GW"]["qualifier"] == "forecast"


def test_the_size_of_a_plant_being_built_is_a_forecast_its_cost_is_not():
    text = (
        "Phosphates\n\n"
        "OCP Africa, the group's subsidiary for the continent, is building a 300,000-tonne blending plant near "
        "Nakuru. Xinhe broke ground on a $1.3 billion plant in Tangier.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["300,000-tonne"]["qualifier"] == "forecast"
    assert rows["$1.3 billion"]["qualifier"] is None


def test_more_words_of_a_lower_bound_and_of_closeness_and_a_conversion_keeps_them():
    text = (
        "Batteries : les projets chinois se multiplient\n\n"
        "Le montant des projets chinois annoncés dépasse désormais 60 milliards de dirhams. Les importations de "
        "produits turcs approchent 50 milliards de dirhams. L'offshoring a dépassé le cap des 130.000 emplois.\n\n"
        "Morocco awarded contracts worth about 11 billion dirhams ($1.1 billion) to build three stadiums.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["60 milliards de dirhams"]["qualifier"] == "min" and rows["130.000 emplois"]["qualifier"] == "min"
    assert rows["50 milliards de dirhams"]["qualifier"] == "approx"
    assert rows["11 billion dirhams"]["qualifier"] == "approx" and rows["$1.1 billion"]["qualifier"] == "approx"


def test_more_words_of_a_goal():
    text = (
        "Automobile : cap sur 700.000 unités\n\n"
        "Les constructeurs installés au Maroc ont produit 318.000 véhicules sur le semestre et visent 700.000 unités "
        "sur l'ensemble de l'année. «Nous visons un taux de remplissage de 75% dès la première année», ajoute le "
        "dirigeant. L'Egypte compte atteindre 42% d'électricité renouvelable en 2030.\n"
    )
    rows = figures(text, published_year=2026)
    for figure in ("700.000 unités", "75%", "42%"):
        assert rows[figure]["qualifier"] == "target", figure
    assert rows["318.000 véhicules"]["qualifier"] is None
    english = figures("Digital Morocco\n\nThe government aims to create 240,000 digital jobs.\n", language="en",
                      published_year=2026)
    assert english["240,000 digital jobs"]["qualifier"] == "target"


def test_the_starting_point_of_a_goal_is_no_goal():
    text = (
        "Agroalimentaire\n\n"
        "Objectif : porter les exportations de produits agroalimentaires transformés de 52 milliards de dirhams en "
        "2025 à 100 milliards de dirhams en 2030.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["52 milliards de dirhams"]["qualifier"] is None
    assert rows["100 milliards de dirhams"]["qualifier"] == "target"


def test_a_forecasts_word_right_after_the_figure():
    text = (
        "PLF 2027 : croissance attendue à 4,2%\n\n"
        "La ministre table sur une croissance de 4,2% l'an prochain, après 4,5% attendus en 2026. The port will "
        "host a floating gas terminal with a capacity of 5 billion cubic metres a year, due in 2027.\n"
    )
    rows = figures(text, published_year=2026)
    assert rows["4,5%"]["qualifier"] == "forecast"


def test_a_role_towards_another_country_is_a_word_not_part_of_one():
    # `sources` (renewable sources) is no `source` market: Portugal's own share, not Morocco's too
    text = (
        "Morocco and Portugal sign power cable deal\n\n"
        "Morocco's ONEE and Portugal's REN signed the contract on Tuesday in Lisbon. Portugal generated 71% of "
        "its electricity from renewable sources last year.\n"
    )
    assert figures(text, language="en", published_year=2026)["71%"]["countries"] == ["PT"]


def test_a_place_near_a_border_names_no_country_and_a_government_told_by_its_capital_does():
    text = (
        "Ports: the Strait of Gibraltar changes hands\n\n"
        "Nador West Med, a $1.1 billion port near the Algerian border, is due to open in 2026.\n\n"
        "Le port d'Algésiras recule. Le gouvernement de Madrid a débloqué 400 millions d'euros pour le rail.\n"
    )
    rows = figures(text, language="en", published_year=2026)
    assert rows["$1.1 billion"]["countries"] == ["MA"]
    assert rows["400 millions d'euros"]["countries"] == ["ES"]


def test_a_country_left_behind_with_no_one_after_it_has_its_own_figure():
    text = (
        "Automobile : les exportations frôlent les 160 MMDH\n\n"
        "Le Maroc talonne désormais l'Afrique du Sud, premier producteur du continent avec 603.000 véhicules en "
        "2025. L'Egypte, avec moins de 100.000 unités, reste loin derrière.\n"
    )
    assert figures(text, published_year=2026)["100.000 unités"]["countries"] == ["EG"]


def test_a_later_clause_with_a_figure_of_its_own_is_another_statement():
    # The clause after the figure names a country as the owner of its own figure: what it says
    # is that figure's, not the first one's; a change of the same figure is no such clause.
    found = figures(
        "Pêche : les exportations marocaines en hausse\n"
        "Les exportations de produits de la mer ont, elles, progressé à 31 MMDH en 2025, l'Espagne restant le "
        "premier client avec 27% des ventes."
    )
    assert found["31 MMDH"]["countries"] == ["MA"]
    assert found["27%"]["countries"] == ["ES", "MA"]
    found = figures(
        "Commerce : la Mauritanie, premier client africain\n"
        "Le ministre mauritanien du Commerce était à Rabat lundi. Les échanges commerciaux entre les deux pays ont "
        "atteint 4,6 milliards de dirhams en 2025, faisant de Nouakchott le premier client africain du Royaume, "
        "devant Dakar (2,8 MMDH)."
    )
    assert found["4,6 milliards de dirhams"]["countries"] == ["MA", "MR"]  # not Dakar's Senegal


def test_the_same_figures_change_does_not_end_the_reading_of_the_sentence():
    found = figures(
        "Automobile : Renault accélère à Tanger\n"
        "Le constructeur français Renault a produit 380.000 véhicules à Tanger l'an dernier.\n"
        "Sur le marché local, les ventes de voitures neuves ont atteint 196.000 unités en 2025, en hausse de "
        "8,1%, selon l'Association des importateurs de véhicules automobiles au Maroc."
    )
    assert found["196.000 unités"]["countries"] == ["MA"]
    assert found["8,1%"]["countries"] == ["MA"]


def test_the_main_companys_plant_named_with_a_measure_or_a_noun_before_it():
    # `The 65,000-square-metre plant`, `The separator plant`: the main company's project, named
    # again with a compound measure or a noun between the article and `plant`.
    found = figures(
        "Spain's Eolpala opens €180 million wind blade plant in Tangier\n"
        "Spanish wind-turbine blade manufacturer Eolpala SA on Tuesday inaugurated a €180 million factory at "
        "Tanger Med Zones, its first production site outside Europe.\n"
        "The 65,000-square-metre plant, located near the port of Tanger Med, will produce up to 900 blades a "
        "year. The blade plant will draw 60 megawatts of power from local wind farms."
    )
    assert found["900 blades"]["countries"] == ["ES", "MA"]
    assert found["60 megawatts"]["countries"] == ["ES", "MA"]


def test_a_third_supplier_of_the_trade_partner_is_the_partners_trade_not_the_home_countrys():
    found = figures(
        "India Turns to Morocco as Saudi Phosphate Shipments Slip\n"
        "India's imports of phosphate fertilizers from Morocco climbed 24% to $2.9 billion in the first eight "
        "months of 2026, according to India's Commerce Ministry.\n"
        "Shipments from Saudi Arabia fell 11% to $2.3 billion over the period. Purchases from Jordan rose 6% to "
        "$1.1 billion. Saudi Arabia supplied 2.7 million tons of DAP. Russia, which supplied 18% of global "
        "fertilizer exports, kept its prices.",
        language="en",
    )
    assert found["$2.9 billion"]["countries"] == ["IN", "MA"]
    assert found["$2.3 billion"]["countries"] == ["IN", "SA"]
    assert found["$1.1 billion"]["countries"] == ["IN", "JO"]
    assert found["2.7 million tons"]["countries"] == ["IN", "SA"]
    assert "IN" not in found["18%"]["countries"]  # the world's market, not India's purchases


def test_a_neighbour_shipping_its_own_goods_is_no_supplier_of_the_home_flow():
    found = figures(
        "Morocco's olive oil exports rebound\n"
        "Morocco shipped 28,400 tonnes of olive oil between January and June, up from 7,600 tonnes a year "
        "earlier. Neighbouring Tunisia, a major olive oil exporter, shipped about 180,000 tonnes over the same "
        "period.",
        language="en",
    )
    assert found["28,400 tonnes"]["countries"] == ["MA"]
    assert found["180,000 tonnes"]["countries"] == ["TN"]


def test_a_rival_ranked_after_a_foreign_leader_of_the_home_market_takes_its_place():
    found = figures(
        "Textile : les importations turques reculent au Maroc\n"
        "Les fabricants turcs détiennent encore 23% du marché marocain de l'habillement importé, derrière la "
        "Chine (41%)."
    )
    assert found["23%"]["countries"] == ["MA", "TR"]
    assert found["41%"]["countries"] == ["CN", "MA"]


def test_the_markets_or_duties_a_project_aims_at_are_not_its_countries():
    found = figures("Chinese Tire Maker Picks Morocco for $1.1 Billion Plant to Skirt US Duties", language="en")
    assert found["$1.1 Billion"]["countries"] == ["CN", "MA"]
    found = figures("Chinese Battery Makers Pour $9 Billion Into Morocco to Reach US, EU Buyers", language="en")
    assert found["$9 Billion"]["countries"] == ["CN", "MA"]


def test_a_new_predicate_after_the_figure_is_another_statement():
    found = figures(
        "Fruits rouges : Oasis Primeurs vise 1 milliard de DH à l'export et mise sur le Royaume-Uni\n"
        "Le groupe marocain Oasis Primeurs a présenté lundi sa stratégie à Agadir."
    )
    assert found["1 milliard de DH"]["countries"] == ["MA"]
    found = figures(
        "Tunisia rail plan\n"
        "The government plans to spend 1.1 billion dinars by 2028 to restore the rail network and has signed a "
        "150 million euro loan with the European Investment Bank.",
        language="en",
    )
    assert found["1.1 billion dinars"]["countries"] == ["TN"]


def test_a_cause_told_by_a_participle_after_the_figure_explains_it():
    found = figures(
        "Commerce extérieur : les exportations marocaines du textile reculent\n"
        "En revanche, les exportations du textile et cuir reculent de 3,2%, pénalisées par le ralentissement de "
        "la consommation en Espagne et en France, leurs deux principaux débouchés."
    )
    assert found["3,2%"]["countries"] == ["MA"]


def test_the_dollar_named_with_its_country_is_a_currency_not_a_country():
    found = figures(
        "Canada, Morocco eye potash deal\n"
        "During the mission, Saskatchewan-based Prairie Sky Potash Ltd signed a memorandum with OCP for a deal "
        "worth roughly 90 million US dollars annually at current prices.",
        language="en",
    )
    assert found["90 million US dollars"]["countries"] == ["CA", "MA"]


def test_imports_of_goods_told_foreign_by_a_demonym_are_the_home_countrys_imports_from_there():
    found = figures(
        "Canada, Morocco eye more wheat trade\n"
        "Morocco's cereal imports rose last season. Imports of Canadian wheat rose 23% in the first four months "
        "of 2026 to 420,000 tonnes, according to ONICL.",
        language="en",
    )
    assert found["23%"]["countries"] == ["CA", "MA"]
    assert found["420,000 tonnes"]["countries"] == ["CA", "MA"]
    # (in French the demonym may follow the goods named at some length, or the noun itself)
    found = figures(
        "Textile : les importations turques bondissent de 14% malgré l'ALE révisé\n"
        "Le Maroc a exporté pour 40 milliards de dirhams de textile en 2025.\n\n"
        "Malgré la surtaxe instaurée en 2020, les achats de tissus et de vêtements turcs ont bondi de 9% en 2025.",
        published_year=2026,
    )
    assert found["14%"]["countries"] == ["MA", "TR"]
    assert found["9%"]["countries"] == ["MA", "TR"]


def test_a_country_set_against_the_sentences_subject_owns_its_figure():
    found = figures(
        "Egypt and Morocco race for car plants\n"
        "Egypt assembled 110,000 vehicles last year. Its domestic market of 108 million people absorbed 152,000 "
        "new vehicles in 2025, while Morocco, a country of 37 million, registered 186,000 new vehicles.",
        language="en",
    )
    assert found["152,000 new vehicles"]["countries"] == ["EG"]
    assert found["186,000 new vehicles"]["countries"] == ["MA"]


def test_an_amount_in_cfa_francs_is_of_the_one_country_of_the_zone_the_article_is_about():
    found = figures(
        "Banque : Crédit Atlas fusionne sa filiale sénégalaise avec la BTD\n"
        "Le groupe marocain Crédit Atlas a annoncé lundi à Dakar la fusion de sa filiale au Sénégal avec la "
        "Banque de Teranga. Son résultat net combiné s'est élevé à 41 milliards de FCFA en 2025."
    )
    assert found["41 milliards de FCFA"]["countries"] == ["MA", "SN"]


def test_money_a_foreign_company_commits_to_a_country_abroad_is_its_own_too():
    found = figures(
        "Kuwait's Salmiya Holdings Commits $800 Million to Moroccan Hotels\n"
        "Salmiya Holdings, which manages $30 billion in assets, has also committed $1.2 billion to Jordan's "
        "Aqaba coast and $400 million to Oman since 2022.",
        language="en",
    )
    assert found["$1.2 billion"]["countries"] == ["JO", "KW"]
    assert found["$400 million"]["countries"] == ["KW", "OM"]


def test_the_main_company_named_again_as_the_subject_keeps_its_country_beside_a_buyers_adjective():
    found = figures(
        "Tanger : le coréen Daewon Seat inaugure une usine de housses de sièges\n"
        "Le coréen Daewon Seat a inauguré mardi à Tanger une usine de 240 MDH.\n"
        "L'équipementier, qui emploie 1.200 salariés sur le site, exporte 90% de sa production vers les "
        "constructeurs européens."
    )
    assert found["90%"]["countries"] == ["KR", "MA"]


def test_figures_said_respectively_pair_with_the_partners_not_with_the_home_country_owning_the_list():
    found = figures(
        "Morocco's trade with Italy and Portugal grows\n"
        "Italy and Portugal remained among Morocco's top ten trade partners, with MAD 38.4 billion and "
        "MAD 12.9 billion in bilateral trade respectively, according to the Foreign Exchange Office.",
        language="en",
    )
    assert found["MAD 38.4 billion"]["countries"] == ["IT", "MA"]
    assert found["MAD 12.9 billion"]["countries"] == ["MA", "PT"]
    found = figures(
        "Commerce : l'Italie et le Portugal progressent\n"
        "L'Italie et le Portugal, clients du Maroc, ont absorbé respectivement 21,3 et 7,8 milliards de DH "
        "de marchandises marocaines l'an dernier."
    )
    assert found["21,3"]["countries"] == ["IT", "MA"]
    assert found["7,8 milliards de DH"]["countries"] == ["MA", "PT"]


def test_a_firm_named_after_a_sentence_on_one_nationalitys_firms_is_one_of_them():
    found = figures(
        "Coopération : le Japon et le Maroc renforcent leurs liens industriels\n"
        "Les échanges entre les deux pays ont progressé l'an dernier.\n\n"
        "Quelque 60 entreprises japonaises sont implantées au Maroc, où elles emploient plus de 40.000 personnes. "
        "Le groupe Sakuragi Cable Industries emploie à lui seul près de 15.000 salariés dans le Royaume."
    )
    assert found["15.000 salariés"]["countries"] == ["JP", "MA"]
    found = figures(
        "Morocco, Korea sign industrial pact as Korean firms expand\n"
        "Trade between the two countries grew last year.\n\n"
        "Some 30 Korean companies now operate in Morocco, employing about 9,000 people. Seat makers account for "
        "most of those jobs: Hanbyeol Seating Systems alone employs 4,200 workers at its Tangier plants.",
        language="en",
    )
    assert found["4,200 workers"]["countries"] == ["KR", "MA"]


def test_two_foreign_companies_the_lead_opens_on_together_lead_the_project():
    text = (
        "Japan, Germany Firms Team Up on $900 Million Morocco Plant\n"
        "- Venture to make battery separators in Kenitra\n\n"
        "Japan's Hoshino Materials Co. and Germany's Rheinfeld Chemie AG will build a $900 million plant in "
        "Morocco to make separator film for electric-vehicle batteries.\n\n"
        "The facility at Tangier Tech City will employ about 1,100 people from 2028, the companies said."
    )
    found = figures(text, language="en")
    assert found["1,100 people"]["countries"] == ["DE", "JP", "MA"]
    # not a pair told later in the article, after a lead about something else
    later = figures(
        "Batteries : le bilan d'une filière\n"
        "Le Maroc a attiré 14 milliards de dollars de projets de batteries depuis 2023.\n\n"
        "Le japonais Hoshino Materials et l'allemand Rheinfeld Chemie construisent, quant à eux, une unité "
        "à Kénitra. L'usine emploiera 1.100 personnes.\n\n"
    )
    assert later["1.100 personnes"]["countries"] != ["DE", "JP", "MA"]


def test_shares_of_an_issue_told_by_their_buyers_nationality_are_each_their_own():
    found = figures(
        "Morocco sells $1.5 billion of bonds\n"
        "Morocco sold $1.5 billion of 10-year bonds on Tuesday. U.S. investors bought 41% of the bonds and "
        "German accounts 26%, while investors in Asia took 12%, the term sheet showed.",
        language="en",
    )
    assert found["26%"]["countries"] == ["DE", "MA"]
    assert found["12%"]["countries"] == ["MA"]


def test_a_foreign_countrys_own_total_told_by_its_name_as_owner_is_that_countrys_alone():
    found = figures(
        "Maroc-Jordanie : les échanges progressent\n"
        "Les échanges entre le Maroc et la Jordanie ont atteint 2,1 milliards de DH en 2025.\n\n"
        "Les exportations totales de la Jordanie ont atteint 9,6 milliards de dollars en 2025, en progression "
        "de 5%, selon Amman."
    )
    assert found["9,6 milliards de dollars"]["countries"] == ["JO"]
    found = figures(
        "Morocco's offshoring sector grows\n"
        "Morocco's offshoring exports rose last year. Jordan's ICT exports grew 7% to 1.1 billion dinars "
        "last year, while Egypt targets $9 billion in digital exports by 2030.",
        language="en",
    )
    assert found["7%"]["countries"] == ["JO"]
    # the balance with the trade partner the article is about stays bilateral
    found = figures(
        "Maroc-Portugal : le déficit se creuse\n"
        "Les échanges entre le Maroc et le Portugal ont atteint 12 milliards de DH.\n\n"
        "L'excédent commercial du Portugal s'élève ainsi à 1,2 milliard d'euros, contre 1 milliard en 2024."
    )
    assert found["1,2 milliard d'euros"]["countries"] == ["MA", "PT"]


def test_what_a_home_platform_or_ecosystem_has_drawn_as_a_whole_is_the_home_countrys_alone():
    found = figures(
        "Kénitra : l'allemand Rheinwerk Antriebe inaugure une usine de 300 MDH\n"
        "Le groupe allemand Rheinwerk Antriebe a inauguré lundi à Kénitra une usine de 300 MDH. "
        "\"Ce projet confirme l'attractivité de la plateforme de Kénitra, qui a accueilli 11 nouveaux projets "
        "industriels en 2025\", a souligné le directeur du Centre régional d'investissement."
    )
    assert found["11 nouveaux projets"]["countries"] == ["MA"]
    found = figures(
        "US firm Carlton Composites to build $90 million plant near Casablanca\n"
        "US-based Carlton Composites will build a $90 million plant in Nouaceur. Industry Minister Ryad Mezzour "
        "said the project would create jobs, noting that the Nouaceur platform has attracted 1.8 billion dirhams "
        "in aerospace investment since January.",
        language="en",
    )
    assert found["1.8 billion dirhams"]["countries"] == ["MA"]


def test_the_nations_fdi_inflows_and_its_investment_code_are_the_home_countrys_alone():
    found = figures(
        "Abu Dhabi's Falcon Capital launches $2 billion Morocco fund\n"
        "Abu Dhabi's Falcon Capital launched a $2 billion fund for Morocco on Monday.\n\n"
        "Total net FDI inflows reached MAD 21.4 billion last year, up 12%.\n\n"
        "Investment Minister Karim Zidane said the fund's projects would qualify under the country's new "
        "investment charter, which offers subsidies of up to 30% of investment costs.",
        language="en",
    )
    assert found["MAD 21.4 billion"]["countries"] == ["MA"]
    assert found["30%"]["countries"] == ["MA"]
    # a foreign investor's own flows stay its own
    found = figures(
        "Maroc-Etats-Unis : les investissements américains progressent\n"
        "Les entreprises américaines ont créé 3.000 emplois au Maroc en 2025. Elles ont également investi "
        "1,9 milliard de dirhams en flux nets d'IDE, selon l'Office des changes."
    )
    assert found["1,9 milliard de dirhams"]["countries"] == ["MA", "US"]


def test_a_countrys_investment_charter_is_no_project_of_the_main_company():
    found = figures(
        "Qatar's Pearl Ventures to invest $900 million in Moroccan hotels\n"
        "Qatar's Pearl Ventures will invest $900 million in hotels in Marrakech and Agadir.\n\n"
        "Morocco, for its part, aims to mobilize MAD 400 billion in private investment by 2030 under its "
        "investment charter.",
        language="en",
    )
    assert found["MAD 400 billion"]["countries"] == ["MA"]


def test_buyers_the_output_is_bound_for_told_by_their_nationalities_are_no_party():
    found = figures(
        "Nouaceur : le canadien Maplewing Aero inaugure une usine de 300 MDH\n"
        "Le canadien Maplewing Aero a inauguré mardi à Nouaceur une usine de 300 MDH. Implantée sur 3 hectares, "
        "l'usine s'étend sur 12.000 m2 et produira des pièces usinées destinées aux avionneurs nord-américains et "
        "européens."
    )
    assert found["12.000 m2"]["countries"] == ["CA", "MA"]


def test_a_country_the_sentence_turns_to_as_its_topic_owns_its_figure():
    found = figures(
        "Batteries : le Maroc face à ses concurrents\n"
        "Le Maroc vise 40 GWh de capacité de batteries en 2030. L'Espagne a attiré 9 milliards d'euros "
        "d'investissements dans la filière. Quant à la Hongrie, elle vise 100 GWh de capacité d'ici 2030."
    )
    assert found["100 GWh"]["countries"] == ["HU"]


def test_the_facts_a_bracket_lists_after_a_foreign_companys_project_at_home_are_its_own():
    found = figures(
        "Batteries : le bilan de la filière\n"
        "Le plus gros projet reste l'usine de cellules du coréen Daehan Cell à Kénitra (1,8 milliard de dollars, "
        "20 GWh à terme, 3.000 emplois), suivie de l'usine d'anodes du chinois Huaxi Materials à Jorf Lasfar "
        "(6,2 milliards de dirhams, 50.000 tonnes par an)."
    )
    assert found["1,8 milliard de dollars"]["countries"] == ["KR", "MA"]
    assert found["3.000 emplois"]["countries"] == ["KR", "MA"]
    assert found["6,2 milliards de dirhams"]["countries"] == ["CN", "MA"]


def test_a_home_organisations_own_output_is_the_home_countrys_alone_whatever_the_paragraph_names():
    found = figures(
        "Canada, Morocco eye potash cooperation\n"
        "Canada exported 22 million tonnes of potash last year. OCP, which produced 14.8 million tonnes of "
        "fertilizers in 2025, plans to raise its output of phosphoric acid by 25% by 2028.",
        language="en",
    )
    assert found["25%"]["countries"] == ["MA"]


def test_what_the_partner_pays_under_its_agreement_with_the_home_country_is_a_figure_of_both():
    found = figures(
        "Pêche : le Maroc et la Norvège renouvellent leur accord\n"
        "Le Maroc et la Norvège ont renouvelé lundi leur accord de pêche pour quatre ans. "
        "Oslo versera désormais 4,2 millions de dollars par an, contre 3,6 millions dans l'accord précédent."
    )
    assert found["4,2 millions de dollars"]["countries"] == ["MA", "NO"]
    # not in an article about something else than an agreement between them
    other = figures(
        "Pêche : la Norvège investit dans l'aquaculture\n"
        "La Norvège soutient ses pêcheurs depuis des années, comme le Maroc. "
        "Oslo versera désormais 4,2 millions de dollars par an à ses armateurs."
    )
    assert other["4,2 millions de dollars"]["countries"] == ["NO"]


def test_the_terms_an_agreement_sets_for_the_home_country_are_a_figure_of_both_parties():
    found = figures(
        "Morocco-UK farm deal extension brings relief to exporters\n"
        "Morocco and the United Kingdom extended their farm trade deal on Monday. Under the deal, Morocco's "
        "duty-free tomato quota stays at 120,000 tonnes a year.",
        language="en",
    )
    assert found["120,000 tonnes"]["countries"] == ["GB", "MA"]


def test_the_main_companys_site_named_by_its_home_town_is_its_project():
    found = figures(
        "Spain's Aerolam opens €90 million composites plant in Tangier\n"
        "Spanish aerospace supplier Aerolam opened a €90 million composites plant in Tangier on Monday. "
        "Chief executive Pablo Ruiz said the Tangier site would cut logistics costs by 25% compared with "
        "shipping parts by road from southern Spain to Atlantic ports.",
        language="en",
    )
    assert found["25%"]["countries"] == ["ES", "MA"]


def test_a_company_named_again_by_its_initials_keeps_its_country():
    found = figures(
        "UAE's Desert Harbour Logistics wins Dakhla terminal concession\n"
        "UAE's Desert Harbour Logistics won a 30-year concession for the container terminal of Dakhla Atlantic "
        "on Monday. DHL will hold 60% of the operating company, with Nador West Med SA, the Moroccan state-owned "
        "port developer, retaining 40%.",
        language="en",
    )
    assert found["60%"]["countries"] == ["AE", "MA"]


def test_a_foreign_company_named_as_the_subject_of_its_own_accounts_is_its_country_alone():
    found = figures(
        "Korea's Hanul Chemical to build $900 million plant in Morocco\n"
        "Korea's Hanul Chemical Corp. will build a $900 million cathode plant in Jorf Lasfar, Morocco. "
        "Hanul posted sales of 3.9 trillion won last year, down 8% as cathode prices slumped.",
        language="en",
    )
    assert found["3.9 trillion won"]["countries"] == ["KR"]


def test_revenue_the_company_expects_from_its_plant_is_the_plants_not_the_companys_accounts():
    found = figures(
        "China, Korea Battery Firms Team Up on $1.1 Billion Morocco Plant\n"
        "China's Huali Cobalt Co. and South Korea's Hanul Chemical Corp. will build a $1.1 billion plant in "
        "Morocco.\n\n"
        "Hanul posted sales of 3.9 trillion won last year. The company expects the plant to generate annual "
        "revenue of about $1.2 billion at full capacity and aims to ship 60% of output to cathode makers in Europe.",
        language="en",
    )
    assert "MA" in found["$1.2 billion"]["countries"]


def test_a_partners_share_of_the_demand_told_before_is_a_figure_of_both():
    found = figures(
        "Offshoring : les services informatiques dépassent les centres d'appels\n"
        "Les exportations de l'offshoring marocain ont atteint 22 milliards de DH en 2025. "
        "La Belgique représente 14% de la demande, mais sa part recule."
    )
    assert found["14%"]["countries"] == ["BE", "MA"]


def test_the_projects_without_their_number_are_a_programmes_not_the_main_companys():
    text = (
        "Germany's Rheinwerk to build €2 billion hydrogen plant near Laayoune\n"
        "German utility Rheinwerk will build a €2 billion green hydrogen plant near Laayoune, the company said on "
        "Monday. Morocco has set aside 1 million hectares of public land for green hydrogen, of which 300,000 "
        "hectares went to the projects selected in March. The two projects of Rheinwerk will cover 30,000 hectares."
    )
    found = figures(text, language="en")
    assert found["300,000 hectares"]["countries"] == ["MA"]
    assert found["30,000 hectares"]["countries"] == ["DE", "MA"]


def test_a_flow_told_as_the_total_of_every_origin_is_the_home_countrys_own():
    text = (
        "Vietnam Airlines to launch Hanoi-Casablanca flights as Vietnamese arrivals soar\n"
        "Vietnam Airlines will launch direct flights between Hanoi and Casablanca in March, the airline said on Monday.\n"
        "Morocco welcomed 41,000 Vietnamese visitors in the first eight months, up 30%.\n"
        "Overall arrivals reached 13.1 million in January-August.\n"
        "Total trade between the two countries reached $410 million."
    )
    found = figures(text, language="en")
    assert found["13.1 million"]["countries"] == ["MA"]
    assert found["$410 million"]["countries"] == ["MA", "VN"]  # a total between two partners is theirs


def test_a_balance_of_the_whole_economy_is_no_flow_of_the_articles_trade():
    text = (
        "Morocco's trade gap with Vietnam widens to MAD 9.1 billion\n"
        "Morocco's trade deficit with Vietnam widened to MAD 9.1 billion in the first nine months, the Foreign Exchange "
        "Office said.\n"
        "Exports rose 12% to MAD 1.4 billion.\n"
        "The IMF expects Morocco's current account deficit to stand at 1.9% of GDP in 2026."
    )
    found = figures(text, language="en")
    assert found["1.9%"]["countries"] == ["MA"]
    assert found["MAD 1.4 billion"]["countries"] == ["MA", "VN"]


def test_a_programme_run_by_a_home_body_is_not_the_main_companys_project():
    text = (
        "Tanger Med : le danois Vestborg lance une usine de pales de 1,5 milliard de DH\n"
        "Le danois Vestborg a lancé lundi à Tanger Med une usine de pales éoliennes de 1,5 milliard de DH.\n"
        "Le programme éolien intégré, piloté par l'ONEE et Masen, prévoit l'ajout de 1.000 MW d'ici 2028.\n"
        "Le programme de Vestborg prévoit 400 recrutements."
    )
    found = figures(text)
    assert found["1.000 MW"]["countries"] == ["MA"]
    assert found["400 recrutements"]["countries"] == ["DK", "MA"]


def test_a_sentence_opening_on_a_company_by_its_nationality_is_not_that_countrys_own():
    text = (
        "Kénitra : le chinois Huaxing lance une usine de batteries de 6 milliards de DH\n"
        "Le chinois Huaxing a lancé lundi à Kénitra une usine de batteries de 6 milliards de DH.\n"
        "Le japonais Daiwa Cells (4,2 milliards de DH) et le canadien Borealis Lithium (1,8 milliard de DH) "
        "complètent le tableau des investissements de la filière."
    )
    found = figures(text)
    assert found["1,8 milliard de DH"]["countries"] == ["CA", "MA"]


def test_the_capital_of_a_joint_company_split_among_holders_is_of_all_their_countries():
    text = (
        "Banque : le marocain Crédit Oasis rachète la Banque du Sahel à Dakar\n"
        "Le groupe marocain Crédit Oasis a signé lundi l'acquisition de la Banque du Sahel, à Dakar.\n"
        "Au terme de l'opération, Crédit Oasis détiendra 58% du capital, le fonds souverain FONSIS 17% et des "
        "actionnaires privés sénégalais 25%.\n"
        "En Côte d'Ivoire, sa filiale détient 13,5% de parts de marché, tandis qu'au Sénégal, la banque revendique 18% des dépôts."
    )
    found = figures(text)
    assert found["58%"]["countries"] == ["MA", "SN"] and found["17%"]["countries"] == ["MA", "SN"]
    assert found["13,5%"]["countries"] == ["CI", "MA"]  # market shares are no split of a capital


def test_the_main_companys_plant_opening_the_sentence_keeps_its_country_beside_the_buyers():
    text = (
        "Tanger Med : le danois Vestborg lance une usine de pales de 1,9 milliard de DH\n"
        "Le danois Vestborg a lancé lundi à Tanger Med une usine de pales éoliennes de 1,9 milliard de DH.\n"
        "L'usine, qui s'étendra sur 24 hectares, produira chaque année 1.200 pales destinées aux parcs du Maroc, "
        "d'Espagne et du Portugal."
    )
    assert figures(text)["1.200 pales"]["countries"] == ["DK", "ES", "MA", "PT"]


def test_the_home_countrys_neighbour_in_an_article_on_their_trade_is_the_partner():
    text = (
        "Electricité : les échanges entre le Maroc et l'Espagne s'inversent\n"
        "Les échanges d'électricité entre le Maroc et l'Espagne ont changé de sens en 2025, selon l'ONEE.\n"
        "Pour la première fois, le Royaume a été exportateur net, avec 1,3 TWh vendus à son voisin."
    )
    assert figures(text)["1,3 TWh"]["countries"] == ["ES", "MA"]


def test_the_main_company_named_again_by_its_trade_noun():
    # `the airline`, `l'armateur`, `le transporteur`: the main company again, as `the company` is
    english = figures(
        "Israeli carrier Galil Air adds flights to Marrakech\n"
        "Israeli carrier Galil Air will open a route from Tel Aviv to Marrakech in March. "
        "The airline expects to carry 80,000 passengers on its Moroccan routes this year.", language="en",
    )
    assert english["80,000 passengers"]["countries"] == ["IL", "MA"]
    french = figures(
        "Fret : le danois Nordlinje ouvre une ligne vers Agadir\n"
        "L'armateur danois Nordlinje a ouvert une ligne entre Aarhus et Agadir. "
        "L'armateur prévoit de transporter 40.000 conteneurs par an."
    )
    assert french["40.000 conteneurs"]["countries"] == ["DK", "MA"]


def test_a_country_named_again_as_subject_keeps_the_partners_of_its_first_clause():
    found = figures(
        "Senegal boosts its exports\n"
        "Senegal exported more fish this year. Its trade with Mali and Guinea rose 14% to $610 million in 2025.",
        language="en",
    )
    assert found["$610 million"]["countries"] == ["GN", "ML", "SN"]


def test_a_capital_after_vis_a_vis_stands_for_its_country():
    found = figures("Le déficit commercial marocain vis-à-vis de Pékin s'est creusé de 12%, à 6,4 milliards de dollars.")
    assert found["12%"]["countries"] == ["CN", "MA"]


def test_a_capitalised_company_noun_opens_a_name_not_the_main_company_again():
    found = figures(
        "Croisières : l'italien Navi Azzurre fait escale à Tanger\n"
        "L'armateur italien Navi Azzurre a programmé 14 escales à Tanger cette année.\n"
        "A Tanger, la Société de gestion du port de plaisance a investi 95 millions de dirhams dans un quai."
    )
    assert found["95 millions de dirhams"]["countries"] == ["MA"]


def test_a_partners_place_in_the_ranking_of_the_home_flow_just_told():
    found = figures(
        "Tourisme : 9,4 millions d'arrivées à fin juin\n"
        "Le Maroc a accueilli 9,4 millions de touristes à fin juin.\n"
        "La France conserve la première place des marchés émetteurs avec 1,5 million de touristes. "
        "L'Italie se hisse au quatrième rang avec 410.000 visiteurs, en hausse de 9%.",
        published_year=2026,
    )
    assert found["410.000 visiteurs"]["countries"] == ["IT", "MA"]


def test_a_partners_place_in_the_ranking_told_a_paragraph_a_partner():
    found = figures(
        "Maïs : les achats du Royaume en repli\n"
        "Les importations marocaines de maïs ont atteint 2,1 millions de tonnes sur la campagne.\n\n"
        "Le Brésil, fournisseur de longue date du Royaume, conserve la première place avec 900.000 tonnes, "
        "ses ventes ayant progressé de 4%. "
        "Sa récolte a atteint 130 millions de tonnes.\n\n"
        "L'Argentine, gênée par la sécheresse, glisse à la deuxième place avec 610.000 tonnes, en baisse de 21%.",
        published_year=2026,
    )
    assert found["610.000 tonnes"]["countries"] == ["AR", "MA"]
    assert found["21%"]["countries"] == ["AR", "MA"]


def test_a_partners_role_in_the_home_flow_with_its_figure():
    found = figures(
        "Transferts des MRE : 9,1 MMDH en janvier\n"
        "Les transferts des Marocains du monde ont atteint 9,1 milliards de dirhams en janvier.\n\n"
        "Le Maroc en reçoit une part croissante d'Europe du Sud.\n\n"
        "Les Pays-Bas restent le premier pays d'origine des fonds de la région, avec 14% du total.",
        published_year=2026,
    )
    assert found["14%"]["countries"] == ["MA", "NL"]


def test_a_share_of_the_home_flow_and_the_earlier_share_it_is_compared_with():
    found = figures(
        "Huile d'olive : les exportations marocaines s'envolent\n"
        "Les exportations marocaines d'huile d'olive ont atteint 60.000 tonnes en 2025.\n\n"
        "La Chine a absorbé 4.000 tonnes. Le groupe chinois Kunlun Oils prévoit d'investir 90 millions de dirhams "
        "dans une unité à Meknès.\n\n"
        "L'Italie ne représente plus que 18% des volumes, contre 27% en 2022.",
        published_year=2026,
    )
    assert found["18%"]["countries"] == ["IT", "MA"]
    assert found["27%"]["countries"] == ["IT", "MA"]


def test_a_partners_share_of_the_home_flow_tells_that_flow_to_the_next_partner():
    found = figures(
        "Huile d'olive : les exportations marocaines s'envolent\n"
        "Les exportations marocaines d'huile d'olive ont atteint 60.000 tonnes en 2025.\n\n"
        "L'Espagne absorbe 41% des volumes. La Suisse et la Norvège ont reçu ensemble 3.100 tonnes.",
        published_year=2026,
    )
    assert found["3.100 tonnes"]["countries"] == ["CH", "MA", "NO"]


def test_a_partner_that_took_of_the_goods_just_told():
    found = figures(
        "Huile d'olive : les exportations marocaines s'envolent\n"
        "Les exportations marocaines d'huile d'olive ont atteint 60.000 tonnes en 2025.\n\n"
        "L'Espagne absorbe 41% des volumes. Le Japon, où l'huile marocaine gagne des parts de marché, "
        "en a importé pour 12 millions de dollars.",
        published_year=2026,
    )
    assert found["12 millions de dollars"]["countries"] == ["JP", "MA"]


def test_a_month_end_in_a_campaign_counts_from_the_campaigns_start():
    cereals = figures(
        "Blé tendre : les importations en baisse\n"
        "Les importations de blé tendre ont atteint 3,2 millions de tonnes à fin janvier, au titre de la campagne "
        "de commercialisation 2025-2026, selon l'ONICL.",
        published_year=2026, published_month=2,
    )
    assert cereals["3,2 millions de tonnes"]["period"] == "2025-06/2026-01"
    citrus = figures(
        "Agrumes : les exportations progressent\n"
        "Les exportations d'agrumes ont atteint 412.000 tonnes à fin janvier au titre de la campagne 2025-2026.",
        published_year=2026, published_month=2,
    )
    assert citrus["412.000 tonnes"]["period"] == "2025/2026"


def test_a_season_of_flights_is_no_campaign():
    found = figures(
        "Aéroports : le trafic en hausse\n"
        "Pour la saison hiver 2026-2027, la compagnie ouvre 12 lignes. Le trafic des aéroports a atteint "
        "26,7 millions de passagers à fin septembre.",
        published_year=2026, published_month=10,
    )
    assert found["26,7 millions de passagers"]["period"] == "2026-01/2026-09"


def test_the_first_months_of_a_campaign_and_the_whole_campaign():
    found = figures(
        "Huile d'olive : les exportations bondissent\n"
        "Les ventes d'huile d'olive à l'étranger ont atteint 48.000 tonnes sur les quatre premiers mois de la "
        "campagne 2025-2026. L'interprofession vise 300.000 tonnes d'exportations sur l'ensemble de la campagne.",
        published_year=2026, published_month=2,
    )
    assert found["48.000 tonnes"]["period"] == "2025-10/2026-01"
    assert found["300.000 tonnes"]["period"] == "2025/2026"


def test_a_month_told_as_a_beginning_is_not_the_figures_period():
    found = figures(
        "Batteries : un sud-coréen s'agrandit\n"
        "Au Maroc, le groupe exploite depuis mars 2025 une unité de 40.000 tonnes par an à Jorf Lasfar.",
        published_year=2026, published_month=6,
    )
    assert found["40.000 tonnes"]["period"] is None
    english = figures(
        "Hydrogen: Morocco picks projects\n"
        "The agency said it had received applications for 12 projects since launching the offer in March 2024.",
        language="en", published_year=2026, published_month=6,
    )
    assert english["12 projects"]["period"] is None


def test_a_company_told_as_an_example_is_not_the_articles_actor():
    found = figures(
        "Textile-habillement : l'Espagne et la France tirent les exportations\n"
        "Les exportations du secteur du textile ont atteint 11,9 milliards de DH au premier trimestre 2026.\n\n"
        "Les ventes vers le marché espagnol se sont établies à 5,6 milliards de DH, portées par les commandes des "
        "grandes enseignes, dont le groupe galicien Inditex, qui s'approvisionne auprès de 300 ateliers marocains.\n\n"
        "L'association vise à porter les exportations à 65 milliards de DH d'ici 2030.",
        published_year=2026,
    )
    assert found["65 milliards de DH"]["countries"] == ["MA"]


def test_a_foreign_juniors_named_project_and_deposit_are_at_home_too():
    found = figures(
        "Australia's Red Dune lifts Moroccan copper plan\n"
        "Red Dune Resources said its copper project near Assa in Morocco would cost $650 million.\n\n"
        "The Perth-based company said Monday that a feasibility study for its Assa project showed annual output "
        "of 42,000 tons of copper. At current prices of around $4,200 per ounce, the value of the deposit exceeds "
        "$6.5 billion.",
        language="en", published_year=2026,
    )
    assert found["42,000 tons"]["countries"] == ["AU", "MA"]
    assert found["$6.5 billion"]["countries"] == ["AU", "MA"]


def test_another_items_currency_is_not_this_figures_country():
    found = figures(
        "Mines : les juniors se ruent sur le Maroc\n"
        "Les permis d'exploration ont bondi de 28% en 2025.\n\n"
        "A titre de comparaison, le Canada a consacré 4,1 milliards de dollars canadiens à l'exploration minière "
        "en 2025 et l'Australie 4,3 milliards de dollars australiens.",
        published_year=2026,
    )
    assert found["4,1 milliards de dollars canadiens"]["countries"] == ["CA"]
    assert found["4,3 milliards de dollars australiens"]["countries"] == ["AU"]


def test_a_companys_nationality_in_a_supply_headline_is_no_trade_partner():
    found = figures(
        "Australian Miner Bets $650 Million on Moroccan Copper as EU Seeks Supply\n"
        "Red Dune Resources Ltd., an Australian junior, plans to invest $650 million in a copper mine in Morocco.\n\n"
        "The kingdom exported $1.4 billion worth of non-phosphate minerals in 2025.",
        language="en", published_year=2026,
    )
    assert found["$1.4 billion"]["countries"] == ["MA"]
    pair = figures(
        "Saudi-Moroccan shipping line launches direct Jeddah-Casablanca service\n"
        "Saudi shipping group Najd Lines launched on Monday a direct service between Jeddah and Casablanca.\n\n"
        "Moroccan imports totaled 19.8 billion dirhams, while exports amounted to just 1.8 billion dirhams.",
        language="en", published_year=2026,
    )
    assert pair["19.8 billion dirhams"]["countries"] == ["MA", "SA"]


def test_the_construction_phase_is_the_main_companys_project():
    found = figures(
        "Cuivre : le chinois Jinlu investit 3,2 milliards de DH à Tata\n"
        "Le groupe chinois Jinlu Nonferrous a signé un accord pour une mine de cuivre à Tata, dans le sud du Maroc.\n\n"
        "La phase de construction mobilisera jusqu'à 1.400 travailleurs, dont 85% seront recrutés dans la région "
        "de Souss-Massa. Pendant la construction, 300 camions seront mobilisés dans la province de Tata.",
        published_year=2026,
    )
    assert found["1.400 travailleurs"]["countries"] == ["CN", "MA"]
    assert found["300 camions"]["countries"] == ["CN", "MA"]


def test_the_two_countries_the_paragraph_told_in_turn():
    found = figures(
        "Textile-habillement : l'Espagne et la France tirent les exportations\n"
        "Les exportations du secteur ont atteint 11,9 milliards de DH au premier trimestre.\n\n"
        "L'Espagne confirme son statut de premier débouché. Les ventes vers le marché espagnol se sont établies à 5,6 "
        "milliards de DH, en progression de 8,4%, portées par les commandes des grandes enseignes de la fast fashion, "
        "dont le groupe galicien Inditex, qui s'approvisionne auprès de plus de 300 ateliers marocains. "
        "La France suit avec 3,2 milliards de DH, en hausse de 2,7%. À eux deux, les deux pays absorbent 74% des "
        "exportations du secteur, contre 71% un an plus tôt.",
        published_year=2026,
    )
    assert found["74%"]["countries"] == ["ES", "FR", "MA"]


def test_the_coverage_rate_in_an_article_on_trade_with_one_partner_is_that_trades():
    found = figures(
        "Maroc-Turquie : le déficit commercial poursuit sa hausse\n"
        "Le déficit commercial du Maroc avec la Turquie a atteint 17,9 milliards de DH à fin juillet 2026.\n\n"
        "Les importations en provenance de Turquie ont totalisé 26,3 milliards de DH. Les exportations marocaines vers "
        "ce pays ont bondi de 21% à 8,4 milliards de DH. Le taux de couverture s'améliore ainsi à 31,9%.",
        published_year=2026,
    )
    assert found["31,9%"]["countries"] == ["MA", "TR"]


def test_a_month_after_the_unit_a_price_is_per_dates_the_price():
    found = figures(
        "Phosphates : les exportations bondissent au premier trimestre 2026\n"
        "Les exportations de phosphates ont atteint 21,4 milliards de DH au premier trimestre 2026.\n\n"
        "Sur les marchés internationaux, le prix du DAP a atteint 745 dollars la tonne en mars, contre 610 dollars un "
        "an auparavant.",
        published_year=2026, published_month=4,
    )
    assert found["745 dollars"]["period"] == "2026-03"
    assert found["610 dollars"]["period"] == "2025-03"


def test_a_start_told_in_the_lead_is_not_the_period_of_over_the_period():
    found = figures(
        "Managem's gold output soars 62%\n"
        "Moroccan mining group Managem said on Monday its gold production rose 62% to 7.9 tonnes in the first nine "
        "months of 2026, while its Tizert copper mine in southern Morocco began commercial production in September.\n\n"
        "Consolidated revenue reached 10.2 billion dirhams over the period, up 34% year on year.",
        language="en", published_year=2026, published_month=10,
    )
    assert found["10.2 billion dirhams"]["period"] == "2026-01/2026-09"


def test_a_world_markets_players_in_brackets_are_their_own():
    found = figures(
        "Etain : le britannique Hammada obtient son permis près de Meknès\n"
        "Le britannique Hammada Tin a obtenu son permis d'exploitation.\n\n"
        "Le marché mondial est dominé par la Chine, qui a produit 69.000 tonnes en 2025, devant l'Indonésie "
        "(52.000 tonnes) et le Myanmar (34.000 tonnes).",
        published_year=2026,
    )
    assert found["52.000 tonnes"]["countries"] == ["ID"]
    assert found["34.000 tonnes"]["countries"] == ["MM"]


def test_a_stock_told_at_a_months_end_is_of_that_month():
    found = figures(
        "Dette extérieure publique : l'encours en hausse\n"
        "L'encours de la dette extérieure publique du Maroc s'est établi à 430,2 milliards de dirhams à fin juin 2026, "
        "en hausse de 6,1% sur le premier semestre. Les exportations ont atteint 200 milliards de DH à fin juin 2026.",
        published_year=2026, published_month=8,
    )
    assert found["430,2 milliards de dirhams"]["period"] == "2026-06"
    assert found["6,1%"]["period"] == "2026-H1"  # a change over the span told after it
    assert found["200 milliards de DH"]["period"] == "2026-H1"  # a flow: the year to the month's end
    english = figures(
        "Morocco sells bonds\nCentral bank data showed foreign exchange reserves at 418.2 billion dirhams at the end "
        "of April, up 9.6% from a year earlier.",
        language="en", published_year=2026, published_month=5,
    )
    assert english["418.2 billion dirhams"]["period"] == "2026-04"


def test_two_months_told_together_and_a_deals_month_after_its_participle():
    found = figures(
        "Transferts des MRE : un record\n"
        "Les transferts ont atteint 120 MMDH en 2025. Les seuls mois de juillet et août ont concentré 24,8 MMDH. "
        "Les réserves intègrent un prêt de 450 millions d'euros décaissé en juillet par la BAD.",
        published_year=2026, published_month=2,
    )
    assert found["24,8 MMDH"]["period"] == "2025-07/2025-08"
    assert found["450 millions d'euros"]["period"] == "2025-07"


def test_an_aircraft_maker_or_an_airline_the_headline_names_gives_its_country():
    found = figures(
        "Royal Air Maroc Nears $4 Billion Airbus Deal in Widebody Push\n"
        "Royal Air Maroc is close to ordering as many as 20 A350 jets.",
        language="en", published_year=2026,
    )
    assert found["$4 Billion"]["countries"] == ["FR", "MA"]
    turkish = figures(
        "Turkish Airlines adds flights to Morocco\n"
        "The airline carried 1.1 million passengers between Turkey and Morocco in 2025.",
        language="en", published_year=2026,
    )
    assert turkish["1.1 million"]["countries"] == ["MA", "TR"]


def test_a_part_of_a_forecast_told_after_its_year_is_forecast_too():
    found = figures(
        "Aéronautique : Safran ouvre une usine\n"
        "L'usine emploiera 650 personnes à pleine capacité en 2028, dont 180 ingénieurs et techniciens. "
        "Le groupe a recruté 1.800 personnes en 2024, dont 450 pilotes.",
        published_year=2026,
    )
    assert found["180 ingénieurs"]["qualifier"] == "forecast"
    assert found["450 pilotes"]["qualifier"] is None  # a part of a past figure


def test_the_end_a_future_verb_takes_a_measure_to_is_forecast():
    found = figures(
        "Airports: a new terminal\n"
        "The terminal will raise the airport's annual capacity from 14 million to 35 million passengers. "
        "Exports rose from 42 to 77 billion dirhams.",
        language="en", published_year=2026,
    )
    assert found["35 million"]["qualifier"] == "forecast"
    assert found["77 billion dirhams"]["qualifier"] is None
    french = figures("Aérien\nTurkish Airlines portera de 35 à 49 le nombre de ses vols hebdomadaires cet été.",
                     published_year=2026)
    assert french["49"]["qualifier"] == "forecast"


def test_a_central_banks_rate_is_no_flow_of_the_articles_period():
    found = figures(
        "Bank Al-Maghrib maintient son taux directeur à 2,25% et table sur une inflation de 1,6% en 2026\n"
        "Bank Al-Maghrib a décidé mardi de maintenir inchangé son taux directeur à 2,25%.",
        published_year=2026, published_month=3,
    )
    assert all(f["period"] is None for text, f in found.items() if text == "2,25%")
    assert found["1,6%"]["period"] == "2026"


def test_the_same_period_told_earlier_in_its_own_sentence():
    found = figures(
        "Aéroports : le trafic progresse\n"
        "Le trafic a progressé de 12% en 2025.\n\n"
        "Cette dynamique accompagne la hausse des arrivées touristiques, qui ont atteint 5,8 millions à fin avril, ainsi "
        "que celle des recettes voyages, qui se sont établies à 34,5 milliards de dirhams sur la même période.",
        published_year=2026, published_month=5,
    )
    assert found["34,5 milliards de dirhams"]["period"] == "2026-01/2026-04"


def test_a_company_based_in_a_country_named_as_a_city_would_be():
    # `UK-based X` gives X's country as `London-based X` does: its ferries in Morocco are both countries'
    found = figures(
        "UK retailers turn to Moroccan tomatoes\n"
        "Morocco's tomato exports to Britain rose 12% last season. A direct roll-on/roll-off service between Agadir "
        "and Portsmouth, launched in February by UK-based Atlantic Channel Ferries Ltd, now carries up to 240 trailers "
        "a week.",
        language="en", published_year=2026,
    )
    assert set(found["240 trailers"]["countries"]) == {"GB", "MA"}


def test_a_foreign_groups_moroccan_subsidiary_is_the_foreign_groups_in_the_country():
    # the group is Turkish (`stambouliote`), its subsidiary in Morocco: its staff there are both countries'
    found = figures(
        "Distribution : l'enseigne turque Kardelen franchit la barre des 150 magasins au Maroc\n\n"
        "L'enseigne de hard discount turque Kardelen Market a ouvert ce jeudi à Oujda son 150e magasin au Maroc.\n\n"
        "La filiale marocaine du groupe stambouliote Kardelen Perakende A.Ş. a réalisé en 2025 un chiffre d'affaires "
        "de 3,8 milliards de DH.\n\n"
        "L'enseigne emploie aujourd'hui 2.700 personnes dans le pays.",
        published_year=2026,
    )
    assert set(found["2.700 personnes"]["countries"]) == {"MA", "TR"}


def test_a_figure_in_a_relative_clause_of_a_foreign_country_opening_the_sentence_is_its_own():
    found = figures(
        "Hôtellerie : le qatari Al Dafna investit 2,4 milliards de DH au Maroc\n\n"
        "Le Maroc a accueilli 8,9 millions de touristes au premier semestre. La Tunisie, qui a accueilli 11 millions "
        "de visiteurs sur la même période, n'a en revanche bénéficié d'aucun projet du groupe.\n\n"
        "La Russie, qui a livré 780.000 tonnes de blé au Royaume, reste son premier fournisseur.",
        published_year=2026,
    )
    assert found["11 millions de visiteurs"]["countries"] == ["TN"]
    # (not where the clause tells of the home country: a partner's flow with it)
    assert found["780.000 tonnes"]["countries"] == ["MA", "RU"]


def test_a_moroccan_province_places_a_foreign_lenders_project_at_home():
    # `Taounate` is one of the kingdom's provinces: the loan is Kuwait's, for a dam in Morocco
    found = figures(
        "Kuwait Fund lends Morocco $147 million for a dam\n\n"
        "The Kuwait Fund's loan, KWD 45 million (about $147 million), will co-finance the Ratba dam in Taounate "
        "province, the fund said.",
        language="en", published_year=2026,
    )
    assert found["KWD 45 million"]["countries"] == ["KW", "MA"]


def test_a_subject_parted_from_its_participle_by_an_incise_owns_the_figure():
    found = figures(
        "Arabie saoudite-Maroc : un fonds commun de 2 milliards de dollars pour relancer les investissements\n\n"
        "Riyad a longtemps privilégié d'autres destinations. L'Arabie saoudite s'est engagée l'an dernier à investir "
        "15 milliards de dollars en Egypte. La Tunisie a, pour sa part, obtenu 300 millions de dollars de financements "
        "saoudiens sur la même période.",
        published_year=2026,
    )
    assert found["300 millions de dollars"]["countries"] == ["SA", "TN"]


def test_the_two_kingdoms_are_the_two_countries():
    found = figures(
        "Arabie saoudite-Maroc : un fonds commun de 2 milliards de dollars\n\n"
        "Le stock des investissements saoudiens au Maroc ne dépasse pas 9,5 milliards de DH.\n\n"
        "Sur le plan commercial, les échanges entre les deux royaumes ont atteint 26,7 milliards de DH en 2025.",
        published_year=2026,
    )
    assert found["26,7 milliards de DH"]["countries"] == ["MA", "SA"]


def test_the_country_named_again_is_no_bloc():
    found = figures(
        "EU carbon levy could cost Moroccan steel exporters MAD 640 million\n\n"
        "Morocco exported 1.1 million tonnes of steel to the EU last year. Cement and clinker shipments to the EU "
        "reached 640,000 tonnes in 2025.\n\n"
        "The country's steel industry employs about 30,000 people.",
        language="en", published_year=2026,
    )
    assert found["30,000 people"]["countries"] == ["MA"]


def test_a_share_of_a_countrys_flow_to_a_partner_is_both_countries():
    found = figures(
        "Morocco-China trade rises\n\n"
        "On the export side, phosphates and fertilizers made up 64% of Morocco's sales to China.",
        language="en", published_year=2026,
    )
    assert found["64%"]["countries"] == ["CN", "MA"]


def test_a_superlative_in_a_countrys_own_history_is_no_role_towards_another():
    found = figures(
        "Egypt, Morocco vie for Gulf billions as Tunisia lags behind\n\n"
        "Cairo (AFP) - Gulf money is pouring into North Africa, but the race for Emirati, Saudi and Qatari capital has "
        "become a two-horse contest between Egypt and Morocco, with Tunisia struggling to keep up.\n\n"
        "Egypt sealed the largest single investment deal in its history in 2024, when Abu Dhabi's sovereign fund ADQ "
        "agreed to pay $35 billion to develop the Ras El-Hekma peninsula.\n\n"
        "\"Gulf investors are looking for scale, stability and a route into Europe, and Morocco ticks those boxes "
        "better than most,\" said Leila Haddad, an analyst at Cairo-based consultancy Nile Frontier Advisory.",
        language="en", published_year=2026,
    )
    assert found["$35 billion"]["countries"] == ["AE", "EG"]


def test_a_season_told_as_it_starts_is_not_the_articles_period():
    found = figures(
        "Tomates : plus de 500.000 tonnes vers l'UE\n\n"
        "La campagne d'exportation de tomates 2026-2027 démarre sous tension. Les importations de tomates marocaines "
        "dans l'Union européenne ont atteint 512.000 tonnes durant la campagne 2025-2026.\n\n"
        "Le prix moyen à l'export s'est établi à 14,6 DH le kilo.",
        published_year=2026, published_month=10,
    )
    assert found["14,6 DH"]["period"] == "2025/2026"


def test_a_region_left_out_by_its_epithet_is_no_party():
    found = figures(
        "Tanger : le portugais Moldes Atlântico inaugure sa première usine au Maroc\n\n"
        "Le groupe portugais Moldes Atlântico SA a inauguré ce jeudi à Tanger Automotive City sa première usine hors "
        "de la péninsule Ibérique, un site de 42.000 m² dédié aux pièces plastiques.",
        published_year=2026,
    )
    assert found["42.000 m²"]["countries"] == ["MA", "PT"]


def test_a_figure_compared_with_another_countrys_after_a_comma_is_not_placed_there():
    found = figures(
        "German supplier picks Kenitra for e-axle plant\n\n"
        "Average hourly labor costs in Morocco's auto industry are about €4, compared with €47 in Germany, "
        "according to the VDA.",
        language="en", published_year=2026,
    )
    assert found["€4"]["countries"] == ["MA"]
    assert found["€47"]["countries"] == ["DE"]


def test_what_the_agreements_total_in_an_article_on_an_agreement_is_both_parties():
    found = figures(
        "Maroc-Emirats : 12 accords de 14 milliards de dirhams pour l'eau, l'énergie et les ports\n\n"
        "Rabat, 17 février 2026 (MAP) - Le Maroc et les Emirats arabes unis ont signé, lundi à Rabat, 12 accords "
        "d'investissement d'un montant global de 14 milliards de dirhams.\n\n"
        "Les 10 autres accords, qui totalisent 4 MMDH, concernent notamment 3 hôtels à Marrakech et Tanger.",
        published_year=2026,
    )
    assert found["4 MMDH"]["countries"] == ["AE", "MA"]
    assert found["3 hôtels"]["countries"] == ["AE", "MA"]


def test_a_foreign_groups_annual_sales_are_its_own_accounts():
    found = figures(
        "Turkish denim maker opens MAD 620 million plant in Fez\n\n"
        "Turkey's Uludag Denim Group opened a MAD 620 million plant in Fez on Tuesday.\n\n"
        "The group, which has annual sales of $410 million, employs 3,200 people at its home base in Turkey.",
        language="en", published_year=2026,
    )
    assert found["$410 million"]["countries"] == ["TR"]


def test_the_partners_a_regional_flow_is_broken_down_into_are_its_countries():
    found = figures(
        "EU carbon levy to cost Moroccan exporters\n\n"
        "Morocco sold 1.1 million tonnes of steel products to Europe in 2025, mainly to Spain and Portugal, while "
        "cement shipments reached 640,000 tonnes.",
        language="en", published_year=2026,
    )
    assert found["1.1 million tonnes"]["countries"] == ["ES", "MA", "PT"]


def test_a_foreign_countrys_business_abroad_is_its_own():
    found = figures(
        "BTP : les groupes turcs raflent 19,3 milliards de DH de marchés au Maroc\n\n"
        "Les entreprises turques ont décroché 27 marchés publics au Maroc en 2025.\n\n"
        "Selon l'Association des entrepreneurs turcs (TMB), les groupes du pays ont remporté en 2025 des contrats de "
        "28,4 milliards de dollars à l'étranger.",
        published_year=2026,
    )
    assert found["28,4 milliards de dollars"]["countries"] == ["TR"]


def test_a_national_development_fund_by_its_acronym_is_its_countrys():
    found = figures(
        "Kuwait Fund lends Morocco $147 million for a dam\n\n"
        "Over the decades, KFAED has extended 52 loans to Morocco totaling about KWD 640 million.",
        language="en", published_year=2026,
    )
    assert found["52 loans"]["countries"] == ["KW", "MA"]


def test_a_city_abroad_that_qualifies_a_company_names_its_country():
    # `Abu Dhabi Port Operator` as `Emirati Port Operator`: the headline's figure is the operator's too
    found = figures(
        "Abu Dhabi Port Operator Wins $1.2 Billion Dakhla Terminal Deal in Morocco\n\n"
        "The port, being built by the Moroccan state, is due to open in 2028 with annual capacity to handle 12 million "
        "tons of cargo.",
        language="en", published_year=2026,
    )
    assert found["$1.2 Billion"]["countries"] == ["AE", "MA"]


def test_a_clause_set_against_a_flow_shares_its_partner():
    found = figures(
        "Textile : le Bangladesh devance la Turquie\n\n"
        "La Turquie a exporté pour 11,8 milliards d'euros de vêtements vers l'UE en 2025, tandis que le Bangladesh a "
        "atteint 19,7 milliards d'euros.\n\n"
        "Les exportations textiles turques vers l'Union européenne ont atteint 9,3 milliards d'euros au premier "
        "semestre, contre 2,1 milliards d'euros pour le Royaume.",
        published_year=2026,
    )
    assert found["19,7 milliards d'euros"]["countries"] == ["BD", "EU"]
    assert found["2,1 milliards d'euros"]["countries"] == ["EU", "MA"]
    found = figures(
        "Chinese carmaker to build EV plant in Tangier\n\n"
        "The European Union imposes duties of up to 35.3% on Chinese-made electric cars, while the United States "
        "applies a 100% tariff. Sales to India rose 18% to 14.9 billion dirhams, while Brazil brought in 11.3 billion "
        "dirhams.",
        language="en", published_year=2026,
    )
    assert found["100%"]["countries"] == ["CN", "US"]
    # (not where the clause set against replaces the partner itself)
    assert "IN" not in found["11.3 billion dirhams"]["countries"]


def test_a_foreign_capitals_aim_for_bilateral_trade_is_both_countries():
    found = figures(
        "Corée du Sud : la KEXIM prête 450 millions de dollars à l'ONCF\n\n"
        "Le prêt financera 40 rames. Séoul vise à porter les échanges bilatéraux à 3 milliards de dollars d'ici 2030, "
        "contre 1,1 milliard en 2025.",
        published_year=2026,
    )
    assert found["3 milliards de dollars"]["countries"] == ["KR", "MA"]


def test_a_foreign_country_for_its_part_is_its_own_statement():
    # `for its part` sets the country against the one before; it is no `part` (share) of a flow
    found = figures(
        "Korea's Hanul picks Morocco for battery plant\n\n"
        "The plant at Jorf Lasfar will employ about 1,500 people.\n\n"
        "Vietnam, for its part, attracted $38 billion of foreign direct investment last year.",
        language="en", published_year=2026,
    )
    assert found["$38 billion"]["countries"] == ["VN"]


def test_a_measure_whose_subject_is_set_in_a_foreign_country_is_that_countrys():
    found = figures(
        "Chinese battery maker picks Tangier over Hungary\n\n"
        "Chinese battery maker Ruipeng Energy said Tuesday it would build a 15-gigawatt-hour cell plant near Tangier.\n\n"
        "But protests over water use have weighed on new projects. Battery investment pledges in Hungary fell 41% in "
        "2025 to 2.1 billion euros.",
        language="en", published_year=2026,
    )
    assert found["41%"]["countries"] == ["HU"]
    # (not in an article about a home company: its sales there)
    found = figures(
        "OCP lifts its fertilizer sales in Europe\n\n"
        "Morocco's OCP Group said its revenue rose 9% in the first half.\n\n"
        "Sales in Spain rose 12% to 1.1 million tonnes.",
        language="en", published_year=2026,
    )
    assert found["12%"]["countries"] == ["ES", "MA"]


def test_an_analyst_who_reports_a_figure_gives_it_no_country():
    # the consultancy's base and nationality are the source's, not the estimate's
    found = figures(
        "Morocco races Oman and Chile for Europe's hydrogen\n\n"
        "Morocco has selected six green hydrogen projects.\n\n"
        "Paris-based consultancy Heliade Conseil estimates that Morocco could produce green hydrogen at $2.7 per "
        "kilogram by 2030, against $2.9 for Oman.",
        language="en", published_year=2026,
    )
    assert found["$2.7"]["countries"] == ["MA"]
    assert found["$2.9"]["countries"] == ["OM"]


def test_a_foreign_country_opening_what_a_speaker_reports_is_its_own_subject():
    found = figures(
        "Hydrogène vert : un consortium germano-marocain investit 2,3 milliards d'euros à Guelmim\n\n"
        "Le projet produira 200.000 tonnes d'ammoniac vert par an.\n\n"
        "De son côté, la secrétaire d'Etat allemande à l'Economie, Katrin Wollenberg, a souligné que l'Allemagne "
        "devra importer 70% de ses besoins en hydrogène en 2030.",
        published_year=2026,
    )
    assert found["70%"]["countries"] == ["DE"]


def test_figures_each_with_a_partner_of_their_own_keep_their_own():
    found = figures(
        "IDE asiatiques : la Chine en tête\n\n"
        "Les échanges du Maroc avec l'Asie ont atteint 118 milliards de DH en 2025, dont 93,5 milliards avec la Chine, "
        "14,2 milliards avec le Japon et 10,3 milliards avec la Corée du Sud.",
        published_year=2026,
    )
    assert found["14,2 milliards"]["countries"] == ["JP", "MA"]
    assert found["10,3 milliards"]["countries"] == ["KR", "MA"]


def test_the_next_items_of_a_contrast_each_take_their_own_country():
    found = figures(
        "Morocco races Oman and Chile for Europe's hydrogen\n\n"
        "Morocco has selected six green hydrogen projects.\n\n"
        "Paris-based consultancy Heliade Conseil estimates that Morocco could produce green hydrogen at $2.7 per "
        "kilogram by 2030, against $2.9 for Oman, $3.1 for Egypt and $2.4 for Chile, where the best wind sites are "
        "found.",
        language="en", published_year=2026,
    )
    assert found["$2.9"]["countries"] == ["OM"]
    assert found["$3.1"]["countries"] == ["EG"]
    assert found["$2.4"]["countries"] == ["CL"]


def test_a_foreign_country_by_its_epithet_receiving_pledges_is_their_recipient():
    found = figures(
        "Morocco, Egypt, Oman and Chile race to become Europe's hydrogen supplier\n\n"
        "Morocco has selected six green hydrogen projects worth $30 billion.\n\n"
        "Oman's state-owned Hydrom has awarded 8 land blocks to developers in Duqm and Dhofar. The sultanate has "
        "attracted commitments of $49 billion, its energy ministry says.",
        language="en", published_year=2026,
    )
    assert found["$49 billion"]["countries"] == ["OM"]


def test_a_foreign_country_opening_its_sentence_by_an_epithet_is_its_subject():
    found = figures(
        "Le Maroc et le Japon renforcent leurs liens\n\n"
        "Les exportations marocaines vers le Japon ont atteint 4,6 milliards de DH.\n\n"
        "Le Japon a importé 90% de son énergie. L'archipel compte 12.000 entreprises industrielles.",
        published_year=2026,
    )
    assert found["12.000 entreprises"]["countries"] == ["JP"]


def test_national_in_a_paragraph_about_a_foreign_country_is_that_countrys():
    found = figures(
        "Morocco, Egypt, Oman and Chile race to become Europe's hydrogen supplier\n\n"
        "Morocco has selected six green hydrogen projects worth $30 billion.\n\n"
        "In Chile, the Magallanes region in the far south has drawn 12 projects. The national strategy calls for 25 GW "
        "of electrolysers by 2030.",
        language="en", published_year=2026,
    )
    assert found["25 GW"]["countries"] == ["CL"]
    # (a bloc has no nation: the home market after the EU's quotas)
    found = figures(
        "Acier : le turc Kardemir investit à Jorf Lasfar\n\n"
        "L'usine exportera 40% de sa production vers l'Union européenne, dans la limite des quotas.\n"
        "Le reste sera écoulé sur le marché national, où la demande a atteint 2,6 millions de tonnes en 2025.",
        published_year=2026,
    )
    assert "EU" not in found["2,6 millions de tonnes"]["countries"]


def test_a_foreign_main_companys_site_at_a_town_abroad_is_not_the_home_countrys():
    found = figures(
        "China's Hailong Energy picks Morocco over Hungary for $2.1 billion battery expansion\n\n"
        "Chinese battery maker Hailong Energy Technology said on Monday it would spend $2.1 billion to triple the "
        "capacity of its plant near Kenitra.\n\n"
        "The group had planned to invest 1.4 billion euros in a second factory at Debrecen, where it already operates "
        "a 12 GWh line employing 1,100 people.",
        language="en", published_year=2026,
    )
    assert found["1,100 people"]["countries"] == ["CN", "HU"]
    # (where a company is based is no site: `basé à Hambourg`)
    found = figures(
        "Ammoniac vert : un chimiste allemand signe à Dakhla\n\n"
        "Le chimiste Nordhafen Chemie, basé à Hambourg, a signé un accord d'enlèvement portant sur 400.000 tonnes "
        "d'ammoniac par an produites à Dakhla.",
        published_year=2026,
    )
    assert found["400.000 tonnes"]["countries"] == ["DE", "MA"]


def test_a_sentence_going_on_with_the_enumeration_before_takes_its_countries():
    found = figures(
        "Commerce: les exportations espagnoles vers le Maroc bondissent de 6,8% au premier semestre\n\n"
        "Les exportations espagnoles vers le Maroc ont progressé de 6,8%, à 7,1 milliards d'euros.\n\n"
        "Les carburants restent le premier poste, avec 1,15 milliard d'euros. Suivent les composants automobiles (890 "
        "millions d'euros) et les tissus destinés aux ateliers de confection de Tanger (540 millions d'euros).",
        published_year=2026,
    )
    assert found["890 millions d'euros"]["countries"] == ["ES", "MA"]


def test_a_foreign_flow_to_the_bloc_named_again_is_theirs():
    found = figures(
        "Chinese battery makers commit $6.5 billion to Morocco\n"
        "Chinese battery makers have committed $6.5 billion to Morocco since 2023, the ministry said.\n\n"
        "The European Union imposed duties on Chinese electric cars in 2024. Chinese EV exports to the bloc fell 19% "
        "in 2025.",
        language="en", published_year=2026,
    )
    assert found["19%"]["countries"] == ["CN", "EU"]


def test_a_link_between_two_foreign_countries_is_theirs():
    found = figures(
        "UK backs Morocco power cable with guaranteed price\n\n"
        "Sahara Link plans to build 10.5 GW of solar and wind capacity in Morocco.\n\n"
        "The ELMED link between Tunisia and Italy, a 600 MW cable costing 850 million euros, is due to start operating "
        "in 2028.",
        language="en", published_year=2026,
    )
    assert found["600 MW"]["countries"] == ["IT", "TN"]


def test_a_headlines_statement_before_its_cause_gives_the_focus():
    # The clause after `as` (or `while`, `despite`) is the cause or the setting of the headline's
    # statement: its countries are not what the article is about, nor a ranking of three.
    body = (
        "Chile's Copper Shipments Hit Record as Japan Demand Offsets US Tariffs\n"
        "- Shipments jumped 12% in the first quarter to 1.4 million tons\n"
        "Buyers in Japan took 30% of the volume. Morocco, a small buyer, bought 40,000 tons.\n"
        "Gross domestic product rose 2.1% last year, the statistics office said, and the central bank "
        "expects output to grow 1.5% in 2026."
    )
    found = figures(body, language="en")
    assert found["12%"]["countries"] == ["CL"]
    assert found["2.1%"]["countries"] == ["CL"]
    assert found["1.5%"]["countries"] == ["CL"]


def test_a_foreign_countrys_own_economy_with_the_home_country_in_passing():
    # A flow to a region (`to Africa`) is the foreign country's trade, not the home country's
    # partner in the headline; where the article names the home country less often than the
    # country it is about, that country's own figures do not take the home country.
    body = (
        "Vietnam rice exports to Africa rise 15% as Philippine demand cools\n"
        "Shipments of Vietnamese rice rose 9 percent to 2.4 million tonnes in the first half.\n"
        "Buyers in West Africa took more than half. Morocco, a small buyer, bought 90,000 tonnes.\n"
        "The agriculture ministry expects this year's harvest at about 43 million tonnes.\n"
        "The ministry expects exports of 7 million tonnes in 2027."  # (the country's ministry, not the home one's)
    )
    found = figures(body, language="en")
    assert found["7 million tonnes"]["countries"] == ["VN"]
    assert found["2.4 million tonnes"]["countries"] == found["9 percent"]["countries"] == ["VN"]
    assert found["43 million tonnes"]["countries"] == ["VN"]
    # A foreign partner's work in the home country names it throughout: its figures stay both's.
    body = (
        "Corée du Sud : un financement de 450 M$ pour le rail\n"
        "La Corée du Sud accorde au Maroc un prêt de 450 M$ pour le rail et les hôpitaux de Casablanca, "
        "Rabat et Tanger. Séoul vise 3 milliards de dollars d'échanges bilatéraux d'ici 2030.\n"
        "Les travaux à Kénitra et Fès débuteront en 2027."
    )
    assert figures(body)["3 milliards de dollars"]["countries"] == ["KR", "MA"]


def test_the_lions_share_of_the_home_flow_is_a_partners_share():
    body = (
        "Maïs : les importations grimpent\n"
        "Les importations marocaines de maïs ont atteint 1,2 million de tonnes en 2025. "
        "L'Argentine s'est taillé la part du lion avec 700.000 tonnes, soit 58% du total."
    )
    found = figures(body)
    assert found["700.000 tonnes"]["countries"] == found["58%"]["countries"] == ["AR", "MA"]


def test_a_part_of_the_total_the_sentence_before_told():
    body = (
        "Fertilizer buyers turn to North Africa\n"
        "India imported 5.5 million tonnes of DAP in 2025. Morocco supplied about 1.9 million tonnes of that, "
        "more than Saudi Arabia.\n"
        "Russia bought 410,000 tonnes of frozen fish last year. The Faroe Islands supplied 38% of that volume.\n"
        "Germany's carmakers are cutting costs. Chinese firms hold 60% of the capacity announced in Hungary "
        "and 85% of that announced in Morocco."
    )
    found = figures(body, language="en")
    assert found["1.9 million tonnes"]["countries"] == ["IN", "MA"]
    assert {"FO", "RU"} <= set(found["38%"]["countries"])  # the total's market joins its supplier
    assert "DE" not in found["85%"]["countries"]  # `that` for the capacity said again, not a total


def test_rivals_shares_of_the_foreign_market_the_paragraph_named():
    body = (
        "Agrumes : le Maroc cherche sa place\n"
        "Sur le marché polonais des agrumes, qui a importé 420.000 tonnes en 2024, le Maroc reste un acteur "
        "de second rang. L'Espagne y domine avec 51% des volumes, devant la Turquie (18%) et le Maroc (9%)."
    )
    found = figures(body)
    assert found["18%"]["countries"] == ["PL", "TR"]
    assert found["9%"]["countries"] == ["MA", "PL"]
