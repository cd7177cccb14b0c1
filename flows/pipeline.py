"""The econews pipeline flow: raw pages -> documents, entities, metrics in the lake.

This module only orchestrates: it lists the source, sends documents through the stages
in batches (one `process batch` task per batch; its stages are plain calls, its reading
and staging nested I/O tasks with retries),
then commits the run and records it in `runs`, whether it succeeded or failed.
"""

from __future__ import annotations

import datetime
import hashlib
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.futures import as_completed
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.runtime import flow_run
from prefect.states import Failed, State
from prefect.task_runners import ProcessPoolTaskRunner

from econews import CODE_VERSION
from econews.artifacts import publish_artifacts
from econews.lake import Lake
from econews.lakecheck import ensure_intact
from econews.runners import SettingsTaskRunner
from econews.settings import NotTransient, Settings
from econews.tables import DATA_TABLES, EXTRACTED_TABLES, RELATION_TABLES, TABLES
from econews.tasks.clean import clean_batch
from econews.tasks.deduplication import DUPLICATE_CONTENT, split_copies
from econews.tasks.entities import ENTITY_SCHEMA, extract_entities_batch
from econews.tasks.ingest import Rejected, check_source, fingerprint, ingest_batch, list_source
from econews.tasks.isolation import PROCESSING_ERROR, IsolatedBatch
from econews.tasks.metrics import extract_metrics_batch, metrics_frame
from econews.tasks.relations import derive_relations
from econews.tasks.store import (
    commit_run,
    declare_tables,
    record_run,
    runs_row,
    shape_documents,
    shape_mentions,
    stage_batch,
    stage_signatures,
)
from econews.tasks.validate import (
    check_invalid_share,
    quarantine_frame,
    quarantine_row,
)

STAGES = ("ingest", "clean", "entities", "metrics", "validate", "relations", "store")
# Callables (stage, done, total, files_per_second) told of the run's progress: after each
# batch ("batches"), then when the commit starts ("commit"). The command line's progress
# display listens here (flow parameters must stay plain values).
PROGRESS_LISTENERS: list = []


def tell_progress(stage: str, done: int, total: int, rate: float) -> None:
    for listener in PROGRESS_LISTENERS:
        listener(stage, done, total, rate)


@dataclass
class BatchReport:
    """What one batch did: counts the run summary adds up, seconds per stage."""

    read: int = 0
    skipped: int = 0
    quarantined_paths: list[str] = field(default_factory=list)
    processed_paths: list[str] = field(default_factory=list)
    failed_paths: list[str] = field(default_factory=list)  # set aside as processing_error
    rows: dict[str, int] = field(default_factory=dict)
    invalid: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    reused: bool = False  # staged by an earlier run that failed, taken as it was
    batch: str = ""  # its key in the staging area


def new_run_id() -> str:
    now = datetime.datetime.now(datetime.timezone.utc)
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:8]


def rejected_rows(rejected: list[Rejected], run_id: str) -> list[dict]:
    return [quarantine_row(r.source_path, r.stage, r.reason, r.detail, run_id, r.doc_id) for r in rejected]


@task(name="list source", cache_policy=NO_CACHE)
def list_inputs(source: str) -> list[str]:
    return list_source(source)


@task(name="fingerprint inputs", cache_policy=NO_CACHE)
def fingerprint_inputs(paths: list[str], settings: Settings) -> dict[str, str | None]:
    """The doc_id each file would get (hash of its bytes; None if unreadable): enough to
    skip unchanged files without decoding them, and to key batches by their content."""
    return {path: fingerprint(path, settings) for path in paths}


def batch_key(paths: list[str], fingerprints: dict[str, str | None]) -> str:
    """A batch's identity: its files' paths and content, and the code version."""
    digest = hashlib.sha256(CODE_VERSION.encode())
    for path in paths:
        digest.update(f"\n{path}\t{fingerprints.get(path)}".encode())
    return digest.hexdigest()[:24]


@task(name="read stored documents", cache_policy=NO_CACHE)
def read_known_documents(lake: Lake) -> pl.DataFrame:
    return lake.known_documents()


