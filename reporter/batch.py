"""Many stories at once: every subdirectory of a folder, or every story of a feed.

Each story is read, compared and rendered by one task, in a local process pool or, with a
scheduler, on a Dask cluster (imported only then: dask is an extra). A story that fails
(bad input, fewer than two sources, an exception, a worker that died twice) is recorded
with its error and does not stop the others. Stories are handed out a few at a time and
results come back as they finish, so neither the stories' text nor their reports pile up
in the coordinating process. File writing stays with the caller (the CLI), which gets
each story's renderings through ``on_result``.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import logging
import multiprocessing
import os
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import forkserver
from pathlib import Path
from typing import Any

from reporter.errors import ReporterError, SourceError, UsageError
from reporter.feeds import (
    DEFAULT_FIELDS,
    FeedFields,
    FeedPart,
    feed_kind,
    read_part,
    safe_names,
    scan_feed,
)
from reporter.model import GroupKind, ReportOptions, StoryResult
from reporter.sources import Sources, discover, read_sources

FORMATS = ("md", "html", "json")
"""The reports every story gets, by file suffix."""


@dataclass(frozen=True, slots=True)
class Story:
    """One unit of batch work: where its articles are and what its reports are called."""

    name: str
    """File-name-safe and distinct within the batch: the reports' base name."""
    source: Path | FeedPart
    """A directory of article files, or a story's part of a feed."""
    story: str = ""
    """The story as a feed names it, when that differs from ``name``."""


@dataclass(frozen=True, slots=True)
class BuildSettings:
    """Everything a worker needs besides the story: the same for every story."""

    options: ReportOptions = field(default_factory=ReportOptions)
    max_bytes: int = 20 * 2**20
    """Refuse any input (file or feed article) larger than this."""
    explain: bool = False
    """As for :func:`reporter.render.render_markdown`."""
    fields: FeedFields = field(default_factory=FeedFields)
    """Which feed field holds what."""


