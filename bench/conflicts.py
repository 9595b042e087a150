"""Conflict detection of ``reporter`` on three benchmarks, printed as Markdown tables.

* **summedits**: SummEdits, news domain (Laban et al., 2023). The verified summary
  (``original_summary``) and its edited copy (``summary``) are two sources stating one fact;
  "conflict" is scored against ``label == 0`` (inconsistent). Two runs: ``find_conflicts`` on
  the pair as a two-member group (the comparison alone), and ``build_report`` on the two
  texts as two articles (grouping decides whether the pair is compared at all). Broken down
  by the GPT-4 ``edit_types``, plus a subset derived here by diff: entity edits whose changed
  words hold a figure, number word, month or weekday (the values the checker reads).
* **equate**: EQUATE (Ravichander et al., CoNLL 2019). False "conflict" rate on NewsNLI
  entailment pairs (figures phrased differently that agree) and recall/precision on RedditNLI
  contradictions.
* **daccord**: DACCORD (Skandalis et al., TALN 2023), French AFP fact-check pairs, half
  contradictions: contradiction precision/recall, and how many pairs ``build_report``
  groups at all (a conflict is only ever reported inside a group).
* **sts**: STS-B paraphrases (gold similarity >= 4) in French and English: the share
  that get a conflict, by kind (false alarms on sentences that agree).
* **words**: English word pairs annotated here (``bench/annotations/word-pairs.tsv``):
  how many that outlets use for one another WordNet calls different, and how many that
  change a fact it sees.

NLI pairs are not always two statements of one fact (a hypothesis may pick another figure of
the premise), so their false alarms overstate what a report shows; SummEdits pairs are.
Benchmark data is read from ``../shared/benchmarks`` relative to the repository root (or
``--data DIR``) and never copied into the repository.

    .venv/bin/python bench/conflicts.py [--only summedits|equate|daccord|sts|words] [--data DIR]
                                        [--details N]

The scoring functions at the top are pure (no I/O), so ``tests/test_conflicts_bench.py``
checks them on hand-made inputs.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))  # sibling bench modules

from metrics import PRF, confusion, md_table

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "benchmarks"

SUMMEDITS = Path("summedits-news") / "summedits_news.json"
NEWSNLI = Path("equate") / "NewsNLI.csv"
REDDITNLI = Path("equate") / "RedditNLI.csv"
DACCORD = Path("daccord") / "daccord_dataset.tsv"

FIGURE_EDIT = "entity_modification (figure/date, by diff)"
"""The derived subset: entity edits whose changed words hold a value the checker reads."""
NAME_EDIT = "entity_modification (name, by diff)"
"""The derived subset: entity edits that replace a capitalised mid-sentence word by another."""
ALL = "all"

TARGETS = {
    "summedits": ("entity/number/date edits (SummEdits' entity_modification label): recall "
                  ">= 0.6 at precision >= 0.85. The 'figure/date, by diff' row is a subset "
                  "derived here (changed words with a digit, number word, month or weekday), "
                  "not a gold label: it shows how the value comparison does where it applies; "
                  "likewise 'name, by diff' (a capitalised mid-sentence word replaced by "
                  "another) for the name comparison"),
    "newsnli": "false-conflict rate on entailment <= 0.05",
}

# --------------------------------------------------------------------------------------------
# Pure scoring functions
# --------------------------------------------------------------------------------------------




def baselines(gold: Sequence[bool]) -> dict[str, PRF]:
    """"always conflict" and "never conflict" on the same items."""
    return {
        "always conflict": confusion([True] * len(gold), gold),
        "never conflict": confusion([False] * len(gold), gold),
    }


_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion trillion dozen half first second third "
    "fourth fifth sixth seventh eighth ninth tenth bn m".split()
)
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday".split()
)


def changed_words(original: str, edited: str) -> list[tuple[str, str]]:
    """The (before, after) word spans a minimal edit replaced, inserted or deleted."""
    from rapidfuzz.distance import Levenshtein

    a, b = original.split(), edited.split()
    ops = Levenshtein.opcodes(a, b)
    return [(" ".join(a[op.src_start:op.src_end]), " ".join(b[op.dest_start:op.dest_end]))
            for op in ops if op.tag != "equal"]


def is_figure_edit(original: str, edited: str) -> bool:
    """Whether the edit changes a figure, number word, month or weekday."""
    for before, after in changed_words(original, edited):
        for word in f"{before} {after}".casefold().split():
            token = word.strip(".,;:!?\"'()[]$€£%")
            if re.search(r"\d", token) or token in _NUMBER_WORDS or token in _CALENDAR_WORDS:
                return True
    return False


def _mid_sentence_capitals(words: Sequence[str], lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` holds a capitalised word that does not start a sentence."""
    return any(
        words[i][:1].isupper() and i > 0 and not words[i - 1].endswith((".", "!", "?", ":"))
        for i in range(lo, hi)
    )


