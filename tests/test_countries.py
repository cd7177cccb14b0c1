"""The country gazetteer shared by the entities and metrics stages."""

from econews.countries import (
    code_for, company_nationalities, company_short_forms, english_name, find_countries, find_epithets, find_places_abroad,
)


def _codes(text):
    return [(c.text, c.codes, c.kind) for c in find_countries(text)]


def test_french_and_english_names_and_long_forms():
    found = _codes("La Chine, China, le Royaume du Maroc et la République Populaire de Chine.")
    assert found == [
        ("Chine", ("CN",), "name"),
        ("China", ("CN",), "name"),
        ("Royaume du Maroc", ("MA",), "name"),
        ("République Populaire de Chine", ("CN",), "name"),
    ]


def test_demonyms_in_every_gender_and_number():
    for word in ("chinois", "chinoise", "chinoises", "marocain", "marocaine", "marocains", "marocaines", "japonaise"):
        assert len(find_countries(f"les opérateurs {word} ")) == 1, word
    assert code_for("Chinese") == "CN"
    assert code_for("japonaises") == "JP"
    # irregular forms: `-on` doubles its n or not (both are written), `-al` makes `-aux`
    for word, code in (("nipponnes", "JP"), ("nippones", "JP"), ("hexagonaux", "FR"), ("hexagonale", "FR"),
                       ("transalpins", "IT"), ("lettonne", "LV")):
        assert [m.codes for m in find_countries(f"les entreprises {word} ")] == [(code,)], word


def test_english_demonyms_in_the_plural_and_of_smaller_countries():
    # people counted by their nationality (`Britons accounted for 21% of arrivals`), regular
    # plurals made from the demonym and irregular ones from their own table
    found = [(m.text, m.codes) for m in find_countries(
        "Britons, Germans, Saudis, Turks and Poles; Russian and Belarusian fertilizers; "
        "les engrais biélorusses et les investisseurs albanais; North Korean exports")]
    assert found == [("Britons", ("GB",)), ("Germans", ("DE",)), ("Saudis", ("SA",)), ("Turks", ("TR",)),
                     ("Poles", ("PL",)), ("Russian", ("RU",)), ("Belarusian", ("BY",)), ("biélorusses", ("BY",)),
                     ("albanais", ("AL",)), ("North Korean", ("KP",))]
    # a region's adjective is no country's (`West and Central African subsidiaries`)
    assert find_countries("its West and Central African subsidiaries") == []


def test_the_two_congos():
    found = [(m.text, m.codes) for m in find_countries(
        "la RDC, the DRC, la République démocratique du Congo, the Democratic Republic of Congo; "
        "le Congo, la République du Congo, Congo-Brazzaville")]
    assert found == [("RDC", ("CD",)), ("DRC", ("CD",)), ("République démocratique du Congo", ("CD",)),
                     ("Democratic Republic of Congo", ("CD",)), ("Congo", ("CG",)), ("République du Congo", ("CG",)),
                     ("Congo-Brazzaville", ("CG",))]


def test_press_spellings_outside_the_locale_tables():
    found = [(m.text, m.codes) for m in find_countries(
        "le Nigéria, le Burkina, l'Arabie Saoudite, Cote d'Ivoire, Hong Kong, Myanmar, Koweit")]
    assert found == [("Nigéria", ("NG",)), ("Burkina", ("BF",)), ("Arabie Saoudite", ("SA",)), ("Cote d'Ivoire", ("CI",)),
                     ("Hong Kong", ("HK",)), ("Myanmar", ("MM",)), ("Koweit", ("KW",))]
    assert find_countries("STRESS HYDRIQUE : L'EAU DESSALÉE") == []  # water, not the Emirates
    assert [m.codes for m in find_countries("les exportations vers l'Hexagone")] == [("FR",)]
    assert [m.codes for m in find_countries("the U.A.E. fund and burkinabè traders")] == [("AE",), ("BF",)]
    # a long form whose first word is a demonym is the name, whole
    assert [(m.text, m.kind) for m in find_countries("Turkey and the Czech Republic")] == [
        ("Turkey", "name"), ("Czech Republic", "name")]
    assert [(m.text, m.kind) for m in find_countries("the Russian Federation")] == [("Russian Federation", "name")]
    assert [m.codes for m in find_countries("le Kirghizistan et le Viêtnam")] == [("KG",), ("VN",)]


