#!/usr/bin/env python3
"""metrics_scored.py RUN NAME: the metrics kept by `metrics_recomputed.py --pkl NAME` scored in place of RUN's: figure attributes before and after, per read corpus and pooled."""
from common import EV, REPO, UNREAD, WORK  # noqa: F401
import sys, pickle, collections
import polars as pl
from econews.gold import load_gold
from econews.evaluation import read_tables, evaluate, summary
run, name = sys.argv[1], sys.argv[2]
new = pickle.load(open(f"{WORK}/met-{name}.pkl", "rb"))
tot = {"read": collections.Counter(), "unread": collections.Counter()}
for c, frame in sorted(new.items()):
    t = read_tables(f"{EV}/{run}/lake-{c}")
    gold = load_gold(f"{REPO}/data/{c}")
    before = summary(evaluate(gold, t))["figures"]
    t["metrics"] = frame.select(t["metrics"].columns)
    after = summary(evaluate(gold, t))["figures"]
    which = "unread" if c in UNREAD else "read"
    for k in ("countries", "period", "qualifier", "unit", "value"):
        b, a = before["matched_right"][k], after["matched_right"][k]
        tot[which][k + ".before"] += b["right"]; tot[which][k + ".after"] += a["right"]; tot[which][k + ".total"] += a["total"]
        if which == "read" and b["right"] != a["right"]: print(f"  {c}: {k} {b['right']} -> {a['right']} of {a['total']}")
    for k in ("hits_gold", "gold", "hits_predicted", "predicted"):
        tot[which]["f." + k + ".before"] += before[k]; tot[which]["f." + k + ".after"] += after[k]
for which, t in tot.items():
    if not t: continue
    print(which, "; ".join(f"{k} {t[k+'.before']} -> {t[k+'.after']} / {t[k+'.total']}" for k in ("countries", "period", "qualifier", "unit", "value")),
          f"| found {t['f.hits_gold.before']}->{t['f.hits_gold.after']} right {t['f.hits_predicted.before']}/{t['f.predicted.before']} -> {t['f.hits_predicted.after']}/{t['f.predicted.after']}")
