"""``reporter batch`` on ECB+'s 86 stories: the local pool against a 2-worker Dask cluster.

Builds the 86 stories (one per ECB+ sub-topic, as ``bench/batch.py`` does) as a folder of
story folders and as one JSON Lines feed of all 982 articles, then runs
``python -m reporter batch`` in a fresh process on each, through the local process pool
and through ``--scheduler local`` (a ``distributed.LocalCluster`` of ``--workers``
single-threaded worker processes). Prints wall time and the peak RSS of the driver and of
the largest worker process, and checks that every story got its reports and that the Dask
reports are byte-identical to the local ones.
With ``--stages``, also times each story's stages (read, compare, render) in one process:
where the time goes.

    python bench/dask_batch.py [--data DIR] [--workers 2] [--runs 3] [--stages]
                               [--copies 3 --folder-only]
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import resource
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
ECB = Path("ecbplus") / "derived" / "ecbplus_documents.jsonl"


def story_of(doc: dict[str, object]) -> str:
    return f"topic{doc['topic']:02d}-{doc['subtopic']}"


def write_inputs(data: Path, folder: Path, feed: Path, *,
                 copies: int = 1) -> tuple[int, int]:
    """The stories as folders of ``.txt`` files and as a feed grouped by story, each
    story ``copies`` times (as ``…-c2``, ``…-c3``: a larger batch of the same stories);
    returns (stories, articles)."""
    docs = [json.loads(line) for line in (data / ECB).open(encoding="utf-8")]
    docs = [{**d, "subtopic": d["subtopic"] + (f"-c{k + 1}" if k else "")}
            for k in range(copies) for d in docs]
    docs.sort(key=story_of)  # a feed must be grouped by story
    with feed.open("w", encoding="utf-8") as out:
        for doc in docs:
            story = folder / story_of(doc)
            story.mkdir(exist_ok=True)
            stem = doc["doc"].removesuffix(".xml")
            (story / f"{stem}.txt").write_text(doc["text"], "utf-8")
            out.write(json.dumps({"story": story_of(doc), "id": stem, "text": doc["text"]},
                                 ensure_ascii=False) + "\n")
    return len({story_of(d) for d in docs}), len(docs)


def _subreaper() -> None:
    """Make this process adopt its orphaned descendants (Linux ``PR_SET_CHILD_SUBREAPER``),
    so their CPU time is counted: the local Dask cluster's workers are forked by a
    forkserver that the driver never waits for."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(36, 1, 0, 0, 0) != 0:  # PR_SET_CHILD_SUBREAPER
        raise SystemExit("cannot become a child subreaper: CPU times would be short")


def _reap_all() -> None:
    """Wait for every remaining descendant (adopted orphans included)."""
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return


def run(source: Path, out: Path, *extra: str) -> tuple[float, float, float, float]:
    """(wall seconds, CPU seconds of the whole process tree, peak RSS in MB of the driver,
    of the largest worker) of one batch run. Memory is sampled every 0.1 s with psutil
    (pool workers, Dask's forkserver and workers all descend from the driver, the
    ``reporter batch`` process); CPU time is the whole tree's, orphans included (this
    process is their subreaper and waits for all of them), from ``getrusage``, which
    counts less than wall time on what else runs on the machine. Wall time ends when
    the driver exits."""
    import psutil

    cmd = [sys.executable, "-m", "reporter", "batch", str(source), "-o", str(out), *extra]
    _reap_all()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.DEVNULL, env=USER_ENV)
    driver = worker = 0
    while True:
        pid, status, _ = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        try:
            tree = psutil.Process(proc.pid)
            driver = max(driver, tree.memory_info().rss)
            for child in tree.children(recursive=True):
                worker = max(worker, child.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.1)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    _reap_all()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited with status {proc.returncode}")
    return wall, cpu, driver / 2**20, worker / 2**20