def is_name_edit(original: str, edited: str) -> bool:
    """Whether the edit replaces a capitalised mid-sentence word by another (a name swap,
    as far as a diff can tell: ``Tim Cook`` → ``Satya Nadella``, ``Italy`` → ``France``)."""
    from rapidfuzz.distance import Levenshtein

    a, b = original.split(), edited.split()
    return any(
        op.tag == "replace"
        and _mid_sentence_capitals(a, op.src_start, op.src_end)
        and _mid_sentence_capitals(b, op.dest_start, op.dest_end)
        for op in Levenshtein.opcodes(a, b)
    )


def edit_buckets(item: Mapping[str, Any]) -> list[str]:
    """Breakdown buckets an inconsistent SummEdits item counts in (always ``all``)."""
    if item["label"] != 0:
        return [ALL]
    types = list(item.get("edit_types") or ["(no type)"])
    if "entity_modification" in types and is_figure_edit(
        item["original_summary"], item["summary"]
    ):
        types.append(FIGURE_EDIT)
    if "entity_modification" in types and is_name_edit(item["original_summary"], item["summary"]):
        types.append(NAME_EDIT)
    return [ALL, *types]


def by_bucket(
    items: Sequence[Mapping[str, Any]], predicted: Sequence[bool]
) -> dict[str, PRF]:
    """P/R/F1 per edit type: each bucket's inconsistent items plus every consistent item.

    Consistent items have no edit type, so each bucket is scored against all of them: its
    precision is what the checker would have if that edit type were the only error kind.
    """
    negatives = [(p, False) for item, p in zip(items, predicted, strict=True)
                 if item["label"] != 0]
    buckets: dict[str, list[tuple[bool, bool]]] = {}
    for item, p in zip(items, predicted, strict=True):
        if item["label"] == 0:
            for b in edit_buckets(item):
                buckets.setdefault(b, []).append((p, True))
    out = {}
    for name, positives in sorted(buckets.items(), key=lambda kv: (kv[0] != ALL, kv[0])):
        pairs = positives + negatives
        out[name] = confusion([p for p, _ in pairs], [g for _, g in pairs])
    return out




def prf_row(name: str, prf: PRF) -> list[Any]:
    return [name, prf.n, prf.tp + prf.fn, prf.tp, prf.fp, prf.precision, prf.recall, prf.f1]


PRF_HEADERS = ["", "items", "gold conflicts", "TP", "FP", "precision", "recall", "F1"]


# --------------------------------------------------------------------------------------------
# Running the pipeline
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PairResult:
    """What reporter says about one pair of texts."""

    pair_conflict: bool
    """``find_conflicts`` on the two texts as one two-member group."""
    report_conflict: bool
    """``build_report`` on the two texts as two articles has a conflict group."""
    grouped: bool
    """``build_report`` put a unit of each text in one group."""
    kinds: tuple[str, ...] = ()
    """Conflict kinds of the two-member group."""


def run_pair(a: str, b: str, lang: str) -> PairResult:
    from reporter.api import build_report
    from reporter.conflicts import find_conflicts
    from reporter.model import Article, Member, ReportOptions, Unit

    members = [Member(Unit(source=s, index=0, start=0, end=len(t), text=t, lang=lang))
               for s, t in (("a", a), ("b", b))]
    found = find_conflicts(members)
    report = build_report([Article("a", "a", a), Article("b", "b", b)],
                          options=ReportOptions(lang=lang))
    return PairResult(
        pair_conflict=bool(found),
        report_conflict=bool(report.conflicts),
        grouped=any(len(g.sources) == 2 for g in report.groups),
        kinds=tuple(sorted({c.kind.value for c in found})),
    )


def require(data: Path, relative: Path, what: str) -> Path | None:
    path = data / relative
    if path.exists():
        return path
    print(f"{what}: benchmark data not found at {path}. Pass --data DIR pointing at the "
          f"shared benchmarks folder (expected {relative} inside it).", file=sys.stderr)
    return None


