"""Sweep grouping settings on ECB+ tuning topics (1-35) and the fixture annotation.

Segmentation and the bulk rapidfuzz pass are computed once per input and reused, so a
sweep of many settings takes minutes. Test topics (36-45) are never looked at here:
report them with ``bench/quality.py`` once settings are chosen.

    python bench/tune_grouping.py [--data DIR] [--thresholds 40,45,50] [--weights 0.5]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import reporter.api as api  # noqa: E402
import reporter.group as group  # noqa: E402
from reporter.model import ReportOptions  # noqa: E402

spec = importlib.util.spec_from_file_location("quality", ROOT / "bench" / "quality.py")
assert spec and spec.loader
quality = importlib.util.module_from_spec(spec)
sys.modules["quality"] = quality
spec.loader.exec_module(quality)

_units_cache: dict[tuple[str, ...], Any] = {}
_parts_cache: dict[tuple[tuple[str, int], ...], dict[tuple[int, int], tuple[float, float]]] = {}
_real_sort_units = api.sort_units


def cached_sort_units(articles: Sequence[Any], *, options: ReportOptions) -> Any:
    key = tuple(a.id for a in articles)
    if key not in _units_cache:
        _units_cache[key] = _real_sort_units(articles, options=options)
    all_units, claims, excluded = _units_cache[key]
    return list(all_units), list(claims), list(excluded)


def score_parts(units: Sequence[Any], profiles: Sequence[Any],
                weights: dict[str, float]) -> dict[tuple[int, int], tuple[float, float]]:
    """(token_set_ratio, weighted overlap) of every candidate pair, cached per input."""
    key = tuple((u.source, u.start) for u in units)
    if key not in _parts_cache:
        saved = group.combine
        group.combine = complex  # type: ignore[assignment]  # carries both parts
        try:
            packed = group.score_pairs(units, profiles, weights)
        finally:
            group.combine = saved  # type: ignore[assignment]
        _parts_cache[key] = {k: (v.real, v.imag) for k, v in packed.items()}  # type: ignore[attr-defined]
    return _parts_cache[key]


_real_cluster = group.cluster


def configure(weight: float, cutoff: float, missing: float) -> None:
    """Make the pipeline score with ``weight`` on token_set_ratio, from cached parts."""
    group.FUZZY_WEIGHT = weight
    api.cluster = lambda *a, **k: _real_cluster(*a, **k, missing=missing)  # type: ignore

    def scores(units: Sequence[Any], profiles: Sequence[Any],
               weights: dict[str, float], **_: Any) -> dict[tuple[int, int], float]:
        out = {}
        for k, (fuzzy, overlap) in score_parts(units, profiles, weights).items():
            if fuzzy >= cutoff:
                out[k] = group.combine(fuzzy, overlap)
        return out

    api.score_pairs = scores  # type: ignore[assignment]
    api.find_conflicts = lambda members: ()  # type: ignore[assignment]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--thresholds", default="35,40,45,50,55,62")
    parser.add_argument("--weights", default="0.5")
    parser.add_argument("--cutoff", type=float, default=group.CANDIDATE_CUTOFF)
    parser.add_argument("--missing", default="0")
    parser.add_argument("--balance", type=float, default=group.OVERLAP_BALANCE,
                        help="overlap denominator mix (0.5 = Dice), see group.OVERLAP_BALANCE")
    args = parser.parse_args(argv)
    group.OVERLAP_BALANCE = args.balance
    folder = args.data / "ecbplus" / "derived"
    docs, pairs = quality.load_ecb(folder)
    chosen = [p for p in pairs if p["topic"] in quality.TUNING_TOPICS]
    gold = [(p["a"], p["b"], p["same"]) for p in chosen]
    lookalike = [p for p in chosen if not p["same_subtopic"] and not p["same"]]
    rows = []
    grid = [(float(w), float(m), float(t)) for w in args.weights.split(",")
            for m in args.missing.split(",") for t in args.thresholds.split(",")]
    for weight, missing, threshold in grid:
        configure(weight, args.cutoff, missing)
        options = ReportOptions(threshold=threshold)
        labels: dict[Any, Any] = {}
        for topic in sorted(t for t in docs if t in quality.TUNING_TOPICS):
            labels.update({k: None if v is None else (topic, v)
                           for k, v in quality.ecb_ours(api, docs[topic], options).items()})
        prf = quality.pairwise_prf(labels, gold)
        merged = sum(quality.same_cluster(labels, p["a"], p["b"]) for p in lookalike)
        fx, _ = quality.run_fixtures(threshold)
        rows.append([weight, missing, threshold, prf.precision, prf.recall, prf.f1,
                     f"{merged / len(lookalike):.3f}", fx.prf.precision, fx.prf.recall,
                     fx.prf.f1])
        print(quality.md_table(["w", "M", "T", "ECB P", "ECB R", "ECB F1", "look-alike",
                                "fix P", "fix R", "fix F1"], rows[-1:]), flush=True)
    print()
    print(quality.md_table(["w", "M", "T", "ECB P", "ECB R", "ECB F1", "look-alike", "fix P",
                            "fix R", "fix F1"], rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
