"""Keeping a long batch's memory flat under glibc's ``malloc`` (a no-op elsewhere).

The process that collects a batch's results receives a chunk of JSON Lines at a time — a few
hundred kilobytes, a little larger now and then. glibc serves the first such buffers with
``mmap`` and, each time it frees one, raises its threshold for ``mmap`` to that size and lets the
heap keep free memory up to twice the threshold. So the biggest chunk seen so far decides what
the heap may hold, and over tens of thousands of files the process grows slowly, never
shrinking (measured in docs/performance.md). Fixing the thresholds stops that; ``release``
hands back the free pages that fragmentation leaves inside the heap.
"""

from __future__ import annotations

import sys
from typing import Any

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
BUFFER_THRESHOLD = 128 * 1024
"""glibc's own starting value: what is larger is mapped and unmapped on its own."""

_libc: Any = None


def _glibc() -> Any:
    """glibc's C library, or None (another system, or another C library such as musl)."""
    global _libc
    if _libc is None and sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL("libc.so.6")
            libc.mallopt, libc.malloc_trim  # noqa: B018 - both exist in glibc only
        except (OSError, AttributeError):
            return None
        _libc = libc
    return _libc


def fix_thresholds() -> None:
    """Keep glibc from raising its ``mmap`` and trim thresholds as larger buffers come and go."""
    if libc := _glibc():
        libc.mallopt(M_MMAP_THRESHOLD, BUFFER_THRESHOLD)
        libc.mallopt(M_TRIM_THRESHOLD, 2 * BUFFER_THRESHOLD)


def release() -> None:
    """Give the free pages inside the heap back to the system (about 0.1 ms on a batch's heap)."""
    if libc := _glibc():
        libc.malloc_trim(0)
