"""Grouping quality of ``reporter`` on three benchmarks, printed as Markdown tables.

* **fixtures**: the five musk-microsoft articles against the hand annotation in
  ``bench/annotations/musk-microsoft.json``. Pairwise precision/recall/F1 over cross-source
  unit pairs (gold: the two units share a fact; predicted: same group), facts found whole,
  furniture shown as a claim, and claims lost to exclusion.
* **ecb**: ECB+ (Cybulska & Vossen, LREC 2014). One ``build_report`` run per topic with all of
  its documents, scored on the annotated sentence pairs against ``same_event``; beside it a
  plain rapidfuzz baseline and the one-group-per-sub-topic oracle. Tuning topics 1-35 and test
  topics 36-45 are reported apart.
* **sts**: STS benchmark, French machine translation (stsb-multi-mt). Spearman rho of
  ``reporter.group.similarity`` against the gold score, next to plain rapidfuzz scorers, and
  F1 at the grouping threshold (gold >= 4 same, <= 2 different).

Benchmark data is read from ``../shared/benchmarks`` relative to the repository root (or
``--data DIR``) and never copied into the repository.

    .venv/bin/python bench/quality.py [--only fixtures|ecb|sts] [--data DIR] [--threshold T]
                                      [--details]

The scoring functions at the top are pure (no I/O) so that ``tests/test_quality_bench.py``
can check them on hand-made inputs.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling bench modules

from metrics import PRF, confusion, md_table

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks"
ANNOTATION = REPO / "bench" / "annotations" / "musk-microsoft.json"
FIXTURES = REPO / "fixtures" / "musk-microsoft"

ECB_DIR = Path("ecbplus") / "derived"
STS_FILE = Path("stsb-multi-mt") / "derived" / "stsb-fr-test.with-genre.tsv"
TUNING_TOPICS = range(1, 36)
TEST_TOPICS = range(36, 46)
PLAIN_THRESHOLD = 60.0
"""Threshold of the plain token_set_ratio baseline (the calibration in benchmarks/README.md)."""
STS_SAME, STS_DIFFERENT = 4.0, 2.0
"""Gold STS scores at or above SAME are 'same fact', at or below DIFFERENT are not."""


# --------------------------------------------------------------------------------------------
# Pure scoring functions
# --------------------------------------------------------------------------------------------




def same_cluster(labels: Mapping[Any, Hashable | None], a: Any, b: Any) -> bool:
    """Whether two items are predicted together; a missing or None label is a singleton."""
    la, lb = labels.get(a), labels.get(b)
    return la is not None and la == lb


def pairwise_prf(
    labels: Mapping[Any, Hashable | None], pairs: Iterable[tuple[Any, Any, bool]]
) -> PRF:
    """Pairwise precision/recall/F1 of cluster labels against gold ``(a, b, same)`` pairs.

    An item labelled None (e.g. excluded from grouping) is predicted 'not same' with
    everything, including other None items.
    """
    pairs = list(pairs)
    return confusion((same_cluster(labels, a, b) for a, b, _ in pairs), (g for _, _, g in pairs))


def gold_pairs(
    facts_of: Mapping[Any, Iterable[str]],
    source_of: Mapping[Any, str],
    key: Callable[[Any], Any] | None = None,
) -> list[tuple[Any, Any, bool]]:
    """All cross-source pairs of annotated items; positive when they share a fact.

    Items are ordered by ``sorted(..., key=key)`` so the output is deterministic.
    """
    items = sorted(facts_of, key=key)
    sets = {k: frozenset(facts_of[k]) for k in items}
    out = []
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if source_of[a] != source_of[b]:
                out.append((a, b, bool(sets[a] & sets[b])))
    return out


def rank_average(values: Sequence[float]) -> np.ndarray:
    """Ranks from 1, ties sharing the average of the ranks they span."""
    x = np.asarray(values, dtype=float)
    order = np.argsort(x, kind="mergesort")
    sorted_x = x[order]
    ranks = np.empty(len(x), dtype=float)
    i = 0
    while i < len(x):
        j = i
        while j + 1 < len(x) and sorted_x[j + 1] == sorted_x[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman's rho: Pearson correlation of tie-averaged ranks; nan if either is constant."""
    if len(x) != len(y):
        raise ValueError("spearman needs two sequences of the same length")
    rx, ry = rank_average(x), rank_average(y)
    rx, ry = rx - rx.mean(), ry - ry.mean()
    denom = float(np.sqrt((rx * rx).sum() * (ry * ry).sum()))
    return float((rx * ry).sum() / denom) if denom else float("nan")


