"""Serve the econews flow from this process: a deployment with a schedule, no work pool.

    python -m econews.serve                          # deployment econews-pipeline/econews-served, daily 06:00 UTC
    python -m econews.serve --name nightly --cron "30 2 * * *" --timezone Europe/Paris
    python -m econews.serve --no-schedule            # manual runs only (UI or `prefect deployment run`)

It registers the deployment with the Prefect API of `PREFECT_API_URL` (start one with
`prefect server start`), then waits: each scheduled or manually triggered run is executed in
a subprocess of this one, until Ctrl-C (which pauses the deployment's schedule). This is the
single-machine alternative to `prefect deploy` + a work pool + `prefect worker start`
(`prefect.yaml`). Relative `--source`/`--lake` defaults are made absolute here, so runs do
not depend on the working directory of whoever triggers them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

DEFAULT_CRON = "0 6 * * *"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m econews.serve", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--name", default="econews-served", help="deployment name (default: econews-served)")
    parser.add_argument("--cron", default=DEFAULT_CRON, help=f'schedule, cron syntax (default: "{DEFAULT_CRON}")')
    parser.add_argument("--timezone", default="UTC", help="time zone of --cron (default: UTC)")
    parser.add_argument("--no-schedule", action="store_true", help="no schedule: runs start only when triggered")
    parser.add_argument("--source", default="data/raw", help="default `source` parameter of the runs (default: data/raw)")
    parser.add_argument("--lake", default="data/lake", help="default `lake` parameter of the runs (default: data/lake)")
    parser.add_argument("--full", action="store_true", help="default `full` parameter of the runs: true")
    parser.add_argument("--limit", type=int, default=1,
                        help="runs executed at the same time by this process (default 1: runs on one lake queue up)")
    return parser


def _absolute(location: str) -> str:
    """A local path made absolute; an fsspec URL (s3://..., file://...) as it is."""
    return location if "://" in location else str(Path(location).resolve())


def build_deployment(args: argparse.Namespace):
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    from econews.flows.pipeline import econews_pipeline

    schedules = [] if args.no_schedule else [Cron(args.cron, timezone=args.timezone)]
    return econews_pipeline.to_deployment(
        name=args.name,
        schedules=schedules,
        parameters={"source": _absolute(args.source), "lake": _absolute(args.lake), "full": args.full},
        description=f"econews served by `python -m econews.serve` on {os.uname().nodename}.",
        tags=["econews", "served"],
        # Runs load the flow by module (econews.flows.pipeline), whatever the working directory.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # No network here but the package index: the server we talk to must not phone home either.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect import serve

    serve(build_deployment(args), limit=args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
