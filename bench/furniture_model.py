"""Train and measure ``reporter.furniture_model``, the second opinion on page furniture
learned from the labelled pages of ``bench/pages`` and from ECB+'s news text.

Every unit of every page under ``bench/pages`` is labelled furniture or article text
from its page's ``.labels`` (as ``bench/furniture.py`` scores them); every unit of the ECB+
articles of topics 1-35 is labelled by the rules' verdict (plain news text of real
outlets: what the rules set aside there is mostly stamps and links). The features are
``reporter.furniture_model.features``: hashed words and word pairs, the unit's shape and
place, and the shape and the rules' verdict of its neighbours. A logistic regression (L2,
scipy's L-BFGS) is trained on some of them and measured on others:

* ``tune`` to ``check26`` → ``check27`` to ``check30``: the rules were written from those
  four sets' misses, so only the model's own figures there are held out;
* every set but the clean hold-out (with or without ECB+ topics 1-35) → the hold-out: the
  rules, the model alone, and the model as the pipeline asks it, a second opinion (a unit
  the rules keep is set aside over ``HIGH``; with ``--both-ways``, a unit they set aside is
  also kept at ``LOW`` or under, as tried and not kept); and how many units of ECB+ topics
  36-45 (held out) it turns.

Without ECB+ the second opinion would set aside 481 of the 15,717 units the rules keep in
the 982 ECB+ articles: it learns the prose of the pages' writers as well as the furniture.
``--write`` writes the weights trained on every set but ``HELD_OUT`` and on ECB+ topics
1-35 (the shipped model).
Units, not lines: a line shown as a claim in ``bench/furniture.py`` may hold several.

    python bench/furniture_model.py [--holdout check34] [--data DIR] [--both-ways] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
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
from reporter.furniture_model import DIM, HIGH, MODEL_FILE, Row, features  # noqa: E402
from reporter.model import Article, ReportOptions, Unit  # noqa: E402
from reporter.segment import segment_article  # noqa: E402
from reporter.sources import read_article  # noqa: E402

LATE = ("check27", "check28", "check29", "check30")
"""Sets whose misses the rules were last written from."""
HELD_OUT = ("check33", "check34")
"""Sets the shipped model is never trained on: the clean hold-outs of the rules and of it."""
LOW = 0.05
"""``--both-ways``: at or under this, a unit the rules set aside would be kept."""
TUNE_TOPICS = range(1, 36)
"""ECB+ topics whose units train the model (36-45 are held out, as for every rule)."""


@dataclass(frozen=True, slots=True)
class Item:
    """One unit, with what the model reads of it."""

    set: str
    features: tuple[int, ...]
    furniture: bool
    """Its label: all of its text lies in furniture lines or parts."""
    set_aside: bool
    """The rules' verdict."""


def _sorted_units(art: Article, lang: str) -> tuple[list[Unit], list[Row]]:
    """A page's units in order, and the rows the model reads (the rules' verdicts)."""
    claims, furniture = classify_units(art, segment_article(art, lang=lang),
                                       options=ReportOptions(learned_furniture=False))
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


def ecb_items(data: Path, topics: range) -> list[Item]:
    """Every unit of the ECB+ articles of ``topics``, labelled by the rules' verdict (they
    are plain news text; what the rules set aside there is mostly stamps and links)."""
    out: list[Item] = []
    with (data / "ecbplus" / "derived" / "ecbplus_documents.jsonl").open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["topic"] not in topics:
                continue
            art = Article(id=doc["doc"], path=doc["doc"], text=doc["text"])
            _, rows = _sorted_units(art, "en")
            out += [Item(f"ecb{doc['topic']}", features(rows, k), rows[k][2], rows[k][2])
                    for k in range(len(rows))]
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
    parser.add_argument("--both-ways", action="store_true",
                        help=f"also keep the units the rules set aside at {LOW} or under")
    parser.add_argument("--write", action="store_true",
                        help=f"write the model trained on every set but {', '.join(HELD_OUT)} "
                             f"and on ECB+ topics 1-35 to reporter/data/{MODEL_FILE}")
    args = parser.parse_args(argv)
    pages = page_items()
    tune = ecb_items(args.data, TUNE_TOPICS)
    check = ecb_items(args.data, range(36, 46))
    print("| trained on → measured on | furniture units kept | text units set aside |\n"
          "|---|---:|---:|")
    early = [it for it in pages if it.set not in (*LATE, args.holdout)]
    late = [it for it in pages if it.set in LATE]
    print(_row("tune–check26 → check27–check30: model alone", late,
               predict(train(early), late) > 0.5))
    for label, ecb in (("", []), (" and ECB+ 1-35", tune)):
        rest = [it for it in pages if it.set != args.holdout] + ecb
        held = [it for it in pages if it.set == args.holdout]
        w = train(rest)
        p = predict(w, held)
        rules = np.array([it.set_aside for it in held])
        name = f"all but {args.holdout}{label} → {args.holdout}"
        print(_row(f"{name}: rules", held, rules))
        print(_row(f"{name}: model alone", held, p > 0.5))
        low = LOW if args.both_ways else -1.0
        print(_row(f"{name}: rules, model second opinion", held,
                   (rules & (p > low)) | (~rules & (p > HIGH))))
        p = predict(w, check)
        rules = np.array([it.set_aside for it in check])
        print(f"| {name}: ECB+ 36-45, units the rules keep / set aside that the second opinion "
              f"turns | {int((~rules & (p > HIGH)).sum())} of {int((~rules).sum())} "
              f"| {int((rules & (p <= low)).sum())} of {int(rules.sum())} |")
    if args.write:
        rest = [it for it in pages if it.set not in HELD_OUT] + tune
        w = train(rest)
        keep = np.flatnonzero(np.abs(w[1:]) >= 1e-4)
        np.savez_compressed(REPO / "reporter" / "data" / MODEL_FILE, bias=np.float64(w[0]),
                            index=keep.astype(np.int32), weight=w[1:][keep].astype(np.float32))
        print(f"\nwrote reporter/data/{MODEL_FILE}: {len(keep)} weights, trained on "
              f"{len(rest)} units")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
