"""The batch index: one line per story, linking to its reports (pure function)."""

from __future__ import annotations

from collections.abc import Sequence
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
        name = md_text(r.name)
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
