"""Validate stage: every table's rows go through its pandera model before they are stored.

Validation is lazy (all failures of a batch at once). A row that fails any check goes to
`quarantine` with the table, column, check and value, never into its table; a schema-level
failure (a missing column, a wrong type) is a bug in the extractor, not bad data, and fails
the batch loudly.
"""

from __future__ import annotations

import datetime

import pandera.errors
import polars as pl

from econews.schemas._checks import DOC_TEXT
from econews.tables import TABLES


class SchemaMismatch(RuntimeError):
    """The rows of a table do not have the table's columns or types."""


class TooManyInvalidRows(RuntimeError):
    """More rows failed validation than the run accepts: the run commits nothing."""


def quarantine_frame(rows: list[dict]) -> pl.DataFrame:
    """Quarantine rows (dicts) as a frame in the `quarantine` table's layout."""
    schema = TABLES["quarantine"].schema
    return pl.DataFrame(rows, schema=schema) if rows else pl.DataFrame(schema=schema)


def quarantine_row(
    source_path: str, stage: str, reason: str, detail: str, run_id: str, doc_id: str | None = None, item: str = ""
) -> dict:
    at = datetime.datetime.now(datetime.timezone.utc)
    return {
        # One row per input (or failing row) and reason: a rerun on the same bad input
        # updates it instead of adding another.
        "quarantine_id": "|".join([source_path, stage, reason, item]),
        "source_path": source_path,
        "doc_id": doc_id,
        "stage": stage,
        "reason": reason,
        "detail": detail,
        "run_id": run_id,
        "at": at,
        "year": str(at.year),
    }


def split_valid(
    table: str,
    rows: pl.DataFrame,
    documents: pl.DataFrame,
    run_id: str,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rows that pass the table's model, quarantine rows for those that do not).

    `documents` (doc_id, source_path, text) is the batch's documents: span tables are
    checked against their text, and failures are traced back to their source file.
    """
    model = TABLES[table].model
    if rows.is_empty():
        return rows, quarantine_frame([])
    row_failures = _row_failures(table, model, _with_document_text(table, rows, documents))
    if row_failures is None:
        return rows, quarantine_frame([])
    bad = _problems_by_row(row_failures)
    quarantined = _quarantine_rows(table, rows, bad, documents, run_id)
    keep = rows.with_row_index("_row").filter(~pl.col("_row").is_in(list(bad))).drop("_row")
    return keep, quarantine_frame(quarantined)


def _with_document_text(table: str, rows: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """The rows as the model checks them: span tables get their document's text (DOC_TEXT)."""
    if TABLES[table].spans:  # rows point into documents.text (spans or evidence offsets)
        texts = dict(zip(documents["doc_id"], documents["text"]))
        return rows.with_columns(
            pl.col("doc_id").replace_strict(texts, default=None, return_dtype=pl.Utf8).alias(DOC_TEXT)
        )
    return rows


def _row_failures(table: str, model, checked: pl.DataFrame) -> pl.DataFrame | None:
    """The model's failure cases of single rows (None when every row passes); a
    schema-level failure is a bug, not bad data, and raises SchemaMismatch."""
    try:
        model.validate(checked, lazy=True)
        return None
    except pandera.errors.SchemaErrors as errors:
        failures = errors.failure_cases
    except pandera.errors.SchemaError as error:  # not lazy-collectable: schema level
        raise SchemaMismatch(f"{table}: {error}") from error

    schema_failures = failures.filter(pl.col("index").is_null())
    if schema_failures.height:
        described = "; ".join(
            f"{r['column']}: {r['check']} ({r['failure_case']})" for r in schema_failures.iter_rows(named=True)
        )
        raise SchemaMismatch(f"{table}: {described}")
    return failures.filter(pl.col("index").is_not_null())


def _problems_by_row(row_failures: pl.DataFrame) -> dict[int, list[str]]:
    """Row index -> its failed checks, described, in the order pandera reports them."""
    bad: dict[int, list[str]] = {}
    for failure in row_failures.iter_rows(named=True):
        column = failure["column"] or "row"
        bad.setdefault(int(failure["index"]), []).append(
            f"{column}: {failure['check']} failed on {failure['failure_case']!r}"
        )
    return bad


def _quarantine_rows(table: str, rows: pl.DataFrame, bad: dict[int, list[str]], documents: pl.DataFrame,
                     run_id: str) -> list[dict]:
    """One quarantine row per invalid row, traced back to its document's source file."""
    paths = dict(zip(documents["doc_id"], documents["source_path"]))
    quarantined = []
    key = TABLES[table].key
    for index, problems in sorted(bad.items()):
        row = rows.row(index, named=True)
        doc_id = row.get("doc_id")
        first_column = problems[0].split(":", 1)[0]
        quarantined.append(
            quarantine_row(
                source_path=paths.get(doc_id, row.get("source_path") or "?"),
                stage="validate",
                reason=f"invalid_{table}.{first_column}".lower(),
                detail=f"{table} row {row.get(key, index)!s}: " + "; ".join(problems),
                run_id=run_id,
                doc_id=doc_id,
                item=str(row.get(key, index)),
            )
        )
    return quarantined


def check_invalid_share(table: str, total: int, invalid: int, limit: float) -> None:
    """Fail the run when a table's share of invalid rows passes the configured limit."""
    if total and invalid / total > limit:
        raise TooManyInvalidRows(
            f"{invalid} of {total} {table} rows failed validation "
            f"({invalid / total:.0%} > limit {limit:.0%}); nothing was committed"
        )
