"""Worker processes for the stages that split into independent pieces.

Only where ``fork`` is the safe, cheap way to start them (Linux): a forked worker starts
at once with everything imported, and callers need no ``if __name__ == "__main__"``
guard. Elsewhere the work stays in the calling process; results are the same.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor


def worker_count(workers: int | None) -> int:
    """Processes to use: ``workers``, or one per core; 1 where forking is not used."""
    if not sys.platform.startswith("linux"):
        return 1
    return workers or os.cpu_count() or 1


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` forked processes."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
