"""Look-alike events told apart (``reporter.events``) on ECB+.

Every ECB+ topic holds articles on two look-alike events (its two sub-topics). For each
topic, all its articles go to ``story_events`` as one story; the script prints the share of
same-event article pairs kept in one part and of cross-event pairs set apart, and, for each
sub-topic alone (one event, three articles or more), whether it was wrongly split. Topics
1-35 were used to choose ``reporter.events``' constants; 36-45 are held out. It then
counts the one-event stories of ``bench/pages`` (four outlets each, most in French and in
English) that are wrongly split.

    python bench/events.py [--data DIR] [--no-dates]
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
RANGES = {"tune 1-35": range(1, 36), "check 36-45": range(36, 46)}

from reporter.api import sort_units  # noqa: E402
from reporter.events import story_events  # noqa: E402
from reporter.furniture import publication_dates  # noqa: E402
from reporter.model import Article, ReportOptions  # noqa: E402

DATES = "--no-dates" not in sys.argv
"""Read the articles' date stamps (``--no-dates``: words only, as before dates were used)."""
from reporter.segment import segment_article  # noqa: E402


def _events(docs: Sequence[dict[str, Any]]) -> dict[str, int]:
    """The parts ``story_events`` finds, told apart by words and, as a report does, by the
    publication dates of the date stamps the articles' texts carry."""
    claims = []
    articles = [Article(id=d["doc"], path=d["doc"], text=d["text"]) for d in docs]
    for art in articles:
        claims.extend((art.id, u.text) for u in segment_article(art, lang="en"))
    published = {}
    if DATES:
        _, _, excluded = sort_units(articles, options=ReportOptions(lang="en"), workers=1)
        published = publication_dates(excluded)
    return story_events([d["doc"] for d in docs], claims, published=published)


def evaluate(docs: list[dict[str, Any]], topics: range) -> dict[str, Any]:
    by_topic: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for d in docs:
        by_topic[int(d["topic"])].append(d)
    kept = separated = same = cross = 0
    whole_split = single_split = singles = 0
    for t in topics:
        ds = sorted(by_topic.get(t, []), key=lambda d: d["doc"])
        if not ds:
            continue
        where = _events(ds)
        whole_split += len(set(where.values())) > 1
        for i, a in enumerate(ds):
            for b in ds[i + 1:]:
                together = where[a["doc"]] == where[b["doc"]]
                if a["subtopic"] == b["subtopic"]:
                    same += 1
                    kept += together
                else:
                    cross += 1
                    separated += not together
        for sub in sorted({d["subtopic"] for d in ds}):
            one = [d for d in ds if d["subtopic"] == sub]
            if len(one) >= 3:
                singles += 1
                single_split += len(set(_events(one).values())) > 1
    return {"topics": len(topics), "topics split": whole_split,
            "same-event pairs kept together": round(kept / max(1, same), 3),
            "cross-event pairs set apart": round(separated / max(1, cross), 3),
            "single-event sets split": f"{single_split}/{singles}"}


PAGES = REPO / "bench" / "pages"
"""Invented saved pages (``bench/pages/<set>/<story>/<site>.txt``), each story one event
told by four outlets, most in French and in English, written for the furniture bench
without reading ``reporter.events``."""


def pages(root: Path = PAGES) -> dict[str, Any]:
    """Stories of ``bench/pages`` (four pages or more, each story one event) that
    ``story_events`` splits, as a report reads them: furniture set aside, dates from the
    pages' stamps."""
    from reporter.api import _events_frames_and_dates, _matching_texts
    from reporter.sources import read_article

    stories = sorted(d for d in root.glob("*/*") if d.is_dir()
                     and len(list(d.glob("*.txt"))) >= 4)
    split: list[str] = []
    bilingual = 0
    for story in stories:
        articles = [read_article(p) for p in sorted(story.glob("*.txt"))]
        _, claims, excluded = sort_units(articles, options=ReportOptions(),
                                         match=_matching_texts(articles), workers=1)
        where, _, _ = _events_frames_and_dates([a.id for a in articles], claims, excluded, {})
        bilingual += len({u.lang for u in claims}) > 1
        if len(set(where.values())) > 1:
            split.append(f"{story.parent.name}/{story.name}")
    return {"stories": len(stories), "in two languages": bilingual,
            "stories split": f"{len(split)}/{len(stories)}", "split": split}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-dates", action="store_true",
                        help="tell events apart by their words only")
    args = parser.parse_args()
    path = args.data / ECB
    if not path.is_file():
        print(f"ECB+ data not found at {path}", file=sys.stderr)
        return 2
    with path.open(encoding="utf-8") as lines:
        docs = [json.loads(line) for line in lines]
    rows = {name: evaluate(docs, topics) for name, topics in RANGES.items()}
    keys = list(next(iter(rows.values())))
    print("| topics | " + " | ".join(keys) + " |")
    print("|---|" + "---:|" * len(keys))
    for name, row in rows.items():
        print(f"| {name} | " + " | ".join(str(row[k]) for k in keys) + " |")
    told = pages()
    print()
    print("| one-event stories of bench/pages | stories | in two languages | split |")
    print("|---|---:|---:|---:|")
    print(f"| {', '.join(told['split']) or 'none split'} | {told['stories']} "
          f"| {told['in two languages']} | {told['stories split']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
