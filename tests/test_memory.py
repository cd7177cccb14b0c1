"""Freed memory goes back to the system (a worker's RSS does not keep what a batch freed)."""

from __future__ import annotations

import sys

import numpy as np
import psutil
import pytest

from econews.memory import release_free_memory


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's")
def test_freed_heap_pages_are_returned():
    process = psutil.Process()
    # ~200 MiB of small heap blocks (under malloc's mmap threshold), then all freed but a
    # last one, which pins the top of the heap: glibc keeps the free pages below it.
    blocks = [np.ones(2048) for _ in range(12_800)]
    last = np.ones(2048)
    del blocks
    held = process.memory_info().rss
    assert release_free_memory() is True
    returned = held - process.memory_info().rss
    assert returned > 100 * 2**20, f"only {returned / 2**20:.0f} MiB returned"
    assert last.sum() == 2048
