"""An experiment, not part of the pipeline: can a unit's furniture verdict be learned from
the labelled pages rather than written as rules? Tried in stop 34 and not adopted.

Every unit of every page under ``bench/pages`` is labelled furniture or article text
from its page's ``.labels`` (as ``bench/furniture.py`` scores them). A logistic regression
(L2, scipy's L-BFGS) reads hashed words, word pairs and the first and last words of the
unit, its shape (length, end mark, capitals, digits, separators, quotes, clock times,
links), its place on the page, and the shape and the rules' verdict of the units around
it. Trained on some sets, it is measured on others:

* ``tune`` to ``check26`` → ``check27`` to ``check30``: the rules were written from those
  four sets' misses, so only the model's own figures there are held out;
* every set but the clean hold-out → the hold-out: the rules, the model alone, and the
  model as a second opinion over the rules (a unit the rules set aside is kept when the
  model gives it ``LOW`` or less, a unit they keep is set aside over ``HIGH``);
* the same model on the 982 ECB+ articles (plain article text, nearly no furniture): how
  many units the rules keep the second opinion would set aside, and how many the rules
  set aside (datelines, mostly) it would keep; with ``--data DIR``, the folder holding
  ``ecbplus/derived/ecbplus_documents.jsonl`` (default: ``../shared/benchmarks``).

Units, not lines: a line shown as a claim in ``bench/furniture.py`` may hold several.

    python bench/furniture_model.py [--holdout check31] [--data DIR]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from furniture import PAGES, SETS, _line_spans, _overlaps, read_labels  # noqa: E402

from reporter.api import _languages  # noqa: E402
from reporter.furniture import classify_units  # noqa: E402
from reporter.model import Article, ReportOptions, Unit  # noqa: E402
from reporter.segment import segment_article  # noqa: E402
from reporter.sources import read_article  # noqa: E402

DIM = 1 << 18
"""Size of the hashed feature space."""
LOW, HIGH = 0.05, 0.95
"""The second opinion's thresholds (see the module's docstring)."""
LATE = ("check27", "check28", "check29", "check30")
"""Sets whose misses the rules were last written from."""
Row = tuple[str, bool, bool]
"""What the model reads of a unit: its text, whether it is title-like, whether the rules
set it aside."""

_WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_STOP = re.compile(r"[.!?…][\"'»”’)]*$")
_LENGTHS = (1, 2, 3, 5, 8, 12, 20, 35)
_SHAPES = (("digit", re.compile(r"\d")), ("sep", re.compile(r"[·|•▸►→]")),
           ("quote", re.compile(r"[«»\"“”]")), ("link", re.compile(r"https?://|www\.|@\w|\.com\b")),
           ("clock", re.compile(r"\d{1,2}[:h]\d{2}")))


@dataclass(frozen=True, slots=True)
class Item:
    """One unit, with what the model reads of it."""

    set: str
    features: tuple[int, ...]
    furniture: bool
    """Its label: all of its text lies in furniture lines or parts."""
    set_aside: bool
    """The rules' verdict."""


def _shape(text: str) -> list[str]:
    t = text.strip()
    words = t.split()
    out = [f"len{next((i for i, b in enumerate(_LENGTHS) if len(words) <= b), len(_LENGTHS))}",
           "stop" if _STOP.search(t) else "nostop",
           f"caps{min(4, 4 * sum(1 for w in words if w[:1].isupper()) // max(1, len(words)))}"]
    out += [name for name, found in (("upper0", t[:1].isupper()), ("allcaps", t.isupper()))
            if found]
    out += [name for name, pattern in _SHAPES if pattern.search(t)]
    return out


def features(rows: Sequence[Row], k: int) -> tuple[int, ...]:
    """Hashed features of unit ``k`` of a page's units (in page order)."""
    text, heading, _ = rows[k]
    toks = [w.lower() for w in _WORD.findall(text)]
    names = ["u:" + w for w in toks] + [f"b:{a}_{b}" for a, b in itertools.pairwise(toks)]
    if toks:
        names += ["first:" + toks[0], "last:" + toks[-1]]
    names += ["s:" + s for s in _shape(text)]
    names += ["heading"] if heading else []
    names.append(f"pos{10 * k // len(rows)}")
    for tag, j in (("p", k - 1), ("n", k + 1)):
        if 0 <= j < len(rows):
            names += [f"{tag}s:{s}" for s in _shape(rows[j][0])]
            names.append(f"{tag}:{'aside' if rows[j][2] else 'kept'}")
        else:
            names.append(f"{tag}:none")
    return tuple(sorted({zlib.crc32(n.encode()) % DIM for n in names}))


def _sorted_units(art: Article, lang: str) -> tuple[list[Unit], list[Row]]:
    """A page's units in order, and the rows the model reads (the rules' verdicts)."""
    claims, furniture = classify_units(art, segment_article(art, lang=lang),
                                       options=ReportOptions())
    aside = {u.start for u, _ in furniture}
    units = sorted([*claims, *(u for u, _ in furniture)], key=lambda u: u.start)
    return units, [(u.text, u.heading, u.start in aside) for u in units]


