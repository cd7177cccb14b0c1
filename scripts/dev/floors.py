#!/usr/bin/env python3
"""floors.py RUN: every floor of tests/test_eval_corpus.py checked against RUN's JSON (what the CI test would say, without running the pipeline)."""
from common import EV, REPO, UNREAD, WORK  # noqa: F401
import json, re, sys, ast
src = open(REPO / 'tests' / 'test_eval_corpus.py').read()
run = sys.argv[1]
# map NAME = REPO / "data" / "x"
dirs = dict(re.findall(r'^(\w+) = REPO / "data" / "(\w+)"', src, re.M))
fails = 0; n = 0
for m in re.finditer(r'^(\w+)_FLOORS = (\[.*?^\])', src, re.M | re.S):
    name, body = m.group(1), m.group(2)
    body = re.sub(r"#.*", "", body)
    floors = ast.literal_eval(body)
    corpus = dirs.get(name, "gold" if name == "" else None)
    if corpus is None: print("?", name); continue
    d = json.load(open(f"{EV}/{run}/{corpus}.json"))
    for path, floor in floors:
        v = d
        for k in path: v = v[k]
        n += 1
        if v is None or v < floor: fails += 1; print(f"BELOW {corpus} {'.'.join(path)} = {v} < {floor}")
m = re.search(r'^FLOORS = (\[.*?^\])', src, re.M | re.S)
d = json.load(open(f"{EV}/{run}/gold.json"))
for path, floor in ast.literal_eval(re.sub(r"#.*", "", m.group(1))):
    v = d
    for k in path: v = v[k]
    n += 1
    if v is None or v < floor: fails += 1; print(f"BELOW gold {'.'.join(path)} = {v} < {floor}")
print(f"{n} floors checked, {fails} below")
