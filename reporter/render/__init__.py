"""Renderers: pure functions from a Report to text, one module per format."""

from __future__ import annotations

from collections.abc import Callable

from reporter.model import Report
from reporter.render.html import render_html
from reporter.render.json import render_json
from reporter.render.markdown import render_markdown, render_summary

Renderer = Callable[[Report], str]

RENDERERS: dict[str, Renderer] = {
    "md": render_markdown,
    "html": render_html,
    "json": render_json,
    "summary": render_summary,
}

__all__ = [
    "RENDERERS",
    "Renderer",
    "render_html",
    "render_json",
    "render_markdown",
    "render_summary",
]
