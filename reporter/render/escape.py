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

_ENTITIES = str.maketrans({
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "~": "&#126;",
    # Bidirectional embeddings, overrides and isolates can make quoted text display in
    # another order than it reads: they never reach the page (the JSON keeps them).
    **dict.fromkeys(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]), None),
})
_INLINE = re.compile(r"([\\`*_\[\]|])")
_BLOCK_START = re.compile(r"^([#+=-]|\d+[.)])")
_SPACE = re.compile(r"\s+")


def md_inline(text: str) -> str:
    """A piece of text escaped for the middle of a line (white space kept as is)."""
    return _INLINE.sub(r"\\\1", text.translate(_ENTITIES))


def block_safe(escaped: str) -> str:
    """Escape a block mark (heading, list, rule) at the start of an escaped line."""
    return _BLOCK_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], escaped)


def md_text(text: str) -> str:
    """Article text as inert inline Markdown, on one line."""
    return block_safe(md_inline(_SPACE.sub(" ", text).strip()))
