"""The development corpus (data/gold) through the pipeline and `econews eval`: the
extraction must stay at least at its measured baseline (docs/evaluation.md). The floors
sit slightly below the figures measured when the corpus was written (issue 20); raise
them as the extraction improves, never lower them to make a change pass."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from econews.evaluation import evaluate_lake, summary
from econews.gold import load_gold
from tests.conftest import REPO

GOLD = REPO / "data" / "gold"

# (path into the summary, floor), the value measured on 2026-12-01 (main after English entities, 72e3842+;
# entities, event dates and boilerplate after issue 20's entity work) in the comment.
FLOORS = [
    (("entities", "precision"), 0.98),  # 1.000 (issue 20's entity work; was 0.912)
    (("entities", "recall"), 0.98),  # 0.997 (was 0.877)
    (("entities", "f1"), 0.98),  # 0.998 (was 0.895)
    (("entities", "labels_right", "share"), 0.98),  # 1.000 (was 0.978)
    (("figures", "precision"), 0.96),  # 0.981
    (("figures", "recall"), 0.96),  # 0.981
    (("figures", "f1"), 0.96),  # 0.983
    (("figures", "matched_right", "value", "share"), 0.97),  # 0.990
    (("figures", "matched_right", "unit", "share"), 0.98),  # 1.000
    (("figures", "matched_right", "period", "share"), 0.95),  # 0.971 (0.961 before the fresh corpus's period rules)
    (("figures", "matched_right", "qualifier", "share"), 0.95),  # 0.975
    (("figures", "matched_right", "countries", "share"), 0.97),  # 0.990 (issue 20's countries rules)
    (("partnerships", "f1"), 0.93),  # 0.952
    (("investments", "precision"), 0.97),  # 1.000 (21/21), issue 21's rules (0.440 before)
    (("investments", "recall"), 0.97),  # 1.000 (21/21; 0.524 before)
    (("investments", "f1"), 0.97),  # 1.000 (0.478 before)
    (("investments", "matched_right", "amount", "share"), 0.95),  # 1.000 (21/21): one miss would be 0.952
    (("investments", "matched_right", "jobs", "share"), 0.94),  # 1.000 (19/19): one miss would be 0.947
    (("investments", "matched_right", "company_country", "share"), 0.95),  # 1.000 (21/21)
    (("documents", "language", "share"), 0.98),  # 1.000
    (("documents", "published_at", "share"), 0.98),  # 1.000
    (("documents", "event_date", "share"), 0.96),  # 1.000 (was 0.906)
    (("documents", "boilerplate_removed", "share"), 0.98),  # 0.991 (was 0.983)
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


def _run_on(corpus, tmp_path_factory):
    """One real flow run of the pipeline on a copy of a corpus's pages: its lake."""
    from econews.flows.pipeline import econews_pipeline

    base = tmp_path_factory.mktemp(corpus.name)
    source, lake = base / "pages", base / "lake"
    shutil.copytree(corpus / "pages", source)
    summary_ = econews_pipeline(source=str(source), lake=str(lake))
    assert summary_["documents_quarantined"] == 0
    # No row set aside either: a figure the validation refuses (a qualifier the schema
    # does not know) is lost to the analysts as surely as one the grammar misses.
    assert summary_["rows"]["quarantine"] == 0
    return lake


def _below(corpus, lake, floors) -> list[str]:
    figures = summary(evaluate_lake(load_gold(corpus), str(lake)))
    assert figures["pages_found"] == figures["pages"]
    return [f"{'.'.join(path)} = {_at(figures, path):.3f} < {floor}" for path, floor in floors
            if _at(figures, path) is None or _at(figures, path) < floor]


@pytest.fixture(scope="module")
def gold_lake(prefect_api, tmp_path_factory):
    return _run_on(GOLD, tmp_path_factory)


def _at(data: dict, path: tuple[str, ...]):
    for key in path:
        data = data[key]
    return data


def test_the_extraction_stays_at_least_at_its_baseline(gold_lake):
    below = _below(GOLD, gold_lake, FLOORS)
    assert not below, "below the baseline: " + "; ".join(below)


HOLDOUT = REPO / "data" / "holdout"
# The held-out corpus, tuned on since its first (blind) measurement: a second guard, so that a
# change made for one corpus does not undo the other. Measured 2026-12-02 (main a7a46ec) in the comment.
HOLDOUT_FLOORS = [
    (("entities", "f1"), 0.97),  # 1.000
    (("figures", "f1"), 0.96),  # 0.979
    (("figures", "matched_right", "period", "share"), 0.95),  # 0.979 (0.913 before the fresh corpus's period rules)
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.957
    (("figures", "matched_right", "countries", "share"), 0.98),  # 1.000 (0.993 before branch countries3's rules)
    (("partnerships", "f1"), 0.94),  # 0.971
    (("investments", "f1"), 0.95),  # 1.000
    (("investments", "matched_right", "amount", "share"), 0.9),  # 1.000 (10/10)
    (("investments", "matched_right", "jobs", "share"), 0.9),  # 1.000 (10/10)
    (("documents", "event_date", "share"), 0.92),  # 0.929 (1.000 at 2026-12-02 05:07, main 48dfa5a+)
    (("documents", "boilerplate_removed", "share"), 0.97),  # 1.000
]