def threshold_prf(scores: Sequence[float], gold: Sequence[bool], threshold: float) -> PRF:
    """Counts for 'same' predicted as ``score >= threshold``."""
    return confusion((s >= threshold for s in scores), gold)


def best_threshold(scores: Sequence[float], gold: Sequence[bool]) -> tuple[float, float]:
    """(best F1, the lowest threshold reaching it) over every distinct score as a threshold."""
    best = (0.0, float("nan"))
    for t in sorted(set(scores)):
        f1 = threshold_prf(scores, gold, t).f1
        if f1 > best[0]:
            best = (f1, t)
    return best


def find_quote(text: str, quote: str) -> int:
    """Start offset of a quote that must occur exactly once in the text."""
    count = text.count(quote)
    if count != 1:
        raise ValueError(f"quote occurs {count} times (must be once): {quote!r}")
    return text.index(quote)


def span_to_unit(spans: Sequence[tuple[int, int]], start: int, end: int) -> int | None:
    """Index of the span that contains ``start``; failing that (``start`` falls on a bullet,
    blank or other gap between units), the span overlapping ``[start, end)`` most; else None.

    ``spans`` are ``[start, end)`` pairs sorted by start and not overlapping.
    """
    starts = [s for s, _ in spans]
    i = bisect.bisect_right(starts, start) - 1
    if i >= 0 and spans[i][0] <= start < spans[i][1]:
        return i
    best, best_overlap = None, 0
    for k, (s, e) in enumerate(spans):
        overlap = min(e, end) - max(s, start)
        if overlap > best_overlap:
            best, best_overlap = k, overlap
    return best


