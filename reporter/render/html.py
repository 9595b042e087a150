"""The HTML report: the Markdown report through Python-Markdown, in a self-contained page.

Python-Markdown does not sanitise, so safety comes from the Markdown renderer, which
escapes every piece of article text before it reaches Markdown; the page adds only
inline CSS, no scripts, fonts or images.
"""

from __future__ import annotations

import html

import markdown

from reporter.model import Report
from reporter.render.markdown import render_markdown

_CSS = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;
margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin-top:1.5rem}
table{border-collapse:collapse;margin:.5rem 0;display:block;overflow-x:auto}
th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}
blockquote{margin:.5rem 0;padding:.2rem 1rem;border-left:4px solid #999;background:#fafafa}
strong{background:#fff2a8}
@media print{body{max-width:none}table{display:table}}
""".strip()


def render_html(report: Report) -> str:
    """The whole report as one HTML page (UTF-8, inline CSS, works without JavaScript)."""
    body = markdown.markdown(render_markdown(report), extensions=["tables"])
    title = html.escape(f"Source comparison: {len(report.articles)} sources")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )
