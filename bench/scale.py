"""Scale benchmark on ECB+: blocked vs exhaustive scoring, wall time and peak memory.

For subsets of about 120, 250, 500 and all 982 ECB+ articles (as one input each), runs
the whole report (build + Markdown, HTML and JSON rendering) in a fresh process through
the blocked path and, where it is expected to finish within the time limit, through the
exhaustive path, and prints one table: wall time, peak RSS, pairs scored, and the share
of the exhaustive path's above-threshold pairs that blocking keeps.

    python bench/scale.py [--data DIR] [--sizes 120,250,500,982] [--limit 600] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ECB = Path("ecbplus") / "derived" / "ecbplus_documents.jsonl"


def load_docs(data: Path, size: int) -> list[dict[str, Any]]:
    """The first ``size`` articles in a fixed order that mixes topics (every k-th one)."""
    docs = [json.loads(line) for line in (data / ECB).open(encoding="utf-8")]
    docs.sort(key=lambda d: d["doc"])
    if size >= len(docs):
        return docs
    step = len(docs) / size
    return [docs[int(k * step)] for k in range(size)]


def child(data: Path, size: int, exhaustive: bool, out: Path) -> None:
    """Build and render one report in this process; write measurements to ``out``."""
    sys.path.insert(0, str(ROOT))
    import reporter.api as api
    from reporter import group
    from reporter.model import Article, ReportOptions
    from reporter.render import RENDERERS

    counted: dict[str, Any] = {}
    real = group.score_pairs

    def spy(units: Any, profiles: Any, weights: Any, **kw: Any) -> Any:
        if len({u.source for u in units}) < 2:  # a source's own repeats: always exhaustive
            return real(units, profiles, weights, **kw)
        scores = real(units, profiles, weights, **{**kw, "exhaustive": exhaustive})
        counted["units"], counted["scores"] = units, scores  # read after the clock stops
        return scores

    api.score_pairs = spy  # type: ignore[assignment]
    arts = [Article(id=d["doc"].removesuffix(".xml"), path=d["doc"], text=d["text"])
            for d in load_docs(data, size)]
    started = time.perf_counter()
    report = api.build_report(arts)
    for render in RENDERERS.values():
        render(report)
    wall = time.perf_counter() - started
    units = len(report.units)
    scored, scores = counted.get("units", []), counted.get("scores", {})
    above = sorted([scored[i].source, scored[i].start, scored[j].source, scored[j].start]
                   for (i, j), s in scores.items() if s >= ReportOptions().threshold)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # Worker processes (sorting sources, converting the HTML) have their own peak.
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out.write_text(json.dumps({"wall": wall, "rss": rss, "workers": workers, "units": units,
                               "pairs": len(scores), "above": above}))


def run(data: Path, size: int, exhaustive: bool, limit: float) -> dict[str, Any] | None:
    out = Path(f"/tmp/reporter-scale-{size}-{int(exhaustive)}.json")
    out.unlink(missing_ok=True)
    cmd = [sys.executable, __file__, "--child", str(size), "--data", str(data)]
    if exhaustive:
        cmd.append("--exhaustive")
    try:
        subprocess.run(cmd, check=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return None
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--sizes", default="120,250,500,982")
    parser.add_argument("--repeat", type=int, default=1,
                        help="blocked runs per size; the table gives the median and range")
    parser.add_argument("--limit", type=float, default=600.0,
                        help="seconds an exhaustive run may take before it is skipped")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--exhaustive", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not (args.data / ECB).exists():
        print(f"ECB+ data not found at {args.data / ECB}", file=sys.stderr)
        return 2
    if args.child:
        child(args.data, args.child, args.exhaustive,
              Path(f"/tmp/reporter-scale-{args.child}-{int(args.exhaustive)}.json"))
        return 0
    print("| articles | units | path | wall (s) | peak RSS (MB): main / largest worker "
          "| pairs scored | exhaustive above-threshold pairs kept |")
    print("|---:|---:|---|---:|---:|---:|---:|")
    previous_wall = None
    for size in (int(s) for s in args.sizes.split(",")):
        runs = [run(args.data, size, False, 3600) for _ in range(max(1, args.repeat))]
        assert all(r is not None for r in runs)
        walls = sorted(r["wall"] for r in runs if r is not None)
        blocked = runs[0]
        assert blocked is not None
        blocked["wall"] = statistics.median(walls)
        spread = f" ({walls[0]:.1f}–{walls[-1]:.1f})" if len(walls) > 1 else ""
        # Exhaustive cdist grows with the square of the units: skip where it cannot finish.
        est = 69.0 * (blocked["units"] / 5000) ** 2
        full = run(args.data, size, True, args.limit) if est < args.limit else None
        kept = "—"
        if full is not None:
            want = {tuple(p) for p in full["above"]}
            got = {tuple(p) for p in blocked["above"]}
            kept = f"{len(want & got) / len(want):.4f} ({len(want & got)}/{len(want)})" \
                if want else "no pairs"
        for name, res in (("blocked", blocked), ("exhaustive", full)):
            if res is None:
                print(f"| {size} | {blocked['units']} | {name} | skipped (estimated "
                      f"{est:.0f} s) | | | |")
                continue
            wall = f"{res['wall']:.1f}" + (spread if name == "blocked" else "")
            print(f"| {size} | {res['units']} | {name} | {wall} | {res['rss']:.0f} / "
                  f"{res['workers']:.0f} | {res['pairs']} | {kept if name == 'blocked' else ''} |",
                  flush=True)
        if previous_wall:
            ratio = blocked["wall"] / previous_wall
            print(f"|  |  | blocked time ratio vs previous size | {ratio:.2f} | | | |")
        previous_wall = blocked["wall"]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
