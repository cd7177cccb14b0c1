"""The `econews` command line (also `python -m econews`)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time

from econews.bench import add_bench_parser, bench_command
from econews.report import add_report_parser, report_command
from econews.settings import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="econews", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the whole pipeline once, as a Prefect flow run")
    run.add_argument("--source", default="data/raw", help="folder or fsspec URL of raw documents (default: data/raw)")
    run.add_argument("--lake", default="data/lake", help="folder or fsspec URL of the lake (default: data/lake)")
    run.add_argument("--full", action="store_true", help="reprocess every document, not only new or changed ones")
    run.add_argument("--runner", choices=["threads", "processes", "dask"], default=None,
                     help="where batches run: threads in this process (default, or ECONEWS_RUNNER) or a Dask cluster")
    run.add_argument("--address", default=None,
                     help="with --runner dask: an existing cluster, tcp://host:port (default: ECONEWS_DASK_ADDRESS, else a local cluster)")
    run.add_argument("--workers", type=int, default=None, help="threads, or local Dask worker processes (default 2)")
    run.add_argument("--verbose", action="store_true", help="show Prefect's task-level logs")
    add_report_parser(commands)
    add_bench_parser(commands)
    return parser


TABLE_ORDER = ["documents", "entities", "metrics", "partnerships", "investments", "sector_mentions", "quarantine"]


def format_summary(summary: dict) -> str:
    rows = summary["rows"]
    stages = " | ".join(f"{k} {v:.1f}s" for k, v in summary["seconds_by_stage"].items())
    return "\n".join(
        [
            f"econews run {summary['run_id']}: {summary['status']} in {summary['seconds']:.1f} s",
            f"  source {summary['source']}  ->  lake {summary['lake']}" + ("  (--full)" if summary["full"] else ""),
            f"  documents: {summary['documents_read']} read, {summary['documents_skipped']} skipped as unchanged, "
            f"{summary['documents_quarantined']} quarantined"
            + (f" ({summary['batches_reused']} of {summary['batches']} batches reused from an unfinished run)"
               if summary.get("batches_reused") else ""),
            "  rows written: " + ", ".join(f"{table} {rows[table]}" for table in sorted(rows, key=TABLE_ORDER.index)),
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


def share_prefect_api() -> None:
    """Make one Prefect API serve this run and its worker processes.

    With no PREFECT_API_URL configured, Prefect starts an ephemeral API server in each
    process that needs one: the run's worker processes (`--runner processes`, Dask workers)
    would each start their own, costing ~220 MiB and a few CPU seconds apiece, and their
    task runs would be recorded where nobody looks. So the run starts the one ephemeral
    server itself and hands its address down through the environment. Prefect stops it
    at exit, after its log and event workers have flushed to it.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

    if PREFECT_API_URL.value():
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the instance Prefect's own client would start and reuse
    server.start(timeout=PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
    os.environ["PREFECT_API_URL"] = server.api_url


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
    from econews.flows.pipeline import econews_pipeline, task_runner

    from econews.flows import pipeline

    pipeline.PROGRESS_LISTENERS.append(progress_printer(sys.stderr))
    started = time.perf_counter()
    try:
        settings = Settings.from_env()
        runner = task_runner(
            args.runner or settings.runner, args.address or settings.dask_address or None, args.workers or settings.workers
        )
        flow = econews_pipeline.with_options(task_runner=runner)
        share_prefect_api()
        summary = flow(source=args.source, lake=args.lake, full=args.full)
    except Exception as exc:  # the run failed as a whole: one line, non-zero exit
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        print(f"econews run failed after {time.perf_counter() - started:.1f} s: {type(exc).__name__}: {reason}", file=sys.stderr)
        return 1
    print(format_summary(summary))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "run":
        return run_command(args)
    if args.command == "report":
        return report_command(args)
    if args.command == "bench":
        return bench_command(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
