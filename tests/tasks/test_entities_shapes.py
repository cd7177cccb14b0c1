

def test_a_zone_named_after_a_person_is_one_place():
    found = _entities("The supplier will build its plant at the Hassan II Agadir Tech City, officials said.", "en")
    assert ("Hassan II Agadir Tech City", "LOC") in found
    assert not any(label == "PERSON" for _, label in found)


def test_a_state_named_with_its_kind_is_the_state():
    found = _entities("Le groupe exploite des silos dans les Etats du Minas Gerais et du Piauí.")
    assert ("Minas Gerais", "LOC") in found
    assert ("Piauí", "LOC") in found
    assert not any(t.startswith("Etats") for t, _ in found)


def test_a_section_heading_of_common_words_is_no_name():
    text = "The group expects sales to rise by 5%.\n\nEnergy & Environment\n\nEurope"
    found = _entities(text, "en")
    assert not any("&" in t for t, _ in found)


@pytest.mark.parametrize(
    "text, language, unit",
    [
        ("Nova Bancaire Atlantique (NBA) grew. Its unit NBA Ghana posted a profit, and NBA Kenya opened.", "en", "NBA Ghana"),
        ("Crédit Sahélien Mali progresse de 9%, tandis que Banque Sahélienne Niger recule de 2%.", "fr", "Banque Sahélienne Niger"),
    ],
)
def test_a_group_unit_named_by_its_country_is_one_organisation(text, language, unit):
    found = _entities(text, language)
    assert (unit, "ORG") in found


def test_a_company_opened_by_its_trade_is_no_person():
    found = _entities("Portuguese canner Conservas Atlantico Norte said it would invest 10 million euros.", "en")
    assert ("Conservas Atlantico Norte", "ORG") in found


def test_a_fund_named_by_its_mission_keeps_the_mission_adjective():
    found = _entities("Le Fonds OPAEP pour le développement régional prêtera 80 millions de dollars.")
    assert ("Fonds OPAEP pour le développement régional", "ORG") in found
