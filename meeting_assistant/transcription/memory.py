"""Keeping the C heap of the decoding threads small (glibc on Linux; elsewhere nothing).

glibc gives each thread that allocates its own heap arena and keeps what it frees there, so with
two decoding workers the peak grew by ~150 MB on a 10-minute file (797 against 656 MB with two
arenas, benchmarks/engines.py). And glibc raises its mmap threshold each time a large block is
freed, so the few-MB arrays of each window (features, encoder output) end up in the heap, which
fragments: the peak crept from 625 MB at 10 minutes to 745 MB at 60. A fixed 4 MiB threshold
(large blocks always mapped, handed back when freed) held 60 minutes at 556 MB.
"""

from __future__ import annotations

import ctypes
import sys

M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8


def _libc():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None  # another C library (musl): its allocator, its business


def fewer_arenas() -> None:
    """Two heap arenas, and blocks of 4 MiB or more always mapped (see above)."""
    libc = _libc()
    if libc is not None and hasattr(libc, "mallopt"):
        libc.mallopt(M_ARENA_MAX, 2)
        libc.mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024)


def give_back_freed() -> None:
    """What a window freed, handed back before the next (glibc's malloc_trim)."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)
