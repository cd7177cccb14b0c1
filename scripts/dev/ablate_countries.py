#!/usr/bin/env python3
"""ablate_countries.py RUN OUT [TARGET ...]: the countries right per corpus with each decision function of
the countries rules replaced by its neutral answer (empty, False), recomputed with the working tree on RUN's
stored clean texts; one JSON line per target in OUT. A TARGET is `module:function` (module of
econews.tasks.metrics), several joined by `+` neutralised together, or `none` (the baseline); without
targets, every decision function of the five countries modules in turn (~20 s each).

`--report OUT`: read and the validation half of the never-read corpora (`common.UNREAD_VALIDATION`) against
the baseline, per target; `--report OUT --test` adds the other half, which is to be read once, for a
choice already made (see docs/evaluation.md, session of 2026-12-07 08:06)."""
from common import EV, UNREAD, UNREAD_VALIDATION, matched_figures  # noqa: F401
import sys, json, glob, time, importlib, inspect, collections
MODULES = ("countries", "country_subjects", "country_clauses", "country_masks", "country_rivals")
# Functions that are no decision: caches, the article's reading, the masks' dispatcher.
SKIP = {"clear_document_caches", "paragraph_company", "masks_for_sentence"}


def neutral(annotation: str):
    a = str(annotation).replace(" ", "")
    if a == "bool":
        return False
    for prefix, value in (("set", set()), ("frozenset", frozenset()), ("list[", []), ("dict[", {})):
        if a.startswith(prefix):
            return value
    if a in ("tuple[str,...]", "tuple[Span,...]"):
        return ()
    if a.endswith("|None") and not a.startswith("tuple[int"):
        return None
    raise KeyError(a)


def decision_functions(mods) -> list[str]:
    out = []
    for name, mod in mods.items():
        for fname, fn in vars(mod).items():
            if inspect.isfunction(fn) and fn.__module__ == mod.__name__ and fname not in SKIP:
                try:
                    neutral(fn.__annotations__.get("return"))
                except KeyError:
                    continue
                out.append(f"{name}:{fname}")
    return out


def report(path: str, test: bool) -> None:
    rows = [json.loads(line) for line in open(path)]
    def agg(r):
        return (sum(v for c, v in r.items() if c not in UNREAD), sum(r.get(c, 0) for c in UNREAD_VALIDATION),
                sum(r.get(c, 0) for c in UNREAD - UNREAD_VALIDATION))
    base = agg(next(d["res"] for d in rows if d["target"] == "none"))
    for d in sorted(rows, key=lambda d: -(agg(d["res"])[1] - base[1]) if "error" not in d["res"] else 0):
        if d["target"] == "none" or "error" in d["res"]:
            continue
        a = agg(d["res"])
        if a != base:
            print(f"{d['target'][:80]:80} read {a[0] - base[0]:+5d}  validation {a[1] - base[1]:+4d}"
                  + (f"  test {a[2] - base[2]:+4d}" if test else ""))


def main() -> None:
    if sys.argv[1] == "--report":
        return report(sys.argv[2], "--test" in sys.argv)
    run, out_path, targets = sys.argv[1], sys.argv[2], sys.argv[3:]
    import polars as pl
    from econews.tasks.metrics import extract_metrics_batch
    mods = {m: importlib.import_module("econews.tasks.metrics." + m) for m in MODULES}
    targets = targets or ["none"] + decision_functions(mods)
    docs = {lake.split("lake-")[1]: pl.read_parquet(f"{lake}/documents/**/*.parquet", hive_partitioning=True)
            .select("doc_id", "text", "language", "published_at", "title") for lake in sorted(glob.glob(f"{EV}/{run}/lake-*"))}
    gold = {(f["corpus"], f["doc_id"], f["start"]): [set(g) for g in f["golds"]]
            for unread in (False, True) for f in matched_figures(run, unread)}

    def score() -> dict:
        for name, mod in list(sys.modules.items()):  # (the per-document caches hold answers of the rules)
            if name.startswith("econews"):
                for v in list(vars(mod).values()):
                    if hasattr(v, "cache_info") and v.cache_info().maxsize != 1:
                        v.cache_clear()
        right = collections.Counter()
        for corpus, frame in docs.items():
            for doc_id, start, countries in extract_metrics_batch(frame).select("doc_id", "start", "countries").iter_rows():
                golds = gold.get((corpus, doc_id, start))
                right[corpus] += golds is not None and set(countries) in golds
        return right

    with open(out_path, "a") as out:
        for target in targets:
            t0, saved = time.time(), []
            for one in [] if target == "none" else target.split("+"):
                m, f = one.split(":")
                orig = getattr(mods[m], f)
                value = neutral(orig.__annotations__.get("return"))
                stub = (lambda v: lambda *a, **k: v.copy() if isinstance(v, (set, list, dict)) else v)(value)
                places = [(mod, n) for name, mod in list(sys.modules.items()) if name.startswith("econews")
                          for n, v in list(vars(mod).items()) if v is orig]
                for mod, n in places:
                    setattr(mod, n, stub)
                saved.append((places, orig))
            try:
                res = score()
            except Exception as e:  # a neutral answer some caller cannot take
                res = {"error": repr(e)[:200]}
            for places, orig in saved:
                for mod, n in places:
                    setattr(mod, n, orig)
            out.write(json.dumps({"target": target, "res": res, "s": round(time.time() - t0, 1)}) + "\n")
            out.flush()


if __name__ == "__main__":
    main()
