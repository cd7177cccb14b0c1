"""Giving freed memory back to the system, so that a long-lived worker stays flat.

CPython and the libraries under it (spaCy's vocabulary, the JSON of a model's strings,
polars' row building) allocate through the C library's malloc. Once freed, most of that
memory stays inside glibc's heap: not used, but still counted in the process's RSS.
`malloc_trim(0)` returns the free pages to the system. Elsewhere than glibc this is only a
garbage collection.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import lru_cache


@lru_cache(maxsize=1)
def _malloc_trim():
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):  # not glibc (musl, macOS, Windows)
        return None


# Python's full collection walks every object the process holds. A run's processes build
# hundreds of thousands at start-up (Prefect, pydantic, polars, spaCy and its model) and keep
# them to the end: with the default thresholds a full collection ran ~10 times while they
# were built (~0.8 s of each worker's start, ~1.1 s of the run's own, measured with
# `gc.callbacks` on 1,000 benchmark pages). One every 100 younger collections instead of
# 10 leaves 1 to 3; the young generations, where a page's garbage goes, are untouched.
FULL_COLLECTION_EVERY = 100


def collect_rarely() -> None:
    """Fewer full collections while a long-lived process builds what it keeps."""
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


def keep_what_is_built() -> None:
    """Move every object the process holds now out of the collector's sight (`gc.freeze`):
    what start-up built lives to the end, and later full collections walk only what was
    made after it."""
    gc.freeze()


def release_free_memory() -> bool:
    """Collect garbage and return free heap pages to the system; True if malloc_trim ran."""
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