def connected_components(n: int, edges: Iterable[tuple[int, int]]) -> list[int]:
    """Component label (smallest member index) of each of ``n`` nodes."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [root(i) for i in range(n)]


def line_starts(text: str) -> list[int]:
    """Offset of the first character of every line (split on ``\\n``)."""
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return starts


def line_labels(
    text: str, units: Iterable[tuple[int, int, Hashable | None]]
) -> list[Hashable | None]:
    """Label of each line: that of the grouped unit covering most of the line.

    ``units`` are ``(start, end, label)``; a label of None means the unit was excluded, and a
    line whose units are all excluded gets None. Ties go to the earlier unit.
    """
    starts = line_starts(text)
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    best: list[tuple[int, int, Hashable | None]] = [(0, 0, None)] * len(starts)
    for start, end, label in sorted(units, key=lambda u: (u[0], u[1])):
        if label is None:
            continue
        first = bisect.bisect_right(starts, start) - 1
        for line in range(max(first, 0), len(starts)):
            if starts[line] >= end:
                break
            overlap = min(end, ends[line]) - max(start, starts[line])
            if overlap > best[line][0]:
                best[line] = (overlap, start, label)
    return [label for _, _, label in best]


# --------------------------------------------------------------------------------------------
# Fixtures: scoring a report against the hand annotation
# --------------------------------------------------------------------------------------------


@dataclass
class FixtureScore:
    """Everything the fixtures table and the details need."""

    prf: PRF
    facts_whole: list[str]
    facts_multi: list[str]
    furniture_as_claim: list[Any]
    """Furniture units that landed in a group."""
    furniture_total: int
    lost: list[tuple[str, Any]]
    """(fact id, unit) of claim mentions whose unit was excluded as boilerplate."""
    duplicates: list[tuple[str, Any]]
    """(fact id, unit) of claim mentions whose unit was excluded as a repeat of its source."""
    unmapped: list[tuple[str, str]]
    """(fact id or 'furniture', quote) that fell inside no unit."""
    missed: list[tuple[Any, Any]] = field(default_factory=list)
    wrong: list[tuple[Any, Any]] = field(default_factory=list)
    facts_of: dict[Any, set[str]] = field(default_factory=dict)
    group_of: dict[Any, str] = field(default_factory=dict)


def score_fixtures(report: Any, gold: Mapping[str, Any], texts: Mapping[str, str]) -> FixtureScore:
    """Score a ``Report`` (or any object shaped like one) against a gold annotation.

    Mentions go to the unit holding the quote's start. Units excluded as a source's own
    repeat (``duplicate``) leave the pair count: the report keeps the first copy, and counting
    the repeat would charge a missed pair for a deliberate de-duplication. Units excluded as
    boilerplate stay in, predicted 'not same' with everything.
    """
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    unit_at: dict[str, list[Any]] = defaultdict(list)
    for u in sorted(report.units, key=lambda u: (u.source, u.start)):
        spans[u.source].append((u.start, u.end))
        unit_at[u.source].append(u)
    group_of = {m.unit: g.id for g in report.groups for m in g.members}
    reason_of = {e.unit: str(getattr(e.reason, "value", e.reason)) for e in report.excluded}

    def locate(source: str, quote: str) -> Any:
        start = find_quote(texts[source], quote)
        k = span_to_unit(spans[source], start, start + len(quote))
        return None if k is None else unit_at[source][k]

    facts_of: dict[Any, set[str]] = defaultdict(set)
    units_of_fact: dict[str, list[Any]] = defaultdict(list)
    unmapped: list[tuple[str, str]] = []
    lost, duplicates = [], []
    for fact in gold["facts"]:
        for m in fact["mentions"]:
            unit = locate(m["source"], m["quote"])
            if unit is None:
                unmapped.append((fact["id"], m["quote"]))
                continue
            facts_of[unit].add(fact["id"])
            units_of_fact[fact["id"]].append(unit)
            reason = reason_of.get(unit)
            if reason == "duplicate":
                duplicates.append((fact["id"], unit))
            elif reason is not None:
                lost.append((fact["id"], unit))

    furniture_as_claim = []
    for f in gold.get("furniture", []):
        unit = locate(f["source"], f["quote"])
        if unit is None:
            unmapped.append(("furniture", f["quote"]))
        elif unit in group_of and unit not in facts_of:
            # A unit holding both furniture and a claim (a caption fused with its credit) is
            # the claim's: showing it is right.
            furniture_as_claim.append(unit)

    scored = {u: fs for u, fs in facts_of.items() if reason_of.get(u) != "duplicate"}
    pairs = gold_pairs(scored, {u: u.source for u in scored}, key=lambda u: (u.source, u.start))
    prf = pairwise_prf(group_of, pairs)
    missed = [(a, b) for a, b, g in pairs if g and not same_cluster(group_of, a, b)]
    wrong = [(a, b) for a, b, g in pairs if not g and same_cluster(group_of, a, b)]

    # A fact is found whole when one group holds a mention of each of its sources and no
    # other source: the report then shows exactly the right corroboration.
    groups = {g.id: g for g in report.groups}
    facts_multi, facts_whole = [], []
    for fact in gold["facts"]:
        sources = {m["source"] for m in fact["mentions"]}
        if len(sources) < 2:
            continue
        facts_multi.append(fact["id"])
        by_group: dict[str, set[str]] = defaultdict(set)
        for u in units_of_fact[fact["id"]]:
            if u in group_of:
                by_group[group_of[u]].add(u.source)
        if any(
            srcs == sources and set(groups[gid].sources) == sources
            for gid, srcs in by_group.items()
        ):
            facts_whole.append(fact["id"])

    return FixtureScore(
        prf=prf,
        facts_whole=facts_whole,
        facts_multi=facts_multi,
        furniture_as_claim=furniture_as_claim,
        furniture_total=len(gold.get("furniture", [])),
        lost=lost,
        duplicates=duplicates,
        unmapped=unmapped,
        missed=missed,
        wrong=wrong,
        facts_of=dict(facts_of),
        group_of=group_of,
    )


# --------------------------------------------------------------------------------------------
# Output helpers
# --------------------------------------------------------------------------------------------




def short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def import_pipeline() -> Any:
    """The pipeline modules, or a clear exit when they are not importable yet."""
    try:
        from reporter import api, bridge, group, model, sources
    except ImportError as exc:
        sys.exit(f"cannot import the reporter pipeline ({exc}); is it installed in this venv?")
    return argparse.Namespace(
        build_report=api.build_report,
        similarity=group.similarity,
        cross_similarity=bridge.cross_similarity,
        profile=group.profile,
        load_articles=sources.load_articles,
        Article=model.Article,
        ReportOptions=model.ReportOptions,
    )


def options_for(rp: Any, threshold: float | None) -> Any:
    return rp.ReportOptions() if threshold is None else rp.ReportOptions(threshold=threshold)


# --------------------------------------------------------------------------------------------
# Benchmarks (I/O)
# --------------------------------------------------------------------------------------------


def run_fixtures(threshold: float | None = None) -> tuple[FixtureScore, Any]:
    """Build the report of the five fixtures and score it against the annotation."""
    rp = import_pipeline()
    gold = json.loads(ANNOTATION.read_text(encoding="utf-8"))
    paths = sorted(FIXTURES.glob("*.txt"))
    articles = rp.load_articles(paths)
    report = rp.build_report(articles, options=options_for(rp, threshold))
    texts = {a.id: a.text for a in report.articles}
    return score_fixtures(report, gold, texts), report


def print_fixtures(threshold: float | None, details: bool) -> None:
    score, report = run_fixtures(threshold)
    prf = score.prf
    print("## Fixtures: musk-microsoft (5 French articles, hand annotation)\n")
    print(
        md_table(
            ["pairs", "gold +", "pred +", "precision", "recall", "F1", "facts whole",
             "furniture shown", "claims lost", "own repeats", "unmapped quotes"],
            [[prf.n, prf.tp + prf.fn, prf.tp + prf.fp, prf.precision, prf.recall, prf.f1,
              f"{len(score.facts_whole)}/{len(score.facts_multi)}",
              f"{len(score.furniture_as_claim)}/{score.furniture_total}",
              len({u for _, u in score.lost}), len({u for _, u in score.duplicates}),
              len(score.unmapped)]],
        )
    )
    print(f"\nthreshold {report.options.threshold}; pairs = cross-source pairs of annotated "
          "claim units; facts whole = multi-source facts shown as one group with exactly "
          "their sources.\n")
    if details:
        print_fixture_details(score, report)


def print_fixture_details(score: FixtureScore, report: Any) -> None:
    def tag(u: Any) -> str:
        facts = ",".join(sorted(score.facts_of.get(u, ())))
        return f"[{u.source[:3]} {score.group_of.get(u, 'excl')} {facts}] {short(u.text, 90)}"

    print(f"### Multi-source facts not found whole ({len(score.missed)} gold pairs missed)\n")
    for fid in score.facts_multi:
        if fid in score.facts_whole:
            continue
        print(f"- {fid}")
        units = sorted({u for u, fs in score.facts_of.items() if fid in fs},
                       key=lambda u: (u.source, u.start))
        for u in units:
            print(f"  - {tag(u)}")
    print("\n### Wrong merges (same group, no shared fact)\n")
    for a, b in score.wrong:
        print(f"- {tag(a)}\n  {tag(b)}")
    print("\n### Furniture shown as a claim\n")
    for u in score.furniture_as_claim:
        print(f"- {tag(u)}")
    print("\n### Claims excluded (boilerplate / own repeat)\n")
    for fid, u in score.lost:
        print(f"- boilerplate {fid}: {tag(u)}")
    for fid, u in score.duplicates:
        print(f"- repeat {fid}: {tag(u)}")
    for fid, quote in score.unmapped:
        print(f"- unmapped {fid}: {quote!r}")
    print()


def require(data: Path, relative: Path, what: str) -> Path | None:
    path = data / relative
    if path.exists():
        return path
    print(f"{what}: benchmark data not found at {path}. Pass --data DIR pointing at the "
          f"shared benchmarks folder (expected {relative} inside it).\n", file=sys.stderr)
    return None


def load_ecb(folder: Path) -> tuple[dict[int, list[dict[str, Any]]], list[dict[str, Any]]]:
    """Documents by topic (sorted by name) and the selected sentence pairs."""
    docs: dict[int, list[dict[str, Any]]] = defaultdict(list)
    with (folder / "ecbplus_documents.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs[d["topic"]].append(d)
    for topic in docs:
        docs[topic].sort(key=lambda d: d["doc"])
    pairs = []
    with (folder / "ecbplus_selected_sentence_pairs.tsv").open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            row = dict(zip(header, line.rstrip("\n").split("\t"), strict=True))
            pairs.append({
                "topic": int(row["topic"]),
                "a": (row["doc_a"], int(row["sent_a"])),
                "b": (row["doc_b"], int(row["sent_b"])),
                "same_subtopic": row["same_subtopic"] == "1",
                "same": row["same_event"] == "1",
            })
    return docs, pairs


def ecb_ours(rp: Any, docs: Sequence[dict[str, Any]], options: Any) -> dict[Any, Any]:
    """(doc, sentence) -> group id for every sentence line of one topic, from one report."""
    articles = [rp.Article(id=d["doc"].removesuffix(".xml"), path=d["doc"], text=d["text"])
                for d in docs]
    report = rp.build_report(articles, options=options)
    group_of = {m.unit: g.id for g in report.groups for m in g.members}
    units_by_source: dict[str, list[tuple[int, int, Any]]] = defaultdict(list)
    for u in report.units:
        units_by_source[u.source].append((u.start, u.end, group_of.get(u)))
    labels = {}
    for d, a in zip(docs, articles, strict=True):
        per_line = line_labels(a.text, units_by_source[a.id])
        for line, sent in enumerate(d["sentence_numbers"]):
            labels[(d["doc"], sent)] = per_line[line]
    return labels


def ecb_plain(docs: Sequence[dict[str, Any]]) -> dict[Any, Any]:
    """Baseline: token_set_ratio >= 60 between lines of different documents, then components."""
    from rapidfuzz import fuzz, process, utils

    keys, texts, doc_of = [], [], []
    for n, d in enumerate(docs):
        for line, sent in zip(d["text"].split("\n"), d["sentence_numbers"], strict=True):
            keys.append((d["doc"], sent))
            texts.append(line)
            doc_of.append(n)
    matrix = process.cdist(texts, texts, scorer=fuzz.token_set_ratio,
                           processor=utils.default_process, score_cutoff=PLAIN_THRESHOLD,
                           dtype=np.float32, workers=-1)
    doc_arr = np.asarray(doc_of)
    edges = (matrix >= PLAIN_THRESHOLD) & (doc_arr[:, None] != doc_arr[None, :])
    rows, cols = np.nonzero(np.triu(edges, k=1))
    comp = connected_components(len(keys), zip(rows.tolist(), cols.tolist(), strict=True))
    return dict(zip(keys, comp, strict=True))


def ecb_oracle(docs: Iterable[dict[str, Any]]) -> dict[Any, Any]:
    """The oracle: every sentence of a sub-topic in one group (an upper bound on recall)."""
    return {(d["doc"], sent): d["subtopic"] for d in docs for sent in d["sentence_numbers"]}


def print_ecb(data: Path, threshold: float | None) -> bool:
    folder = require(data, ECB_DIR, "ECB+")
    if folder is None:
        return False
    rp = import_pipeline()
    options = options_for(rp, threshold)
    docs, pairs = load_ecb(folder)
    ours: dict[Any, Any] = {}
    plain: dict[Any, Any] = {}
    oracle: dict[Any, Any] = {}
    wall = {"tuning": 0.0, "test": 0.0}
    for topic in sorted(docs):
        started = time.perf_counter()
        # Labels from different topics never meet in a pair, so plain dict merging is safe;
        # prefix them anyway so the maps stay unambiguous.
        ours.update({k: None if v is None else (topic, v)
                     for k, v in ecb_ours(rp, docs[topic], options).items()})
        wall["tuning" if topic in TUNING_TOPICS else "test"] += time.perf_counter() - started
        plain.update({k: (topic, v) for k, v in ecb_plain(docs[topic]).items()})
        oracle.update(ecb_oracle(docs[topic]))

    print("## ECB+ (Cybulska & Vossen 2014): cross-document same-event sentence pairs\n")
    rows = []
    for split, topics in (("tuning 1-35", TUNING_TOPICS), ("test 36-45", TEST_TOPICS)):
        chosen = [p for p in pairs if p["topic"] in topics]
        gold = [(p["a"], p["b"], p["same"]) for p in chosen]
        lookalike = [p for p in chosen if not p["same_subtopic"] and not p["same"]]
        for name, labels in (("reporter", ours), ("plain token_set>=60 + components", plain),
                             ("oracle: one group per sub-topic", oracle)):
            prf = pairwise_prf(labels, gold)
            merged = sum(same_cluster(labels, p["a"], p["b"]) for p in lookalike)
            rows.append([split, name, prf.n, prf.tp + prf.fn, prf.precision, prf.recall,
                         prf.f1, f"{merged / len(lookalike):.3f} ({merged}/{len(lookalike)})"])
    print(md_table(["topics", "system", "pairs", "gold +", "precision", "recall", "F1",
                    "look-alike events merged"], rows))
    selected = {p["a"] for p in pairs} | {p["b"] for p in pairs}
    dropped = sum(ours.get(k) is None for k in selected)
    print(f"\nreporter threshold {options.threshold}; wall time of the reporter runs: "
          f"tuning {wall['tuning']:.1f} s, test {wall['test']:.1f} s "
          f"({sum(len(v) for v in docs.values())} documents, one run per topic). "
          f"Selected sentences with no grouped unit: {dropped}/{len(selected)}.\n")
    return True


def load_sts(path: Path) -> list[dict[str, str]]:
    """Rows of the genre-annotated French STS-B test file (tab-separated, no quoting)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:] if line]