FRESH = REPO / "data" / "fresh"
# The fresh corpus: 24 pages by three annotators, measured once before any tuning (figure countries
# 0.760, period 0.836, entities F1 0.940, partnerships 0.732, investments 0.600: docs/evaluation.md),
# then tuned on. Measured 2026-12-02 (main 48dfa5a + the partnerships merge) in the comment.
FRESH_FLOORS = [
    (("entities", "f1"), 0.96),  # 0.982
    (("figures", "f1"), 0.96),  # 0.984
    (("figures", "matched_right", "period", "share"), 0.96),  # 0.985
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.958
    (("figures", "matched_right", "countries", "share"), 0.96),  # 0.982 (0.961 before branch countries3's rules)
    (("partnerships", "f1"), 0.95),  # 1.000
    (("investments", "f1"), 0.9),  # 0.957
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.98),  # 0.995 (0.982 before the fresh3 masthead rules)
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH2 = REPO / "data" / "fresh2"
# The second fresh corpus: 12 pages by two annotators, measured once before any change for them
# (countries 0.854), then two rules (countries 0.889). Measured 2026-12-02 (main 7a751bb) in the comment.
FRESH2_FLOORS = [
    (("entities", "f1"), 0.9),  # 0.922
    (("figures", "f1"), 0.95),  # 0.976 (0.957 before the fresh3 boilerplate rules took a ticker's figures out)
    (("figures", "matched_right", "period", "share"), 0.92),  # 0.944
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.958
    (("figures", "matched_right", "countries", "share"), 0.93),  # 0.965 (0.889 before branch countries3's rules)
    (("partnerships", "f1"), 0.75),  # 0.778
    (("investments", "f1"), 0.78),  # 0.824 (0.737 before the bystander rules)
    (("documents", "published_at", "share"), 0.95),  # 1.000 (0.917 before the fresh3 dateline rule)
    (("documents", "event_date", "share"), 0.95),  # 1.000 (0.917 before the fresh3 dateline rule)
    (("documents", "boilerplate_removed", "share"), 0.97),  # 1.000 (0.988 before the ad-slogan rule)
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH3 = REPO / "data" / "fresh3"
# The third fresh corpus: 12 pages by two annotators, measured once before any change for them
# (period 0.833, published_at and event_date 10/12, boilerplate 0.886, entities F1 0.927,
# investments F1 0.632, countries 0.777), then tuned on (branches fresh3period, fresh3countries).
FRESH3_FLOORS = [
    (("entities", "f1"), 0.94),  # 0.969
    (("figures", "matched_right", "countries", "share"), 0.96),  # 0.986 (0.777 before branch fresh3countries's rules)
    (("figures", "f1"), 0.97),  # 0.998
    (("figures", "matched_right", "period", "share"), 0.96),  # 0.991
    (("figures", "matched_right", "qualifier", "share"), 0.9),  # 0.930
    (("partnerships", "f1"), 0.9),  # 0.944
    (("investments", "f1"), 0.9),  # 0.947
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.984
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH5 = REPO / "data" / "fresh5"
# The fifth fresh corpus: 12 pages by two annotators, measured once before any change for them
# (countries 0.784 once a crash on `14 oct. 2025` was fixed, period 0.873, dates 11/12,
# boilerplate 0.930), then tuned on. Measured 2026-12-02 10:50 (branch ctry5) in the comment.
FRESH5_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.944
    (("figures", "f1"), 0.97),  # 0.998
    (("figures", "matched_right", "countries", "share"), 0.91),  # 0.938 (0.784 before)
    (("figures", "matched_right", "period", "share"), 0.96),  # 0.993 (0.873 before)
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.969
    (("partnerships", "f1"), 0.85),  # 0.896
    (("investments", "f1"), 0.82),  # 0.870 (0.741 before the bystander rules)
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.97),  # 1.000 (0.930 before)
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH6 = REPO / "data" / "fresh6"
# The sixth fresh corpus: 12 pages by two annotators, measured once untouched at the end of a
# day's rules (countries 0.750, period 0.711, dates 9/12), then its dates, periods and a few
# countries looked into. Measured 2026-12-02 10:50 (branch ctry5) in the comment.
FRESH6_FLOORS = [
    (("entities", "f1"), 0.95),  # 0.975 (0.943 before 2026-12-02 afternoon)
    (("figures", "f1"), 0.96),  # 0.987
    (("figures", "matched_right", "countries", "share"), 0.85),  # 0.871 at 2026-12-03 00:20 (0.750 untouched)
    (("figures", "matched_right", "period", "share"), 0.85),  # 0.879 (0.711 untouched)
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.938
    (("partnerships", "f1"), 0.85),  # 0.919
    (("investments", "f1"), 0.8),  # 0.857 (0.783 before the bystander rules)
    (("documents", "published_at", "share"), 0.95),  # 1.000 (0.750 untouched)
    (("documents", "event_date", "share"), 0.95),  # 1.000 (0.750 untouched)
    (("documents", "boilerplate_removed", "share"), 0.97),  # 1.000
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH7 = REPO / "data" / "fresh7"
# The seventh fresh corpus: 12 pages by two annotators, measured untouched at 207a6a7
# (countries 0.786, period 0.814, dates 11/12, entities 0.890), then tuned on. Measured
# 2026-12-02 15:33 (main c4fee79) in the comment.
FRESH7_FLOORS = [
    (("entities", "f1"), 0.94),  # 0.970 (0.890 untouched)
    (("figures", "f1"), 0.95),  # 0.970
    (("figures", "matched_right", "countries", "share"), 0.86),  # 0.884 at 2026-12-03 00:20 (0.786 untouched)
    (("figures", "matched_right", "period", "share"), 0.86),  # 0.887 (0.814 untouched)
    (("figures", "matched_right", "qualifier", "share"), 0.9),  # 0.923
    (("partnerships", "f1"), 0.88),  # 0.917
    (("investments", "f1"), 0.65),  # 0.700 (0.636 before the bystander rules)
    (("documents", "published_at", "share"), 0.95),  # 1.000 (0.917 untouched)
    (("documents", "event_date", "share"), 0.95),  # 1.000 (0.917 untouched)
    (("documents", "boilerplate_removed", "share"), 0.97),  # 1.000 (0.949 untouched)
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH8 = REPO / "data" / "fresh8"
# The eighth fresh corpus: 12 pages by two annotators, measured untouched at 207a6a7 and at
# 70b3819 (countries 0.650 / 0.666, period 0.820, event dates 10/12, entities 0.910), its
# aggregate only until 52090c9, then its errors read. Measured 2026-12-02 15:33 (main c4fee79),
# countries and period again at 18:00 (main 415365a).
FRESH8_FLOORS = [
    (("entities", "f1"), 0.9),  # 0.930 (0.910 untouched)
    (("figures", "f1"), 0.95),  # 0.968
    (("figures", "matched_right", "countries", "share"), 0.78),  # 0.804 at 2026-12-03 00:20 (0.650 untouched)
    (("figures", "matched_right", "period", "share"), 0.85),  # 0.877 (0.820 untouched)
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.943
    (("partnerships", "f1"), 0.7),  # 0.750
    (("investments", "f1"), 0.45),  # 0.500 (0.444 before the bystander rules)
    (("documents", "published_at", "share"), 0.95),  # 1.000 (0.917 untouched)
    (("documents", "event_date", "share"), 0.9),  # 0.917 (0.833 untouched)
    (("documents", "boilerplate_removed", "share"), 0.97),  # 1.000 (0.976 before the comment-form and home-link rules)
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH10 = REPO / "data" / "fresh10"
# The tenth fresh corpus: 12 pages (7 fr, 5 en) by two helpers, measured untouched at e52d022
# (countries 0.745, period 0.940, entities 0.926, partnerships 0.708, investments 0.750, dates
# 12/12), then its countries looked into. Measured 2026-12-03 00:20 (main 8d52d44) in the comment.
FRESH10_FLOORS = [
    (("entities", "f1"), 0.9),  # 0.926 (0.926 untouched)
    (("figures", "f1"), 0.95),  # 0.983
    (("figures", "matched_right", "countries", "share"), 0.76),  # 0.783 (0.745 untouched)
    (("figures", "matched_right", "period", "share"), 0.91),  # 0.940
    (("figures", "matched_right", "qualifier", "share"), 0.9),  # 0.932
    (("partnerships", "f1"), 0.68),  # 0.708
    (("investments", "f1"), 0.7),  # 0.750
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.96),  # 0.986
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH11 = REPO / "data" / "fresh11"
# The eleventh fresh corpus: 12 pages (8 fr, 4 en) by a helper that never ran the pipeline,
# measured untouched at 258fdcf (countries 0.861, entities 0.924, boilerplate 0.825, dates
# 11/12), then tuned on. Measured 2026-12-03 18:25 (main c6c1c50) in the comment.
FRESH11_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.937 (0.924 untouched)
    (("figures", "f1"), 0.97),  # 1.000
    (("figures", "matched_right", "countries", "share"), 0.86),  # 0.892 (0.861 untouched)
    (("figures", "matched_right", "period", "share"), 0.89),  # 0.915
    (("figures", "matched_right", "qualifier", "share"), 0.9),  # 0.933
    (("partnerships", "f1"), 0.74),  # 0.776
    (("investments", "f1"), 0.84),  # 0.875
    (("documents", "published_at", "share"), 0.95),  # 1.000 (0.917 untouched)
    (("documents", "event_date", "share"), 0.95),  # 1.000 (0.917 untouched)
    (("documents", "boilerplate_removed", "share"), 0.89),  # 0.913 (0.825 untouched; the rest are bylines)
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH12 = REPO / "data" / "fresh12"
# The twelfth fresh corpus: 12 pages (7 fr, 5 en) by a helper that never ran the pipeline,
# measured untouched at d3f3b3d (countries 0.822, entities 0.888, boilerplate 0.895, dates
# 11/12), then tuned on. Measured 2026-12-03 18:25 (main c6c1c50) in the comment.
FRESH12_FLOORS = [
    (("entities", "f1"), 0.9),  # 0.933 (0.888 untouched)
    (("figures", "f1"), 0.96),  # 0.989
    (("figures", "matched_right", "countries", "share"), 0.82),  # 0.848 (0.822 untouched)
    (("figures", "matched_right", "period", "share"), 0.88),  # 0.909
    (("figures", "matched_right", "qualifier", "share"), 0.94),  # 0.970
    (("partnerships", "f1"), 0.72),  # 0.762
    (("investments", "f1"), 0.78),  # 0.818
    (("documents", "published_at", "share"), 0.95),  # 1.000 (0.917 untouched)
    (("documents", "event_date", "share"), 0.95),  # 1.000 (0.917 untouched)
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.977 (0.895 untouched)
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH13 = REPO / "data" / "fresh13"
# The thirteenth fresh corpus: 12 pages (7 fr, 5 en) by a helper that never ran the pipeline,
# measured untouched at d494531 (countries 0.776, period 0.836, qualifier 0.884, entities
# 0.930, boilerplate 0.886, dates 11/12), then tuned on. Measured 2026-12-03 21:28 (main
# df51195) in the comment.
FRESH13_FLOORS = [
    (("entities", "f1"), 0.9),  # 0.932 (0.930 untouched)
    (("figures", "f1"), 0.97),  # 1.000 (0.996 untouched)
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.862 (0.776 untouched)
    (("figures", "matched_right", "period", "share"), 0.83),  # 0.858 (0.836 untouched)
    (("figures", "matched_right", "qualifier", "share"), 0.89),  # 0.922 (0.884 untouched)
    (("partnerships", "f1"), 0.69),  # 0.727
    (("investments", "f1"), 0.73),  # 0.769
    (("documents", "published_at", "share"), 0.95),  # 1.000 (0.917 untouched)
    (("documents", "event_date", "share"), 0.95),  # 1.000 (0.917 untouched)
    (("documents", "boilerplate_removed", "share"), 0.9),  # 0.936 (0.886 untouched)
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH14 = REPO / "data" / "fresh14"
# The fourteenth fresh corpus: 12 pages (7 fr, 5 en) by a helper that never ran the pipeline,
# measured untouched at 882bdd0 (countries 0.868, period 0.887, qualifier 0.949, entities
# 0.939, unit 0.930: its annotator wrote units outside the contract's list, `TEU`, `pp`,
# `day`), then tuned on. Measured 2026-12-04 00:00 (main 6c384ac) in the comment.
FRESH14_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.939 (0.939 untouched)
    (("figures", "f1"), 0.96),  # 0.990 (0.990 untouched)
    (("figures", "matched_right", "countries", "share"), 0.86),  # 0.891 (0.868 untouched)
    (("figures", "matched_right", "period", "share"), 0.86),  # 0.887 (0.887 untouched)
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.949 (0.949 untouched)
    (("partnerships", "f1"), 0.77),  # 0.806
    (("investments", "f1"), 0.66),  # 0.696
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.984
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]


FRESH15 = REPO / "data" / "fresh15"
# The fifteenth fresh corpus: 12 pages (7 fr, 5 en) by a helper that never ran the pipeline,
# measured untouched at b8352c3 (countries 0.818, period 0.821, qualifier 0.948, entities
# 0.953, unit 0.964, dates 11/12), then tuned on. Measured 2026-12-04 10:50 (main c8538a1+) in the comment.
FRESH15_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.953 (0.953 untouched)
    (("figures", "f1"), 0.97),  # 0.995 (0.994 untouched)
    (("figures", "matched_right", "countries", "share"), 0.85),  # 0.879 at 4f79ef1 (0.818 untouched)
    (("figures", "matched_right", "period", "share"), 0.85),  # 0.879 (0.821 untouched)
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.948 (0.948 untouched)
    (("partnerships", "f1"), 0.67),  # 0.708 (0.677 untouched)
    (("investments", "f1"), 0.89),  # 0.923 (0.923 untouched)
    (("documents", "published_at", "share"), 0.95),  # 1.000 (0.917 untouched)
    (("documents", "event_date", "share"), 0.95),  # 1.000 (0.917 untouched)
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.975
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]

FRESH16 = REPO / "data" / "fresh16"
# The sixteenth fresh corpus: 12 pages (7 fr, 5 en) by a helper that never ran the pipeline,
# measured untouched at 5e3d533+ (countries 0.784, period 0.784, qualifier 0.880, entities
# 0.907, partnerships 0.727, investments 0.720), then tuned on. Measured 2026-12-04 12:20
# (main 4f79ef1) in the comment.
FRESH16_FLOORS = [
    (("entities", "f1"), 0.88),  # 0.915 (0.907 untouched)
    (("figures", "f1"), 0.95),  # 0.981 (0.981 untouched)
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.866 (0.784 untouched)
    (("figures", "matched_right", "period", "share"), 0.81),  # 0.841 (0.784 untouched)
    (("figures", "matched_right", "qualifier", "share"), 0.85),  # 0.887 (0.880 untouched)
    (("partnerships", "f1"), 0.72),  # 0.756 (0.727 untouched)
    (("investments", "f1"), 0.71),  # 0.750 (0.720 untouched)
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.992
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]

FRESH17 = REPO / "data" / "fresh17"
# The seventeenth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML) by a helper that never ran the
# pipeline, asked for pages hard on countries (several countries an article, a foreign economy
# with the home country in passing, rankings, `respectivement`), measured untouched at
# e41a806 (countries 0.746, period 0.885, qualifier 0.968, entities 0.958, partnerships 0.654,
# investments 0.500), then tuned on. Measured 2026-12-04 14:50 (main b83dbf3) in the comment.
FRESH17_FLOORS = [
    (("entities", "f1"), 0.93),  # 0.958 (0.958 untouched)
    (("figures", "f1"), 0.96),  # 0.988 (0.988 untouched)
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.860 (0.746 untouched)
    (("figures", "matched_right", "period", "share"), 0.85),  # 0.885 (0.885 untouched)
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.968 (0.968 untouched)
    (("partnerships", "f1"), 0.74),  # 0.780 (0.654 untouched)
    (("investments", "f1"), 0.45),  # 0.500 (0.500 untouched)
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.990
    (("documents", "article_kept", "share"), 0.98),  # 1.000
]

# The other development corpora, each a guard so that a change made for one corpus does not undo another.
FRESH18 = REPO / "data" / "fresh18"
# The eighteenth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML) by a helper that never ran the
# pipeline, asked to be hard on countries and periods (a foreign economy in a bilateral article,
# rivals, group against subsidiary, headline periods), measured untouched at 72efaa5 (countries
# 0.772, period 0.856, qualifier 0.961, entities 0.963, figures 0.994). Measured 2026-12-04
# 16:50 (CODE_VERSION 2026.12.04-21) in the comment.
FRESH18_FLOORS = [
    (("entities", "f1"), 0.93),  # 0.963 (0.963 untouched)
    (("figures", "f1"), 0.96),  # 0.994 (0.994 untouched)
    (("figures", "matched_right", "countries", "share"), 0.84),  # 0.877 on 2026-12-04 19:35 (0.772 untouched)
    (("figures", "matched_right", "period", "share"), 0.82),  # 0.856 (0.856 untouched)
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.961 (0.961 untouched)
    (("partnerships", "f1"), 0.70),  # 0.739 (0.739 untouched)
    (("investments", "f1"), 0.90),  # 0.966 (0.966 untouched)
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.991
    (("documents", "article_kept", "share"), 0.95),  # 0.986
]

FRESH19 = REPO / "data" / "fresh19"
# The nineteenth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 341 required figures) by a helper
# that never ran the pipeline, asked to be hard on countries and periods (Moroccan banks and firms
# abroad, import origins, duty rates, fiscal and marketing years), measured untouched at cf59b45
# (countries 0.774, period 0.809, qualifier 0.962, entities 0.952, figures 0.996). Measured
# 2026-12-04 19:35 (CODE_VERSION 2026.12.04-24) in the comment.
FRESH19_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.952 (0.952 untouched)
    (("figures", "f1"), 0.96),  # 0.996 (0.996 untouched)
    (("figures", "matched_right", "countries", "share"), 0.85),  # 0.891 on 2026-12-04 22:20 (0.774 untouched)
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.871 (0.809 untouched)
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.962 (0.962 untouched)
    (("partnerships", "f1"), 0.74),  # 0.780 (0.741 untouched)
    (("investments", "f1"), 0.78),  # 0.824 (0.824 untouched)
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.93),  # 0.955
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH20 = REPO / "data" / "fresh20"
# The twentieth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 355 figures) by a helper that never
# ran the pipeline, asked to be hard on countries and periods (fertiliser destinations, battery
# investors, tomato quotas, remittances by country, a budget bill, a gas pipeline's countries,
# tourism by source market, a development bank's loan), measured untouched at 4d1e9f9 (countries
# 0.836, period 0.862, qualifier 0.927, entities 0.933, figures 0.994, boilerplate 0.946).
# Measured 2026-12-04 23:15 (CODE_VERSION 2026.12.04-32) in the comment.
FRESH20_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.933 (0.933 untouched)
    (("figures", "f1"), 0.96),  # 0.996 (0.994 untouched)
    (("figures", "matched_right", "countries", "share"), 0.85),  # 0.901 (0.836 untouched)
    (("figures", "matched_right", "period", "share"), 0.83),  # 0.862 (0.862 untouched)
    (("figures", "matched_right", "qualifier", "share"), 0.90),  # 0.927 (0.927 untouched)
    (("partnerships", "f1"), 0.74),  # 0.783
    (("investments", "f1"), 0.66),  # 0.706
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.90),  # 0.917 (11 of 12)
    (("documents", "boilerplate_removed", "share"), 0.92),  # 0.954 (0.946 untouched)
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH21 = REPO / "data" / "fresh21"
# The twenty-first fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 339 required figures) by a helper
# that never ran the pipeline, asked to be hard on countries and periods (textile exports by
# destination, a power cable to Portugal, the Turkey FTA's balance, FDI by origin, Tanger Med
# against its rivals, a fisheries mandate, Egypt's carmakers, Moroccan banks in Africa), measured
# untouched at bcba1d9 (countries 0.800, period 0.904, qualifier 0.961, entities 0.928, figures
# 0.993, boilerplate 0.977).
FRESH21_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.928 untouched
    (("figures", "f1"), 0.96),  # 0.993 untouched
    (("figures", "matched_right", "countries", "share"), 0.85),  # 0.893 on 2026-12-05 01:10 (0.800 untouched)
    (("figures", "matched_right", "period", "share"), 0.87),  # 0.904 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.961 untouched
    (("partnerships", "f1"), 0.73),  # 0.768 untouched
    (("investments", "f1"), 0.76),  # 0.800 untouched
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.977 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH22 = REPO / "data" / "fresh22"
# The twenty-second fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 361 required figures) by a helper
# that never ran the pipeline, asked to be hard on countries and periods (wheat and energy
# imports by supplier, AfCFTA exports, a Guerguerat corridor, pharma in Africa, green hydrogen
# consortia, an FDI ranking, an EIB rail loan), measured untouched at 54600eb and at bcba1d9 with
# the same figures (countries 0.785, period 0.715, qualifier 0.955, entities 0.952, figures 0.986).
FRESH22_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.952 untouched
    (("figures", "f1"), 0.96),  # 0.986 untouched
    (("figures", "matched_right", "countries", "share"), 0.75),  # 0.785 untouched
    (("figures", "matched_right", "period", "share"), 0.69),  # 0.715 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.955 untouched
    (("partnerships", "f1"), 0.71),  # 0.746 untouched
    (("investments", "f1"), 0.85),  # 0.900 untouched
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.94),  # 0.966 untouched
    (("documents", "article_kept", "share"), 0.95),  # 0.988 untouched
]

