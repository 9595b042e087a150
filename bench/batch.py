"""``reporter batch`` on ECB+ as 86 stories (one per sub-topic): wall time and peak memory.

Writes each ECB+ sub-topic's articles as ``.txt`` files into one folder per story under a
temporary directory, runs ``python -m reporter batch`` on it in a fresh process (imports
included, as a user pays them), checks that every story got its three reports and the
index, and prints one table row per run.

    python bench/batch.py [--data DIR] [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ECB = Path("ecbplus") / "derived" / "ecbplus_documents.jsonl"


def write_stories(data: Path, folder: Path) -> int:
    """One folder per ECB+ sub-topic, one ``.txt`` per article; returns the story count."""
    stories: set[str] = set()
    for line in (data / ECB).open(encoding="utf-8"):
        doc = json.loads(line)
        story = folder / f"topic{doc['topic']:02d}-{doc['subtopic']}"
        story.mkdir(exist_ok=True)
        (story / (doc["doc"].removesuffix(".xml") + ".txt")).write_text(doc["text"], "utf-8")
        stories.add(story.name)
    return len(stories)


def run_once(stories: Path, out: Path) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB of the largest process) of one batch run."""
    cmd = [sys.executable, "-m", "reporter", "batch", str(stories), "-o", str(out)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"reporter batch exited with status {status >> 8}")
    return wall, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    if not (args.data / ECB).exists():
        print(f"ECB+ data not found at {args.data / ECB}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        stories = Path(tmp) / "stories"
        stories.mkdir()
        count = write_stories(args.data, stories)
        walls, peak = [], 0.0
        for k in range(args.runs):
            out = Path(tmp) / f"out{k}"
            wall, rss = run_once(stories, out)
            reports = sorted(p for p in out.glob("*.json") if p.name != "index.json")
            if len(reports) != count or not (out / "index.md").exists():
                raise SystemExit(f"expected {count} story reports and an index in {out}")
            walls.append(wall)
            peak = max(peak, rss)
        print("| stories | runs | wall (s), median (range) | peak RSS (MB) |")
        print("|---:|---:|---:|---:|")
        spread = f" ({min(walls):.1f}–{max(walls):.1f})" if len(walls) > 1 else ""
        print(f"| {count} | {len(walls)} | {statistics.median(walls):.1f}{spread} | {peak:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
