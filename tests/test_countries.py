"""The country gazetteer shared by the entities and metrics stages."""

from econews.countries import code_for, company_nationalities, company_short_forms, english_name, find_countries


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
    text = "le chinois Sunwell Energy Co. la construction"
    (start, end, name, _), = company_nationalities(text)
    assert text[start:end] == name == "Sunwell Energy Co."


def test_no_company_without_a_company_cue():
    assert _companies("Le président chinois Xi Jinping et le ministre turc Mehmet Kaya sont arrivés.") == []
    assert _companies("Morocco's Minister of Industry Ryad Mezzour and Germany's Chancellor Olaf Scholz met.") == []
    assert _companies("Chinese investment in Morocco has grown; les exportations marocaines vers la Chine.") == []


def test_company_short_forms():
    assert company_short_forms("Sunwell Energy Co.") == ("Sunwell Energy Co.", "Sunwell Energy", "Sunwell")
    assert company_short_forms("Grupo Ferral Automoción") == ("Grupo Ferral Automoción", "Grupo Ferral")


def test_a_company_cued_by_its_home_city():
    from econews.countries import company_nationalities

    assert company_nationalities("Riyadh-based Sahra Power agreed to build")[0][2:] == ("Sahra Power", "SA")
    assert company_nationalities("Hamburg-based chemicals group Nordwerk AG signed")[0][2:] == ("Nordwerk AG", "DE")
    assert company_nationalities("Dubai's Gulf Cables will build")[0][2:] == ("Gulf Cables", "AE")
