"""Stage 5: score unit pairs and group units into facts.

Scoring has two parts. rapidfuzz's ``token_set_ratio`` on normalised content words,
computed in bulk with ``process.cdist``, finds candidate pairs and tolerates small
spelling differences. For candidates only, a rarity-weighted Dice overlap of the
word sets adds what character similarity misses: words nearly every sentence of the
story shares (the protagonists' names) count little, rare shared words and figures
count much, and a short sentence whose words are a subset of a long one no longer
scores 100 (``token_set_ratio``'s subset behaviour).

Grouping is average-linkage clustering over the sparse candidate graph: two clusters
merge only when the *average* score over all their cross pairs (missing pairs count as
0) clears the threshold, so A~B and B~C cannot chain an unrelated A and C. A source
never confirms itself: two units of one source share a group only when they are near
repeats of each other (twins).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from reporter.model import Member, Unit
from reporter.normalize import content_terms

CANDIDATE_CUTOFF = 40.0
"""token_set_ratio below which a pair is not even scored: far below any useful threshold."""

FUZZY_WEIGHT = 0.5
"""Share of the pair score given to token_set_ratio; the rest is the weighted overlap."""


@dataclass(frozen=True, slots=True)
class Profile:
    """A unit's matching representation, built once."""

    stems: tuple[str, ...]
    """Stemmed content words in order."""
    words: tuple[str, ...]
    """The folded surface word of each stem, for explaining matches."""

    @property
    def text(self) -> str:
        return " ".join(self.stems)


def profile(unit_text: str, *, lang: str) -> Profile:
    """The matching representation of one sentence."""
    terms = content_terms(unit_text, lang=lang)
    return Profile(stems=tuple(s for s, _ in terms), words=tuple(w for _, w in terms))


def rarity_weights(profiles: Iterable[Profile]) -> dict[str, float]:
    """Inverse document frequency of each stem over the input's units."""
    df: Counter[str] = Counter()
    n = 0
    for p in profiles:
        n += 1
        df.update(set(p.stems))
    return {stem: math.log(1 + n / count) for stem, count in df.items()}


def weighted_overlap(a: Profile, b: Profile, weights: dict[str, float]) -> float:
    """Rarity-weighted Dice coefficient of two word sets, 0-100."""
    sa, sb = set(a.stems), set(b.stems)
    total = sum(weights.get(s, 1.0) for s in sa) + sum(weights.get(s, 1.0) for s in sb)
    if not total:
        return 0.0
    shared = sum(weights.get(s, 1.0) for s in sa & sb)
    return 200.0 * shared / total


def combine(fuzzy: float, overlap: float) -> float:
    """The pair score from its two parts."""
    return FUZZY_WEIGHT * fuzzy + (1 - FUZZY_WEIGHT) * overlap


def pair_score(a: Profile, b: Profile, weights: dict[str, float]) -> float:
    """Score of one pair, computed directly (for pairs the bulk pass did not keep)."""
    fuzzy = fuzz.token_set_ratio(a.text, b.text, processor=None)
    return combine(fuzzy, weighted_overlap(a, b, weights))


def similarity(a: str, b: str, *, lang: str = "fr") -> float:
    """The grouping score of two sentences on their own (no corpus to weigh words by)."""
    pa, pb = profile(a, lang=lang), profile(b, lang=lang)
    return pair_score(pa, pb, {})


def score_pairs(
    units: Sequence[Unit], profiles: Sequence[Profile], weights: dict[str, float]
) -> dict[tuple[int, int], float]:
    """Scores of all unit pairs ``(i, j)``, ``i < j``, that pass the candidate cutoff.

    The bulk pass is rapidfuzz ``process.cdist`` on all cores; only its candidates are
    scored further.
    """
    texts = [p.text for p in profiles]
    if len(texts) < 2:
        return {}
    matrix = process.cdist(
        texts, texts, scorer=fuzz.token_set_ratio, processor=None,
        score_cutoff=CANDIDATE_CUTOFF, dtype=np.float32, workers=-1,
    )
    rows, cols = np.nonzero(np.triu(matrix, k=1))
    scores: dict[tuple[int, int], float] = {}
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if not texts[i] or not texts[j]:
            continue
        fuzzy = float(matrix[i, j])
        scores[(i, j)] = combine(fuzzy, weighted_overlap(profiles[i], profiles[j], weights))
    return scores


def cluster(
    units: Sequence[Unit],
    scores: dict[tuple[int, int], float],
    *,
    threshold: float,
    twin_threshold: float,
) -> list[list[int]]:
    """Average-linkage clusters of unit indices, no two units of one source unless twins.

    Deterministic: ties break on the smallest unit index, and units are expected in a
    canonical order (by source id, then offset), so the order of the inputs on the
    command line cannot change the groups.
    """
    members: dict[int, list[int]] = {i: [i] for i in range(len(units))}
    links: dict[int, dict[int, float]] = {i: {} for i in range(len(units))}
    for (i, j), s in scores.items():
        if units[i].source == units[j].source and s < twin_threshold:
            continue
        links[i][j] = s
        links[j][i] = s
    # Merges always make a fresh cluster id, so a heap entry is stale exactly when one
    # of its clusters is gone.
    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int, b: int) -> None:
        avg = links[a][b] / (len(members[a]) * len(members[b]))
        if avg >= threshold:
            ka, kb = min(members[a]), min(members[b])
            heapq.heappush(heap, (-round(avg, 9), min(ka, kb), max(ka, kb), a, b))

    for a, nbrs in links.items():
        for b in nbrs:
            if a < b:
                push(a, b)

    def allowed(a: int, b: int) -> bool:
        by_source: dict[str, list[int]] = {}
        for i in members[a]:
            by_source.setdefault(units[i].source, []).append(i)
        for j in members[b]:
            for i in by_source.get(units[j].source, ()):
                if scores.get((min(i, j), max(i, j)), 0.0) < twin_threshold:
                    return False
        return True

    next_id = len(units)
    while heap:
        *_, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        if not allowed(a, b):
            continue
        new = next_id
        next_id += 1
        members[new] = members.pop(a) + members.pop(b)
        merged: dict[int, float] = {}
        for old in (a, b):
            for k, s in links.pop(old).items():
                if k in (a, b):
                    continue
                merged[k] = merged.get(k, 0.0) + s
                del links[k][old]
        links[new] = merged
        for k, s in merged.items():
            links[k][new] = s
            push(new, k)
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def explain(
    group: Sequence[int],
    units: Sequence[Unit],
    profiles: Sequence[Profile],
    weights: dict[str, float],
    scores: dict[tuple[int, int], float],
) -> tuple[Member, ...]:
    """Members of one cluster, the medoid first, each with its score and evidence."""

    def score(i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        return scores[key] if key in scores else pair_score(profiles[i], profiles[j], weights)

    if len(group) == 1:
        return (Member(unit=units[group[0]]),)
    rep = max(group, key=lambda i: (sum(score(i, j) for j in group if j != i), -i))
    out = [Member(unit=units[rep])]
    rest = sorted((i for i in group if i != rep), key=lambda i: (units[i].source, units[i].start))
    for i in rest:
        shared = set(profiles[i].stems) & set(profiles[rep].stems)
        surface = dict(zip(profiles[i].stems, profiles[i].words, strict=True))
        top = sorted(shared, key=lambda s: (-weights.get(s, 1.0), s))[:6]
        out.append(Member(unit=units[i], score=round(score(i, rep), 1),
                          evidence=tuple(surface[s] for s in top)))
    return tuple(out)