# No task carries tags: at each task start Prefect asks the API for a concurrency slot per
# tag (about a second on a busy ephemeral server, x3 per batch with the nested ingest and
# stage tasks, which inherit the tags), and that request is not retried: two runs serving
# their APIs on one SQLite database failed whole on its 503 (2 runs in some 120, two at a time).
@task(name="process batch", cache_policy=NO_CACHE)
def process_batch(
    paths: list[str],
    batch: str,
    known: dict[str, str],
    lake: Lake,
    run_id: str,
    settings: Settings,
) -> BatchReport:
    """Ingest -> clean -> entities -> metrics -> validate -> relations -> stage, for one batch.

    `known` maps stored doc_id -> source_path for documents to skip (unchanged). A batch
    that an earlier, failed run staged completely (same files, same code) is reused.
    """
    sealed = lake.sealed(batch)
    if sealed is not None:
        get_run_logger().info("batch %s reused: staged by an earlier run that did not finish", batch)
        # Its seconds were spent by that earlier run: this run spent none on it.
        return BatchReport(**{**sealed, "seconds": {}, "reused": True})
    report = BatchReport(read=len(paths), batch=batch)
    lap = StageClock(report)

    raws, rejected = ingest_batch.with_options(**settings.io_task_options())(paths, settings)
    split = split_copies([(raw.doc_id, raw.source_path) for raw in raws], known)
    fresh = [raws[i] for i in split.first]
    skipped_paths = {raws[i].source_path for i in split.unchanged}
    report.skipped += len(split.unchanged)
    rejected += [Rejected(c.path, "ingest", DUPLICATE_CONTENT, c.detail, c.doc_id) for c in split.copies]
    lap("ingest")

    # Each stage runs batched; a document that makes it raise is set aside (`isolation`).
    isolation = IsolatedBatch(run_id)
    documents, tables, clean_rejected = extract_tables(fresh, isolation, settings, run_id, lap)
    rejected += clean_rejected
    quarantined = validate_and_relate(tables, documents, isolation, report, lap)
    rejected += isolation.failures
    tables["quarantine"] = pl.concat([quarantine_frame(rejected_rows(rejected, run_id)), *quarantined])
    lap("validate")

    report.failed_paths = sorted({r.source_path for r in rejected if r.reason == PROCESSING_ERROR})
    report.quarantined_paths = sorted({r.source_path for r in rejected})
    report.processed_paths = [p for p in paths if p not in skipped_paths]
    stage_batch.with_options(**settings.io_task_options())(lake, batch, tables, asdict(report))
    lap("store")
    return report


class StageClock:
    """Adds the seconds since its last call to the batch report's stage: `lap("clean")`."""

    def __init__(self, report: BatchReport) -> None:
        self.report = report
        self.clock = time.perf_counter()

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.report.seconds[stage] = self.report.seconds.get(stage, 0.0) + now - self.clock
        self.clock = now


def extract_tables(fresh: list, isolation: IsolatedBatch, settings: Settings, run_id: str,
                   lap: StageClock) -> tuple[pl.DataFrame, dict[str, pl.DataFrame], list[Rejected]]:
    """Clean, entities and metrics of the batch's new documents: the cleaned documents, the
    extracted tables shaped to their declarations, and the documents cleaning rejected."""
    documents, clean_rejected = isolation.clean(fresh, clean_batch)
    lap("clean")
    entities = isolation.stage("entities", lambda docs: extract_entities_batch(docs, settings.spacy_model),
                               documents, pl.DataFrame(schema=ENTITY_SCHEMA))
    lap("entities")
    metrics = isolation.stage("metrics", extract_metrics_batch, documents, metrics_frame([]))
    lap("metrics")
    shaped_docs = shape_documents(isolation.drop(documents), run_id)
    tables = {
        "documents": shaped_docs,
        "entities": shape_mentions(isolation.drop(entities), shaped_docs, "entities", run_id),
        "metrics": shape_mentions(isolation.drop(metrics), shaped_docs, "metrics", run_id),
    }
    return documents, tables, clean_rejected