def stages(folder: Path) -> dict[str, float]:
    """Seconds spent per stage over all stories, one process, one story at a time."""
    sys.path.insert(0, str(ROOT))
    from reporter.api import build_report
    from reporter.model import ReportOptions
    from reporter.render import render_html, render_json, render_markdown
    from reporter.sources import read_sources

    spent = dict.fromkeys(("read", "compare", "render"), 0.0)
    for story in sorted(p for p in folder.iterdir() if p.is_dir()):
        t0 = time.perf_counter()
        read = read_sources([story])
        t1 = time.perf_counter()
        report = build_report(read.articles, options=ReportOptions(), workers=1)
        t2 = time.perf_counter()
        render_markdown(report), render_html(report, workers=1), render_json(report)
        t3 = time.perf_counter()
        spent["read"] += t1 - t0
        spent["compare"] += t2 - t1
        spent["render"] += t3 - t2
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--copies", type=int, default=1,
                        help="run each story this many times (a larger batch)")
    parser.add_argument("--folder-only", action="store_true", help="skip the feed runs")
    args = parser.parse_args(argv)
    if not (args.data / ECB).exists():
        print(f"ECB+ data not found at {args.data / ECB}", file=sys.stderr)
        return 2
    _subreaper()
    with tempfile.TemporaryDirectory() as tmp:
        folder, feed = Path(tmp) / "stories", Path(tmp) / "ecbplus.jsonl"
        folder.mkdir()
        count, articles = write_inputs(args.data, folder, feed, copies=args.copies)
        workers = ["--workers", str(args.workers)]
        dask = [*workers, "--scheduler", "local"]
        runs: dict[str, list[tuple[float, float, float, float]]] = {}
        outs: dict[str, Path] = {}
        plan = (("folder, local pool", folder, workers),
                ("folder, Dask LocalCluster", folder, dask),
                ("JSONL feed, local pool", feed, workers),
                ("JSONL feed, Dask LocalCluster", feed, dask))
        if args.folder_only:
            plan = plan[:2]
        for k in range(args.runs):  # alternate, as this machine's speed drifts
            for label, source, extra in plan if k % 2 == 0 else plan[::-1]:
                out = Path(tmp) / f"{label.replace(' ', '').replace(',', '-')}{k}"
                runs.setdefault(label, []).append(run(source, out, *extra))
                if len(list(out.glob("*.json"))) != count + 1:  # + index.json
                    raise SystemExit(f"{label}: expected {count} story reports and an index")
                outs[label] = out
        labels = [label for label, _, _ in plan]
        for a, b in zip(labels[::2], labels[1::2], strict=True):
            names = sorted(p.name for p in outs[a].iterdir())
            _, mismatch, errors = filecmp.cmpfiles(outs[a], outs[b], names, shallow=False)
            if mismatch or errors:
                raise SystemExit(f"{b}: reports differ from {a}: {mismatch + errors}")
        print(f"{count} stories, {articles} articles, {args.workers} workers, "
              f"{os.cpu_count()} cores, {args.runs} run(s) each; Dask reports "
              "byte-identical to the local pool's\n")
        print("| run | wall (s), median (range) | vs local | vs local, paired | "
              "CPU (s), median | vs local | stories per CPU-second | "
              "peak RSS driver / largest worker (MB) |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for k, label in enumerate(labels):
            walls = [r[0] for r in runs[label]]
            wall, cpu = statistics.median(walls), statistics.median(r[1] for r in runs[label])
            local = runs[labels[k - k % 2]]
            base = statistics.median(r[0] for r in local)
            base_cpu = statistics.median(r[1] for r in local)
            spread = f" ({min(walls):.1f}–{max(walls):.1f})" if len(walls) > 1 else ""
            # each round runs local and Dask back to back: the median of the rounds'
            # ratios follows a machine whose load drifts better than a ratio of medians
            paired = statistics.median(r[0] / b[0] for r, b in zip(runs[label], local,
                                                                   strict=True))
            print(f"| {label} | {wall:.1f}{spread} | {wall / base - 1:+.0%} | "
                  f"{paired - 1:+.0%} | {cpu:.1f} | "
                  f"{cpu / base_cpu - 1:+.0%} | {count / cpu:.2f} | "
                  f"{max(r[2] for r in runs[label]):.0f} / "
                  f"{max(r[3] for r in runs[label]):.0f} |")
        if args.stages:
            spent = stages(folder)
            total = sum(spent.values())
            print(f"\none process, {count} stories: {total:.1f} s; " + ", ".join(
                f"{k} {v:.1f} s ({v / total:.0%})" for k, v in spent.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
