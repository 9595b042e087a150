"""reporter: what many articles on one story agree on, say alone, or contradict.

The library's one entry point is ``build_report``; ``load_articles`` reads files into
the ``Article`` records it takes, and ``RENDERERS`` turns its ``Report`` into text.
"""

from __future__ import annotations

__version__ = "0.1.0"

from reporter.api import build_report
from reporter.errors import OutputError, ReporterError, SourceError, UsageError
from reporter.model import (
    Article,
    Group,
    GroupKind,
    Report,
    ReportOptions,
)
from reporter.render import RENDERERS, render_html, render_json, render_markdown
from reporter.sources import load_articles

__all__ = [
    "RENDERERS",
    "Article",
    "Group",
    "GroupKind",
    "OutputError",
    "Report",
    "ReportOptions",
    "ReporterError",
    "SourceError",
    "UsageError",
    "__version__",
    "build_report",
    "load_articles",
    "render_html",
    "render_json",
    "render_markdown",
]
