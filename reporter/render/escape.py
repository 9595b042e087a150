"""Escaping of untrusted article text for Markdown (and thus HTML).

Article text goes into the report as literal text: no character of it may start a
link, image, emphasis, code span, heading, list, table cell or HTML tag, on GitHub or
through Python-Markdown. ``&``, ``<``, ``>`` and ``~`` become entities (both keep
entities as text); the inline marks ``\\ ` * _ [ ] |`` are backslash-escaped (both
renderers honour those escapes); a block mark at the very start is escaped too. Text
is folded onto one line, so no blank line can end a table or list.
"""

from __future__ import annotations

import re

_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
"""Bidirectional embeddings, overrides and isolates can make quoted text display in
another order than it reads: they never reach the page (the JSON keeps them)."""
_ESCAPES = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "~": "&#126;",
    **{mark: "\\" + mark for mark in "\\`*_[]|"},
    **dict.fromkeys(map(chr, _BIDI), None),
})
"""Entities, backslash escapes and deletions in one table: no entity holds a mark that
is backslash-escaped, so one pass gives what entities then escapes would."""
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _ESCAPES) + "]")
"""Any character ``_ESCAPES`` changes: most words have none, and a search is cheaper
than translating."""
_BLOCK_START = re.compile(r"^([#+=-]|\d+[.)])")


def md_inline(text: str) -> str:
    """A piece of text escaped for the middle of a line (white space kept as is)."""
    return text.translate(_ESCAPES) if _SPECIAL.search(text) else text


def block_safe(escaped: str) -> str:
    """Escape a block mark (heading, list, rule) at the start of an escaped line."""
    m = _BLOCK_START.match(escaped)
    if m is None:
        return escaped
    return m.group(1)[:-1] + "\\" + m.group(1)[-1] + escaped[m.end():]


def md_text(text: str) -> str:
    """Article text as inert inline Markdown, on one line."""
    return block_safe(md_inline(" ".join(text.split())))