FRESH23 = REPO / "data" / "fresh23"
# The twenty-third fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 325 figures) by a helper that never
# ran the pipeline (a Chinese battery plant, Morocco-Turkey trade, aeronautics against Tunisia and
# Romania, water loans, a cement maker in Côte d'Ivoire and Cameroon, textile against Egypt and
# Turkey, remittances, Emirati hydrogen, a Korean parts plant, OCP and India, tomatoes against
# Spain, FDI by origin), measured untouched at 31f2322 (countries 0.891, period 0.897, qualifier
# 0.934, entities 0.944, figures 0.986) and at 3b232f2 (countries 0.897, the rest the same).
FRESH23_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.944 untouched
    (("figures", "f1"), 0.96),  # 0.986 untouched
    (("figures", "matched_right", "countries", "share"), 0.86),  # 0.891 untouched
    (("figures", "matched_right", "period", "share"), 0.87),  # 0.897 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.934 untouched
    (("partnerships", "f1"), 0.82),  # 0.852 untouched
    (("investments", "f1"), 0.82),  # 0.857 untouched
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.976 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH24 = REPO / "data" / "fresh24"
# The twenty-fourth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 336 figures) by a helper that never
# ran the pipeline (olive oil exports, KfW and AFD loans for a pumped-storage plant, a Taiwanese
# electronics plant, Norwegian fish farming, legal cannabis exports, car sales by brand origin,
# sugar imports, a Qatari hotel fund, a Moroccan miner in Guinea and Zambia, phosphate exports to
# the US, a Chinese solar plant, train orders from Korea, Spain and France), measured untouched at
# ca1e471 and at fc39d90 (the same: countries 0.802, period 0.883, qualifier 0.937, entities 0.945,
# figures 0.994).
FRESH24_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.945 untouched
    (("figures", "f1"), 0.96),  # 0.994 untouched
    (("figures", "matched_right", "countries", "share"), 0.77),  # 0.802 untouched
    (("figures", "matched_right", "period", "share"), 0.85),  # 0.883 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.937 untouched
    (("partnerships", "f1"), 0.79),  # 0.827 untouched
    (("investments", "f1"), 0.78),  # 0.824 untouched
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.982 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH25 = REPO / "data" / "fresh25"
# The twenty-fifth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 332 figures) by a helper that never
# ran the pipeline (a Turkish steel mill at Jorf Lasfar, an Indian pharma plant in Benslimane,
# fertiliser deals with Nigeria, wind turbine blades in Tangier, fresh produce exports to the UK,
# remittances by country, a Korean battery precursor plant, Moroccan banks in francophone Africa,
# the EU fisheries protocol, tourism source markets, textile exports to Spain and France, an
# Emirati port operator at Nador), measured untouched at d19cd95 (countries 0.821, period 0.842,
# qualifier 0.915, entities 0.948, figures 0.991).
FRESH25_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.948 untouched
    (("figures", "f1"), 0.96),  # 0.991 untouched
    (("figures", "matched_right", "countries", "share"), 0.82),  # 0.821 untouched, 0.855 after its reading
    (("figures", "matched_right", "period", "share"), 0.86),  # 0.842 untouched, 0.897 after its reading
    (("figures", "matched_right", "qualifier", "share"), 0.89),  # 0.915 untouched
    (("partnerships", "f1"), 0.76),  # 0.792 untouched
    (("investments", "f1"), 0.80),  # 0.842 untouched
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.981 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH26 = REPO / "data" / "fresh26"
# The twenty-sixth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 322 figures) by a helper that never
# ran the pipeline (a Chinese e-bus plant in Kenitra, a Japanese wiring maker and a JICA loan, EU
# trade by member state, an agrifood export roadmap, Egypt's car plan set against Morocco's, the
# HCP's third quarter, a Saudi group's resorts, phosphate exports by destination, the industrial
# plan's balance, a US aerostructures plant, Moroccan groups in Africa, Tanger Med's traffic),
# measured untouched at 9bae4c6 (countries 0.847, period 0.863, qualifier 0.956, entities 0.951,
# figures 0.998; published_at and event_date 11/12: htmldate dropped a page date after the
# machine's clock, which the ingest now allows up to a year ahead).
FRESH26_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.951 untouched
    (("figures", "f1"), 0.96),  # 0.998 untouched
    (("figures", "matched_right", "countries", "share"), 0.84),  # 0.847 untouched
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.863 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.956 untouched
    (("partnerships", "f1"), 0.80),  # 0.831 untouched
    (("investments", "f1"), 0.75),  # 0.783 untouched
    (("documents", "published_at", "share"), 0.95),  # 0.917 untouched, 1.000 with the ingest's later latest date
    (("documents", "event_date", "share"), 0.95),  # 0.917 untouched, 1.000 likewise
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.978 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH27 = REPO / "data" / "fresh27"
# The twenty-seventh fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 325 figures) by a helper that never
# ran the pipeline (a Turkish denim plant near Fès, Morocco-UK trade, Spain's trade told from Spain,
# the balance of payments at the end of June, a Chinese battery plant in Tangier, the car industry's
# integration rate, an Indian drugmaker, wheat imports by supplier, nearshoring rivals compared, a
# Qatari port deal at Nador, a World Bank water loan, exports to West Africa), measured untouched at
# 7ab3b06 (countries 0.880, period 0.907, qualifier 0.960, entities 0.966, figures 0.995; at the
# session's start, 75cda84: countries 0.877, the rest the same).
FRESH27_FLOORS = [
    (("entities", "f1"), 0.93),  # 0.966 untouched
    (("figures", "f1"), 0.96),  # 0.995 untouched
    (("figures", "matched_right", "countries", "share"), 0.86),  # 0.880 untouched
    (("figures", "matched_right", "period", "share"), 0.88),  # 0.907 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.960 untouched
    (("partnerships", "f1"), 0.82),  # 0.857 untouched
    (("investments", "f1"), 0.70),  # 0.737 untouched
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH28 = REPO / "data" / "fresh28"
# The twenty-eighth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 352 figures) by a helper that never
# ran the pipeline (an Italian brake maker in Kenitra, a JICA loan, an OCP-India DAP deal, Senegal's
# economy and Moroccan banks there, the HCP's second quarter, green hydrogen consortia, citrus
# exports by destination, a Korean cathode plant in Poland, tourism to the end of August, the 2027
# budget bill, OCP's half-year, road trade via Guerguerat), measured untouched at 1ae3a9c (countries
# 0.798, period 0.923, qualifier 0.932, entities 0.927, figures 0.999; at the session's start,
# 75cda84: countries 0.790, period 0.912).
FRESH28_FLOORS = [
    (("entities", "f1"), 0.89),  # 0.927 untouched
    (("figures", "f1"), 0.96),  # 0.999 untouched
    (("figures", "matched_right", "countries", "share"), 0.77),  # 0.798 untouched
    (("figures", "matched_right", "period", "share"), 0.89),  # 0.923 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.90),  # 0.932 untouched
    (("partnerships", "f1"), 0.73),  # 0.763 untouched
    (("investments", "f1"), 0.83),  # 0.875 untouched
    (("documents", "published_at", "share"), 0.90),  # 0.917 untouched
    (("documents", "event_date", "share"), 0.90),  # 0.917 untouched
    (("documents", "boilerplate_removed", "share"), 0.93),  # 0.961 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH29 = REPO / "data" / "fresh29"
# The twenty-ninth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 340 figures) by a helper that never
# ran the pipeline (a Morocco-Brazil trade agreement, a German brake maker at Tanger Med, fisheries
# exports by destination, the Office des changes to the end of October, a Chinese cathode plant at
# Jorf Lasfar, the Xlinks cable's financing, aeronautics' 2030 targets, OCP's prices to Brazil,
# India and the US, FDI in Morocco, Egypt and Tunisia, first-half tourism by source market, the
# Amgala border post, a Turkish textile group in Settat and Tetouan), measured untouched at 2de1223
# and at the session's start 8ed7485 alike (countries 0.813, period 0.913, qualifier 0.973,
# entities 0.936, figures 0.987).
FRESH29_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.936 untouched
    (("figures", "f1"), 0.95),  # 0.987 untouched
    (("figures", "matched_right", "countries", "share"), 0.78),  # 0.813 untouched
    (("figures", "matched_right", "period", "share"), 0.88),  # 0.913 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.94),  # 0.973 untouched
    (("partnerships", "f1"), 0.74),  # 0.779 untouched
    (("investments", "f1"), 0.70),  # 0.750 untouched
    (("documents", "published_at", "share"), 0.95),  # 1.000 untouched
    (("documents", "event_date", "share"), 0.95),  # 1.000 untouched
    (("documents", "boilerplate_removed", "share"), 0.90),  # 0.936 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH30 = REPO / "data" / "fresh30"
# The thirtieth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 310 figures) by a helper that never ran
# the pipeline (an Israeli water-technology joint venture, a Korean shipyard in Casablanca, olive
# oil exports against Tunisia and Spain, Bank Al-Maghrib's reserves and remittances, a Chinese tyre
# plant at Tanger Tech, the Nigeria-Morocco pipeline's lenders, car exports by destination,
# fertilizer exports to East and West Africa, green hydrogen for German and Dutch buyers, Gulf
# pledges, textile exports to Spain and Portugal, the trade deficit with Turkey), measured
# untouched at db4c729 and at the session's start 8ed7485 alike (countries 0.876, period 0.886,
# qualifier 0.922, entities 0.931, figures 0.994).
FRESH30_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.931 untouched
    (("figures", "f1"), 0.96),  # 0.994 untouched
    (("figures", "matched_right", "countries", "share"), 0.84),  # 0.876 untouched
    (("figures", "matched_right", "period", "share"), 0.85),  # 0.886 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.89),  # 0.922 untouched
    (("partnerships", "f1"), 0.82),  # 0.852 untouched
    (("investments", "f1"), 0.77),  # 0.818 untouched
    (("documents", "published_at", "share"), 0.95),  # 1.000 untouched
    (("documents", "event_date", "share"), 0.95),  # 1.000 untouched
    (("documents", "boilerplate_removed", "share"), 0.90),  # 0.933 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH31 = REPO / "data" / "fresh31"
# The thirty-first fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 281 figures) by a helper that never
# ran the pipeline (argan oil exports, Dutch seeds in Agadir, leather and shoe exports, October's
# consumer prices, dates imported for Ramadan, sheep imported for Eid, start-ups' funding rounds,
# World Cup stadium contracts, Morocco-Mexico trade, the cereal harvest in a drought, airport
# traffic, the Morocco-Mauritania power link), measured untouched at a7417e4 and at the session's
# start b048c7c alike (countries 0.868, period 0.821, qualifier 0.929, entities 0.932, figures
# 0.993).
FRESH31_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.932 untouched
    (("figures", "f1"), 0.96),  # 0.993 untouched
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.868 untouched
    (("figures", "matched_right", "period", "share"), 0.79),  # 0.821 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.89),  # 0.929 untouched
    (("partnerships", "f1"), 0.77),  # 0.811 untouched
    (("investments", "f1"), 0.52),  # 0.571 untouched (5 predicted, 2 in the gold)
    (("documents", "published_at", "share"), 0.95),  # 1.000 untouched
    (("documents", "event_date", "share"), 0.90),  # 0.917 untouched (11 of 12)
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.986 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH32 = REPO / "data" / "fresh32"
# The thirty-second fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 274 figures) by a helper that never
# ran the pipeline (gas through the Maghreb-Europe pipeline in reverse flow, the Agadir agreement's
# balance, clementines to the United States, travel receipts by market, the IMF's flexible credit
# line, Morocco-Mauritania trade, Moroccan investment abroad, a fishing quota's exports, OCP's
# fertilizer in Europe against Russia's, British car imports from Morocco, Andalusia's exports to
# Morocco, the World Bank's growth forecast), measured untouched at a7417e4 and at the session's
# start b048c7c alike (countries 0.774, period 0.872, qualifier 0.960, entities 0.923, figures
# 0.996).
FRESH32_FLOORS = [
    (("entities", "f1"), 0.89),  # 0.923 untouched
    (("figures", "f1"), 0.96),  # 0.996 untouched
    (("figures", "matched_right", "countries", "share"), 0.74),  # 0.774 untouched
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.872 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.960 untouched
    (("partnerships", "f1"), 0.79),  # 0.831 untouched
    (("investments", "f1"), 0.60),  # 0.667 untouched (1 of 2 found)
    (("documents", "published_at", "share"), 0.95),  # 1.000 untouched
    (("documents", "event_date", "share"), 0.90),  # 0.917 untouched (11 of 12)
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.984 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH33 = REPO / "data" / "fresh33"
# The thirty-third fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 280 figures) by a helper that never
# ran the pipeline (a Moroccan telecom group's African subsidiaries, a Casablanca-Dakar-Abidjan-
# Douala shipping line, a desalination contract in the Oriental, an insurer in Cameroon, cruise
# calls, green ammonia for Antwerp, OCP in Ghana, watermelon exports, a Turkish-run Casablanca
# terminal, the water highway, Morocco against Egypt in tourism, a Moroccan bank in Rwanda),
# measured untouched at 95525ed (countries 0.846, period 0.871, qualifier 0.961, entities 0.916,
# figures 0.995).
FRESH33_FLOORS = [
    (("entities", "f1"), 0.88),  # 0.916 untouched
    (("figures", "f1"), 0.96),  # 0.995 untouched
    (("figures", "matched_right", "countries", "share"), 0.81),  # 0.846 untouched
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.871 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.961 untouched
    (("partnerships", "f1"), 0.73),  # 0.769 untouched
    (("investments", "f1"), 0.30),  # 0.333 untouched (2 predicted, 4 in the gold)
    (("documents", "published_at", "share"), 0.95),  # 1.000 untouched
    (("documents", "event_date", "share"), 0.95),  # 1.000 untouched
    (("documents", "boilerplate_removed", "share"), 0.88),  # 0.917 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH34 = REPO / "data" / "fresh34"
# The thirty-fourth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 296 figures) by a helper that never
# ran the pipeline (external debt by creditor, the HCP's budget forecasts, equipment imports by
# origin, a Chinese copper plant, cobalt prices, EU budget support, a Morocco-Ghana joint
# commission, a dollar bond, car exports to Italy, a Czech minister's visit, Spanish and French
# textile orders, a Japanese motor plant), measured untouched at 95525ed (countries 0.844, period
# 0.858, qualifier 0.925, entities 0.937, figures 0.995). Not read: a corpus of pages no rule was
# written from.
FRESH34_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.937 untouched
    (("figures", "f1"), 0.96),  # 0.995 untouched
    (("figures", "matched_right", "countries", "share"), 0.81),  # 0.844 untouched
    (("figures", "matched_right", "period", "share"), 0.82),  # 0.858 untouched
    (("figures", "matched_right", "qualifier", "share"), 0.89),  # 0.925 untouched
    (("partnerships", "f1"), 0.86),  # 0.900 untouched
    (("investments", "f1"), 0.66),  # 0.706 untouched
    (("documents", "published_at", "share"), 0.95),  # 1.000 untouched
    (("documents", "event_date", "share"), 0.95),  # 1.000 untouched
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.988 untouched
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH35 = REPO / "data" / "fresh35"
# The thirty-fifth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 309 figures) by a helper that never
# ran the pipeline (an OCP-India fertilizer deal, aeronautics exports, a Portuguese weaver in Fès, a
# builder's contracts in Senegal and Côte d'Ivoire, a Chinese cathode plant, a monthly trade
# release, Guerguerat's trucks, a Morocco-UK power cable, canned sardines, wheat imports by origin,
# a Korean shipyard, the Nigeria-Morocco pipeline), measured untouched at 20c1b3c (countries 0.822,
# period 0.872), read since; floors from 2026.12.06-79 (the comments), 0.03 under (unchanged at -81).
FRESH35_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.959
    (("figures", "f1"), 0.96),  # 0.994
    (("figures", "matched_right", "countries", "share"), 0.82),  # 0.858
    (("figures", "matched_right", "period", "share"), 0.86),  # 0.893
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.968
    (("partnerships", "f1"), 0.89),  # 0.929
    (("investments", "f1"), 0.63),  # 0.667
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.93),  # 0.967
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH36 = REPO / "data" / "fresh36"
# The thirty-sixth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 319 figures) by a helper that never
# ran the pipeline, measured untouched at 20c1b3c (countries 0.840, period 0.890). Not read: only
# its aggregates are (five lines of a diff were printed once by mistake, see evaluation.md).
FRESH36_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.941
    (("figures", "f1"), 0.96),  # 0.995
    (("figures", "matched_right", "countries", "share"), 0.81),  # 0.840
    (("figures", "matched_right", "period", "share"), 0.86),  # 0.893
    (("figures", "matched_right", "qualifier", "share"), 0.89),  # 0.922
    (("partnerships", "f1"), 0.88),  # 0.914
    (("investments", "f1"), 0.73),  # 0.769
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.93),  # 0.963
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH37 = REPO / "data" / "fresh37"
# The thirty-seventh fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 316 figures) by a helper that never
# ran the pipeline (green hydrogen, fruit exports to Spain and France, Midparc suppliers, Dakhla
# port, textile against Turkey, remittances, desalination, OCP and India, a Chinese gigafactory,
# car exports, tourism against Egypt and Tunisia, banks and telecoms in Senegal and Côte
# d'Ivoire), measured untouched at 8d8f3c5 (countries 0.889, period 0.877, qualifier 0.962,
# entities 0.939, figures 0.989). Not read.
FRESH37_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.939
    (("figures", "f1"), 0.95),  # 0.989
    (("figures", "matched_right", "countries", "share"), 0.85),  # 0.889
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.877
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.962
    (("partnerships", "f1"), 0.74),  # 0.780
    (("investments", "f1"), 0.77),  # 0.800
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.90),  # 0.938
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH38 = REPO / "data" / "fresh38"
# The thirty-eighth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 286 figures) by a helper that never
# ran the pipeline (China trade and plants, Japanese wiring plants and JICA, the EU farm deal, OCP
# against Jordan and Saudi Arabia, cereal imports, the UK power cable, banks in Africa, fishing
# exports, FDI by origin, Royal Air Maroc and Boeing), measured untouched at 8d8f3c5 (countries
# 0.860, period 0.864, qualifier 0.969, entities 0.952, figures 0.985), read since.
FRESH38_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.952
    (("figures", "f1"), 0.95),  # 0.985
    (("figures", "matched_right", "countries", "share"), 0.89),  # 0.923
    (("figures", "matched_right", "period", "share"), 0.83),  # 0.864
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.969
    (("partnerships", "f1"), 0.78),  # 0.814
    (("investments", "f1"), 0.82),  # 0.857
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.88),  # 0.917
    (("documents", "boilerplate_removed", "share"), 0.93),  # 0.968
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH39 = REPO / "data" / "fresh39"
# The thirty-ninth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 267 figures) by a helper that never
# ran the pipeline (phosphates to Brazil and Argentina, a bank's subsidiaries in Mali and Cameroon,
# Tanger Med against Algeciras and Valencia, a Korean cathode plant, citrus and olive oil to Russia
# and Canada, the Dakhla road, the Kenitra-Marrakech rail contract, cement and steel prices,
# remittances, offshore wind with Denmark, textile orders from the UK, a Qatari tourism fund),
# measured untouched at 3a5d7d7 (countries 0.865, period 0.858, qualifier 0.951, entities 0.934,
# figures 0.993). Not read.
FRESH39_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.941
    (("figures", "f1"), 0.96),  # 0.994
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.865
    (("figures", "matched_right", "period", "share"), 0.82),  # 0.858
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.951
    (("partnerships", "f1"), 0.81),  # 0.840
    (("investments", "f1"), 0.56),  # 0.600
    (("documents", "published_at", "share"), 0.88),  # 0.917
    (("documents", "event_date", "share"), 0.88),  # 0.917
    (("documents", "boilerplate_removed", "share"), 0.94),  # 0.978
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH40 = REPO / "data" / "fresh40"
# The fortieth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 280 figures) by a helper that never ran
# the pipeline (an aerospace plant in Nouaceur, fruit to the UK and Germany against Spain, a Chinese
# blade factory, Global Gateway water funding, parts for Stellantis in Italy and Turkey, an Indian
# drug plant, the US FTA deficit, a Saudi shipping line, electricity with Spain and Portugal, a
# Nigerian cement group, World Cup stadium contracts, Japanese fisheries aid), measured untouched
# at 3a5d7d7 (countries 0.848, period 0.888, qualifier 0.942, entities 0.931, figures 0.970), read since.
FRESH40_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.943
    (("figures", "f1"), 0.95),  # 0.984
    (("figures", "matched_right", "countries", "share"), 0.82),  # 0.857
    (("figures", "matched_right", "period", "share"), 0.86),  # 0.896
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.943
    (("partnerships", "f1"), 0.81),  # 0.844
    (("investments", "f1"), 0.67),  # 0.706
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.94),  # 0.977
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH41 = REPO / "data" / "fresh41"
# The forty-first fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 338 figures) by a helper that never
# ran the pipeline (a fisheries agreement with Russia, phosphate exports, a 900 MW wind tender,
# tourism receipts, a Korean seat maker in Kenitra, remittances, textile exports to Spain and
# France, a Chinese battery-materials plant, a Saudi fund with CDG Invest, the first AfCFTA
# shipments, the EU tomato quota, port traffic), measured untouched at 956af36 (countries 0.861,
# period 0.903, qualifier 0.952, entities 0.951, figures 0.991). Not read.
FRESH41_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.951
    (("figures", "f1"), 0.96),  # 0.991
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.867
    (("figures", "matched_right", "period", "share"), 0.87),  # 0.912
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.952
    (("partnerships", "f1"), 0.83),  # 0.861
    (("investments", "f1"), 0.51),  # 0.545
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.989
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH42 = REPO / "data" / "fresh42"
# The forty-second fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 344 figures) by a helper that never
# ran the pipeline (aerospace suppliers, green hydrogen, wheat from Russia, France and Ukraine,
# OCP's results, Moroccan banks in West Africa, the US FTA, Turkish textile imports, Korean and
# Indian battery plants, desalination, high-speed rail financing, World Bank and IMF forecasts,
# the Xlinks cable), measured untouched at 956af36 (countries 0.866, period 0.814, qualifier 0.938,
# entities 0.941, figures 0.983), read since.
FRESH42_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.941
    (("figures", "f1"), 0.95),  # 0.983
    (("figures", "matched_right", "countries", "share"), 0.86),  # 0.898
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.870
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.947
    (("partnerships", "f1"), 0.79),  # 0.820
    (("investments", "f1"), 0.81),  # 0.842
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.94),  # 0.979
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH43 = REPO / "data" / "fresh43"
# The forty-third fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 306 required figures) by a helper that
# never ran the pipeline (fisheries exports, OCP's ammonia plant in Nigeria, the EFTA agreement,
# remittances, a Casablanca desalination plant, exports to West Africa, Spain's fruit exports, OCP
# and China's curbs, UK trade, Senegal's Ndayane port with a ports list, Mediterranean tourism with a
# countries list, Nador West Med), measured untouched at e448c06 (countries 0.801, period 0.810,
# entities 0.943), read since.
FRESH43_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.952
    (("figures", "f1"), 0.96),  # 0.990
    (("figures", "matched_right", "countries", "share"), 0.87),  # 0.908
    (("figures", "matched_right", "period", "share"), 0.82),  # 0.853
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.967
    (("partnerships", "f1"), 0.90),  # 0.939
    (("investments", "f1"), 0.54),  # 0.571
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.91),  # 0.944
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH44 = REPO / "data" / "fresh44"
# The forty-fourth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 317 figures) by a helper that never ran
# the pipeline (green hydrogen, battery cathodes, inflation and the budget, aerospace, Spain's car
# industry, renewables compared across Africa, Turkish textiles, Egypt's fertilizers, multilateral
# loans, a Chinese EV plant, US and Israel trade, offshoring), measured untouched at e448c06
# (countries 0.833, period 0.899, entities 0.955). Not read.
FRESH44_FLOORS = [
    (("entities", "f1"), 0.93),  # 0.963
    (("figures", "f1"), 0.96),  # 0.992
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.864
    (("figures", "matched_right", "period", "share"), 0.86),  # 0.899
    (("figures", "matched_right", "qualifier", "share"), 0.90),  # 0.934
    (("partnerships", "f1"), 0.77),  # 0.809
    (("investments", "f1"), 0.89),  # 0.923
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.988
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH45 = REPO / "data" / "fresh45"
# The forty-fifth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 341 figures) by a helper that never ran
# the pipeline (a bank's African subsidiaries, an insurer buying in Egypt, a eurobond, cement and
# housing, a container terminal, a Spanish airline's base, 5G licences, a Qatari resort, a purchase in
# Portugal, a Turkish discount retailer, Algeciras against Tanger Med, cement plants in Ghana and
# Guinea), measured untouched at 160ce76 (countries 0.850, period 0.918, entities 0.899). Not read.
FRESH45_FLOORS = [
    (("entities", "f1"), 0.86),  # 0.899
    (("figures", "f1"), 0.96),  # 0.996
    (("figures", "matched_right", "countries", "share"), 0.82),  # 0.850
    (("figures", "matched_right", "period", "share"), 0.88),  # 0.918
    (("figures", "matched_right", "qualifier", "share"), 0.89),  # 0.930
    (("partnerships", "f1"), 0.77),  # 0.809
    (("investments", "f1"), 0.80),  # 0.833
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.87),  # 0.900
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH46 = REPO / "data" / "fresh46"
# The forty-sixth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 303 figures) by a helper that never ran
# the pipeline (the Africa-Atlantic gas pipeline, the energy bill, a power cable to Portugal, olive
# oil, berries and citrus, a fishing agreement with Russia, the EU carbon border tax, a Gulf fund, a
# Chinese tyre plant, a US data centre, Senegal's first LNG year, a cement plant in Tanzania),
# measured untouched at 160ce76 (countries 0.779, period 0.927, entities 0.926), read since.
FRESH46_FLOORS = [
    (("entities", "f1"), 0.89),  # 0.926
    (("figures", "f1"), 0.95),  # 0.987
    (("figures", "matched_right", "countries", "share"), 0.78),  # 0.815
    (("figures", "matched_right", "period", "share"), 0.89),  # 0.927
    (("figures", "matched_right", "qualifier", "share"), 0.89),  # 0.924
    (("partnerships", "f1"), 0.72),  # 0.758
    (("investments", "f1"), 0.33),  # 0.364
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.92),  # 0.959
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH47 = REPO / "data" / "fresh47"
# The forty-seventh fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 335 figures) by a helper that never ran
# the pipeline (OCP's fertilizer deals with India, Brazil and Ethiopia, car exports, a Chinese battery
# maker choosing Morocco over Hungary, aeronautics, textile to Spain and France, tourism against Egypt,
# Turkey and Spain, remittances, Algeciras against Tanger Med, the Nador West Med concession, Egypt's
# IMF programme, a eurobond, Brazil's fertilizer imports), measured untouched at fd73c44 (countries
# 0.831, period 0.898, entities 0.907), read since.
FRESH47_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.938
    (("figures", "f1"), 0.96),  # 0.991
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.861
    (("figures", "matched_right", "period", "share"), 0.87),  # 0.910
    (("figures", "matched_right", "qualifier", "share"), 0.95),  # 0.982
    (("partnerships", "f1"), 0.78),  # 0.810
    (("investments", "f1"), 0.68),  # 0.714
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.94),  # 0.975
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH48 = REPO / "data" / "fresh48"
# The forty-eighth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 305 figures) by a helper that never ran
# the pipeline (the Nigeria-Morocco gas pipeline, a Casablanca desalination plant, cereal imports and
# water stress, Chinese and Korean battery plants, green hydrogen winners, ECOWAS trade, World Cup 2030
# works with Spain and Portugal, UK trade, the US FTA, Ukraine's grain exports, a solar and wind
# tender), measured untouched at fd73c44 (countries 0.834, period 0.867, entities 0.927). Not read.
FRESH48_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.931
    (("figures", "f1"), 0.95),  # 0.984
    (("figures", "matched_right", "countries", "share"), 0.80),  # 0.834
    (("figures", "matched_right", "period", "share"), 0.83),  # 0.867
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.940
    (("partnerships", "f1"), 0.69),  # 0.722
    (("investments", "f1"), 0.55),  # 0.588
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.93),  # 0.968
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH49 = REPO / "data" / "fresh49"
# The forty-ninth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 312 figures) by a helper that never ran
# the pipeline (OCP's fertilizer exports, a Japanese wire-harness plant, a listed company's results,
# textile exports, remittances, tourism arrivals, car production in France and Morocco, Tanger Med,
# a fisheries agreement, a battery plant, Bangladesh's fertilizer imports, Spain's trade), measured
# untouched at 2460ef6 (countries 0.830, period 0.875, entities 0.957). Not read.
FRESH49_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.957
    (("figures", "f1"), 0.96),  # 0.998
    (("figures", "matched_right", "countries", "share"), 0.80),  # 0.830
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.875
    (("figures", "matched_right", "qualifier", "share"), 0.96),  # 0.994
    (("partnerships", "f1"), 0.76),  # 0.791
    (("investments", "f1"), 0.76),  # 0.800
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.88),  # 0.918
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH50 = REPO / "data" / "fresh50"
# The fiftieth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 302 figures) by a helper that never ran the
# pipeline (the central bank's rate cut, a Moroccan bank in Côte d'Ivoire, CBAM and farm trade, an
# aeronautics plant, Emirati investment abroad, the budget deficit, gas imports from Spain, JICA loans,
# a Chinese cathode plant, Israeli investment, Spain's fruit exports, an insurer in Senegal), measured
# untouched at 2460ef6 (countries 0.813, period 0.853, entities 0.944). Not read.
FRESH50_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.944
    (("figures", "f1"), 0.95),  # 0.985
    (("figures", "matched_right", "countries", "share"), 0.78),  # 0.813
    (("figures", "matched_right", "period", "share"), 0.82),  # 0.853
    (("figures", "matched_right", "qualifier", "share"), 0.94),  # 0.970
    (("partnerships", "f1"), 0.75),  # 0.780
    (("investments", "f1"), 0.73),  # 0.769
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.91),  # 0.941
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH51 = REPO / "data" / "fresh51"
# The fifty-first fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 308 figures) by a helper that never ran the
# pipeline (a cement maker in Mali and Guinea, canned sardine exports, a Korean battery separator plant,
# the Morocco-Egypt farm trade dispute, Dakhla Atlantique's financing, a Spanish blade maker in Tangier,
# remittances by sending country, argan and olive oil exports, a Chinese steel group in Kenitra, a rural
# roads loan, India's phosphate imports, the Turkey FTA's textile duties), measured untouched at c1b4dae
# (countries 0.863, period 0.879, entities 0.943).
FRESH51_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.943
    (("figures", "f1"), 0.95),  # 0.995
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.863
    (("figures", "matched_right", "period", "share"), 0.85),  # 0.879
    (("figures", "matched_right", "qualifier", "share"), 0.94),  # 0.974
    (("partnerships", "f1"), 0.81),  # 0.841
    (("investments", "f1"), 0.80),  # 0.833
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.97),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH52 = REPO / "data" / "fresh52"
# The fifty-second fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 304 figures) by a helper that never ran the
# pipeline (a German auto-parts plant in Kenitra, car exports by destination, a Qatari fund's hotels, the
# Mauritania road, an Emirati desalination plant in Agadir, wheat imports, FDI by investing country, a
# Nigerian bank in Morocco, a US aerospace firm at Midparc, the Portugal power link, Brazil's fertilizer
# imports, tomato exports to the UK), measured untouched at c1b4dae (countries 0.852, period 0.931,
# entities 0.947). Not read.
FRESH52_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.947
    (("figures", "f1"), 0.95),  # 0.998
    (("figures", "matched_right", "countries", "share"), 0.82),  # 0.852
    (("figures", "matched_right", "period", "share"), 0.90),  # 0.931
    (("figures", "matched_right", "qualifier", "share"), 0.94),  # 0.977
    (("partnerships", "f1"), 0.83),  # 0.864
    (("investments", "f1"), 0.77),  # 0.800
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.97),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH53 = REPO / "data" / "fresh53"
# The fifty-third fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 323 figures) by a helper that never ran the
# pipeline (a French rolling-stock maintenance centre, phosphate exports by destination, an Italian
# tomato-paste plant, the EU fisheries talks, a Japanese supplier in Tangier, the trade deficit with China
# and the US, a bank merger in Senegal, Egypt's and Morocco's car industries, a Dutch ammonia offtake,
# Chinese tourists, an AfDB training loan, Canada's wheat and potash), measured untouched at 253d24d
# (countries 0.858, period 0.868, entities 0.968).
FRESH53_FLOORS = [
    (("entities", "f1"), 0.93),  # 0.968
    (("figures", "f1"), 0.95),  # 0.983
    (("figures", "matched_right", "countries", "share"), 0.82),  # 0.858
    (("figures", "matched_right", "period", "share"), 0.83),  # 0.868
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.959
    (("partnerships", "f1"), 0.86),  # 0.895
    (("investments", "f1"), 0.73),  # 0.769
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.88),  # 0.917
    (("documents", "boilerplate_removed", "share"), 0.93),  # 0.962
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH54 = REPO / "data" / "fresh54"
# The fifty-fourth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 289 figures) by a helper that never ran the
# pipeline (a Turkish appliance plant near Tetouan, aerospace exports, an Indian pharma joint venture, the
# services balance by partner, a Saudi wind farm in Tarfaya, citrus exports, a Chinese anode plant, a
# fertilizer complex in Ghana, Ceuta and Melilla customs, a KfW desalination loan, Nigerian and Moroccan
# cement groups, CBAM for steel and cement), measured untouched at 253d24d (countries 0.913, period
# 0.872, entities 0.956). Not read.
FRESH54_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.956
    (("figures", "f1"), 0.95),  # 0.988
    (("figures", "matched_right", "countries", "share"), 0.88),  # 0.913
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.872
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.955
    (("partnerships", "f1"), 0.92),  # 0.951
    (("investments", "f1"), 0.73),  # 0.762
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.97),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH55 = REPO / "data" / "fresh55"
# The fifty-fifth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 305 figures) by a helper that never ran the
# pipeline (a Canadian and a French aerospace plant in Nouaceur, a US composites plant, the EU fisheries talks
# and protocol, the trade deficits with Turkey and Egypt, fruit and vegetable exports to the EU, euro, dollar
# and green bond issues), measured untouched at f6188c2 (countries 0.931, period 0.918, entities 0.919).
FRESH55_FLOORS = [
    (("entities", "f1"), 0.88),  # 0.919
    (("figures", "f1"), 0.95),  # 1.000
    (("figures", "matched_right", "countries", "share"), 0.89),  # 0.931
    (("figures", "matched_right", "period", "share"), 0.88),  # 0.918
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.948
    (("partnerships", "f1"), 0.84),  # 0.882
    (("investments", "f1"), 0.87),  # 0.909
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.94),  # 0.981
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH56 = REPO / "data" / "fresh56"
# The fifty-sixth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 323 figures) by a helper that never ran the
# pipeline (green hydrogen and ammonia projects by Emirati, German and Chinese developers, OCP's fertilizer
# sales to India, Brazil and West Africa, desalination and water tariffs, a Saudi solar plant, the power
# links with Spain and Portugal), measured untouched at f6188c2 (countries 0.845, period 0.935, entities
# 0.957). Not read.
FRESH56_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.957
    (("figures", "f1"), 0.95),  # 0.997
    (("figures", "matched_right", "countries", "share"), 0.81),  # 0.845
    (("figures", "matched_right", "period", "share"), 0.89),  # 0.935
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.950
    (("partnerships", "f1"), 0.92),  # 0.957
    (("investments", "f1"), 0.85),  # 0.889
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.93),  # 0.969
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH57 = REPO / "data" / "fresh57"
# The fifty-seventh fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 311 figures) by a helper that never ran the
# pipeline (Chinese and Korean battery and cathode plants, a JICA loan and Japanese wire-harness makers,
# textile and leather exports to Spain, France and the UK, offshoring and IT services, a review of the
# battery ecosystem), measured untouched at f6188c2 (countries 0.894, period 0.945, entities 0.956).
FRESH57_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.956
    (("figures", "f1"), 0.95),  # 0.998
    (("figures", "matched_right", "countries", "share"), 0.85),  # 0.894
    (("figures", "matched_right", "period", "share"), 0.91),  # 0.945
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.955
    (("partnerships", "f1"), 0.85),  # 0.893
    (("investments", "f1"), 0.93),  # 0.968
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH58 = REPO / "data" / "fresh58"
# The fifty-eighth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 332 figures) by a helper that never ran the
# pipeline (Tanger Med, Nador West Med and Dakhla Atlantique traffic, tourism receipts and remittances by
# source country, tomato, berry and citrus exports to the UK, Russia and the EU, FDI by source country),
# measured untouched at f6188c2 (countries 0.892, period 0.864, entities 0.964). Not read.
FRESH58_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.964
    (("figures", "f1"), 0.95),  # 0.996
    (("figures", "matched_right", "countries", "share"), 0.85),  # 0.892
    (("figures", "matched_right", "period", "share"), 0.82),  # 0.864
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.958
    (("partnerships", "f1"), 0.79),  # 0.827
    (("investments", "f1"), 0.79),  # 0.833
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH59 = REPO / "data" / "fresh59"
# The fifty-ninth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 306 figures) by a helper that never ran the
# pipeline (Chinese battery, cathode, anode and solar plants in Kenitra, Jorf Lasfar and Tanger, Morocco's
# trade deficit with China, Chinese tourists and flights, Belt and Road loans, a panda bond), measured
# untouched at b037b34 (countries 0.889, period 0.934, entities 0.958), then read.
FRESH59_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.958
    (("figures", "f1"), 0.95),  # 0.995
    (("figures", "matched_right", "countries", "share"), 0.85),  # 0.889
    (("figures", "matched_right", "period", "share"), 0.90),  # 0.934
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.951
    (("partnerships", "f1"), 0.84),  # 0.881
    (("investments", "f1"), 0.60),  # 0.643
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.88),  # 0.917
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.988
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH60 = REPO / "data" / "fresh60"
# The sixtieth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 319 figures) by a helper that never ran the
# pipeline (Japanese and Korean wiring-harness and parts makers in Kenitra, Tanger and Meknes, JICA and
# KEXIM loans, seafood exports to Japan, TICAD and Korea-Africa meetings, trade with Japan and Korea),
# measured untouched at b037b34 (countries 0.871, period 0.934, entities 0.971). Not read.
FRESH60_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.971
    (("figures", "f1"), 0.95),  # 0.992
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.871
    (("figures", "matched_right", "period", "share"), 0.90),  # 0.934
    (("figures", "matched_right", "qualifier", "share"), 0.90),  # 0.943
    (("partnerships", "f1"), 0.68),  # 0.722
    (("investments", "f1"), 0.87),  # 0.909
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.88),  # 0.917
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.992
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH61 = REPO / "data" / "fresh61"
# The sixty-first fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 306 figures) by a helper that never ran the
# pipeline (green hydrogen and ammonia with German, Emirati, French and Indian partners, power links with
# Spain, Portugal and the UK, solar and wind capacity, OCP's fertiliser exports to India, Brazil and the
# US, gas imports through Spain), measured untouched at b037b34 (countries 0.843, period 0.948, entities
# 0.965), then read.
FRESH61_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.965
    (("figures", "f1"), 0.95),  # 1.000
    (("figures", "matched_right", "countries", "share"), 0.81),  # 0.843
    (("figures", "matched_right", "period", "share"), 0.91),  # 0.948
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.974
    (("partnerships", "f1"), 0.92),  # 0.957
    (("investments", "f1"), 0.74),  # 0.778
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH62 = REPO / "data" / "fresh62"
# The sixty-second fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 301 figures) by a helper that never ran the
# pipeline (Moroccan banks, insurers, telecoms and cement in West Africa, the Nigeria-Morocco gas pipeline,
# exports to Mauritania, Senegal and Côte d'Ivoire, AfCFTA, Emirati, Saudi and Qatari pledges), measured
# untouched at b037b34 (countries 0.870, period 0.880, entities 0.956). Not read.
FRESH62_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.956
    (("figures", "f1"), 0.95),  # 0.990
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.870
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.880
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.960
    (("partnerships", "f1"), 0.81),  # 0.852
    (("investments", "f1"), 0.63),  # 0.667
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.981
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH63 = REPO / "data" / "fresh63"
# The sixty-third fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 313 figures) by a helper that never ran the
# pipeline (Chinese and European battery and electric-car makers in Kenitra and Tangier, Renault and
# Stellantis output and exports, Japanese, Spanish and Turkish parts makers, aeronautics at Midparc, the
# Plan d'Accélération Industrielle's ecosystems), measured untouched at b83c895 (countries 0.859, period
# 0.920, entities 0.958), then read.
FRESH63_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.968
    (("figures", "f1"), 0.95),  # 1.000
    (("figures", "matched_right", "countries", "share"), 0.83),  # 0.869
    (("figures", "matched_right", "period", "share"), 0.88),  # 0.920
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.955
    (("partnerships", "f1"), 0.78),  # 0.826
    (("investments", "f1"), 0.80),  # 0.848
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH64 = REPO / "data" / "fresh64"
# The sixty-fourth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 311 figures) by a helper that never ran the
# pipeline (tomato, berry and citrus exports to the EU, the UK, Russia and China, the EU fisheries
# agreement, octopus and sardines with Japanese and Korean buyers, desalination plants with Spanish, French
# and Israeli firms, cereal imports), measured untouched at b83c895 (countries 0.878, period 0.736,
# entities 0.938). Not read.
FRESH64_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.938
    (("figures", "f1"), 0.95),  # 0.997
    (("figures", "matched_right", "countries", "share"), 0.84),  # 0.878
    (("figures", "matched_right", "period", "share"), 0.70),  # 0.736
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.958
    (("partnerships", "f1"), 0.87),  # 0.911
    (("investments", "f1"), 0.83),  # 0.875
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.988
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH65 = REPO / "data" / "fresh65"
# The sixty-fifth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 312 figures) by a helper that never ran the
# pipeline (tourist arrivals and receipts by origin country, new routes of foreign airlines, Royal Air
# Maroc's fleet order, cruise calls, Tanger Med and Nador West Med container traffic, the summer crossing
# of the strait), measured untouched at b83c895 (countries 0.897, period 0.811, entities 0.940), then read.
FRESH65_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.952
    (("figures", "f1"), 0.95),  # 0.992
    (("figures", "matched_right", "countries", "share"), 0.88),  # 0.918
    (("figures", "matched_right", "period", "share"), 0.82),  # 0.858
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.972
    (("partnerships", "f1"), 0.87),  # 0.914
    (("investments", "f1"), 0.78),  # 0.824
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH66 = REPO / "data" / "fresh66"
# The sixty-sixth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 303 figures) by a helper that never ran the
# pipeline (World Bank, AfDB, EIB, JICA and KfW loans, a Eurobond, foreign direct investment and
# remittances by country, Chinese garment plants exporting to Spain and France, the Egypt and Turkey
# trade agreements), measured untouched at b83c895 (countries 0.944, period 0.891, entities 0.960). Not read.
FRESH66_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.960
    (("figures", "f1"), 0.95),  # 1.000
    (("figures", "matched_right", "countries", "share"), 0.90),  # 0.944
    (("figures", "matched_right", "period", "share"), 0.85),  # 0.891
    (("figures", "matched_right", "qualifier", "share"), 0.94),  # 0.980
    (("partnerships", "f1"), 0.89),  # 0.931
    (("investments", "f1"), 0.71),  # 0.750
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH67 = REPO / "data" / "fresh67"
# The sixty-seventh fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 316 figures) by a helper that never ran the
# pipeline (renewable power, green hydrogen and water: Masen's solar and storage plants, desalination with
# Spanish and Emirati partners, German-Emirati and Indian green hydrogen and ammonia projects, power links
# with Spain and Portugal, EU Global Gateway funding), measured untouched at 1cdcfff (countries 0.921,
# period 0.911, entities 0.974), then read.
FRESH67_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.978
    (("figures", "f1"), 0.95),  # 0.995
    (("figures", "matched_right", "countries", "share"), 0.88),  # 0.921
    (("figures", "matched_right", "period", "share"), 0.89),  # 0.930
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.953
    (("partnerships", "f1"), 0.80),  # 0.846
    (("investments", "f1"), 0.90),  # 0.947
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH68 = REPO / "data" / "fresh68"
# The sixty-eighth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 316 figures) by a helper that never ran the
# pipeline (car and aerospace suppliers in Tanger, Kenitra and Nouaceur: Japanese, Korean, Chinese, French,
# US and Spanish plants, jobs and local integration, exports by destination, battery and electric-car
# projects), measured untouched at 1cdcfff (countries 0.930, period 0.918, entities 0.953). Not read.
FRESH68_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.953
    (("figures", "f1"), 0.95),  # 0.994
    (("figures", "matched_right", "countries", "share"), 0.89),  # 0.930
    (("figures", "matched_right", "period", "share"), 0.87),  # 0.918
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.965
    (("partnerships", "f1"), 0.88),  # 0.930
    (("investments", "f1"), 0.75),  # 0.800
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH69 = REPO / "data" / "fresh69"
# The sixty-ninth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 356 figures) by a helper that never ran the
# pipeline (farm and fish exports: tomatoes and berries to the EU and the UK, citrus to Russia and China,
# canned sardines, OCP fertilisers for India, Brazil and Africa, trade with West Africa and the road through
# Mauritania, drought), measured untouched at 1cdcfff (countries 0.879, period 0.851, entities 0.960), then
# read.
FRESH69_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.977
    (("figures", "f1"), 0.95),  # 1.000
    (("figures", "matched_right", "countries", "share"), 0.84),  # 0.888
    (("figures", "matched_right", "period", "share"), 0.87),  # 0.913
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.961
    (("partnerships", "f1"), 0.85),  # 0.899
    (("investments", "f1"), 0.75),  # 0.800
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH70 = REPO / "data" / "fresh70"
# The seventieth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 327 figures) by a helper that never ran the
# pipeline (infrastructure and tourism ahead of the 2030 World Cup: high-speed rail and airport contracts
# with French, Spanish, Korean, Chinese and Turkish firms, Nador West Med and Dakhla Atlantique ports,
# stadiums, tourist arrivals and receipts by origin country, airline routes), measured untouched at 1cdcfff
# (countries 0.862, period 0.887, entities 0.924). Not read.
FRESH70_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.924
    (("figures", "f1"), 0.95),  # 0.997
    (("figures", "matched_right", "countries", "share"), 0.82),  # 0.862
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.887
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.951
    (("partnerships", "f1"), 0.90),  # 0.940
    (("investments", "f1"), 0.57),  # 0.615
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH71 = REPO / "data" / "fresh71"
# The seventy-first fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 306 figures) by a helper that never ran the
# pipeline (foreign trade by partner: Office des changes figures by partner country, the trade deficits with
# China and Turkey, phosphate, car and textile exports, the US free trade agreement, the energy bill),
# measured untouched at 000328d (countries 0.938, period 0.948, entities 0.971), then read.
FRESH71_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.976
    (("figures", "f1"), 0.95),  # 1.000
    (("figures", "matched_right", "countries", "share"), 0.92),  # 0.961
    (("figures", "matched_right", "period", "share"), 0.90),  # 0.948
    (("figures", "matched_right", "qualifier", "share"), 0.95),  # 0.993
    (("partnerships", "f1"), 0.93),  # 0.977
    (("investments", "f1"), 0.96),  # 1.000
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.990
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH72 = REPO / "data" / "fresh72"
# The seventy-second fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 324 figures) by a helper that never ran the
# pipeline (foreign direct investment: Emirati, Saudi, Qatari, Chinese, French and British investors, the
# investment commission and regional investment centres, Moroccan companies investing in Africa, FDI by origin
# country), measured untouched at 000328d (countries 0.941, period 0.944, entities 0.945). Not read.
FRESH72_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.950
    (("figures", "f1"), 0.95),  # 0.998
    (("figures", "matched_right", "countries", "share"), 0.90),  # 0.941
    (("figures", "matched_right", "period", "share"), 0.90),  # 0.944
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.978
    (("partnerships", "f1"), 0.96),  # 1.000
    (("investments", "f1"), 0.62),  # 0.667
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.990
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH73 = REPO / "data" / "fresh73"
# The seventy-third fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 290 figures) by a helper that never ran the
# pipeline (mining and critical minerals: OCP's results and fertiliser prices, Managem's cobalt, copper and
# gold, Chinese, Canadian, Australian and British juniors, battery-metals deals with the US, the EU and
# Japan), measured untouched at 000328d (countries 0.862, period 0.910, entities 0.924), then read.
FRESH73_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.957
    (("figures", "f1"), 0.95),  # 0.991
    (("figures", "matched_right", "countries", "share"), 0.87),  # 0.917
    (("figures", "matched_right", "period", "share"), 0.89),  # 0.934
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.962
    (("partnerships", "f1"), 0.86),  # 0.909
    (("investments", "f1"), 0.80),  # 0.846
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.990
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH74 = REPO / "data" / "fresh74"
# The seventy-fourth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 313 figures) by a helper that never ran the
# pipeline (the digital economy and offshoring: call centres and IT outsourcing for French, Spanish and
# Belgian clients, data centres by US, Chinese and Emirati firms, start-up funding, Maroc Telecom's African
# units, undersea cables), measured untouched at 000328d (countries 0.843, period 0.939, entities 0.937). Not
# read.
FRESH74_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.937
    (("figures", "f1"), 0.95),  # 0.987
    (("figures", "matched_right", "countries", "share"), 0.80),  # 0.843
    (("figures", "matched_right", "period", "share"), 0.89),  # 0.939
    (("figures", "matched_right", "qualifier", "share"), 0.86),  # 0.907
    (("partnerships", "f1"), 0.70),  # 0.745
    (("investments", "f1"), 0.60),  # 0.645
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH75 = REPO / "data" / "fresh75"
# The seventy-fifth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 327 figures) by a helper that never ran the
# pipeline (macroeconomy and finance: Bank Al-Maghrib's rate and inflation, reserves, the budget deficit and
# public debt, Eurobond and Samurai issues, IMF and World Bank lines, remittances by country of residence),
# measured untouched at 185af82 (countries 0.976, period 0.795, entities 0.952), then read.
FRESH75_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.952
    (("figures", "f1"), 0.95),  # 0.997
    (("figures", "matched_right", "countries", "share"), 0.93),  # 0.976
    (("figures", "matched_right", "period", "share"), 0.79),  # 0.835
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.957
    (("partnerships", "f1"), 0.84),  # 0.889
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH76 = REPO / "data" / "fresh76"
# The seventy-sixth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 322 figures) by a helper that never ran the
# pipeline (pharmaceuticals, textiles and leather: Indian, French, Jordanian and Chinese drugmakers' plants,
# medicine exports to West Africa, textile and leather exports to Spain, France, Italy and the UK, Turkish and
# Egyptian competition, wages), measured untouched at 185af82 (countries 0.922, period 0.935, entities 0.981).
# Not read.
FRESH76_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.981
    (("figures", "f1"), 0.95),  # 0.994
    (("figures", "matched_right", "countries", "share"), 0.88),  # 0.922
    (("figures", "matched_right", "period", "share"), 0.89),  # 0.935
    (("figures", "matched_right", "qualifier", "share"), 0.94),  # 0.981
    (("partnerships", "f1"), 0.82),  # 0.861
    (("investments", "f1"), 0.85),  # 0.897
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH77 = REPO / "data" / "fresh77"
# The seventy-seventh fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 301 figures) by a helper that never ran the
# pipeline (aviation and aerospace: Royal Air Maroc's orders from Boeing, Airbus and Embraer, Safran, Hexcel
# and Spirit plants near Casablanca, Israeli and US defence joint ventures, airport traffic and foreign
# airlines' routes), measured untouched at 185af82 (countries 0.886, period 0.902, entities 0.962), then read.
FRESH77_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.962
    (("figures", "f1"), 0.95),  # 0.993
    (("figures", "matched_right", "countries", "share"), 0.86),  # 0.904
    (("figures", "matched_right", "period", "share"), 0.87),  # 0.914
    (("figures", "matched_right", "qualifier", "share"), 0.88),  # 0.927
    (("partnerships", "f1"), 0.92),  # 0.966
    (("investments", "f1"), 0.58),  # 0.625
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.89),  # 0.917
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH78 = REPO / "data" / "fresh78"
# The seventy-eighth fresh corpus: 12 pages (7 fr, 5 en, 6 HTML, 306 figures) by a helper that never ran the
# pipeline (Morocco and Africa: exports to West and Central Africa, the AfCFTA, the Guerguerat crossing,
# Moroccan banks', insurers' and builders' African units, the Nigeria-Morocco gas pipeline, OCP's fertiliser
# plants in Ethiopia and Nigeria), measured untouched at 185af82 (countries 0.882, period 0.922, entities
# 0.954). Not read.
FRESH78_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.954
    (("figures", "f1"), 0.95),  # 0.995
    (("figures", "matched_right", "countries", "share"), 0.84),  # 0.882
    (("figures", "matched_right", "period", "share"), 0.88),  # 0.922
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.971
    (("partnerships", "f1"), 0.83),  # 0.875
    (("investments", "f1"), 0.53),  # 0.571
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.992
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH79 = REPO / "data" / "fresh79"
# The seventy-ninth fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 316 figures) by a helper that never ran the
# pipeline (Morocco and the European Union: EU trade by member state, the carbon border levy (CBAM) and its
# cost for fertiliser, steel and cement exports, EIB and Commission loans and grants, European carmakers' and
# suppliers' plants, the tomato quota), measured untouched at ddbf40b (countries 0.870, period 0.829, entities
# 0.978), then read.
FRESH79_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.978
    (("figures", "f1"), 0.95),  # 0.994
    (("figures", "matched_right", "countries", "share"), 0.88),  # 0.924
    (("figures", "matched_right", "period", "share"), 0.83),  # 0.877
    (("figures", "matched_right", "qualifier", "share"), 0.90),  # 0.949
    (("partnerships", "f1"), 0.87),  # 0.917
    (("investments", "f1"), 0.75),  # 0.800
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH80 = REPO / "data" / "fresh80"
# The eightieth fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 345 figures) by a helper that never ran the
# pipeline (the United States, the United Kingdom and Israel with Morocco: trade under the US free trade
# agreement, fertiliser and car exports, the UK power cable project, Israeli investments and flights, US and
# British plants and call centres, tourists), measured untouched at ddbf40b (countries 0.878, period 0.925,
# entities 0.935). Not read.
FRESH80_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.935
    (("figures", "f1"), 0.95),  # 0.999
    (("figures", "matched_right", "countries", "share"), 0.84),  # 0.884
    (("figures", "matched_right", "period", "share"), 0.88),  # 0.925
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.954
    (("partnerships", "f1"), 0.78),  # 0.829
    (("investments", "f1"), 0.84),  # 0.880
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.990
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH81 = REPO / "data" / "fresh81"
# The eighty-first fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 300 figures) by a helper that never ran the
# pipeline (the Gulf and Turkey with Morocco: Emirati, Saudi and Qatari pledges and funds, Turkish textile
# imports and the revised free trade agreement, Turkish contractors and retailers, Gulf-funded ports, hotels
# and energy projects, Egypt and Tunisia compared), measured untouched at ddbf40b (countries 0.827, period
# 0.923, entities 0.926), then read.
FRESH81_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.926
    (("figures", "f1"), 0.95),  # 0.998
    (("figures", "matched_right", "countries", "share"), 0.86),  # 0.907
    (("figures", "matched_right", "period", "share"), 0.88),  # 0.923
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.957
    (("partnerships", "f1"), 0.79),  # 0.833
    (("investments", "f1"), 0.54),  # 0.583
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.990
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH82 = REPO / "data" / "fresh82"
# The eighty-second fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 278 figures) by a helper that never ran the
# pipeline (emerging partners: OCP's fertiliser sales to India and Brazil, Indian and Brazilian companies in
# Morocco, Russian and Ukrainian wheat and ammonia, Chinese and Indian buyers of phosphate, trade with
# Argentina and Mexico, other exporters' own figures), measured untouched at ddbf40b (countries 0.835, period
# 0.932, entities 0.945). Not read.
FRESH82_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.945
    (("figures", "f1"), 0.95),  # 0.996
    (("figures", "matched_right", "countries", "share"), 0.79),  # 0.835
    (("figures", "matched_right", "period", "share"), 0.89),  # 0.932
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.968
    (("partnerships", "f1"), 0.75),  # 0.800
    (("investments", "f1"), 0.96),  # 1.000
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH83 = REPO / "data" / "fresh83"
# The eighty-third fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 308 figures) by a helper that never ran the
# pipeline (Europe's energy and climate rules with Morocco: green hydrogen and ammonia projects with German,
# Dutch and Danish partners, a power cable to the UK, the EU carbon border levy (CBAM) and steel, cement and
# fertiliser exports, Spanish and Portuguese electricity trade, Egypt, Oman and Chile as rival hydrogen hubs),
# measured untouched at 18ce5ab (countries 0.812, period 0.909, entities 0.940), then read.
FRESH83_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.940
    (("figures", "f1"), 0.95),  # 0.995
    (("figures", "matched_right", "countries", "share"), 0.81),  # 0.854
    (("figures", "matched_right", "period", "share"), 0.86),  # 0.909
    (("figures", "matched_right", "qualifier", "share"), 0.86),  # 0.906
    (("partnerships", "f1"), 0.77),  # 0.812
    (("investments", "f1"), 0.77),  # 0.815
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.990
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH84 = REPO / "data" / "fresh84"
# The eighty-fourth fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 322 figures) by a helper that never ran the
# pipeline (Morocco in West and Central Africa: Moroccan banks', insurers' and telecom operators' subsidiaries
# in Senegal, Côte d'Ivoire, Mali and Gabon, the Nigeria-Morocco gas pipeline, exports to ECOWAS, AfCFTA
# tariffs, fertiliser blending plants, Kenya, Egypt and South Africa compared), measured untouched at 18ce5ab
# (countries 0.823, period 0.910, entities 0.963). Not read.
FRESH84_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.963
    (("figures", "f1"), 0.95),  # 0.992
    (("figures", "matched_right", "countries", "share"), 0.78),  # 0.823
    (("figures", "matched_right", "period", "share"), 0.86),  # 0.910
    (("figures", "matched_right", "qualifier", "share"), 0.92),  # 0.963
    (("partnerships", "f1"), 0.79),  # 0.836
    (("investments", "f1"), 0.62),  # 0.667
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.973
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH85 = REPO / "data" / "fresh85"
# The eighty-fifth fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 277 figures) by a helper that never ran the
# pipeline (East Asia with Morocco: Korean and Japanese automotive and electronics suppliers, Chinese EV
# battery, cathode and copper foil gigafactories, KEXIM and JICA loans, exports to Japan, Vietnam, Indonesia
# and Hungary as rival battery locations), measured untouched at 18ce5ab (countries 0.870, period 0.942,
# entities 0.965), then read.
FRESH85_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.965
    (("figures", "f1"), 0.95),  # 0.996
    (("figures", "matched_right", "countries", "share"), 0.86),  # 0.906
    (("figures", "matched_right", "period", "share"), 0.90),  # 0.942
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.957
    (("partnerships", "f1"), 0.81),  # 0.857
    (("investments", "f1"), 0.90),  # 0.947
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH86 = REPO / "data" / "fresh86"
# The eighty-sixth fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 324 figures) by a helper that never ran the
# pipeline (North America and the UK with Morocco: the US free trade agreement's twentieth year, American
# aerospace and defence suppliers, Canadian mining and fertiliser firms, UK trade after Brexit, tourists,
# citrus and berry exports, Portugal, Egypt and Turkey compared), measured untouched at 18ce5ab (countries
# 0.818, period 0.892, entities 0.941). Not read.
FRESH86_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.941
    (("figures", "f1"), 0.95),  # 0.986
    (("figures", "matched_right", "countries", "share"), 0.77),  # 0.818
    (("figures", "matched_right", "period", "share"), 0.85),  # 0.892
    (("figures", "matched_right", "qualifier", "share"), 0.93),  # 0.975
    (("partnerships", "f1"), 0.69),  # 0.735
    (("investments", "f1"), 0.86),  # 0.900
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.991
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH87 = REPO / "data" / "fresh87"
# The eighty-seventh fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 299 figures) by a helper that never ran the
# pipeline (Southern Europe with Morocco: Spanish and Portuguese trade, the Strait of Gibraltar's ports,
# Italian and Spanish car-parts and agrifood firms, tomato and fish exports, the 2030 World Cup, seasonal
# workers in Huelva, Tunisia and Algeria compared), measured untouched at 1a6c993 (countries 0.856, period
# 0.866, entities 0.948), then read.
FRESH87_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.948
    (("figures", "f1"), 0.95),  # 0.998
    (("figures", "matched_right", "countries", "share"), 0.84),  # 0.883
    (("figures", "matched_right", "period", "share"), 0.86),  # 0.906
    (("figures", "matched_right", "qualifier", "share"), 0.89),  # 0.940
    (("partnerships", "f1"), 0.74),  # 0.789
    (("investments", "f1"), 0.62),  # 0.667
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.976
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH88 = REPO / "data" / "fresh88"
# The eighty-eighth fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 313 figures) by a helper that never ran the
# pipeline (agriculture and water: the Green Generation plan, desalination plants with Spanish, French and
# Israeli contractors, cereal imports, olive oil and argan exports, drought and harvests, fertiliser use, EU
# and FAO programmes, Egypt and Spain compared), measured untouched at 1a6c993 (countries 0.907, period
# 0.885, entities 0.933). Not read.
FRESH88_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.933
    (("figures", "f1"), 0.95),  # 1.000
    (("figures", "matched_right", "countries", "share"), 0.86),  # 0.907
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.885
    (("figures", "matched_right", "qualifier", "share"), 0.85),  # 0.895
    (("partnerships", "f1"), 0.88),  # 0.929
    (("investments", "f1"), 0.62),  # 0.667
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.990
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH89 = REPO / "data" / "fresh89"
# The eighty-ninth fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 313 figures) by a helper that never ran the
# pipeline (automotive and electric mobility: Renault and Stellantis plants, Chinese, Korean and Japanese
# battery and parts suppliers, car exports by destination, BYD and Chery projects, Romania, Slovakia and
# Turkey compared), measured untouched at 1a6c993 (countries 0.827, period 0.882, entities 0.963), then
# read.
FRESH89_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.963
    (("figures", "f1"), 0.95),  # 0.997
    (("figures", "matched_right", "countries", "share"), 0.80),  # 0.850
    (("figures", "matched_right", "period", "share"), 0.85),  # 0.895
    (("figures", "matched_right", "qualifier", "share"), 0.90),  # 0.942
    (("partnerships", "f1"), 0.80),  # 0.843
    (("investments", "f1"), 0.74),  # 0.780
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 0.991
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH90 = REPO / "data" / "fresh90"
# The ninetieth fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 332 figures) by a helper that never ran the
# pipeline (tourism, aviation and culture: arrivals by market, Moroccans living abroad, low-cost and Gulf
# carriers, hotel investment, cruise calls, foreign film shoots, Egypt, Tunisia and Turkey compared),
# measured untouched at 1a6c993 (countries 0.910, period 0.889, entities 0.953). Not read.
FRESH90_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.953
    (("figures", "f1"), 0.95),  # 0.982
    (("figures", "matched_right", "countries", "share"), 0.86),  # 0.910
    (("figures", "matched_right", "period", "share"), 0.84),  # 0.889
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.955
    (("partnerships", "f1"), 0.80),  # 0.849
    (("investments", "f1"), 0.69),  # 0.737
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH91 = REPO / "data" / "fresh91"
# The ninety-first fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 346 figures) by a helper that never ran the
# pipeline (Latin America with Morocco: Brazilian fertilizer purchases, beef and sugar, Argentine wheat and
# soy oil, a Mexican car-parts supplier in Kénitra, Chilean fruit exporters, Royal Air Maroc's routes, the
# Mercosur talks), measured untouched at 8026b44 (countries 0.766, period 0.824, entities 0.921). Then read.
FRESH91_FLOORS = [
    (("entities", "f1"), 0.90),  # 0.921
    (("figures", "f1"), 0.95),  # 0.997
    (("figures", "matched_right", "countries", "share"), 0.78),  # 0.821
    (("figures", "matched_right", "period", "share"), 0.78),  # 0.824
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.960
    (("partnerships", "f1"), 0.74),  # 0.782
    (("investments", "f1"), 0.58),  # 0.625
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH92 = REPO / "data" / "fresh92"
# The ninety-second fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 321 figures) by a helper that never ran the
# pipeline (the Gulf states with Morocco: Emirati, Saudi and Qatari investors in desalination, ports,
# hotels, wind and green ammonia, Gulf airlines, trade with the Gulf, the Saudi economy), measured untouched
# at 8026b44 (countries 0.782, period 0.879, entities 0.966). Not read.
FRESH92_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.966
    (("figures", "f1"), 0.95),  # 0.994
    (("figures", "matched_right", "countries", "share"), 0.74),  # 0.782
    (("figures", "matched_right", "period", "share"), 0.83),  # 0.879
    (("figures", "matched_right", "qualifier", "share"), 0.89),  # 0.931
    (("partnerships", "f1"), 0.73),  # 0.776
    (("investments", "f1"), 0.62),  # 0.667
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.95),  # 1.000
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH93 = REPO / "data" / "fresh93"
# The ninety-third fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 321 figures) by a helper that never ran the
# pipeline (Central and Eastern Europe, Russia and Ukraine with Morocco: Polish, Czech, Romanian, Hungarian
# and Slovak car-parts suppliers, Russian and Ukrainian wheat and sunflower oil, citrus and fish exports to
# Russia and Poland, Black Sea freight, the Hungarian economy), measured untouched at 8026b44 (countries
# 0.785, period 0.779, entities 0.931). Then read.
FRESH93_FLOORS = [
    (("entities", "f1"), 0.91),  # 0.931
    (("figures", "f1"), 0.94),  # 0.971
    (("figures", "matched_right", "countries", "share"), 0.81),  # 0.850
    (("figures", "matched_right", "period", "share"), 0.73),  # 0.779
    (("figures", "matched_right", "qualifier", "share"), 0.91),  # 0.956
    (("partnerships", "f1"), 0.79),  # 0.833
    (("investments", "f1"), 0.54),  # 0.583
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.94),  # 0.967
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