def validate_and_relate(tables: dict[str, pl.DataFrame], documents: pl.DataFrame, isolation: IsolatedBatch,
                        report: BatchReport, lap: StageClock) -> list[pl.DataFrame]:
    """Validates the extracted tables, derives the relations from the valid rows and
    validates them, in place in `tables`; returns the quarantine rows of invalid ones."""
    quarantined: list[pl.DataFrame] = []
    lookup = documents.select("doc_id", "source_path", "text")
    shaped_docs = tables["documents"]

    def validate(names) -> None:
        for table in names:
            valid, failed = isolation.validate(table, tables[table], lookup)
            quarantined.append(failed)
            # Rows of documents set aside so far are not invalid: they are counted apart.
            report.invalid[table] = isolation.drop(tables[table]).height - valid.height
            report.rows[table] = valid.height
            tables[table] = valid

    validate(EXTRACTED_TABLES)
    # A document that failed validation is not stored: neither are its mentions.
    dropped = set(shaped_docs["doc_id"]) - set(tables["documents"]["doc_id"])
    if dropped:
        for table in ("entities", "metrics"):
            tables[table] = tables[table].filter(~pl.col("doc_id").is_in(list(dropped)))
    lap("validate")
    # Built on validated rows only, so every link points at a stored metrics row.
    tables.update(isolation.stage(
        "relations", lambda docs: derive_relations(docs, tables["entities"], tables["metrics"]),
        tables["documents"], {name: TABLES[name].empty() for name in RELATION_TABLES},
    ))
    lap("relations")
    validate(RELATION_TABLES)
    # A document set aside by a later stage leaves every table, and its rows' counts.
    for table in tables:
        kept = isolation.drop(tables[table])
        report.rows[table] -= tables[table].height - kept.height
        tables[table] = kept
    return quarantined


def run_batches(batches: dict[str, list[str]], known: dict[str, str], lake: Lake, run_id: str,
                settings: Settings) -> Iterator[BatchReport]:
    """The report of each batch (`process_batch`), as they finish, on the flow's task runner."""
    calls = [
        (process_batch.with_options(
            task_run_name=f"process batch {n + 1} ({len(paths)} files)",
            retries=1,  # a failed batch is retried alone; the others keep their results
        ), {"paths": paths, "batch": key, "known": known, "lake": lake, "run_id": run_id, "settings": settings})
        for n, (key, paths) in enumerate(batches.items())
    ]
    runner = FlowRunContext.get().task_runner
    if not calls:
        return
    if not isinstance(runner, ProcessPoolTaskRunner):
        yield from (f.result() for f in as_completed([call.submit(**args) for call, args in calls]))
    elif len(calls) == 1:
        # One batch cannot use a second core: it runs in this process rather than wait for
        # a worker process to start and load the model (a daily run's few changed files).
        call, args = calls[0]
        yield call(**args)
    else:
        # A pool of worker processes of its own, closed once the batches are done: the
        # workers and their models are gone before the commit reads the run's staged rows.
        with runner.duplicate() as pool:
            yield from (f.result() for f in as_completed([pool.submit(call, args) for call, args in calls]))


