"""Page furniture on labelled page extracts: what is set aside, what is shown as a claim.

Each story folder under ``bench/pages/<set>/`` holds pages of several invented sites
(``<site>.txt``, the text a reader gets by saving or copying the page) and a sidecar
``<site>.labels`` per page (format in ``bench/pages/README.md``). The story runs through
``reporter.api.build_report`` as a user's run would, and per set (``tune``, ``check``, ``check2``,
``check3``, ``check4``, ``check5``, ``check6``, ``check7``, ``check8``, ``check9``, ``check10``,
``check11`` to ``check34``) this prints:

* furniture recall: furniture lines (and pieces) wholly set aside / all of them;
* furniture shown: furniture lines or pieces that some claim shows (the complement);
* claim precision: claims shown that hold no furniture / claims shown;
* real set aside: units of article text set aside / units of article text;
* headlines: sources whose title is furniture, and whose title is the labelled headline.

    python bench/furniture.py [--set tune|check|check2|check3|check4|check5|check6|check7|check8
        |check9|check10|check11|check12|check13|check14|check15|check16|check17|check18
        |check19|check20|check21|check22|check23|check24|check25|check26|check27|check28
        |check29|check30|check31|check32|check33|check34|all] [--rules-only]
        [--details]

Rules are tuned on ``tune`` only; ``check`` (other sites) measured how they generalise
until its misses were read; ``check2`` (nine more sites, three stories, written before
the second round of rules) was the next hold-out; ``check3`` (eleven more sites, three
stories, written without reading the rules), ``check4`` (eleven more sites, three
stories, written without reading the rules or ``check3``), ``check5`` (twelve more
sites, three stories, written without reading the rules, ``check3`` or ``check4``),
``check6`` (twelve more sites, three stories, written without reading the rules,
``check3``, ``check4`` or ``check5``), ``check7`` (twelve more sites, three stories,
written without reading the rules or ``check3`` to ``check6``), ``check8`` (twelve more
sites, three stories, written without reading the rules or ``check3`` to ``check7``),
``check9`` (twelve more sites, three stories, written without reading the rules or
``check3`` to ``check8``), ``check10`` (twelve more sites, three stories, written without
reading the rules or ``check3`` to ``check9``), ``check11`` (twelve more sites, three
stories, written without reading the rules or ``check6`` to ``check10``), ``check12``
(twelve more sites, three stories, written without reading the rules or ``check5`` to
``check11``), ``check13`` to ``check34`` (twelve more sites each, three stories each,
written without reading the rules or any other set; ``check31`` to ``check34`` not read;
``check33`` and ``check34`` also held out of ``reporter.furniture_model``'s training) are the
hold-outs now.
``tests/test_furniture_bench.py`` holds floors on ``check`` and ``check2``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = REPO / "bench" / "pages"
SETS = ("tune", "check", "check2", "check3", "check4", "check5", "check6", "check7",
        "check8", "check9", "check10", "check11", "check12", "check13", "check14", "check15",
        "check16", "check17", "check18", "check19", "check20", "check21",
        "check22", "check23", "check24", "check25", "check26", "check27", "check28", "check29",
        "check30", "check31", "check32", "check33", "check34")


@dataclass(frozen=True, slots=True)
class Labels:
    """One page's labels: line numbers count from 1."""

    headline: int
    furniture: frozenset[int]
    parts: tuple[tuple[int, str], ...] = ()
    """(line, text): furniture inside a line of article text (a dateline run into the
    first sentence, an excerpt's cut-off last sentence)."""


def read_labels(text: str) -> Labels:
    """Parse a ``.labels`` sidecar (``headline N``, ``furniture N N …``, ``part N TEXT``)."""
    headline, furniture, parts = 0, set(), []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, rest = line.partition(" ")
        if key == "headline":
            headline = int(rest)
        elif key == "furniture":
            furniture.update(int(n) for n in rest.split())
        elif key == "part":
            n, _, piece = rest.partition(" ")
            parts.append((int(n), piece))
        else:
            raise ValueError(f"unknown label {key!r}")
    return Labels(headline=headline, furniture=frozenset(furniture), parts=tuple(parts))


@dataclass(frozen=True, slots=True)
class Page:
    """What the pipeline made of one labelled page."""

    name: str
    text: str
    labels: Labels
    units: tuple[tuple[int, int, bool], ...]
    """(start, end, shown as a claim) of every unit, in order."""
    title: str
    """The title the report gives the source."""


