"""Disputes a report shows on ECB+ topics run as stories, for reading false alarms.

Each ECB+ topic (its articles on two look-alike events, as one story) goes through
``build_report``; the script counts the disputed figure slots and the group conflicts, for
the topics used to write rules (1-35) and the held-out ones (36-45). ECB+ has no gold for
figures, so the counts are no precision: they are what a reader would be shown, and
``--list`` prints every disputed slot's values for reading (on 1-35 before a rule is
written; on 36-45 only after, to check it).

    python bench/disputes.py [--data DIR] [--list tune|check]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks"
ECB = Path("ecbplus") / "derived" / "ecbplus_documents.jsonl"
RANGES = {"tune": range(1, 36), "check": range(36, 46)}

from reporter.api import build_report  # noqa: E402
from reporter.model import Article, Report  # noqa: E402


def story(docs: Sequence[dict[str, Any]]) -> Report:
    """The report of one topic's articles as one story (ids: the documents' names)."""
    return build_report([Article(id=d["doc"].removesuffix(".xml"), path=d["doc"],
                                 text=d["text"]) for d in docs], workers=1)


def disputed(report: Report) -> list[list[tuple[str, str]]]:
    """Each disputed slot's (source, value as written) pairs."""
    return [[(v.unit.source, v.text) for v in s.values] for s in report.slots if s.disputed]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--list", choices=list(RANGES), help="print these topics' disputes")
    args = parser.parse_args(argv)
    path = args.data / ECB
    if not path.is_file():
        print(f"ECB+ data not found at {path}", file=sys.stderr)
        return 2
    topics: dict[int, list[dict[str, Any]]] = defaultdict(list)
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            topics[int(doc["doc"].split("_")[0])].append(doc)
    print("| topics | stories | disputed slots | groups with a conflict |")
    print("|---|---:|---:|---:|")
    listed = []
    for name, numbers in RANGES.items():
        slots = conflicts = stories = 0
        for n in numbers:
            if len(topics.get(n, [])) < 2:
                continue
            report = story(sorted(topics[n], key=lambda d: d["doc"]))
            stories += 1
            found = disputed(report)
            slots += len(found)
            conflicts += len(report.conflicts)
            if args.list == name:
                listed.extend((n, values) for values in found)
        print(f"| {name} {numbers.start}-{numbers.stop - 1} | {stories} | {slots} | {conflicts} |")
    for n, values in listed:
        print(n, "; ".join(f"{source}: {text}" for source, text in values))
    return 0


if __name__ == "__main__":
    sys.exit(main())