def print_sts(data: Path, threshold: float | None) -> bool:
    path = require(data, STS_FILE, "STS-fr")
    if path is None:
        return False
    from rapidfuzz import fuzz, utils

    rp = import_pipeline()
    thr = options_for(rp, threshold).threshold
    rows = load_sts(path)
    gold = [float(r["score"]) for r in rows]
    news = [i for i, r in enumerate(rows) if r["genre"] == "main-news"]
    binary = [i for i, g in enumerate(gold) if g >= STS_SAME or g <= STS_DIFFERENT]
    same = [gold[i] >= STS_SAME for i in binary]

    def plain(scorer: Any) -> list[float]:
        return [scorer(r["sentence1_fr"], r["sentence2_fr"], processor=utils.default_process)
                for r in rows]

    scorers = {
        "reporter similarity": [rp.similarity(r["sentence1_fr"], r["sentence2_fr"], lang="fr")
                                for r in rows],
        "token_set_ratio": plain(fuzz.token_set_ratio),
        "ratio": plain(fuzz.ratio),
        "token_sort_ratio": plain(fuzz.token_sort_ratio),
    }
    table = []
    for name, scores in scorers.items():
        s_bin = [scores[i] for i in binary]
        at = threshold_prf(s_bin, same, thr)
        best_f1, best_t = best_threshold(s_bin, same)
        table.append([name, spearman(scores, gold), spearman([scores[i] for i in news],
                                                             [gold[i] for i in news]),
                      at.precision, at.recall, at.f1, best_f1, f"{best_t:.1f}"])
    print("## STS-fr (stsb-multi-mt, DeepL French STS-B test)\n")
    print(md_table(["scorer", "rho all", "rho main-news", f"P@{thr:g}", f"R@{thr:g}",
                    f"F1@{thr:g}", "best F1", "at"], table))
    print(f"\n{len(rows)} pairs, {len(news)} main-news; F1 over {len(binary)} pairs with gold "
          f">= {STS_SAME:g} ({sum(same)} same) or <= {STS_DIFFERENT:g}.\n")
    print_sts_cross(rp, rows, gold, news, thr)
    return True


