"""Stage 2: cut an article into units (lines, then sentences) with exact offsets.

Lines come first because headlines, captions and bullets carry no final period and a
sentence splitter glues them to the next sentence. A line continues on the next one only
where the text is visibly wrapped: in Markdown, a paragraph's or list item's lines (the
next line starts no block); in plain text, a line without final punctuation followed by
one starting in lower case. Inside such a block, yasbd-lib finds sentence boundaries
(see the README for why it was chosen). Units never include
surrounding white space, and always satisfy ``text[start:end] == unit.text``.

Markdown articles are segmented on ``markup.plain_text`` (same length, markup blanked)
and units are then widened over the original so marks stay inside the unit they touch.
yasbd is quadratic in the length of a run without spaces (100k characters: ~50 s), so
it never sees one: long runs are masked in a same-length copy, and very long lines are
handed to it in chunks; offsets are unchanged by both.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

import yasbd

from reporter.markup import ATX_HEADING, BLOCK_START, NO_CONTINUATION, plain_text
from reporter.model import Article, Unit

# Line breaks: CR, LF, and the separators str.splitlines knows (VT, FF, NEL, U+2028/9).
_LINE = re.compile(r"[^\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
# White space Python's str.isspace misses or that pages scatter around text.
_EDGE_SPACE = "\u200b\u200c\u200d\u2060\ufeff"
_TERMINAL = re.compile(r"[.!?…](?:[\s\"'»”’)\]]*)$")
_QUESTION = re.compile(r"\?[\s\"'»”’)\]]*$")
_OPENERS = {"»": "«", "”": "“", "’": "‘"}
# End punctuation, a closing quote, then a capital: a boundary yasbd can miss when the
# quote mark is spaced on both sides (`Twitter. " Pour`).
_QUOTE_END = re.compile(r"[.!?…]\s*([\"»”])(?=\s+[A-ZÀ-ÖØ-Þ])")
# No end mark followed by a space inside the line: no boundary to find (most lines of
# one-sentence-per-line text), so the detector need not run.
_MAYBE_BOUNDARY = re.compile(r"[.!?…;:][\"'»”’)\]]*\s+\S")

HEADING_MAX_WORDS = 25
"""A line without final punctuation longer than this is a run-on sentence, not a title."""

LONG_RUN = 100
"""Runs of non-space characters longer than this are masked before yasbd sees them."""
CHUNK = 20_000
"""Lines longer than this go to yasbd in pieces, cut after a sentence end if possible."""

_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")
_KEEP = 16
_SPACES = re.compile(r"\s+")
_CHUNK_CUT = re.compile(r"[.!?…][\"'»”’)\]]*\s+")


@lru_cache(maxsize=8)
def _detector(lang: str) -> yasbd.BoundaryDetector:
    return yasbd.BoundaryDetector(lang if lang in ("fr", "en") else "fr")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither starts nor ends with white space."""
    while start < end and (text[start].isspace() or text[start] in _EDGE_SPACE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_SPACE):
        end -= 1
    return start, end


def _closes_previous(prev: str, quote: str) -> bool:
    """Whether a quote mark that opens a sentence really closes the one before it."""
    if quote == '"':
        return prev.count('"') % 2 == 1
    opener = _OPENERS.get(quote)
    return opener is not None and prev.count(opener) > prev.count(quote)


def _mask_runs(line: str) -> str:
    """``line`` with the middle of each long space-free run made ``x x x``, same length.

    The run keeps its first and last characters, so a sentence end right after a
    long URL is still seen, and the middle has no punctuation, so no boundary.
    """
    def mask(m: re.Match[str]) -> str:
        run = m.group(0)
        middle = len(run) - 2 * _KEEP
        return run[:_KEEP] + ("x " * middle)[:middle] + run[-_KEEP:]
    return _RUN.sub(mask, line)