FRESH94 = REPO / "data" / "fresh94"
# The ninety-fourth fresh corpus: 12 pages (6 fr, 6 en, 6 HTML, 305 figures) by a helper that never ran the
# pipeline (South and South-East Asia with Morocco: phosphoric acid and DAP for India, Bangladesh and
# Pakistan, an Indian bus plant in Kénitra, Vietnamese and Bangladeshi textiles, coffee, tea and rice
# imports, Asian tourists, ASEAN and Indonesian trade talks), measured untouched at 8026b44 (countries
# 0.816, period 0.728, entities 0.959). Not read.
FRESH94_FLOORS = [
    (("entities", "f1"), 0.92),  # 0.959
    (("figures", "f1"), 0.95),  # 0.995
    (("figures", "matched_right", "countries", "share"), 0.78),  # 0.826
    (("figures", "matched_right", "period", "share"), 0.68),  # 0.728
    (("figures", "matched_right", "qualifier", "share"), 0.90),  # 0.944
    (("partnerships", "f1"), 0.72),  # 0.768
    (("investments", "f1"), 0.76),  # 0.800
    (("documents", "published_at", "share"), 0.95),  # 1.000
    (("documents", "event_date", "share"), 0.95),  # 1.000
    (("documents", "boilerplate_removed", "share"), 0.93),  # 0.960
    (("documents", "article_kept", "share"), 0.95),  # 1.000
]

