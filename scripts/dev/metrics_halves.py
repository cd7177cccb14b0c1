#!/usr/bin/env python3
"""metrics_halves.py RUN NAME [NAME ...]: period and countries right on the validation half of the never-read
corpora (`common.UNREAD_VALIDATION`) for the metrics kept by `metrics_recomputed.py --pkl NAME`, scored in place
of RUN's: the aggregate a choice between variants may be made on (the other half is read once, for a choice made)."""
from common import EV, REPO, UNREAD_VALIDATION, WORK
import sys, pickle
from econews.gold import load_gold
from econews.evaluation import read_tables, evaluate, summary
run = sys.argv[1]
for name in sys.argv[2:]:
    new = pickle.load(open(f"{WORK}/met-{name}.pkl", "rb"))
    right = {"period": 0, "countries": 0}; total = 0
    for c in sorted(UNREAD_VALIDATION):
        tables = read_tables(f"{EV}/{run}/lake-{c}")
        tables["metrics"] = new[c].select(tables["metrics"].columns)
        matched = summary(evaluate(load_gold(f"{REPO}/data/{c}"), tables))["figures"]["matched_right"]
        for k in right:
            right[k] += matched[k]["right"]
        total += matched["period"]["total"]
    print(f"{name}: validation half, of {total} matched figures: period {right['period']}, countries {right['countries']}")