def _chunks(line: str) -> Iterator[tuple[int, int]]:
    """Pieces of about CHUNK characters, cut after a sentence end or else at a space.

    A space-free run is never cut (it is masked, so yasbd is linear on it anyway).
    """
    start = 0
    while len(line) - start > CHUNK:
        window = line[start + CHUNK // 2: start + CHUNK]
        ends = [m.end() for m in _CHUNK_CUT.finditer(window)]
        if not ends:
            ends = [m.end() for m in _SPACES.finditer(window)]
        if ends:
            cut = start + CHUNK // 2 + ends[-1]
        else:
            after = _SPACES.search(line, start + CHUNK)
            cut = after.end() if after else len(line)
        yield start, cut
        start = cut
    if start < len(line):
        yield start, len(line)


def _boundaries(line: str, lang: str) -> set[int]:
    """yasbd's sentence boundaries in one line, kept linear in the line's length."""
    tame = _mask_runs(line)
    cuts: set[int] = set()
    for a, b in _chunks(line):
        cuts.add(a)
        cuts.update(a + c for c in _detector(lang).detect(tame[a:b]) if 0 < c < b - a)
    return cuts


def _quote_cuts(line: str) -> set[int]:
    """Ends of spaced closing quotes (`Twitter. " Pour`), counting quotes in one pass."""
    cuts: set[int] = set()
    counted, counts = 0, dict.fromkeys("\"«»“”‘’", 0)
    for m in _QUOTE_END.finditer(line):
        for ch in line[counted:m.start(1)]:
            if ch in counts:
                counts[ch] += 1
        counted = m.start(1)
        quote = m.group(1)
        opener = _OPENERS.get(quote)
        if (counts['"'] % 2 == 1 if quote == '"'
                else opener is not None and counts[opener] > counts[quote]):
            cuts.add(m.end())
    return cuts


def split_sentences(text: str, start: int, end: int, *, lang: str) -> Iterator[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one line), stripped of white space."""
    line = text[start:end]
    if not _MAYBE_BOUNDARY.search(line):
        yield start, end
        return
    spans: list[list[int]] = []
    cuts = sorted({0, len(line)} | _boundaries(line, lang) | _quote_cuts(line))
    for a, b in itertools.pairwise(cuts):
        s, e = _strip(line, a, b)
        if s >= e:
            continue
        # yasbd puts a spaced closing quote (`Twitter. " Pour`) at the start of the
        # next sentence; give it back to the sentence it closes.
        if spans and line[s] in "\"»”’" and _closes_previous(line[spans[-1][0]:spans[-1][1]],
                                                              line[s]):
            spans[-1][1] = s + 1
            s, e = _strip(line, s + 1, e)
            if s >= e:
                continue
        spans.append([s, e])
    for s, e in spans:
        yield start + s, start + e


def is_heading(text: str) -> bool:
    """A whole-line unit that reads as a title: no final punctuation, or a short question."""
    words = len(text.split())
    if _QUESTION.search(text):
        return words <= 12
    return not _TERMINAL.search(text) and words <= HEADING_MAX_WORDS


def _widen(text: str, spans: list[tuple[int, int]], start: int,
           end: int) -> list[tuple[int, int]]:
    """Stretch spans found on plain text over the marks around them in ``text``.

    The first span starts at ``start`` and the last ends at ``end``; between two spans,
    marks before the first white space close the earlier span (``**``, ``)``) and the
    rest open the later one (``[``), so every visible character lies in one unit.
    """
    out = [[s, e] for s, e in spans]
    out[0][0], out[-1][1] = start, end
    for prev, nxt in itertools.pairwise(out):
        gap = prev[1]
        while gap < nxt[0] and not (text[gap].isspace() or text[gap] in _EDGE_SPACE):
            gap += 1
        prev[1] = gap
        nxt[0] = _strip(text, gap, nxt[1])[0]
    return [(s, e) for s, e in out]


DATE_STAMP = re.compile(
    r"(?:(?i:date|dated|published|updated|publi[ée]|mis [àa] jour)[ \t]*:?[ \t]*"
    r"(?:(?i:le|on)[ \t]+)?)?"
    r"\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
"""A page's ISO date stamp, with its label if any (``date 2023-04``, ``Published:
2023-04-25T10:00Z``): metadata, split from a sentence it precedes on the same line."""


def _split_stamp(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first span cut after a leading date stamp, when a sentence follows it."""
    if not spans:
        return spans
    s, e = spans[0]
    m = DATE_STAMP.match(text, s, e)
    if m is None:
        return spans
    rest = _strip(text, m.end(), e)
    if rest[0] >= rest[1] or not text[m.end()].isspace():
        return spans
    return [(s, m.end()), rest, *spans[1:]]


