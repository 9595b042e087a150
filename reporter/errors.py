"""The library's exceptions. The CLI turns every one of them into a one-line error."""

from __future__ import annotations


class ReporterError(Exception):
    """Base class: something the user can fix, with a message that says what."""


class SourceError(ReporterError):
    """An input path is missing, unreadable, not text, or clashes with another."""


class UsageError(ReporterError):
    """The request itself cannot be served (e.g. fewer than two sources)."""


class OutputError(ReporterError):
    """A report cannot be written where asked."""


class FeedError(SourceError):
    """A feed cannot be read, a record in it is not a usable article, or it is not
    grouped by story."""