def test_ports_and_plant_towns_abroad_the_press_names():
    from econews.countries import place_country

    for name, code in (("Le Pirée", "GR"), ("Port-Saïd", "EG"), ("Ain Sokhna", "EG"), ("Alexandrie", "EG"), ("Sfax", "TN"),
                       ("Nouadhibou", "MR"), ("Dunkerque", "FR"), ("Sines", "PT"), ("Civitavecchia", "IT"),
                       ("Ras El Hekma", "EG"), ("Paradip", "IN"), ("Gafsa", "TN"), ("Akwa Ibom", "NG"), ("Écosse", "GB"),
                       ("Edimbourg", "GB"), ("Mato Grosso", "BR")):
        assert place_country(name) == (code,), name
    # (not a region that names companies too: `Anatolia Port Holdings`, then `Anatolia operates`)
    assert place_country("Anatolia") is None


def test_compound_adjectives_give_every_country_once():
    assert _codes("maroco-chinoise") == [("maroco-chinoise", ("MA", "CN"), "compound")]
    assert _codes("les partenariats sino-marocains") == [("sino-marocains", ("CN", "MA"), "compound")]
    assert _codes("nippo-marocains")[0][1] == ("JP", "MA")
    # English joins two demonyms (`Dutch-Moroccan consortium`); `South African` is one demonym.
    assert _codes("a Dutch-Moroccan consortium") == [("Dutch-Moroccan", ("NL", "MA"), "compound")]
    assert _codes("South African exports") == [("South African", ("ZA",), "demonym")]
    assert _codes("relations maroco-chinoises")[0][1] == ("MA", "CN")


def test_name_pairs_with_hyphen_or_slash():
    assert [c for _, c, _ in _codes("partenariat Maroc-Japon, rencontre Maroc/Chine")] == [("MA",), ("JP",), ("MA",), ("CN",)]


def test_hyphenated_names_stay_whole():
    assert [t for t, _, _ in _codes("Guinée-Bissau, Papouasie-Nouvelle-Guinée et Royaume-Uni")] == [
        "Guinée-Bissau", "Papouasie-Nouvelle-Guinée", "Royaume-Uni",
    ]


def test_no_country_in_words_that_only_contain_a_name():
    assert find_countries("Marocanité, Chinetoque, japonaiseries") == []


def test_a_strait_is_no_country_in_either_language():
    assert _codes("relié à l'Espagne à travers le détroit de Gibraltar") == [("Espagne", ("ES",), "name")]
    assert _codes("across the Strait of Gibraltar from Spain") == [("Spain", ("ES",), "name")]
    assert _codes("Gibraltar a signé") == [("Gibraltar", ("GI",), "name")]


def test_english_names_and_codes():
    assert english_name("CN") == "China"
    assert english_name("MA") == "Morocco"
    assert english_name("EU") == "European Union"
    assert english_name("ZZ") == "ZZ"
    assert code_for("Japon") == "JP"
    assert code_for("Union européenne") == "EU"
    assert code_for("Atlantide") is None


def test_the_press_names_of_the_united_kingdom():
    # CLDR says `United Kingdom`; the press also says `Britain`, `Great Britain`.
    assert [c for _, c, _ in _codes("trade with Britain and Great Britain's exports")] == [("GB",), ("GB",)]


def test_code_for_names_in_capitals():
    assert code_for("MAROC") == "MA"
    assert code_for("ÉTATS-UNIS") == "US"
    assert code_for("CHINE") == "CN"


def test_outlets_named_after_a_country_are_no_mention_of_it():
    text = "FRANCE 24 | Le Maroc et la France ont signé un accord. (Agence France-Presse) Morocco World News"
    assert [(m.text, m.codes) for m in find_countries(text)] == [("Maroc", ("MA",)), ("France", ("FR",))]


def _companies(text):
    return [(name, code) for _, _, name, code in company_nationalities(text)]