def find_stories(folder: Path) -> list[Path]:
    """The story directories of ``folder``, sorted by name (hidden ones left out)."""
    if not folder.is_dir():
        raise SourceError(f"{folder}: not a directory")
    stories = sorted((p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")),
                     key=lambda p: p.name)
    if not stories:
        raise SourceError(f"{folder}: has no story subdirectories")
    return stories


def collect_stories(path: Path, *, fields: FeedFields = DEFAULT_FIELDS) -> list[Story]:
    """The stories of a folder (one per subdirectory) or of a feed file (one per
    distinct story value, named safely for files)."""
    if feed_kind(path) is None:
        return [Story(name=p.name, source=p) for p in find_stories(path)]
    parts = scan_feed(path, fields=fields)
    return [Story(name=name, source=part, story=part.story if part.story != name else "")
            for name, part in zip(safe_names([p.story for p in parts]), parts, strict=True)]


COMPARING = ("reporter.api", "reporter.render")
"""The modules a story is built with, imported where stories are built (a pool's parent
before it forks, a Dask worker's forkserver), not by a coordinator that only hands them
out: it starts the cluster half a second sooner."""


def build_story(story: Story, settings: BuildSettings) -> StoryResult:
    """Read, compare and render one story; input errors become the result's ``error``."""
    from reporter.api import build_report
    from reporter.render import render_html, render_json, render_markdown

    try:
        if isinstance(story.source, FeedPart):
            read: Sources = read_part(story.source, fields=settings.fields,
                                      max_bytes=settings.max_bytes)
        else:
            read = read_sources([story.source], max_bytes=settings.max_bytes)
        report = build_report(read.articles, options=settings.options, workers=1)
    except ReporterError as exc:
        return StoryResult(name=story.name, story=story.story, error=str(exc))
    return StoryResult(
        name=story.name,
        story=story.story,
        sources=len(report.articles),
        shared=len(report.shared),
        conflicts=len(report.conflicts),
        unique=len(report.unique),
        warnings=tuple(read.warnings),
        # Stories already run in parallel: one process per page is enough.
        outputs={"md": render_markdown(report, explain=settings.explain),
                 "html": render_html(report, workers=1, explain=settings.explain),
                 "json": render_json(report)},
    )


Builder = Callable[[Story, BuildSettings], StoryResult]


def run_batch(stories: Sequence[Story], *, settings: BuildSettings,
              workers: int | None = None, scheduler: str | None = None,
              builder: Builder = build_story,
              on_result: Callable[[StoryResult], None] | None = None) -> list[StoryResult]:
    """Build every story; results in the stories' order.

    Args:
        workers: local processes (default: one per core); with ``scheduler="local"``,
            the local Dask cluster's workers.
        scheduler: ``None`` for the local process pool; ``"local"`` for a
            ``distributed.LocalCluster`` on this machine; else a Dask scheduler's
            address (``tcp://host:8786``).
        builder: what runs per story (tests swap in one that fails).
        on_result: called with each result as it arrives, in completion order; the
            list returned keeps the results without their ``outputs`` then, so a large
            batch does not hold every report in memory.
    """
    results: dict[int, StoryResult] = {}

    def done(i: int, result: StoryResult) -> None:
        if on_result is not None:
            on_result(result)
            result = StoryResult(**{**_fields(result), "outputs": {}})
        results[i] = result

    if scheduler is not None:
        _run_dask(stories, settings, builder, scheduler, workers, done)
    else:
        workers = workers or min(len(stories), os.cpu_count() or 1)
        if workers <= 1 or len(stories) == 1:
            for i, story in enumerate(stories):
                done(i, _guarded(builder, story, settings))
        else:
            _run_pool(stories, settings, builder, workers, done)
    return [results[i] for i in range(len(stories))]


def _fields(result: StoryResult) -> dict[str, Any]:
    return {name: getattr(result, name) for name in StoryResult.__dataclass_fields__}


def failed(story: Story, reason: str) -> StoryResult:
    """An error entry for a story that did not finish."""
    return StoryResult(name=story.name, story=story.story, error=reason)


def _describe(exc: BaseException) -> str:
    """One line naming an unexpected exception (a bug or a dead worker), not a traceback."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:300] if text else type(exc).__name__


def _guarded(builder: Builder, story: Story, settings: BuildSettings) -> StoryResult:
    try:
        return builder(story, settings)
    except Exception as exc:  # one story's bug must not stop the batch
        return failed(story, _describe(exc))


def _run_pool(stories: Sequence[Story], settings: BuildSettings, builder: Builder,
              workers: int, done: Callable[[int, StoryResult], None]) -> None:
    """The local process pool, ``2 × workers`` stories in flight. A worker process that
    dies breaks the whole pool: the stories then in flight get one more try in a new
    pool, and fail if they are caught in a broken pool twice."""
    for name in COMPARING:  # once here, not once in each forked worker
        importlib.import_module(name)
    pending = deque(range(len(stories)))
    tries: Counter[int] = Counter()
    pool = ProcessPoolExecutor(max_workers=workers)
    running: dict[Future[StoryResult], int] = {}

    def settle(fut: Future[StoryResult]) -> bool:
        """Hand a finished story on; whether it found the pool broken."""
        i = running.pop(fut)
        try:
            done(i, fut.result())
        except BrokenProcessPool:
            tries[i] += 1
            if tries[i] > 1:
                done(i, failed(stories[i], "its worker process died twice while it ran"))
            else:
                pending.appendleft(i)
            return True
        except Exception as exc:  # an error entry, not a crash
            done(i, failed(stories[i], _describe(exc)))
        return False

    try:
        while pending or running:
            while pending and len(running) < 2 * workers:
                i = pending.popleft()
                running[pool.submit(builder, stories[i], settings)] = i
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = [settle(fut) for fut in finished]
            if any(broken):
                for fut in wait(list(running)).done:  # all end at once in a broken pool
                    settle(fut)
                pool.shutdown(wait=True)
                pool = ProcessPoolExecutor(max_workers=workers)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_FORKSERVER = "forkserver" in multiprocessing.get_all_start_methods()

LOCAL_CLUSTER_CONFIG = {
    # a story whose worker dies twice is an error entry, not a third try
    "distributed.scheduler.allowed-failures": 1,
    # the workers' statistical profiler samples every thread's stack every 10 ms: CPU
    # spent on a dashboard no one looks at during a batch
    "distributed.worker.profile.enabled": False,
    # glibc's own malloc trimming, as in the local pool (Dask's 64 KiB threshold
    # returns memory sooner at some CPU cost; a story's memory is short-lived anyway)
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # a worker's event loop wakes every 20 ms to time itself and every 0.1-0.5 s to poll
    # memory and the system: each wake takes the GIL from the story being built. Every
    # second is enough for a batch of CPU-bound tasks (on ECB+'s 86 stories, 2.5 CPU-s
    # less in one probe; within the noise in bench/dask_batch.py)
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
    # workers forked from a forkserver that has distributed imported, not spawned: a
    # spawned worker ends with a full interpreter shutdown (every object of its heap
    # freed one by one), and closing the cluster waited 0.3-3 s for that after a batch
    # (3 s at the end of ECB+'s 86 stories); a forked worker ends with os._exit, as the
    # local pool's do, and the cluster closes in 0.1-0.2 s. Starting is a little faster
    # too (one import of distributed, not one per worker). Windows has no forkserver.
    "distributed.worker.multiprocessing-method": "forkserver" if _FORKSERVER else "spawn",
}
"""Dask settings while the client (and, with ``local``, the cluster) starts."""

KILLED = "its worker process died on every try (killed, or out of memory?)"
"""The error entry of a story whose workers all died running it (Dask's KilledWorker)."""


def _start_forkserver() -> None:
    """Start the forkserver the local cluster's workers are forked from, importing
    distributed and reporter, before this process imports distributed: the imports of
    both processes overlap (0.5 s), and no worker imports reporter on its first story
    (0.5 s each). A forkserver already running (an earlier batch) is kept."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(
        ["distributed", __name__, *COMPARING])
    forkserver.ensure_running()


def _run_dask(stories: Sequence[Story], settings: BuildSettings, builder: Builder,
              scheduler: str, workers: int | None,
              done: Callable[[int, StoryResult], None]) -> None:
    """A Dask cluster: each story one task (``retries=1``), ``2 × threads`` in flight.

    A task whose worker dies is rerun elsewhere by the scheduler; on the local cluster a
    second death makes it fail (``allowed-failures: 1``), and it becomes an error entry.
    The local cluster's workers run without Dask's profiler and are forked from a
    forkserver, not spawned (see :data:`LOCAL_CLUSTER_CONFIG`); a remote cluster keeps
    its own settings.
    """
    if (scheduler == "local" and _FORKSERVER
            and importlib.util.find_spec("distributed") is not None):
        _start_forkserver()
    try:
        import dask
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise UsageError("--scheduler needs the dask extra: pip install 'reporter[dask]'"
                         ) from exc
    cluster = None
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        try:
            if scheduler == "local":
                cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                       threads_per_worker=1, processes=True,
                                       dashboard_address=":0", silence_logs=logging.CRITICAL)
                client = Client(cluster)
            else:
                client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            if cluster is not None:
                cluster.close()
            raise UsageError(f"--scheduler {scheduler}: cannot connect ({exc})") from exc
    try:
        window = 2 * max(1, sum(client.nthreads().values()))
        run = uuid.uuid4().hex[:12]  # keys unique to this run: a shared scheduler caches by key
        queue: Iterator[int] = iter(range(len(stories)))
        index: dict[str, int] = {}
        flow = as_completed()

        def top_up() -> None:
            for i in queue:
                fut = client.submit(builder, stories[i], settings, retries=1, pure=False,
                                    key=f"story-{stories[i].name}-{run}-{i}")
                index[str(fut.key)] = i
                flow.add(fut)
                if len(index) >= window:
                    return

        top_up()
        for fut in flow:
            i = index.pop(str(fut.key))
            try:
                result = fut.result()
            except Exception as exc:  # KilledWorker, a bug: an error entry
                result = failed(stories[i], KILLED if type(exc).__name__ == "KilledWorker"
                                else _describe(exc))
            fut.release()
            done(i, result)
            top_up()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def input_time(story: Story) -> int:
    """When a story's inputs last changed (ns): its feed file, or its directory and the
    files in it, whichever is newest."""
    if isinstance(story.source, FeedPart):
        return Path(story.source.path).stat().st_mtime_ns
    paths = [story.source, *discover([story.source])]
    return max(p.stat().st_mtime_ns for p in paths)


def report_paths(outdir: Path, name: str) -> list[Path]:
    """A story's reports in ``outdir``, the JSON one (which ``--resume`` reads) last."""
    return [outdir / f"{name}.{fmt}" for fmt in FORMATS]


def kept_result(story: Story, outdir: Path) -> StoryResult | None:
    """The result of a story whose reports are all newer than its inputs, read back
    from its JSON report (``--resume``); None when it must be built again."""
    reports = report_paths(outdir, story.name)
    try:
        written = min(p.stat().st_mtime_ns for p in reports)
        if written <= input_time(story):
            return None
        data = json.loads(reports[-1].read_text(encoding="utf-8"))
        kinds = Counter(g["kind"] for g in data["groups"])
        return StoryResult(name=story.name, story=story.story, sources=len(data["sources"]),
                           shared=kinds[GroupKind.SHARED.value],
                           conflicts=kinds[GroupKind.CONFLICT.value],
                           unique=kinds[GroupKind.UNIQUE.value], resumed=True)
    except (OSError, ValueError, KeyError, TypeError, ReporterError):
        return None
