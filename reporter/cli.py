"""The ``reporter`` command: parse, call the library, render, write. Nothing else."""

from __future__ import annotations

import functools
import gc
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from reporter import __version__
from reporter.batch import (
    BuildSettings,
    collect_stories,
    kept_result,
    report_paths,
    run_batch,
)
from reporter.errors import OutputError, ReporterError, UsageError
from reporter.feeds import FeedFields
from reporter.model import GroupKind, ReportOptions, StoryResult
from reporter.parallel import Aside
from reporter.render.index import render_index, render_index_html, render_index_json
from reporter.sources import MAX_BYTES, discover, read_sources, show

F = TypeVar("F", bound=Callable[..., Any])

DEFAULTS = ReportOptions()

EXIT_CONFLICTS = 3
"""Exit code of ``compare --fail-on conflict`` when the report has conflicts."""


def translate_errors(func: F) -> F:
    """Turn library errors into click errors: one line, no traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UsageError as exc:
            raise click.UsageError(str(exc)) from exc
        except ReporterError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same directory, then rename over the target.

    A failure leaves any earlier file at ``path`` untouched. The file gets the mode a
    plain ``open()`` would give it: an existing file's own, else 0666 less the umask
    (the temporary file's 0600 would keep a web server or a teammate from reading it).
    A target that is not a regular file (``/dev/null``, a pipe) is written to in place:
    renaming over it would replace the device or pipe itself.
    """
    try:
        special = not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        special = False
    if special:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        return
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def check_outputs(outputs: Sequence[Path], inputs: Sequence[Path], *,
                  mkdir: bool = False) -> None:
    """Refuse outputs that would overwrite an input, clash, or have nowhere to go.

    With ``mkdir``, a missing parent directory is not an error: ``make_parents``
    creates it once every check has passed.
    """
    taken = {p.resolve(): p for p in inputs}
    seen: dict[Path, Path] = {}
    for out in outputs:
        key = out.resolve()
        if key in taken:
            raise OutputError(f"{show(out)}: is also an input; refusing to overwrite it")
        if key in seen:
            raise OutputError(f"{show(out)}: given for two report formats")
        if out.is_dir():
            raise OutputError(f"{show(out)}: is a directory")
        parent = next((p for p in (out.parent, *out.parent.parents) if p.exists()), Path())
        if not parent.is_dir():
            raise OutputError(f"{show(out)}: {show(parent)} is not a directory")
        if not mkdir and not out.parent.is_dir():
            raise OutputError(f"{show(out)}: directory {show(out.parent)} does not exist"
                              " (--mkdir creates it)")
        seen[key] = out


def make_parents(outputs: Sequence[Path]) -> None:
    """Create the missing directories of the outputs (``--mkdir``)."""
    for out in outputs:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{show(out)}: cannot create {show(out.parent)}"
                              f" ({exc.strerror or exc})") from exc


def _finite(value: float) -> float:
    """Reject NaN, which passes every range check."""
    if value != value:
        raise click.BadParameter("must be a number")
    return value


def pipeline_options(func: F) -> F:
    """The options every command that builds reports shares: threshold, language, size."""
    for option in reversed([
        click.option("--threshold", type=click.FloatRange(0, 100),
                      default=DEFAULTS.threshold, show_default=True,
                      help="Minimum similarity (0-100) for two sentences to state the same "
                           "fact."),
        click.option("--lang", type=click.Choice(["auto", "fr", "en"]), default="auto",
                     show_default=True,
                     help="Language of the articles (auto: detected per source)."),
        click.option("--semantic", is_flag=True,
                     help="Also compare French and English sentences by meaning with a "
                          "multilingual sentence encoder (needs: pip install "
                          "'reporter[semantic]')."),
        click.option("--max-size", type=click.FloatRange(0, 1e6, min_open=True),
                     callback=lambda _ctx, _param, v: _finite(v),
                     default=MAX_BYTES / 2**20, show_default=True, metavar="MB",
                     help="Refuse input files larger than this many MiB."),
    ]):
        func = option(func)
    return func


def _check_semantic(wanted: bool) -> None:
    from reporter.semantic import available  # numpy: only when asked for

    if wanted and not available():
        raise UsageError("--semantic needs the semantic extra: "
                         "pip install 'reporter[semantic]'")


