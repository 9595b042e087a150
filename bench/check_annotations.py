"""Validate a gold annotation file against its fixture texts.

Every quote (fact mentions and furniture) must occur exactly once in its source, so that the
benchmark can locate it without ambiguity. With ``--coverage`` it also lists the lines of each
source that no quote touches, as a reminder to annotate (or knowingly skip) them.

    .venv/bin/python bench/check_annotations.py [ANNOTATION.json] [--coverage]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO / "bench" / "annotations" / "musk-microsoft.json"
FIXTURES = REPO / "fixtures"


def iter_quotes(gold: dict) -> list[tuple[str, str, str]]:
    """(where, source, quote) for every fact mention and furniture entry."""
    out = [
        (fact["id"], m["source"], m["quote"]) for fact in gold["facts"] for m in fact["mentions"]
    ]
    out += [("furniture", f["source"], f["quote"]) for f in gold.get("furniture", [])]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("annotation", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--coverage", action="store_true", help="list lines no quote touches")
    args = parser.parse_args(argv)

    gold = json.loads(args.annotation.read_text(encoding="utf-8"))
    folder = FIXTURES / args.annotation.stem
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}

    errors = []
    ids = [f["id"] for f in gold["facts"]]
    if len(ids) != len(set(ids)):
        errors.append("duplicate fact ids")
    covered: dict[str, list[tuple[int, int]]] = {s: [] for s in texts}
    for where, source, quote in iter_quotes(gold):
        if source not in texts:
            errors.append(f"{where}: unknown source {source!r}")
            continue
        count = texts[source].count(quote)
        if count != 1:
            errors.append(f"{where}: {source}: quote occurs {count} times: {quote!r}")
            continue
        start = texts[source].index(quote)
        covered[source].append((start, start + len(quote)))

    for e in errors:
        print("ERROR", e)
    n = len(iter_quotes(gold))
    print(f"{len(gold['facts'])} facts, {n} quotes, {len(errors)} errors")

    if args.coverage:
        for source, text in texts.items():
            pos = 0
            for line in text.split("\n"):
                end = pos + len(line)
                if line.strip() and not any(s < end and e > pos for s, e in covered[source]):
                    print(f"uncovered {source}: {line[:90]!r}")
                pos = end + 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
