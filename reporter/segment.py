"""Stage 2: cut an article into units (lines, then sentences) with exact offsets.

Lines come first because headlines, captions and bullets carry no final period and a
sentence splitter glues them to the next sentence. Inside a line, yasbd-lib finds
sentence boundaries (see the README for why it was chosen). Units never include
surrounding white space, and always satisfy ``text[start:end] == unit.text``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

import yasbd

from reporter.model import Article, Unit

_LINE = re.compile(r"[^\r\n]+")
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


def split_sentences(text: str, start: int, end: int, *, lang: str) -> Iterator[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one line), stripped of white space."""
    line = text[start:end]
    if not _MAYBE_BOUNDARY.search(line):
        yield start, end
        return
    cuts = [0, *(b for b in _detector(lang).detect(line) if 0 < b < len(line)), len(line)]
    spans: list[list[int]] = []
    extra = {m.end() for m in _QUOTE_END.finditer(line)
             if _closes_previous(line[: m.start(1)], m.group(1))}
    cuts = sorted(set(cuts) | extra)
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


def segment_article(article: Article, *, lang: str) -> tuple[Unit, ...]:
    """All units of an article, in order, with ``heading`` set on title-like lines."""
    units: list[Unit] = []
    text = article.text
    for match in _LINE.finditer(text):
        start, end = _strip(text, match.start(), match.end())
        if start >= end:
            continue
        spans = list(split_sentences(text, start, end, lang=lang))
        for s, e in spans:
            piece = text[s:e]
            units.append(
                Unit(
                    source=article.id,
                    index=len(units),
                    start=s,
                    end=e,
                    text=piece,
                    heading=len(spans) == 1 and is_heading(piece),
                    lang=lang,
                )
            )
    return tuple(units)