explain_option = click.option(
    "--explain", is_flag=True,
    help="Show why each sentence joined its fact in the Markdown and HTML reports: the "
         "rarest words it shares with the representative, and its score with values masked "
         "when it joined as the same fact told with another value (the JSON always has "
         "them).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reporter")
def main() -> None:
    """Compare news articles on one story: what they share, what only one says,
    and where they contradict each other."""


@main.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the Markdown report to FILE (default: standard output).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the HTML report to FILE.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the JSON report (contract v1) to FILE.")
@pipeline_options
@click.option("--fail-on", type=click.Choice(["never", "conflict"]), default="never",
              show_default=True,
              help=f"With 'conflict', exit {EXIT_CONFLICTS} when sources disagree.")
@click.option("--mkdir", is_flag=True,
              help="Create missing directories of the output files.")
@click.option("--summary-only", is_flag=True,
              help="Write only the summary (counts, top facts, conflicts) as the Markdown "
                   "report: short enough for a pull-request comment or a CI job summary.")
@click.option("--exhaustive", is_flag=True,
              help="Score every pair of sentences instead of only the candidates that "
                   "share rare words (the default above a few thousand sentences).")
@explain_option
@click.option("-q", "--quiet", is_flag=True, help="No progress line on standard error.")
@translate_errors
def compare(paths: tuple[Path, ...], output: Path | None, html_path: Path | None,
            json_path: Path | None, threshold: float, lang: str, semantic: bool,
            fail_on: str, max_size: float, mkdir: bool, summary_only: bool, exhaustive: bool,
            explain: bool, quiet: bool) -> None:
    """Compare the articles in PATHS (files, or directories of .txt, .md and .html files)."""
    # the comparison stages are imported here, not with the CLI: ``--help``, ``batch`` on
    # a Dask cluster and bad arguments do not wait for them
    from reporter.api import PARALLEL_SOURCES, build_report
    from reporter.render import RENDERERS, render_html, render_json, render_markdown

    _check_semantic(semantic)
    outputs = {fmt: p for fmt, p in (("md", output), ("html", html_path), ("json", json_path))
               if p is not None and str(p) != "-"}
    check_outputs(list(outputs.values()), discover(paths), mkdir=mkdir)
    progress = Progress(enabled=not quiet)
    progress("reading")
    sources = read_sources(paths, max_bytes=int(max_size * 2**20))
    for warning in sources.warnings:
        progress.clear()
        click.echo(f"Warning: {warning}", err=True)
    options = ReportOptions(threshold=threshold, lang=lang, exhaustive=exhaustive or None,
                            semantic=semantic)
    report = build_report(sources.articles, options=options, progress=progress)
    if len(report.articles) >= PARALLEL_SOURCES:
        # A long report lives until the process exits, a graph of millions of objects
        # without cycles: frozen, no collection walks it again. build_report pauses the
        # collector, so the first collection after it walked them all (0.16-0.18 s on
        # the 982 ECB+ articles), and the one at exit did again (0.1 s).
        gc.freeze()
    progress("rendering")
    md_renderer = (RENDERERS["summary"] if summary_only
                   else functools.partial(render_markdown, explain=explain))
    # The JSON shares no work with the other two: for a long report it is written in a
    # forked process while this one writes the Markdown and the HTML (a second core).
    json_aside = (Aside(functools.partial(render_json, report),
                        fork=len(report.articles) >= PARALLEL_SOURCES)
                  if "json" in outputs else None)
    try:
        rendered = {}
        if "md" in outputs:
            link = (os.path.relpath(outputs["html"], outputs["md"].parent)
                    if "html" in outputs and not summary_only else "")
            rendered["md"] = (render_markdown(report, html_link=link, explain=explain) if link
                              else md_renderer(report))
        if "html" in outputs:
            rendered["html"] = render_html(report, explain=explain)
        if json_aside is not None:
            rendered["json"] = json_aside.result()
    except BaseException:
        if json_aside is not None:
            json_aside.cancel()
        raise
    progress.clear()
    if mkdir:
        make_parents(list(outputs.values()))
    for fmt, path in outputs.items():
        try:
            write_atomic(path, rendered[fmt])
        except OSError as exc:
            raise OutputError(f"{show(path)}: cannot write ({exc.strerror or exc})") from exc
    if not outputs:
        click.echo(md_renderer(report), nl=False)
    if fail_on == "conflict" and any(g.kind is GroupKind.CONFLICT for g in report.groups):
        sys.exit(EXIT_CONFLICTS)