OTHER_CORPORA = {"held-out": (HOLDOUT, HOLDOUT_FLOORS), "fresh": (FRESH, FRESH_FLOORS), "fresh2": (FRESH2, FRESH2_FLOORS),
                 "fresh3": (FRESH3, FRESH3_FLOORS), "fresh5": (FRESH5, FRESH5_FLOORS), "fresh6": (FRESH6, FRESH6_FLOORS),
                 "fresh7": (FRESH7, FRESH7_FLOORS), "fresh8": (FRESH8, FRESH8_FLOORS), "fresh10": (FRESH10, FRESH10_FLOORS),
                 "fresh11": (FRESH11, FRESH11_FLOORS), "fresh12": (FRESH12, FRESH12_FLOORS),
                 "fresh13": (FRESH13, FRESH13_FLOORS), "fresh14": (FRESH14, FRESH14_FLOORS),
                 "fresh15": (FRESH15, FRESH15_FLOORS),
                 "fresh16": (FRESH16, FRESH16_FLOORS), "fresh17": (FRESH17, FRESH17_FLOORS),
                 "fresh18": (FRESH18, FRESH18_FLOORS), "fresh19": (FRESH19, FRESH19_FLOORS),
                 "fresh20": (FRESH20, FRESH20_FLOORS),
                 "fresh21": (FRESH21, FRESH21_FLOORS), "fresh22": (FRESH22, FRESH22_FLOORS),
                 "fresh23": (FRESH23, FRESH23_FLOORS), "fresh24": (FRESH24, FRESH24_FLOORS),
                 "fresh25": (FRESH25, FRESH25_FLOORS), "fresh26": (FRESH26, FRESH26_FLOORS),
                 "fresh27": (FRESH27, FRESH27_FLOORS), "fresh28": (FRESH28, FRESH28_FLOORS),
                 "fresh29": (FRESH29, FRESH29_FLOORS), "fresh30": (FRESH30, FRESH30_FLOORS),
                 "fresh31": (FRESH31, FRESH31_FLOORS), "fresh32": (FRESH32, FRESH32_FLOORS),
                 "fresh33": (FRESH33, FRESH33_FLOORS), "fresh34": (FRESH34, FRESH34_FLOORS),
                 "fresh35": (FRESH35, FRESH35_FLOORS), "fresh36": (FRESH36, FRESH36_FLOORS),
                 "fresh37": (FRESH37, FRESH37_FLOORS), "fresh38": (FRESH38, FRESH38_FLOORS),
                 "fresh39": (FRESH39, FRESH39_FLOORS), "fresh40": (FRESH40, FRESH40_FLOORS),
                 "fresh41": (FRESH41, FRESH41_FLOORS), "fresh42": (FRESH42, FRESH42_FLOORS),
                 "fresh43": (FRESH43, FRESH43_FLOORS), "fresh44": (FRESH44, FRESH44_FLOORS),
                 "fresh45": (FRESH45, FRESH45_FLOORS), "fresh46": (FRESH46, FRESH46_FLOORS),
                 "fresh47": (FRESH47, FRESH47_FLOORS), "fresh48": (FRESH48, FRESH48_FLOORS),
                 "fresh49": (FRESH49, FRESH49_FLOORS), "fresh50": (FRESH50, FRESH50_FLOORS),
                 "fresh51": (FRESH51, FRESH51_FLOORS), "fresh52": (FRESH52, FRESH52_FLOORS),
                 "fresh53": (FRESH53, FRESH53_FLOORS), "fresh54": (FRESH54, FRESH54_FLOORS),
                 "fresh55": (FRESH55, FRESH55_FLOORS), "fresh56": (FRESH56, FRESH56_FLOORS),
                 "fresh57": (FRESH57, FRESH57_FLOORS), "fresh58": (FRESH58, FRESH58_FLOORS),
                 "fresh59": (FRESH59, FRESH59_FLOORS), "fresh60": (FRESH60, FRESH60_FLOORS),
                 "fresh61": (FRESH61, FRESH61_FLOORS), "fresh62": (FRESH62, FRESH62_FLOORS),
                 "fresh63": (FRESH63, FRESH63_FLOORS), "fresh64": (FRESH64, FRESH64_FLOORS),
                 "fresh65": (FRESH65, FRESH65_FLOORS), "fresh66": (FRESH66, FRESH66_FLOORS),
                 "fresh67": (FRESH67, FRESH67_FLOORS), "fresh68": (FRESH68, FRESH68_FLOORS),
                 "fresh69": (FRESH69, FRESH69_FLOORS), "fresh70": (FRESH70, FRESH70_FLOORS),
                 "fresh71": (FRESH71, FRESH71_FLOORS), "fresh72": (FRESH72, FRESH72_FLOORS),
                 "fresh73": (FRESH73, FRESH73_FLOORS), "fresh74": (FRESH74, FRESH74_FLOORS),
                 "fresh75": (FRESH75, FRESH75_FLOORS), "fresh76": (FRESH76, FRESH76_FLOORS),
                 "fresh77": (FRESH77, FRESH77_FLOORS), "fresh78": (FRESH78, FRESH78_FLOORS),
                 "fresh79": (FRESH79, FRESH79_FLOORS), "fresh80": (FRESH80, FRESH80_FLOORS),
                 "fresh81": (FRESH81, FRESH81_FLOORS), "fresh82": (FRESH82, FRESH82_FLOORS),
                 "fresh83": (FRESH83, FRESH83_FLOORS), "fresh84": (FRESH84, FRESH84_FLOORS),
                 "fresh85": (FRESH85, FRESH85_FLOORS), "fresh86": (FRESH86, FRESH86_FLOORS),
                 "fresh87": (FRESH87, FRESH87_FLOORS), "fresh88": (FRESH88, FRESH88_FLOORS),
                 "fresh89": (FRESH89, FRESH89_FLOORS), "fresh90": (FRESH90, FRESH90_FLOORS),
                 "fresh91": (FRESH91, FRESH91_FLOORS), "fresh92": (FRESH92, FRESH92_FLOORS),
                 "fresh93": (FRESH93, FRESH93_FLOORS), "fresh94": (FRESH94, FRESH94_FLOORS)}