@dataclass(slots=True)
class Scores:
    """Counts over a set of pages, and the shares the issue's targets are set on."""

    furniture: int = 0
    furniture_shown: int = 0
    claims: int = 0
    claims_real: int = 0
    real: int = 0
    real_set_aside: int = 0
    pages: int = 0
    headline_furniture: int = 0
    headline_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def furniture_recall(self) -> float:
        return 1 - self.furniture_shown / self.furniture if self.furniture else 1.0

    @property
    def furniture_shown_share(self) -> float:
        return self.furniture_shown / self.furniture if self.furniture else 0.0

    @property
    def claim_precision(self) -> float:
        return self.claims_real / self.claims if self.claims else 1.0

    @property
    def real_set_aside_share(self) -> float:
        return self.real_set_aside / self.real if self.real else 0.0


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_page(page: Page, scores: Scores) -> None:
    """Add one page's counts to ``scores`` (pure: no I/O)."""
    lines = _line_spans(page.text)
    items: list[tuple[int, int]] = [lines[n - 1] for n in sorted(page.labels.furniture)
                                    if lines[n - 1][0] < lines[n - 1][1]]
    for n, piece in page.labels.parts:
        s, e = lines[n - 1]
        at = page.text.find(piece, s, e)
        if at < 0:
            raise ValueError(f"{page.name}: part {piece!r} not on line {n}")
        items.append((at, at + len(piece)))
    claims = [(s, e) for s, e, shown in page.units if shown]
    scores.pages += 1
    for item in items:
        scores.furniture += 1
        if any(_overlaps(item, c) for c in claims):
            scores.furniture_shown += 1
            scores.misses.append(f"{page.name}: furniture shown: {page.text[item[0]:item[1]]!r}")
    for s, e, shown in page.units:
        furniture = any(_overlaps((s, e), i) for i in items)
        # a unit is furniture when each of its lines' text lies inside furniture (a unit
        # may span two furniture lines: ``Skiing`` and ``news`` of one menu)
        inside = all(any(i[0] <= max(s, ls) and min(e, le) <= i[1] for i in items)
                     for ls, le in lines
                     if _overlaps((s, e), (ls, le)) and page.text[max(s, ls):min(e, le)].strip())
        if shown:
            scores.claims += 1
            scores.claims_real += not furniture
        if not inside:  # the unit holds article text
            scores.real += 1
            if not shown:
                scores.real_set_aside += 1
                scores.misses.append(f"{page.name}: set aside: {page.text[s:e]!r}")
    title = page.title.rstrip("…")
    head = page.text[slice(*lines[page.labels.headline - 1])]
    if title and head.startswith(title):
        scores.headline_right += 1
    elif title and any(page.text[i[0]:i[1]].startswith(title) for i in items):
        scores.headline_furniture += 1
        scores.misses.append(f"{page.name}: headline is furniture: {page.title!r}")
    else:
        scores.misses.append(f"{page.name}: headline is not the labelled one: {page.title!r}")


def run_set(name: str, root: Path = PAGES, *, learned: bool = True) -> Scores:
    """Build one report per story folder of a set and score every page of it
    (``learned=False``: the rules alone, without ``reporter.furniture_model``)."""
    sys.path.insert(0, str(REPO))
    from reporter.api import build_report
    from reporter.model import ReportOptions
    from reporter.sources import load_articles

    scores = Scores()
    for story in sorted(p for p in (root / name).iterdir() if p.is_dir()):
        report = build_report(load_articles([story]), workers=1,
                              options=ReportOptions(learned_furniture=learned))
        for page in pages_of(report, story):
            score_page(page, scores)
    return scores


def pages_of(report: object, story: Path) -> Iterable[Page]:
    """The report's units of each labelled page of ``story``, as ``Page`` records."""
    from reporter.model import Report

    assert isinstance(report, Report)
    set_aside = {(e.unit.source, e.unit.start) for e in report.excluded}
    for article in report.articles:
        labels = read_labels((story / f"{article.id}.labels").read_text(encoding="utf-8"))
        units = tuple((u.start, u.end, (u.source, u.start) not in set_aside)
                      for u in report.units if u.source == article.id)
        yield Page(name=f"{story.name}/{article.id}", text=article.text, labels=labels,
                   units=units, title=report.titles.get(article.id, ""))


def table(results: dict[str, Scores]) -> str:
    names = list(results)
    rows = [
        ("furniture recall", lambda s: f"{s.furniture_recall:.3f}"),
        ("furniture shown", lambda s: f"{s.furniture_shown}/{s.furniture} "
                                      f"({s.furniture_shown_share:.1%})"),
        ("claim precision", lambda s: f"{s.claim_precision:.3f} ({s.claims_real}/{s.claims})"),
        ("real set aside", lambda s: f"{s.real_set_aside}/{s.real} "
                                     f"({s.real_set_aside_share:.1%})"),
        ("headlines that are furniture", lambda s: f"{s.headline_furniture}/{s.pages}"),
        ("headline = labelled headline", lambda s: f"{s.headline_right}/{s.pages}"),
    ]
    out = ["| figure | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    out += [f"| {label} | " + " | ".join(f(results[n]) for n in names) + " |"
            for label, f in rows]
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--details", action="store_true",
                        help="list every miss (furniture shown, text set aside, headline)")
    parser.add_argument("--rules-only", action="store_true",
                        help="the rules alone, without the learned second opinion")
    args = parser.parse_args(argv)
    names = SETS if args.set == "all" else (args.set,)
    results = {n: run_set(n, learned=not args.rules_only) for n in names}
    print(table(results))
    if args.details:
        for n, s in results.items():
            print(f"\n{n}:")
            print("\n".join(f"- {m}" for m in s.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
