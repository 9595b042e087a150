"""Wall time and peak memory of the CLI on a story (default: the fixtures).

Runs ``python -m reporter compare STORY`` writing all three formats, N times in fresh
processes (imports included, as a user pays them), and prints the median wall time, the
largest peak RSS and the median CPU time.

    python bench/speed.py [STORY_DIR] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""The environment of the runs, with Python's bytecode cache on as a user's install has it
(a container that turns it off would have every run compile reporter's modules again:
0.15 s a process)."""


def run_once(story: Path, out: Path) -> tuple[float, float, float]:
    """(wall seconds, peak RSS in MB, CPU seconds) of one CLI run in a new process (the
    CPU of the workers it forked and waited for included: steadier than the wall time
    on a machine whose speed drifts, though it misses what runs at once)."""
    cmd = [sys.executable, "-m", "reporter", "compare", str(story), "-o", str(out / "r.md"),
           "--html", str(out / "r.html"), "--json", str(out / "r.json")]
    pid_start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=USER_ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - pid_start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"reporter exited with {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("story", nargs="?", type=Path, default=ROOT / "fixtures" / "musk-microsoft")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        results = [run_once(args.story, Path(tmp)) for _ in range(args.runs)]
    walls = [w for w, _, _ in results]
    print("| story | runs | median wall (s) | min | max | peak RSS (MB) | median CPU (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print(f"| {args.story.name} | {args.runs} | {statistics.median(walls):.3f} | {min(walls):.3f} "
          f"| {max(walls):.3f} | {max(r for _, r, _ in results):.0f} "
          f"| {statistics.median(c for _, _, c in results):.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
