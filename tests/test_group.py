"""Scoring and grouping: no chaining, a source never confirms itself, order-free."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.group import (
    cluster,
    pair_score,
    profile,
    rarity_weights,
    score_pairs,
    similarity,
)
from reporter.model import ReportOptions, Unit

THRESHOLD = ReportOptions().threshold


def mk(sources: str) -> list[Unit]:
    """One unit per character of ``sources``, the character being its source id."""
    return [Unit(source=s, index=i, start=0, end=1, text="x") for i, s in enumerate(sources)]


def test_no_chaining_through_a_middle_unit() -> None:
    """A~B and B~C do not put A and C together when A and C are unrelated."""
    groups = cluster(mk("abc"), {(0, 1): 90.0, (1, 2): 85.0}, threshold=60, twin_threshold=80)
    assert [0, 1, 2] not in groups
    assert [0, 1] in groups


def test_average_linkage_merges_a_consistent_trio() -> None:
    """Three mutually similar units of three sources form one group."""
    scores = {(0, 1): 90.0, (1, 2): 85.0, (0, 2): 70.0}
    assert cluster(mk("abc"), scores, threshold=60, twin_threshold=80) == [[0, 1, 2]]


def test_a_source_never_confirms_itself() -> None:
    """Two units of one source that are not near repeats stay apart."""
    scores = {(0, 1): 90.0, (0, 2): 88.0, (1, 2): 65.0}
    groups = cluster(mk("abb"), scores, threshold=60, twin_threshold=80)
    assert all(sum(1 for i in g if i in (1, 2)) <= 1 for g in groups)


def test_twins_of_one_source_may_share_a_group() -> None:
    """A source restating its own fact (a twin) joins the fact's group."""
    scores = {(0, 1): 90.0, (0, 2): 88.0, (1, 2): 85.0}
    assert cluster(mk("abb"), scores, threshold=60, twin_threshold=80) == [[0, 1, 2]]


def reference(units: list[Unit], scores: dict[tuple[int, int], float], threshold: float,
              twin: float) -> list[list[int]]:
    """Naive dense average linkage with the same constraints and tie-breaking."""
    clusters = [[i] for i in range(len(units))]

    def s(i: int, j: int) -> float:
        return scores.get((min(i, j), max(i, j)), 0.0)

    def ok(a: list[int], b: list[int]) -> bool:
        return all(units[i].source != units[j].source or s(i, j) >= twin for i in a for j in b)

    def link(a: list[int], b: list[int]) -> float:
        total = sum(s(i, j) for i in a for j in b
                    if units[i].source != units[j].source or s(i, j) >= twin)
        return total / (len(a) * len(b))

    blocked: set[tuple[int, int]] = set()
    while True:
        best = None
        for a, b in itertools.combinations(clusters, 2):
            key = (min(a), min(b))
            if key in blocked:
                continue
            avg = round(link(a, b), 9)
            if avg >= threshold and (best is None or (-avg, *sorted(key)) < best[0]):
                best = ((-avg, *sorted(key)), a, b)
        if best is None:
            return sorted((sorted(c) for c in clusters), key=lambda c: c[0])
        _, a, b = best
        if not ok(a, b):
            blocked.add((min(a), min(b)))
            blocked.add((min(b), min(a)))
            continue
        clusters.remove(a)
        clusters.remove(b)
        clusters.append(a + b)


@settings(deadline=None, max_examples=150)
@given(
    st.text(alphabet="abc", min_size=2, max_size=7),
    st.lists(st.integers(0, 100), min_size=21, max_size=21),
)
def test_matches_naive_reference(sources: str, raw: list[int]) -> None:
    """The sparse heap clustering equals a naive dense average linkage."""
    units = mk(sources)
    pairs = list(itertools.combinations(range(len(units)), 2))
    scores = {p: float(v) for p, v in zip(pairs, raw, strict=False) if v >= 40}
    got = cluster(units, scores, threshold=60, twin_threshold=80)
    assert got == reference(units, scores, 60, 80)


def test_missing_pairs_must_score_below_the_threshold() -> None:
    # Only pairs that clear the threshold are followed; an unscored pair that would
    # clear it too could join anything with anything.
    with pytest.raises(ValueError, match="below the threshold"):
        cluster(mk("ab"), {}, threshold=40, twin_threshold=80, missing=40)


