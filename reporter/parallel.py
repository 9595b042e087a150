"""Worker processes for the stages that split into independent pieces, and for work a
serial stage does not need, run beside it (``Aside``) so that a second core is used.

Only where ``fork`` is the safe, cheap way to start them (Linux): a forked worker starts
at once with everything imported, and callers need no ``if __name__ == "__main__"``
guard. Elsewhere the work stays in the calling process; results are the same.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.process
import os
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar, cast


def worker_count(workers: int | None) -> int:
    """Processes to use: ``workers``, or one per core; 1 where forking is not used."""
    if not sys.platform.startswith("linux"):
        return 1
    return workers or os.cpu_count() or 1


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` forked processes."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))


_T = TypeVar("_T")


class Aside(Generic[_T]):
    """A task run in a forked process while this one goes on with other work.

    The task is a closure over this process's memory; the child reads it as it was at the
    fork (nothing is pickled on the way in) and sends back only the result. A plain
    ``multiprocessing.Process`` and a pipe, not a pool: no helper thread is running when
    a later stage forks its own workers. Without ``fork`` the task runs in this process
    when its result is first asked for: same result, one core.
    """

    def __init__(self, task: Callable[[], _T], *, fork: bool) -> None:
        self._task = task
        self._done = False
        self._value: _T | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        if fork and worker_count(None) > 1:
            context = multiprocessing.get_context("fork")
            self._receive, send = context.Pipe(duplex=False)
            # daemonic: a caller that fails before asking for the result exits at once
            # (the child is ended) instead of waiting for a child blocked on the pipe
            self._process = context.Process(target=_run_aside, args=(task, send),
                                            daemon=True)
            self._process.start()
            send.close()

    def result(self) -> _T:
        """The task's result (waiting for the child); its exception if it raised one."""
        if not self._done:
            if self._process is None:
                self._value = self._task()
            else:
                try:
                    failed, value = self._receive.recv()
                except EOFError:
                    failed, value = True, RuntimeError("a worker process died")
                finally:
                    self._receive.close()
                    self._process.join()
                if failed:
                    raise value
                self._value = value
            self._done = True
        return cast(_T, self._value)

    def cancel(self) -> None:
        """Stop a child whose result is no longer wanted (an error in the caller)."""
        if self._process is not None and not self._done:
            self._process.kill()
            self._process.join()
            self._receive.close()
            self._done = True


def _run_aside(task: Callable[[], Any], send: Connection) -> None:
    try:
        result: tuple[bool, Any] = (False, task())
    except BaseException as exc:  # the parent re-raises it
        result = (True, exc)
    send.send(result)
    send.close()
