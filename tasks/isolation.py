"""One document's failure is its own: a stage that raises on a batch is run again one
document at a time, and only the documents that still raise are set aside.

The batched call is the fast path (spaCy's `nlp.pipe`, one pandera validation per table):
it runs as it always did, and the per-document pass costs nothing unless it raised. A
document that raises alone goes to `quarantine` with its stage, the reason
`processing_error` and the exception's class and message; the rest of the batch, and the
run, go on. The run fails only for run-level faults (source missing, lake unwritable, too
many invalid rows).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

import polars as pl

from econews.tasks.ingest import Rejected

log = logging.getLogger(__name__)

PROCESSING_ERROR = "processing_error"
Item = TypeVar("Item")
Result = TypeVar("Result")


def failure(source_path: str, stage: str, exc: BaseException, doc_id: str | None = None) -> Rejected:
    """The quarantine entry of a document whose `stage` raised `exc`."""
    message = " ".join(str(exc).split())[:2000]  # one line, bounded: some messages quote the whole text
    return Rejected(source_path, stage, PROCESSING_ERROR, f"{type(exc).__name__}: {message}{_raised_at(exc)}", doc_id)


def _raised_at(exc: BaseException) -> str:
    """` (at tasks/metrics/countries.py:882 in _figure_clause)`: where the exception was
    raised, so that a quarantine row is a bug report (`IndexError: list index out of range`
    alone says nothing of where)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    last = frames[-1]
    where = "/".join(last.filename.replace("\\", "/").split("/")[-3:])
    return f" (at {where}:{last.lineno} in {last.name})"


def isolated(
    stage: str,
    call: Callable[[Sequence[Item]], Result],
    items: Sequence[Item],
    combine: Callable[[list[Result]], Result],
    identify: Callable[[Item], tuple[str, str | None]],
) -> tuple[Result, list[Rejected]]:
    """`call(items)`; if it raises, `call([item])` for each item, combined, and one
    `Rejected` for each item that raises alone. `identify(item)` is (source_path, doc_id)."""
    try:
        return call(items), []
    except Exception as batch_error:  # noqa: BLE001 - narrowed to the documents below
        log.warning("%s failed on a batch of %d (%s: %s); retrying one document at a time",
                    stage, len(items), type(batch_error).__name__, batch_error)
    results: list[Result] = []
    failures: list[Rejected] = []
    for item in items:
        try:
            results.append(call([item]))
        except Exception as exc:  # noqa: BLE001 - this document is set aside, with the reason
            path, doc_id = identify(item)
            log.warning("%s failed on %s: %s: %s", stage, path, type(exc).__name__, exc)
            failures.append(failure(path, stage, exc, doc_id))
    return combine(results), failures


def isolated_frame(
    stage: str, call: Callable[[pl.DataFrame], Result], documents: pl.DataFrame,
    combine: Callable[[list[Result]], Result],
) -> tuple[Result, list[Rejected]]:
    """`isolated` over the rows of a documents frame (columns doc_id and source_path)."""
    rows = [documents.slice(i, 1) for i in range(documents.height)]
    return isolated(
        stage,
        lambda parts: call(documents if len(parts) == len(rows) else pl.concat(parts)),
        rows,
        combine,
        lambda row: (row["source_path"].item(), row["doc_id"].item()),
    )


def concat_frames(empty: pl.DataFrame) -> Callable[[list[pl.DataFrame]], pl.DataFrame]:
    """Combines per-document frames; `empty` (the stage's schema) when there are none."""
    return lambda frames: pl.concat(frames, how="vertical_relaxed") if frames else empty


def concat_tables(frames: list[dict[str, pl.DataFrame]], empty: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Combines per-document results of a stage that gives several tables."""
    return {name: pl.concat([empty[name], *(f[name] for f in frames)], how="vertical_relaxed") for name in empty}


def without_documents(frame: pl.DataFrame, failures: list[Rejected]) -> pl.DataFrame:
    """`frame` without the rows of the documents that failed a stage."""
    failed = [f.doc_id for f in failures if f.doc_id]
    return frame.filter(~pl.col("doc_id").is_in(failed)) if failed and frame.height else frame


class IsolatedBatch:
    """The stages of one batch, each isolated per document, and every document that failed
    one so far: its rows are dropped from the later stages and from every table."""

    def __init__(self, run_id: str):
        self.run_id = run_id
        self.failures: list[Rejected] = []

    def clean(self, raws: list, clean_batch: Callable) -> tuple[pl.DataFrame, list[Rejected]]:
        """`clean_batch(raws)` -> (documents, rejected), isolated per raw document."""
        def combine(results):
            frames = [frame for frame, _ in results]
            return pl.concat(frames) if frames else clean_batch([])[0], [r for _, rejected in results for r in rejected]

        result, failed = isolated("clean", clean_batch, raws, combine, lambda raw: (raw.source_path, raw.doc_id))
        self.failures += failed
        return result

    def stage(self, stage: str, call: Callable[[pl.DataFrame], Result], documents: pl.DataFrame,
              empty: Result) -> Result:
        """`call(documents)` (a frame, or a dict of frames like `empty`) for the documents
        that have not failed yet."""
        combine = concat_frames(empty) if isinstance(empty, pl.DataFrame) else (
            lambda results: concat_tables(results, empty))
        result, failed = isolated_frame(stage, call, self.drop(documents), combine)
        self.failures += failed
        return result

    def validate(self, table: str, rows: pl.DataFrame, documents: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
        """(valid rows, quarantine rows) of a table (`split_valid`), isolated per document:
        a document whose rows make validation raise (not merely fail a check) is set aside."""
        from econews.tasks.validate import quarantine_frame, split_valid

        rows = self.drop(rows)
        if rows.is_empty():
            return rows, quarantine_frame([])
        paths = dict(zip(documents["doc_id"], documents["source_path"]))
        parts = rows.partition_by("doc_id", maintain_order=True)

        def combine(results):
            if not results:
                return rows.clear(), quarantine_frame([])
            return pl.concat([v for v, _ in results]), pl.concat([q for _, q in results])

        result, failed = isolated(
            "validate",
            lambda some: split_valid(table, rows if len(some) == len(parts) else pl.concat(some), documents, self.run_id),
            parts, combine, lambda part: (paths.get(part["doc_id"][0], "?"), part["doc_id"][0]),
        )
        self.failures += failed
        return result

    def drop(self, frame: pl.DataFrame) -> pl.DataFrame:
        return without_documents(frame, self.failures)
