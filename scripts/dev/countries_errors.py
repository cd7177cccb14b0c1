#!/usr/bin/env python3
"""countries_errors.py RUN: the countries errors of the matched figures by kind (extra or missing home or foreign country), read and unread (counts only)."""
from common import EV, REPO, UNREAD, WORK  # noqa: F401
import json, glob, os, re, sys, ast, collections
run = sys.argv[1]; show = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--show" else None
LINE = re.compile(r"^(.*): (\[[^\]]*\]), gold (\[[^\]]*\](?: \| \[[^\]]*\])*)$")
def kinds(pred, gold):
    p, g = set(pred), set(gold); k = []
    if "MA" in p - g: k.append("extra MA")
    if "MA" in g - p: k.append("missing MA")
    if (p - g) - {"MA"}: k.append("extra foreign")
    if (g - p) - {"MA"}: k.append("missing foreign")
    if not p: k.append("pred empty")
    if not g: k.append("gold empty")
    return k
for which in ("read", "unread"):
    cnt = collections.Counter()
    for f in sorted(glob.glob(f"{EV}/{run}/*.json")):
        c = os.path.basename(f)[:-5]
        if (c in UNREAD) != (which == "unread"): continue
        for page in json.load(open(f))["per_page"]:
            for e in page["figure_attributes_wrong"]["countries"]:
                m = LINE.match(e)
                if not m: cnt["unparsed"] += 1; continue
                pred = ast.literal_eval(m.group(2)); golds = [ast.literal_eval(x) for x in m.group(3).split(' | ')]
                g = min(golds, key=lambda g: len(set(g) ^ set(pred)))
                ks = kinds(pred, g)
                for k in ks: cnt[k] += 1
                if which == "read" and show and show in ks: print(f"{c}/{page['page']}: {e}")
    print(which, dict(cnt.most_common()))
