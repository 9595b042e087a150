"""The batch index: one line per story, linking to its reports (pure functions).

``index.json`` (``version`` 1) is the machine-readable index::

    {"version": 1, "stories": 3, "reported": 2, "failed": 1,
     "entries": [
       {"name": "quake", "status": "ok", "sources": 4, "shared": 12, "conflicts": 1,
        "unique": 30, "reports": {"md": "quake.md", "html": "quake.html",
        "json": "quake.json"}, "resumed": false},
       {"name": "Flood-Rhone", "story": "Flood/Rhône", "status": "error",
        "error": "feed.jsonl:17: field 'text' is missing"}]}

Entries come in the batch's order (folders: by name; feeds: feed order); ``story`` is
there only when a feed's story name had to be made safe for a file name.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

import markdown

from reporter.model import StoryResult
from reporter.render.escape import md_text


def render_index(results: Sequence[StoryResult]) -> str:
    """Markdown index of a batch run: counts per story, or the error that stopped it."""
    done = [r for r in results if not r.error]
    lines = [
        f"# Batch report: {len(results)} stories",
        "",
        f"{len(done)} reports built, {len(results) - len(done)} failed.",
        "",
        "| story | sources | shared facts | conflicts | unique claims | reports |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for r in results:
        name = md_text(r.name) + (f" ({md_text(r.story)})" if r.story else "")
        if r.error:
            lines.append(f"| {name} | | | | | **failed:** {md_text(r.error)} |")
            continue
        # Story names are directory names: percent-encode them as link targets.
        target = quote(r.name, safe="")
        links = " · ".join(f"[{fmt}]({target}.{fmt})" for fmt in ("md", "html", "json"))
        lines.append(f"| {name} | {r.sources} | {r.shared} | {r.conflicts} | {r.unique} "
                     f"| {links} |")
    return "\n".join(lines) + "\n"


def render_index_html(results: Sequence[StoryResult]) -> str:
    """The index as a small self-contained HTML page."""
    body = markdown.markdown(render_index(results), extensions=["tables"])
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>Batch report</title>\n<style>body{font:16px/1.5 system-ui,sans-serif;"
            "max-width:60rem;margin:0 auto;padding:1rem}table{border-collapse:collapse}"
            "th,td{border:1px solid #ccc;padding:.3rem .5rem}</style>\n</head>\n<body>\n"
            f"{body}\n</body>\n</html>\n")


def render_index_json(results: Sequence[StoryResult]) -> str:
    """The index as JSON (shape in this module's docstring)."""
    entries: list[dict[str, Any]] = []
    for r in results:
        entry: dict[str, Any] = {"name": r.name, **({"story": r.story} if r.story else {})}
        if r.error:
            entry |= {"status": "error", "error": r.error}
        else:
            entry |= {"status": "ok", "sources": r.sources, "shared": r.shared,
                      "conflicts": r.conflicts, "unique": r.unique,
                      "reports": {fmt: f"{r.name}.{fmt}" for fmt in ("md", "html", "json")},
                      "resumed": r.resumed}
        entries.append(entry)
    failed = sum(1 for r in results if r.error)
    return json.dumps({"version": 1, "stories": len(results),
                       "reported": len(results) - failed, "failed": failed,
                       "entries": entries}, ensure_ascii=False, indent=2) + "\n"