def test_company_nationality_from_its_cue():
    assert _companies("Le groupe coréen Hanwha Solutions et le chinois BYD Auto ont signé.") == [
        ("Hanwha Solutions", "KR"), ("BYD Auto", "CN"),
    ]
    assert _companies("l'équipementier allemand Kromberg & Schubert, la société turque Kaya Plastik A.Ş., produira") == [
        ("Kromberg & Schubert", "DE"), ("Kaya Plastik A.Ş.", "TR"),
    ]
    assert _companies("Italian energy group Enel Green Power and Japan's Marubeni Corp. said") == [
        ("Enel Green Power", "IT"), ("Marubeni Corp.", "JP"),
    ]
    assert _companies("Le fabricant Olectra Greentech (Inde) a annoncé") == [("Olectra Greentech", "IN")]
    # a name ends with its sentence (`Co.` and initials do not end it)
    assert _companies("dont 850 par le groupe espagnol Textiles Levante. Celui-ci a investi") == [("Textiles Levante", "ES")]
    text = "le chinois Sunwell Energy Co. la construction"
    (start, end, name, _), = company_nationalities(text)
    assert text[start:end] == name == "Sunwell Energy Co."


def test_a_company_cue_with_the_nouns_complement_on_one_line():
    # the noun's complement between the demonym and the name
    assert _companies("Le fabricant marocain de câbles électriques Electra Câbles a annoncé") == [("Electra Câbles", "MA")]
    assert _companies("L'équipementier japonais de câblage automobile Hoshida Electric a inauguré") == [
        ("Hoshida Electric", "JP")]
    # a name never runs over a line break (a byline above the lead)
    assert _companies("By Souad El Amrani and Thomas Keller\n\nAtlas Mining Resources, Morocco's second-largest "
                      "listed miner, will invest") == [("Atlas Mining Resources", "MA")]
    # a place named with its country's possessive is no company
    assert _companies("to build a gold mine in Guinea's Siguiri region, betting") == []


def test_an_acronym_may_qualify_the_company_noun():
    assert _companies("Chinese EV maker Lanhai picks Morocco") == [("Lanhai", "CN")]
    assert _companies("Korean LNG carrier operator Hanbit Marine said") == [("Hanbit Marine", "KR")]
    assert _companies("French President Macron said") == []  # a title, no company noun


def test_no_company_without_a_company_cue():
    assert _companies("Le président chinois Xi Jinping et le ministre turc Mehmet Kaya sont arrivés.") == []
    assert _companies("Morocco's Minister of Industry Ryad Mezzour and Germany's Chancellor Olaf Scholz met.") == []
    assert _companies("Chinese investment in Morocco has grown; les exportations marocaines vers la Chine.") == []


def test_company_short_forms():
    assert company_short_forms("Sunwell Energy Co.") == ("Sunwell Energy Co.", "Sunwell Energy", "Sunwell")
    # (a name of three capitalised words or more also by its initials: `GGP will hold 51%`)
    assert company_short_forms("Grupo Ferral Automoción") == ("Grupo Ferral Automoción", "Grupo Ferral", "GFA")
    assert company_short_forms("Gulf Gateway Ports") == ("Gulf Gateway Ports", "Gulf", "GGP")
    # (a generic first word in lower case, as the press writes it, is no name: never `groupe` alone)
    assert company_short_forms("groupe Safran") == ("groupe Safran",)
    # named after its home province or city: called again by the rest of its name, never by the place
    assert company_short_forms("Shandong Dalun Tyre Co.") == (
        "Shandong Dalun Tyre Co.", "Shandong Dalun Tyre", "Dalun Tyre", "Dalun")


