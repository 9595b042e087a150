"""A second opinion on page furniture, learned from the labelled pages of ``bench/pages``.

The rules of ``reporter.furniture`` are written from categories of language, one set of
invented sites at a time, and each round of them hardly moves the next set of sites (see
``docs/quality.md``). This logistic regression reads what those rules leave unread: the
words of a unit, its shape (length, end mark, capitals, digits, separators, quotes,
clock times, links), its place on the page, and the shape and the rules' verdict of the
units around it. ``reporter.furniture`` asks it one way only: a unit the rules keep is set
aside when the model is nearly sure it is furniture (``HIGH``). The other way (keeping a
unit the rules set aside when the model reads it as text) was tried and not kept: it
kept a related link the rules had read (``En rapport: …``) and dates set aside as stamps.

The weights (``data/furniture-model.npz``) are trained by ``bench/furniture_model.py
--write`` on every labelled set of ``bench/pages`` but the clean hold-out, and on the
units of ECB+ topics 1-35 (Cybulska and Vossen 2014, CC BY 3.0) with the rules' verdicts
as their labels: news text of real outlets, without which the model learns the prose of
the pages' writers as much as the furniture of their sites. Features are hashed, so no
vocabulary or text ships. Inference is a sum of looked-up weights: deterministic, no
training code at run time.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import numpy as np

DIM = 1 << 18
"""Size of the hashed feature space."""
HIGH = 0.98
"""Over this probability, a unit the rules keep is furniture."""
MODEL_FILE = "furniture-model.npz"

Row = tuple[str, bool, bool]
"""What the model reads of a unit: its text, whether it is title-like (a heading), and
whether the rules set it aside."""

_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_STOP = re.compile(r"[.!?…][\"'»”’)]*$")
_DIGIT = re.compile(r"\d")
_SEPARATOR = re.compile(r"[·|•▸►→]")
_QUOTE = re.compile(r"[«»\"“”]")
_LINK = re.compile(r"https?://|www\.|@\w|\.com\b")
_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}")
_LENGTHS = (1, 2, 3, 5, 8, 12, 20, 35)
"""Upper bounds of the word-count buckets."""


def _shape(text: str) -> list[str]:
    """A unit's shape as feature names (its words aside)."""
    t = text.strip()
    words = t.split()
    out = [f"len{next((i for i, b in enumerate(_LENGTHS) if len(words) <= b), len(_LENGTHS))}",
           "stop" if _STOP.search(t) else "nostop"]
    caps = sum(1 for w in words if w[:1].isupper())
    out.append(f"caps{min(4, 4 * caps // max(1, len(words)))}")
    for name, found in (("upper0", t[:1].isupper()), ("allcaps", t.isupper()),
                        ("digit", _DIGIT.search(t) is not None),
                        ("sep", _SEPARATOR.search(t) is not None),
                        ("quote", _QUOTE.search(t) is not None),
                        ("link", _LINK.search(t) is not None),
                        ("clock", _CLOCK.search(t) is not None)):
        if found:
            out.append(name)
    return out


def features(rows: Sequence[Row], k: int) -> tuple[int, ...]:
    """Hashed features of unit ``k`` of a page's units (in page order)."""
    text, heading, _ = rows[k]
    toks = [w.lower() for w in _WORD.findall(text)]
    names = ["u:" + w for w in toks] + [f"b:{a}_{b}" for a, b in itertools.pairwise(toks)]
    if toks:
        names += ["first:" + toks[0], "last:" + toks[-1]]
    names += ["s:" + s for s in _shape(text)]
    if heading:
        names.append("heading")
    names.append(f"pos{10 * k // len(rows)}")
    for tag, j in (("p", k - 1), ("n", k + 1)):
        if 0 <= j < len(rows):
            names += [f"{tag}s:{s}" for s in _shape(rows[j][0])]
            names.append(f"{tag}:{'aside' if rows[j][2] else 'kept'}")
        else:
            names.append(f"{tag}:none")
    return tuple(sorted({zlib.crc32(n.encode()) % DIM for n in names}))


@lru_cache(maxsize=1)
def _weights() -> tuple[float, np.ndarray]:
    """The bias and the dense weight vector, read once from the package's data."""
    with resources.files("reporter").joinpath("data", MODEL_FILE).open("rb") as f:
        data = np.load(f)
        dense = np.zeros(DIM, dtype=np.float64)
        dense[data["index"]] = data["weight"]
        return float(data["bias"]), dense


def probabilities(rows: Sequence[Row], which: Sequence[int] | None = None) -> list[float]:
    """The probability of being furniture of each unit of ``which`` (default: all)."""
    bias, dense = _weights()
    out = []
    for k in range(len(rows)) if which is None else which:
        z = bias + float(dense[list(features(rows, k))].sum())
        out.append(1.0 / (1.0 + float(np.exp(-z))))
    return out