def print_sts_cross(rp: Any, rows: Sequence[dict[str, str]], gold: Sequence[float],
                    news: Sequence[int], thr: float) -> None:
    """French against English: each French sentence scored against the English original
    of its pair partner (gold: the pair's score) and against its own English original (a
    translation: should score high), with and without the French-English bridge."""
    n = len(rows)
    others = [(i, (i * 7 + 3) % n) for i in range(n)]  # fixed pseudo-random partners
    table = []
    scorers: list[tuple[str, Any]] = [
        ("reporter, bridged", rp.cross_similarity),
        ("reporter, no bridge", lambda a, la, b, lb: _unbridged(rp, a, la, b, lb)),
    ]
    for name, score in scorers:
        pairs = [score(r["sentence1_fr"], "fr", r["sentence2_en"], "en") for r in rows]
        own = [score(r["sentence1_fr"], "fr", r["sentence1_en"], "en") for r in rows]
        rand = [score(rows[i]["sentence1_fr"], "fr", rows[j]["sentence1_en"], "en")
                for i, j in others if rows[i]["sentence1_en"] != rows[j]["sentence1_en"]]
        table.append([name, spearman(pairs, gold),
                      spearman([pairs[i] for i in news], [gold[i] for i in news]),
                      sum(s >= thr for s in own) / n, sum(s >= thr for s in rand) / len(rand)])
    print("### French against English (the same STS-B pairs, sentence 1 in French, "
          "sentence 2 in English)\n")
    print(md_table(["scorer", "rho all", "rho main-news", f"translations >= {thr:g}",
                    f"unrelated pairs >= {thr:g}"], table))
    print(f"\ntranslations: each French sentence 1 against its English original ({n}); "
          "unrelated: against the English sentence 1 of another pair.\n")


def _unbridged(rp: Any, a: str, la: str, b: str, lb: str) -> float:
    """The pair score of two sentences of different languages, without the bridge."""
    from reporter.group import prepare, prepared_score

    pa, pb = rp.profile(a, lang=la), rp.profile(b, lang=lb)
    return float(prepared_score(prepare(pa, {}), prepare(pb, {}), {}))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Grouping quality of reporter on benchmarks.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help=f"shared benchmarks folder (default {DEFAULT_DATA})")
    parser.add_argument("--only", choices=["fixtures", "ecb", "sts"],
                        help="run one benchmark only")
    parser.add_argument("--threshold", type=float, default=None,
                        help="grouping threshold (default ReportOptions().threshold)")
    parser.add_argument("--details", action="store_true",
                        help="list the fixture pairs missed and merged by mistake")
    args = parser.parse_args(argv)

    ok = True
    if args.only in (None, "fixtures"):
        print_fixtures(args.threshold, args.details)
    if args.only in (None, "ecb"):
        ok &= print_ecb(args.data, args.threshold)
    if args.only in (None, "sts"):
        ok &= print_sts(args.data, args.threshold)
    return 0 if ok else 2


if __name__ == "__main__":
    sys.exit(main())