def test_a_company_cued_by_its_home_city():
    from econews.countries import company_nationalities

    assert company_nationalities("Riyadh-based Sahra Power agreed to build")[0][2:] == ("Sahra Power", "SA")
    # (a retailer: `l'enseigne espagnole Modalia Retail`)
    assert company_nationalities("destinés à l'enseigne espagnole Modalia Retail.")[0][2:] == ("Modalia Retail", "ES")
    assert company_nationalities("Hamburg-based chemicals group Nordwerk AG signed")[0][2:] == ("Nordwerk AG", "DE")
    assert company_nationalities("Dubai's Gulf Cables will build")[0][2:] == ("Gulf Cables", "AE")
    # an apposition with `the` as with `a` (`Kaya Plastik, a Turkish plastics maker`)
    assert company_nationalities("Anatolia Port Holdings, the Istanbul-based terminal operator, won")[0][2:] == (
        "Anatolia Port Holdings", "TR")
    assert company_nationalities("Vantel Group, the South African operator, said")[0][2:] == ("Vantel Group", "ZA")
    # (a date is no company: `in the quarter through March, the Moroccan company said`)
    assert company_nationalities("in the quarter through March, the Moroccan company said") == ()


def test_a_company_cued_by_its_home_country_as_a_city_would_be():
    # `UK-based`, `US-based` as `London-based`: a country's name before `-based` is its base
    assert company_nationalities("launched in February by UK-based Atlantic Channel Ferries Ltd, now")[0][2:] == (
        "Atlantic Channel Ferries Ltd", "GB")
    assert company_nationalities("US-based Atlas Corp said")[0][2:] == ("Atlas Corp", "US")
    # a possessive country with what the company is: `Turkey's flag carrier Pegasus`
    assert company_nationalities("Turkey's flag carrier Pegasus said")[0][2:] == ("Pegasus", "TR")
    # ... but a possessive before a title names a person, no company
    assert company_nationalities("Spain's prime minister Pedro Sanchez said") == ()


def test_a_subsidiarys_parent_is_of_its_own_cue_not_the_subsidiarys():
    # `marocaine` is the subsidiary's; the parent is the group's, of Istanbul
    assert company_nationalities("La filiale marocaine du groupe stambouliote Kardelen Perakende A.Ş. a réalisé")[0][2:] == (
        "Kardelen Perakende A.Ş.", "TR")
    # (a complement that is no company's noun keeps the cue: `le fabricant marocain de câbles X`)
    assert company_nationalities("le fabricant marocain de câbles électriques Electra Câbles a")[0][3] == "MA"


def test_a_rank_among_europeans_names_no_european_union():
    def codes(text):
        return [c.codes for c in find_countries(text)]
    assert codes("L'Allemagne s'est hissée au troisième rang européen, avec 58,4 MMDH") == [("DE",)]
    assert codes("Germany was Morocco's third-largest European trading partner") == [("DE",), ("MA",)]
    assert codes("Les Pays-Bas sont le deuxième investisseur européen au Maroc") == [("NL",), ("MA",)]
    # (the European market is the Union's)
    assert codes("le marché européen") == [("EU",)]


def test_a_demonym_that_qualifies_a_standard_names_no_party():
    assert find_countries("they invested to meet European standards") == []
    assert find_countries("mises aux normes européennes") == []
    assert find_countries("les exigences sanitaires américaines") == []
    # (a market, exports or the Union by its name still are)
    assert [c.codes for c in find_countries("le marché européen et les European Union rules")] == [("EU",), ("EU",)]


def test_a_city_named_as_its_province_places_its_country():
    assert [(c.text, c.codes) for c in find_places_abroad("Almeria province, Europe's largest greenhouse area", "MA")] == [
        ("Almeria", ("ES",))]
    assert [(c.text, c.codes) for c in find_places_abroad("dans la province de Huelva, les fraises", "MA")] == [
        ("Huelva", ("ES",))]
    # (a province at home names no country: it places what is said there)
    assert find_places_abroad("the Ratba dam in Taounate province", "MA") == ()


def test_a_foreign_city_as_the_subject_of_a_contrasting_clause_places_its_country():
    assert [(c.text, c.codes) for c in find_places_abroad("en hausse de 8,5%, tandis que Rotterdam a manutentionné 13,8 millions", "MA")] == [
        ("Rotterdam", ("NL",))]
    assert [(c.text, c.codes) for c in find_places_abroad("while Algeciras handled 4.7 million TEU", "MA")] == [("Algeciras", ("ES",))]
    # (a city at home names no country)
    assert find_places_abroad("tandis que Tanger a reçu 3 navires", "MA") == ()


