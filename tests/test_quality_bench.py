"""Tests of the scoring functions in ``bench/quality.py``, plus a quality floor on the fixtures.

``bench/`` is not a package, so the module is loaded from its path.
"""

from __future__ import annotations

import json
import math

import pytest

from reporter.model import Article, Excluded, Group, Member, Reason, Report, Unit
from tests.conftest import load_bench

FIXTURE_F1_FLOOR = 0.28
"""Pairwise F1 the pipeline must keep on the hand-annotated fixtures, a little under what it
reaches (0.296 at threshold 40; see bench/quality.py --only fixtures). Raise it as
grouping improves."""


q = load_bench("quality")


# ---------------------------------------------------------------- pairwise P/R/F1


def test_pairwise_prf_counts_each_outcome():
    labels = {"a": 1, "b": 1, "c": 2, "d": 2}
    pairs = [("a", "b", True), ("a", "c", True), ("c", "d", False), ("b", "d", False)]
    prf = q.pairwise_prf(labels, pairs)
    assert (prf.tp, prf.fn, prf.fp, prf.tn) == (1, 1, 1, 1)
    assert prf.precision == prf.recall == prf.f1 == 0.5


def test_pairwise_prf_with_no_predicted_pairs_is_zero_not_an_error():
    prf = q.pairwise_prf({"a": 1, "b": 2}, [("a", "b", True)])
    assert (prf.tp, prf.fp, prf.fn) == (0, 0, 1)
    assert prf.precision == prf.recall == prf.f1 == 0.0


def test_pairwise_prf_none_and_missing_labels_are_never_same():
    labels = {"a": None, "b": None, "c": 3}
    pairs = [("a", "b", True), ("a", "c", False), ("c", "zzz", True)]
    prf = q.pairwise_prf(labels, pairs)
    assert (prf.tp, prf.fp, prf.fn, prf.tn) == (0, 0, 2, 1)


def test_pairwise_prf_empty():
    prf = q.pairwise_prf({}, [])
    assert prf.n == 0 and prf.f1 == 0.0


def test_gold_pairs_cross_source_only_and_overlapping_facts():
    facts = {"x1": {"F1"}, "x2": {"F2"}, "y1": {"F1", "F2"}, "z1": {"F3"}}
    source = {"x1": "x", "x2": "x", "y1": "y", "z1": "z"}
    pairs = q.gold_pairs(facts, source)
    assert ("x1", "x2", False) not in pairs and ("x1", "x2", True) not in pairs
    assert ("x1", "y1", True) in pairs and ("x2", "y1", True) in pairs
    assert ("x1", "z1", False) in pairs
    assert len(pairs) == 5  # 4 items, one same-source pair left out


# ---------------------------------------------------------------- Spearman


def test_rank_average_ties():
    assert q.rank_average([10, 20, 20, 5]).tolist() == [2.0, 3.5, 3.5, 1.0]


def test_spearman_monotone_and_reversed():
    assert q.spearman([1, 2, 3, 4], [10, 20, 30, 1000]) == pytest.approx(1.0)
    assert q.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)


def test_spearman_with_ties_matches_pearson_of_average_ranks():
    # x ranks: 1.5 1.5 3 4, y ranks: 1 2 3 4; Pearson of those by hand = 0.9486833
    assert q.spearman([1, 1, 2, 3], [1, 2, 3, 4]) == pytest.approx(0.9486833, abs=1e-6)


def test_spearman_constant_input_is_nan():
    assert math.isnan(q.spearman([1, 1, 1], [1, 2, 3]))


def test_best_threshold_and_threshold_prf():
    scores, gold = [10, 40, 60, 90], [False, False, True, True]
    assert q.threshold_prf(scores, gold, 50).f1 == 1.0
    assert q.best_threshold(scores, gold) == (1.0, 60)
    assert q.threshold_prf(scores, gold, 95).f1 == 0.0


# ---------------------------------------------------------------- mapping quotes to units


def test_find_quote_must_be_unique():
    assert q.find_quote("abc abd", "abd") == 4
    with pytest.raises(ValueError):
        q.find_quote("ab ab", "ab")
    with pytest.raises(ValueError):
        q.find_quote("ab", "zz")


