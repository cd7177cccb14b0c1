#!/usr/bin/env python3
"""matched_figures.py RUN: the matched figures of the read corpora -> $ECONEWS_DEV_WORK/figs-RUN.pkl (list of dicts)."""
import pickle
import sys

from common import WORK, matched_figures

run = sys.argv[1]
out = matched_figures(run)
pickle.dump(out, open(f"{WORK}/figs-{run}.pkl", "wb"))
print(len(out), sum(x["ok"] for x in out))