def read_rows(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def print_baselines(gold: Sequence[bool]) -> None:
    print(md_table(PRF_HEADERS, [prf_row(k, v) for k, v in baselines(gold).items()]))


def show(title: str, items: Sequence[tuple[str, str]], limit: int) -> None:
    if limit and items:
        print(f"\n{title} (first {min(limit, len(items))} of {len(items)}):\n")
        for a, b in items[:limit]:
            print(f"- A: {a}\n  B: {b}")


def print_summedits(data: Path, details: int) -> bool:
    path = require(data, SUMMEDITS, "SummEdits")
    if path is None:
        return False
    items = json.loads(path.read_text(encoding="utf-8"))
    results = [run_pair(x["original_summary"], x["summary"], "en") for x in items]
    gold = [x["label"] == 0 for x in items]
    print(f"## SummEdits news: {len(items)} pairs, {sum(gold)} inconsistent (label 0)\n")
    print(f"Target: {TARGETS['summedits']}.\n")
    for name, attr in (("find_conflicts on the pair (one two-member group)", "pair_conflict"),
                       ("build_report on the two texts", "report_conflict")):
        predicted = [getattr(r, attr) for r in results]
        print(f"### {name}\n")
        rows = [prf_row(k, v) for k, v in by_bucket(items, predicted).items()]
        print(md_table(["edit type", *PRF_HEADERS[1:]], rows))
        print()
    print("Baselines on all pairs:\n")
    print_baselines(gold)
    grouped = sum(r.grouped for r in results)
    print(f"\nbuild_report grouped the two texts in {grouped}/{len(items)} pairs.\n")
    fps = [(x["original_summary"], x["summary"]) for x, r in zip(items, results, strict=True)
           if r.pair_conflict and x["label"] != 0]
    misses = [(x["original_summary"], x["summary"]) for x, r in zip(items, results, strict=True)
              if not r.pair_conflict and FIGURE_EDIT in edit_buckets(x)]
    show("False conflicts (label 1)", fps, details)
    show("Missed figure/date edits", misses, details)
    name_misses = [(x["original_summary"], x["summary"])
                   for x, r in zip(items, results, strict=True)
                   if not r.pair_conflict and NAME_EDIT in edit_buckets(x)]
    show("Missed name edits", name_misses, details)
    return True


def print_equate(data: Path, details: int) -> bool:
    news_path = require(data, NEWSNLI, "EQUATE NewsNLI")
    reddit_path = require(data, REDDITNLI, "EQUATE RedditNLI")
    if news_path is None or reddit_path is None:
        return False
    print("## EQUATE\n")
    news = [r for r in read_rows(news_path) if r["label"] == "entailment"]
    results = [run_pair(r["premise"], r["hypothesis"], "en") for r in news]
    alarms = sum(r.pair_conflict for r in results)
    report_alarms = sum(r.report_conflict for r in results)
    print(f"NewsNLI entailment pairs (figures agree): {len(news)}. Target: "
          f"{TARGETS['newsnli']}.\n")
    print(md_table(["", "false conflicts", "rate"], [
        ["find_conflicts on the pair", alarms, alarms / len(news)],
        ["build_report on the two texts", report_alarms, report_alarms / len(news)],
        ["always conflict (baseline)", len(news), 1.0],
    ]))
    show("NewsNLI false conflicts", [(r["premise"], r["hypothesis"])
                                     for r, x in zip(news, results, strict=True)
                                     if x.pair_conflict], details)
    reddit = read_rows(reddit_path)
    results = [run_pair(r["premise"], r["hypothesis"], "en") for r in reddit]
    gold = [r["label"] == "contradiction" for r in reddit]
    print(f"\nRedditNLI: {len(reddit)} pairs, {sum(gold)} contradictions; precision counts "
          "conflicts on entailment and neutral pairs as false.\n")
    print(md_table(PRF_HEADERS, [
        prf_row("find_conflicts on the pair", confusion([r.pair_conflict for r in results], gold)),
        prf_row("build_report", confusion([r.report_conflict for r in results], gold)),
        *(prf_row(k, v) for k, v in baselines(gold).items()),
    ]))
    agreeing = [r.pair_conflict for r, x in zip(results, reddit, strict=True)
               if x["label"] == "entailment"]
    print(f"\nConflicts on RedditNLI entailment pairs: {sum(agreeing)}/{len(agreeing)}.\n")
    return True


def print_daccord(data: Path, details: int) -> bool:
    path = require(data, DACCORD, "DACCORD")
    if path is None:
        return False
    rows = read_rows(path, "\t")
    results = [run_pair(r["premise"], r["hypothesis"], "fr") for r in rows]
    gold = [r["label"] == "1" for r in rows]
    print(f"## DACCORD (French): {len(rows)} pairs, {sum(gold)} contradictions\n")
    table = [
        prf_row("find_conflicts on the pair", confusion([r.pair_conflict for r in results], gold)),
        prf_row("build_report", confusion([r.report_conflict for r in results], gold)),
        *(prf_row(k, v) for k, v in baselines(gold).items()),
    ]
    print(md_table(PRF_HEADERS, table))
    print("\nBy genre (find_conflicts on the pair):\n")
    genres = sorted({r["genre"] for r in rows})
    print(md_table(["genre", *PRF_HEADERS[1:]], [
        prf_row(g, confusion([x.pair_conflict for x, r in zip(results, rows, strict=True)
                              if r["genre"] == g],
                             [r["label"] == "1" for r in rows if r["genre"] == g]))
        for g in genres
    ]))
    contra = [x for x, g in zip(results, gold, strict=True) if g]
    compat = [x for x, g in zip(results, gold, strict=True) if not g]
    print(f"\nbuild_report groups {sum(x.grouped for x in contra)}/{len(contra)} contradictory "
          f"pairs and {sum(x.grouped for x in compat)}/{len(compat)} compatible pairs.\n")
    show("DACCORD false conflicts", [(r["premise"], r["hypothesis"])
                                     for r, x, g in zip(rows, results, gold, strict=True)
                                     if x.pair_conflict and not g], details)
    return True


STS_FILES = (("fr", Path("stsb-multi-mt") / "stsb-fr-test.csv"),
             ("en", Path("stsb-multi-mt") / "stsb-en-test.csv"))
PARAPHRASE = 4.0
"""STS-B gold similarity from which a pair is a paraphrase: the two sentences agree."""


def paraphrase_pairs(rows: Sequence[Sequence[str]]) -> list[tuple[str, str]]:
    """The (a, b) pairs of STS-B rows (``a, b, score``) whose gold score reaches
    ``PARAPHRASE``."""
    return [(r[0], r[1]) for r in rows if len(r) >= 3 and float(r[2]) >= PARAPHRASE]


def print_sts(data: Path, details: int) -> bool:
    """False conflicts on STS-B paraphrases (gold similarity >= 4), French and English:
    two sentences that say the same thing should not conflict, least of all by the
    wording rules (negation, opposite, term)."""
    from reporter.conflicts import find_conflicts
    from reporter.model import Member, Unit

    rows_out = []
    alarms: list[tuple[str, str]] = []
    for lang, relative in STS_FILES:
        path = require(data, relative, "STS-B")
        if path is None:
            return False
        with path.open(encoding="utf-8", newline="") as f:
            pairs = paraphrase_pairs(list(csv.reader(f)))
        kinds: dict[str, int] = {}
        flagged = 0
        for a, b in pairs:
            members = [Member(Unit(source=s, index=0, start=0, end=len(t), text=t, lang=lang))
                       for s, t in (("a", a), ("b", b))]
            found = {c.kind.value for c in find_conflicts(members)}
            flagged += bool(found)
            for k in found:
                kinds[k] = kinds.get(k, 0) + 1
            if found:
                alarms.append((a, b))
        rows_out.append([f"{relative.name} ({lang})", len(pairs), flagged,
                         flagged / len(pairs) if pairs else 0.0,
                         ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "—"])
    print("## STS-B paraphrases (gold similarity >= 4): false conflicts\n")
    print(md_table(["file", "pairs", "with a conflict", "rate", "by kind"], rows_out))
    print()
    show("STS-B paraphrases with a conflict", alarms, details)
    return True


WORD_PAIRS = Path(__file__).resolve().parent / "annotations" / "word-pairs.tsv"


def print_words(details: int) -> bool:
    """What ``reporter.lexicon.relation`` calls different among English word pairs
    annotated here (``bench/annotations/word-pairs.tsv``): pairs outlets use for one
    another should not be; pairs that change a fact should."""
    from reporter.lexicon import relation

    lines = [line for line in WORD_PAIRS.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    pairs = [tuple(line.split("\t")) for line in lines[1:]]
    said: dict[str, list[str]] = {"same": [], "different": []}
    counts: dict[str, int] = {"same": 0, "different": 0}
    for a, b, label in pairs:
        counts[label] += 1
        if relation(a.replace(" ", "_"), b.replace(" ", "_")) is not None:
            said[label].append(f"{a} / {b}")
    print("## English word pairs (own annotation): WordNet relation\n")
    print(md_table(["annotated", "pairs", "called different", "rate"], [
        [label, counts[label], len(said[label]),
         len(said[label]) / counts[label] if counts[label] else 0.0]
        for label in ("same", "different")]))
    print()
    if details:
        print(f"Same, called different: {', '.join(said['same']) or '—'}.\n")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Conflict detection of reporter on benchmarks.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help=f"shared benchmarks folder (default {DEFAULT_DATA})")
    parser.add_argument("--only", choices=["summedits", "equate", "daccord", "sts", "words"],
                        help="run one benchmark only")
    parser.add_argument("--details", type=int, default=0, metavar="N",
                        help="also list up to N false conflicts and misses per benchmark")
    args = parser.parse_args(argv)
    ok = True
    if args.only in (None, "summedits"):
        ok &= print_summedits(args.data, args.details)
    if args.only in (None, "equate"):
        ok &= print_equate(args.data, args.details)
    if args.only in (None, "daccord"):
        ok &= print_daccord(args.data, args.details)
    if args.only in (None, "sts"):
        ok &= print_sts(args.data, args.details)
    if args.only in (None, "words"):
        ok &= print_words(args.details)
    return 0 if ok else 2


if __name__ == "__main__":
    sys.exit(main())
