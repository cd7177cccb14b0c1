#!/usr/bin/env python3
"""metrics_recomputed.py RUN [--all] [--pkl NAME]: the metrics recomputed with the working tree on the stored clean texts of RUN's lakes, compared row by row with the stored ones (read corpora; --all: the unread too, counts only); --pkl keeps them for metrics_scored.py."""
from common import EV, REPO, UNREAD, WORK  # noqa: F401
import sys, glob, pickle, time
import polars as pl
from econews.tasks.metrics import extract_metrics_batch
run = sys.argv[1]; allc = "--all" in sys.argv
KEY = ["doc_id", "start", "end", "value", "unit", "qualifier", "period", "subject", "countries"]
tot_diff = 0; t0 = time.time(); out = {}
for lake in sorted(glob.glob(f"{EV}/{run}/lake-*")):
    c = lake.split("lake-")[1]
    if c in UNREAD and not allc: continue
    docs = pl.read_parquet(f"{lake}/documents/**/*.parquet", hive_partitioning=True)
    old = pl.read_parquet(f"{lake}/metrics/**/*.parquet", hive_partitioning=True)
    new = extract_metrics_batch(docs.select("doc_id", "text", "language", "published_at", "title"))
    out[c] = new
    o = old.select(KEY).with_columns(pl.col("countries").list.sort().list.join(","))
    n = new.select(KEY).with_columns(pl.col("countries").list.sort().list.join(","))
    gone = o.join(n, on=KEY, how="anti", nulls_equal=True); added = n.join(o, on=KEY, how="anti", nulls_equal=True)
    d = gone.height + added.height; tot_diff += d
    if d: print(f"{c}: {gone.height} rows changed/gone, {added.height} new")
print(f"total differing rows {tot_diff} ({time.time()-t0:.0f}s)")
if "--pkl" in sys.argv: pickle.dump(out, open(f"{WORK}/met-{sys.argv[sys.argv.index('--pkl')+1]}.pkl", "wb"))
