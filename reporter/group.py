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
import itertools
import math
import os
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

import numpy as np
from rapidfuzz import fuzz, process

from reporter.model import Member, Unit, pickled_by_fields
from reporter.normalize import POLARITY_WORDS, content_terms

if TYPE_CHECKING:
    from scipy import sparse

CANDIDATE_CUTOFF = 40.0
"""token_set_ratio below which a pair is not even scored: far below any useful threshold."""

FUZZY_WEIGHT = 0.5
"""Exponent of token_set_ratio in the pair score's weighted geometric mean; the rest goes
to the weighted overlap. A geometric mean needs both parts high: a subset pair has
token_set_ratio 100 but a low overlap, and scores low."""

MIN_WORDS = 3
"""Below this many distinct content words a unit is compared by token_sort_ratio, which
has no subset effect: "Pourquoi ?" must not match every sentence saying "pourquoi"."""


@pickled_by_fields
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


_PROFILES: dict[tuple[str, str], Profile] = {}
PROFILES_MAX = 200_000


def profile(unit_text: str, *, lang: str) -> Profile:
    """The matching representation of one sentence (memoised: stages share it)."""
    found = _PROFILES.get((unit_text, lang))
    if found is None:
        terms = content_terms(unit_text, lang=lang)
        found = Profile(stems=tuple(s for s, _ in terms), words=tuple(w for _, w in terms))
        remember_profile(unit_text, lang, found)
    return found


def remember_profile(unit_text: str, lang: str, found: Profile) -> None:
    """Store what ``profile`` returns for a text (bounded memo; worker processes that
    built profiles hand them over)."""
    if len(_PROFILES) >= PROFILES_MAX:
        _PROFILES.clear()
    _PROFILES[(unit_text, lang)] = found


POLARITY_WEIGHT = 0.2
"""Weight of a negation or comparative in the overlap: "n'… pas" in two sentences says
nothing about whether they state the same fact."""


def rarity_weights(profiles: Iterable[Profile]) -> dict[str, float]:
    """Inverse document frequency of each stem over the input's units."""
    distinct = [set(p.stems) for p in profiles]
    df = Counter(itertools.chain.from_iterable(distinct))  # counted in one C loop
    n = len(distinct)
    return {stem: POLARITY_WEIGHT if stem in POLARITY_WORDS else math.log(1 + n / count)
            for stem, count in df.items()}


def _weight(stem: str, weights: dict[str, float]) -> float:
    default = POLARITY_WEIGHT if stem in POLARITY_WORDS else 1.0
    return weights.get(stem, default)


OVERLAP_BALANCE = 0.35
"""How the overlap's denominator mixes the two sides' weights: ``balance * larger +
(1 - balance) * smaller``. 0.5 is the Dice coefficient; lower values lean towards
containment, kinder to a long sentence that states the short one's fact among others.
Chosen on ECB+ tuning topics 1-35 and the fixtures (bench/tune_grouping.py --balance):
at threshold 40, 0.35 gave precision 0.775 / recall 0.170 on ECB+ (Dice: 0.780 / 0.162;
0.2: 0.759 / 0.180) and 0.979 / 0.174 on the fixtures (Dice: 0.925 / 0.140)."""


def overlap_of(shared: float, wa: float, wb: float) -> float:
    """The overlap (0-100) of two word sets from their shared and total weights."""
    denominator = OVERLAP_BALANCE * max(wa, wb) + (1 - OVERLAP_BALANCE) * min(wa, wb)
    return 100.0 * shared / denominator if denominator else 0.0


PAIR_CHUNK = 50_000
"""Pairs whose shared weights ``pair_shares`` computes at once (bounds its temporaries)."""


