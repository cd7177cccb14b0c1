"""Prefect artifacts of a run: what an analyst sees of it in the Prefect UI.

- `econews-run-summary` (markdown): counts, rows per table, time per stage, or the error;
- `econews-quarantine` (table): the inputs and rows set aside by this run, with reasons;
- `econews-notable-figures` (table): the run's largest amounts of money, by country.
"""

from __future__ import annotations

import polars as pl
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from econews.lake import Lake

NOTABLE_PER_COUNTRY = 3


def summary_markdown(summary: dict) -> str:
    rows = summary.get("rows", {})
    stages = summary.get("seconds_by_stage", {})
    lines = [
        f"# econews run `{summary['run_id']}`: {summary['status']}",
        "",
        f"Source `{summary['source']}` -> lake `{summary['lake']}`" + (" (full reprocessing)" if summary.get("full") else ""),
        "",
        "| documents read | skipped as unchanged | quarantined | of them failed in a stage (processing_error) |",
        "| ---: | ---: | ---: | ---: |",
        f"| {summary['documents_read']} | {summary['documents_skipped']} | {summary['documents_quarantined']} "
        f"| {summary.get('documents_failed', 0)} |",
        "",
        "| table | rows written |",
        "| --- | ---: |",
        *[f"| {table} | {count} |" for table, count in rows.items()],
        "",
        "| stage | seconds |",
        "| --- | ---: |",
        *[f"| {stage} | {seconds:.2f} |" for stage, seconds in stages.items()],
    ]
    if summary.get("error"):
        lines += ["", f"**Failed:** `{summary['error']}` (nothing was committed)"]
    return "\n".join(lines)


def notable_figures(metrics: pl.DataFrame, documents: pl.DataFrame) -> list[dict]:
    """The largest amounts of money per country (a figure about CN and MA counts for both)."""
    money = metrics.filter(pl.col("unit").str.contains(r"^[A-Z]{3}$"))
    if money.is_empty():
        return []
    titles = documents.select("doc_id", "title")
    ranked = (
        money.with_columns(
            country=pl.when(pl.col("countries").list.len() > 0)
            .then(pl.col("countries"))
            .otherwise(pl.lit(["??"]))  # a figure tied to no country is still notable
        )
        .explode("country")
        .sort("value", descending=True)
        .group_by("country", maintain_order=True)
        .head(NOTABLE_PER_COUNTRY)
        .join(titles, on="doc_id", how="left")
        .sort(["country", "value"], descending=[False, True])
    )
    return [
        {
            "country": r["country"],
            "amount": f"{r['value']:,.0f}",
            "currency": r["unit"],
            "subject": r["subject"],
            "period": r["period"] or "",
            "as written": r["text"],
            "document": r["title"] or r["doc_id"],
        }
        for r in ranked.iter_rows(named=True)
    ]


def publish_artifacts(lake: Lake, summary: dict) -> None:
    run_id = summary["run_id"]
    create_markdown_artifact(
        key="econews-run-summary", markdown=summary_markdown(summary), description="What this econews run did"
    )
    if summary["status"] != "completed":
        return
    quarantine = lake.read("quarantine")
    quarantined = (
        [] if quarantine is None
        else quarantine.filter(pl.col("run_id") == run_id)
        .select("source_path", "stage", "reason", "detail")
        .to_dicts()
    )
    create_table_artifact(
        key="econews-quarantine",
        table=quarantined or [{"source_path": "", "stage": "", "reason": "none", "detail": "nothing was set aside"}],
        description="Inputs and rows this run set aside, with their reasons",
    )
    metrics, documents = lake.read("metrics"), lake.read("documents", ["doc_id", "title"])
    figures = [] if metrics is None or documents is None else notable_figures(
        metrics.filter(pl.col("run_id") == run_id), documents
    )
    create_table_artifact(
        key="econews-notable-figures",
        table=figures or [{"country": "", "amount": "", "currency": "", "subject": "no amounts in this run"}],
        description="Largest amounts of money in this run's documents, by country",
    )