def chunks(items: list[str], size: int, workers: int = 1) -> list[list[str]]:
    """Batches of `size` items, in order. With several workers and enough items, the last
    batches are smaller (two rounds at half, then at a quarter of `size`): they are run
    last, and a worker that draws a full batch at the end would otherwise work alone for
    up to a batch's time (~8 s at 100 pages) while the other waits."""
    tail_sizes = [size // 2] * workers + [size // 4] * workers
    if workers < 2 or size < 4 or len(items) < 2 * workers * size:
        return [items[i : i + size] for i in range(0, len(items), size)]
    head = len(items) - sum(tail_sizes)
    batches = [items[i : min(i + size, head)] for i in range(0, head, size)]
    for n in tail_sizes:
        batches.append(items[head : head + n])
        head += n
    return batches


@dataclass
class RunPlan:
    """What a run has to do: the listed files, what is stored, what is unchanged, the batches."""

    paths: list[str]
    known_frame: pl.DataFrame
    known: dict[str, str]  # stored doc_id -> source_path, for documents still listed
    unchanged: set[str]
    todo: list[str]
    batches: dict[str, list[str]]  # batch key -> paths


def plan_run(store: Lake, source: str, full: bool, settings: Settings) -> RunPlan:
    io = settings.io_task_options()
    paths = list_inputs.with_options(**io)(source)
    known_frame = read_known_documents.with_options(**io)(store)
    listed = set(paths)
    # Stored documents whose file is still listed: the same bytes under another listed
    # path are a copy (quarantined as duplicate_content); a stored file that is no longer
    # listed has moved, and is read again under its new path.
    known = {} if full else {
        doc_id: path for doc_id, path in zip(known_frame["doc_id"], known_frame["source_path"]) if path in listed
    }
    fingerprints = fingerprint_inputs.with_options(**io)(paths, settings)
    # Unchanged: the same bytes are stored under the same path. Hashing is all it takes.
    unchanged = {p for p in paths if fingerprints[p] is not None and known.get(fingerprints[p]) == p}
    todo = [p for p in paths if p not in unchanged]
    batches = {batch_key(b, fingerprints): b for b in chunks(todo, settings.batch_size, settings.workers)}
    # Staged batches of earlier runs that this run does not need are garbage.
    store.drop_staging(keep=set(batches))
    get_run_logger().info(
        "%d input files, %d documents already stored, %d unchanged files skipped, %d batches",
        len(paths), known_frame.height, len(unchanged), len(batches),
    )
    return RunPlan(paths, known_frame, known, unchanged, todo, batches)


def process_batches(plan: RunPlan, store: Lake, run_id: str, settings: Settings) -> tuple[list[BatchReport], float]:
    """Every batch through the stages; (their reports, seconds spent signing them)."""
    logger = get_run_logger()
    started = time.perf_counter()
    reports: list[BatchReport] = []
    signing = 0.0
    for report in run_batches(plan.batches, plan.known, store, run_id, settings):
        reports.append(report)
        # The MinHash of the batch's documents, here while the workers run the model:
        # this process is idle meanwhile, and the workers need not import datasketch
        # (~45 MiB each); the commit then only compares signatures.
        t0 = time.perf_counter()
        stage_signatures(store, report.batch)
        signing += time.perf_counter() - t0
        done = sum(r.read for r in reports)
        rate = done / max(time.perf_counter() - started, 1e-9)
        logger.info("batch %d/%d done: %d/%d files, %.1f files/s", len(reports), len(plan.batches), done, len(plan.todo), rate)
        tell_progress("batches", done, len(plan.todo), rate)
    return reports, signing


def tally_reports(summary: dict, plan: RunPlan, reports: list[BatchReport], signing: float) -> None:
    for r in reports:
        for stage, seconds in r.seconds.items():
            summary["seconds_by_stage"][stage] += seconds
    summary["seconds_by_stage"]["store"] += signing
    summary.update(
        documents_read=len(plan.paths),
        documents_skipped=len(plan.unchanged) + sum(r.skipped for r in reports),
        documents_quarantined=len({p for r in reports for p in r.quarantined_paths}),
        documents_failed=len({p for r in reports for p in r.failed_paths}),
        batches=len(reports),
        batches_reused=sum(r.reused for r in reports),
    )


def check_invalid_shares(reports: list[BatchReport], settings: Settings) -> None:
    """A run whose validation set aside too large a share of a table's rows fails."""
    invalid = {t: sum(r.invalid.get(t, 0) for r in reports) for t in EXTRACTED_TABLES}
    for table, bad in invalid.items():
        total = sum(r.rows.get(table, 0) for r in reports) + bad
        check_invalid_share(table, total, bad, settings.max_invalid_share)


def commit_reports(plan: RunPlan, reports: list[BatchReport], store: Lake, run_id: str, settings: Settings,
                   summary: dict) -> dict[str, int]:
    """Commit the run's staged batches; the rows written per table."""
    processed = sorted({p for r in reports for p in r.processed_paths})
    # Documents stored under a path this run read again: if the bytes changed, the
    # old document is replaced in every table (same bytes: simply updated).
    stale_ids = plan.known_frame.filter(pl.col("source_path").is_in(processed))["doc_id"].to_list()
    tell_progress("commit", len(plan.todo), len(plan.todo), 0.0)
    t0 = time.perf_counter()
    written = commit_run.with_options(**settings.io_task_options())(
        store, run_id, list(plan.batches), processed, stale_ids, settings.duplicate_threshold
    )
    summary["seconds_by_stage"]["store"] += time.perf_counter() - t0
    return written


@flow(
    name="econews-pipeline",
    log_prints=False,
    # Nothing to result storage, even with PREFECT_RESULTS_PERSIST_BY_DEFAULT: a run's
    # record is its `runs` row and its artifacts (a persisted result is an artifact too).
    persist_result=False,
    # `econews run` gives the runner of its options (`with_options`); a deployed or served
    # run gets the one its settings name when it starts.
    task_runner=SettingsTaskRunner(),
)
def econews_pipeline(source: str = "data/raw", lake: str = "data/lake", full: bool = False) -> dict:
    """Run econews once: read `source`, write the tables of `lake`.

    `full` reprocesses every document, not only new or changed ones. Returns the run's
    summary; a run that fails ends in a Failed state whose message is the one-line error
    (calling the flow raises that error).
    """
    logger = get_run_logger()
    settings = Settings.from_env()
    run_id = new_run_id()
    started = datetime.datetime.now(datetime.timezone.utc)
    store = Lake(lake)
    summary = new_summary(run_id, source, lake, full)
    locked = False
    try:
        store.ensure_writable()
        ensure_intact(store)  # a damaged table file: stop now, in one line that names it
        store.acquire(run_id)
        locked = True
        # A missing source fails the run here, in milliseconds: before the first write of
        # the process (~0.6 s for polars to start writing Parquet) and the first task.
        check_source(source)
        declare_tables(store)
        plan = plan_run(store, source, full, settings)
        reports, signing = process_batches(plan, store, run_id, settings)
        tally_reports(summary, plan, reports, signing)
        check_invalid_shares(reports, settings)
        written = commit_reports(plan, reports, store, run_id, settings, summary)
        summary.update(rows=written, status="completed")
        return summary
    except Exception as exc:
        return failed_state(summary, exc, logger)
    finally:
        record_and_release(store, summary, started, full, locked, logger)


def new_summary(run_id: str, source: str, lake: str, full: bool) -> dict:
    """The summary of a run that has done nothing yet: what `runs` records if it fails now."""
    return {
        "run_id": run_id, "source": source, "lake": lake, "full": full,
        "documents_read": 0, "documents_skipped": 0, "documents_quarantined": 0, "documents_failed": 0,
        "batches": 0, "batches_reused": 0,
        "rows": {t: 0 for t in DATA_TABLES},
        "seconds_by_stage": {s: 0.0 for s in STAGES}, "status": "failed", "error": None,
    }


def failed_state(summary: dict, exc: Exception, logger) -> State:
    """The run's Failed state for `exc`, its error noted in the summary and logged."""
    summary["error"] = f"{type(exc).__name__}: {exc}"
    # Returned as the run's Failed state, not raised: Prefect writes a raised exception
    # to result storage, and the server publishes that record as an artifact with no
    # key, no type and only `{"storage_key": ...}` (noise in the UI's Artifacts tab).
    # The state carries the exception in this process (calling the flow still raises
    # it) and the error's first line as its message (the whole error is in `runs` and
    # the summary); no result goes to the API. An error a retry cannot fix is explained
    # by its line; any other gets its traceback in the logs.
    logger.error("run failed: %s", summary["error"], exc_info=not isinstance(exc, NotTransient))
    return Failed(message=summary["error"].splitlines()[0], data=exc)


def record_and_release(store: Lake, summary: dict, started: datetime.datetime, full: bool, locked: bool,
                       logger) -> None:
    """Whatever the run's outcome: its row in `runs`, its artifacts, then the lake's lock
    released (only by a run that holds it)."""
    run_id = summary["run_id"]
    finished = datetime.datetime.now(datetime.timezone.utc)
    summary["seconds"] = (finished - started).total_seconds()
    try:
        if locked:  # a run refused the lock must not write beside the run that holds it
            declare_tables(store)  # a run that failed before declaring them
            flow_run_id = str(flow_run.get_id()) if flow_run.get_id() else None
            record_run(store, runs_row(summary, started, finished, full, flow_run_id))
        publish_artifacts(store, summary)
    except Exception as exc:  # the lake itself is unusable: say so, keep the first error
        logger.error("could not record the run in `runs`: %s", exc)
    finally:
        if locked:  # staged batches of a failed run stay: the rerun reuses them
            store.release(run_id)

