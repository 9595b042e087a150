"""The HTML report: the report's Markdown through Python-Markdown, in a self-contained page.

Python-Markdown does not sanitise, so safety comes from the Markdown renderer, which
escapes every piece of article text before it reaches Markdown; the page adds only
inline CSS, no scripts, fonts or images, and reads the same with JavaScript off, on a
phone (wide tables scroll sideways) and on paper.

The page renders the fuller Markdown variant (the whole coverage grid). Headings get
GitHub's ids through the ``toc`` extension, so the Markdown's section links work here
too; every group gets the stable id ``G12``: its heading, or for a unique claim its
list item, so ``report.html#G12`` keeps working between runs on the same input.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import markdown
from markdown.extensions import Extension
from markdown.extensions.toc import TocExtension
from markdown.inlinepatterns import LINK_RE, LinkInlineProcessor
from markdown.treeprocessors import Treeprocessor

from reporter.gcpause import collector_paused
from reporter.model import Report
from reporter.parallel import process_pool, worker_count
from reporter.render.anchors import html_slug
from reporter.render.markdown import compose

_CSS = """
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:62rem;
margin:0 auto;padding:1rem;color:#1b1b1b;background:#fff;overflow-wrap:break-word}
h1{font-size:1.6rem;margin-top:.5rem}
h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.05rem;margin:1.6rem 0 .4rem}
a{color:#0645ad}
table{border-collapse:collapse;margin:.5rem 0;display:block;overflow-x:auto;max-width:100%}
th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}
blockquote{margin:.5rem 0;padding:.2rem 1rem;border-left:4px solid #999;background:#fafafa}
li{margin:.3rem 0}
td strong,li>strong:not(:first-child){background:#fff2a8;font-weight:600}
:target{outline:3px solid #f0b400;outline-offset:2px}
@media (max-width:40rem){body{font-size:15px;padding:.6rem}h1{font-size:1.35rem}
th,td{padding:.25rem .35rem}td{overflow-wrap:break-word;hyphens:auto;min-width:7rem}
td:first-child{min-width:2.5rem}}
@media print{body{max-width:none;font-size:11pt;padding:0}table{display:table}
h2,h3{break-after:avoid}tr,li,blockquote{break-inside:avoid}a{color:inherit}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
""".strip()

_GROUP_SUFFIX = re.compile(r" · (G\d+)$")


class _UniqueClaimIds(Treeprocessor):
    """Give a unique claim's list item its group's id: the item ends with `` · G19``,
    a suffix the Markdown renderer writes after the escaped article text."""

    def run(self, root: ET.Element) -> None:
        used = {el.get("id") for el in root.iter() if el.get("id")}
        for li in root.iter("li"):
            m = _GROUP_SUFFIX.search("".join(li.itertext()))
            if m and m.group(1) not in used and li.get("id") is None:
                li.set("id", m.group(1))
                used.add(m.group(1))


_UNUSED_INLINE = ("backtick", "reference", "image_link", "image_reference", "short_reference",
                  "short_image_ref", "autolink", "automail", "linebreak", "html", "entity")
"""Inline patterns the report's Markdown never uses (article text is escaped; the report
writes only escapes, links and emphasis). Python-Markdown tries every pattern on every
piece of text, so leaving these out makes a long page a fifth faster, with the same HTML."""


_UNUSED_BLOCK = ("indent", "code", "setextheader", "hr", "olist", "reference")
"""Block processors for what the report's Markdown never writes: indented lines (code,
list continuations), setext headings, rules, numbered lists, reference definitions. Its
lines start with ``#``, ``|``, ``-``, ``>`` or text, and a block mark at the start of
article text is escaped (``render.escape``). Every block is tested against each
processor in turn, so leaving these out saves a tenth of the block parsing, with the
same HTML."""


_RE_BRACKET = re.compile(r"[\[\]]")


def _bracket_ends(data: str) -> dict[int, int]:
    """Index just after each ``[`` of ``data`` -> index just after the ``]`` closing it
    (nested brackets counted); brackets that never close are left out."""
    ends: dict[int, int] = {}
    opened: list[int] = []
    for m in _RE_BRACKET.finditer(data):
        if m.group() == "[":
            opened.append(m.end())
        elif opened:
            ends[opened.pop()] = m.end()
    return ends


class _Links(LinkInlineProcessor):
    """Python-Markdown's link pattern, finding a link text's closing bracket by a regex
    over the brackets alone: the library walks every character of a piece of text in
    Python for it, a third of the time a long report takes to convert (982 ECB+
    articles: 1.6 of 3.2 s), for the same ends."""

    def __init__(self, pattern: str, md: markdown.Markdown) -> None:
        super().__init__(pattern, md)
        self._data: str | None = None
        self._ends: dict[int, int] = {}

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        if data[index - 1:index] != "[":
            return super().getText(data, index)
        if self._data is not data:
            self._data, self._ends = data, _bracket_ends(data)
        end = self._ends.get(index)
        if end is None:
            return data[index:], len(data), False
        return data[index:end - 1], end, True


class _GroupIdsExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_UniqueClaimIds(md), "reporter-group-ids", 4)
        md.inlinePatterns.register(_Links(LINK_RE, md), "link", 160)
        for name in _UNUSED_INLINE:
            md.inlinePatterns.deregister(name)
        for name in _UNUSED_BLOCK:
            md.parser.blockprocessors.deregister(name)


PARALLEL_MIN = 400_000
"""Markdown longer than this (characters) is converted in pieces on all cores: Python-
Markdown takes about 7 s on its own for a report on a thousand articles."""

PIECE_SIZE = 50_000
"""Characters per piece, about: Python-Markdown's time grows faster than the length of what
it converts, so many small pieces take less work than one per core (on 982 ECB+ articles,
3.1 MB of Markdown: 4.4 s of CPU in 4 pieces, 3.3 s in 61)."""

_SECTION = re.compile(r"\n\n(?=#{2,3} )")
"""A blank line before a section or group heading: a block boundary no Markdown
construct we write spans (no reference links, every id unique), so the pieces convert
to exactly the HTML of the whole."""


def _extensions() -> list[str | Extension]:
    return ["tables", TocExtension(slugify=html_slug, marker="", toc_depth="2-3"),
            _GroupIdsExtension()]


def _convert(text: str) -> str:
    return markdown.markdown(text, extensions=_extensions())


def _pieces(text: str, count: int) -> list[str]:
    """``text`` cut at section boundaries into about ``count`` pieces of similar size."""
    cuts = [m.start() for m in _SECTION.finditer(text)]
    target = len(text) / count
    pieces, start = [], 0
    for cut in cuts:
        if cut - start >= target:
            pieces.append(text[start:cut])
            start = cut + 2
    pieces.append(text[start:])
    return pieces


def markdown_to_html(text: str, *, workers: int | None = None) -> str:
    """The page body for the report's Markdown. Long Markdown is converted in pieces by
    ``workers`` processes (default: one per core); the result is the same either way."""
    workers = worker_count(workers)
    if workers <= 1 or len(text) < PARALLEL_MIN:
        return _convert(text)
    pieces = _pieces(text, max(workers * 2, len(text) // PIECE_SIZE))
    with process_pool(min(workers, len(pieces))) as pool:
        return "\n".join(pool.map(_convert, pieces))


@collector_paused
def render_html(report: Report, *, workers: int | None = None, explain: bool = False) -> str:
    """The whole report as one HTML page (UTF-8, inline CSS, works without JavaScript).

    ``workers``: processes converting a long report's Markdown (default: one per core;
    1 converts in this process). ``explain``: as for :func:`render_markdown`.
    """
    body = markdown_to_html(compose(report, for_html=True, explain=explain), workers=workers)
    title = html.escape(f"Source comparison: {len(report.articles)} sources")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>\n{_CSS}\n</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )
