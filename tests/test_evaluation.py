"""econews.evaluation and econews.gold on tiny hand-made annotations and frames: each
metric is worked out by hand here, misses included. No Prefect, no pipeline run."""

from __future__ import annotations

import datetime
from pathlib import Path

import polars as pl
import pytest

from econews.evaluation import (
    PredictedFigure,
    PredictedInvestment,
    Score,
    evaluate,
    format_table,
    name_key,
    score_entities,
    score_figures,
    score_investments,
    score_partnerships,
    summary,
)
from econews.gold import GoldError, check_against_page, load_gold, parse_annotation

PAGE_TEXT = (
    "Partager sur Facebook\n"
    "Tanger, 14 juin 2023 (MAP) – Le groupe chinois Huayu Power a signé lundi une convention "
    "de 6,5 milliards de dirhams avec le Maroc. Le site emploie 1.350 personnes.\n"
    "Les échanges avec la Chine ont reculé de 3,4 %.\n"
)

ANNOTATION = {
    "language": "fr",
    "published_at": datetime.date(2023, 6, 14),
    "event_date": "2023-06-12",
    "boilerplate": ["Partager sur Facebook"],
    "keep": ["Le site emploie 1.350 personnes."],
    "entities": ["Tanger | LOC", "Huayu Power | ORG", "Maroc | COUNTRY", "Chine | COUNTRY", "MAP | ORG | optional"],
    "figures": [
        {"text": "6,5 milliards de dirhams", "value": "6.5e9", "unit": "MAD", "countries": [["CN", "MA"], ["MA"]]},
        {"text": "1.350 personnes", "value": 1350, "unit": "jobs", "period": [None, "2023"], "countries": ["CN", "MA"]},
        {"text": "3,4 %", "value": -3.4, "unit": "percent", "period": 2023, "qualifier": None, "countries": ["MA", "CN"]},
    ],
    "partners": {"required": [["MA", "CN"]], "acceptable": [["MA", "EU"]]},
    "investments": [{"company": "Huayu Power", "company_country": "CN", "amount": 6.5e9, "currency": "MAD", "jobs": 1350}],
}


def gold_page(name="p.txt", **changes):
    return parse_annotation(name, {**ANNOTATION, **changes})


def fig(text, start, value, unit, period=None, qualifier=None, countries=()):
    return PredictedFigure(text, start, value, unit, period, qualifier, frozenset(countries))


# -- the gold format ------------------------------------------------------------------

def test_annotation_fields_are_read_with_their_alternatives():
    page = gold_page()
    assert page.event_date == datetime.date(2023, 6, 12)
    first, jobs, fall = page.figures
    assert first.value == 6.5e9  # `6.5e9` is a string to YAML 1.1
    assert first.countries == (frozenset({"CN", "MA"}), frozenset({"MA"}))
    assert jobs.periods == (None, "2023") and fall.periods == ("2023",)
    assert page.entities[-1].optional and page.entities[0].types == {"LOC"}
    assert page.partners_required == {frozenset({"MA", "CN"})}


@pytest.mark.parametrize("change, message", [
    ({"entities": ["Tanger | PLACE"]}, "unknown type"),
    ({"entities": ["Tanger"]}, "expected 'text | TYPE'"),
    ({"figures": [{"text": "1", "value": 1, "unit": "count", "qualifier": "about", "countries": []}]}, "unknown qualifier"),
    ({"figures": [{"text": "1", "value": 1, "unit": "count"}]}, "without `countries`"),
    ({"partners": {"required": [["MA", "Maroc"]]}}, "ISO alpha-2"),
    ({"language": None, "figures": [{"text": "1", "unit": "count", "countries": []}]}, "KeyError"),
])
def test_malformed_annotations_are_refused(change, message):
    with pytest.raises(GoldError, match=message):
        gold_page(**change)


def test_annotated_strings_must_be_in_their_page(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(PAGE_TEXT, encoding="utf-8")
    assert check_against_page(gold_page(), path) == []
    typo = gold_page(entities=["Tangerr | LOC"], keep=["Le site emploie 1350 personnes."])
    problems = check_against_page(typo, path)
    assert len(problems) == 2 and "1350" in problems[0] and "Tangerr" in problems[1]


def test_a_page_without_annotation_is_reported(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "annotations").mkdir()
    (tmp_path / "pages" / "a.txt").write_text(PAGE_TEXT, encoding="utf-8")
    with pytest.raises(GoldError, match="a.txt: no annotation"):
        load_gold(tmp_path)


# -- entities -------------------------------------------------------------------------

def test_names_drop_titles_and_articles_not_cues():
    assert name_key("M. Ryad Mezzour") == name_key("Ryad Mezzour")
    assert name_key("l’Union européenne") == name_key("Union européenne")
    assert name_key("groupe OCP") != name_key("OCP")


def test_entity_precision_recall_and_label_confusions():
    predicted = [
        ("Tanger", "LOC"), ("Tanger", "LOC"),  # two mentions, one name
        ("Huayu Power", "PERSON"),  # a company typed PERSON: false, and Huayu Power missed
        ("Maroc", "COUNTRY"),
        ("chinois", "COUNTRY"), ("Japonais", "COUNTRY"), ("Chinese", "COUNTRY"),  # demonyms: allowed, not scored
        ("Dutch-Moroccan", "COUNTRY"), ("South African", "COUNTRY"),  # an English compound, a two-word demonym
        ("MAP", "LOC"),  # an optional entity: not scored whatever its label
        ("Tanger Med", "LOC"),  # no such name in the gold: false
    ]
    score, labels = score_entities(gold_page().entities, predicted)
    assert (score.predicted, score.hits_predicted) == (4, 2)
    assert (score.gold, score.hits_gold) == (4, 2)
    assert sorted(score.misses) == ["Chine (COUNTRY)", "Huayu Power (ORG)"]
    assert sorted(score.false) == ["Huayu Power (PERSON)", "Tanger Med (LOC)"]
    assert (labels.right, labels.total) == (2, 3)
    assert score.precision == 0.5 and score.recall == 0.5 and score.f1 == 0.5


def test_score_with_nothing_predicted_is_zero_not_undefined():
    assert Score(gold=3).f1 == 0.0 and Score().f1 is None


# -- figures --------------------------------------------------------------------------

def test_figures_matched_one_to_one_with_their_attributes():
    gold = gold_page().figures
    predicted = [
        fig("6,5 milliards", 60, 6.5e9, "MAD", countries={"MA"}),  # inside the gold text, same value: a match
        fig("1.350", 120, 1350, "count", countries={"CN", "MA"}),  # a match, but `count` for jobs
        fig("3,4%", 160, 3.4, "percent", period="2023", countries={"MA"}),  # same text: a match; the fall's sign lost
        fig("14 juin", 5, 14, "count"),  # not a figure of the gold: false
    ]
    score, attributes = score_figures(gold, predicted)
    assert (score.predicted, score.hits_predicted, score.gold, score.hits_gold) == (4, 3, 3, 3)
    assert score.false == ["14 juin (14 count)"]
    assert (attributes.value.right, attributes.value.total) == (2, 3)
    assert (attributes.unit.right, attributes.period.right, attributes.qualifier.right) == (2, 3, 3)
    assert attributes.countries.right == 2  # {MA} is acceptable for the first, not for the fall


def test_a_figure_with_a_wrong_scale_is_a_miss_and_a_false_positive():
    score, attributes = score_figures(gold_page().figures[:1], [fig("6,5", 60, 6.5, "count")])
    assert score.misses == ["6,5 milliards de dirhams"] and len(score.false) == 1
    assert score.precision == 0.0 and score.recall == 0.0 and attributes.value.total == 0


def test_repeated_figures_pair_in_page_order():
    page = gold_page(figures=[
        {"text": "20%", "value": 20, "unit": "percent", "period": "2022", "countries": ["MA"]},
        {"text": "20%", "value": 20, "unit": "percent", "period": "2023", "countries": ["MA"]},
    ])
    predicted = [fig("20%", 90, 20, "percent", "2023", countries={"MA"}), fig("20%", 10, 20, "percent", "2022", countries={"MA"})]
    score, attributes = score_figures(page.figures, predicted)
    assert score.hits_gold == 2 and attributes.period.right == 2


def test_optional_figures_are_neither_required_nor_false():
    page = gold_page(figures=[{"text": "par cinq", "value": 5, "unit": "ratio", "countries": [], "optional": True}])
    assert score_figures(page.figures, [])[0].gold == 0
    score, _ = score_figures(page.figures, [fig("cinq", 3, 5, "ratio")])
    assert (score.predicted, score.gold) == (0, 0)


# -- partnerships and investments -----------------------------------------------------

def test_partnerships_required_acceptable_and_false():
    page = gold_page()
    pairs = [frozenset({"MA", "EU"}), frozenset({"BE", "NL"})]
    score = score_partnerships(page.partners_required, page.partners_acceptable, pairs)
    assert (score.predicted, score.hits_predicted, score.gold, score.hits_gold) == (1, 0, 1, 0)
    assert score.misses == ["CN-MA"] and score.false == ["BE-NL"]
    right = score_partnerships(page.partners_required, page.partners_acceptable, [frozenset({"CN", "MA"})])
    assert right.f1 == 1.0


def test_investments_match_on_the_name_and_check_amount_and_jobs():
    gold = gold_page().investments
    run_on = [PredictedInvestment("Huayu Power to build", "CN", 6.5e9, "MAD", 1350)]
    score, _ = score_investments(gold, run_on)
    assert score.misses == ["Huayu Power"] and score.false == ["Huayu Power to build"]
    found = [PredictedInvestment("Huayu Power", "CN", 6.5e9, "USD", None)]
    score, attributes = score_investments(gold, found)
    assert score.f1 == 1.0
    assert (attributes.amount.right, attributes.jobs.right, attributes.jobs.total) == (0, 0, 1)  # wrong currency, no jobs
    assert attributes.company_country.right == 1


# -- a corpus: the lake's frames ------------------------------------------------------

def lake_frames(text: str) -> dict[str, pl.DataFrame]:
    return {
        "documents": pl.DataFrame([{
            "doc_id": "d1", "source_path": "/somewhere/gold/p.txt", "language": "fr",
            "published_at": datetime.date(2023, 6, 14), "event_date": None, "text": text,
        }]),
        "entities": pl.DataFrame({"doc_id": ["d1", "d1"], "text": ["Tanger", "Chine"], "label": ["LOC", "COUNTRY"]}),
        "metrics": pl.DataFrame({
            "doc_id": ["d1"], "start": [40], "text": ["6,5 milliards de dirhams"], "value": [6.5e9], "unit": ["MAD"],
            "period": [None], "qualifier": [None], "countries": [["MA", "CN"]],
        }),
        "partnerships": pl.DataFrame({"doc_id": ["d1"], "country_a": ["CN"], "country_b": ["MA"]}),
        "investments": None,
    }


def test_evaluate_scores_pages_found_and_missing():
    cleaned = PAGE_TEXT.replace("Partager sur Facebook\n", "")
    pages = [gold_page("p.txt"), gold_page("gone.txt")]
    result = evaluate(pages, lake_frames(cleaned))
    s = summary(result)
    assert (s["pages"], s["pages_found"]) == (2, 1)
    assert s["documents"]["published_at"]["right"] == 1  # the missing page's dates are wrong
    assert s["documents"]["event_date"]["right"] == 0  # null where the gold says 2023-06-12
    assert s["documents"]["boilerplate_removed"] == {"share": 0.5, "right": 1, "total": 2}
    assert s["entities"]["hits_gold"] == 2 and s["entities"]["gold"] == 8
    assert s["figures"]["hits_gold"] == 1 and s["figures"]["matched_right"]["countries"]["right"] == 1
    assert s["partnerships"]["hits_gold"] == 1 and s["partnerships"]["gold"] == 2
    assert s["investments"]["recall"] == 0.0
    assert result.per_page[1]["doc_id"] is None and result.per_page[1]["figures_missed"]
    assert "figures" in format_table(result)


def test_boilerplate_left_in_is_reported():
    result = evaluate([gold_page("p.txt")], lake_frames(PAGE_TEXT))
    assert result.boilerplate_removed.share == 0.0
    assert result.per_page[0]["boilerplate_left"] == ["p.txt: 'Partager sur Facebook' left in"]
    assert result.article_kept.share == 1.0


def test_the_development_corpus_is_valid_and_as_large_as_promised():
    gold = load_gold(Path(__file__).resolve().parents[1] / "data" / "gold")
    assert len(gold) >= 30
    assert sum(p.language == "en" for p in gold) >= 6
    assert sum(p.name.endswith(".html") for p in gold) >= 5


def test_every_demonym_of_the_countries_lexicon_is_unscored_as_a_country_mention():
    from econews.evaluation import _ignored_prediction

    for word in ("Egyptian", "Serbian", "Israéliens", "Chinese", "marocaine"):
        assert _ignored_prediction(word, "COUNTRY"), word
    assert not _ignored_prediction("Egypt", "COUNTRY")  # a name is scored
    assert not _ignored_prediction("Egyptian", "ORG")