def pair_shares(sets: Sequence[Collection[str]], weights: dict[str, float], i: np.ndarray,
                j: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each pair ``(i[k], j[k])`` of word sets: the rarity weight they share, and each
    side's total weight, computed in bulk with sparse row products."""
    from scipy import sparse  # imported on first use: it costs a tenth of a second

    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for r, words in enumerate(sets):
        for w in sorted(set(words)):
            rows.append(r)
            cols.append(vocab.setdefault(w, len(vocab)))
    if not vocab:
        return np.zeros(len(i)), np.zeros(len(i)), np.zeros(len(i))
    weight = np.array([weights.get(w, 1.0) for w in vocab])
    m = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), len(vocab)))
    total = m @ weight
    shared = np.concatenate([m[i[k:k + PAIR_CHUNK]].multiply(m[j[k:k + PAIR_CHUNK]]) @ weight
                             for k in range(0, len(i), PAIR_CHUNK)] or [np.zeros(0)])
    return shared, total[i], total[j]


def pair_overlaps(sets: Sequence[Collection[str]], weights: dict[str, float], i: np.ndarray,
                  j: np.ndarray) -> np.ndarray:
    """``overlap_of`` each pair's word sets, in bulk."""
    shared, wa, wb = pair_shares(sets, weights, i, j)
    denominator = OVERLAP_BALANCE * np.maximum(wa, wb) + (1 - OVERLAP_BALANCE) * np.minimum(
        wa, wb)
    with np.errstate(divide="ignore", invalid="ignore"):
        out: np.ndarray = np.where(denominator > 0, 100.0 * shared / denominator, 0.0)
    return out


def combine(fuzzy: float, overlap: float) -> float:
    """The pair score from its two parts (0-100)."""
    if fuzzy <= 0 or overlap <= 0:
        return 0.0
    return float(fuzzy**FUZZY_WEIGHT * overlap ** (1 - FUZZY_WEIGHT))


def _fuzzy(a: Profile, b: Profile, token_set: float | None = None) -> float:
    """token_set_ratio, or token_sort_ratio when either side has too few words."""
    if min(len(set(a.stems)), len(set(b.stems))) < MIN_WORDS:
        return float(fuzz.token_sort_ratio(a.text, b.text, processor=None))
    if token_set is None:
        return float(fuzz.token_set_ratio(a.text, b.text, processor=None))
    return token_set


def pair_score(a: Profile, b: Profile, weights: dict[str, float]) -> float:
    """Score of one pair, computed directly (for pairs the bulk pass did not keep)."""
    return prepared_score(prepare(a, weights), prepare(b, weights), weights)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A profile with what every pair score of it needs, computed once."""

    profile: Profile
    stems: frozenset[str]
    total: float
    """Rarity weight of all its distinct stems."""


def prepare(p: Profile, weights: dict[str, float]) -> Prepared:
    stems = frozenset(p.stems)
    return Prepared(p, stems, sum(_weight(s, weights) for s in sorted(stems)))


def prepared_score(a: Prepared, b: Prepared, weights: dict[str, float],
                   token_set: float | None = None) -> float:
    """``pair_score`` of two prepared profiles, for callers scoring many pairs of few
    units (``token_set``: their token_set_ratio, when already known)."""
    shared = sum(_weight(s, weights) for s in sorted(a.stems & b.stems))
    return combine(_fuzzy(a.profile, b.profile, token_set), overlap_of(shared, a.total, b.total))


def similarity(a: str, b: str, *, lang: str = "fr") -> float:
    """The grouping score of two sentences on their own (no corpus to weigh words by)."""
    return prepared_score(_unweighted(profile(a, lang=lang)), _unweighted(profile(b, lang=lang)),
                          {})


@lru_cache(maxsize=65_536)
def _unweighted(p: Profile) -> Prepared:
    """``prepare`` without rarity weights; memoised, as one sentence meets every other
    member of its group."""
    return prepare(p, {})


EXHAUSTIVE_MAX = 3000
"""Inputs with at most this many units score all pairs; larger ones use blocking."""

BLOCK_MAX_DF = 800
"""Words in more units than this (and than 5% of units) do not propose candidates: they
are the story's common words, and their pairs would be quadratic in number."""

