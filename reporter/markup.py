"""Markdown syntax blanked out, so sentences are found in what a reader sees.

``plain_text`` returns a string of the same length as its input in which markup
characters (heading and list marks, emphasis, link and image syntax with their URLs,
code spans and fences, HTML tags, table pipes, rules) are spaces. Offsets therefore
mean the same in both strings: the segmenter finds boundaries on the plain text and
slices units from the original, so every offset of the report still indexes the file.
This is a light, line-based reading of CommonMark and GitHub tables, not a parser:
it only has to keep URLs and marks from posing as words or sentence ends.
"""

from __future__ import annotations

import re

ATX_HEADING = re.compile(r"^ {0,3}#{1,6}(?=[ \t]|$)")
"""A ``# Title`` line: its marks, for the segmenter to flag the line as a heading."""
BLOCK_START = re.compile(
    r" {0,3}(?:[#>|]|[-*+][ \t]|\d{1,9}[.)][ \t]|`{3,}|~{3,}|<|(?:[-*_=][ \t]*)+$)|\t| {4}")
"""A line that starts a Markdown block of its own (heading, quote, table row, list item,
fence, HTML, rule or setext underline, indented code) rather than continuing a paragraph."""
NO_CONTINUATION = re.compile(r" {0,3}(?:#|\||`{3,}|~{3,}|<|(?:[-*_=][ \t]*)+$)|\t| {4}")
"""A line after which no paragraph text continues (heading, table row, fence, HTML, rule)."""

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
_TABLE_DELIMITER = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_BLOCK_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t]))?")
_CLOSING_HASHES = re.compile(r"[ \t]#+[ \t]*$")
_INLINE = re.compile(
    r"""(?P<img>!)(?=\[)                                   # image bang
      | (?P<close>\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+(?:"[^"]*"|'[^']*'))?\))  # ](url "t")
      | (?P<ref>\]\[[^\]]*\])                             # ][ref]
      | (?P<auto><(?:https?|ftp|mailto):[^\s>]+>)         # <https://…>
      | (?P<comment><!--.*?-->)                           # HTML comment on one line
      | (?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)  # HTML tag
      | (?P<open>\[)(?=[^\]\n]*\](?:\(|\[))               # [ that opens a link
      | (?P<code>`+)                                      # code span ticks
      | (?P<escape>\\[!-/:-@\[-`{-~])                     # backslash escape
      | (?P<strong>(?<![\s*])\*+|\*+(?![\s*]))            # * emphasis touching a word
      | (?P<under>(?<![\w_])_+(?=\S)|(?<=\S)_+(?![\w_]))  # _ emphasis, not snake_case
      | (?P<strike>~~)
    """,
    re.VERBOSE,
)


def _blank(match: re.Match[str]) -> str:
    """Spaces for a piece of markup; an escaped character itself is text and stays."""
    if match.lastgroup == "escape":
        return " " + match.group(0)[1:]
    return " " * len(match.group(0))


def _plain_line(line: str) -> str:
    """One line outside code fences, with its markup blanked."""
    if _RULE.match(line) or _TABLE_DELIMITER.match(line) or _LINK_DEFINITION.match(line):
        return " " * len(line)
    heading = ATX_HEADING.match(line)
    if heading:
        line = " " * heading.end() + _CLOSING_HASHES.sub(_blank, line[heading.end():])
    else:
        line = _BLOCK_MARKS.sub(_blank, line, count=1)
    line = _INLINE.sub(_blank, line)
    if line.lstrip().startswith("|"):  # a table row: its pipes separate cells
        line = line.replace("|", " ")
    return line


def plain_text(text: str) -> str:
    """``text`` with Markdown markup replaced by spaces; same length, same line breaks."""
    out: list[str] = []
    fence = ""
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        end = line[len(body):]
        opening = _FENCE.match(body)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = ""
                body = " " * len(body)
        elif opening:
            fence = opening.group(1)
            body = " " * len(body)
        else:
            body = _plain_line(body)
        out.append(body + end)
    return "".join(out)