SAME = [
    pytest.param("Il pourrait être facturé 42 000 $ par mois.",
                 "Il pourrait être facturé $42 000 par mois.", id="money-format"),
    pytest.param("« L’heure du procès », a écrit Musk.", '"L\'heure du proces", a écrit Musk.',
                 id="quotes-accents"),
    pytest.param("Microsoft will drop Twitter from its advertising platform on April 25.",
                 "On April 25, Microsoft's advertising platform will drop Twitter.",
                 id="reordered-en"),
]
DIFFERENT = [
    pytest.param("Twitter n'est plus sur cette liste.",
                 "Plus de 17 500 articles universitaires sont basés sur les données de Twitter.",
                 id="short-subset-of-long"),
    pytest.param("Pourquoi ?", "Microsoft n'a pas expliqué pourquoi il met fin au support.",
                 id="one-word-question"),
    pytest.param("The minister resigned on Tuesday.", "The budget was approved by parliament.",
                 id="unrelated-en"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_fact_scores_above_threshold(a: str, b: str) -> None:
    """Rewritten forms of one sentence score as the same fact."""
    lang = "en" if "the" in a.lower().split() or "will" in a else "fr"
    assert similarity(a, b, lang=lang) >= THRESHOLD


CONTEXT = {
    "fr": ["Twitter a rendu son API payante.", "Microsoft retire Twitter de sa plateforme.",
           "Musk menace Microsoft, selon Twitter.", "Les annonceurs quittent Twitter."],
    "en": ["The minister spoke to parliament.", "The budget debate lasted a week.",
           "Parliament met on Tuesday."],
}


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_facts_score_below_threshold(a: str, b: str) -> None:
    """In a story's context (where its common words weigh little), a short sentence inside
    a long one, or unrelated sentences, do not score as one fact."""
    lang = "en" if a.startswith("The") else "fr"
    profiles = [profile(t, lang=lang) for t in [a, b, *CONTEXT[lang]]]
    weights = rarity_weights(profiles)
    assert pair_score(profiles[0], profiles[1], weights) < THRESHOLD


def test_similarity_is_symmetric() -> None:
    """The pair score does not depend on argument order."""
    a, b = "Microsoft abandonne Twitter le 25 avril.", "Le 25 avril, Twitter est abandonné."
    assert similarity(a, b) == similarity(b, a)


def _claims_of(articles):  # type: ignore[no-untyped-def]
    from reporter.api import sort_units
    from reporter.model import ReportOptions

    _, claims, _ = sort_units(sorted(articles, key=lambda a: a.id), options=ReportOptions())
    profiles = [profile(u.text, lang=u.lang) for u in claims]
    return claims, profiles, rarity_weights(profiles)


def test_blocking_gives_the_exhaustive_groups_on_the_fixtures() -> None:
    """Candidate blocking changes no group on the fixtures."""
    from reporter import load_articles
    from tests.conftest import STORY

    claims, profiles, weights = _claims_of(load_articles([STORY]))
    full = score_pairs(claims, profiles, weights, exhaustive=True)
    blocked = score_pairs(claims, profiles, weights, exhaustive=False)
    assert set(blocked) <= set(full)
    assert all(full[k] == pytest.approx(v) for k, v in blocked.items())
    assert all(s < THRESHOLD for k, s in full.items() if k not in blocked)
    kw = {"threshold": THRESHOLD, "twin_threshold": 75.0}
    assert cluster(claims, blocked, **kw) == cluster(claims, full, **kw)


@pytest.mark.parametrize("exhaustive", [True, False])
@pytest.mark.parametrize("cutoff", [40.0, 84.64])
def test_weights_left_out_are_the_profiles_rarity_weights(exhaustive: bool,
                                                          cutoff: float) -> None:
    """Without weights, pairs are scored with the profiles' own rarity weights."""
    from reporter import load_articles
    from tests.conftest import STORY

    claims, profiles, weights = _claims_of(load_articles([STORY]))
    assert score_pairs(claims, profiles, None, exhaustive=exhaustive, cutoff=cutoff) == (
        score_pairs(claims, profiles, weights, exhaustive=exhaustive, cutoff=cutoff))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_blocking_gives_the_exhaustive_groups_on_ecb_subsets(seed: int) -> None:
    """On random ECB+ subsets of 25 articles, blocked and exhaustive groups are equal."""
    import json
    import random

    from reporter.model import Article
    from tests.conftest import BENCHMARKS

    path = BENCHMARKS / "ecbplus" / "derived" / "ecbplus_documents.jsonl"
    if not path.exists():
        pytest.skip(f"ECB+ data not found at {path}")
    with path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    picked = random.Random(seed).sample(docs, 25)
    claims, profiles, weights = _claims_of(
        [Article(id=d["doc"], path=d["doc"], text=d["text"]) for d in picked])
    full = score_pairs(claims, profiles, weights, exhaustive=True)
    blocked = score_pairs(claims, profiles, weights, exhaustive=False)
    kw = {"threshold": THRESHOLD, "twin_threshold": 75.0}
    assert cluster(claims, blocked, **kw) == cluster(claims, full, **kw)


@pytest.mark.parametrize("blocks", [2, 7])
def test_candidate_pairs_do_not_depend_on_row_blocks(blocks: int) -> None:
    """Large inputs find candidates in row blocks on several threads: the pairs, and
    their order, are those of one block."""
    from reporter import load_articles
    from reporter.group import candidate_pairs
    from tests.conftest import STORY

    _, profiles, weights = _claims_of(load_articles([STORY]))
    rows, cols = candidate_pairs(profiles, weights, threshold=THRESHOLD, blocks=1)
    split = candidate_pairs(profiles, weights, threshold=THRESHOLD, blocks=blocks)
    assert len(rows) > 100
    assert rows.tolist() == split[0].tolist() and cols.tolist() == split[1].tolist()


def test_bulk_and_pair_by_pair_scoring_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    """Few candidate pairs are scored in a loop, many through sparse products: both must
    give the same scores (to rounding in the last bits: numpy sums in another order) and
    the same groups, or a group could depend on the input's size."""
    from reporter import group, load_articles
    from tests.conftest import STORY

    claims, profiles, weights = _claims_of(load_articles([STORY]))
    few = score_pairs(claims, profiles, weights, exhaustive=True)
    monkeypatch.setattr(group, "SPARSE_MIN", 0)
    bulk = score_pairs(claims, profiles, weights, exhaustive=True)
    assert len(few) > 1000 and few.keys() == bulk.keys()
    assert all(abs(few[k] - bulk[k]) < 1e-9 for k in few)
    kw = {"threshold": THRESHOLD, "twin_threshold": 75.0}
    assert cluster(claims, few, **kw) == cluster(claims, bulk, **kw)
