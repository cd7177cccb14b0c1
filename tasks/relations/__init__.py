"""Relations stage: who partners with whom, who invests where, in what and how much.

Built only on what is already in the lake (documents, entities, metrics), so it can be
rerun on stored rows without the NLP stages. Three tables come out:

- `partnerships` (partnerships.py): one row per document and pair of countries the article
  presents as partners.
- `investments` (investments.py, with companies.py for who is a company, its name and
  nationality, and figures.py for which figure is the amount, the jobs, the capacity): one
  row per investing company or named project, its figures from the metrics rows of the
  sentences about it. Financing (a development bank's loan, a government grant) is no
  company's investment and stays out.
- `sector_mentions`: one row per sector keyword in a document's text (see econews.sectors).

Every row keeps a way back to the text: `evidence_start`/`evidence_end` (offsets into
`documents.text` of the sentence that states it, `evidence` is that text) and metric ids.
Only the clean text is read: teasers and related-article lists removed by the cleaner give
nothing here. Sentences are those of econews.tasks.sentences, shared with the metrics stage.
"""

from __future__ import annotations

import polars as pl

from econews.sectors import find_sectors
from econews.tables import TABLES
from econews.tasks.relations.document import Doc
from econews.tasks.relations.investments import STAGES, investments as _investments
from econews.tasks.relations.partnerships import partnerships as _partnerships
# The names the single module had, kept for its callers and tests: STAGES, sentences, _sentence_of.
from econews.tasks.sentences import sentence_of as _sentence_of  # noqa: F401
from econews.tasks.sentences import sentence_spans as sentences

__all__ = ["INVESTMENT_SCHEMA", "PARTNERSHIP_SCHEMA", "SECTOR_MENTION_SCHEMA", "STAGES", "derive_relations",
           "sector_mentions", "sentences"]

PARTNERSHIP_SCHEMA: dict[str, pl.DataType] = TABLES["partnerships"].schema
INVESTMENT_SCHEMA: dict[str, pl.DataType] = TABLES["investments"].schema
SECTOR_MENTION_SCHEMA: dict[str, pl.DataType] = TABLES["sector_mentions"].schema


def _records(frame: pl.DataFrame | None, doc_ids: set[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    if frame is None or frame.height == 0:
        return out
    for row in frame.filter(pl.col("doc_id").is_in(list(doc_ids))).to_dicts():
        out.setdefault(row["doc_id"], []).append(row)
    return out


def _with_metric_ids(metrics: pl.DataFrame | None) -> pl.DataFrame | None:
    if metrics is None or metrics.height == 0 or "metric_id" in metrics.columns:
        return metrics
    return metrics.with_columns(
        metric_id=pl.concat_str([pl.col("doc_id"), pl.col("start"), pl.col("end")], separator=":")
    )


def _doc_year(row: dict) -> str:
    if row.get("year"):
        return str(row["year"])
    date = row.get("event_date") or row.get("published_at")
    return str(date.year) if date else "unknown"


def sector_mentions(documents: pl.DataFrame, found: dict[str, tuple[str, list]] | None = None) -> pl.DataFrame:
    """One row per sector keyword in each document's text (offsets into documents.text).
    `found`: (text, find_sectors(text)) of the texts already read, by doc_id."""
    rows = []
    found = found or {}
    for doc in documents.iter_rows(named=True):
        year = None
        text, hits = found.get(doc["doc_id"], (None, None))
        for h in hits if hits is not None and text == doc["text"] else find_sectors(doc["text"] or ""):
            if year is None:
                year = _doc_year(doc)
            rows.append(
                {
                    "sector_mention_id": f"{doc['doc_id']}:{h.start}:{h.end}:{h.sector}",
                    "doc_id": doc["doc_id"],
                    "start": h.start,
                    "end": h.end,
                    "text": h.text,
                    "sector": h.sector,
                    "run_id": doc.get("run_id"),
                    "year": year,
                }
            )
    return pl.DataFrame(rows, schema=SECTOR_MENTION_SCHEMA) if rows else pl.DataFrame(schema=SECTOR_MENTION_SCHEMA)


def derive_relations(
    documents: pl.DataFrame, entities: pl.DataFrame, metrics: pl.DataFrame
) -> dict[str, pl.DataFrame]:
    """Partnerships, investments and sector mentions of the given documents.

    `documents` needs doc_id and text (event_date, published_at, run_id, year are used when
    present); `entities` and `metrics` are their rows as the stages give them or as stored.
    Returns {"partnerships", "investments", "sector_mentions"}, each with its row key
    (`partnership_id`, `investment_id`, `sector_mention_id`), `doc_id`, `run_id` and `year`
    (the document's partition), ready for Lake.commit.
    """
    doc_ids = set(documents["doc_id"].to_list()) if documents.height else set()
    ents = _records(entities, doc_ids)
    mets = _records(_with_metric_ids(metrics), doc_ids)
    partnerships: list[dict] = []
    investments: list[dict] = []
    # each text's sector keywords, read once for its sentences' and for `sector_mentions`
    sectors_found: dict[str, tuple[str, list]] = {}
    for row in documents.iter_rows(named=True):
        text = row.get("text") or ""
        doc = Doc(
            doc_id=row["doc_id"],
            text=text,
            date=row.get("event_date") or row.get("published_at"),
            run_id=row.get("run_id"),
            year=_doc_year(row),
            spans=sentences(text) or [(0, len(text))],
            entities=sorted(ents.get(row["doc_id"], []), key=lambda e: (e["start"], e["end"])),
            metrics=sorted(mets.get(row["doc_id"], []), key=lambda m: m["start"]),
        )
        doc_investments = _investments(doc)
        investments += doc_investments
        partnerships += _partnerships(doc, doc_investments)
        sectors_found[row["doc_id"]] = (row.get("text"), doc.text_sectors.found)
    return {
        "partnerships": _frame(partnerships, PARTNERSHIP_SCHEMA),
        "investments": _frame(investments, INVESTMENT_SCHEMA),
        "sector_mentions": sector_mentions(documents, sectors_found),
    }


def _frame(rows: list[dict], schema: dict) -> pl.DataFrame:
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame(rows, schema=schema).select(list(schema))

