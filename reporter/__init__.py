"""reporter: what many articles on one story agree on, say alone, or contradict.

The library's one entry point is ``build_report``; ``load_articles`` reads files into
the ``Article`` records it takes, and ``RENDERERS`` turns its ``Report`` into text.
"""

from __future__ import annotations

__version__ = "0.1.0"

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reporter.api import build_report
    from reporter.errors import OutputError, ReporterError, SourceError, UsageError
    from reporter.model import Article, Group, GroupKind, Report, ReportOptions
    from reporter.render import RENDERERS, render_html, render_json, render_markdown
    from reporter.sources import load_articles

_HOMES = {
    "build_report": "reporter.api",
    "OutputError": "reporter.errors", "ReporterError": "reporter.errors",
    "SourceError": "reporter.errors", "UsageError": "reporter.errors",
    "Article": "reporter.model", "Group": "reporter.model", "GroupKind": "reporter.model",
    "Report": "reporter.model", "ReportOptions": "reporter.model",
    "RENDERERS": "reporter.render", "render_html": "reporter.render",
    "render_json": "reporter.render", "render_markdown": "reporter.render",
    "load_articles": "reporter.sources",
}
"""Where each public name lives. They are imported on first use (PEP 562), so that
``import reporter.cli`` or ``reporter.batch`` does not pay for the comparison stages'
imports (0.5 s) before it needs them: ``reporter --help`` answers at once, and a batch on
a Dask cluster starts its workers while the coordinating process, which never compares,
imports only what it uses."""


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'reporter' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, imported yet or not (for ``dir`` and completion)."""
    return sorted({*globals(), *_HOMES})


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