@pytest.mark.parametrize("name", OTHER_CORPORA)
def test_each_other_corpus_stays_at_least_at_its_baseline(name, prefect_api, tmp_path_factory):
    corpus, floors = OTHER_CORPORA[name]
    below = _below(corpus, _run_on(corpus, tmp_path_factory), floors)
    assert not below, f"below the {name} corpus's baseline: " + "; ".join(below)


def test_eval_command_prints_the_table_and_writes_json(gold_lake, tmp_path, capsys):
    from econews.cli import main

    out = tmp_path / "eval.json"
    assert main(["eval", "--gold", str(GOLD), "--lake", str(gold_lake), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "figures" in printed and "countries" in printed and "event_date" in printed
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["pages"] == len(written["per_page"]) >= 30
    assert {"entities", "figures", "partnerships", "investments", "documents"} <= written.keys()


def test_eval_command_refuses_a_broken_gold(tmp_path, capsys):
    from econews.cli import main

    shutil.copytree(GOLD, tmp_path / "gold")
    annotation = tmp_path / "gold" / "annotations" / "01_map_tanger_cablage.yaml"
    annotation.write_text(annotation.read_text(encoding="utf-8").replace("Karim Benslimane", "Karim Benslimani"), encoding="utf-8")
    assert main(["eval", "--gold", str(tmp_path / "gold"), "--lake", str(tmp_path / "none")]) == 2
    assert "Karim Benslimani" in capsys.readouterr().err


def test_eval_without_a_lake_runs_the_pipeline_on_the_gold_pages_first(tmp_path):
    """The command's own path: `econews run` into a temporary lake, then the scores. One
    page keeps it short; its own Prefect API, as a user's command would start."""
    gold = tmp_path / "gold"
    for folder, name in (("pages", "16_reuters_renault_tangier.txt"), ("annotations", "16_reuters_renault_tangier.yaml")):
        (gold / folder).mkdir(parents=True)
        shutil.copy(GOLD / folder / name, gold / folder / name)
    environment = {**os.environ, "PREFECT_HOME": str(tmp_path / "home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    environment.pop("PREFECT_API_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "econews", "eval", "--gold", str(gold), "--runner", "threads", "--json", str(tmp_path / "e.json")],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "documents: 1 read" in done.stdout and "1 gold pages, 1 found in the lake" in done.stdout
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["figures"]["hits_gold"] > 0


def test_eval_refuses_a_lake_that_holds_no_documents(tmp_path, capsys):
    from econews.cli import main

    assert main(["eval", "--gold", str(GOLD), "--lake", str(tmp_path / "no-lake-here")]) == 2
    assert "holds no documents table" in capsys.readouterr().err