LINK_FLOOR = 10.0
"""Below this score a pair adds next to nothing to a group's average."""

BLOCK_SHARE = 1.125
"""A pair scoring T needs a weighted Dice of at least (T/100)² (the geometric mean caps
the fuzzy part at 100); a candidate must reach this multiple of that on rare words
alone. Measured on ECB+ (bench/scale.py): 1.0 keeps every above-threshold pair of the
exhaustive path at 250 and 500 articles, 1.125 keeps 99.94% with 30% fewer candidates
(with the Dice overlap; with OVERLAP_BALANCE 0.35 it keeps 99.99%, and 1.4 drops to
98.9%)."""


def score_pairs(
    units: Sequence[Unit],
    profiles: Sequence[Profile],
    weights: dict[str, float] | None,
    *,
    exhaustive: bool | None = None,
    threshold: float = CANDIDATE_CUTOFF,
    cutoff: float = CANDIDATE_CUTOFF,
) -> dict[tuple[int, int], float]:
    """Scores of the unit pairs ``(i, j)``, ``i < j``, whose token_set_ratio reaches
    ``cutoff`` (a caller that only wants pairs scoring T or more can pass T²/100: the
    geometric mean caps the overlap's part at 100).

    ``weights``: the words' rarity weights; None for ``rarity_weights(profiles)``,
    computed only when a pair reaches the cutoff (with a high cutoff, few do).
    Small inputs (or ``exhaustive=True``) go through rapidfuzz ``process.cdist`` on all
    pairs; large ones through ``candidate_pairs`` (blocking) and ``process.cpdist`` on
    the candidates only, so no n x n array is built. Both use every core.
    """
    texts = [p.text for p in profiles]
    if len(texts) < 2:
        return {}
    if exhaustive is None:
        exhaustive = len(texts) <= EXHAUSTIVE_MAX
    if not exhaustive:
        weights = rarity_weights(profiles) if weights is None else weights
        stems = _stem_matrix(profiles, weights)
        rows_a, cols_a = candidate_pairs(profiles, weights, threshold=threshold, matrix=stems)
        token_set = process.cpdist(
            [texts[i] for i in rows_a.tolist()], [texts[j] for j in cols_a.tolist()],
            scorer=fuzz.token_set_ratio, processor=None, score_cutoff=cutoff,
            dtype=np.float32, workers=-1 if len(rows_a) > 20_000 else 1)
        keep = np.nonzero(token_set)[0]
        return _score_candidates(profiles, weights, rows_a[keep], cols_a[keep],
                                 token_set[keep], stems)
    matrix = process.cdist(
        texts, texts, scorer=fuzz.token_set_ratio, processor=None,
        score_cutoff=cutoff, dtype=np.float32,
        workers=-1 if len(texts) > 300 else 1,  # threads cost more than they save on small inputs
    )
    rows_a, cols_a = np.nonzero(np.triu(matrix, k=1))
    if len(rows_a) == 0:
        return {}
    weights = rarity_weights(profiles) if weights is None else weights
    return _score_candidates(profiles, weights, rows_a, cols_a, matrix[rows_a, cols_a])


