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


def release_free_memory() -> bool:
    """Collect garbage and return free heap pages to the system; True if malloc_trim ran."""
    gc.collect()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
