"""Stage 1, saved web pages: the article a page holds, as plain text, with its metadata.

A saved page is mostly template (navigation, share bars, cookie notices, related links,
comments, footers); comparing it whole would report the template as claims. trafilatura
finds the article, its title, author and publication date. The extracted text is what
every offset of the report indexes into, so it is built once here, in the shape the
pipeline reads best: the title as the first line (it becomes the headline), then one
paragraph per block, blocks separated by blank lines.

trafilatura (with lxml) is imported on the first page read: runs on text files never
pay for it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any

from reporter.errors import SourceError

HTML_SUFFIXES = (".html", ".htm")
"""Files read as saved web pages."""

MIN_ARTICLE_WORDS = 8
"""A page whose extracted blocks all have fewer words than this holds no article: what is
left is a menu or a label, and comparing it would only report template."""

CHARSET_SCAN = 8192
"""Bytes searched for a ``<meta charset>`` declaration (browsers look at the first 1024,
then re-parse on a later one; long heads of scripts push it back)."""

_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
# WHATWG Encoding: these labels mean windows-1252 in a web page; a page cannot declare
# UTF-16/32 in a <meta> (the ASCII declaration itself would not read), so it means UTF-8.
_CHARSET_ALIASES = {"iso8859-1": "cp1252", "ascii": "cp1252",
                    "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8",
                    "utf-32": "utf-8", "utf-32-le": "utf-8", "utf-32-be": "utf-8"}
_CLOSED = re.compile(r"</(?:html|body)\s*>", re.I)
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False,
                               "max_date": "2099-12-31"}
"""htmldate's options: the first publication date, not the last update; only from the
page's markup (meta tags, JSON-LD, ``<time>``, the URL), not guessed from any date in
the text; a fixed upper bound rather than today's date, so a report never depends on
the day it is made."""


@dataclass(frozen=True, slots=True)
class Page:
    """The article a saved page holds."""

    text: str
    """Title line, blank line, then the article's blocks separated by blank lines."""
    title: str = ""
    """The page's headline from its metadata (``og:title``, JSON-LD, ``<h1>``, ``<title>``)."""
    author: str = ""
    """The author(s) named by the page's metadata, as written there."""
    published: str = ""
    """When it was first published, from the page's markup: ``2025-10-14``, or empty."""


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset a page declares in a ``<meta>`` tag, or None.

    Labels are read as browsers read them: ``iso-8859-1`` and ``ascii`` are
    windows-1252, a declared UTF-16 is UTF-8; an unknown label is no declaration.
    """
    head = data[:CHARSET_SCAN]
    end = head.lower().find(b"</head")
    found = _META_CHARSET.search(head if end < 0 else head[:end])
    if not found:
        return None
    try:
        codec = codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _CHARSET_ALIASES.get(codec, codec)


def extract_page(html: str, *, name: str) -> Page:
    """The article of a decoded page: its text built for the pipeline, and its metadata.

    trafilatura runs with ``favor_precision``: on a short article its default falls back
    to taking the whole page, menus and share bar included, which would become claims.

    Args:
        html: the page's markup, decoded.
        name: the file as shown in messages.

    Raises:
        SourceError: the page is cut off (no closing ``</html>`` or ``</body>``), cannot
            be parsed, or holds no article text.
    """
    if not _CLOSED.search(html):
        raise SourceError(f"{name}: page is cut off (no closing </html> or </body> tag);"
                          " save the whole page again")
    import trafilatura  # heavy: imported only when a page is read

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True, date_extraction_params=DATE_PARAMS)
    except Exception as exc:  # untrusted markup: any parser failure is the file's problem
        raise SourceError(f"{name}: cannot read the page's markup"
                          f" ({type(exc).__name__})") from exc
    body = getattr(doc, "text", None) or ""
    title = _one_line(getattr(doc, "title", None) or "")
    blocks = [line for raw in body.splitlines() if (line := _one_line(raw))]
    if blocks and title and blocks[0] == title:  # the <h1> kept in the body
        blocks = blocks[1:]
    if not any(len(b.split()) >= MIN_ARTICLE_WORDS for b in blocks):
        raise SourceError(f"{name}: no article text found in the page (only navigation or"
                          " template); save the article's own page")
    date = getattr(doc, "date", None) or ""
    return Page(
        text="\n\n".join([title, *blocks] if title else blocks) + "\n",
        title=title,
        author=_one_line(getattr(doc, "author", None) or ""),
        published=date if _ISO_DAY.fullmatch(date) else "",
    )


def _one_line(text: str) -> str:
    """Text with its runs of ASCII white space (line breaks included) made one space.
    Non-breaking spaces stay: French typography puts them in figures and before ``:``."""
    line = _SPACES.sub(" ", text).strip(" ")
    return line if line.strip() else ""
