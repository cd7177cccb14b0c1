#!/usr/bin/env python3
"""countries_paths.py RUN [--unread]: which path of `figure_countries` gave each matched figure its
countries (decided before the sentence is read, read in the sentence, around it: paragraph, the home
country's own or aggregate, the article's focus; revised by a clause), with the share right per path,
the working tree's code recomputing RUN's stored texts. --unread: the never-read corpora, counts only.
--kinds: the wrong ones by the page's language, path and kind of error (the home country missing or
extra, another country missing or extra, swapped, disjoint, empty), counts only."""
import collections
import functools
import sys

import polars as pl

from common import EV, matched_figures

import econews.tasks.metrics as M
import econews.tasks.metrics.countries as C

run, unread = sys.argv[1], "--unread" in sys.argv
TAGS: list[str] = []
PATHS: dict[tuple[str, int], str] = {}


def tagged(module, name: str, tag: str, fired) -> None:
    """`module.name` wrapped to note `tag` for the current figure when `fired(result)`."""
    original = getattr(module, name)

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        result = original(*args, **kwargs)
        if fired(result):
            TAGS.append(tag)
        return result
    setattr(module, name, wrapper)


tagged(C, "_countries_of_a_count", "own", lambda r: True)
tagged(C, "_decided_before_the_sentence_is_read", "decided", lambda r: r is not None)
tagged(C, "_read_in_the_sentence", "sentence", lambda r: bool(r[0]))
tagged(C, "_read_around_the_sentence", "around", lambda r: True)
tagged(C, "_from_the_paragraph", "paragraph", bool)
tagged(C, "_the_home_countrys_own", "homeown", bool)
tagged(C, "_home_aggregate_without_partner", "homeagg", bool)
REVISED: set[tuple[str, int]] = set()
revised_countries = M.revised_countries


def revised(text, figure, *args, **kwargs):
    result = revised_countries(text, figure, *args, **kwargs)
    if result is not None:
        REVISED.add((text, figure[0]))
    return result


M.revised_countries = revised
figure_countries = M.figure_countries


def traced(text, figure_start, *args, **kwargs):
    TAGS.clear()
    result = figure_countries(text, figure_start, *args, **kwargs)
    PATHS[(text, figure_start)] = path_of(TAGS)
    return result


def path_of(tags: list[str]) -> str:
    main = "+".join(dict.fromkeys(t for t in tags if t in ("own", "decided", "sentence", "around"))) or "none"
    if "around" in tags:
        main += "/" + next((t for t in ("paragraph", "homeown", "homeagg") if t in tags), "focus/other")
    return main


M.figure_countries = traced
figures = matched_figures(run, unread=unread)
wanted = collections.defaultdict(set)
for f in figures:
    wanted[f["corpus"]].add(f["doc_id"])
for corpus, ids in wanted.items():
    lake = f"{EV}/{run}/lake-{corpus}"
    docs = pl.read_parquet(f"{lake}/documents/**/*.parquet", hive_partitioning=True).filter(pl.col("doc_id").is_in(list(ids)))
    M.extract_metrics_batch(docs.select("doc_id", "text", "language", "published_at", "title"))
stats = collections.defaultdict(lambda: [0, 0])
for f in figures:
    path = PATHS.get((f["text"], f["start"]), "?") + (" (revised)" if (f["text"], f["start"]) in REVISED else "")
    stats[path][0] += f["ok"]
    stats[path][1] += 1
print(f"{'path':32s} right / figures")
for path, (ok, n) in sorted(stats.items(), key=lambda x: -x[1][1]):
    print(f"{path:32s} {ok:5d} / {n:5d}  {ok / n:.3f}")


def error_kind(predicted: set[str], golds: list[set[str]]) -> str:
    """How a wrong prediction differs from the nearest gold alternative."""
    gold = min(golds, key=lambda g: len(g ^ predicted))
    if not predicted:
        return "empty"
    if predicted < gold:
        return "missing home" if gold - predicted == {"MA"} else "missing other"
    if predicted > gold:
        return "extra home" if predicted - gold == {"MA"} else "extra other"
    return "swapped" if predicted & gold else "disjoint"


if "--kinds" in sys.argv:
    # (the language by the page's function words: the documents' column is not in the figures' records)
    kinds = collections.Counter()
    totals = collections.Counter()
    for f in figures:
        language = "en" if " the " in f["text"][:3000] else "fr"
        path = PATHS.get((f["text"], f["start"]), "?").split("/")[0]
        totals[(language, path)] += 1
        if not f["ok"]:
            kinds[(language, path, error_kind(f["pred"], f["golds"]))] += 1
    print(f"\n{'language path':24s} {'kind':16s} wrong / figures of the path")
    for (language, path, kind), n in sorted(kinds.items(), key=lambda x: -x[1]):
        print(f"{language + ' ' + path:24s} {kind:16s} {n:5d} / {totals[(language, path)]:5d}")
