#!/usr/bin/env python3
"""pool.py RUN [RUN2 ...]: the read and the unread corpora pooled, side by side for each run (aggregates only)."""
from common import EV, REPO, UNREAD, WORK  # noqa: F401
import json, sys, glob, os
def pool(run, which):
    tot = {}
    def add(k, r, t):
        a = tot.setdefault(k, [0, 0]); a[0] += r; a[1] += t
    for f in sorted(glob.glob(f"{EV}/{run}/*.json")):
        c = os.path.basename(f)[:-5]
        if (c in UNREAD) != (which == "unread"): continue
        d = json.load(open(f))
        for tab in ("entities", "figures", "partnerships", "investments"):
            s = d[tab]
            add(f"{tab}.found", s["hits_gold"], s["gold"]); add(f"{tab}.right", s["hits_predicted"], s["predicted"])
            for k, v in s.get("matched_right", {}).items(): add(f"{tab}.{k}", v["right"], v["total"])
            if "labels_right" in s: add(f"{tab}.labels", s["labels_right"]["right"], s["labels_right"]["total"])
        for k, v in d["documents"].items(): add(f"doc.{k}", v["right"], v["total"])
    out = {}
    for k, (r, t) in tot.items(): out[k] = (r, t)
    for tab in ("entities", "figures", "partnerships", "investments"):
        fr, ft = tot[f"{tab}.found"]; rr, rt = tot[f"{tab}.right"]
        p = rr / rt if rt else 0; rc = fr / ft if ft else 0
        out[f"{tab}.F1"] = 2 * p * rc / (p + rc) if p + rc else 0
    return out
runs = sys.argv[1:]
for which in ("read", "unread"):
    res = [pool(r, which) for r in runs]
    print(f"== {which}")
    for k in res[0]:
        vals = []
        for o in res:
            v = o.get(k)
            vals.append(f"{v:.4f}" if isinstance(v, float) else (f"{v[0]}/{v[1]} ({v[0]/v[1]:.4f})" if v and v[1] else str(v)))
        flag = "" if len(set(vals)) == 1 else "  *"
        print(f"{k:32s} " + "   ".join(vals) + flag)
