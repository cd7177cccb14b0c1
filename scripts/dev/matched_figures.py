#!/usr/bin/env python3
"""matched_figures.py RUN: the matched figures of the read corpora -> $ECONEWS_DEV_WORK/figs-RUN.pkl (list of dicts)."""
from common import EV, REPO, UNREAD, WORK  # noqa: F401
import sys, glob, os, pickle
import polars as pl
from econews.gold import load_gold
from econews.evaluation import read_tables, _predicted_figures, figures_match
run = sys.argv[1]; out = []
for d in sorted(glob.glob(f"{REPO}/data/*/annotations")):
    c = d.split("/")[-2]
    if c in UNREAD: continue
    lake = f"{EV}/{run}/lake-{c}"
    docs = pl.read_parquet(f"{lake}/documents/**/*.parquet", hive_partitioning=True)
    mets = pl.read_parquet(f"{lake}/metrics/**/*.parquet", hive_partitioning=True)
    for page in load_gold(f"{REPO}/data/{c}"):
        doc = docs.filter(pl.col("source_path").str.ends_with("/" + page.name))
        if doc.height == 0: continue
        did = doc["doc_id"][0]; text = doc["text"][0]; title = doc["title"][0]
        rows = mets.filter(pl.col("doc_id") == did).to_dicts()
        preds = sorted(_predicted_figures(rows), key=lambda f: f.start)
        byid = {(r["start"], r["text"]): r for r in rows}
        remaining = list(preds)
        for g in page.figures:
            f = next((p for p in remaining if figures_match(g, p)), None)
            if f is None: continue
            remaining.remove(f)
            if g.optional: continue
            r = byid[(f.start, f.text)]
            out.append(dict(corpus=c, page=page.name, doc_id=did, title=title, text=text, ftext=f.text, start=f.start,
                            end=r["end"], sentence=r["sentence"], pred=set(f.countries), golds=[set(x) for x in g.countries],
                            ok=f.countries in g.countries, unit=f.unit, subject=r["subject"], period=f.period,
                            gperiods=g.periods, qualifier=f.qualifier, gqual=g.qualifiers))
pickle.dump(out, open(f"{WORK}/figs-{run}.pkl", "wb"))
print(len(out), sum(x["ok"] for x in out))