def test_span_to_unit_start_inside_gap_and_outside():
    spans = [(0, 10), (12, 20), (25, 30)]
    assert q.span_to_unit(spans, 5, 15) == 0  # start decides, not the overlap
    assert q.span_to_unit(spans, 10, 18) == 1  # start on a gap: the most-overlapped unit
    assert q.span_to_unit(spans, 21, 24) is None
    assert q.span_to_unit([], 0, 3) is None


def test_connected_components():
    assert q.connected_components(5, [(3, 1), (1, 0)]) == [0, 0, 2, 0, 4]
    assert q.connected_components(0, []) == []


def test_line_labels_longest_grouped_unit_wins():
    text = "aaaa. bbbbbbbb.\ncc.\ndd"
    units = [(0, 5, "G1"), (6, 15, "G2"), (16, 19, None), (20, 22, "G3")]
    assert q.line_labels(text, units) == ["G2", None, "G3"]


# ---------------------------------------------------------------- fixture scoring on a fake report


def _fake_report():
    texts = {
        "s1": "Microsoft drops Twitter. Musk threatens to sue. Photo: AP",
        "s2": "Twitter is dropped by Microsoft. Musk will sue. Share this",
    }
    units = {}
    for sid, text in texts.items():
        start = 0
        for i, piece in enumerate(text.split(". ")):
            end = start + len(piece) + (1 if i < 2 else 0)
            units[(sid, i)] = Unit(source=sid, index=i, start=start, end=end,
                                   text=text[start:end])
            start = start + len(piece) + 2
    g1 = Group(id="G1", members=(Member(units[("s1", 0)]), Member(units[("s2", 0)])))
    # each fact in its own group; s1's last unit is a claim here (a test turns it into furniture)
    g2 = Group(id="G2", members=(Member(units[("s1", 1)]), Member(units[("s2", 1)])))
    g3 = Group(id="G3", members=(Member(units[("s1", 2)]),))
    report = Report(
        articles=tuple(Article(id=s, path=s, text=t) for s, t in texts.items()),
        units=tuple(units.values()),
        groups=(g1, g2, g3),
        excluded=(Excluded(units[("s2", 2)], Reason.BOILERPLATE),),
    )
    gold = {
        "facts": [
            {"id": "F1", "mentions": [{"source": "s1", "quote": "Microsoft drops"},
                                      {"source": "s2", "quote": "dropped by Microsoft"}]},
            {"id": "F2", "mentions": [{"source": "s1", "quote": "Musk threatens"},
                                      {"source": "s2", "quote": "Musk will sue"}]},
            {"id": "F3", "mentions": [{"source": "s1", "quote": "Photo: AP"}]},
        ],
        "furniture": [{"source": "s2", "quote": "Share this"}],
    }
    return report, gold, texts


def test_score_fixtures_on_fake_report():
    report, gold, texts = _fake_report()
    score = q.score_fixtures(report, gold, texts)
    assert (score.prf.tp, score.prf.fp, score.prf.fn) == (2, 0, 0)
    assert sorted(score.facts_whole) == ["F1", "F2"]
    assert score.furniture_as_claim == [] and score.lost == [] and score.unmapped == []


def test_score_fixtures_counts_furniture_shown_and_claims_lost():
    report, gold, texts = _fake_report()
    gold["furniture"].append({"source": "s1", "quote": "Photo: AP"})
    gold["facts"][2]["mentions"] = [{"source": "s2", "quote": "Share this"}]
    score = q.score_fixtures(report, gold, texts)
    assert [u.text for u in score.furniture_as_claim] == ["Photo: AP"]
    assert [(f, u.text) for f, u in score.lost] == [("F3", "Share this")]
    # F3's unit is excluded: its pairs with s1 are gold negatives, predicted negative
    assert score.prf.fp == 0


