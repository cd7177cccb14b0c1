"""Paths and the corpora split shared by the development scripts (see README.md)."""
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EV = Path(os.environ.get("ECONEWS_EV", "/tmp/ev"))  # one folder per evaluated snapshot: lakes and JSON
WORK = Path(os.environ.get("ECONEWS_DEV_WORK", "/tmp/sp"))  # snapshots' source trees and scratch pickles
# The corpora never read: only their aggregate figures and error counts by kind may be looked at.
UNREAD = {"fresh4", "blind", "fresh9", "fresh31", "fresh34", "fresh36", "fresh37", "fresh39", "fresh41",
          "fresh44", "fresh45", "fresh48", "fresh49", "fresh50", "fresh52", "fresh54", "fresh56", "fresh58",
          "fresh60", "fresh62", "fresh64", "fresh66", "fresh68", "fresh70", "fresh72", "fresh74", "fresh76", "fresh78",
          "fresh80", "fresh82", "fresh84", "fresh86", "fresh88", "fresh90", "fresh92", "fresh94"}
# The half of them whose aggregates may choose between variants (a validation set, fixed on
# 2026-12-07 before it was first used); the other half is reported once, for a choice made.
UNREAD_VALIDATION = {"fresh4", "fresh9", "fresh34", "fresh37", "fresh41", "fresh45", "fresh49", "fresh52", "fresh56"}


def matched_figures(run: str, unread: bool = False) -> list[dict]:
    """The matched required figures of RUN's read corpora (or, with `unread`, of the never-read
    ones, for counts only): corpus, page, doc_id, title, text, the figure's span and sentence, the
    prediction (`pred`, a set) and the gold alternatives (`golds`), and the other attributes."""
    import polars as pl
    from econews.gold import load_gold
    from econews.evaluation import _predicted_figures, figures_match
    out = []
    for d in sorted(REPO.glob("data/*/annotations")):
        c = d.parent.name
        if (c in UNREAD) != unread:
            continue
        lake = f"{EV}/{run}/lake-{c}"
        if not Path(lake, "documents").exists():
            continue  # a corpus added after RUN was evaluated
        docs = pl.read_parquet(f"{lake}/documents/**/*.parquet", hive_partitioning=True)
        mets = pl.read_parquet(f"{lake}/metrics/**/*.parquet", hive_partitioning=True)
        for page in load_gold(str(REPO / "data" / c)):
            doc = docs.filter(pl.col("source_path").str.ends_with("/" + page.name))
            if doc.height == 0:
                continue
            did, text, title = doc["doc_id"][0], doc["text"][0], doc["title"][0]
            rows = mets.filter(pl.col("doc_id") == did).to_dicts()
            byid = {(r["start"], r["text"]): r for r in rows}
            remaining = sorted(_predicted_figures(rows), key=lambda f: f.start)
            for g in page.figures:
                f = next((p for p in remaining if figures_match(g, p)), None)
                if f is None:
                    continue
                remaining.remove(f)
                if g.optional:
                    continue
                r = byid[(f.start, f.text)]
                out.append(dict(corpus=c, page=page.name, doc_id=did, title=title, text=text, ftext=f.text, start=f.start,
                                end=r["end"], sentence=r["sentence"], pred=set(f.countries), golds=[set(x) for x in g.countries],
                                ok=f.countries in g.countries, unit=f.unit, subject=r["subject"], period=f.period,
                                gperiods=g.periods, qualifier=f.qualifier, gqual=g.qualifiers))
    return out
