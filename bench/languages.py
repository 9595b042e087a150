"""French and English outlets of one story meeting in one report (issue 16, item 4).

Each story of ``bench/pages`` is one event told by four invented outlets, most of them in
French and in English, written for the furniture bench without reading the grouping,
slot or event code. Over the stories whose outlets write in both languages, this prints
the share of multi-source groups and of multi-source figure slots (``Report.slots``) that
hold outlets of both languages: a French outlet and an English one stating one fact or
figure should meet in one place. It measures meeting, not correctness: the facts bench
(``bench/facts.py``, ``t20-fr`` and ``t24-fr``) scores both against annotations.

    python bench/languages.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
PAGES = REPO / "bench" / "pages"

from reporter.api import build_report  # noqa: E402
from reporter.model import Report  # noqa: E402
from reporter.sources import read_article  # noqa: E402


def _languages(report: Report) -> dict[str, str]:
    """Each source's language: the one most of its claims are in."""
    seen: dict[str, Counter[str]] = {}
    for group in report.groups:
        for m in group.members:
            seen.setdefault(m.unit.source, Counter())[m.unit.lang] += 1
    return {source: counts.most_common(1)[0][0] for source, counts in sorted(seen.items())}


def meeting(report: Report) -> dict[str, int]:
    """Multi-source groups and slots of one report, and how many hold both languages."""
    lang = _languages(report)
    out = Counter[str]()
    for group in report.groups:
        sources = {m.unit.source for m in group.members if not m.secondary}
        if len(sources) > 1:
            out["groups"] += 1
            out["groups in both"] += len({lang[s] for s in sources}) > 1
    for slot in report.slots:
        sources = {v.unit.source for v in slot.values}
        if len(sources) > 1:
            out["slots"] += 1
            out["slots in both"] += len({lang.get(s, "") for s in sources}) > 1
    return dict(out)


def measure(root: Path = PAGES) -> dict[str, Any]:
    """``meeting`` summed over the bilingual stories of ``bench/pages``."""
    total = Counter[str]()
    stories = 0
    for story in sorted(d for d in root.glob("*/*") if d.is_dir()):
        paths = sorted(story.glob("*.txt"))
        if len(paths) < 2:
            continue
        report = build_report([read_article(p) for p in paths], workers=1)
        if len(set(_languages(report).values())) < 2:
            continue
        stories += 1
        total.update(meeting(report))
    return {"stories": stories,
            "groups in both languages": round(total["groups in both"] / max(1, total["groups"]),
                                              3),
            "groups": f"{total['groups in both']}/{total['groups']}",
            "slots in both languages": round(total["slots in both"] / max(1, total["slots"]), 3),
            "slots": f"{total['slots in both']}/{total['slots']}"}


def main() -> int:
    got = measure()
    print("| " + " | ".join(got) + " |")
    print("|" + "---:|" * len(got))
    print("| " + " | ".join(str(v) for v in got.values()) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