def test_score_fixtures_merged_facts_lose_precision_and_wholeness():
    report, gold, texts = _fake_report()
    units = {(u.source, u.index): u for u in report.units}
    merged = Group(id="G1", members=tuple(Member(units[k]) for k in
                                          [("s1", 0), ("s2", 0), ("s1", 1), ("s2", 1)]))
    report = Report(articles=report.articles, units=report.units,
                    groups=(merged, report.groups[2]), excluded=report.excluded)
    score = q.score_fixtures(report, gold, texts)
    assert (score.prf.tp, score.prf.fp) == (2, 2)
    assert score.facts_whole == ["F1", "F2"]  # sources match exactly, extra units do not matter
    assert len(score.wrong) == 2 and score.missed == []


# ---------------------------------------------------------------- annotation and real pipeline


def test_annotation_quotes_are_unique_in_their_sources():
    gold = json.loads(q.ANNOTATION.read_text(encoding="utf-8"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in q.FIXTURES.glob("*.txt")}
    quotes = [m for f in gold["facts"] for m in f["mentions"]] + gold["furniture"]
    for m in quotes:
        assert texts[m["source"]].count(m["quote"]) == 1, m


def test_fixtures_pairwise_f1_floor():
    score, _ = q.run_fixtures()
    assert score.unmapped == []
    assert score.prf.f1 >= FIXTURE_F1_FLOOR, f"pairwise F1 {score.prf.f1:.3f}"


def test_sts_loader_reads_shared_data():
    path = q.DEFAULT_DATA / q.STS_FILE
    if not path.exists():
        pytest.skip(f"shared benchmark data absent: {path} (see bench/quality.py --data)")
    rows = q.load_sts(path)
    assert len(rows) == 1379
    assert sum(r["genre"] == "main-news" for r in rows) == 500


def test_ecb_oracle_matches_the_published_caveat():
    # benchmarks/README.md: one group per event scores precision 0.77 / recall 1.0 on 36-45.
    folder = q.DEFAULT_DATA / q.ECB_DIR
    if not folder.exists():
        pytest.skip(f"shared benchmark data absent: {folder} (see bench/quality.py --data)")
    docs, pairs = q.load_ecb(folder)
    labels = q.ecb_oracle(d for t in q.TEST_TOPICS for d in docs.get(t, []))
    gold = [(p["a"], p["b"], p["same"]) for p in pairs if p["topic"] in q.TEST_TOPICS]
    prf = q.pairwise_prf(labels, gold)
    assert prf.precision == pytest.approx(0.77, abs=0.005)
    assert prf.recall == pytest.approx(1.0, abs=0.005)


ECB_TEST_FLOORS = {"precision": 0.873, "recall": 0.120}
"""Pairwise precision / recall the pipeline must keep on the held-out ECB+ topics 36-45,
2 points under what it measures (0.893 / 0.140; bench/quality.py --only
ecb). Raise them as grouping improves."""

ECB_TEST_LOOKALIKE_CEILING = 0.023
"""Share of look-alike event pairs merged on topics 36-45 it must stay under (0.003)."""


def test_ecb_held_out_floors():
    folder = q.DEFAULT_DATA / q.ECB_DIR
    if not folder.exists():
        pytest.skip(f"shared benchmark data absent: {folder} (see bench/quality.py --data)")
    rp = q.import_pipeline()
    options = q.options_for(rp, None)
    docs, pairs = q.load_ecb(folder)
    labels = {}
    for topic in q.TEST_TOPICS:
        labels.update({k: None if v is None else (topic, v)
                       for k, v in q.ecb_ours(rp, docs.get(topic, []), options).items()})
    chosen = [p for p in pairs if p["topic"] in q.TEST_TOPICS]
    prf = q.pairwise_prf(labels, [(p["a"], p["b"], p["same"]) for p in chosen])
    lookalike = [p for p in chosen if not p["same_subtopic"] and not p["same"]]
    merged = sum(q.same_cluster(labels, p["a"], p["b"]) for p in lookalike) / len(lookalike)
    got = {"precision": prf.precision, "recall": prf.recall}
    low = {k: (round(got[k], 3), floor) for k, floor in ECB_TEST_FLOORS.items()
           if got[k] < floor}
    assert not low, f"below floor: {low}"
    assert merged <= ECB_TEST_LOOKALIKE_CEILING, f"look-alike pairs merged {merged:.3f}"