class Progress:
    """One self-erasing status line on standard error, for runs longer than a second.

    Silent when standard error is not a terminal (logs, CI) or with ``--quiet``.
    """

    DELAY = 1.0

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, stage: str) -> None:
        if self.enabled and time.monotonic() - self.started >= self.DELAY:
            click.echo(f"\r\x1b[K{stage}…", err=True, nl=False)
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            click.echo("\r\x1b[K", err=True, nl=False)
            self.shown = False


@main.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", "outdir", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Directory for the reports (<story>.md/.html/.json) and "
                   "index.md/.html/.json.")
@pipeline_options
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Parallel processes (default: one per core); with --scheduler local, "
                   "the local Dask cluster's workers.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run the stories on a Dask cluster: a scheduler's address "
                   "(tcp://host:8786), or 'local' for a cluster on this machine "
                   "(needs: pip install 'reporter[dask]').")
@click.option("--field", "renames", multiple=True, metavar="NAME=FIELD",
              help="For a feed: read NAME (story, id, title, published, text) from FIELD, "
                   "e.g. --field story=topic. Repeatable.")
@click.option("--resume", is_flag=True,
              help="Keep the reports of stories whose three reports are newer than their "
                   "inputs (a feed: than the feed file); build only the others.")
@explain_option
@translate_errors
def batch(source: Path, outdir: Path, threshold: float, lang: str, semantic: bool,
          max_size: float, workers: int | None, scheduler: str | None,
          renames: tuple[str, ...], resume: bool, explain: bool) -> None:
    """Compare every story in SOURCE: a folder (each subdirectory is one story) or a
    feed (.jsonl or .parquet, one article a line, grouped by story).

    Writes one report per story and an index; a story that fails is listed in the index
    with its error, has no reports (an earlier run's are removed) and does not stop the
    others (exit 1 if any failed).
    """
    fields = FeedFields.parse(renames)
    stories = collect_stories(source, fields=fields)
    inputs = {source.resolve()} | {s.source.resolve() for s in stories
                                   if isinstance(s.source, Path)}
    if outdir.resolve() in inputs:
        raise OutputError(f"{show(outdir)}: is an input directory; choose another output")
    outdir.mkdir(parents=True, exist_ok=True)
    _check_semantic(semantic)
    kept = {s.name: r for s in stories if resume and (r := kept_result(s, outdir))}

    def write(r: StoryResult) -> None:
        for warning in r.warnings:
            click.echo(f"Warning: {r.name}: {warning}", err=True)
        for fmt, text in r.outputs.items():
            path = outdir / f"{r.name}.{fmt}"
            try:
                write_atomic(path, text)
            except OSError as exc:
                raise OutputError(f"{show(path)}: cannot write ({exc.strerror or exc})"
                                  ) from exc
        # A failed story has no reports: an earlier run's would contradict the index.
        # The JSON one goes first, so a removal cut short is never kept by --resume.
        for path in reversed(report_paths(outdir, r.name)) if r.error else ():
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise OutputError(f"{show(path)}: cannot remove the report of an earlier "
                                  f"run ({exc.strerror or exc})") from exc

    settings = BuildSettings(options=ReportOptions(threshold=threshold, lang=lang,
                                                   semantic=semantic),
                             max_bytes=int(max_size * 2**20), explain=explain, fields=fields)
    todo = [s for s in stories if s.name not in kept]
    built = {r.name: r for r in (run_batch(todo, settings=settings, workers=workers,
                                           scheduler=scheduler, on_result=write)
                                 if todo else [])}
    results = [kept.get(s.name) or built[s.name] for s in stories]
    write_atomic(outdir / "index.md", render_index(results))
    write_atomic(outdir / "index.html", render_index_html(results))
    write_atomic(outdir / "index.json", render_index_json(results))
    failed = [r for r in results if r.error]
    for r in failed:
        click.echo(f"Error: {r.name}: {r.error}", err=True)
    click.echo(f"{len(results) - len(failed)} of {len(results)} stories reported in "
               f"{show(outdir)}" + (f" ({len(kept)} kept from an earlier run)" if resume
                                    else ""), err=True)
    if failed:
        sys.exit(1)
