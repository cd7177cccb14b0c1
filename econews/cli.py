"""The `econews` command line (also `python -m econews`)."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from pathlib import Path

from econews.memory import collect_rarely, keep_what_is_built

# Before the imports: Prefect, pydantic and polars build what the process keeps to its end.
collect_rarely()

# Only what the parser needs: the heavier imports (polars, Prefect, plotly) wait for the
# command that uses them.
from econews.bench import add_bench_parser, bench_command
from econews.settings import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="econews", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the whole pipeline once, as a Prefect flow run")
    run.add_argument("--source", default="data/raw", help="folder or fsspec URL of raw documents (default: data/raw)")
    run.add_argument("--lake", default="data/lake", help="folder or fsspec URL of the lake (default: data/lake)")
    run.add_argument("--full", action="store_true", help="reprocess every document, not only new or changed ones")
    run.add_argument("--runner", choices=["threads", "processes", "dask"], default=None,
                     help="where batches run: worker processes (default, or ECONEWS_RUNNER), threads in this process, or a Dask cluster")
    run.add_argument("--address", default=None,
                     help="with --runner dask: an existing cluster, tcp://host:port (default: ECONEWS_DASK_ADDRESS, else a local cluster)")
    run.add_argument("--workers", type=int, default=None, help="worker processes, threads, or local Dask workers (default 2)")
    run.add_argument("--verbose", action="store_true", help="show Prefect's task-level logs")
    report = commands.add_parser("report", help="write one self-contained HTML page of the lake for analysts (opens offline)")
    report.add_argument("--lake", default="data/lake", help="folder or fsspec URL of the lake (default: data/lake)")
    report.add_argument("--out", default="report.html", help="HTML file to write (default: report.html)")
    lake = commands.add_parser("lake", help="check the lake's files against its Delta logs, or repair a damaged table")
    lake.add_argument("action", choices=["check", "repair"],
                      help="check: one line per missing or damaged file, exit 1 if any; "
                           "repair: restore each damaged table to its newest intact version (docs/robustness.md)")
    lake.add_argument("--lake", default="data/lake", help="folder or fsspec URL of the lake (default: data/lake)")
    add_bench_parser(commands)
    add_eval_parser(commands)
    return parser


def lake_command(args: argparse.Namespace) -> int:
    """`econews lake check|repair`: see econews/lakecheck.py."""
    from econews.lake import Lake, LakeError
    from econews.lakecheck import check_lake, repair_lake

    lake = Lake(args.lake)
    try:
        if args.action == "repair":
            done = repair_lake(lake)
            print("\n".join(done) if done else f"lake {args.lake}: nothing to repair")
        damages = check_lake(lake)
    except LakeError as exc:
        print(f"econews lake {args.action} failed: {exc}", file=sys.stderr)
        return 1
    for damage in damages:
        print(damage.line())
    if args.action == "check" and not damages:
        print(f"lake {args.lake}: every table's files are intact")
    return 1 if damages else 0


def format_summary(summary: dict) -> str:
    from econews.tables import DATA_TABLES

    rows = summary["rows"]
    # The lake's order, quarantine last: what was set aside closes the list.
    order = sorted(rows, key=lambda table: (table == "quarantine", DATA_TABLES.index(table)))
    stages = " | ".join(f"{k} {v:.1f}s" for k, v in summary["seconds_by_stage"].items())
    return "\n".join(
        [
            f"econews run {summary['run_id']}: {summary['status']} in {summary['seconds']:.1f} s",
            f"  source {summary['source']}  ->  lake {summary['lake']}" + ("  (--full)" if summary["full"] else ""),
            f"  documents: {summary['documents_read']} read, {summary['documents_skipped']} skipped as unchanged, "
            f"{summary['documents_quarantined']} quarantined"
            + (f" ({summary['documents_failed']} of them failed in a stage: processing_error)"
               if summary.get("documents_failed") else "")
            + (f" ({summary['batches_reused']} of {summary['batches']} batches reused from an unfinished run)"
               if summary.get("batches_reused") else ""),
            "  rows written: " + ", ".join(f"{table} {rows[table]}" for table in order),
            f"  time by stage: {stages}",
        ]
    )


def progress_printer(stream):
    """Progress of a run: a bar redrawn in place on a terminal, plain lines otherwise."""
    is_tty = stream.isatty()
    started = time.perf_counter()

    def show(stage: str, done: int, total: int, rate: float) -> None:
        elapsed = time.perf_counter() - started
        if stage == "commit":
            stream.write(("\n" if is_tty and total else "") + f"committing {total} files to the lake ...\n")
        elif is_tty:
            width = 30
            filled = int(width * done / max(total, 1))
            stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files  {rate:.1f} files/s  {elapsed:.0f}s")
        else:
            stream.write(f"progress: {done}/{total} files, {rate:.1f} files/s, {elapsed:.0f}s\n")
        stream.flush()

    return show


def run_command(args: argparse.Namespace) -> int:
    if not args.verbose:
        # The summary below (or the one-line reason) is the run's report on the console;
        # Prefect's lines and tracebacks would bury it. They still reach the Prefect API,
        # so the UI shows every log of the run.
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")
        logging.getLogger("distributed").setLevel(logging.ERROR)
    # No network here but the package index: the ephemeral server must not try to phone home.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # The ephemeral API server's 20 s default is too short on a busy two-core machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    started = time.perf_counter()
    api = None
    try:
        from econews.prefect_api import start_prefect_api

        api = start_prefect_api()
        from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        from econews.flows import pipeline
        from econews.runners import task_runner

        pipeline.PROGRESS_LISTENERS.append(progress_printer(sys.stderr))
        settings = Settings.from_env()
        runner = task_runner(
            args.runner or settings.runner, args.address or settings.dask_address or None,
            args.workers or settings.workers, settings.spacy_model,
        )
        flow = pipeline.econews_pipeline.with_options(task_runner=runner)
        run_settings = {}
        if api is not None:
            api.wait_until_ready()
            # Flow run heartbeats let a lasting server tell a crashed run; this API lives
            # exactly as long as the run, so nothing reads them. Their thread sleeps in 1 s
            # steps, and the flow's end waits for it: ~0.5 s of every run.
            run_settings[PREFECT_FLOWS_HEARTBEAT_FREQUENCY] = None
        keep_what_is_built()
        with temporary_settings(updates=run_settings):
            summary = flow(source=args.source, lake=args.lake, full=args.full)
        print(format_summary(summary), flush=True)
    except Exception as exc:  # the run failed as a whole: one line, non-zero exit
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"econews run failed after {time.perf_counter() - started:.1f} s: {type(exc).__name__}: {reason}", file=sys.stderr)
        return 1
    finally:
        if api is not None:
            api.stop()
    return 0


# -- econews eval: scores a lake against gold annotations (docs/evaluation.md) ----------

def add_eval_parser(commands) -> None:
    evaluate = commands.add_parser(
        "eval", help="score a lake against annotated pages (without --lake: run the pipeline on the gold's pages first)"
    )
    evaluate.add_argument("--gold", required=True, help="gold folder: pages/ and annotations/ (see docs/evaluation.md)")
    evaluate.add_argument("--lake", default=None,
                          help="lake to score; default: a temporary lake that `econews run` fills from GOLD/pages")
    evaluate.add_argument("--json", default=None, help="also write the figures and every page's errors as JSON to this file")
    evaluate.add_argument("--runner", choices=["threads", "processes", "dask"], default=None,
                          help="without --lake: where the run's batches run (as for `econews run`)")
    evaluate.add_argument("--workers", type=int, default=None, help="without --lake: workers of the run")
    evaluate.add_argument("--verbose", action="store_true", help="without --lake: show Prefect's task-level logs")


def eval_command(args: argparse.Namespace) -> int:
    import json
    import tempfile

    from econews.evaluation import as_json, evaluate, format_table, read_tables
    from econews.gold import GoldError, load_gold

    try:
        gold = load_gold(args.gold)
    except GoldError as exc:
        print(f"econews eval: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="econews-eval-") as scratch:
        lake = args.lake
        if lake is None:  # the gold's pages through `econews run` itself, into a lake of their own
            lake = str(Path(scratch) / "lake")
            run_args = argparse.Namespace(source=str(Path(args.gold) / "pages"), lake=lake, full=True, runner=args.runner,
                                          address=None, workers=args.workers, verbose=args.verbose)
            if run_command(run_args) != 0:
                return 1
            print()
        tables = read_tables(lake)
        if tables.get("documents") is None:
            # a mistyped path would otherwise score every page wrong
            print(f"econews eval: {lake} holds no documents table: not a lake, or an empty one "
                  f"(fill it with `econews run --lake {lake}`)", file=sys.stderr)
            return 2
        result = evaluate(gold, tables)
    print(format_table(result))
    if args.json:
        Path(args.json).write_text(json.dumps(as_json(result), indent=2, ensure_ascii=False, default=str), encoding="utf-8")
        print(f"\nJSON written to {args.json}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "run":
        return run_command(args)
    if args.command == "report":
        from econews.report import report_command

        return report_command(args)
    if args.command == "lake":
        return lake_command(args)
    if args.command == "bench":
        return bench_command(args)
    if args.command == "eval":
        return eval_command(args)
    return 2


def program() -> None:
    """The `econews` program: the console script and `python -m econews`."""
    code = main()
    # The process ends here. The interpreter's last garbage collection would walk every
    # object Prefect, pydantic and polars made (~0.4 s of every command's exit); frozen,
    # they are left to the OS. The exit hooks (Prefect's log flush) still run; the run's own
    # Prefect API was stopped before (`econews.prefect_api`).
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    program()