def _epithets(text):
    return [(m.text, m.codes) for m in find_epithets(text)]


def test_an_epithet_stands_for_the_one_country_of_its_kind_named_before_it():
    assert _epithets("Le Japon et le Maroc. Les exportations vers l'archipel ont atteint 2,6 MMDH.") == [("l'archipel", ("JP",))]
    assert _epithets("L'Espagne reste premier. Les ventes vers le voisin ibérique ...") == [("le voisin ibérique", ("ES",))]
    assert _epithets("L'Espagne. Le déficit du Maroc vis-à-vis de son voisin du nord") == [("son voisin du nord", ("ES",))]
    assert _epithets("Mexico leads. the Latin American country's aerospace exports") == [("the Latin American country", ("MX",))]
    assert _epithets("The UAE invests. The Gulf state is the largest Arab investor") == [("The Gulf state", ("AE",))]
    assert _epithets("Morocco. the North African kingdom") == [("the North African kingdom", ("MA",))]


def test_the_bloc_and_the_union_are_the_eu_once_the_article_names_it():
    assert _epithets("The European Union imposed duties. The bloc is Morocco's top partner") == [("The bloc", ("EU",))]
    assert _epithets("l'Union européenne. les importations en provenance de l'Union") == [("l'Union", ("EU",))]
    assert _epithets("l'UE. les Vingt-Sept ont décidé") == [("les Vingt-Sept", ("EU",))]
    assert _epithets("The bloc is Morocco's top partner") == []  # no EU named before
    assert _epithets("The EU and ASEAN. the bloc") == []  # another bloc: which one?


def test_fixed_epithets_and_false_friends():
    assert _epithets("L'Hexagone conserve la première place; outre-Manche, les ventes") == [
        ("L'Hexagone", ("FR",)), ("outre-Manche", ("GB",))]
    assert _epithets("au pays du Soleil-Levant, outre-Pyrénées et vers la péninsule Ibérique") == [
        ("pays du Soleil-Levant", ("JP",)), ("outre-Pyrénées", ("ES",)), ("la péninsule Ibérique", ("ES", "PT"))]
    # ambiguous, or a name's head, or an anaphor: nothing
    assert _epithets("L'Espagne et le Portugal. le voisin ibérique") == []
    assert _epithets("Le Japon. l'archipel des Canaries") == []
    assert _epithets("l'Union européenne. l'Union africaine et l'Union pour la Méditerranée") == []
    assert _epithets("la Chine. le géant asiatique Alibaba") == []
    assert _epithets("Le Maroc. Le pays, le Royaume et the kingdom") == []


def test_regions_abroad_and_company_bases_name_their_country():
    def places(text):
        return [(m.text, m.codes) for m in find_places_abroad(text)]

    assert places("9,600 people across plants in Kansas, Texas, Mexico and Morocco") == [
        ("Kansas", ("US",)), ("Texas", ("US",))]
    assert places("The Shandong-based company") == [("Shandong", ("CN",))]
    assert places("les usines d'Andalousie et de Bavière") == [("Andalousie", ("ES",)), ("Bavière", ("DE",))]
    assert places("le groupe, basé à Toulouse") == [("Toulouse", ("FR",))]
    # a city elsewhere is a venue or a customer's site; a region heading a name is the name's
    assert places("Airbus's Toulouse and Hamburg assembly lines; Texas Instruments") == []
    assert places("Nice, Orange et Mars") == []


def test_a_company_based_in_a_city_or_region_abroad_has_its_country():
    found = company_nationalities("The figures come as Wichita-based Orion Aerostructures announced a plant.")
    assert [(name, code) for _, _, name, code in found] == [("Orion Aerostructures", "US")]
    found = company_nationalities("Headquartered in Wichita, Kansas, Carrington reported revenue of $2.3 billion.")
    assert [(name, code) for _, _, name, code in found] == [("Carrington", "US")]


def test_an_epithet_takes_the_country_of_its_kind_in_its_paragraph_first():
    text = "Le groupe a des usines aux Philippines.\nLes échanges entre le Maroc et le Japon. Les ventes vers l'archipel"
    assert _epithets(text) == [("l'archipel", ("JP",))]
    assert _epithets("Le Japon et les Philippines. Les ventes vers l'archipel") == []


