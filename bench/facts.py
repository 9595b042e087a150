"""Fact-by-fact quality on ecbplus-facts: one place per fact and per figure, disagreements found.

Runs ``../shared/tools/facts_eval.py`` (the benchmark's own scorer) with this checkout's CLI
over the six annotated ECB+ topics pooled, and over the two French+English variants pooled,
and prints one Markdown table beside the targets of issue 16.

    python bench/facts.py [--data DIR] [--json] [--semantic]

``--semantic`` adds columns for the same topics with ``reporter compare --semantic`` (the
``semantic`` extra must be installed).

``DIR`` is the shared folder holding ``benchmarks/`` and ``tools/`` (default: ``../shared``
beside the repository). ``tests/test_facts_bench.py`` holds floors on these numbers.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
TOPICS = ("t8", "t10", "t12", "t20", "t24", "t30")
"""The six topics, English, both look-alike events of each as one story."""
BILINGUAL = ("t20-fr", "t24-fr")
"""Two of them with French and English sources together."""

TARGETS: dict[str, tuple[str, float]] = {
    "fact_coverage": (">=", 0.85),
    "facts_whole": (">=", 0.60),
    "figures_together": (">=", 0.75),
    "core_found": (">=", 0.70),
    "pair_precision": (">=", 0.90),
    "false_share": ("<=", 0.10),
    "mixing_share": ("<=", 0.02),
    "furniture_share": ("<=", 0.0),
}
"""Issue 16's targets, by pooled figure."""


def _share(fraction: str) -> float:
    shown, total = fraction.split("/")
    return round(int(shown) / int(total), 3) if int(total) else 0.0


SEMANTIC_CLI = "--as-cli-with-semantic"
"""First argument that makes this script the CLI with ``--semantic`` added (facts_eval
only takes a command to which it appends ``compare`` and its arguments)."""


def measure(shared: Path, topics: tuple[str, ...], *, semantic: bool = False) -> dict[str, Any]:
    """facts_eval's pooled summary over ``topics``, plus shares of its fractions."""
    folders = [str(shared / "benchmarks" / "ecbplus-facts" / t) for t in topics]
    command = (f"{sys.executable} {Path(__file__).resolve()} {SEMANTIC_CLI}" if semantic
               else f"{sys.executable} -m reporter")
    run = subprocess.run(
        [sys.executable, str(shared / "tools" / "facts_eval.py"), command, *folders, "--json"],
        capture_output=True, text=True, cwd=REPO, check=False)
    if run.returncode:
        raise SystemExit(f"facts_eval failed: {(run.stderr or run.stdout).strip()[-300:]}")
    summary: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    summary["mixing_share"] = _share(summary["mixing"])
    summary["furniture_share"] = _share(summary["furniture"])
    return summary


def table(results: dict[str, dict[str, Any]]) -> str:
    names = list(results)
    lines = ["| figure | " + " | ".join(names) + " | target |",
             "|---|" + "---:|" * len(names) + "---|"]
    for key, (op, goal) in TARGETS.items():
        lines.append(f"| {key} | " + " | ".join(str(results[n][key]) for n in names)
                     + f" | {op} {goal} |")
    for key in ("core", "stretch", "conflict_pairs", "mixing", "furniture", "key_facts"):
        lines.append(f"| {key} | " + " | ".join(str(results[n][key]) for n in names) + " | |")
    return "\n".join(lines)


def main() -> int:
    if sys.argv[1:2] == [SEMANTIC_CLI]:
        from reporter.cli import main as cli

        sys.argv = [sys.argv[0], *sys.argv[2:], "--semantic"]
        cli()
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_SHARED,
                        help="the shared folder (with benchmarks/ and tools/)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    parser.add_argument("--semantic", action="store_true",
                        help="also measure with the semantic backend (reporter --semantic)")
    args = parser.parse_args()
    if not (args.data / "tools" / "facts_eval.py").is_file():
        print(f"ecbplus-facts not found under {args.data}", file=sys.stderr)
        return 2
    results = {"six topics": measure(args.data, TOPICS),
               "fr+en variants": measure(args.data, BILINGUAL)}
    if args.semantic:
        results["six topics, --semantic"] = measure(args.data, TOPICS, semantic=True)
        results["fr+en variants, --semantic"] = measure(args.data, BILINGUAL, semantic=True)
    print(json.dumps(results, indent=2, sort_keys=True) if args.json else table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
