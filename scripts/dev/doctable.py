#!/usr/bin/env python3
"""doctable.py RUN: the rows of docs/evaluation.md's Latest figures table, in its column order, from RUN's JSON."""
from common import EV, REPO, UNREAD, WORK  # noqa: F401
import json, sys, re
run = sys.argv[1]
doc = open(REPO / 'docs' / 'evaluation.md').read().splitlines()
i = next(k for k, l in enumerate(doc) if l.startswith('| | development (data/gold)'))
heads = [h.strip() for h in doc[i].strip('|').split('|')][1:]
def corpus(h):
    if h.startswith('development'): return 'gold'
    if h == 'held-out': return 'holdout'
    return h.split(' ')[0]
cols = [corpus(h) for h in heads]
D = {c: json.load(open(f'{EV}/{run}/{c}.json')) for c in cols}
def num(x): return "-" if x is None else f"{x:.3f}"
def prf(d): return f"{num(d['precision'])} / {num(d['recall'])} / **{num(d['f1'])}**"
def rate(r): return f"{r['share']:.3f} ({r['right']}/{r['total']})"
rows = [("entities P / R / F1", lambda d: prf(d['entities'])), ("figures P / R / F1", lambda d: prf(d['figures'])),
        ("partnerships P / R / F1", lambda d: prf(d['partnerships'])), ("investments P / R / F1", lambda d: prf(d['investments']))]
rows += [(f"figure {k}", (lambda k: lambda d: rate(d['figures']['matched_right'][k]))(k)) for k in ("value", "unit", "period", "qualifier", "countries")]
rows += [(lab, (lambda k: lambda d: rate(d['documents'][k]))(k)) for lab, k in (("published at", "published_at"), ("event date", "event_date"), ("boilerplate removed", "boilerplate_removed"), ("article kept", "article_kept"))]
print(doc[i]); print(doc[i + 1])
for lab, f in rows: print("| " + lab + " | " + " | ".join(f(D[c]) for c in cols) + " |")
