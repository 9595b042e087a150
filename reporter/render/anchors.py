"""Heading anchors that GitHub and our HTML page agree on.

GitHub gives each heading the id of its text lower-cased, stripped of punctuation and
symbols (``-`` and ``_`` stay) with each space turned into ``-`` (github-slugger). The
HTML renderer passes ``html_slug`` to Python-Markdown's ``toc`` extension so section
links such as ``#shared-facts`` work in both places with no raw HTML in the Markdown.
The one exception is a group heading ``G12``: the page keeps its case, so that
``report.html#G12`` stays a stable address between runs on the same input.
"""

from __future__ import annotations

import re
import unicodedata

_GROUP = re.compile(r"G\d+")


def github_slug(text: str) -> str:
    """The id GitHub gives a heading whose rendered text is ``text``."""
    kept = "".join(ch for ch in text.lower()
                   if ch in "-_ " or unicodedata.category(ch)[0] in "LNM")
    return kept.replace(" ", "-")


def html_slug(text: str, separator: str = "-") -> str:
    """``github_slug``, except that a group heading keeps its id as is (``G12``)."""
    del separator  # GitHub's separator is always "-"
    text = text.strip()
    return text if _GROUP.fullmatch(text) else github_slug(text)


def group_anchor(group_id: str, *, for_html: bool) -> str:
    """The fragment a link to a group heading uses on GitHub or in our page."""
    return group_id if for_html else github_slug(group_id)