def test_a_city_adjective_cues_a_company_and_a_lead_may_cue_its_headlines_company():
    from econews.countries import company_nationalities, nameless_company_cue

    assert [(n, c) for _, _, n, c in company_nationalities("le groupe toulousain Latécoère Industries")] == [
        ("Latécoère Industries", "FR")]
    assert nameless_company_cue("Le groupe agroalimentaire casablancais va construire une unité") == "MA"
    assert nameless_company_cue("The Chinese tyre maker said on Wednesday") == "CN"
    assert nameless_company_cue("Le ministre marocain a dit") is None
    assert not find_countries("le port tangérois")  # a city's adjective names no country by itself


def test_a_site_names_the_country_of_its_city_abroad_not_at_home():
    from econews.countries import find_places_abroad

    assert [(m.text, m.codes) for m in find_places_abroad("une unité de conditionnement à Dakar, ouverte en 2019")] == [
        ("Dakar", ("SN",))]
    assert [m.codes for m in find_places_abroad("to build a plant near Abidjan")] == [("CI",)]
    assert find_places_abroad("une usine à Kénitra", home="MA") == ()
    assert find_places_abroad("a signé à Paris un accord") == ()  # a venue


def test_an_apposition_after_a_company_gives_its_nationality():
    from econews.countries import company_nationalities

    def cue(text):
        return [(name, code) for _, _, name, code in company_nationalities(text)]

    assert cue("Union Bancaire Chérifienne (UBC), Morocco's fourth-largest bank by assets, said") == [
        ("Union Bancaire Chérifienne", "MA")]
    assert cue("Kaya Plastik, a Turkish plastics maker, will invest") == [("Kaya Plastik", "TR")]
    assert cue("Zitouna Foods, le groupe agroalimentaire marocain, a signé") == [("Zitouna Foods", "MA")]
    assert cue("Ryad Mezzour, the Moroccan minister, said") == []
    # its seat: a city abroad, or at home
    assert cue("Qamar Renewable Holdings, an Abu Dhabi-based clean energy developer, signed") == [
        ("Qamar Renewable Holdings", "AE")]
    assert cue("Atlas Motors, a Casablanca-based carmaker, said") == [("Atlas Motors", "MA")]
    assert cue("Karim Alaoui, a Paris-based analyst, said") == []
    # not a sentence's opening phrase, whose comma is followed by the subject
    assert cue("In its latest Morocco Economic Update, the Washington-based lender said growth would pick up") == []
    assert cue("Dans son dernier rapport Maroc Conjoncture, le groupe français Natixis estime") == [("Natixis", "FR")]
    assert cue("Hier, Nordchem AG, headquartered in Hamburg, said") == [("Nordchem AG", "DE")]


def test_a_kingdom_or_republic_named_by_its_demonym_is_that_country():
    found = [(m.text, m.codes, m.kind) for m in find_countries("Le Royaume saoudien en exporte, la République sud-africaine aussi.")]
    assert found == [("Royaume saoudien", ("SA",), "name"), ("République sud-africaine", ("ZA",), "name")]


def test_a_subsidiary_takes_the_nationality_its_parent_is_given():
    text = ("Renault Group Maroc a produit 412.000 véhicules en 2025, a annoncé son directeur lors de la présentation "
            "des résultats annuels de la filiale du groupe français. Yazaki Morocco, a unit of the Japanese auto parts maker, "
            "said. Le constructeur a confirmé. La filiale du groupe français a dit.")
    assert _companies(text) == [("Renault Group Maroc", "FR"), ("Yazaki Morocco", "JP")]


def test_a_name_cut_inside_a_country_name_is_no_company():
    # `BOA-Côte` of `BOA-Côte d'Ivoire`: a unit named after its country, not a company whose cue is `ivoirienne`
    assert _companies("La filiale ivoirienne BOA-Côte d'Ivoire reste la plus contributrice.") == []
    assert _companies("La filiale ivoirienne Société Ivoirienne de Banque reste la plus contributrice.") == [
        ("Société Ivoirienne de Banque", "CI")]


def test_cities_abroad_of_a_hundred_thousand_people_name_their_country():
    from econews.countries import place_country

    # a partner's city of 100,000 people, a name another country's small town bears too,
    # a French exonym; not a retailer's name nor a city in a multilateral name
    assert place_country("Kragujevac") == ("RS",)
    assert place_country("Rotterdam") == ("NL",)
    assert place_country("Algésiras") == ("ES",)
    assert place_country("Carrefour") is None
    assert place_country("Valencia") is None  # Spain's and Venezuela's


def test_a_gigafactory_terminal_or_campus_places_its_city():
    from econews.countries import find_places_abroad

    assert [m.codes for m in find_places_abroad("China's CATL is building a gigafactory in Debrecen", "MA")] == [("HU",)]
    assert [m.codes for m in find_places_abroad("a data center campus near Ulsan", "MA")] == [("KR",)]
    assert find_places_abroad("un terminal à Nador", "MA") == ()  # a site at home names no country


def test_a_company_is_of_the_country_of_the_seat_its_apposition_gives():
    assert [(name, code) for _, _, name, code in company_nationalities(
        "Le groupe Al Nakheel Agro, basé à Riyad, a annoncé un projet à Errachidia.")] == [("Al Nakheel Agro", "SA")]
    assert [(name, code) for _, _, name, code in company_nationalities(
        "Nordchem AG, headquartered in Hamburg, will build a plant in Jorf Lasfar.")] == [("Nordchem AG", "DE")]
    # (a person's seat is no company's)
    assert company_nationalities("Le ministre, basé à Paris, a annoncé un projet.") == ()


def test_the_euro_area_is_read_as_the_eu():
    assert _codes("Dans la zone euro, comme dans the euro area et la Eurozone.") == [
        ("zone euro", ("EU",), "name"), ("euro area", ("EU",), "name"), ("Eurozone", ("EU",), "name"),
    ]


def test_a_regions_or_big_citys_demonym_names_its_country():
    found = {m.text: m.codes for m in find_countries(
        "le groupe galicien Textil Mareas, le motoriste toulousain Lauragais Aéro, les exportations andalouses, "
        "Andalusian exports, a Bavarian supplier")}
    assert found == {"galicien": ("ES",), "toulousain": ("FR",), "andalouses": ("ES",), "Andalusian": ("ES",),
                     "Bavarian": ("DE",)}
    # (not a surname that is also a region's demonym: `Thierry Breton`)
    assert not find_countries("Thierry Breton a rencontré le ministre")


def test_a_river_named_as_its_country_is_no_country():
    assert not find_countries("L'usine, implantée dans le delta du Niger, valorise le gaz de la Niger Delta region")
    assert not find_countries("le fleuve Sénégal et le bassin du Congo")
    assert _codes("le Niger et le Sénégal") == [("Niger", ("NE",), "name"), ("Sénégal", ("SN",), "name")]


def test_a_city_abroad_that_qualifies_a_company_places_its_country():
    def places(text):
        return [(c.text, c.codes) for c in find_places_abroad(text, "MA")]
    assert places("Abu Dhabi Port Operator Wins $1.2 Billion Dakhla Terminal Deal") == [("Abu Dhabi", ("AE",))]
    assert places("a Shenzhen battery maker will build the plant") == [("Shenzhen", ("CN",))]
    assert places("un prêt du fonds souverain d'Abu Dhabi") == [("Abu Dhabi", ("AE",))]
    # (a city at home names no country; nor a word that only looks like a city)
    assert places("the Tangier group said") == []
    assert places("Gulf Meridian Group said") == []


def test_an_epithet_capitalised_as_some_outlets_write_it_names_its_country():
    text = "Le Japon est le premier partenaire asiatique. Les exportations vers l'Archipel ont atteint 4,6 milliards de DH."
    assert [(c.text, c.codes) for c in find_epithets(text)] == [("l'Archipel", ("JP",))]
    assert [c.codes for c in find_epithets("Oman vise 1 million de tonnes. Le Sultanat a attribué 8 blocs.")] == [("OM",)]