def page_items() -> list[Item]:
    """Every unit of every labelled page, with its label."""
    out: list[Item] = []
    for name in SETS:
        for path in sorted((PAGES / name).glob("*/*.txt")):
            art = read_article(path)
            labels = read_labels(path.with_suffix(".labels").read_text(encoding="utf-8"))
            lines = _line_spans(art.text)
            spans = [lines[n - 1] for n in sorted(labels.furniture)]
            for n, piece in labels.parts:
                at = art.text.find(piece, *lines[n - 1])
                spans.append((at, at + len(piece)))
            units, rows = _sorted_units(art, _languages([art], ReportOptions())[art.id])
            for k, u in enumerate(units):
                inside = all(
                    any(s <= max(u.start, a) and min(u.end, b) <= e for s, e in spans)
                    for a, b in lines
                    if _overlaps((u.start, u.end), (a, b))
                    and art.text[max(u.start, a):min(u.end, b)].strip())
                out.append(Item(name, features(rows, k), inside, rows[k][2]))
    return out


def ecb_items(data: Path) -> list[Item]:
    """Every unit of the 982 ECB+ articles, labelled text (their furniture is rare)."""
    out: list[Item] = []
    with (data / "ecbplus" / "derived" / "ecbplus_documents.jsonl").open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            art = Article(id=doc["doc"], path=doc["doc"], text=doc["text"])
            _, rows = _sorted_units(art, "en")
            out += [Item("ecb", features(rows, k), False, rows[k][2]) for k in range(len(rows))]
    return out


def _matrix(rows: list[Item]) -> csr_matrix:
    indices = [f for it in rows for f in it.features]
    indptr = np.cumsum([0, *(len(it.features) for it in rows)])
    return csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(rows), DIM))


def train(rows: list[Item], c: float = 1.0) -> np.ndarray:
    """Weights (bias first) of an L2 logistic regression on ``rows``."""
    x, y = _matrix(rows), np.array([it.furniture for it in rows], dtype=float)
    n = len(rows)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1 / (1 + np.exp(-(x @ w[1:] + w[0])))
        ll = -np.sum(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)) / n
        grad = np.concatenate([[np.sum(p - y) / n], x.T @ (p - y) / n + w[1:] / (c * n)])
        return float(ll + w[1:] @ w[1:] / (2 * c * n)), grad

    fitted = minimize(loss, np.zeros(DIM + 1), jac=True, method="L-BFGS-B",
                      options={"maxiter": 300})
    return np.asarray(fitted.x, dtype=float)


def predict(w: np.ndarray, rows: list[Item]) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-(_matrix(rows) @ w[1:] + w[0]))), dtype=float)


def _row(label: str, rows: list[Item], aside: np.ndarray) -> str:
    gold = np.array([it.furniture for it in rows])
    furniture, text = int(gold.sum()), int((~gold).sum())
    shown, lost = int((~aside & gold).sum()), int((aside & ~gold).sum())
    return (f"| {label} | {shown} of {furniture} ({shown / max(1, furniture):.1%}) "
            f"| {lost} of {text} ({lost / text:.1%}) |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--holdout", default=SETS[-1], choices=SETS,
                        help="the clean hold-out set (default: the last one)")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "benchmarks",
                        help="the folder holding ecbplus/ (default: ../shared/benchmarks)")
    args = parser.parse_args(argv)
    data = page_items()
    print("| trained on → measured on | furniture units kept | text units set aside |\n"
          "|---|---:|---:|")
    early = [it for it in data if it.set not in (*LATE, args.holdout)]
    late = [it for it in data if it.set in LATE]
    print(_row("tune–check26 → check27–check30: model alone", late,
               predict(train(early), late) > 0.5))
    rest = [it for it in data if it.set != args.holdout]
    held = [it for it in data if it.set == args.holdout]
    w = train(rest)
    p = predict(w, held)
    rules = np.array([it.set_aside for it in held])
    print(_row(f"all but {args.holdout} → {args.holdout}: rules", held, rules))
    print(_row(f"all but {args.holdout} → {args.holdout}: model alone", held, p > 0.5))
    print(_row(f"all but {args.holdout} → {args.holdout}: rules, model second opinion", held,
               (rules & (p > LOW)) | (~rules & (p > HIGH))))
    ecb = ecb_items(args.data)
    p = predict(w, ecb)
    rules = np.array([it.set_aside for it in ecb])
    print(f"\n982 ECB+ articles, {len(ecb)} units: the second opinion would set aside "
          f"{int((~rules & (p > HIGH)).sum())} of the {int((~rules).sum())} the rules keep "
          f"and keep {int((rules & (p <= LOW)).sum())} of the {int(rules.sum())} they set "
          "aside.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