def _stem_matrix(
    profiles: Sequence[Profile], weights: dict[str, float]
) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Units x stems sparse matrix (stems in sorted order) of the rarity weights of each
    unit's distinct stems, and each unit's total weight."""
    from scipy import sparse  # imported on first use: it costs a tenth of a second

    n = len(profiles)
    vocab = {s: k for k, s in enumerate(sorted({s for p in profiles for s in p.stems}))}
    weight = np.array([_weight(s, weights) for s in vocab], dtype=np.float64)
    width = max(len(vocab), 1)
    lengths = [len(p.stems) for p in profiles]
    # (unit, stem) pairs as one sorted array: each unit's distinct stems in stem order
    # (a sort and a mask: np.unique takes ten times as long)
    cells = np.sort(np.repeat(np.arange(n, dtype=np.int64), lengths) * width + np.fromiter(
        (vocab[s] for p in profiles for s in p.stems), dtype=np.int64, count=sum(lengths)))
    first = np.ones(len(cells), dtype=bool)
    first[1:] = cells[1:] != cells[:-1]
    cells = cells[first]
    rows, indices = np.divmod(cells, width)
    data = weight[indices]
    counts = np.bincount(rows, minlength=n)
    indptr = np.concatenate(([0], np.cumsum(counts)))
    # Each unit's total added up stem after stem, as ``prepare`` does: the same float.
    totals = np.zeros(n)
    for k in range(int(counts.max(initial=0))):
        longer = np.nonzero(counts > k)[0]
        totals[longer] += data[indptr[longer] + k]
    x = sparse.csr_matrix((data, indices, indptr), shape=(n, width))
    return x, totals


def candidate_pairs(
    profiles: Sequence[Profile], weights: dict[str, float], *, threshold: float,
    matrix: tuple[sparse.csr_matrix, np.ndarray] | None = None, blocks: int | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``(i, j)``, ``i < j``, that share enough rare words, without forming all pairs.

    An inverted index as a sparse unit x word matrix: its product with its own binary
    pattern gives, for every pair sharing an indexed word, the rarity weight they share.
    Words in more than ``BLOCK_MAX_DF`` units are not indexed; a pair is kept when its
    rare-word Dice reaches ``BLOCK_SHARE`` of what the threshold requires. ``matrix`` is
    ``_stem_matrix``'s result when the caller has it already. ``blocks``: row blocks
    computed apart (default: one on inputs that score all pairs, else four per core);
    the pairs are the same whatever their number.
    """
    n = len(profiles)
    full, totals = matrix or _stem_matrix(profiles, weights)
    df = np.bincount(full.indices, minlength=full.shape[1])
    indexed = (df >= 2) & (df <= max(BLOCK_MAX_DF, n // 20))
    x = full.copy()
    x.data[~indexed[x.indices]] = 0.0
    x.eliminate_zeros()
    pattern = x.copy()
    pattern.data[:] = 1.0
    # On inputs small enough for all pairs, keep every pair that can form a link at all
    # (score >= LINK_FLOOR), so average linkage sees what the exhaustive path sees.
    floor = threshold if n > EXHAUSTIVE_MAX else LINK_FLOOR
    need = BLOCK_SHARE * (floor / 100) ** 2

    def block(lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """Kept pairs whose first unit is in ``lo``..``hi``: only the columns from ``lo``
        on, since the second unit comes after the first."""
        shared = (x[lo:hi] @ pattern[lo:].T).tocoo()
        rows, cols = shared.row + lo, shared.col + lo
        upper = rows < cols
        rows, cols, data = rows[upper], cols[upper], shared.data[upper]
        ta, tb = totals[rows], totals[cols]
        with np.errstate(divide="ignore", invalid="ignore"):
            rare = data / (OVERLAP_BALANCE * np.maximum(ta, tb)
                           + (1 - OVERLAP_BALANCE) * np.minimum(ta, tb))
        keep = rare >= need
        return rows[keep], cols[keep]

    # Blocks of rows with about equal shares of the upper triangle, on all cores: scipy
    # and numpy release the GIL in their loops, and a block's temporary arrays are a
    # fraction of a whole product's (20 million entries on 982 ECB+ articles).
    parts = blocks or (1 if n <= EXHAUSTIVE_MAX else 4 * (os.cpu_count() or 1))
    area = np.arange(n + 1) * n - np.arange(n + 1) ** 2 / 2  # upper triangle above row k
    cuts = sorted({int(np.searchsorted(area, area[-1] * k / parts)) for k in range(parts)}
                  | {n})
    found = _threaded(block, list(itertools.pairwise(cuts)))
    # pairs are unique, so sorting row * n + col orders them as a lexsort by (row, col)
    # would, five times faster
    cells = np.sort(np.concatenate([r.astype(np.int64) * n + c for r, c in found]))
    rows, cols = np.divmod(cells, n)
    return rows, cols


_T = TypeVar("_T")


def _threaded(block: Callable[[int, int], _T], bounds: list[tuple[int, int]]) -> list[_T]:
    """``block(lo, hi)`` for each pair of bounds, in order, on a thread per core when
    there are several: the sparse products and array operations it runs release the GIL."""
    if len(bounds) < 2:
        return [block(lo, hi) for lo, hi in bounds]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return list(pool.map(lambda b: block(*b), bounds))


SPARSE_MIN = 20_000
"""From this many candidate pairs, shared weights come from sparse matrix products; below,
a loop is faster than importing and building them (a small story's whole run is 0.5 s)."""


def _score_few(
    profiles: Sequence[Profile],
    weights: dict[str, float],
    rows: np.ndarray,
    cols: np.ndarray,
    token_set: np.ndarray,
) -> dict[tuple[int, int], float]:
    """``_score_candidates`` for few pairs, pair by pair. The scores agree with the bulk
    path's to the last bits or so (numpy sums in another order), never in a way a
    threshold or a one-decimal score can see."""
    prepared: dict[int, Prepared] = {}

    def get(i: int) -> Prepared:
        if i not in prepared:
            prepared[i] = prepare(profiles[i], weights)
        return prepared[i]

    scores: dict[tuple[int, int], float] = {}
    for i, j, ts in zip(rows.tolist(), cols.tolist(), token_set.tolist(), strict=True):
        a, b = get(i), get(j)
        if a.stems and b.stems:
            scores[(i, j)] = prepared_score(a, b, weights, float(ts))
    return scores


def _score_candidates(
    profiles: Sequence[Profile],
    weights: dict[str, float],
    rows: np.ndarray,
    cols: np.ndarray,
    token_set: np.ndarray,
    matrix: tuple[sparse.csr_matrix, np.ndarray] | None = None,
) -> dict[tuple[int, int], float]:
    """Pair scores of candidate pairs whose token_set_ratio is already known, computed
    in bulk: shared weights by a row-wise product of sparse stem matrices, the fuzzy
    part re-scored by token_sort_ratio where a side has fewer than ``MIN_WORDS`` words."""
    if len(rows) == 0:
        return {}
    if len(rows) < SPARSE_MIN:
        return _score_few(profiles, weights, rows, cols, token_set)
    x, totals = matrix or _stem_matrix(profiles, weights)
    pattern = x.copy()
    pattern.data[:] = 1.0
    distinct = np.diff(x.indptr)

    def block(lo: int, hi: int) -> np.ndarray:
        part = x[rows[lo:hi]].multiply(pattern[cols[lo:hi]])
        return np.asarray(part.sum(axis=1)).ravel()

    step = -(-len(rows) // (4 * (os.cpu_count() or 1)))
    shared = np.concatenate(_threaded(block, [(lo, min(lo + step, len(rows)))
                                              for lo in range(0, len(rows), step)]))
    ta, tb = totals[rows], totals[cols]
    denominator = OVERLAP_BALANCE * np.maximum(ta, tb) + (1 - OVERLAP_BALANCE) * np.minimum(ta, tb)
    with np.errstate(divide="ignore", invalid="ignore"):
        overlap = np.where(denominator > 0, 100.0 * shared / denominator, 0.0)
    fuzzy = np.asarray(token_set, dtype=np.float64)
    short = np.nonzero(np.minimum(distinct[rows], distinct[cols]) < MIN_WORDS)[0]
    if len(short):
        texts = [p.text for p in profiles]
        fuzzy[short] = process.cpdist([texts[i] for i in rows[short]],
                                      [texts[j] for j in cols[short]],
                                      scorer=fuzz.token_sort_ratio, processor=None,
                                      dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where((fuzzy > 0) & (overlap > 0),
                         fuzzy**FUZZY_WEIGHT * overlap ** (1 - FUZZY_WEIGHT), 0.0)
    usable = np.nonzero((distinct[rows] > 0) & (distinct[cols] > 0))[0]
    return dict(zip(zip(rows[usable].tolist(), cols[usable].tolist(), strict=True),
                    score[usable].tolist(), strict=True))


def cluster(
    units: Sequence[Unit],
    scores: dict[tuple[int, int], float],
    *,
    threshold: float,
    twin_threshold: float,
    missing: float = 0.0,
) -> list[list[int]]:
    """Average-linkage clusters of unit indices, no two units of one source unless twins.

    A pair absent from ``scores`` (below the candidate cutoff) counts as ``missing``, which
    must be below the threshold (a cluster then only grows along pairs that clear it).

    Deterministic: ties break on the smallest unit index, and units are expected in a
    canonical order (by source id, then offset), so the order of the inputs on the
    command line cannot change the groups.
    """
    if missing >= threshold:
        raise ValueError("missing pairs must score below the threshold")

    def value(i: int, j: int) -> float:
        s = scores.get((i, j) if i < j else (j, i))
        if s is None or (s < twin_threshold and units[i].source == units[j].source):
            return missing
        return s

    members: dict[int, list[int]] = {i: [i] for i in range(len(units))}
    # hot[a][b]: sum of pair values between clusters a and b, kept only while their
    # average clears the threshold. A merged cluster's average to k is the size-weighted
    # mean of its parts' averages, so it can clear the threshold only if one part's did:
    # the (many) links below it never need carrying from merge to merge.
    hot: dict[int, dict[int, float]] = {i: {} for i in range(len(units))}
    # Merges always make a fresh cluster id, so an entry is stale exactly when one of
    # its clusters is gone. Singletons are their own tie-breaker (smallest unit). The
    # unit pairs are sorted once (one C sort, far cheaper than a heap pop each); only
    # the merged clusters' links go through a heap, and the two are read in one order.
    pairs: list[tuple[float, int, int, int, int]] = []
    for (i, j), s in scores.items():
        if s >= threshold and (s >= twin_threshold or units[i].source != units[j].source):
            hot[i][j] = hot[j][i] = s
            pairs.append((-round(s, 9), min(i, j), max(i, j), i, j))
    pairs.sort()
    heap: list[tuple[float, int, int, int, int]] = []

    first = {i: i for i in range(len(units))}
    """Each cluster's smallest unit index, the tie-breaker."""

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
    at = 0
    while at < len(pairs) or heap:
        if heap and (at == len(pairs) or heap[0] < pairs[at]):
            _, _, _, a, b = heapq.heappop(heap)
        else:
            _, _, _, a, b = pairs[at]
            at += 1
        if a not in members or b not in members:
            continue
        if not allowed(a, b):
            continue
        ha, hb = hot.pop(a), hot.pop(b)
        ma, mb = members.pop(a), members.pop(b)
        new = next_id
        next_id += 1
        members[new] = merged = ma + mb
        first[new] = lead = min(first.pop(a), first.pop(b))
        hot[new] = hn = {}
        for k in ha.keys() | hb.keys():
            if k in (a, b):
                continue
            hk, mk = hot[k], members[k]
            # A part that was not hot with k: its sum is computed from the unit pairs.
            sa = hk.pop(a, None)
            if sa is None:
                sa = sum(value(i, j) for i in ma for j in mk)
            sb = hk.pop(b, None)
            if sb is None:
                sb = sum(value(i, j) for i in mb for j in mk)
            total = sa + sb
            avg = total / (len(merged) * len(mk))
            if avg >= threshold:
                hn[k] = hk[new] = total
                other = first[k]
                heapq.heappush(heap, (-round(avg, 9), min(lead, other), max(lead, other), new, k))
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
        top = sorted(shared, key=lambda s: (-_weight(s, weights), s))[:6]
        out.append(Member(unit=units[i], score=round(score(i, rep), 1),
                          evidence=tuple(surface[s] for s in top)))
    return tuple(out)