LINE_BREAK = re.compile(r"\r\n|[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
"""One line break, as ``_LINE`` reads them."""

def _continues(text: str, line: tuple[int, int], nxt: tuple[int, int], *, markdown: bool) -> bool:
    """Whether the next line (one line break after ``line``) continues its paragraph."""
    if LINE_BREAK.fullmatch(text, line[1], nxt[0]) is None:
        return False  # a blank line, or white space other than one break, ends a block
    head, tail = text[line[0]:line[1]], text[nxt[0]:nxt[1]]
    if markdown:
        return not (NO_CONTINUATION.match(head) or BLOCK_START.match(tail))
    body = tail.lstrip()
    return (not _TERMINAL.search(head.rstrip()) and not head.rstrip().endswith(":")
            and body[:1].islower() and not _LABEL_START.match(body) and not _titled(head)
            and _fits_wrap(head.strip(), body.rstrip()))


def _fits_wrap(head: str, tail: str) -> bool:
    """Whether ``tail`` could follow ``head`` in text wrapped at a fixed width: a wrapped
    line ends where the next word no longer fits, so the line after it is at most about
    as long as it plus that word. A short headline over a long lowercase line is not
    wrapped text (``Microsoft drops Twitter`` / ``the company said on Tuesday …``)."""
    first = len(tail.split(maxsplit=1)[0]) if tail else 0
    return len(tail) <= 1.2 * (len(head) + 1 + first) + 8


_MONTH_START = (r"(?:jan|feb|f[ée]v|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|ao[ûu]|sep|oct"
                r"|nov|d[ée]c)")
_LABEL_START = re.compile(
    r"[^\W\d_]+ ?:"
    r"|(?:updated|published|posted|modified|publi[ée]|mis [àa] jour|modifi[ée])\b"
    rf"|(?:on|le) (?:\d|{_MONTH_START})", re.IGNORECASE)
"""``published:``, ``updated 12/19/2005``, ``on April 30, 2008``: a metadata line under a
headline, whatever its case."""


def _titled(line: str) -> bool:
    """A headline in title case or capitals: most of its words start with a capital."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _blocks(text: str, *, markdown: bool) -> Iterator[tuple[int, int, bool]]:
    """(start, end, first line is the only one) of each run of lines read as one block."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    k = 0
    while k < len(lines):
        first = k
        while k + 1 < len(lines) and _continues(text, lines[k], lines[k + 1], markdown=markdown):
            k += 1
        yield lines[first][0], lines[k][1], first == k
        k += 1


def segment_article(article: Article, *, lang: str) -> tuple[Unit, ...]:
    """All units of an article, in order, with ``heading`` set on title-like lines."""
    units: list[Unit] = []
    text = article.text
    markdown = article.markup == "markdown"
    plain = plain_text(text) if markdown else text
    # The sentence splitter reads a wrapped block as one line: breaks become spaces in a
    # same-length copy, so offsets still index the original.
    flat = LINE_BREAK.sub(lambda m: " " * len(m.group()), plain)
    for raw_start, raw_end, single in _blocks(text, markdown=markdown):
        start, end = _strip(text, raw_start, raw_end)
        if start >= end:
            continue
        p_start, p_end = _strip(plain, start, end)
        if p_start >= p_end:  # nothing but markup (a rule, a fence): one unit, no claim
            spans, heading = [(start, end)], False
        else:
            spans = _split_stamp(plain, list(split_sentences(flat, p_start, p_end, lang=lang)))
            heading = single and len(spans) == 1 and (
                is_heading(plain[p_start:p_end])
                or (markdown and ATX_HEADING.match(text[raw_start:end]) is not None))
            if markdown:
                spans = _widen(text, spans, start, end)
        for s, e in spans:
            units.append(
                Unit(
                    source=article.id,
                    index=len(units),
                    start=s,
                    end=e,
                    text=text[s:e],
                    heading=heading,
                    lang=lang,
                )
            )
    return tuple(units)
