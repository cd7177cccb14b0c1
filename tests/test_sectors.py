"""The sector taxonomy: data file, keywords, masks, offsets."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from econews.sectors import SECTOR_IDS, find_sectors, label, sectors_in, taxonomy

ISSUE_SECTORS = {
    "automotive", "aerospace", "batteries_emobility", "textile", "agrifood",
    "renewable_energy", "mining", "home_appliances",
}


def test_taxonomy_is_documented_and_complete():
    data = json.loads(resources.files("econews").joinpath("data/sectors.json").read_text(encoding="utf-8"))
    assert data["_doc"]
    assert ISSUE_SECTORS <= SECTOR_IDS
    ids = [s.id for s in taxonomy()]
    assert len(ids) == len(set(ids))
    for s in taxonomy():
        assert s.label and s.label_fr and s.keywords_fr and s.keywords_en, s.id
    assert label("home_appliances") == "Home appliances"
    assert label("home_appliances", "fr") == "Électroménager"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("investir au Maroc dans l'automobile, le textile, l'agro-industrie, l'aéronautique et les énergies renouvelables",
         ["automotive", "textile", "agrifood", "aerospace", "renewable_energy"]),
        ("les secteurs de l'automobile, du textile et vêtement, de l'électroménager, de l'aviation, des mines",
         ["automotive", "textile", "home_appliances", "aerospace", "mining"]),
        ("une usine de batteries pour les véhicules électriques", ["batteries_emobility"]),
        ("the Chinese carmaker will build an EV battery gigafactory and a solar farm",
         ["automotive", "batteries_emobility", "renewable_energy"]),
        ("Aeronautics and agri-food exports; textiles too", ["aerospace", "agrifood", "textile"]),
        ("AGRO INDUSTRIE et Agroalimentaire", ["agrifood"]),
    ],
)
def test_sectors_in(text, expected):
    assert sectors_in(text) == expected


def test_longest_keyword_wins():
    # `véhicules électriques` is electric mobility, not automotive; `énergies renouvelables`
    # is renewable energy, not energy.
    assert sectors_in("les véhicules électriques et les énergies renouvelables") == [
        "batteries_emobility", "renewable_energy"
    ]


def test_ministry_titles_and_idioms_name_no_sector():
    assert sectors_in(
        "M. Moulay Hafid Elalamy, Ministre de l'Industrie, du Commerce, de l'Investissement et de "
        "l'Economie Numérique, a reçu une délégation"
    ) == []
    assert sectors_in("Le Plan prévoit une batterie de mesures intégrées") == []
    assert sectors_in("l'économie numérique progresse") == ["digital"]


def test_whole_words_only():
    assert sectors_in("un rapport sur les importations") == []  # not `port`
    assert sectors_in("la finance islamique") == ["finance"]
    assert sectors_in("le hub financier") == []


def test_offsets_point_into_the_text():
    text = "La Chine compte investir dans l'agro-industrie et l'aéronautique."
    hits = find_sectors(text)
    assert [(h.text, h.sector) for h in hits] == [("agro-industrie", "agrifood"), ("aéronautique", "aerospace")]
    for h in hits:
        assert text[h.start : h.end] == h.text


def test_empty_text():
    assert sectors_in("") == [] and sectors_in(None) == []


def _reference_find_sectors(text):
    """The definition: one regex per keyword over the masked text, longest candidate first."""
    from econews.sectors import _masked, _patterns

    _, patterns = _patterns()
    masked = _masked(text)
    candidates = [(m.start(), m.end(), sid) for pattern, sid in patterns for m in pattern.finditer(masked)]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken, found = [], []
    for start, end, sid in candidates:
        if all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
            found.append((start, end, text[start:end], sid))
    return sorted(found)


def test_single_pass_matches_one_regex_per_keyword():
    import random

    keywords = [kw.rstrip("*") for s in taxonomy() for kw in s.keywords_fr + s.keywords_en]
    rng = random.Random(7)
    glue = [" ", "-", "", "\n", "s ", "'", " de ", "ique ", "x"]
    texts = [
        "Ministre de l'Industrie, du Commerce et de l'Economie Numérique ; une batterie de mesures",
        "AGRO INDUSTRIE, agro-industrielles, BTP et btp, véhicules électriques, batterie lithium-ion",
    ]
    for _ in range(3000):
        words = [rng.choice([w, w.upper(), w.title()]) + rng.choice(glue)
                 for w in rng.choices(keywords, k=rng.randint(1, 6))]
        texts.append("".join(words))
    for text in texts:
        got = [(m.start, m.end, m.text, m.sector) for m in find_sectors(text)]
        assert got == _reference_find_sectors(text), text


def test_masks_tried_where_their_letters_are_written():
    from econews.sectors import _mask_literals, _mask_matches, _patterns

    masks, _ = _patterns()
    assert [literal for literal, _ in _mask_literals()] == ["inist", "ecrétaire", "batterie"]
    text = ("Ministre de l'Industrie, du Commerce, ministres délégués de l'Economie; Secrétaire d'Etat chargé "
            "du commerce extérieur, une batterie de mesures, Aministre, batterie  de  mesures.")
    for mask, (literal, offset) in zip(masks, _mask_literals()):
        assert _mask_matches(mask, literal, offset, text) == [m.span() for m in mask.finditer(text)]


def test_parts_read_from_the_whole_text():
    """`TextSectors.within` gives find_sectors of the part, wherever the text is cut."""
    import random

    from econews.sectors import TextSectors
    from econews.tasks.sentences import sentence_spans

    keywords = [kw.rstrip("*") for s in taxonomy() for kw in s.keywords_fr + s.keywords_en]
    rng = random.Random(11)
    glue = [" ", "-", "", "\n", ". ", "s ", "'", " de ", "ique ", ", ", " Ministre de l'", " batterie de mesures "]
    for _ in range(400):
        words = [rng.choice([w, w.upper(), w.title()]) + rng.choice(glue)
                 for w in rng.choices(keywords, k=rng.randint(1, 8))]
        text = "".join(words)
        whole = TextSectors(text)
        assert whole.found == find_sectors(text)
        cuts = sorted(rng.sample(range(len(text) + 1), min(6, len(text) + 1)))
        for start, end in [*zip(cuts, cuts[1:]), *sentence_spans(text)]:
            assert whole.within(start, end) == find_sectors(text[start:end]), (text, start, end)
