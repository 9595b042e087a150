"""Many stories at once: every subdirectory of a folder is one story.

Each story is read, compared and rendered in its own worker process; a story that fails
(bad input, fewer than two sources) is recorded with its error and does not stop the
others. File writing stays with the caller (the CLI), which gets every rendering back.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reporter.api import build_report
from reporter.errors import ReporterError, SourceError
from reporter.model import ReportOptions, StoryResult
from reporter.render import render_html, render_json, render_markdown
from reporter.sources import read_sources


def find_stories(folder: Path) -> list[Path]:
    """The story directories of ``folder``, sorted by name (hidden ones left out)."""
    if not folder.is_dir():
        raise SourceError(f"{folder}: not a directory")
    stories = sorted((p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")),
                     key=lambda p: p.name)
    if not stories:
        raise SourceError(f"{folder}: has no story subdirectories")
    return stories


def build_story(path: Path, options: ReportOptions, max_bytes: int,
                explain: bool = False) -> StoryResult:
    """Read, compare and render one story; errors become the result's ``error``
    (``explain``: as for :func:`reporter.render.render_markdown`)."""
    try:
        read = read_sources([path], max_bytes=max_bytes)
        report = build_report(read.articles, options=options, workers=1)
    except ReporterError as exc:
        return StoryResult(name=path.name, error=str(exc))
    return StoryResult(
        name=path.name,
        sources=len(report.articles),
        shared=len(report.shared),
        conflicts=len(report.conflicts),
        unique=len(report.unique),
        warnings=tuple(read.warnings),
        # Stories already run in parallel: one process per page is enough.
        outputs={"md": render_markdown(report, explain=explain),
                 "html": render_html(report, workers=1, explain=explain),
                 "json": render_json(report)},
    )


def run_batch(stories: Sequence[Path], *, options: ReportOptions, max_bytes: int,
              workers: int | None = None, explain: bool = False) -> list[StoryResult]:
    """Build every story, in parallel processes, results in the stories' order."""
    workers = workers or min(len(stories), os.cpu_count() or 1)
    if workers <= 1 or len(stories) == 1:
        return [build_story(p, options, max_bytes, explain) for p in stories]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(build_story, stories, [options] * len(stories),
                             [max_bytes] * len(stories), [explain] * len(stories),
                             chunksize=4))
